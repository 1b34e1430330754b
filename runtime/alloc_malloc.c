/*
 * alloc_malloc.c: object allocation (Go's mallocgc): rt_new, rt_newarray,
 * rt_alloc.
 *
 * Three paths, chosen by size and by whether the object can hold pointers:
 *   - tiny: pointer-free requests under 16 bytes are packed into a shared
 *     16-byte block (the block is freed when none of its pieces is
 *     reachable), which saves space for small strings and numbers;
 *   - small (<= 32 KiB): the request is rounded to its size class, and the
 *     object comes from the cache's current span for that span class
 *     (class x {scan, noscan}).  The fast path finds the next free slot in
 *     the span's 64-bit alloc_cache with one count-trailing-zeros; only when
 *     the cache is exhausted does it look at the bitmap, and only when the
 *     span is full does it go to the central lists (refill), sweeping spans
 *     of that class lazily, or asks the page heap for a fresh span;
 *   - large: a span of its own, whole pages.
 * Every object is zeroed: fresh pages already are (needzero = 0), recycled
 * slots are cleared here.  For small objects that may hold pointers, the
 * heap bits (one per word, gc_heap.h) are written from the type's gcmask,
 * repeated for arrays, so the marker scans them precisely.  Large objects
 * keep their type in the span instead.
 *
 * Each path ends with profile_alloc, the heap profile's sampling step
 * (mprof.c): one test of runtime.MemProfileRate while it is 0.
 *
 * The GC can start only in a slow path (a refill or a large allocation),
 * never while an object is half made: the check runs before the new span
 * or object is taken.  heap_live grows by a span's free bytes when it is
 * cached (as in Go), so the fast path does no accounting.
 */
#include "runtime/gc_heap.h"

#include <stdio.h>
#include <stdlib.h>

GcCache gc_cache;
GcList gc_partial[GC_NUM_SPANCLASSES], gc_full[GC_NUM_SPANCLASSES], gc_unswept[GC_NUM_SPANCLASSES];
GcList gc_large, gc_large_unswept;

/* Zero-sized allocations all return this address, as Go's zerobase. */
static uintptr_t zerobase;

void span_init_small(GcSpan *s, unsigned spc)
{
    unsigned cls = spc >> 1;
    s->spanclass = (uint8_t)spc;
    s->state = SPAN_SMALL;
    s->elemsize = rt_class_size[cls];
    s->nelems = (uint32_t)((s->npages << GC_PAGE_SHIFT) / s->elemsize);
    s->divmagic = rt_class_divmagic[cls];
    s->free_index = 0;
    s->alloc_count = 0;
    s->alloc_cache = ~(uint64_t)0;
    s->swept = 1;
    s->uniform = SPAN_TYPE_UNSET;
    size_t nb = (size_t)8 << s->bucket;
    memset(s->alloc_bits, 0, nb);
    memset(s->mark_bits, 0, nb);
}

void span_refill_cache(GcSpan *s)
{
    /* free_index is a multiple of 64 here and the bitmaps are whole
     * 64-bit words, so the load stays inside the bitmap. */
    uint64_t w;
    memcpy(&w, s->alloc_bits + (s->free_index >> 3), 8);
    s->alloc_cache = ~w;
}

/* The next free slot of s, or 0 when s is full; the slow half of the
 * allocation fast path (it looks at the bitmap past alloc_cache). */
static uintptr_t span_next_slow(GcSpan *s)
{
    for (;;) {
        if (s->free_index >= s->nelems)
            return 0;
        uint64_t c = s->alloc_cache;
        if (c == 0) {
            s->free_index = (s->free_index + 64) & ~(uint32_t)63;
            if (s->free_index >= s->nelems)
                return 0;
            span_refill_cache(s);
            continue;
        }
        unsigned bit = (unsigned)__builtin_ctzll(c);
        uint32_t idx = s->free_index + bit;
        if (idx >= s->nelems) {
            s->free_index = s->nelems;
            return 0;
        }
        s->free_index = idx + 1;
        s->alloc_cache = (c >> bit) >> 1;
        if ((s->free_index & 63) == 0 && s->free_index < s->nelems)
            span_refill_cache(s);
        s->alloc_count++;
        return s->base + (uintptr_t)idx * s->elemsize;
    }
}

