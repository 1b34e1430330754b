/*
 * gc_pacer.c: when to collect (Go's gcControllerState, reduced to a
 * stop-the-world collector) and the settings that steer it.
 *
 * The heap goal after a cycle is
 *     marked + (marked + stacks + globals) * GOGC / 100
 * (Go >= 1.18 counts scannable stacks and globals too), at least the heap
 * minimum (4 MiB x GOGC/100), and with a memory limit set, no more than
 *     limit - (non-heap memory + overage) - 1 MiB of headroom,
 * never below the live heap.  With GOGC=off only the limit triggers.
 * Go starts its concurrent cycle a little before the goal so marking can
 * finish by it; we stop the world, so the trigger is the goal itself:
 * the allocator's slow paths call gc_maybe_collect, which starts a cycle
 * once heap_live (bytes in spans handed out since the last mark plus the
 * marked bytes) reaches it.
 *
 * Environment, read once by rt_gc_init: GOGC (a number or "off"),
 * GOMEMLIMIT (bytes with an optional B/KiB/MiB/GiB/TiB suffix, or "off"),
 * GODEBUG=gctrace=1, GOSUBDEBUG=gcstress=N (a collection every N
 * allocations; 1: at every one).
 */
#include "runtime/gc_heap.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

GcState gc;

#define MAX_INT64 ((int64_t)0x7fffffffffffffffLL)
#define LIMIT_HEADROOM ((uint64_t)1 << 20)

