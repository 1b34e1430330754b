/*
 * test_rt_sched_gc.c: the scheduler as the GC's source of stack roots
 * (rt_sched_scan_stacks with the real collector from gc_*.c).
 *
 * Heap objects referenced only from the frames of parked goroutines, from a
 * value in flight in a channel buffer, or from a queued timer must survive
 * forced collections; objects nobody references must not.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/rt_chan.h"
#include "runtime/rt_gc.h"
#include "runtime/rt_sched.h"

static const uint8_t ptr_mask[] = {1};
static const GoType node_elem = {.size = 16, .ptrdata = 8, .align = 8, .kind = GO_STRUCT,
                                 .gcmask = ptr_mask, .string = "main.node"};
static const GoType ptr_type = {.size = 8, .ptrdata = 8, .align = 8, .kind = GO_POINTER,
                                .gcmask = ptr_mask, .elem = &node_elem, .string = "*main.node"};
static const GoType chan_ptr = {.size = 8, .ptrdata = 8, .align = 8, .kind = GO_CHAN,
                                .elem = &ptr_type, .len = 3, .string = "chan *main.node"};
static const GoType chan_int = {.size = 8, .ptrdata = 8, .align = 8, .kind = GO_CHAN,
                                .elem = &go_type_int, .len = 3, .string = "chan int"};

typedef struct Node {
    struct Node *next;
    int64_t val;
} Node;

/* a list of n nodes whose values are base..base+n-1 */
static Node *make_list(int n, int64_t base) {
    Node *head = NULL;
    for (int i = n - 1; i >= 0; i--) {
        Node *x = rt_new(&node_elem);
        x->val = base + i;
        x->next = head;
        head = x;
    }
    return head;
}

static bool check_list(const Node *p, int n, int64_t base) {
    for (int i = 0; i < n; i++, p = p->next)
        if (!p || p->val != base + i) return false;
    return p == NULL;
}

static GoChan *gate, *results;
static int failures;

/* holds its list only in its own frame while parked */
static void holder(void *arg) {
    int64_t base = (int64_t)(intptr_t)arg;
    Node *volatile list = make_list(100, base);
    rt_chanrecv1(gate, NULL);
    if (!check_list(list, 100, base)) failures++;
    go_int one = 1;
    rt_chansend(results, &one);
}

static void churn(void) {
    /* garbage that reuses whatever a wrong collection freed */
    for (int i = 0; i < 2000; i++) {
        Node *x = rt_new(&node_elem);
        x->val = -1;
    }
}

static void gc_main(void *arg) {
    (void)arg;
    rt_gc_add_root_range(&gate, &gate + 1);
    rt_gc_add_root_range(&results, &results + 1);
    gate = rt_makechan(&chan_int, 0);
    results = rt_makechan(&chan_int, 16);
    for (intptr_t i = 0; i < 8; i++) rt_go(holder, (void *)(i * 1000));
    go_runtime_Gosched(); /* all park on gate */
    /* a list that lives only in a channel buffer */
    GoChan *box = rt_makechan(&chan_ptr, 1);
    Node *boxed = make_list(50, 7000);
    rt_chansend(box, &boxed);
    boxed = NULL;
    for (int k = 0; k < 5; k++) {
        rt_gc_collect(true);
        churn();
    }
    rt_closechan(gate);
    for (int i = 0; i < 8; i++) rt_chanrecv1(results, NULL);
    Node *back = NULL;
    rt_chanrecv1(box, &back);
    if (!check_list(back, 50, 7000)) failures++;
}

Test(rt_sched_gc, parked_stacks_and_channel_buffers_are_roots) {
    rt_sched_main(gc_main, NULL);
    cr_assert_eq(failures, 0);
}

/* a pointer that only a dead goroutine's frame held is not a root: the
 * object is collected (its stack is cached, not scanned) */
static void *dropped;
static void dropper(void *arg) {
    (void)arg;
    Node *volatile x = make_list(1, 1);
    dropped = (void *)((uintptr_t)x ^ 1); /* hidden from the scan */
}