static void cache_uncache(GcSpan *s, unsigned spc)
{
    gc_stats.nmalloc[spc >> 1] += s->alloc_count - s->alloc_count_cached;
    gc.heap_live -= (uint64_t)(s->nelems - s->alloc_count) * s->elemsize;
    if (s->alloc_count < s->nelems)
        list_push(&gc_partial[spc], s, IN_PARTIAL);
    else
        list_push(&gc_full[spc], s, IN_FULL);
    gc_cache.alloc[spc] = NULL;
}

uintptr_t alloc_tiny_released;

void alloc_release_cache(void)
{
    for (unsigned spc = 0; spc < GC_NUM_SPANCLASSES; spc++)
        if (gc_cache.alloc[spc])
            cache_uncache(gc_cache.alloc[spc], spc);
    if (gc_cache.tiny) alloc_tiny_released = gc_cache.tiny;
    gc_cache.tiny = 0;
    gc_cache.tiny_offset = 0;
}

void alloc_flush_stats(void)
{
    for (unsigned spc = 0; spc < GC_NUM_SPANCLASSES; spc++) {
        GcSpan *s = gc_cache.alloc[spc];
        if (s) {
            gc_stats.nmalloc[spc >> 1] += s->alloc_count - s->alloc_count_cached;
            s->alloc_count_cached = s->alloc_count;
        }
    }
}

/* A swept span of class spc with a free slot: from the partial list, by
 * sweeping this class's unswept spans, or fresh from the page heap. */
static GcSpan *central_get(unsigned spc)
{
    GcSpan *s = gc_partial[spc].head;
    if (s) {
        list_remove(&gc_partial[spc], s);
        return s;
    }
    while ((s = gc_unswept[spc].head) != NULL) {
        list_remove(&gc_unswept[spc], s);
        gc.unswept_spans--;
        if (gc_sweep_span(s))
            continue;
        if (s->alloc_count < s->nelems)
            return s;
        list_push(&gc_full[spc], s, IN_FULL);
    }
    unsigned cls = spc >> 1;
    uintptr_t npages = rt_class_npages[cls];
    bool needzero;
    s = heap_alloc_span(npages, (uint32_t)((npages << GC_PAGE_SHIFT) / rt_class_size[cls]), &needzero);
    span_init_small(s, spc);
    s->needzero = needzero;
    heap_map_span(s);
    return s;
}

static __attribute__((noinline)) GcSpan *cache_refill(unsigned spc)
{
    gc_maybe_collect();
    GcSpan *old = gc_cache.alloc[spc];
    if (old)
        cache_uncache(old, spc);
    GcSpan *s = central_get(spc);
    s->alloc_count_cached = s->alloc_count;
    gc.heap_live += (uint64_t)(s->nelems - s->alloc_count) * s->elemsize;
    s->where = IN_CACHE;
    gc_cache.alloc[spc] = s;
    return s;
}

/* Allocate one object of span class spc (not yet zeroed). */
static inline uintptr_t small_alloc(unsigned spc, GcSpan **sp)
{
    GcSpan *s = gc_cache.alloc[spc];
    if (__builtin_expect(s != NULL, 1)) {
        uint64_t c = s->alloc_cache;
        if (c) {
            unsigned bit = (unsigned)__builtin_ctzll(c);
            uint32_t idx = s->free_index + bit;
            uint32_t next = idx + 1;
            if (idx < s->nelems && ((next & 63) != 0 || next == s->nelems)) {
                s->alloc_cache = (c >> bit) >> 1;
                s->free_index = next;
                s->alloc_count++;
                *sp = s;
                return s->base + (uintptr_t)idx * s->elemsize;
            }
        }
        uintptr_t p = span_next_slow(s);
        if (p) {
            *sp = s;
            return p;
        }
    }
    for (;;) {
        s = cache_refill(spc);
        uintptr_t p = span_next_slow(s);
        if (p) {
            *sp = s;
            return p;
        }
    }
}

/* Zero a recycled slot; the common small sizes become a few inline stores. */
static inline void zero_small(void *p, uintptr_t size)
{
    switch (size) {
    case 8: memset(p, 0, 8); break;
    case 16: memset(p, 0, 16); break;
    case 24: memset(p, 0, 24); break;
    case 32: memset(p, 0, 32); break;
    case 48: memset(p, 0, 48); break;
    case 64: memset(p, 0, 64); break;
    default: memset(p, 0, size); break;
    }
}

