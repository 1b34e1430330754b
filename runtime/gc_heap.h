/*
 * gc_heap.h: data structures shared by the allocator and collector files
 * (alloc_*.c, gc_*.c, sizeclasses.c).  Not for other runtime areas: they
 * use rt_gc.h.
 *
 * The heap in one picture:
 *
 *   gc_arena_lo                                           gc_arena_hi   reserved end
 *   |  page | page | page | ...                                 |  (PROT_NONE)  |
 *      \________ span ________/ \__ span __/ \_ free span _/
 *
 *   gc_pagemap[(addr - lo) >> 13]  -> the GcSpan owning that page (every
 *                                     page of an in-use span; only the first
 *                                     and last page of a free span)
 *   gc_heapbits[(addr - lo) >> 3]   one bit per heap word: "may hold a
 *                                     pointer", written at allocation for
 *                                     objects in small scan spans only
 *   gc_released[(addr - lo) >> 13]  1 if the page is not backed (fresh
 *                                     from the OS or madvise'd away), so
 *                                     it reads as zero and costs no RSS
 *
 * A span is in exactly one state: FREE (in the page allocator's lists),
 * SMALL (objects of one size class, either cached for allocation or in its
 * class's central list) or LARGE (one object).  A small span has two
 * bitmaps of nelems bits: alloc_bits ("allocated at the last sweep") and
 * mark_bits ("reached by the current/last mark").  Object i is allocated iff
 * i < free_index or alloc_bits[i]; sweeping turns mark_bits into the new
 * alloc_bits and clears the other for the next mark.
 *
 * Single-threaded: everything here is touched by the one OS thread running
 * Go code, so there are no locks and no atomics.
 */
#ifndef GC_HEAP_H
#define GC_HEAP_H

#include "runtime/rt_gc.h"

#define GC_PAGE_SHIFT 13
#define GC_PAGE_SIZE ((uintptr_t)1 << GC_PAGE_SHIFT)
#define GC_NUM_CLASSES 68
#define GC_NUM_SPANCLASSES (GC_NUM_CLASSES * 2)
#define GC_MAX_SMALL 32768
#define GC_SMALL_SIZE_MAX 1024
#define GC_TINY_SIZE 16
#define GC_MAX_NELEMS 1024          /* 8192 / 8: class 1 */
#define GC_ARENA_RESERVE ((uintptr_t)64 << 30)
#define GC_HEAP_MINIMUM ((uint64_t)4 << 20)

/* ---- size classes (sizeclasses.c) ---- */
extern const uint16_t rt_class_size[GC_NUM_CLASSES];
extern const uint8_t rt_class_npages[GC_NUM_CLASSES];
extern const uint32_t rt_class_divmagic[GC_NUM_CLASSES];
extern const uint8_t rt_size_to_class8[GC_SMALL_SIZE_MAX / 8 + 1];
extern const uint8_t rt_size_to_class128[(GC_MAX_SMALL - GC_SMALL_SIZE_MAX) / 128 + 1];

/* The size class of a small request (1 <= size <= GC_MAX_SMALL). */
static inline unsigned rt_size_class(uintptr_t size)
{
    if (size <= GC_SMALL_SIZE_MAX - 8)
        return rt_size_to_class8[(size + 7) >> 3];
    return rt_size_to_class128[(size - GC_SMALL_SIZE_MAX + 127) >> 7];
}

/* ---- spans ---- */
enum { SPAN_DEAD = 0, SPAN_FREE, SPAN_SMALL, SPAN_LARGE };
/* Where a span sits (GcSpan.where): which list owns it right now. */
enum { IN_NONE = 0, IN_CACHE, IN_PARTIAL, IN_FULL, IN_UNSWEPT, IN_LARGE, IN_LARGE_UNSWEPT, IN_FREELIST };

typedef struct GcFinalizer GcFinalizer;

