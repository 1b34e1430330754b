/*
 * gc_mark.c: tricolor marking.
 *
 * White objects have a clear mark bit; grey ones have the bit set and sit
 * on the mark stack (or are pointer-free, which makes them black at once);
 * black ones are marked and were scanned.  Marking greys the roots, then
 * pops and scans grey objects until the stack is empty: every object left
 * white is unreachable.  The invariant that makes this correct is that no
 * black object points to a white one; with the world stopped it holds
 * trivially.  In incremental cycles (gc_cycle.c) the program runs between
 * bounded drains (gc_drain_budget): GO_WB's slow path greys every pointer
 * stored into the heap (Dijkstra), new objects are born black
 * (gc_mark_new: generated code greys what their initialising stores put
 * in them, GO_WB_INIT), and stacks and globals, which have no barrier,
 * are rescanned at mark termination.
 *
 * How a word is found to be a pointer:
 *   - heap objects in small spans: the heap bits written at allocation
 *     (precise);
 *   - large objects: the element type kept in their span, its gcmask
 *     repeated over the elements (precise);
 *   - globals: their GoType's gcmask (precise, gc_roots.c);
 *   - stacks and registers: every word that falls inside an allocated
 *     object counts (conservative, gc_scan_conservative).
 * Any pointer into an object, not only to its start, keeps it alive: the
 * page map gives the span, the span's division magic the object.
 * Precise words are checked the same way, so a stale or foreign value in a
 * pointer slot (from unsafe code) is ignored rather than followed.
 *
 * The scanning functions read arbitrary stack words and heap memory the
 * program considers dead, so they are excluded from ASan.
 */
#include "runtime/gc_heap.h"

#include <stdlib.h>
#include <sys/mman.h>

#define NO_ASAN __attribute__((no_sanitize_address))

int rt_gc_marking;

static uintptr_t *mstack;
static size_t mstack_len, mstack_cap;

