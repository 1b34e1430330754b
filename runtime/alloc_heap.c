/*
 * alloc_heap.c: the page heap.  Reserves the arena, hands out runs of 8 KiB
 * pages as spans, takes them back (coalescing with free neighbours), and
 * returns free pages to the OS (scavenging).
 *
 * The arena is one reservation of GC_ARENA_RESERVE bytes of address space
 * (PROT_NONE, no swap reserved), made usable from the bottom up in chunks of
 * 4 MiB as the heap grows; [gc_arena_lo, gc_arena_hi) is the usable part.
 * Because it is contiguous, the side tables are flat arrays indexed by page
 * or word number (see gc_heap.h): the page map, the heap pointer bits and
 * the "released" byte per page, each reserved at full size and backed by the
 * OS only where touched.
 *
 * Free spans live in lists by size (exact lists for 1..127 pages, one list
 * for bigger runs searched best-fit).  Invariant: two free spans are never
 * adjacent (heap_free_span merges them), and the page-map entries of a free
 * span's first and last page point at it, so a freed span finds its
 * neighbours in O(1).  Middle entries of free spans may be stale; span_of()
 * rejects them by checking the state and range of the span it finds.
 *
 * Pages fresh from the OS and pages given back with madvise(MADV_DONTNEED)
 * are "released": they read as zero and cost no RSS.  HeapReleased counts
 * free released bytes; allocating a span clears its pages' released marks,
 * and a span made only of released pages needs no zeroing.
 */
#include "runtime/gc_heap.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

uintptr_t gc_arena_lo, gc_arena_hi;
static uintptr_t arena_reserved_end;
GcSpan **gc_pagemap;
uint64_t *gc_heapbits;
uint8_t *gc_released;
GcHeapStats gc_stats;

#define GROW_CHUNK ((uintptr_t)4 << 20)
#define FREE_EXACT 128                /* lists 1..127 hold spans of exactly that many pages */

static GcList free_exact[FREE_EXACT];
static GcList free_big;

/* ---- lists ---- */

void list_push(GcList *l, GcSpan *s, uint8_t where)
{
    s->prev = NULL;
    s->next = l->head;
    if (l->head)
        l->head->prev = s;
    l->head = s;
    l->n++;
    s->where = where;
}

void list_remove(GcList *l, GcSpan *s)
{
    if (s->prev)
        s->prev->next = s->next;
    else
        l->head = s->next;
    if (s->next)
        s->next->prev = s->prev;
    s->next = s->prev = NULL;
    s->where = IN_NONE;
    l->n--;
}

/* ---- GcSpan structs: slabs from mmap, one free list per bitmap size ---- */

#define SPAN_BUCKETS 5                 /* bitmaps of 8, 16, 32, 64, 128 bytes */
static GcSpan *span_free_structs[SPAN_BUCKETS];
static char *slab_next, *slab_end;

static void *sys_alloc(size_t n)
{
    void *p = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        rt_gc_throw("out of memory");
    return p;
}

static size_t span_struct_size(unsigned bucket)
{
    size_t n = sizeof(GcSpan) + 2 * ((size_t)8 << bucket);
    return (n + 15) & ~(size_t)15;
}

GcSpan *span_struct_alloc(uint32_t nelems)
{
    unsigned bucket = 0;
    while (((uint32_t)64 << bucket) < nelems)
        bucket++;
    GcSpan *s = span_free_structs[bucket];
    size_t size = span_struct_size(bucket);
    if (s) {
        span_free_structs[bucket] = s->next;
    } else {
        if (slab_next == NULL || (size_t)(slab_end - slab_next) < size) {
            size_t slab = 256 << 10;
            slab_next = sys_alloc(slab);
            slab_end = slab_next + slab;
            gc_stats.span_sys += slab;
        }
        s = (GcSpan *)slab_next;
        slab_next += size;
    }
    memset(s, 0, size);
    s->bucket = (uint8_t)bucket;
    s->alloc_bits = s->bits;
    s->mark_bits = s->bits + ((size_t)8 << bucket);
    gc_stats.span_inuse += size;
    return s;
}

void span_struct_free(GcSpan *s)
{
    unsigned bucket = s->bucket;
    gc_stats.span_inuse -= span_struct_size(bucket);
    s->state = SPAN_DEAD;
    s->base = 0;
    s->npages = 0;
    s->next = span_free_structs[bucket];
    span_free_structs[bucket] = s;
}