typedef struct GcSpan {
    /* first cache line: what marking and the allocation fast path read */
    uintptr_t base;           /* first byte */
    uintptr_t npages;
    uint8_t *mark_bits;
    uint8_t *alloc_bits;
    uint64_t alloc_cache;     /* ~alloc_bits from free_index: bit k set = object free_index+k free */
    uint32_t free_index;      /* objects below are allocated; search for free ones from here */
    uint32_t nelems;
    uint32_t elemsize;
    uint32_t divmagic;
    uint32_t alloc_count;     /* allocated objects (as of last sweep + since) */
    uint8_t spanclass;        /* sizeclass << 1 | noscan */
    uint8_t state;            /* SPAN_* */
    uint8_t needzero;         /* objects may hold old data: zero on allocation */
    uint8_t where;            /* IN_* */
    /* colder */
    const GoType *uniform;    /* scan spans: the one type allocated here so far, or UNSET / MIXED */
    uint32_t alloc_count_cached; /* alloc_count when the span entered the cache (stats) */
    uint8_t swept;            /* 1 once swept after the last mark */
    struct GcSpan *next, *prev;
    GcFinalizer *finalizers;  /* objects of this span with a finalizer */
    struct MSpecial *profiled; /* objects of this span the heap profile sampled (mprof.c) */
    /* large spans: the layout of the one object, for precise scanning */
    const GoType *large_type; /* element type, NULL for noscan */
    uintptr_t large_size;     /* requested bytes (a whole number of elements of large_type) */
    uint8_t bucket;           /* size of the bitmaps below: 8 << bucket bytes each */
    uint8_t bits[];           /* alloc and mark bitmaps, 2 x (8 << bucket) bytes */
} GcSpan;

#define SPAN_TYPE_UNSET ((const GoType *)0)
#define SPAN_TYPE_MIXED ((const GoType *)1)

static inline bool span_noscan(const GcSpan *s) { return s->spanclass & 1; }
static inline unsigned span_sizeclass(const GcSpan *s) { return s->spanclass >> 1; }
static inline uintptr_t span_limit(const GcSpan *s) { return s->base + (s->npages << GC_PAGE_SHIFT); }

static inline bool bit_get(const uint8_t *b, uint32_t i) { return (b[i >> 3] >> (i & 7)) & 1; }
static inline void bit_set(uint8_t *b, uint32_t i) { b[i >> 3] |= (uint8_t)(1u << (i & 7)); }

/* ---- the heap (alloc_heap.c) ---- */
extern uintptr_t gc_arena_lo, gc_arena_hi;   /* [lo, hi): pages handed out so far */
extern GcSpan **gc_pagemap;
extern uint64_t *gc_heapbits;
extern uint8_t *gc_released;

typedef struct GcHeapStats {
    uint64_t heap_sys;        /* bytes of arena obtained (HeapSys) */
    uint64_t heap_inuse;      /* bytes in SMALL and LARGE spans */
    uint64_t heap_released;   /* free bytes not backed by memory */
    uint64_t span_inuse, span_sys; /* GcSpan structs */
    uint64_t gc_sys;          /* page map, heap bits, mark stack */
    uint64_t other_sys;       /* finalizer records and tables */
    /* object counts, flushed from the cache (see alloc_flush_stats) */
    uint64_t nmalloc[GC_NUM_CLASSES], nfree[GC_NUM_CLASSES];
    uint64_t large_alloc, large_alloc_count, large_free, large_free_count;
    uint64_t tiny_allocs;
} GcHeapStats;
extern GcHeapStats gc_stats;

void heap_init(void);
/* A span of npages pages whose struct has room for bitmaps of nelems bits;
 * the caller sets the state and maps it (heap_map_span).  *needzero tells
 * whether any page may hold old data.  Never NULL (out of memory throws). */
GcSpan *heap_alloc_span(uintptr_t npages, uint32_t nelems, bool *needzero);
void heap_free_span(GcSpan *s);
/* Point every page of s at s in the page map. */
void heap_map_span(GcSpan *s);
/* Give free pages back to the OS until at most `retain` bytes of the heap
 * are backed; returns the bytes released. */
uint64_t heap_scavenge(uint64_t retain);
GcSpan *span_struct_alloc(uint32_t nelems);
void span_struct_free(GcSpan *s);

/* The span owning address p, or NULL if p is not inside an in-use span. */
static inline GcSpan *span_of(uintptr_t p)
{
    if (p < gc_arena_lo || p >= gc_arena_hi)
        return NULL;
    GcSpan *s = gc_pagemap[(p - gc_arena_lo) >> GC_PAGE_SHIFT];
    if (s == NULL || s->state < SPAN_SMALL || p < s->base || p >= span_limit(s))
        return NULL;
    return s;
}

