/*
 * test_rt_gc_mprof.c: the heap profile (runtime/mprof.c, mprof_read.c)
 * driven from C: nothing is recorded at rate 0; at rate 1 every object is
 * counted with its rounded size and its free is seen by the sweep; a
 * fresh tiny block counts 16 bytes and the pieces packed into it nothing;
 * counts are published by collections (Go's cycles), or taken whole
 * before the first one; at rate R the number of samples follows Go's
 * Poisson rule 1 - exp(-size/R); the default rate is 512 KiB in a program
 * that links MemProfile (this one).
 */
#include "test_rt_gc.h"

#include <math.h>
#include <stdlib.h>

#include "runtime/mprof.h"

typedef struct {
    int64_t alloc_bytes, free_bytes, alloc_objects, free_objects;
    uintptr_t stack0[32];
} Record;

typedef struct {
    go_int n;
    bool ok;
} ProfResult;

ProfResult go_runtime_MemProfile(GoSlice p, bool inuse_zero);
go_int go_runtime_defaultMemProfileRate(void);

static Node *kept;
static const GoRoot roots[] = {{&kept, &node_ptr_type}};

static Record recs[4096];

/* Sums the records of objects of the given rounded size. */
static Record totals(uintptr_t size, int *nrec)
{
    ProfResult r = go_runtime_MemProfile((GoSlice){recs, 4096, 4096}, true);
    cr_assert(r.ok, "profile of %lld records does not fit", (long long)r.n);
    Record t = {0};
    *nrec = 0;
    for (go_int i = 0; i < r.n; i++) {
        Record *x = &recs[i];
        if (x->alloc_objects == 0 || (uintptr_t)(x->alloc_bytes / x->alloc_objects) != size)
            continue;
        cr_assert_neq(x->stack0[0], 0, "a record without a stack");
        t.alloc_bytes += x->alloc_bytes;
        t.free_bytes += x->free_bytes;
        t.alloc_objects += x->alloc_objects;
        t.free_objects += x->free_objects;
        (*nrec)++;
    }
    return t;
}

static __attribute__((noinline)) void keep_nodes(int n)
{
    for (int i = 0; i < n; i++) {
        Node *x = rt_new(&node_type);
        x->val = i;
        x->left = kept;
        kept = x;
    }
}

static __attribute__((noinline)) void drop_nodes(int n)
{
    for (int i = 0; i < n; i++) {
        Node *x = rt_new(&node_type);
        x->val = i;
    }
}

static __attribute__((noinline)) void drop_bytes(int n, uintptr_t size)
{
    for (int i = 0; i < n; i++)
        ((char *)rt_alloc(size, NULL))[0] = 1;
}

Test(rt_gc_mprof, default_rate_when_memprofile_is_linked)
{
    cr_assert_eq(go_runtime_defaultMemProfileRate(), 512 * 1024);
}

Test(rt_gc_mprof, rate_zero_records_nothing)
{
    runtime_MemProfileRate = 0;
    keep_nodes(1000);
    drop_bytes(1000, 100);
    collect_clean();
    ProfResult r = go_runtime_MemProfile((GoSlice){NULL, 0, 0}, true);
    cr_assert_eq(r.n, 0);
    cr_assert(r.ok);
}

Test(rt_gc_mprof, rate_one_counts_objects_and_frees)
{
    rt_gc_register_roots(roots, 1);
    runtime_MemProfileRate = 1;
    keep_nodes(1000);
    drop_nodes(500);
    collect_clean();
    collect_clean();
    int nrec;
    Record t = totals(24, &nrec);   /* Node: 24 bytes, its own size class */
    /* C frames are not Go frames: both sites have the stack [runtime.goexit]
     * here and share one record (testdata/run/runtime_memprofile.go has
     * the per-site records) */
    cr_assert_eq(nrec, 1, "records: %d", nrec);
    cr_assert_eq(t.alloc_objects, 1500);
    cr_assert_eq(t.alloc_bytes, 1500 * 24);
    /* the conservative stack scan may keep a stray one */
    cr_assert(t.free_objects >= 490 && t.free_objects <= 500, "freed %lld", (long long)t.free_objects);
    cr_assert_eq(t.free_bytes, t.free_objects * 24);
    ProfResult inuse = go_runtime_MemProfile((GoSlice){recs, 4096, 4096}, false);
    ProfResult all = go_runtime_MemProfile((GoSlice){recs, 4096, 4096}, true);
    cr_assert(inuse.n <= all.n);
}

Test(rt_gc_mprof, tiny_blocks_count_sixteen_bytes)
{
    runtime_MemProfileRate = 1;
    drop_bytes(64, 4);   /* four 4-byte pieces per 16-byte block */
    int nrec;
    Record t = totals(16, &nrec);
    cr_assert(t.alloc_objects >= 16 && t.alloc_objects <= 17, "blocks %lld", (long long)t.alloc_objects);
}

Test(rt_gc_mprof, published_after_collections)
{
    runtime_MemProfileRate = 1;
    drop_bytes(10, 1000);            /* class 1024 */
    int nrec;
    /* no collection yet: everything recorded is shown */
    cr_assert_eq(totals(1024, &nrec).alloc_objects, 10);
    collect_clean();
    drop_bytes(7, 2000);             /* class 2048: after the collection */
    cr_assert_eq(totals(2048, &nrec).alloc_objects, 0);
    collect_clean();
    Record t = totals(2048, &nrec);
    cr_assert_eq(t.alloc_objects, 7);
    /* runtime.GC's own sweep publishes its frees (a stray may survive) */
    cr_assert(t.free_objects >= 6 && t.free_objects <= 7, "freed %lld", (long long)t.free_objects);
}

Test(rt_gc_mprof, sampling_follows_the_poisson_rule)
{
    runtime_MemProfileRate = 8192;
    const int n = 200000;
    drop_bytes(n, 512);
    collect_clean();
    collect_clean();
    int nrec;
    Record t = totals(512, &nrec);
    double want = n * (1 - exp(-512.0 / 8192.0));   /* about 12120 */
    cr_assert(fabs((double)t.alloc_objects - want) < 0.05 * want, "sampled %lld, want about %.0f",
              (long long)t.alloc_objects, want);
}
