/*
 * rt_gc.h: the allocator and garbage collector's interface to the rest of
 * the runtime (scheduler, core runtime, fmt, stdlib externs).  Generated C
 * never includes this; it sees only gosub.h section 2.
 *
 * Model (see alloc_heap.c and gc_mark.c for the long story):
 *   - one OS thread runs all Go code, so the allocator takes no locks;
 *   - the heap is one reserved virtual range cut into 8 KiB pages; runs of
 *     pages are spans; small objects (<= 32 KiB) come from spans of one of
 *     Go's 67 size classes, large ones own a span;
 *   - collections stop the world (nothing else runs: we are the only
 *     thread), mark from the roots, then sweep lazily, span by span;
 *     GOSUBDEBUG=incgc=1 (opt-in) marks incrementally instead, between
 *     allocations, with GO_WB greying stored pointers and short pauses at
 *     the start and at mark termination (which rescans stacks and globals).
 *     Generated code has the barrier on every heap pointer store
 *     (codegen/cg_wb.c); runtime C code that stores heap pointers into
 *     existing heap memory must honour rt_gc_marking too (GO_WB,
 *     rt_wb_slow, rt_typedmemmove), as gosub.h section 2 says.
 *
 * Roots:
 *   - globals: registered with rt_gc_register_roots, scanned precisely;
 *   - goroutine stacks and saved registers: scanned conservatively through
 *     rt_sched_scan_stacks (the scheduler's, see below);
 *   - runtime C data held outside the GC heap (malloc'd tables that point
 *     into the heap) must be registered with rt_gc_add_root_range, or its
 *     objects kept reachable from a registered root some other way.
 * Under ASan, ASAN_OPTIONS=detect_stack_use_after_return=1 moves locals to
 * a heap-allocated fake stack the collector cannot see: leave it off (the
 * default with gcc).
 */
#ifndef RT_GC_H
#define RT_GC_H

#include "runtime/gosub.h"

/* ---- from the scheduler (rt_sched.h / sched_*.c) ----
 *
 * Scheduler engineer: please define this with exactly this name.  It must
 * call scan(lo, hi, arg) for the live part of every goroutine stack: the
 * running one from its current sp (after spilling the callee-saved
 * registers onto it, e.g. with __builtin_unwind_init() or setjmp into a
 * local jmp_buf), parked ones from their saved sp to the stack top (the
 * saved-register area included), plus any other memory that must be scanned
 * conservatively (the g0/system stack if Go code or the runtime holds heap
 * pointers there).  [lo, hi) are word-aligned addresses, lo <= hi.
 *
 * gc_roots.c has a weak default that scans only the current C (main
 * thread) stack, so the GC works before goroutines exist; the strong
 * definition in sched_*.c replaces it at link time.
 */
void rt_sched_scan_stacks(void (*scan)(void *lo, void *hi, void *arg), void *arg);

/* Optional, also from the scheduler (weak default reports 0, 0): bytes of
 * goroutine stacks in use and obtained from the OS, for MemStats.StackInuse
 * / StackSys and gctrace's "MB stacks". */
void rt_sched_stack_stats(uint64_t *inuse, uint64_t *sys);

/* ---- setup ---- */

/* Reads GOGC, GOMEMLIMIT, GODEBUG (gctrace=1), GOSUBDEBUG (gcstress=1: a
 * collection at every allocation, gcstress=N: every N allocations, neither
 * while GOGC is off; incgc=1: incremental marking) and reserves the heap.
 * Called once by rt_main before anything allocates; idempotent, and
 * rt_alloc calls it itself if nobody did (unit tests). */
void rt_gc_init(void);

/* Globals that may hold pointers: each root is scanned precisely using its
 * type's gcmask.  The array must live for the rest of the program (codegen
 * emits it as a static table); may be called several times. */
void rt_gc_register_roots(const GoRoot *roots, int n);

/* Extra conservative roots outside the heap and the stacks (runtime tables
 * in malloc'd or static memory).  [lo, hi) is scanned word by word at every
 * collection until removed.  Returns a handle for rt_gc_remove_root_range. */
int rt_gc_add_root_range(void *lo, void *hi);
void rt_gc_remove_root_range(int handle);

/* ---- collections ---- */

/* A full collection.  forced=true is runtime.GC(): it also sweeps every
 * span before returning (as Go's runtime.GC does), so finalizers of objects
 * found dead are queued when it returns, and counts as a forced GC. */
void rt_gc_collect(bool forced);

/* Called at the start of every cycle, before marking, in registration order
 * (sync.Pool registers its poolCleanup here: primary -> victim). */
void rt_gc_register_pool_cleanup(void (*fn)(void));

/* Go's size-class rounding of an allocation request (runtime.roundupsize):
 * what append's growth uses to pick capacities. */
uintptr_t rt_roundupsize(uintptr_t size);

/* The start of the heap object containing p, and its size class size (or
 * span bytes for large objects); NULL if p does not point into a live heap
 * object. */
void *rt_gc_find_object(const void *p, uintptr_t *size);