/* Index of the object containing p in small span s. */
static inline uint32_t span_obj_index(const GcSpan *s, uintptr_t p)
{
    return (uint32_t)(((uint64_t)(p - s->base) * s->divmagic) >> 32);
}

/* ---- allocation (alloc_malloc.c) ---- */
typedef struct GcCache {
    GcSpan *alloc[GC_NUM_SPANCLASSES];  /* current span per span class, or NULL */
    uintptr_t tiny;                     /* current tiny block, 0 if none */
    uintptr_t tiny_offset;
} GcCache;
extern GcCache gc_cache;

/* Central lists per span class (swept spans with free objects, swept full
 * spans, unswept spans) and of large objects. */
typedef struct GcList { GcSpan *head; uintptr_t n; } GcList;
extern GcList gc_partial[GC_NUM_SPANCLASSES], gc_full[GC_NUM_SPANCLASSES],
    gc_unswept[GC_NUM_SPANCLASSES];
extern GcList gc_large, gc_large_unswept;

void list_push(GcList *l, GcSpan *s, uint8_t where);
void list_remove(GcList *l, GcSpan *s);

/* Return every cached span to its central list (before a collection). */
void alloc_release_cache(void);
/* The tiny block the cache held when it was last released: the next
 * mark greys it (as Go's gcMarkTinyAllocs), so what was packed into it
 * lives through that cycle.  0: none. */
extern uintptr_t alloc_tiny_released;
/* Count the objects allocated from cached spans into gc_stats. */
void alloc_flush_stats(void);
/* Initialise span s as a small span of span class spc. */
void span_init_small(GcSpan *s, unsigned spc);
/* Rebuild alloc_cache from alloc_bits at free_index. */
void span_refill_cache(GcSpan *s);

/* ---- collector (gc_*.c) ---- */
typedef struct GcState {
    bool inited;
    int64_t gcpercent;        /* < 0: off */
    int64_t memlimit;
    bool gctrace;
    uint32_t gcstress, gcstress_left; /* collect every gcstress allocations (0: off) */
    bool incremental;         /* GOSUBDEBUG=incgc=1: mark between allocations */
    bool marking;             /* an incremental mark is in progress */
    uint64_t inc_t0, inc_c0, inc_t1, inc_c1, inc_heap0, inc_goal, inc_assist_cpu;
    uint64_t inc_live_seen;   /* heap_live at the last assist */
    double assist_ratio;      /* bytes to scan per byte allocated */
    bool in_gc;               /* a collection is running: no nested one */
    uint64_t heap_live;       /* bytes in spans handed to the cache + large objects */
    uint64_t heap_marked;     /* bytes marked by the last mark */
    uint64_t heap_goal;       /* trigger: collect when heap_live reaches it */
    uint64_t heap_minimum;
    uint64_t globals_scan;    /* bytes of registered globals */
    uint64_t stack_scan;      /* bytes of stack scanned by the last mark */
    uint64_t max_stack_scan;
    uint64_t numgc, numforced;
    uint64_t last_gc_unix, pause_total;
    uint64_t pause_ns[256], pause_end[256];
    uint64_t total_gc_ns;     /* CPU time of all GC work, for GCCPUFraction */
    uint64_t start_ns;        /* monotonic time at init */
    unsigned sweep_cursor;    /* next span class the background sweep looks at */
    uintptr_t unswept_spans;  /* spans still to sweep this cycle */
    uint64_t bytes_marked;    /* running count during mark */
    uint64_t last_end_cpu;    /* process CPU time when the last cycle ended */
    bool limited;             /* the last goal was raised by the CPU limiter */
} GcState;
extern GcState gc;

uint64_t gc_nanotime(void);
uint64_t gc_cputime(void);   /* this process's CPU time, ns */
/* Compute the next heap goal from heap_marked, GOGC and the memory limit. */
void gc_pacer_commit(void);
/* Under a memory limit, keep GC from taking more than half the time. */
void gc_pacer_limit_cpu(uint64_t pause_ns, uint64_t mutator_ns, uint64_t allocated);
/* The heap goal for the given inputs (exposed for the unit test). */
uint64_t gc_pacer_goal(uint64_t heap_marked, uint64_t stack_scan, uint64_t globals_scan,
                       int64_t gcpercent, int64_t memlimit, uint64_t mapped_ready,
                       uint64_t heap_free, uint64_t heap_alloc);
