/*
 * test_rt_gc_goroutines.c: the collector with the real scheduler (rt_main,
 * rt_go, goroutine stacks scanned through rt_sched_scan_stacks): data held
 * only by parked goroutines' stacks survives collections started by other
 * goroutines, and finalizers run on the finalizer goroutine.
 */
#include "test_rt_gc.h"

#include "runtime/rt_sched.h"

#include <stdio.h>
#include <stdlib.h>

#define NWORKERS 8
static int nodes = 20000, garbage = 2000;   /* smaller under gcstress */

static int finished;
static bool corrupt;

static __attribute__((noinline)) Node *make_chain(int n, int64_t base)
{
    Node *head = NULL;
    for (int i = 0; i < n; i++) {
        Node *x = rt_new(&node_type);
        x->val = base + i;
        GO_WB(&x->left, head);
        head = x;
        if (i % 100 == 0)
            rt_gosched();            /* let others run (and collect) mid-build */
    }
    return head;
}

static int64_t chain_sum(const Node *n)
{
    int64_t s = 0;
    for (; n; n = n->left)
        s += n->val;
    return s;
}

/* A goroutine: its list lives only in its own stack frame. */
static void worker(void *arg)
{
    int64_t id = (int64_t)(intptr_t)arg;
    Node *mine = make_chain(nodes, id * 1000000);
    for (int round = 0; round < 20; round++) {
        make_chain(garbage, -1);                 /* garbage */
        rt_gosched();
        int64_t want = (int64_t)nodes * id * 1000000 + (int64_t)nodes * (nodes - 1) / 2;
        if (chain_sum(mine) != want)
            corrupt = true;
    }
    finished++;
}

static void stress_main(void)
{
    for (int i = 0; i < NWORKERS; i++)
        rt_go(worker, (void *)(intptr_t)(i + 1));
    while (finished < NWORKERS)
        rt_gosched();
}

Test(rt_gc_goroutines, stacks_of_parked_goroutines_are_roots)
{
    setenv("GOGC", "10", 1);                    /* many collections */
    char *argv[] = {"test", NULL};
    cr_assert_eq(rt_main(1, argv, NULL, 0, NULL, stress_main), 0);
    cr_expect_eq(finished, NWORKERS);
    cr_expect(!corrupt, "a list held by a parked goroutine was freed or overwritten");
    cr_expect_geq(memstats()->NumGC, 5, "NumGC %u", memstats()->NumGC);
}

Test(rt_gc_goroutines, gcstress_with_goroutines)
{
    setenv("GOSUBDEBUG", "gcstress=1", 1);
    nodes = 300;
    garbage = 30;
    char *argv[] = {"test", NULL};
    cr_assert_eq(rt_main(1, argv, NULL, 0, NULL, stress_main), 0);
    cr_expect(!corrupt);
    cr_expect_gt(memstats()->NumGC, (uint32_t)(NWORKERS * (300 + 20 * 30)));
}

static int fin_count;
static void count_finalizer(GoFunc *self, void *obj)
{
    (void)self;
    (void)obj;
    fin_count++;
}
static GoFunc count_closure = {(void (*)(void))count_finalizer};
static const GoType *const fin_params[] = {&node_ptr_type};
static const GoType fin_type = {.size = 8, .ptrdata = 8, .kind = GO_FUNC, .nin = 1,
                                .in = fin_params, .string = "func(*main.Node)"};

static __attribute__((noinline)) void make_finalized(void)
{
    for (int i = 0; i < 50; i++) {
        Node *x = rt_new(&node_type);
        rt_gc_set_finalizer(x, &node_ptr_type, &count_closure, &fin_type);
    }
}

static void finalizer_main(void)
{
    make_finalized();
    go_runtime_GC();
    go_time_Sleep(20 * 1000 * 1000);             /* the finalizer goroutine runs meanwhile */
}

Test(rt_gc_goroutines, finalizers_run_on_their_goroutine)
{
    char *argv[] = {"test", NULL};
    cr_assert_eq(rt_main(1, argv, NULL, 0, NULL, finalizer_main), 0);
    cr_expect_geq(fin_count, 45, "%d of 50 finalizers ran", fin_count);
}

/* A finalizer whose parameter is a non-empty interface: the runtime builds
 * the itab (iface.c) and passes {itab, data}. */
static void node_close(void *self) { (void)self; }
static const GoType close_type = {.size = 8, .ptrdata = 8, .kind = GO_FUNC, .string = "func()"};
static const GoMethod node_methods[] = {{"Close", &close_type, (void (*)(void))node_close,
                                         (void (*)(void))node_close}};
static const GoType closer_node_ptr = {
    .size = 8, .ptrdata = 8, .align = 8, .kind = GO_POINTER, .gcmask = (const uint8_t[]){1},
    .string = "*main.Node", .elem = &node_type, .nmethods = 1, .methods = node_methods,
};
static const GoIMethod closer_methods[] = {{"Close", &close_type}};
static const GoType closer_type = {
    .size = 16, .ptrdata = 16, .align = 8, .kind = GO_INTERFACE, .gcmask = (const uint8_t[]){3},
    .string = "main.Closer", .tflag = GO_TF_NAMED, .imethods = closer_methods, .nimethods = 1,
};
static int iface_fin_ok;
static void iface_finalizer(GoFunc *self, GoIface i)
{
    (void)self;
    if (i.tab && i.tab->type == &closer_node_ptr && ((Node *)i.data)->val == 77)
        iface_fin_ok++;
}
static GoFunc iface_closure = {(void (*)(void))iface_finalizer};
static const GoType *const iface_params[] = {&closer_type};
static const GoType iface_fin_type = {.size = 8, .ptrdata = 8, .kind = GO_FUNC, .nin = 1,
                                      .in = iface_params, .string = "func(main.Closer)"};

static __attribute__((noinline)) void make_iface_finalized(void)
{
    for (int i = 0; i < 10; i++) {
        Node *x = rt_new(&node_type);
        x->val = 77;
        rt_gc_set_finalizer(x, &closer_node_ptr, &iface_closure, &iface_fin_type);
    }
}

static void iface_main(void)
{
    make_iface_finalized();
    go_runtime_GC();
    go_time_Sleep(20 * 1000 * 1000);
}

Test(rt_gc_goroutines, finalizer_with_interface_parameter)
{
    char *argv[] = {"test", NULL};
    cr_assert_eq(rt_main(1, argv, NULL, 0, NULL, iface_main), 0);
    cr_expect_geq(iface_fin_ok, 9, "%d of 10", iface_fin_ok);
}
