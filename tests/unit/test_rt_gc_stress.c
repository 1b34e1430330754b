/*
 * test_rt_gc_stress.c: build and drop big linked heaps and check that
 * nothing reachable was freed or overwritten (checksums over every node),
 * with automatic collections running throughout.
 *
 * The live size is GOSUB_GC_STRESS_MB (default 256 MiB so `make unit` stays
 * quick; the acceptance run uses GOSUB_GC_STRESS_MB=1024).  A
 * second test runs the same with incremental marking (GOSUBDEBUG=incgc=1).
 */
#include "test_rt_gc.h"

#include <stdio.h>
#include <stdlib.h>

/* A tree node with a payload: {left, right *Tree; vals [6]int64}. */
typedef struct Tree {
    struct Tree *left, *right;
    int64_t vals[6];
} Tree;
static const GoType tree_type = {
    .size = sizeof(Tree), .ptrdata = 16, .align = 8, .kind = GO_STRUCT,
    .gcmask = (const uint8_t[]){0x3}, .string = "main.Tree",
};
static const GoType tree_ptr_type = {
    .size = 8, .ptrdata = 8, .align = 8, .kind = GO_POINTER,
    .gcmask = (const uint8_t[]){0x1}, .string = "*main.Tree", .elem = &tree_type,
};

/* The forest: a heap array of tree pointers, reachable from one global. */
static Tree **forest;
static const GoRoot roots[] = {{&forest, &tree_ptr_type}};

static uint64_t mix(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return x;
}

static Tree *build(int depth, uint64_t seed)
{
    Tree *t = rt_new(&tree_type);
    for (int i = 0; i < 6; i++)
        t->vals[i] = (int64_t)mix(seed * 7 + (uint64_t)i);
    if (depth > 0) {
        Tree *l = build(depth - 1, seed * 2 + 1);
        GO_WB(&t->left, l);
        Tree *r = build(depth - 1, seed * 2 + 2);
        GO_WB(&t->right, r);
    }
    return t;
}

static uint64_t checksum(const Tree *t, uint64_t seed, int depth, bool *ok)
{
    uint64_t s = 0;
    for (int i = 0; i < 6; i++) {
        if (t->vals[i] != (int64_t)mix(seed * 7 + (uint64_t)i))
            *ok = false;
        s += (uint64_t)t->vals[i];
    }
    if (depth > 0) {
        if (t->left == NULL || t->right == NULL) {
            *ok = false;
            return s;
        }
        s += checksum(t->left, seed * 2 + 1, depth - 1, ok);
        s += checksum(t->right, seed * 2 + 2, depth - 1, ok);
    } else if (t->left || t->right) {
        *ok = false;
    }
    return s;
}

static int seen_marking;

static void run_stress(uint64_t mb)
{
    rt_gc_register_roots(roots, 1);
    int depth = 13;                                   /* 16383 nodes x 64 B: 1 MiB per tree */
    uint64_t per_tree = (((uint64_t)2 << depth) - 1) * 64;
    uint64_t nslots = mb;
    forest = rt_newarray(&tree_ptr_type, (intptr_t)nslots);
    uint64_t *seeds = calloc(nslots, sizeof *seeds);
    uint64_t built = 0;
    for (int round = 0; round < 3; round++) {
        /* round 0 fills every slot; later rounds replace about half */
        for (uint64_t slot = 0; slot < nslots; slot++) {
            if (round > 0) {
                if (mix(built + slot * 31 + (uint64_t)round) & 1)
                    continue;
                bool ok = true;
                checksum(forest[slot], seeds[slot], depth, &ok);
                cr_assert(ok, "tree %llu corrupted before replacement (round %d)",
                          (unsigned long long)slot, round);
            }
            uint64_t seed = ++built * 1000003ULL;
            Tree *t = build(depth, seed);
            GO_WB(&forest[slot], t);
            seeds[slot] = seed;
            seen_marking += rt_gc_marking;
        }
        collect_clean();
        for (uint64_t slot = 0; slot < nslots; slot++) {
            bool ok = true;
            checksum(forest[slot], seeds[slot], depth, &ok);
            cr_assert(ok, "tree %llu after forced GC (round %d)", (unsigned long long)slot, round);
        }
        GoMemStats *m = memstats();
        cr_expect_geq(m->HeapAlloc, nslots * per_tree, "live heap %llu MB",
                      (unsigned long long)(m->HeapAlloc >> 20));
        cr_expect_lt(m->HeapAlloc, nslots * per_tree + per_tree * 8,
                     "after a forced GC only the forest is left: %llu MB",
                     (unsigned long long)(m->HeapAlloc >> 20));
    }
    GoMemStats *m = memstats();
    cr_expect_gt(m->NumGC, 3);
    cr_expect_geq(m->TotalAlloc, built * per_tree);
    /* drop everything: a forced GC frees nearly all of it */
    forest = NULL;
    collect_clean();
    m = memstats();
    cr_expect_lt(m->HeapAlloc, (uint64_t)4 << 20, "HeapAlloc %llu after dropping all",
                 (unsigned long long)m->HeapAlloc);
    free(seeds);
}

Test(rt_gc_stress, build_drop_verify, .timeout = 900)
{
    const char *env = getenv("GOSUB_GC_STRESS_MB");
    run_stress(env ? strtoull(env, NULL, 10) : 256);
}

/* The same with incremental cycles: trees are built (and linked with
 * GO_WB) while marks are in progress. */
Test(rt_gc_stress, build_drop_verify_incremental, .timeout = 900)
{
    setenv("GOSUBDEBUG", "incgc=1", 1);
    rt_gc_init();
    run_stress(128);
    cr_expect_gt(seen_marking, 0, "no incremental mark was ever in progress");
}