/* Go's mappedReady (memory obtained and not released) and HeapAlloc. */
uint64_t gc_mapped_ready(void);
uint64_t gc_heap_alloc_bytes(void);
/* Called from the allocation slow paths: start a collection if due. */
void gc_maybe_collect(void);
/* Parse a GOMEMLIMIT value as Go does; false if malformed. */
bool gc_parse_byte_count(const char *s, int64_t *out);

/* gctrace number formats (Go's itoaDiv and fmtNSAsMS): write backwards so
 * the text ends just before end; return its start. */
char *gc_itoa_div(char *end, uint64_t val, int dec);
char *gc_fmt_ms(char *end, uint64_t ns);

/* mark (gc_mark.c) */
void gc_mark_phase(void);
void gc_mark_roots(void);
bool gc_drain_budget(int64_t budget);
void gc_mark_new(uintptr_t obj);
/* Incremental cycles (GOSUBDEBUG=incgc=1, gc_cycle.c): assist from the
 * allocation slow paths; finish the cycle in progress, if any. */
void gc_incremental_assist(void);
void gc_incremental_finish(void);
void gc_incremental_maybe_start(void);
/* GOSUBDEBUG=incgc=1,gcstress=N: one small step of an incremental cycle
 * (start one, or scan a little and end it when nothing grey is left). */
void gc_incremental_stress(void);
void gc_mark_object(uintptr_t p);       /* grey p's object if p points into one */
void gc_scan_object_fields(uintptr_t obj); /* grey what obj points to, without marking obj */
void gc_drain(void);
void gc_scan_conservative(void *lo, void *hi, void *arg);
/* Grey the pointers of a value of type t at addr (precise). */
void gc_scan_typed(void *addr, const GoType *t);
void gc_mark_stack_free(void);

/* sweep (gc_sweep.c) */
/* Sweep one small span; returns true if it was freed to the heap. */
bool gc_sweep_span(GcSpan *s);
bool gc_sweep_large(GcSpan *s);
/* Sweep until at least npages pages went back to the heap or nothing is
 * left to sweep; returns pages freed. */
uintptr_t gc_sweep_reclaim(uintptr_t npages);
void gc_sweep_finish(void);
/* After mark: every swept list becomes unswept. */
void gc_sweep_prepare(void);

/* roots (gc_roots.c) */
void gc_roots_mark_all(void);
/* rt_gc_precise: skip [lo, hi) of the running stack, scan fr's variables (NULL: off). */
void gc_roots_set_precise(const GoGcFrame *fr, uintptr_t lo, uintptr_t hi);
/* The running stack is scanned from floor up (0: from the scanner's sp). */
void gc_roots_set_floor(uintptr_t floor);

/* finalizers and pools (gc_final.c) */
struct GcFinalizer {
    GcFinalizer *next;        /* in its span's list */
    uintptr_t obj;
    GoFunc *fn;
    const GoType *fntype;     /* func(T) */
    const GoType *objtype;    /* *E */
};
void gc_final_mark_roots(void);
/* From the sweeper: obj in span s is dead and has finalizer f: queue it
 * (and keep obj marked for one more cycle). */
void gc_final_queue(GcSpan *s, GcFinalizer *f);
void gc_pool_cleanup_all(void);
void gc_final_after_cycle(void);

/* heap profile (mprof.c) */
/* runtime.MemProfileRate (the Go variable; 0: no sampling). */
extern int64_t runtime_MemProfileRate;
/* The allocator's hook while MemProfileRate != 0 (mprof.h): the
 * allocator counts mprof_next_sample down itself and calls mprof_malloc
 * when an object reaches it (or the rate is 1 or negative). */
extern uintptr_t mprof_next_sample;
void mprof_malloc(void *obj, uintptr_t size);
/* From the sweeper, before the mark bits become the alloc bits: count the
 * sampled objects of s found dead as freed. */
void mprof_sweep(GcSpan *s);
void mprof_next_cycle(void);
void mprof_post_sweep(void);

#endif