/* ---- finalizers ----
 *
 * runtime.SetFinalizer records (object, func value, types).  When a
 * collection finds the object unreachable it is kept alive one more cycle,
 * and the call is queued.  Queued calls run when someone calls
 * rt_gc_run_finalizers: the scheduler's finalizer goroutine once
 * goroutines exist (wake it from the hook below), else the runtime at safe
 * points (rt_gc_collect(true) returning does not run them: Go runs them on
 * another goroutine, later).
 */
/* Register a finalizer: fn is the func value (GoFunc *), fntype its func
 * type (in[0] is the parameter type: a pointer, unsafe.Pointer or
 * interface{}), obj a pointer to the start of a heap object of type
 * objtype (a pointer type; its elem is the object's type).  fn == NULL
 * removes the finalizer. Panics/throws with Go's messages on misuse. */
void rt_gc_set_finalizer(void *obj, const GoType *objtype, GoFunc *fn, const GoType *fntype);
/* Runs every queued finalizer (each batch newest first, as Go); returns
 * how many ran. */
int rt_gc_run_finalizers(void);
/* Number of finalizers queued and not yet run. */
int rt_gc_finalizers_pending(void);
/* Called (if set) whenever a collection queues new finalizers, so the
 * scheduler can ready its finalizer goroutine. */
void rt_gc_set_finalizer_wakeup(void (*wake)(void));

/* ---- pacing (runtime/debug) ---- */

/* debug.SetGCPercent: returns the previous value; < 0 means off. */
int64_t rt_gc_set_percent(int64_t percent);
/* debug.SetMemoryLimit: returns the previous limit; a negative argument
 * only queries.  Default math.MaxInt64. */
int64_t rt_gc_set_memory_limit(int64_t limit);
/* debug.FreeOSMemory: a forced collection, then every free page returned
 * to the OS. */
void rt_gc_free_os_memory(void);

/* ---- statistics ---- */

/* Exactly Go 1.19's runtime.MemStats on amd64/arm64, so that the Go
 * declaration in stdlib/runtime can be filled in place. */
typedef struct GoMemStatsBySize {
    uint32_t Size;
    uint64_t Mallocs;
    uint64_t Frees;
} GoMemStatsBySize;

typedef struct GoMemStats {
    uint64_t Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees;
    uint64_t HeapAlloc, HeapSys, HeapIdle, HeapInuse, HeapReleased, HeapObjects;
    uint64_t StackInuse, StackSys;
    uint64_t MSpanInuse, MSpanSys, MCacheInuse, MCacheSys;
    uint64_t BuckHashSys, GCSys, OtherSys;
    uint64_t NextGC, LastGC, PauseTotalNs;
    uint64_t PauseNs[256];
    uint64_t PauseEnd[256];
    uint32_t NumGC, NumForcedGC;
    double GCCPUFraction;
    bool EnableGC, DebugGC;
    GoMemStatsBySize BySize[61];
} GoMemStats;

void rt_gc_read_memstats(GoMemStats *m);

/* Cheap counters for the runtime itself (no sweep, no stop). */
uint64_t rt_gc_num_gc(void);
uint64_t rt_gc_heap_live(void);      /* bytes in spans in use, as the pacer sees them */
uint64_t rt_gc_heap_goal(void);

/* ---- stdlib externs (//extern names in stdlib/runtime and
 * stdlib/runtime/debug; the plain C signature follows gosub.h's
 * convention) ----
 *   package runtime:
 *     func GC()                                   //extern go_runtime_GC
 *     func ReadMemStats(m *MemStats)              //extern go_runtime_ReadMemStats
 *     func SetFinalizer(obj any, finalizer any)   //extern go_runtime_SetFinalizer
 *     func KeepAlive(x any)                       //extern go_runtime_KeepAlive
 *   package runtime/debug:
 *     func SetGCPercent(percent int) int          //extern go_runtime_debug_SetGCPercent
 *     func SetMemoryLimit(limit int64) int64      //extern go_runtime_debug_SetMemoryLimit
 *     func FreeOSMemory()                         //extern go_runtime_debug_FreeOSMemory
 *     func readGCStats(pauses *[]time.Duration)   //extern go_runtime_debug_readGCStats
 *       (Go's own debug.ReadGCStats is written on top of it: pause lengths
 *       most recent first, their end times, then LastGC, NumGC, PauseTotal)
 */
void go_runtime_GC(void);
void go_runtime_ReadMemStats(GoMemStats *m);
void go_runtime_SetFinalizer(GoEface obj, GoEface finalizer);
void go_runtime_KeepAlive(GoEface x);
go_int go_runtime_debug_SetGCPercent(go_int percent);
int64_t go_runtime_debug_SetMemoryLimit(int64_t limit);
void go_runtime_debug_FreeOSMemory(void);
void go_runtime_debug_readGCStats(GoSlice *pauses);

/* ---- fatal errors ----
 * Heap corruption, out of memory and finalizer misuse: prints Go's
 * "fatal error: MSG" to stderr and exits with status 2. */
_Noreturn void rt_gc_throw(const char *msg);

#endif
