/*
 * gc_cycle.c: one garbage collection, start to end, and what reports it.
 *
 * A cycle (rt_gc_collect), by default with the world stopped throughout
 * since we are the only thread running Go code (the incremental variant,
 * GOSUBDEBUG=incgc=1, is described further down):
 *   1. sweep termination: finish sweeping the previous cycle's spans (the
 *      marker needs every mark bit clear and every alloc bit current),
 *      return the cached spans to the central lists, run the sync.Pool
 *      cleanups;
 *   2. mark (gc_mark.c) from globals, stacks, extra ranges and finalizer
 *      records;
 *   3. mark termination: the marked bytes become the live heap, the pacer
 *      sets the next goal, every span becomes unswept (gc_sweep.c sweeps
 *      them lazily), free memory above the retained target goes back to
 *      the OS, statistics and the gctrace line.
 * runtime.GC() also finishes the sweep before returning, as Go does, so
 * that everything found dead is freed and its finalizers queued.
 *
 * gctrace prints Go 1.19's line; the phases map to Go's as: sweep
 * termination = step 1, concurrent mark = step 2 (stop-the-world: the
 * "mark" clock and the dedicated cpu figure are the whole mark;
 * incremental: the clock spans the mark, the cpu is the assists'), mark
 * termination = step 3; idle mark time is 0, and P is 1.
 */
#include "runtime/gc_heap.h"

#include <stdio.h>
#include <time.h>
#include <unistd.h>

/* Go's itoaDiv: val / 10^dec printed with dec decimals, written
 * backwards ending just before end; returns the start. */
char *gc_itoa_div(char *end, uint64_t val, int dec)
{
    char *p = end - 1;
    *p = '\0';
    char *last = p - 1, *dot = last - dec;
    p = last;
    while (val >= 10 || p >= dot) {
        *p-- = (char)('0' + val % 10);
        if (p == dot)
            *p-- = '.';
        val /= 10;
    }
    *p = (char)('0' + val);
    return p;
}

/* Go's fmtNSAsMS: two significant digits, at most three decimals. */
char *gc_fmt_ms(char *end, uint64_t ns)
{
    if (ns >= 10000000)
        return gc_itoa_div(end, ns / 1000000, 0);
    uint64_t x = ns / 1000;
    if (x == 0) {
        end[-2] = '0';
        end[-1] = '\0';
        return end - 2;
    }
    int dec = 3;
    while (x >= 100) {
        x /= 10;
        dec--;
    }
    return gc_itoa_div(end, x, dec);
}

/* t*: wall clock at the phase boundaries; c*: this process's CPU time at
 * the same points (the "ms cpu" figures; one P, so one thread's worth). */
static void print_trace(const uint64_t t[4], const uint64_t c[4], uint64_t assist_cpu,
                        uint64_t mark_cpu, uint64_t heap0,
                        uint64_t heap1, uint64_t heap2, uint64_t goal, bool forced)
{
    char b[8][32];
    double frac = 0;
    uint64_t t0 = t[0], t1 = t[1], t2 = t[2], t3 = t[3];
    uint64_t elapsed = t3 - gc.start_ns;
    if (elapsed > 0)
        frac = (double)gc.total_gc_ns / (double)elapsed;
    int util = (int)(frac * 100);
    char line[512];
    int n = snprintf(line, sizeof line,
                     "gc %llu @%ss %d%%: %s+%s+%s ms clock, %s+%s/%s/%s+%s ms cpu, "
                     "%llu->%llu->%llu MB, %llu MB goal, %llu MB stacks, %llu MB globals, 1 P%s\n",
                     (unsigned long long)gc.numgc,
                     gc_itoa_div(b[0] + 32, (t0 - gc.start_ns) / 1000000, 3), util,
                     gc_fmt_ms(b[1] + 32, t1 - t0), gc_fmt_ms(b[2] + 32, t2 - t1),
                     gc_fmt_ms(b[3] + 32, t3 - t2), gc_fmt_ms(b[4] + 32, c[1] - c[0]), gc_fmt_ms(b[5] + 32, assist_cpu),
                     gc_fmt_ms(b[6] + 32, mark_cpu), "0", gc_fmt_ms(b[7] + 32, c[3] - c[2]),
                     (unsigned long long)(heap0 >> 20), (unsigned long long)(heap1 >> 20),
                     (unsigned long long)(heap2 >> 20), (unsigned long long)(goal >> 20),
                     (unsigned long long)(gc.max_stack_scan >> 20),
                     (unsigned long long)(gc.globals_scan >> 20), forced ? " (forced)" : "");
    fflush(stdout);
    if (n > 0 && write(2, line, (size_t)n) < 0)
        return;
}