static void dead_main(void *arg) {
    bool *freed = arg;
    Node *volatile live = make_list(1, 2);
    rt_go(dropper, NULL);
    go_runtime_Gosched();
    go_runtime_Gosched();
    for (int k = 0; k < 3; k++) rt_gc_collect(true);
    *freed = rt_gc_find_object((void *)((uintptr_t)dropped ^ 1), NULL) == NULL;
    cr_assert_not_null(rt_gc_find_object(live, NULL), "a live object is found");
}

Test(rt_sched_gc, dead_goroutine_frames_are_not_roots) {
    bool freed = false;
    rt_sched_main(dead_main, &freed);
    cr_assert(freed);
}

/* Finalizers run on the scheduler's finalizer goroutine (goid 5, a system
 * goroutine not counted by NumGoroutine) after the collection that found
 * the object dead, once the program yields. */
static const GoType *const fin_io[1] = {&ptr_type};
static const GoType fin_fntype = {.size = 8, .ptrdata = 8, .align = 8, .kind = GO_FUNC,
                                  .nin = 1, .nout = 0, .in = fin_io, .string = "func(*main.node)"};
static int finalized;
static int64_t fin_goid;
static void finalizer(GoFunc *self, void *obj) {
    (void)self;
    finalized += (int)((Node *)obj)->val;
    fin_goid = rt_goid();
}
static GoFunc finalizer_fn = {(void (*)(void))finalizer};

static void drop_with_finalizer(void) {
    Node *x = rt_new(&node_elem);
    x->val = 7;
    rt_gc_set_finalizer(x, &ptr_type, &finalizer_fn, &fin_fntype);
}

static void finalizer_main(void *arg) {
    (void)arg;
    drop_with_finalizer();
    /* clear the stack area the object's address may linger in */
    volatile char scrub[4096];
    memset((char *)scrub, 0, sizeof scrub);
    for (int k = 0; k < 3 && !finalized; k++) {
        rt_gc_collect(true);
        go_runtime_Gosched();
        go_runtime_Gosched();
    }
    cr_assert_eq(go_runtime_NumGoroutine(), 1, "the finalizer goroutine is a system goroutine");
}

Test(rt_sched_gc, finalizers_run_on_their_goroutine) {
    rt_sched_main(finalizer_main, NULL);
    cr_assert_eq(finalized, 7);
    cr_assert_eq(fin_goid, 5);
}

/* A burst of goroutines leaves its stacks cached; the next collection
 * gives all but a warm few back to the OS, and later goroutines reuse them. */
static long resident_pages(void) {
    FILE *f = fopen("/proc/self/statm", "r");
    long size = 0, res = 0;
    if (f) {
        if (fscanf(f, "%ld %ld", &size, &res) != 2) res = 0;
        fclose(f);
    }
    return res;
}

static int burst_ran;
static void burst_worker(void *arg) {
    (void)arg;
    burst_ran++;
}

static void trim_main(void *arg) {
    long *rss = arg;
    for (int i = 0; i < 20000; i++) rt_go(burst_worker, NULL);
    go_runtime_Gosched();
    go_runtime_Gosched();
    rss[0] = resident_pages();
    rt_gc_collect(true);
    rss[1] = resident_pages();
    for (int i = 0; i < 20000; i++) rt_go(burst_worker, NULL);
    go_runtime_Gosched();
    go_runtime_Gosched();
    cr_assert_eq(burst_ran, 40000);
}

Test(rt_sched_gc, collections_trim_the_stack_cache) {
    long rss[2];
    rt_sched_main(trim_main, rss);
    /* 20,000 cached stacks hold ~80 MB; at most 1024 stay warm */
    cr_log_info("resident pages %ld -> %ld", rss[0], rss[1]);
    cr_assert_lt(rss[1], rss[0] - 10000, "resident pages %ld -> %ld", rss[0], rss[1]);
}