static void mstack_grow(void)
{
    size_t ncap = mstack_cap ? mstack_cap * 2 : 65536;
    void *p = mmap(NULL, ncap * sizeof(uintptr_t), PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        rt_gc_throw("runtime: cannot allocate GC mark stack");
    if (mstack) {
        memcpy(p, mstack, mstack_len * sizeof(uintptr_t));
        munmap(mstack, mstack_cap * sizeof(uintptr_t));
    }
    gc_stats.gc_sys += (ncap - mstack_cap) * sizeof(uintptr_t);
    mstack = p;
    mstack_cap = ncap;
}

void gc_mark_stack_free(void)
{
    /* Keep the first 512 KiB; give back what a big mark needed. */
    if (mstack_cap > 65536) {
        munmap(mstack, mstack_cap * sizeof(uintptr_t));
        gc_stats.gc_sys -= mstack_cap * sizeof(uintptr_t);
        mstack = NULL;
        mstack_cap = 0;
    }
}

static inline void push(uintptr_t obj)
{
    if (__builtin_expect(mstack_len == mstack_cap, 0))
        mstack_grow();
    mstack[mstack_len++] = obj;
}

/* Grey the object containing p, if any.  A conservative word may point at
 * a free slot (an object that died, or was never allocated): only
 * allocated objects are greyed for those.  A pointer from a precise slot
 * always points into an allocated object, so the check is skipped. */
static inline __attribute__((always_inline)) void grey_word(uintptr_t p, bool conservative)
{
    GcSpan *s = span_of(p);
    if (s == NULL)
        return;
    if (s->state == SPAN_LARGE) {
        if (s->mark_bits[0] & 1)
            return;
        s->mark_bits[0] |= 1;
        gc.bytes_marked += s->npages << GC_PAGE_SHIFT;
        if (s->large_type)
            push(s->base);
        return;
    }
    uint32_t idx = span_obj_index(s, p);
    if (idx >= s->nelems)
        return;                                   /* in the span's tail waste */
    uint8_t m = (uint8_t)(1u << (idx & 7));
    if (s->mark_bits[idx >> 3] & m)
        return;
    if (conservative && idx >= s->free_index && !(s->alloc_bits[idx >> 3] & m))
        return;                                   /* a free slot */
    s->mark_bits[idx >> 3] |= m;
    gc.bytes_marked += s->elemsize;
    if (!span_noscan(s))
        push(s->base + (uintptr_t)idx * s->elemsize);
}

static inline void grey(uintptr_t p) { grey_word(p, false); }

void gc_mark_object(uintptr_t p)
{
    grey_word(p, true);
}

static inline bool in_arena(uintptr_t v)
{
    return v - gc_arena_lo < gc_arena_hi - gc_arena_lo;
}

/* Dijkstra's insertion barrier: the stored pointer is greyed, so a black
 * object never points to a white one.  Stacks and globals are not
 * barriered; mark termination rescans them.  Checked like a conservative
 * word: runtime C code may store a pointer to a free slot's neighbour. */
void rt_wb_slow(void **slot, void *val)
{
    *slot = val;
    if (rt_gc_marking && in_arena((uintptr_t)val))
        grey_word((uintptr_t)val, true);
}

/* GO_WB_TYPED's slow path: grey the pointer words (by t's gcmask) of the
 * value at val that is about to be stored into the heap.  Checked like a
 * conservative word, as rt_wb_slow. */
NO_ASAN void rt_wb_typed(const GoType *t, const void *val)
{
    if (!rt_gc_marking || t->ptrdata == 0 || !t->gcmask)
        return;
    const uintptr_t *w = (const uintptr_t *)val;
    uintptr_t n = t->ptrdata >> 3;
    for (uintptr_t i = 0; i < n; i++)
        if ((t->gcmask[i >> 3] >> (i & 7) & 1) && in_arena(w[i]))
            grey_word(w[i], true);
}

void rt_wb_grey2(const void *w0, const void *w1)
{
    if (!rt_gc_marking)
        return;
    if (in_arena((uintptr_t)w0))
        grey_word((uintptr_t)w0, true);
    if (in_arena((uintptr_t)w1))
        grey_word((uintptr_t)w1, true);
}

void rt_wb_typed_n(const GoType *elem, const void *val, intptr_t n)
{
    if (!rt_gc_marking || elem->ptrdata == 0 || !elem->gcmask)
        return;
    for (intptr_t i = 0; i < n; i++)
        rt_wb_typed(elem, (const uint8_t *)val + (uintptr_t)i * elem->size);
}

static inline uint64_t heapbits_read(uintptr_t w)
{
    const uint64_t *p = &gc_heapbits[w >> 6];
    unsigned sh = (unsigned)(w & 63);
    uint64_t v = p[0] >> sh;
    if (sh)
        v |= p[1] << (64 - sh);
    return v;
}


/* Grey the pointers in words [0, nwords) of the block at addr whose bits
 * are set in the gcmask-shaped bitmap mask. */
NO_ASAN static void scan_with_mask(uintptr_t addr, uintptr_t nwords, const uint8_t *mask)
{
    const uintptr_t *words = (const uintptr_t *)addr;
    for (uintptr_t i = 0; i < nwords; i += 8) {
        uint8_t b = mask[i >> 3];
        while (b) {
            unsigned j = (unsigned)__builtin_ctz(b);
            b &= (uint8_t)(b - 1);
            if (i + j >= nwords)
                break;
            uintptr_t v = words[i + j];
            if (in_arena(v))
                grey(v);
        }
    }
}

/* Grey everything the object at obj points to; returns its size (the
 * work done, for incremental budgets). */
NO_ASAN static uintptr_t scan_object(uintptr_t obj)
{
    GcSpan *s = span_of(obj);
    if (s == NULL)
        return 0;
    const uintptr_t *words = (const uintptr_t *)obj;
    if (s->state == SPAN_SMALL) {
        if (span_noscan(s))
            return s->elemsize;
        uintptr_t w = (obj - gc_arena_lo) >> 3, nw = s->elemsize >> 3;
        for (uintptr_t i = 0; i < nw; i += 64) {
            uint64_t bits = heapbits_read(w + i);
            if (nw - i < 64)
                bits &= ((uint64_t)1 << (nw - i)) - 1;
            while (bits) {
                unsigned j = (unsigned)__builtin_ctzll(bits);
                bits &= bits - 1;
                uintptr_t v = words[i + j];
                /* a pointer back into the object itself is skipped, as
                 * Go's scanobject: the object is being scanned anyway, and
                 * a finalizer's self-reference must not keep it (B55) */
                if (in_arena(v) && v - obj >= s->elemsize)
                    grey(v);
            }
        }
        return s->elemsize;
    }
    const GoType *t = s->large_type;
    if (t == NULL || t->ptrdata == 0 || t->size == 0)
        return 0;
    uintptr_t n = s->large_size / t->size;
    for (uintptr_t e = 0; e < n; e++)
        scan_with_mask(obj + e * t->size, t->ptrdata >> 3, t->gcmask);
    return s->large_size;
}

void gc_scan_object_fields(uintptr_t obj)
{
    (void)scan_object(obj);
}

/* Scanning an object usually starts with a cache miss on its first word.
 * Objects popped from the mark stack go through a small FIFO first: each
 * is prefetched when it enters and scanned PREFETCH_DEPTH pops later, by
 * which time its memory has (usually) arrived, so several misses overlap
 * instead of being paid one after the other. */
#define PREFETCH_DEPTH 16

/* The FIFO persists between incremental drains (gc_drain_budget); every
 * drain that must finish (gc_drain) empties it. */
static uintptr_t ring[PREFETCH_DEPTH];
static unsigned ring_head, ring_n;

/* Scan the next object (through the FIFO); returns its size estimate, or
 * -1 when there is no grey object left at all (0 while filling the FIFO). */
static inline int64_t drain_one(void)
{
    uintptr_t next;
    if (mstack_len > 0) {
        uintptr_t obj = mstack[--mstack_len];
        __builtin_prefetch((const void *)obj);
        if (ring_n < PREFETCH_DEPTH) {
            ring[(ring_head + ring_n) % PREFETCH_DEPTH] = obj;
            ring_n++;
            return 0;
        }
        next = ring[ring_head];
        ring[ring_head] = obj;
        ring_head = (ring_head + 1) % PREFETCH_DEPTH;
    } else if (ring_n > 0) {
        next = ring[ring_head];
        ring_head = (ring_head + 1) % PREFETCH_DEPTH;
        ring_n--;
    } else {
        return -1;
    }
    return (int64_t)scan_object(next);
}

void gc_drain(void)
{
    while (drain_one() >= 0)
        ;
}

/* Incremental marking: scan grey objects until about budget bytes worth
 * were scanned; returns true when no grey object is left. */
bool gc_drain_budget(int64_t budget)
{
    while (budget > 0) {
        int64_t n = drain_one();
        if (n < 0)
            return true;
        budget -= n;
    }
    return mstack_len == 0 && ring_n == 0;
}

NO_ASAN void gc_scan_conservative(void *lo, void *hi, void *arg)
{
    uintptr_t a = ((uintptr_t)lo + 7) & ~(uintptr_t)7;
    const uintptr_t *p = (const uintptr_t *)a, *end = (const uintptr_t *)hi;
    if (arg)
        *(uint64_t *)arg += (uint64_t)((uintptr_t)hi - a);
    for (; p < end; p++) {
        uintptr_t v = *p;
        if (in_arena(v))
            grey_word(v, true);
    }
}

/* Scan a global of type t at addr precisely. */
void gc_scan_typed(void *addr, const GoType *t)
{
    if (t == NULL || t->ptrdata == 0)
        return;
    scan_with_mask((uintptr_t)addr, t->ptrdata >> 3, t->gcmask);
}

/* An object allocated while marking is born black: marked, nothing to
 * scan (it is zeroed).  Whatever is then stored in it goes through a
 * barrier: GO_WB* for later stores, one GO_WB_INIT after the plain stores
 * that initialise it (codegen/cg_wb.c), the runtime's own barriers for
 * objects the runtime fills.  (Born grey, i.e. also queued, needs no
 * GO_WB_INIT but scans every object allocated during the mark: on
 * bench/bigheap.go that made incremental marking 2.5x the CPU of a
 * stop-the-world one, against 1.0x born black.) */
void gc_mark_new(uintptr_t obj)
{
    GcSpan *s = span_of(obj);
    if (s->state == SPAN_LARGE) {
        s->mark_bits[0] |= 1;
        gc.bytes_marked += s->npages << GC_PAGE_SHIFT;
        return;
    }
    uint32_t idx = span_obj_index(s, obj);
    s->mark_bits[idx >> 3] |= (uint8_t)(1u << (idx & 7));
    gc.bytes_marked += s->elemsize;
}

/* Grey every root (no drain). */
void gc_mark_roots(void)
{
    gc_roots_mark_all();
    gc_final_mark_roots();
    if (alloc_tiny_released) {
        gc_mark_object(alloc_tiny_released);
        alloc_tiny_released = 0;
    }
}

void gc_mark_phase(void)
{
    gc.bytes_marked = 0;
    gc_mark_roots();
    gc_drain();
}