static uint64_t unix_nanos(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* How much backed memory to keep after a cycle: Go's scavenger keeps 10%
 * over the heap goal, and under a memory limit at most 95% of it. */
static uint64_t retain_target(void)
{
    uint64_t retain = gc.heap_goal == UINT64_MAX ? UINT64_MAX : gc.heap_goal + gc.heap_goal / 10;
    if (gc.memlimit != (int64_t)0x7fffffffffffffffLL) {
        uint64_t nonheap = gc_mapped_ready() - (gc_stats.heap_sys - gc_stats.heap_released);
        uint64_t lim = (uint64_t)gc.memlimit / 100 * 95;
        uint64_t allowed = lim > nonheap ? lim - nonheap : 0;
        if (allowed < retain)
            retain = allowed;
    }
    return retain;
}

/* Step 1 of a cycle: sweep termination. */
static void cycle_begin(uint64_t *t0, uint64_t *c0, uint64_t *heap0)
{
    *t0 = gc_nanotime();
    *c0 = gc_cputime();
    gc_sweep_finish();
    alloc_release_cache();
    gc_pool_cleanup_all();
    *heap0 = gc.heap_live;
    gc.bytes_marked = 0;
}

/* Step 3: mark termination, statistics, trace.  t/c hold the wall and CPU
 * stamps of the cycle's start, mark start and mark end; stw is the
 * world-stopped time before mark termination (all of it for a
 * stop-the-world cycle, the start for an incremental one). */
static void cycle_end(bool forced, uint64_t t[4], uint64_t c[4], uint64_t heap0, uint64_t stw,
                      uint64_t assist_cpu, uint64_t mark_cpu)
{
    uint64_t heap1 = gc.heap_live;
    /* bytes the mutator allocated since the last cycle (for the limiter) */
    uint64_t allocated = heap0 > gc.heap_marked ? heap0 - gc.heap_marked : 0;
    gc.heap_marked = gc.bytes_marked;
    gc.heap_live = gc.bytes_marked;
    gc_sweep_prepare();
    mprof_next_cycle();
    uint64_t goal_used = gc.heap_goal;   /* Go's lastHeapGoal: the goal this cycle ran against */
    uint64_t mutator = c[0] - gc.last_end_cpu;
    gc_pacer_commit();
    gc_pacer_limit_cpu(gc_cputime() - c[2] + (c[1] - c[0]) + mark_cpu, mutator, allocated);
    heap_scavenge(retain_target());
    gc_mark_stack_free();
    t[3] = gc_nanotime();
    c[3] = gc_cputime();

    uint64_t pause = stw + (t[3] - t[2]);
    gc.last_end_cpu = c[3];
    gc.pause_ns[gc.numgc % 256] = pause;
    gc.last_gc_unix = unix_nanos();
    gc.pause_end[gc.numgc % 256] = gc.last_gc_unix;
    gc.pause_total += pause;
    gc.total_gc_ns += (c[1] - c[0]) + assist_cpu + mark_cpu + (c[3] - c[2]);
    gc.numgc++;
    if (forced)
        gc.numforced++;
    if (gc.gctrace)
        print_trace(t, c, assist_cpu, mark_cpu, heap0, heap1, gc.heap_marked,
                    goal_used == UINT64_MAX ? gc.heap_goal : goal_used, forced);
    gc.in_gc = false;
    if (forced) {
        uint64_t s0 = gc_cputime();
        gc_sweep_finish();
        mprof_post_sweep();
        gc.total_gc_ns += gc_cputime() - s0;
    }
    gc_final_after_cycle();
}

void rt_gc_collect(bool forced)
{
    if (!gc.inited)
        rt_gc_init();
    if (gc.in_gc)
        return;
    if (gc.marking) {
        /* runtime.GC() during an incremental cycle finishes it, then runs
         * a whole cycle of its own, as Go's does */
        gc_incremental_finish();
        if (!forced)
            return;
    }
    gc.in_gc = true;
    uint64_t t[4], c[4], heap0;
    cycle_begin(&t[0], &c[0], &heap0);
    t[1] = gc_nanotime();
    c[1] = gc_cputime();

    gc_mark_phase();

    t[2] = gc_nanotime();
    c[2] = gc_cputime();
    cycle_end(forced, t, c, heap0, t[2] - t[0], 0, c[2] - c[1]);
}

/* ---- incremental cycles (opt-in: GOSUBDEBUG=incgc=1) ----
 *
 * The cycle starts before the heap reaches its goal (at 70% of the way
 * from the last marked size), greys the roots and returns to the program
 * with rt_gc_marking set: GO_WB then greys every pointer stored into the
 * heap (codegen emits it on every generated heap pointer store,
 * codegen/cg_wb.c; the runtime's C stores call it too), and objects
 * allocated meanwhile are born black (generated code greys what it
 * initialises them with, GO_WB_INIT).  Each allocation
 * slow path does an assist: scan work in proportion to the bytes allocated
 * (the estimated work over the remaining runway).  When the grey set runs
 * out, or the heap reaches the goal, mark termination rescans the roots
 * that have no barrier (stacks, globals, registered ranges, finalizers),
 * drains, and ends the cycle as the stop-the-world one does.  The pauses
 * are the start (sweep termination + root greying) and the termination
 * (rescan + remaining drain).  Still opt-in: the golden suite passes
 * under INCGC=1 and INCGC=1 GCSTRESS=1 (tests/golden.sh), and on a 1 GiB
 * heap it costs the CPU of stop-the-world marking with pauses of tens of
 * milliseconds instead of seconds (bench/GC_RESULTS.md), but cycles start
 * earlier (more of them: binarytrees ~13% more CPU) and the default's
 * users (unit tests, NumGC-counting programs) have not been reviewed. */

static uint64_t inc_t[4], inc_c[4];

static void incremental_start(void)
{
    gc.in_gc = true;
    cycle_begin(&inc_t[0], &inc_c[0], &gc.inc_heap0);
    gc_mark_roots();
    gc.marking = true;
    rt_gc_marking = 1;
    gc.inc_assist_cpu = 0;
    gc.inc_goal = gc.heap_goal;
    uint64_t runway = gc.heap_goal > gc.heap_live ? gc.heap_goal - gc.heap_live : 0;
    if (runway < ((uint64_t)1 << 20))
        runway = (uint64_t)1 << 20;
    uint64_t work = gc.heap_marked + gc.globals_scan + gc.stack_scan;
    if (work < ((uint64_t)1 << 20))
        work = (uint64_t)1 << 20;
    gc.assist_ratio = (double)work / (double)runway;
    gc.inc_live_seen = gc.heap_live;
    inc_t[1] = gc_nanotime();
    inc_c[1] = gc_cputime();
    gc.in_gc = false;
}

void gc_incremental_finish(void)
{
    if (!gc.marking)
        return;
    gc.in_gc = true;
    inc_t[2] = gc_nanotime();
    inc_c[2] = gc_cputime();
    /* Spans cached during the mark hold this cycle's mark bits: they must
     * be swept with the others, or the stale bits would make the next
     * mark take their objects for already scanned. */
    alloc_release_cache();
    gc_mark_roots();
    gc_drain();
    rt_gc_marking = 0;
    gc.marking = false;
    cycle_end(false, inc_t, inc_c, gc.inc_heap0, inc_t[1] - inc_t[0], gc.inc_assist_cpu, 0);
}

void gc_incremental_assist(void)
{
    uint64_t c0 = gc_cputime();
    uint64_t delta = gc.heap_live > gc.inc_live_seen ? gc.heap_live - gc.inc_live_seen : 0;
    gc.inc_live_seen = gc.heap_live;
    bool empty = gc_drain_budget((int64_t)((double)delta * gc.assist_ratio) + (64 << 10));
    gc.inc_assist_cpu += gc_cputime() - c0;
    if (empty || gc.heap_live >= gc.inc_goal)
        gc_incremental_finish();
}

/* gcstress under incgc: every stress point is one step of an incremental
 * cycle.  A step scans only STRESS_STEP bytes' worth of grey objects, so
 * the program keeps running (and storing) with a partly scanned heap for
 * many allocations: exactly the state in which a heap pointer store that
 * skips the write barrier loses a reachable object. */
#define STRESS_STEP 1024

void gc_incremental_stress(void)
{
    if (!gc.marking) {
        incremental_start();
        (void)gc_drain_budget(STRESS_STEP);
        return;
    }
    if (gc_drain_budget(STRESS_STEP))
        gc_incremental_finish();
}

void gc_incremental_maybe_start(void)
{
    if (gc.heap_goal == UINT64_MAX)
        return;
    uint64_t trigger = gc.heap_marked + (gc.heap_goal - gc.heap_marked) / 10 * 7;
    if (gc.heap_live >= trigger)
        incremental_start();
}

/* The scheduler's current stack limit (gosub.h); weak so the collector
 * links without the scheduler (unit tests). */
extern volatile uintptr_t rt_stackguard __attribute__((weak));

/* Zero the dead stack just below the caller, where the collector's own
 * frames are about to live: a slot they leave unwritten would otherwise
 * still hold an address from some earlier, returned call, and the
 * conservative stack scan would keep that object (and its finalizer)
 * alive for no reason the Go program can see.  8 KiB covers the
 * collector's call depth; on a goroutine stack the clearing stops at the
 * goroutine's stack guard. */
static __attribute__((noinline)) void clear_dead_stack(void)
{
#if defined(__x86_64__)
    char *sp;
    __asm__ volatile("mov %%rsp, %0" : "=r"(sp));
    uintptr_t lo = (uintptr_t)sp - 8192;
    if (&rt_stackguard != NULL) {
        uintptr_t guard = rt_stackguard;
        if (guard == UINTPTR_MAX)
            return;                 /* a preemption request hides the limit */
        if (guard > lo)
            lo = guard;             /* never into the red zone or guard page */
    }
    if (lo >= (uintptr_t)sp)
        return;
    char *p = (char *)lo;
    size_t n = ((uintptr_t)sp - lo) / 8;
    __asm__ volatile("rep stosq" : "+D"(p), "+c"(n) : "a"(0) : "memory");
#else
    volatile char buf[4096];
    memset((char *)buf, 0, sizeof buf);
    __asm__ volatile("" : : "r"(buf) : "memory");
#endif
}

/* runtime.GC() from a frame codegen did not describe: the caller's frames
 * are scanned conservatively, but not the collector's own frames under
 * this one (gc_roots.c's scan floor): __builtin_unwind_init makes the
 * prologue save every callee-saved register, i.e. the caller's values,
 * into this frame, which lies above the floor. */
/* Go's runtime.GC() yields while it sweeps (a Gosched per span), so the
 * finalizers the sweep queued and other runnable goroutines run before it
 * returns: `runtime.GC()` alone, without a Sleep, lets a finalizer run.
 * The scheduler's rt_gosched (weak: the collector links without it). */
void rt_gosched(void) __attribute__((weak));
static void gc_yield(void)
{
    if (rt_gosched)
        rt_gosched();
}

__attribute__((noinline)) void go_runtime_GC(void)
{
    __builtin_unwind_init();
    gc_roots_set_floor(rt_getsp());
    clear_dead_stack();
    rt_gc_collect(true);
    gc_roots_set_floor(0);
    gc_yield();
}

/* runtime.GC() from a statement codegen described (GO_GC_PRECISE, with the
 * callee-saved registers already cleared).  The caller's frame runs from
 * our CFA (its sp at the call) up to the registers its prologue pushed
 * right under its frame pointer (the clobbers in GO_GC_PRECISE make it
 * push all of rbx, r12-r15: 40 bytes).  Anything that does not look like
 * such a frame falls back to the conservative scan of everything.
 * fr->outer chains the records of the callers that called through chain
 * calls (GO_GC_CHAIN); gc_roots.c checks each link against the
 * frame-pointer chain before trusting it.  The stack below the CFA holds
 * only the collector's frames (the caller's registers were cleared): the
 * scan floor is the CFA. */
const GoGcFrame *rt_gc_outer;

/* cfa: the caller's sp at the call (the CFA of the entry point below, so
 * that it is exactly where the described frame ends). */
static __attribute__((noinline)) void precise_collect(const GoGcFrame *fr, uintptr_t cfa, bool release)
{
    rt_gc_outer = NULL;
#if defined(__x86_64__)
    uintptr_t fp = (uintptr_t)fr->fp;
    if (fp >= cfa + 40 && fp - cfa < ((uintptr_t)64 << 20) && fr->n >= 0)
        gc_roots_set_precise(fr, cfa, fp - 40);
    gc_roots_set_floor(cfa);
#else
    (void)cfa;
#endif
    clear_dead_stack();
    if (release)
        rt_gc_free_os_memory();
    else
        rt_gc_collect(true);
    gc_roots_set_precise(NULL, 0, 0);
    gc_roots_set_floor(0);
}

__attribute__((noinline)) void rt_gc_precise(const GoGcFrame *fr)
{
    precise_collect(fr, (uintptr_t)__builtin_frame_address(0) + 16, false);
    gc_yield();
}

/* debug.FreeOSMemory() from a described frame. */
__attribute__((noinline)) void rt_gc_precise_free(const GoGcFrame *fr)
{
    precise_collect(fr, (uintptr_t)__builtin_frame_address(0) + 16, true);
    gc_yield();
}

void rt_gc_free_os_memory(void)
{
    rt_gc_collect(true);
    heap_scavenge(0);
}

__attribute__((noinline)) void go_runtime_debug_FreeOSMemory(void)
{
    __builtin_unwind_init();
    gc_roots_set_floor(rt_getsp());
    clear_dead_stack();
    rt_gc_free_os_memory();
    gc_roots_set_floor(0);
    gc_yield();
}

void *rt_gc_find_object(const void *p, uintptr_t *size)
{
    if (!gc.inited)
        return NULL;
    GcSpan *s = span_of((uintptr_t)p);
    if (s == NULL)
        return NULL;
    if (s->state == SPAN_LARGE) {
        if (size)
            *size = s->npages << GC_PAGE_SHIFT;
        return (void *)s->base;
    }
    uint32_t idx = span_obj_index(s, (uintptr_t)p);
    if (idx >= s->nelems || (idx >= s->free_index && !bit_get(s->alloc_bits, idx)))
        return NULL;
    if (size)
        *size = s->elemsize;
    return (void *)(s->base + (uintptr_t)idx * s->elemsize);
}

__attribute__((noinline)) void go_runtime_KeepAlive(GoEface x)
{
    /* The call itself is the point: x stays in a register or on the stack
     * (both scanned) until here. */
    __asm__ volatile("" : : "r"(x.type), "r"(x.data) : "memory");
}