/* The first up-to-64 bits of t's gcmask. */
static inline uint64_t mask_word(const GoType *t)
{
    uintptr_t nwords = t->ptrdata >> 3;
    uintptr_t nbytes = (nwords + 7) >> 3;
    if (nbytes > 8)
        nbytes = 8;
    uint64_t m = 0;
    for (uintptr_t i = 0; i < nbytes; i++)
        m |= (uint64_t)t->gcmask[i] << (8 * i);
    if (nwords < 64)
        m &= ((uint64_t)1 << nwords) - 1;
    return m;
}

/* Overwrite nw (<= 64) heap bits starting at word w with the low bits of m. */
static inline void heapbits_write(uintptr_t w, unsigned nw, uint64_t m)
{
    uint64_t *p = &gc_heapbits[w >> 6];
    unsigned sh = (unsigned)(w & 63);
    uint64_t keep = nw == 64 ? ~(uint64_t)0 : (((uint64_t)1 << nw) - 1);
    p[0] = (p[0] & ~(keep << sh)) | (m << sh);
    if (sh + nw > 64) {
        unsigned r = 64 - sh;
        p[1] = (p[1] & ~(keep >> r)) | (m >> r);
    }
}

/* The general case: an object of elemsize bytes holding size/typ->size
 * elements of typ, possibly wider than 64 words. */
static void heapbits_set_slow(uintptr_t obj, uintptr_t elemsize, uintptr_t size, const GoType *typ)
{
    uintptr_t w = (obj - gc_arena_lo) >> 3, nw = elemsize >> 3;
    for (uintptr_t i = 0; i < nw; i += 64)
        heapbits_write(w + i, (unsigned)(nw - i < 64 ? nw - i : 64), 0);
    uintptr_t n = typ->size ? size / typ->size : 0, pw = typ->ptrdata >> 3, ew = typ->size >> 3;
    for (uintptr_t e = 0; e < n; e++) {
        uintptr_t base = w + e * ew;
        for (uintptr_t j = 0; j < pw; j++)
            if ((typ->gcmask[j >> 3] >> (j & 7)) & 1)
                gc_heapbits[(base + j) >> 6] |= (uint64_t)1 << ((base + j) & 63);
    }
}

static inline void heapbits_set(uintptr_t obj, uintptr_t elemsize, uintptr_t size, const GoType *typ)
{
    if (elemsize <= 512 && size == typ->size)
        heapbits_write((obj - gc_arena_lo) >> 3, (unsigned)(elemsize >> 3), mask_word(typ));
    else
        heapbits_set_slow(obj, elemsize, size, typ);
}

/* Heap bits for a new object in scan span s.  A span whose objects have
 * all been of one type (s->uniform) has that type's bits in every slot,
 * free ones included, so allocating another such object writes nothing:
 * the first allocation in a span fills the bits of all its slots, and the
 * first object of another type (or an array) makes the span mixed, after
 * which every allocation writes its own bits. */
static __attribute__((noinline)) void heapbits_set_span(GcSpan *s, uintptr_t p, uintptr_t size,
                                                        const GoType *typ)
{
    if (s->uniform == SPAN_TYPE_UNSET && size == typ->size && s->elemsize <= 512) {
        uint64_t m = mask_word(typ);
        unsigned nw = s->elemsize >> 3;
        uintptr_t w = (s->base - gc_arena_lo) >> 3;
        for (uint32_t i = 0; i < s->nelems; i++, w += nw)
            heapbits_write(w, nw, m);
        s->uniform = typ;
        return;
    }
    s->uniform = SPAN_TYPE_MIXED;
    heapbits_set(p, s->elemsize, size, typ);
}

/* The heap profile's step of an allocation (mprof.c): while
 * runtime.MemProfileRate is 0 (the default) one predicted test; otherwise
 * the object's rounded size counts down to the next sample.  Called where
 * the rounded size is known: the small path, a fresh tiny block (pieces
 * packed into an existing block are not sampled, as in Go), a large span. */
static inline __attribute__((always_inline)) void profile_alloc(void *p, uintptr_t rounded)
{
    int64_t rate = runtime_MemProfileRate;
    if (__builtin_expect(rate != 0, 0)) {
        if (rate > 1 && rounded < mprof_next_sample)
            mprof_next_sample -= rounded;
        else
            mprof_malloc(p, rounded);
    }
}

