/*
 * gc_sweep.c: lazy sweeping.
 *
 * When marking ends, every span in use is "unswept": its mark bits say
 * which objects survived, its alloc bits still describe the allocation
 * state before the cycle.  gc_sweep_prepare moves all spans to the
 * unswept lists.  A span is swept when somebody needs it:
 *   - the allocator wants a span of a class (central_get sweeps that
 *     class's unswept spans until one has room);
 *   - the page heap is about to hand out n pages (gc_sweep_reclaim sweeps
 *     spans of any class until n pages were freed, so the heap does not
 *     grow while garbage waits);
 *   - the next cycle starts, or runtime.GC() finishes (gc_sweep_finish).
 * Sweeping a small span: objects with a finalizer that were not marked get
 * their finalizer queued and are marked (they live one more cycle); then
 * the mark bits become the alloc bits (dead objects become free slots), the
 * mark bits are cleared for the next cycle, and a span with no survivor
 * goes back to the page heap.  Sampled objects (heap profile) found dead
 * are counted as freed (mprof_sweep) after the finalizers' marks are set.  A large span is freed if its object is
 * unmarked.
 *
 * Invariant: while gc.unswept_spans > 0 no mark is running; the marker
 * always starts with everything swept.
 */
#include "runtime/gc_heap.h"

static uint32_t count_marks(const GcSpan *s)
{
    uint32_t n = 0, words = (s->nelems + 63) / 64;
    for (uint32_t i = 0; i < words; i++) {
        uint64_t w;
        memcpy(&w, s->mark_bits + 8 * i, 8);
        n += (uint32_t)__builtin_popcountll(w);
    }
    return n;
}

/* Every finalizer of an object found dead is queued, also the several
 * a tiny block may hold (one per packed object: the records are sorted by
 * address, so they follow each other). */
static void sweep_finalizers(GcSpan *s)
{
    GcFinalizer **pp = &s->finalizers;
    int64_t dead = -1; /* the dead object whose records are being queued */
    while (*pp) {
        GcFinalizer *f = *pp;
        uint32_t idx = s->state == SPAN_LARGE ? 0 : span_obj_index(s, f->obj);
        if (!bit_get(s->mark_bits, idx) || (int64_t)idx == dead) {
            dead = idx;
            *pp = f->next;
            bit_set(s->mark_bits, idx);
            gc_final_queue(s, f);
        } else {
            pp = &f->next;
        }
    }
}

bool gc_sweep_span(GcSpan *s)
{
    if (s->finalizers)
        sweep_finalizers(s);
    if (s->profiled)
        mprof_sweep(s);
    uint32_t nmarked = count_marks(s);
    uint32_t nfreed = s->alloc_count - nmarked;
    gc_stats.nfree[span_sizeclass(s)] += nfreed;
    uint8_t *t = s->alloc_bits;
    s->alloc_bits = s->mark_bits;
    s->mark_bits = t;
    memset(s->mark_bits, 0, (size_t)8 << s->bucket);
    s->alloc_count = nmarked;
    s->free_index = 0;
    span_refill_cache(s);
    if (nfreed)
        s->needzero = 1;
    s->swept = 1;
    if (nmarked == 0) {
        heap_free_span(s);
        return true;
    }
    return false;
}

bool gc_sweep_large(GcSpan *s)
{
    if (s->finalizers)
        sweep_finalizers(s);
    if (s->profiled)
        mprof_sweep(s);
    s->swept = 1;
    if (bit_get(s->mark_bits, 0)) {
        s->mark_bits[0] = 0;
        return false;
    }
    gc_stats.large_free += s->npages << GC_PAGE_SHIFT;
    gc_stats.large_free_count++;
    heap_free_span(s);
    return true;
}

/* Sweep one unswept span, large ones first; returns pages freed, or
 * UINTPTR_MAX if nothing was left to sweep. */
static uintptr_t sweep_one(void)
{
    GcSpan *s = gc_large_unswept.head;
    if (s) {
        list_remove(&gc_large_unswept, s);
        gc.unswept_spans--;
        uintptr_t np = s->npages;
        if (gc_sweep_large(s))
            return np;
        list_push(&gc_large, s, IN_LARGE);
        return 0;
    }
    while (gc.sweep_cursor < GC_NUM_SPANCLASSES && gc_unswept[gc.sweep_cursor].head == NULL)
        gc.sweep_cursor++;
    if (gc.sweep_cursor >= GC_NUM_SPANCLASSES)
        return UINTPTR_MAX;
    unsigned spc = gc.sweep_cursor;
    s = gc_unswept[spc].head;
    list_remove(&gc_unswept[spc], s);
    gc.unswept_spans--;
    uintptr_t np = s->npages;
    if (gc_sweep_span(s))
        return np;
    if (s->alloc_count < s->nelems)
        list_push(&gc_partial[spc], s, IN_PARTIAL);
    else
        list_push(&gc_full[spc], s, IN_FULL);
    return 0;
}

uintptr_t gc_sweep_reclaim(uintptr_t npages)
{
    uintptr_t freed = 0;
    while (freed < npages && gc.unswept_spans > 0) {
        uintptr_t n = sweep_one();
        if (n == UINTPTR_MAX)
            break;
        freed += n;
    }
    return freed;
}

void gc_sweep_finish(void)
{
    while (gc.unswept_spans > 0 && sweep_one() != UINTPTR_MAX)
        ;
    gc.unswept_spans = 0;
}

static void move_all(GcList *from, GcList *to, uint8_t where)
{
    GcSpan *s;
    while ((s = from->head) != NULL) {
        list_remove(from, s);
        s->swept = 0;
        list_push(to, s, where);
        gc.unswept_spans++;
    }
}

void gc_sweep_prepare(void)
{
    for (unsigned spc = 0; spc < GC_NUM_SPANCLASSES; spc++) {
        move_all(&gc_partial[spc], &gc_unswept[spc], IN_UNSWEPT);
        move_all(&gc_full[spc], &gc_unswept[spc], IN_UNSWEPT);
    }
    move_all(&gc_large, &gc_large_unswept, IN_LARGE_UNSWEPT);
    gc.sweep_cursor = 0;
}