/* ---- arena ---- */

static void *reserve(size_t n)
{
    void *p = mmap(NULL, n, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED)
        return NULL;
    return p;
}

static void *reserve_rw(size_t n)
{
    void *p = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED)
        rt_gc_throw("runtime: cannot reserve arena virtual address space");
    return p;
}

void heap_init(void)
{
    uintptr_t size = GC_ARENA_RESERVE;
    void *p = NULL;
    /* Fall back to smaller reservations where address space is limited. */
    while (size >= ((uintptr_t)256 << 20) && (p = reserve(size)) == NULL)
        size /= 2;
    if (p == NULL)
        rt_gc_throw("runtime: cannot reserve arena virtual address space");
    /* Start on a GROW_CHUNK boundary (so chunks could be backed by huge
     * pages); the unused head stays reserved. */
    uintptr_t lo = ((uintptr_t)p + GROW_CHUNK - 1) & ~(GROW_CHUNK - 1);
    gc_arena_lo = gc_arena_hi = lo;
    arena_reserved_end = (uintptr_t)p + size;
    size = arena_reserved_end - lo;
    uintptr_t npages = size >> GC_PAGE_SHIFT;
    gc_pagemap = reserve_rw(npages * sizeof(GcSpan *));
    gc_heapbits = reserve_rw(size / 64 + 64);  /* +64: reads may touch the next word */
    gc_released = reserve_rw(npages);
}

static void free_list_insert(GcSpan *s)
{
    if (s->npages < FREE_EXACT)
        list_push(&free_exact[s->npages], s, IN_FREELIST);
    else
        list_push(&free_big, s, IN_FREELIST);
}

static void free_list_remove(GcSpan *s)
{
    if (s->npages < FREE_EXACT)
        list_remove(&free_exact[s->npages], s);
    else
        list_remove(&free_big, s);
}

static inline uintptr_t page_index(uintptr_t addr) { return (addr - gc_arena_lo) >> GC_PAGE_SHIFT; }

static void map_free_ends(GcSpan *s)
{
    uintptr_t first = page_index(s->base);
    gc_pagemap[first] = s;
    gc_pagemap[first + s->npages - 1] = s;
}

void heap_map_span(GcSpan *s)
{
    uintptr_t first = page_index(s->base);
    for (uintptr_t i = 0; i < s->npages; i++)
        gc_pagemap[first + i] = s;
}

/* Put the free run [base, base+npages pages) back, merging with free
 * neighbours.  s is a span struct to reuse for it (any bucket). */
static void insert_free_run(GcSpan *s)
{
    s->state = SPAN_FREE;
    uintptr_t first = page_index(s->base);
    if (first > 0) {
        GcSpan *left = gc_pagemap[first - 1];
        if (left && left->state == SPAN_FREE && span_limit(left) == s->base) {
            free_list_remove(left);
            left->npages += s->npages;
            span_struct_free(s);
            s = left;
        }
    }
    uintptr_t end = span_limit(s);
    if (end < gc_arena_hi) {
        GcSpan *right = gc_pagemap[page_index(end)];
        if (right && right->state == SPAN_FREE && right->base == end) {
            free_list_remove(right);
            s->npages += right->npages;
            span_struct_free(right);
        }
    }
    map_free_ends(s);
    free_list_insert(s);
}