static __attribute__((noinline)) void *large_alloc(uintptr_t size, const GoType *typ, bool noscan)
{
    gc_maybe_collect();
    uintptr_t npages = (size + GC_PAGE_SIZE - 1) >> GC_PAGE_SHIFT;
    if (npages == 0 || (npages << GC_PAGE_SHIFT) < size)
        rt_gc_throw("out of memory");
    bool needzero;
    GcSpan *s = heap_alloc_span(npages, 1, &needzero);
    s->state = SPAN_LARGE;
    s->spanclass = noscan ? 1 : 0;
    s->nelems = 1;
    s->elemsize = 0;
    s->divmagic = 0;
    s->alloc_count = 1;
    s->free_index = 1;
    s->swept = 1;
    s->large_type = noscan ? NULL : typ;
    s->large_size = size;
    memset(s->alloc_bits, 0, 8);
    memset(s->mark_bits, 0, 8);
    bit_set(s->alloc_bits, 0);
    heap_map_span(s);
    list_push(&gc_large, s, IN_LARGE);
    gc.heap_live += npages << GC_PAGE_SHIFT;
    gc_stats.large_alloc += npages << GC_PAGE_SHIFT;
    gc_stats.large_alloc_count++;
    if (needzero)
        memset((void *)s->base, 0, size);
    if (rt_gc_marking)
        gc_mark_new(s->base);
    profile_alloc((void *)s->base, npages << GC_PAGE_SHIFT);
    return (void *)s->base;
}

static __attribute__((noinline)) void *tiny_alloc(uintptr_t size)
{
    uintptr_t off = gc_cache.tiny_offset;
    if ((size & 7) == 0)
        off = (off + 7) & ~(uintptr_t)7;
    else if ((size & 3) == 0)
        off = (off + 3) & ~(uintptr_t)3;
    else if ((size & 1) == 0)
        off = (off + 1) & ~(uintptr_t)1;
    if (gc_cache.tiny && off + size <= GC_TINY_SIZE) {
        gc_cache.tiny_offset = off + size;
        gc_stats.tiny_allocs++;
        return (void *)(gc_cache.tiny + off);
    }
    GcSpan *s;
    uintptr_t p = small_alloc(2 << 1 | 1, &s);   /* class 2: 16 bytes, noscan */
    if (s->needzero)
        memset((void *)p, 0, GC_TINY_SIZE);
    if (rt_gc_marking)
        gc_mark_new(p);
    /* Keep whichever block has more room left. */
    if (gc_cache.tiny == 0 || size < gc_cache.tiny_offset) {
        gc_cache.tiny = p;
        gc_cache.tiny_offset = size;
    }
    profile_alloc((void *)p, GC_TINY_SIZE);
    return (void *)p;
}

void *rt_alloc(uintptr_t size, const GoType *typ)
{
    if (__builtin_expect(!gc.inited, 0))
        rt_gc_init();
    /* gcstress replaces the pacer's trigger, so GOGC=off still means off */
    if (__builtin_expect(gc.gcstress, 0) && --gc.gcstress_left == 0) {
        gc.gcstress_left = gc.gcstress;
        if (!gc.in_gc && gc.gcpercent >= 0) {
            if (gc.incremental)
                gc_incremental_stress();    /* a step of an incremental cycle */
            else
                rt_gc_collect(false);
        }
    }
    if (size == 0)
        return &zerobase;
    bool noscan = typ == NULL || typ->ptrdata == 0;
    if (size <= GC_MAX_SMALL) {
        if (noscan && size < GC_TINY_SIZE)
            return tiny_alloc(size);
        unsigned spc = rt_size_class(size) << 1 | noscan;
        GcSpan *s;
        uintptr_t p = small_alloc(spc, &s);
        if (s->needzero)
            zero_small((void *)p, s->elemsize);
        if (!noscan && (s->uniform != typ || size != typ->size))
            heapbits_set_span(s, p, size, typ);
        if (__builtin_expect(rt_gc_marking, 0))
            gc_mark_new(p);                 /* incremental cycle: born black */
        profile_alloc((void *)p, s->elemsize);
        return (void *)p;
    }
    return large_alloc(size, typ, noscan);
}

void *rt_new(const GoType *t)
{
    return rt_alloc(t->size, t);
}

void *rt_newarray(const GoType *elem, intptr_t n)
{
    if (n < 0 || (elem->size != 0 && (uintptr_t)n > (((uintptr_t)1 << 47) / elem->size)))
        rt_gc_throw("runtime: allocation size out of range");
    return rt_alloc((uintptr_t)n * elem->size, elem);
}