uint64_t gc_nanotime(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

uint64_t gc_cputime(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* The scheduler's Go-shaped throw (goroutine headers after the message);
 * weak so the collector also links alone (unit tests). */
extern _Noreturn void rt_throw(const char *msg) __attribute__((weak));

_Noreturn void rt_gc_throw(const char *msg)
{
    if (rt_throw)
        rt_throw(msg);
    fflush(stdout);
    fprintf(stderr, "fatal error: %s\n", msg);
    fflush(stderr);
    _exit(2);
}

/* Go's atoi32/atoi64: optional '-', decimal digits, no overflow. */
static bool parse_int(const char *s, int64_t *out, int64_t max)
{
    bool neg = false;
    if (*s == '-') {
        neg = true;
        s++;
    }
    if (*s == '\0')
        return false;
    uint64_t n = 0;
    for (; *s; s++) {
        if (*s < '0' || *s > '9')
            return false;
        n = n * 10 + (uint64_t)(*s - '0');
        if (n > (uint64_t)max + (neg ? 1 : 0))
            return false;
    }
    *out = neg ? -(int64_t)n : (int64_t)n;
    return true;
}

bool gc_parse_byte_count(const char *s, int64_t *out)
{
    size_t len = strlen(s);
    if (len == 0)
        return false;
    char last = s[len - 1];
    char buf[64];
    if (len >= sizeof buf)
        return false;
    if (last >= '0' && last <= '9')
        return parse_int(s, out, MAX_INT64) && *out >= 0;
    if (last != 'B' || len < 2)
        return false;
    char c = s[len - 2];
    if (c >= '0' && c <= '9') {
        memcpy(buf, s, len - 1);
        buf[len - 1] = '\0';
        return parse_int(buf, out, MAX_INT64) && *out >= 0;
    }
    if (c != 'i' || len < 4)
        return false;
    int power;
    switch (s[len - 3]) {
    case 'K': power = 1; break;
    case 'M': power = 2; break;
    case 'G': power = 3; break;
    case 'T': power = 4; break;
    default: return false;
    }
    uint64_t m = 1;
    for (int i = 0; i < power; i++)
        m *= 1024;
    memcpy(buf, s, len - 3);
    buf[len - 3] = '\0';
    int64_t n;
    if (!parse_int(buf, &n, MAX_INT64) || n < 0)
        return false;
    if ((uint64_t)n > UINT64_MAX / m)
        return false;
    uint64_t r = (uint64_t)n * m;
    if (r > (uint64_t)MAX_INT64)
        return false;
    *out = (int64_t)r;
    return true;
}

/* The value of key in a comma-separated key=value list (the last setting
 * wins, as in Go's GODEBUG); 0 if absent or not a number. */
static int64_t debug_value(const char *list, const char *key)
{
    int64_t val = 0;
    size_t klen = strlen(key);
    for (const char *p = list; p && *p;) {
        const char *end = strchr(p, ',');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        if (n > klen && strncmp(p, key, klen) == 0 && p[klen] == '=' && n - klen - 1 < 32) {
            char buf[32];
            memcpy(buf, p + klen + 1, n - klen - 1);
            buf[n - klen - 1] = '\0';
            if (!parse_int(buf, &val, MAX_INT64))
                val = 0;
        }
        p = end ? end + 1 : p + n;
    }
    return val;
}

static void set_percent(int64_t in)
{
    if (in < 0)
        in = -1;
    gc.gcpercent = in;
    gc.heap_minimum = in < 0 ? 0 : GC_HEAP_MINIMUM * (uint64_t)in / 100;
}

void rt_gc_init(void)
{
    if (gc.inited)
        return;
    gc.inited = true;
    gc.start_ns = gc_nanotime();
    heap_init();
    const char *p = getenv("GOGC");
    int64_t pct = 100;
    if (p && strcmp(p, "off") == 0)
        pct = -1;
    else if (p && !parse_int(p, &pct, 0x7fffffff))
        pct = 100;
    set_percent(pct);
    gc.memlimit = MAX_INT64;
    p = getenv("GOMEMLIMIT");
    if (p && *p && strcmp(p, "off") != 0) {
        int64_t n;
        if (!gc_parse_byte_count(p, &n)) {
            fprintf(stderr, "GOMEMLIMIT=%s\n", p);
            rt_gc_throw("malformed GOMEMLIMIT; see `go doc runtime/debug.SetMemoryLimit`");
        }
        gc.memlimit = n;
    }
    gc.gctrace = debug_value(getenv("GODEBUG"), "gctrace") > 0;
    int64_t stress = debug_value(getenv("GOSUBDEBUG"), "gcstress");
    gc.gcstress = stress > 0 ? (uint32_t)(stress > 0x7fffffff ? 0x7fffffff : stress) : 0;
    gc.gcstress_left = gc.gcstress;
    gc.incremental = debug_value(getenv("GOSUBDEBUG"), "incgc") > 0;
    gc_pacer_commit();
}

uint64_t gc_pacer_goal(uint64_t heap_marked, uint64_t stack_scan, uint64_t globals_scan,
                       int64_t gcpercent, int64_t memlimit, uint64_t mapped_ready,
                       uint64_t heap_free, uint64_t heap_alloc)
{
    uint64_t goal = UINT64_MAX;
    if (gcpercent >= 0) {
        goal = heap_marked + (heap_marked + stack_scan + globals_scan) * (uint64_t)gcpercent / 100;
        uint64_t minimum = GC_HEAP_MINIMUM * (uint64_t)gcpercent / 100;
        if (goal < minimum)
            goal = minimum;
    }
    /* Go applies the limit goal even at the default limit (math.MaxInt64),
     * which is what NextGC shows with GOGC=off. */
    uint64_t limit = (uint64_t)memlimit;
    uint64_t nonheap = mapped_ready - heap_free - heap_alloc;
    if (heap_free + heap_alloc > mapped_ready)
        nonheap = 0;
    uint64_t overage = mapped_ready > limit ? mapped_ready - limit : 0;
    uint64_t lgoal;
    if (nonheap + overage >= limit) {
        lgoal = heap_marked;
    } else {
        lgoal = limit - (nonheap + overage);
        if (lgoal < LIMIT_HEADROOM || lgoal - LIMIT_HEADROOM < LIMIT_HEADROOM)
            lgoal = LIMIT_HEADROOM;
        else
            lgoal -= LIMIT_HEADROOM;
        if (lgoal < heap_marked)
            lgoal = heap_marked;
    }
    return lgoal < goal ? lgoal : goal;
}

/* Total memory obtained from the OS and not released (Go's mappedReady). */
uint64_t gc_mapped_ready(void)
{
    uint64_t sin, ssys;
    rt_sched_stack_stats(&sin, &ssys);
    return gc_stats.heap_sys - gc_stats.heap_released + gc_stats.span_sys + gc_stats.gc_sys +
           gc_stats.other_sys + ssys;
}

uint64_t gc_heap_alloc_bytes(void)
{
    uint64_t alloc = gc_stats.large_alloc, freed = gc_stats.large_free;
    for (int c = 1; c < GC_NUM_CLASSES; c++) {
        alloc += gc_stats.nmalloc[c] * rt_class_size[c];
        freed += gc_stats.nfree[c] * rt_class_size[c];
    }
    return alloc - freed;
}

void gc_pacer_commit(void)
{
    alloc_flush_stats();
    gc.heap_goal = gc_pacer_goal(gc.heap_marked, gc.stack_scan, gc.globals_scan, gc.gcpercent,
                                 gc.memlimit, gc_mapped_ready(),
                                 gc_stats.heap_sys - gc_stats.heap_inuse - gc_stats.heap_released,
                                 gc_heap_alloc_bytes());
}

/* Go limits the GC's CPU use when the memory limit is what drives
 * collections (gcCPULimiter): a limit below what the program really needs
 * must slow it down, not stall it.  Stop-the-world version, in CPU time
 * (wall time lies on a loaded machine): if the last pause took more than
 * three times the CPU the mutator used since the cycle before, raise the
 * goal by what the mutator allocates (at its last rate) in a third of that
 * pause, so the mutator keeps at least a quarter of the CPU.  (Go's limiter
 * aims at 50% over a window but lets assists through; measured on
 * binarytrees under GOMEMLIMIT, go spent ~75% in GC, and so do we.)  Never beyond what GOGC=100
 * would allow (or GOGC's own goal if higher), so the runway cannot feed
 * on itself. */
void gc_pacer_limit_cpu(uint64_t pause_ns, uint64_t mutator_ns, uint64_t allocated)
{
    gc.limited = false;
    if (gc.memlimit == (int64_t)0x7fffffffffffffffLL || pause_ns <= 3 * mutator_ns)
        return;
    if (mutator_ns == 0)
        mutator_ns = 1;
    double runway = (double)allocated * (double)pause_ns / 3 / (double)mutator_ns;
    if (runway < (double)GC_PAGE_SIZE * 8)
        runway = (double)GC_PAGE_SIZE * 8;
    uint64_t cap = gc.heap_marked + (gc.heap_marked > GC_HEAP_MINIMUM ? gc.heap_marked : GC_HEAP_MINIMUM);
    if (gc.gcpercent >= 0) {
        uint64_t pct = gc_pacer_goal(gc.heap_marked, gc.stack_scan, gc.globals_scan, gc.gcpercent,
                                     0x7fffffffffffffffLL, 0, 0, 0);
        if (pct > cap)
            cap = pct;
    }
    uint64_t floor = runway >= (double)cap ? cap : gc.heap_marked + (uint64_t)runway;
    if (floor > cap)
        floor = cap;
    if (floor > gc.heap_goal) {
        gc.heap_goal = floor;
        gc.limited = true;
    }
}

void gc_maybe_collect(void)
{
    if (gc.in_gc)
        return;
    if (gc.incremental) {
        if (gc.marking)
            gc_incremental_assist();
        else
            gc_incremental_maybe_start();
        return;
    }
    if (gc.heap_live >= gc.heap_goal)
        rt_gc_collect(false);
}

int64_t rt_gc_set_percent(int64_t percent)
{
    if (!gc.inited)
        rt_gc_init();
    int64_t old = gc.gcpercent;
    set_percent(percent);
    gc_pacer_commit();
    /* Go: lowering the goal below the live heap starts a cycle at the next
     * allocation; setting it off waits for a running cycle (none here). */
    return old;
}

int64_t rt_gc_set_memory_limit(int64_t limit)
{
    if (!gc.inited)
        rt_gc_init();
    int64_t old = gc.memlimit;
    if (limit >= 0 && limit != old) {
        gc.memlimit = limit;
        gc_pacer_commit();
    }
    return old;
}

go_int go_runtime_debug_SetGCPercent(go_int percent)
{
    /* Go converts to int32 first. */
    return (go_int)rt_gc_set_percent((int32_t)percent);
}

int64_t go_runtime_debug_SetMemoryLimit(int64_t limit)
{
    return rt_gc_set_memory_limit(limit);
}

uint64_t rt_gc_heap_live(void) { return gc.heap_live; }
uint64_t rt_gc_heap_goal(void) { return gc.heap_goal; }
uint64_t rt_gc_num_gc(void) { return gc.numgc; }
