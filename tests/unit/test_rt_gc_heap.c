/*
 * test_rt_gc_heap.c: the allocator's structures: spans and the page map
 * (interior pointers find their object), alloc and mark bits, sweeping,
 * zeroing, the tiny allocator, large objects, heap bits, scavenging.
 */
#include "test_rt_gc.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

Test(rt_gc_heap, zero_size_and_sizes)
{
    void *a = rt_alloc(0, NULL), *b = rt_alloc(0, &node_type);
    cr_expect_eq(a, b, "all zero-sized allocations share one address");
    for (uintptr_t size = 1; size <= 40000; size += 97) {
        uint8_t *p = rt_alloc(size, NULL);
        uintptr_t got;
        cr_assert_eq(rt_gc_find_object(p, &got), p, "size %zu", (size_t)size);
        if (size >= GC_TINY_SIZE)
            cr_assert_geq(got, rt_roundupsize(size));
        for (uintptr_t i = 0; i < size; i++)
            cr_assert_eq(p[i], 0);
        memset(p, 0xab, size);
    }
}

Test(rt_gc_heap, interior_pointers_find_their_object)
{
    for (int i = 0; i < 1000; i++) {
        uintptr_t size = 16 + (uintptr_t)i * 37;
        char *p = rt_alloc(size, NULL);
        uintptr_t osize;
        cr_assert_eq(rt_gc_find_object(p + size - 1, &osize), p);
        cr_assert_eq(rt_gc_find_object(p + size / 2, NULL), p);
        cr_assert_eq(osize, rt_roundupsize(size));
    }
    /* a large object: every page maps back to it */
    char *big = rt_alloc(1 << 20, &int64_type);
    for (uintptr_t off = 0; off < (1 << 20); off += 4096)
        cr_assert_eq(rt_gc_find_object(big + off, NULL), big);
    int local;
    cr_expect_null(rt_gc_find_object(&local, NULL));
    cr_expect_null(rt_gc_find_object(&node_type, NULL));
}

Test(rt_gc_heap, free_slots_are_not_objects)
{
    /* A fresh span: slots past the last allocation are not objects. */
    Node *n = rt_new(&node_type);
    GcSpan *s = span_of((uintptr_t)n);
    cr_assert_not_null(s);
    cr_assert_eq(s->state, SPAN_SMALL);
    cr_assert_eq(s->elemsize, 24);            /* 24 bytes: class 3 */
    uint32_t idx = span_obj_index(s, (uintptr_t)n);
    cr_assert_lt(idx + 1, s->nelems);
    cr_expect_null(rt_gc_find_object((char *)n + 24 * (s->nelems - idx - 1), NULL));
}

Test(rt_gc_heap, tiny_objects_share_blocks)
{
    char *a = rt_alloc(3, NULL), *b = rt_alloc(5, NULL), *c = rt_alloc(8, NULL);
    cr_expect_eq(rt_gc_find_object(a, NULL), rt_gc_find_object(b, NULL));
    cr_expect_eq(rt_gc_find_object(a, NULL), rt_gc_find_object(c, NULL));
    cr_expect_eq((uintptr_t)c % 8, 0, "8-byte tiny objects are 8-aligned");
    cr_expect(b >= a + 3 && c >= b + 5);
    GoMemStats *m = memstats();
    cr_expect_geq(m->Mallocs, 3);
}

Test(rt_gc_heap, heap_bits_follow_gcmask)
{
    /* {x; p} objects: only the second word of each element is a pointer */
    Pair *arr = rt_newarray(&pair_type, 10);     /* 160 bytes: class 160 */
    uintptr_t w = ((uintptr_t)arr - gc_arena_lo) >> 3;
    for (int i = 0; i < 20; i++) {
        bool bit = (gc_heapbits[(w + i) >> 6] >> ((w + i) & 63)) & 1;
        cr_assert_eq(bit, i % 2 == 1, "word %d", i);
    }
    Node *n = rt_new(&node_type);
    w = ((uintptr_t)n - gc_arena_lo) >> 3;
    for (int i = 0; i < 3; i++) {
        bool bit = (gc_heapbits[(w + i) >> 6] >> ((w + i) & 63)) & 1;
        cr_assert_eq(bit, i < 2, "node word %d", i);
    }
    /* a Pair allocated in a span of Nodes (same size class) gets its own
     * bits: the span is no longer uniform */
    Node *n2 = rt_new(&node_type);
    Pair *p2 = rt_alloc(sizeof(Pair) + 8, &pair_type);   /* 24 bytes: Node's class */
    (void)n2;
    w = ((uintptr_t)p2 - gc_arena_lo) >> 3;
    for (int i = 0; i < 3; i++) {
        bool bit = (gc_heapbits[(w + i) >> 6] >> ((w + i) & 63)) & 1;
        cr_assert_eq(bit, i == 1, "pair word %d", i);
    }
}

static __attribute__((noinline)) void fill_garbage(uintptr_t *hidden, int n)
{
    for (int i = 0; i < n; i++) {
        Node *x = rt_new(&node_type);
        x->val = -1;
        x->left = x;
        hidden[i] = hide(x);
    }
}

