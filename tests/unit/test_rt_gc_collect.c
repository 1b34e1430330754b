/*
 * test_rt_gc_collect.c: whole collections on structures built from C with
 * hand-made type descriptors: what is reachable stays (contents intact),
 * what is not goes; globals and heap objects are scanned precisely (a
 * pointer-looking integer keeps nothing alive), stacks conservatively
 * (interior pointers count); arrays repeat their element's mask;
 * finalizers run once, after the object became unreachable.
 */
#include "test_rt_gc.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* Globals: {scalar that looks like a pointer, real pointer}. */
static Pair global_pair;
static Node *global_list;
static const GoRoot roots[] = {
    {&global_pair, &pair_type},
    {&global_list, &node_ptr_type},
};

static __attribute__((noinline)) Node *make_list(int n, int64_t base)
{
    Node *head = NULL;
    for (int i = 0; i < n; i++) {
        Node *x = rt_new(&node_type);
        x->val = base + i;
        x->left = head;
        head = x;
    }
    return head;
}

static int64_t list_sum(const Node *n, int *count)
{
    int64_t s = 0;
    *count = 0;
    for (; n; n = n->left) {
        s += n->val;
        (*count)++;
    }
    return s;
}

Test(rt_gc_collect, reachable_list_survives_many_cycles)
{
    rt_gc_register_roots(roots, 2);
    global_list = make_list(100000, 7);
    for (int cycle = 0; cycle < 5; cycle++) {
        /* garbage in between, so slots get reused */
        make_list(50000, -1);
        collect_clean();
        int count;
        int64_t sum = list_sum(global_list, &count);
        cr_assert_eq(count, 100000);
        cr_assert_eq(sum, 100000LL * 7 + 100000LL * 99999 / 2);
    }
    cr_expect_geq(memstats()->NumGC, 5);
    cr_expect_eq(memstats()->NumForcedGC, 5);
}

static __attribute__((noinline)) void fill_pair(uintptr_t *hid_scalar, uintptr_t *hid_ptr)
{
    Node *a = make_list(1, 1), *b = make_list(1, 2);
    global_pair.x = (int64_t)(uintptr_t)a;    /* not a pointer slot */
    global_pair.p = b;
    *hid_scalar = hide(a);
    *hid_ptr = hide(b);
}

Test(rt_gc_collect, globals_are_precise)
{
    rt_gc_register_roots(roots, 2);
    uintptr_t ha, hb;
    fill_pair(&ha, &hb);
    collect_clean();
    cr_expect(is_live(hb), "the pointer field keeps its node");
    cr_expect(!is_live(ha), "an integer holding an address keeps nothing alive");
    cr_expect_eq(global_pair.p->val, 2);
}

static __attribute__((noinline)) uintptr_t heap_precise(void)
{
    Pair *p = rt_new(&pair_type);
    Node *a = make_list(1, 11), *b = make_list(1, 12);
    p->x = (int64_t)(uintptr_t)a;
    p->p = b;
    global_list = rt_new(&node_type);
    global_list->right = (Node *)p;         /* keep p reachable */
    return hide(a);
}

Test(rt_gc_collect, heap_objects_are_precise)
{
    rt_gc_register_roots(roots, 2);
    uintptr_t ha = heap_precise();
    collect_clean();
    Pair *p = (Pair *)global_list->right;
    cr_expect(!is_live(ha));
    cr_expect_eq(p->p->val, 12);
}

/* Conservative stack: an interior pointer held in a local keeps the object. */
Test(rt_gc_collect, stack_interior_pointer_keeps_object)
{
    char *volatile inner;
    char *obj = rt_alloc(1000, NULL);
    memset(obj, 'x', 1000);
    inner = obj + 500;
    uintptr_t h = hide(obj);
    obj = NULL;
    collect_clean();
    cr_expect(is_live(h));
    cr_expect_eq(inner[-500], 'x');
    cr_expect_eq(inner[499], 'x');
}

/* Arrays: the element mask repeats, for small and large arrays. */
static __attribute__((noinline)) Pair *make_pairs(intptr_t n)
{
    Pair *arr = rt_newarray(&pair_type, n);
    for (intptr_t i = 0; i < n; i++) {
        arr[i].x = (int64_t)(uintptr_t)make_list(1, -5);  /* dies: scalar slot */
        arr[i].p = make_list(1, i);
    }
    return arr;
}