static void heap_grow(uintptr_t npages)
{
    uintptr_t room = (arena_reserved_end - gc_arena_hi) >> GC_PAGE_SHIFT;
    uintptr_t bytes = npages <= room ? npages << GC_PAGE_SHIFT : UINTPTR_MAX;
    if (bytes != UINTPTR_MAX)
        bytes = (bytes + GROW_CHUNK - 1) & ~(GROW_CHUNK - 1);
    if (npages > room || gc_arena_hi + bytes > arena_reserved_end) {
        fprintf(stderr, "runtime: out of memory: cannot allocate %lu-byte block (%lu in use)\n",
                (unsigned long)(npages << GC_PAGE_SHIFT), (unsigned long)gc_stats.heap_sys);
        rt_gc_throw("out of memory");
    }
    if (mprotect((void *)gc_arena_hi, bytes, PROT_READ | PROT_WRITE) != 0) {
        fprintf(stderr, "runtime: out of memory: cannot allocate %lu-byte block (%lu in use)\n",
                (unsigned long)(npages << GC_PAGE_SHIFT), (unsigned long)gc_stats.heap_sys);
        rt_gc_throw("out of memory");
    }
    /* No MADV_HUGEPAGE: tried (as Go 1.19 does); with THP defrag on
     * madvise, faulting huge pages in cost more system time than the TLB
     * misses it saved while marking. */
    uintptr_t base = gc_arena_hi;
    gc_arena_hi += bytes;
    gc_stats.heap_sys += bytes;
    gc_stats.heap_released += bytes;
    /* page map (8 bytes per page) and heap bits (1/64) grow with the heap */
    gc_stats.gc_sys += bytes / GC_PAGE_SIZE * sizeof(GcSpan *) + bytes / 64 + bytes / GC_PAGE_SIZE;
    memset(gc_released + page_index(base), 1, bytes >> GC_PAGE_SHIFT);
    GcSpan *s = span_struct_alloc(0);
    s->base = base;
    s->npages = bytes >> GC_PAGE_SHIFT;
    insert_free_run(s);
}

static GcSpan *find_free(uintptr_t npages)
{
    for (uintptr_t n = npages; n < FREE_EXACT; n++)
        if (free_exact[n].head)
            return free_exact[n].head;
    GcSpan *best = NULL;
    for (GcSpan *s = free_big.head; s; s = s->next)
        if (s->npages >= npages &&
            (best == NULL || s->npages < best->npages ||
             (s->npages == best->npages && s->base < best->base)))
            best = s;
    return best;
}

GcSpan *heap_alloc_span(uintptr_t npages, uint32_t nelems, bool *needzero)
{
    /* Sweep before taking pages, as Go's reclaim does: freeing at least as
     * many pages as we are about to use keeps the heap from growing while
     * garbage from the last cycle is still waiting to be swept. */
    if (gc.unswept_spans > 0)
        gc_sweep_reclaim(npages);
    GcSpan *f = find_free(npages);
    if (f == NULL) {
        heap_grow(npages);
        f = find_free(npages);
    }
    free_list_remove(f);
    GcSpan *s = span_struct_alloc(nelems);
    s->base = f->base;
    s->npages = npages;
    if (f->npages > npages) {
        f->base += npages << GC_PAGE_SHIFT;
        f->npages -= npages;
        map_free_ends(f);
        free_list_insert(f);
    } else {
        span_struct_free(f);
    }
    uintptr_t first = page_index(s->base), nrel = 0;
    for (uintptr_t i = 0; i < npages; i++)
        nrel += gc_released[first + i];
    if (nrel)
        memset(gc_released + first, 0, npages);
    gc_stats.heap_released -= nrel << GC_PAGE_SHIFT;
    gc_stats.heap_inuse += npages << GC_PAGE_SHIFT;
    *needzero = nrel != npages;
    return s;
}

void heap_free_span(GcSpan *s)
{
    gc_stats.heap_inuse -= s->npages << GC_PAGE_SHIFT;
    s->where = IN_NONE;
    s->finalizers = NULL;
    s->profiled = NULL;
    s->large_type = NULL;
    insert_free_run(s);
}

static uint64_t release_span(GcSpan *s)
{
    uintptr_t first = page_index(s->base), n = 0;
    for (uintptr_t i = 0; i < s->npages; i++)
        n += !gc_released[first + i];
    if (n == 0)
        return 0;
    madvise((void *)s->base, s->npages << GC_PAGE_SHIFT, MADV_DONTNEED);
    memset(gc_released + first, 1, s->npages);
    gc_stats.heap_released += n << GC_PAGE_SHIFT;
    return n << GC_PAGE_SHIFT;
}

uint64_t heap_scavenge(uint64_t retain)
{
    uint64_t released = 0;
    /* Largest runs first: fewest system calls per byte. */
    for (GcSpan *s = free_big.head; s; s = s->next) {
        if (gc_stats.heap_sys - gc_stats.heap_released <= retain)
            return released;
        released += release_span(s);
    }
    for (uintptr_t n = FREE_EXACT - 1; n > 0; n--) {
        for (GcSpan *s = free_exact[n].head; s; s = s->next) {
            if (gc_stats.heap_sys - gc_stats.heap_released <= retain)
                return released;
            released += release_span(s);
        }
    }
    return released;
}