Test(rt_gc_heap, sweep_frees_and_reuses_zeroed)
{
    static uintptr_t hidden[5000];
    fill_garbage(hidden, 5000);
    GoMemStats before = *memstats();
    collect_clean();
    int dead = 0;
    for (int i = 0; i < 5000; i++)
        dead += !is_live(hidden[i]);
    cr_expect_geq(dead, 4950, "dead %d of 5000", dead);
    GoMemStats *after = memstats();
    cr_expect_geq(after->Frees - before.Frees, 4950);
    cr_expect_lt(after->HeapObjects, before.HeapObjects);
    /* freed slots are handed out again, zeroed */
    int reused = 0;
    for (int i = 0; i < 5000; i++) {
        Node *x = rt_new(&node_type);
        cr_assert(x->left == NULL && x->right == NULL && x->val == 0);
        for (int j = 0; j < 5000; j++)
            if (hide(x) == hidden[j]) {
                reused++;
                break;
            }
        if (i > 200 && reused == 0)
            break;
    }
    cr_expect_gt(reused, 0);
}

static Node *keep[100];
static const uint8_t keep_mask[13] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
                                      0xff, 0xff, 0xff, 0xff, 0xff, 0x0f};
static const GoType keep_type = {.size = sizeof keep, .ptrdata = sizeof keep, .align = 8,
                                 .kind = GO_ARRAY, .gcmask = keep_mask, .string = "[100]*main.Node"};
static const GoRoot keep_roots[] = {{keep, &keep_type}};

Test(rt_gc_heap, mark_bits_clear_after_sweep)
{
    rt_gc_register_roots(keep_roots, 1);
    for (int i = 0; i < 100; i++)
        keep[i] = rt_new(&node_type);
    collect_clean();
    for (int i = 0; i < 100; i++) {
        GcSpan *s = span_of((uintptr_t)keep[i]);
        cr_assert_not_null(s);
        cr_assert(s->swept);
        uint32_t idx = span_obj_index(s, (uintptr_t)keep[i]);
        cr_assert(bit_get(s->alloc_bits, idx), "survivor is allocated");
        cr_assert(!bit_get(s->mark_bits, idx), "mark bits are clear for the next cycle");
    }
}

static long rss_kib(void)
{
    FILE *f = fopen("/proc/self/statm", "r");
    long pages = 0, rss = 0;
    if (f) {
        if (fscanf(f, "%ld %ld", &pages, &rss) != 2)
            rss = 0;
        fclose(f);
    }
    return rss * (sysconf(_SC_PAGESIZE) / 1024);
}

static void *spike_keep[64];
static const GoType spike_type = {.size = sizeof spike_keep, .ptrdata = sizeof spike_keep, .align = 8,
                                  .kind = GO_ARRAY, .gcmask = (const uint8_t[8]){0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff},
                                  .string = "[64]unsafe.Pointer"};
static const GoRoot spike_roots[] = {{spike_keep, &spike_type}};

/* 128 MiB live at once, then dropped. */
static __attribute__((noinline)) void spike(void)
{
    rt_gc_register_roots(spike_roots, 1);
    for (int i = 0; i < 64; i++) {
        spike_keep[i] = rt_alloc(2 << 20, NULL);
        memset(spike_keep[i], 1, 2 << 20);
    }
}

Test(rt_gc_heap, free_os_memory_returns_pages)
{
    spike();
    long high = rss_kib();
    cr_expect_gt(high, 128 * 1024);
    memset(spike_keep, 0, sizeof spike_keep);
    wipe_stack();
    rt_gc_free_os_memory();
    GoMemStats *m = memstats();
    cr_expect_geq(m->HeapReleased, (uint64_t)100 << 20, "released %llu", (unsigned long long)m->HeapReleased);
    cr_expect_leq(m->HeapReleased, m->HeapIdle);
    cr_expect_eq(m->HeapIdle + m->HeapInuse, m->HeapSys);
    long low = rss_kib();
    cr_expect_lt(low, high - 64 * 1024, "rss %ld KiB -> %ld KiB", high, low);
}

static __attribute__((noinline)) void churn(int n)
{
    for (int i = 0; i < n; i++)
        rt_alloc(512, NULL);
}

/* Without FreeOSMemory: after the spike is dropped, the collections that
 * follow give the free pages above the heap goal back on their own. */
Test(rt_gc_heap, rss_falls_after_spike_without_free_os_memory)
{
    spike();
    long high = rss_kib();
    memset(spike_keep, 0, sizeof spike_keep);
    wipe_stack();
    churn(200000);                      /* 100 MB of small garbage: several cycles */
    GoMemStats *m = memstats();
    cr_expect_geq(m->HeapReleased, (uint64_t)64 << 20, "released %llu MB",
                  (unsigned long long)(m->HeapReleased >> 20));
    long low = rss_kib();
    cr_expect_lt(low, high / 2, "rss %ld KiB -> %ld KiB", high, low);
}

Test(rt_gc_heap, huge_allocation_is_out_of_memory, .exit_code = 2)
{
    rt_alloc(UINTPTR_MAX - 100000, NULL);
}

Test(rt_gc_heap, beyond_the_arena_is_out_of_memory, .exit_code = 2)
{
    rt_alloc((uintptr_t)1 << 40, NULL);
}