static void check_pairs(intptr_t n)
{
    Pair *arr = make_pairs(n);
    uintptr_t *scal = malloc((size_t)n * sizeof *scal);
    for (intptr_t i = 0; i < n; i++)
        scal[i] = hide((void *)(uintptr_t)arr[i].x);
    collect_clean();
    intptr_t dead = 0;
    for (intptr_t i = 0; i < n; i++) {
        cr_assert_eq(arr[i].p->val, i);
        cr_assert(is_live(hide(arr[i].p)));
        dead += !is_live(scal[i]);
    }
    cr_expect_geq(dead, n - n / 50, "%ld of %ld scalar-held nodes freed", (long)dead, (long)n);
    free(scal);
}

Test(rt_gc_collect, small_array_mask_repeats) { check_pairs(100); }
Test(rt_gc_collect, large_array_mask_repeats) { check_pairs(20000); }

/* Finalizers. */
static int finalized;
static int64_t finalized_sum;
static int finalized_times[200];

static void node_finalizer(GoFunc *self, void *obj)
{
    (void)self;
    finalized++;
    int64_t v = ((Node *)obj)->val;
    finalized_sum += v;
    if (v >= 1000 && v < 1200)
        finalized_times[v - 1000]++;
}
static GoFunc fin_closure = {(void (*)(void))node_finalizer};
static const GoType *const fin_params[] = {&node_ptr_type};
static const GoType fin_type = {.size = 8, .ptrdata = 8, .kind = GO_FUNC, .nin = 1,
                                .in = fin_params, .string = "func(*main.Node)"};

static __attribute__((noinline)) void make_finalizable(int n, uintptr_t *hidden)
{
    for (int i = 0; i < n; i++) {
        Node *x = make_list(1, 1000 + i);
        rt_gc_set_finalizer(x, &node_ptr_type, &fin_closure, &fin_type);
        hidden[i] = hide(x);
    }
}

Test(rt_gc_collect, finalizers_run_once_after_unreachable)
{
    rt_gc_register_roots(roots, 2);
    static uintptr_t hidden[200];
    make_finalizable(200, hidden);
    /* one stays reachable */
    global_list = unhide(hidden[0]);
    collect_clean();
    cr_expect_eq(finalized, 0, "finalizers wait for rt_gc_run_finalizers");
    int pending = rt_gc_finalizers_pending();
    cr_expect_geq(pending, 190);
    cr_expect_leq(pending, 199);
    int ran = rt_gc_run_finalizers();
    cr_expect_eq(ran, pending);
    cr_expect_eq(finalized, pending);
    /* the objects were intact when their finalizers ran: their values sum */
    int64_t max_sum = 0;
    for (int i = 1; i < 200; i++)
        max_sum += 1000 + i;
    cr_expect_leq(finalized_sum, max_sum);
    cr_expect_geq(finalized_sum, 1000LL * pending);
    /* resurrected for one cycle, freed by the next; never finalized twice
     * (a stale stack word may have kept an object one cycle longer: its
     * finalizer may run now, but only once) */
    collect_clean();
    rt_gc_run_finalizers();
    collect_clean();
    rt_gc_run_finalizers();
    for (int i = 0; i < 200; i++)
        cr_expect_leq(finalized_times[i], 1, "object %d finalized %d times", i, finalized_times[i]);
    cr_expect_eq(finalized_times[0], 0, "the reachable object is never finalized");
    int live = 0;
    for (int i = 1; i < 200; i++)
        live += is_live(hidden[i]);
    cr_expect_leq(live, 200 - finalized);
    cr_expect(is_live(hidden[0]));
    cr_expect_eq(global_list->val, 1000);
}

static __attribute__((noinline)) uintptr_t finalizable_removed(void)
{
    Node *x = make_list(1, 1);
    rt_gc_set_finalizer(x, &node_ptr_type, &fin_closure, &fin_type);
    rt_gc_set_finalizer(x, &node_ptr_type, NULL, NULL);
    return hide(x);
}

Test(rt_gc_collect, removed_finalizer_does_not_run)
{
    uintptr_t h = finalizable_removed();
    collect_clean();
    cr_expect_eq(rt_gc_finalizers_pending(), 0);
    cr_expect(!is_live(h));
}

Test(rt_gc_collect, finalizer_already_set, .exit_code = 2)
{
    Node *x = make_list(1, 1);
    rt_gc_set_finalizer(x, &node_ptr_type, &fin_closure, &fin_type);
    rt_gc_set_finalizer(x, &node_ptr_type, &fin_closure, &fin_type);
}

static const GoType *const bad_params[] = {&int64_type};
static const GoType bad_fin_type = {.size = 8, .ptrdata = 8, .kind = GO_FUNC, .nin = 1,
                                    .in = bad_params, .string = "func(int64)"};

Test(rt_gc_collect, finalizer_wrong_param, .exit_code = 2)
{
    Node *x = make_list(1, 1);
    rt_gc_set_finalizer(x, &node_ptr_type, &fin_closure, &bad_fin_type);
}

/* sync.Pool's hook runs at the start of every cycle. */
static int pool_cleanups;
static void pool_cleanup(void) { pool_cleanups++; }

Test(rt_gc_collect, pool_cleanup_each_cycle)
{
    rt_gc_register_pool_cleanup(pool_cleanup);
    collect_clean();
    collect_clean();
    cr_expect_eq(pool_cleanups, 2);
}

/* Automatic collections keep the heap near its goal. */
Test(rt_gc_collect, automatic_collections_bound_the_heap)
{
    rt_gc_register_roots(roots, 2);
    global_list = make_list(10000, 0);
    for (int i = 0; i < 200; i++)
        make_list(10000, i);           /* 200 x 240 KB of garbage = 48 MB */
    GoMemStats *m = memstats();
    cr_expect_geq(m->NumGC, 5);
    cr_expect_eq(m->NumForcedGC, 0);
    cr_expect_lt(m->HeapSys, (uint64_t)16 << 20, "HeapSys %llu", (unsigned long long)m->HeapSys);
    cr_expect_geq(m->TotalAlloc, (uint64_t)201 * 10000 * 24);
    int count;
    list_sum(global_list, &count);
    cr_expect_eq(count, 10000);
}

/* Go runs a batch of finalizers newest first: objects allocated in a row
 * are finalized in reverse order. */
static int64_t order[16];
static int norder;
static void order_finalizer(GoFunc *self, void *obj)
{
    (void)self;
    if (norder < 16)
        order[norder++] = ((Node *)obj)->val;
}
static GoFunc order_closure = {(void (*)(void))order_finalizer};

static __attribute__((noinline)) void make_ordered(void)
{
    for (int i = 1; i <= 5; i++) {
        Node *x = make_list(1, i);
        rt_gc_set_finalizer(x, &node_ptr_type, &order_closure, &fin_type);
    }
}

Test(rt_gc_collect, finalizers_run_newest_first)
{
    make_ordered();
    collect_clean();
    rt_gc_run_finalizers();
    cr_expect_geq(norder, 4);
    for (int i = 1; i < norder; i++)
        cr_expect_lt(order[i], order[i - 1], "position %d: %lld after %lld", i,
                     (long long)order[i], (long long)order[i - 1]);
}

/* Go ignores SetFinalizer on globals and zero-sized objects... */
static Node a_global;
Test(rt_gc_collect, finalizer_on_global_is_ignored)
{
    rt_gc_set_finalizer(&a_global, &node_ptr_type, &fin_closure, &fin_type);
    rt_gc_set_finalizer(rt_alloc(0, NULL), &node_ptr_type, &fin_closure, &fin_type);
    collect_clean();
    cr_expect_eq(rt_gc_finalizers_pending(), 0);
}

/* ...but a pointer into the middle of a heap object is a fatal error. */
Test(rt_gc_collect, finalizer_on_interior_pointer, .exit_code = 2)
{
    Pair *p = rt_newarray(&pair_type, 4);
    rt_gc_set_finalizer(&p[1], &node_ptr_type, &fin_closure, &fin_type);
}

Test(rt_gc_collect, setfinalizer_first_argument_not_pointer, .exit_code = 2)
{
    int64_t *x = rt_new(&int64_type);
    go_runtime_SetFinalizer((GoEface){&int64_type, x}, (GoEface){NULL, NULL});
}
