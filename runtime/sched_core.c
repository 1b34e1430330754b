/*
 * sched_core.c: goroutines and the scheduler.
 *
 * The model is Go's with GOMAXPROCS=1: one OS thread runs every goroutine,
 * and a goroutine runs until it blocks (parks), yields, or is preempted at a
 * GO_POLL.  Learned from Go's runtime/proc.go; our own code.
 *
 * Stacks.  Each goroutine owns one mapping, reserved large with
 * MAP_NORESERVE (the kernel commits pages as they are touched) and laid
 * out, from low to high addresses:
 *
 *     [ guard 64 KiB | red zone 256 KiB | usable stack ... | G struct ]
 *       ^stack_map     ^stack_lo          rt_stackguard      ^stack_hi
 *
 * Mappings are carved from chunks of RT_CHUNK_STACKS stacks so that 100,000
 * goroutines do not need 100,000 kernel VMAs (Linux allows 65,530 by
 * default).  The guard becomes PROT_NONE only for the first RT_MAX_GUARDED
 * stacks (each guard splits a VMA); overflow is otherwise caught in
 * software: GO_POLL compares the stack pointer with rt_stackguard, which
 * sits a red zone above stack_lo, exactly as Go's prologues compare SP with
 * g.stackguard0.  The same compare is the preemption request: the monitor
 * thread stores UINTPTR_MAX into rt_stackguard and every GO_POLL then takes
 * the slow path, rt_preempt, which tells the two cases apart.
 * A goroutine that returns leaves its mapping in a free list (the G struct
 * with it); if it used more than the top RT_SOFT_GUARD bytes, the rest is
 * madvise'd so that its pages go back to the OS.  Each collection trims
 * the free list to RT_STACK_CACHE stacks, returning the others whole (a
 * burst of 100,000 goroutines does not pin 400 MB for ever).  "Used more" is learned
 * the way Go learns it needs a bigger stack: a goroutine starts with its
 * guard RT_SOFT_GUARD below the top; the first GO_POLL below it lands in
 * rt_preempt, which notes went_deep and moves the guard to the real limit.
 *
 * Sizes are a trade-off that we measured: the main goroutine reserves 1 GiB
 * (Go's limit, where deep recursion usually happens), the others 8 MiB.
 * Spacing stacks further apart makes every switch to a parked goroutine
 * walk page tables that share nothing with its neighbours': measured with
 * perf on a ring of 10,000 goroutines, the time goes to the first load
 * from the next goroutine's stack (its sudog, its G), i.e. TLB misses;
 * user time is 0.05 s up to 8 MiB spacing and 0.5-0.8 s from 10 MiB to
 * 1 GiB (same page faults, same RSS: neither mmap, madvise nor the GC
 * changes).  Walks stay cheap while the page-table entries of stacks that
 * run one after another share cache lines, which a 1 GiB spacing rules
 * out.  For the same reason the tops are "coloured" (RT_COLOR).
 *
 * Growth.  A goroutine other than main that reaches the limit of its
 * 8 MiB stack moves to a 1 GiB reservation of its own (stack_grow), as
 * Go's copystack moves a goroutine to a stack twice as large: the used
 * part is copied to the top of the new mapping (G struct included) and
 * every word of the copy that holds an address inside the old used range
 * is relocated -- conservatively, since C frames carry no pointer maps;
 * glibc's mangled jmp_buf words are recognised and relocated too.  This
 * is sound because nothing outside a goroutine's own stack points into it
 * while it runs (escape analysis puts anything shared on the heap; the
 * runtime's references -- wait queues, sudogs -- exist only while it is
 * parked), except the few the mover fixes by hand (the allg links,
 * rt_curg, heap-allocated defer records).  The copy runs on a small
 * scratch stack, entered and left with rt_ctx_switch like a goroutine.
 * The old 8 MiB slot goes back to the pool, its pages to the OS; the big
 * mapping is unmapped when the goroutine ends.  x86-64 and arm64 grow
 * (glibc's jmp_buf pointer mangling is known for both; tests/arm64.sh runs
 * the arm64 side under qemu); elsewhere the 8 MiB limit stays a "stack
 * overflow".
 *
 * Switching.  Switches go directly from one goroutine to the next
 * (rt_ctx_switch in ctx_*.S saves the callee-saved registers on the old
 * stack).  The scheduling decision (schedule()) runs on the stack of the
 * goroutine that gives up the CPU; that includes running due timers and,
 * when nothing is runnable, sleeping until the next timer or reporting the
 * deadlock.  A dying goroutine cannot free its own stack, so it leaves
 * itself in `dead_pending` and the next goroutine to run caches it.
 * The OS thread's own stack (rt_g0) runs rt_sched_main before the main
 * goroutine starts and after it returns.
 *
 * Run queues follow proc.go so that output interleaving matches Go's:
 *   - runnext: a goroutine made ready (rt_ready) or just created (rt_go)
 *     runs next; the one it displaces goes to the local queue's tail;
 *   - a local FIFO of 256 slots; overflow moves half of it to the global
 *     queue;
 *   - the global FIFO receives yields (Gosched) and preempted goroutines;
 *     every 61st schedule looks there first so it cannot starve.
 *
 * Invariants: rt_curg is the running G (rt_g0 outside goroutines); a G is
 * in at most one run queue and only when RT_G_RUNNABLE; live G's (not idle,
 * not dead) are on the allg list in creation order.
 */
#include "runtime/rt_sched.h"
#include "runtime/rt_gc.h"
#include "runtime/rt_core.h"

#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define RT_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define RT_ASAN 1
#endif
#endif
#ifdef RT_ASAN
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
/* ASan's use-after-return detection moves address-taken locals into "fake
 * stacks" that the conservative stack scan cannot see: keep it off, or the
 * collector would free objects only such a local still references. */
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "detect_stack_use_after_return=0"; }
#endif

/* ---- sizes ---- */
#define RT_GUARD ((uintptr_t)64 << 10)
#define RT_REDZONE ((uintptr_t)256 << 10)
#ifndef RT_STACK_RESERVE
#define RT_STACK_RESERVE ((uintptr_t)8 << 20)      /* ordinary goroutines: see above */
#endif
#define RT_MAIN_STACK_RESERVE ((uintptr_t)1 << 30) /* main: Go's 1 GB limit */
#ifndef RT_CHUNK_STACKS
#define RT_CHUNK_STACKS 64
#endif
#define RT_MAX_GUARDED 8192
#define RT_STACK_KEEP ((uintptr_t)16 << 10) /* top bytes never madvise'd */
#define RT_STACK_CACHE 1024 /* cached stacks kept warm across collections */
#define RT_SOFT_GUARD ((uintptr_t)64 << 10) /* first guard, below the top */
#define RT_GSIZE ((sizeof(G) + 63) & ~(uintptr_t)63)
#define RT_BIG_STACK_RESERVE ((uintptr_t)1 << 30) /* a grown goroutine's stack */
#define RT_MOVER_STACK ((uintptr_t)64 << 10)      /* scratch stack of stack_grow */
#if (defined(__x86_64__) || defined(__aarch64__)) && defined(__GLIBC__)
#define RT_CAN_GROW 1
#endif
/* Stack colouring: the i-th stack's top is moved down by a page and a
 * cache line per step (16 steps), so that the tops of neighbouring stacks,
 * which are a power of two apart, do not all land in the same TLB and
 * cache sets.  Measured on the ring benchmark: about 2x fewer cycles. */
#define RT_COLOR(i) (((uintptr_t)(i) % 16) * (4096 + 64))
#define RT_LOCALQ 256
#define RT_PREEMPT_NS 10000000 /* Go's forcePreemptNS: 10ms */

void rt_ctx_switch(void **save_sp, void *new_sp);
void rt_ctx_start(void);

/* Builds, below the 16-aligned address top, the frame rt_ctx_switch pops
 * so that switching to the returned sp calls fn(arg) through rt_ctx_start
 * (the register slots are ctx_*.S's). */
static void *ctx_new_frame(uintptr_t top, void (*fn)(void *), void *arg) {
#if defined(__x86_64__)
    /* r15 r14 r13 r12 rbx rbp ret; rsp after `ret` must be 16-aligned */
    uintptr_t *sp = (uintptr_t *)(top - 56);
    sp[0] = 0; sp[1] = 0;
    sp[2] = (uintptr_t)fn;  /* r13 */
    sp[3] = (uintptr_t)arg; /* r12 */
    sp[4] = 0; sp[5] = 0;
    sp[6] = (uintptr_t)rt_ctx_start;
#elif defined(__aarch64__)
    /* x19 .. x28, fp, lr, d8 .. d15 */
    uintptr_t *sp = (uintptr_t *)(top - 160);
    memset(sp, 0, 160);
    sp[0] = (uintptr_t)arg; /* x19 */
    sp[1] = (uintptr_t)fn;  /* x20 */
    sp[11] = (uintptr_t)rt_ctx_start; /* x30 */
#else
#error "gosub's scheduler supports x86-64 and arm64"
#endif
    return sp;
}

const char *const rt_wait_reason_str[RT_WAIT_COUNT] = {
    [RT_WAIT_NONE] = "",
    [RT_WAIT_CHAN_RECV] = "chan receive",
    [RT_WAIT_CHAN_SEND] = "chan send",
    [RT_WAIT_CHAN_RECV_NIL] = "chan receive (nil chan)",
    [RT_WAIT_CHAN_SEND_NIL] = "chan send (nil chan)",
    [RT_WAIT_SELECT] = "select",
    [RT_WAIT_SELECT_NO_CASES] = "select (no cases)",
    [RT_WAIT_SLEEP] = "sleep",
    [RT_WAIT_SEMACQUIRE] = "semacquire",
    [RT_WAIT_COND] = "sync.Cond.Wait",
    [RT_WAIT_FINALIZER] = "finalizer wait",
    [RT_WAIT_PANIC] = "panicwait",
    [RT_WAIT_SYSCALL] = "syscall",
};

G rt_g0 = {.goid = 0, .status = RT_G_RUNNING, .system = true};
G *rt_curg = &rt_g0;
volatile uintptr_t rt_stackguard = 0;
volatile int rt_preempt_flag = 0;
GoSlice rt_os_args;

/* The scheduler's state: one P's worth, shaped so that a lock and more
 * P's can be added without changing the callers. */
static struct {
    bool inited;
    G *runnext;
    G *localq[RT_LOCALQ];
    uint32_t lhead, ltail;       /* localq[lhead % N] .. localq[(ltail-1) % N] */
    G *ghead, *gtail;            /* global queue */
    int64_t gsize;
    uint32_t schedtick;
    int in_schedule;             /* > 0: running timers inside schedule() */

    G *allhead, *alltail;        /* live goroutines in creation order */
    int64_t nuser;               /* live user goroutines (NumGoroutine) */
    int64_t next_goid;

    G *gfree;                    /* cached goroutines with their stacks */
    int64_t nfree;
    G *dead_pending;             /* died; cached by whoever runs next */
    char *chunk;                 /* stack chunk being carved */
    int chunk_left;
    int64_t nstacks;             /* ordinary stacks ever mapped */

    G *main_g;
    bool main_goexit;            /* main called runtime.Goexit */
    bool main_done;

    void *os_stack_hi;           /* top of the OS thread's stack (g0) */
    G *switch_from;              /* ASan: the G we are switching away from */

    _Atomic uint64_t switches;   /* for the monitor: progress counter */
    _Atomic int64_t nrunnable;   /* for the monitor: queued goroutines */
    bool monitor_started;
    int64_t gomaxprocs;
} sched;

/* Counters written by the scheduler thread only and read by the monitor:
 * a relaxed load and store, not a locked read-modify-write. */
static inline void counter_add(_Atomic int64_t *c, int64_t d) {
    atomic_store_explicit(c, atomic_load_explicit(c, memory_order_relaxed) + d, memory_order_relaxed);
}
static inline void counter_add_u(_Atomic uint64_t *c, uint64_t d) {
    atomic_store_explicit(c, atomic_load_explicit(c, memory_order_relaxed) + d, memory_order_relaxed);
}

/* Next timer deadline (time.c keeps it; -1 when no timer). */
extern _Atomic int64_t rt_timer_next;

static void sched_init(void);

/* ---------------- small helpers ---------------- */

int64_t rt_nanotime(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

uint32_t rt_fastrand(void) {
    /* wyrand, seeded from the core runtime's random source */
    static uint64_t state;
    if (state == 0) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        state = ((uint64_t)ts.tv_nsec << 32 ^ (uint64_t)ts.tv_sec ^ (uint64_t)(uintptr_t)&ts) | 1;
    }
    state += 0xa0761d6478bd642full;
    __uint128_t m = (__uint128_t)state * (state ^ 0xe7037ed1a0b428dbull);
    return (uint32_t)((uint64_t)(m >> 64) ^ (uint64_t)m);
}

int64_t rt_goid(void) { return rt_curg->goid; }

/* debug.SetMaxStack: the largest stack a goroutine may use (Go's default
 * 1000000000 bytes); the effective limit is also bounded by the mapping. */
static int64_t max_stack = 1000000000;

/* The real limit: GO_POLL below it is a stack overflow. */
static uintptr_t g_stacklimit(const G *g) {
    uintptr_t lim = (uintptr_t)g->stack_lo + RT_REDZONE;
    uintptr_t hi = (uintptr_t)g->stack_hi;
    if ((uint64_t)max_stack < hi - lim) lim = hi - (uintptr_t)max_stack;
    return lim;
}

int64_t go_runtime_debug_SetMaxStack(int64_t bytes) {
    int64_t old = max_stack;
    max_stack = bytes > 0 ? bytes : 0;
    return old;
}

/* What rt_stackguard holds while g runs (0 on the OS thread). */
static uintptr_t g_stackguard(const G *g) {
    if (g == &rt_g0) return 0;
    return g->stackguard;
}

static void flush_output(void) {
    if (rt_flush_output) rt_flush_output();
    fflush(stdout);
}

/* ---------------- stacks ---------------- */

static void *map_reserve(uintptr_t size) {
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) {
        fprintf(stderr, "runtime: cannot reserve %zu bytes of stack: %s\n", (size_t)size,
                strerror(errno));
        rt_throw("out of memory (stack)");
    }
    return p;
}

/* Places a G at the top of [map, map+size) and fills its stack fields. */
static G *g_at(char *map, uintptr_t size, bool guard, uintptr_t color) {
    G *g = (G *)(map + size - RT_GSIZE - color);
    memset(g, 0, sizeof *g);
    g->stack_map = map;
    g->stack_map_size = size;
    g->stack_lo = map + RT_GUARD;
    g->stack_hi = (void *)g;
    if (guard && mprotect(map, RT_GUARD, PROT_NONE) == 0) g->guarded = true;
    g->asan_bottom = g->stack_lo;
    g->asan_size = (size_t)((char *)g->stack_hi - (char *)g->stack_lo);
    return g;
}

static G *stack_new(void) {
    if (sched.chunk_left == 0) {
        sched.chunk = map_reserve(RT_STACK_RESERVE * RT_CHUNK_STACKS);
        sched.chunk_left = RT_CHUNK_STACKS;
    }
    char *map = sched.chunk;
    sched.chunk += RT_STACK_RESERVE;
    sched.chunk_left--;
    sched.nstacks++;
    return g_at(map, RT_STACK_RESERVE, sched.nstacks <= RT_MAX_GUARDED, RT_COLOR(sched.nstacks));
}

/* A G with a clean stack: from the free list or newly mapped. */
/* Stacks returned to the OS entirely (G struct page included) by
 * trim_stack_cache; reused before new ones are mapped. */
typedef struct BareStack {
    char *map;
    uintptr_t color;
    bool guarded;
} BareStack;
static BareStack *bare;
static size_t nbare, capbare;

/* At the start of every collection (Go frees cached stacks at GC too):
 * keep RT_STACK_CACHE warm stacks, give the others' pages back. */
static void trim_stack_cache(void) {
    while (sched.nfree > RT_STACK_CACHE) {
        G *g = sched.gfree;
        sched.gfree = g->schedlink;
        sched.nfree--;
        if (nbare == capbare) {
            size_t ncap = capbare ? capbare * 2 : 256;
            BareStack *nb = realloc(bare, ncap * sizeof *nb);
            if (!nb) { /* keep it cached instead */
                g->schedlink = sched.gfree;
                sched.gfree = g;
                sched.nfree++;
                return;
            }
            bare = nb;
            capbare = ncap;
        }
        char *map = g->stack_map;
        BareStack b = {map, (uintptr_t)(map + g->stack_map_size - RT_GSIZE) - (uintptr_t)g, g->guarded};
        bare[nbare++] = b;
        madvise(map + RT_GUARD, g->stack_map_size - RT_GUARD, MADV_DONTNEED);
    }
}

static G *g_alloc(void) {
    G *g = sched.gfree;
    if (!g && nbare > 0) {
        BareStack b = bare[--nbare];
        g = g_at(b.map, RT_STACK_RESERVE, false, b.color);
        g->guarded = b.guarded;
        return g;
    }
    if (g) {
        sched.gfree = g->schedlink;
        sched.nfree--;
        G keep = *g;
        memset(g, 0, sizeof *g);
        g->stack_map = keep.stack_map;
        g->stack_map_size = keep.stack_map_size;
        g->stack_lo = keep.stack_lo;
        g->stack_hi = keep.stack_hi;
        g->guarded = keep.guarded;
        g->asan_bottom = keep.asan_bottom;
        g->asan_size = keep.asan_size;
        g->sleep_timer = NULL;
        return g;
    }
    return stack_new();
}

/* Caches a dead goroutine's stack.  Runs on another stack. */
static void g_free(G *g) {
    g->status = RT_G_IDLE;
    g->entry_arg = NULL;
    g->defer_chain = g->panic_chain = NULL;
    if (g->stack_map_size != RT_STACK_RESERVE) {
        /* a grown stack: unmapped (main's own stack is kept) */
        if (g != sched.main_g) {
#ifdef RT_ASAN
            __asan_unpoison_memory_region(g->stack_lo, (size_t)((char *)g->stack_hi - (char *)g->stack_lo));
#endif
            munmap(g->stack_map, g->stack_map_size);
        }
        return;
    }
#ifdef RT_ASAN
    /* frames abandoned by the final switch stay poisoned: clean the part
     * of the stack the goroutine used before another one reuses it */
    {
        uintptr_t used = g->went_deep ? (uintptr_t)g->stack_hi - (uintptr_t)g->stack_lo : RT_SOFT_GUARD;
        __asan_unpoison_memory_region((char *)g->stack_hi - used, used);
    }
#endif
    if (g->went_deep) {
        char *lo = (char *)g->stack_lo;
        char *hi = (char *)g->stack_hi - RT_STACK_KEEP;
        madvise(lo, (size_t)(hi - lo), MADV_DONTNEED);
    }
    g->schedlink = sched.gfree;
    sched.gfree = g;
    sched.nfree++;
}

/* ---------------- growing a stack (see the top comment) ---------------- */

#ifdef RT_CAN_GROW
static char *mover_stack;  /* RT_MOVER_STACK bytes, mapped on first use */
static G *move_old;        /* the goroutine being moved (its old G) */
static char *move_map;     /* its new mapping */

/* glibc mangles the stack (and, on x86-64, frame) pointers it saves in a
 * jmp_buf.  x86-64: xor with the thread's pointer guard (TCB offset 0x30),
 * then a rotation left by 17 bits.  arm64: xor with a process-wide guard
 * that glibc keeps private; we learn it from a jmp_buf of our own, whose
 * saved sp (word 13) is this function's sp xor the guard (arm64 code never
 * moves sp between the prologue and a call), and check it on the saved
 * return address (word 11), which must then point into this function. */
#if defined(__x86_64__)
static uintptr_t ptr_guard(void) {
    uintptr_t v;
    __asm__ volatile("movq %%fs:0x30, %0" : "=r"(v));
    return v;
}
static inline uintptr_t mangle(uintptr_t x, uintptr_t guard) {
    x ^= guard;
    return (x << 17) | (x >> 47);
}
static inline uintptr_t demangle(uintptr_t x, uintptr_t guard) {
    return ((x >> 17) | (x << 47)) ^ guard;
}
static bool ptr_guard_ok(void) { return true; }
#else
static bool guard_known, guard_valid;
static uintptr_t guard_value;
static __attribute__((noinline)) void learn_ptr_guard(void) {
    static jmp_buf jb;
    uintptr_t sp = rt_getsp();
    if (_setjmp(jb) != 0) return;
    const uintptr_t *w = (const uintptr_t *)(void *)jb;
    uintptr_t guard = w[13] ^ sp;
    uintptr_t lr = w[11] ^ guard;
    guard_known = true;
    guard_value = guard;
    guard_valid = lr > (uintptr_t)learn_ptr_guard && lr < (uintptr_t)learn_ptr_guard + 512;
}
static uintptr_t ptr_guard(void) {
    if (!guard_known) learn_ptr_guard();
    return guard_value;
}
static inline uintptr_t mangle(uintptr_t x, uintptr_t guard) { return x ^ guard; }
static inline uintptr_t demangle(uintptr_t x, uintptr_t guard) { return x ^ guard; }
/* Moving a stack whose jmp_bufs we could not relocate would crash later:
 * without a verified guard, overflowing 8 MiB stays a stack overflow. */
static bool ptr_guard_ok(void) {
    ptr_guard();
    return guard_valid;
}
#endif

/* Copies the words [from, from + n) to `to` and relocates, in the copy,
 * every plain or mangled address inside [lo, hi] by delta.  Reads the old
 * stack's ASan redzones, hence no_sanitize. */
__attribute__((no_sanitize_address)) static void copy_relocate(uintptr_t *to, const uintptr_t *from,
                                                                size_t n, uintptr_t lo,
                                                                uintptr_t hi, intptr_t delta) {
    uintptr_t guard = ptr_guard();
    for (size_t i = 0; i < n; i++) {
        uintptr_t w = from[i];
        if (w >= lo && w <= hi) {
            w += (uintptr_t)delta;
        } else {
            uintptr_t d = demangle(w, guard);
            if (d >= lo && d <= hi) w = mangle(d + (uintptr_t)delta, guard);
        }
        to[i] = w;
    }
}

/* Defer records and the wrapper closures codegen builds for `defer f()`
 * live on the heap when the defer is conditional or in a loop, and point
 * to closures and records in the frames: relocate those words (the
 * relocation is idempotent: old and new ranges do not overlap). */
static void relocate_heap_object(void *p, uintptr_t lo, uintptr_t hi, intptr_t delta) {
    uintptr_t size = 0;
    uintptr_t *base = p ? rt_gc_find_object(p, &size) : NULL;
    if (!base) return;
    for (uintptr_t i = 0; i < size / sizeof(uintptr_t); i++)
        if (base[i] >= lo && base[i] <= hi) base[i] += (uintptr_t)delta;
}

/* Runs on the scratch stack: moves move_old to move_map and resumes it
 * there.  Never returns. */
static _Noreturn void stack_move_main(void *arg) {
    (void)arg;
#ifdef RT_ASAN
    __sanitizer_finish_switch_fiber(NULL, NULL, NULL);
#endif
    G *old = move_old;
    char *map = move_map;
    uintptr_t lo = (uintptr_t)old->sp;           /* saved by rt_ctx_switch */
    uintptr_t hi = (uintptr_t)old + RT_GSIZE;    /* end of the old G */
    G *g = (G *)(map + RT_BIG_STACK_RESERVE - RT_GSIZE);
    intptr_t delta = (intptr_t)((uintptr_t)g - (uintptr_t)old);
    /* the x86-64 red zone below sp holds nothing live at a call, but a
     * pointer just below sp is still one into this stack */
    copy_relocate((uintptr_t *)(lo + (uintptr_t)delta), (const uintptr_t *)lo,
                  (size_t)(hi - lo) / sizeof(uintptr_t), lo - 128, hi, delta);

    /* what the copy cannot know: the new stack's geometry ... */
    char *old_map = old->stack_map;
    uintptr_t old_color = (uintptr_t)(old_map + old->stack_map_size - RT_GSIZE) - (uintptr_t)old;
    bool old_guarded = old->guarded;
    g->stack_map = map;
    g->stack_map_size = RT_BIG_STACK_RESERVE;
    g->stack_lo = map + RT_GUARD;
    g->stack_hi = (void *)g;
    g->guarded = mprotect(map, RT_GUARD, PROT_NONE) == 0;
    g->asan_bottom = g->stack_lo;
    g->asan_size = (size_t)((char *)g->stack_hi - (char *)g->stack_lo);
    g->went_deep = true;
    g->stackguard = g_stacklimit(g);
    /* ... the references to G from outside its stack ... */
    if (g->allprev) g->allprev->allnext = g;
    else sched.allhead = g;
    if (g->allnext) g->allnext->allprev = g;
    else sched.alltail = g;
    rt_curg = g;
    rt_stackguard = g->stackguard;
    /* ... and heap-allocated defer records (defer in a loop), whose links
     * may point to records in the old frames */
    for (GoDeferFrame *fr = g->defer_chain; fr; fr = fr->link)
        for (GoDefer *d = fr->defers; d; d = d->link) {
            relocate_heap_object(d, lo - 128, hi, delta);
            relocate_heap_object(d->fn, lo - 128, hi, delta);
        }

    /* the old slot goes back to the pool, its pages to the OS */
#ifdef RT_ASAN
    __asan_unpoison_memory_region(old_map + RT_GUARD, RT_STACK_RESERVE - RT_GUARD);
#endif
    madvise(old_map + RT_GUARD, RT_STACK_RESERVE - RT_GUARD, MADV_DONTNEED);
    if (nbare == capbare) {
        size_t ncap = capbare ? capbare * 2 : 256;
        BareStack *nb = realloc(bare, ncap * sizeof *nb);
        if (nb) {
            bare = nb;
            capbare = ncap;
        }
    }
    if (nbare < capbare) bare[nbare++] = (BareStack){old_map, old_color, old_guarded};

    void *dummy;
#ifdef RT_ASAN
    __sanitizer_start_switch_fiber(NULL, g->asan_bottom, g->asan_size);
#endif
    rt_ctx_switch(&dummy, g->sp);
    __builtin_unreachable();
}

/* Moves the running goroutine g to a 1 GiB stack; returns on the new
 * stack (g's old address is then stale: use rt_curg). */
static __attribute__((noinline)) void stack_grow(G *g) {
    if (!mover_stack) mover_stack = map_reserve(RT_MOVER_STACK);
    move_old = g;
    move_map = map_reserve(RT_BIG_STACK_RESERVE);
    uintptr_t top = ((uintptr_t)mover_stack + RT_MOVER_STACK - 64) & ~(uintptr_t)15;
    void *sp = ctx_new_frame(top, (void (*)(void *))stack_move_main, NULL);
#ifdef RT_ASAN
    __sanitizer_start_switch_fiber(&g->asan_fake_stack, mover_stack, RT_MOVER_STACK);
#endif
    rt_ctx_switch(&g->sp, sp);
#ifdef RT_ASAN
    __sanitizer_finish_switch_fiber(rt_curg->asan_fake_stack, NULL, NULL);
#endif
}

/* May g, below its limit at sp, move to a big stack instead of dying? */
static bool stack_can_grow(const G *g) {
    return g->stack_map_size == RT_STACK_RESERVE && !g->system && g->status == RT_G_RUNNING &&
           sched.in_schedule == 0 && ptr_guard_ok() &&
           (uint64_t)max_stack > (uint64_t)((uintptr_t)g->stack_hi - g_stacklimit(g));
}
#endif

/* ---------------- run queues ---------------- */

static void globq_put(G *g) {
    g->schedlink = NULL;
    if (sched.gtail) sched.gtail->schedlink = g;
    else sched.ghead = g;
    sched.gtail = g;
    sched.gsize++;
}

static G *globq_get1(void) {
    G *g = sched.ghead;
    if (!g) return NULL;
    sched.ghead = g->schedlink;
    if (!sched.ghead) sched.gtail = NULL;
    sched.gsize--;
    g->schedlink = NULL;
    return g;
}

static bool localq_full(void) { return sched.ltail - sched.lhead >= RT_LOCALQ; }

/* Local queue full: move half of it, then g, to the global queue. */
static void localq_put_slow(G *g) {
    for (uint32_t i = 0; i < RT_LOCALQ / 2; i++) globq_put(sched.localq[sched.lhead++ % RT_LOCALQ]);
    globq_put(g);
}

static void runq_put(G *g, bool next) {
    counter_add(&sched.nrunnable, 1);
    if (next) {
        G *old = sched.runnext;
        sched.runnext = g;
        if (!old) return;
        g = old;
    }
    if (localq_full()) localq_put_slow(g);
    else sched.localq[sched.ltail++ % RT_LOCALQ] = g;
}

static G *runq_get(void) {
    G *g = sched.runnext;
    if (g) {
        sched.runnext = NULL;
        return g;
    }
    if (sched.lhead != sched.ltail) return sched.localq[sched.lhead++ % RT_LOCALQ];
    return NULL;
}

/* Takes a batch from the global queue into the local one (Go's
 * globrunqget with one P: everything, at most half the local queue). */
static G *globq_get_batch(void) {
    int64_t n = sched.gsize;
    if (n == 0) return NULL;
    if (n > RT_LOCALQ / 2) n = RT_LOCALQ / 2;
    G *first = globq_get1();
    for (int64_t i = 1; i < n && !localq_full(); i++) sched.localq[sched.ltail++ % RT_LOCALQ] = globq_get1();
    return first;
}

static void run_due_timers(void) {
    if (atomic_load_explicit(&rt_timer_next, memory_order_relaxed) < 0) return;
    int64_t now = rt_nanotime();
    if (now < atomic_load_explicit(&rt_timer_next, memory_order_relaxed)) return;
    sched.in_schedule++;
    rt_timers_run(now);
    sched.in_schedule--;
}

/* The next goroutine to run, or NULL when none is runnable now. */
static G *find_runnable(void) {
    run_due_timers();
    if (atomic_load_explicit(&rt_netpoll_nwait, memory_order_relaxed) > 0) rt_netpoll_check();
    G *g = NULL;
    bool inherit = false;
    if (sched.schedtick % 61 == 0 && sched.gsize > 0) g = globq_get1();
    if (!g) {
        inherit = sched.runnext != NULL;
        g = runq_get();
    }
    if (!g) {
        inherit = false;
        g = globq_get_batch();
    }
    if (g) {
        if (!inherit) __atomic_store_n(&sched.schedtick, sched.schedtick + 1, __ATOMIC_RELAXED);
        counter_add(&sched.nrunnable, -1);
    }
    return g;
}

/* ---------------- switching ---------------- */

/* Runs in the goroutine that just got the CPU, right after the switch. */
static void after_switch(G *self) {
#ifdef RT_ASAN
    const void *bottom;
    size_t size;
    __sanitizer_finish_switch_fiber(self->asan_fake_stack, &bottom, &size);
    G *from = sched.switch_from;
    if (from == &rt_g0) {
        rt_g0.asan_bottom = bottom;
        rt_g0.asan_size = size;
    }
#else
    (void)self;
#endif
    if (sched.dead_pending) {
        G *d = sched.dead_pending;
        sched.dead_pending = NULL;
        g_free(d);
    }
}

/* Gives the CPU from cur (whose status is already set) to next. */
static void switch_to(G *cur, G *next, bool dying) {
    next->status = RT_G_RUNNING;
    rt_curg = next;
    rt_stackguard = g_stackguard(next);
    rt_preempt_flag = 0;
    counter_add_u(&sched.switches, 1);
    sched.switch_from = cur;
    void *dummy;
#ifdef RT_ASAN
    __sanitizer_start_switch_fiber(dying ? NULL : &cur->asan_fake_stack, next->asan_bottom,
                                   next->asan_size);
#endif
    rt_ctx_switch(dying ? &dummy : &cur->sp, next->sp);
    after_switch(cur);
}

static _Noreturn void deadlock(void);
static _Noreturn void throw_impl(const char *msg, bool runtime_stack);

/* Picks the next goroutine and switches to it.  cur has already been put
 * wherever it belongs (a run queue, a wait queue, nowhere when dying). */
static void schedule(G *cur, bool dying) {
    G *next;
    for (;;) {
        next = find_runnable();
        if (next) break;
        int64_t when = atomic_load_explicit(&rt_timer_next, memory_order_relaxed);
        if (rt_netpoll_pending()) {
            /* wait for input, or until the next timer is due */
            int64_t d = when >= 0 ? when - rt_nanotime() : -1;
            rt_netpoll(when >= 0 && d < 0 ? 0 : d);
            continue;
        }
        if (when >= 0) {
            int64_t d = when - rt_nanotime();
            if (d > 0) {
                struct timespec ts = {d / 1000000000, d % 1000000000};
                while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
                }
            }
            continue;
        }
        deadlock();
    }
    if (next == cur) {
        cur->status = RT_G_RUNNING;
        rt_stackguard = g_stackguard(cur);
        return;
    }
    switch_to(cur, next, dying);
}

void rt_park(int32_t reason) {
    G *g = rt_curg;
    if (g == &rt_g0) rt_throw("park on the system stack (no goroutine)");
    /* timer functions run inside schedule(); they must not block */
    if (sched.in_schedule > 0) rt_throw("blocking in a timer function");
    g->status = RT_G_WAITING;
    g->wait_reason = reason;
    g->wait_since = 0;
    schedule(g, false);
}

void rt_ready(G *gp) {
    if (gp->status != RT_G_WAITING) rt_throw("bad g->status in ready");
    gp->status = RT_G_RUNNABLE;
    gp->wait_reason = RT_WAIT_NONE;
    runq_put(gp, true);
}

void rt_gosched(void) {
    G *g = rt_curg;
    if (g == &rt_g0) return;
    g->status = RT_G_RUNNABLE;
    counter_add(&sched.nrunnable, 1);
    globq_put(g);
    schedule(g, false);
}

void rt_goyield(void) {
    G *g = rt_curg;
    if (g == &rt_g0) return;
    g->status = RT_G_RUNNABLE;
    counter_add(&sched.nrunnable, 1);
    if (localq_full()) localq_put_slow(g);
    else sched.localq[sched.ltail++ % RT_LOCALQ] = g;
    schedule(g, false);
}

bool rt_sched_others_can_run(void) {
    return sched.nuser > 1 || atomic_load_explicit(&rt_timer_next, memory_order_relaxed) >= 0 ||
           sched.runnext || sched.lhead != sched.ltail || sched.gsize > 0;
}

/* ---------------- goroutine lifecycle ---------------- */

static void allg_add(G *g) {
    g->allprev = sched.alltail;
    g->allnext = NULL;
    if (sched.alltail) sched.alltail->allnext = g;
    else sched.allhead = g;
    sched.alltail = g;
}

static void allg_remove(G *g) {
    if (g->allprev) g->allprev->allnext = g->allnext;
    else sched.allhead = g->allnext;
    if (g->allnext) g->allnext->allprev = g->allprev;
    else sched.alltail = g->allprev;
    g->allnext = g->allprev = NULL;
}

/* The current goroutine ends. */
static _Noreturn void goexit0(void) {
    G *g = rt_curg;
    g->status = RT_G_DEAD;
    if (!g->system) sched.nuser--;
    allg_remove(g);
    if (g == sched.main_g) {
        /* main called Goexit: others keep running; nobody resumes main */
        sched.main_goexit = true;
        schedule(g, true);
    } else {
        sched.dead_pending = g;
        schedule(g, true);
    }
    __builtin_unreachable();
}

_Noreturn void rt_goexit(void) {
    if (rt_curg == &rt_g0) rt_throw("Goexit on the system stack");
    goexit0();
}

/* First code of every goroutine (called by rt_ctx_start). */
static _Noreturn void g_entry(G *g) {
    after_switch(g);
    g->entry(g->entry_arg);
    if (g == sched.main_g) {
        /* main returned: back to the OS thread, which returns from
         * rt_sched_main; the other goroutines are abandoned (Go exits). */
        sched.main_done = true;
        g->status = RT_G_DEAD;
        allg_remove(g);
        sched.nuser--;
        switch_to(g, &rt_g0, true);
    }
    goexit0();
}

/* Prepares g's stack so that switching to it enters g_entry(g). */
static void g_prepare(G *g, void (*fn)(void *), void *arg) {
    g->entry = fn;
    g->entry_arg = arg;
    g->went_deep = false;
    g->stackguard = (uintptr_t)g->stack_hi - RT_SOFT_GUARD;
    if (g->stackguard < g_stacklimit(g)) g->stackguard = g_stacklimit(g);
    uintptr_t top = ((uintptr_t)g->stack_hi - 16) & ~(uintptr_t)15;
    g->sp = ctx_new_frame(top, (void (*)(void *))g_entry, g);
}

static void monitor_start(void);

static G *newproc(void (*fn)(void *), void *arg, bool system) {
    if (!sched.inited) sched_init();
    G *g = g_alloc();
    g->goid = sched.next_goid++;
    g->system = system;
    g_prepare(g, fn, arg);
    allg_add(g);
    if (!system) sched.nuser++;
    g->status = RT_G_RUNNABLE;
    runq_put(g, true);
    if (!sched.monitor_started) monitor_start();
    return g;
}

void rt_go(void (*fn)(void *arg), void *arg) {
    G *g = newproc(fn, arg, false);
    g->gopc = (uintptr_t)__builtin_return_address(0);
}

_Noreturn void rt_go_nil_func(void) { rt_throw("go of nil func value"); }

G *rt_go_system(void (*fn)(void *arg), void *arg) { return newproc(fn, arg, true); }

/* ---------------- finalizer goroutine ---------------- */

static G *fing;
static bool fing_waiting;

static void fing_main(void *arg) {
    (void)arg;
    for (;;) {
        while (rt_gc_finalizers_pending() > 0) rt_gc_run_finalizers();
        fing_waiting = true;
        rt_park(RT_WAIT_FINALIZER);
    }
}

static void fing_wake(void) {
    if (!fing) {
        fing = rt_go_system(fing_main, NULL);
        /* Go's finalizer goroutine is goroutine 5 (os's init creates it),
         * an id our numbering keeps free */
        fing->goid = 5;
        sched.next_goid--;
        return;
    }
    if (fing_waiting) {
        fing_waiting = false;
        rt_ready(fing);
    }
}

/* ---------------- main goroutine ---------------- */

void rt_sched_main(void (*fn)(void *arg), void *arg) {
    if (!sched.inited) sched_init();
    G *g;
    if (sched.main_g && sched.main_g->status == RT_G_DEAD) {
        g = sched.main_g;
        char *map = g->stack_map;
        g = g_at(map, RT_MAIN_STACK_RESERVE, false, 0);
        g->guarded = true; /* kept from the first mapping */
    } else {
        g = g_at(map_reserve(RT_MAIN_STACK_RESERVE), RT_MAIN_STACK_RESERVE, true, 0);
    }
    g->goid = 1;
    sched.main_g = g;
    sched.main_done = false;
    sched.main_goexit = false;
    g_prepare(g, fn, arg);
    allg_add(g);
    sched.nuser++;
    g->status = RT_G_RUNNABLE;
    rt_g0.status = RT_G_WAITING;
    switch_to(&rt_g0, g, false);
    /* back on the OS thread: main returned */
    rt_g0.status = RT_G_RUNNING;
    rt_curg = &rt_g0;
    rt_stackguard = 0;
}

/* ---------------- preemption ---------------- */

void rt_preempt(void) {
    G *g = rt_curg;
    uintptr_t sp = rt_getsp();
    if (g == &rt_g0) {
        rt_stackguard = 0;
        rt_preempt_flag = 0;
        return;
    }
    if (sp < g->stackguard && g->stackguard != g_stacklimit(g)) {
        /* first time below the soft guard: remember, allow the rest */
        g->went_deep = true;
        g->stackguard = g_stacklimit(g);
    }
#ifdef RT_CAN_GROW
    if (sp < g->stackguard && stack_can_grow(g)) {
        stack_grow(g);
        g = rt_curg; /* moved */
        sp = rt_getsp();
    }
#endif
    if (sp < g->stackguard) {
        char buf[256];
        int n = snprintf(buf, sizeof buf,
                         "runtime: goroutine stack exceeds %lld-byte limit\n"
                         "runtime: sp=%#lx stack=[%#lx, %#lx]\n",
                         (long long)max_stack, (unsigned long)sp, (unsigned long)g->stack_lo,
                         (unsigned long)g->stack_hi);
        flush_output();
        if (write(2, buf, (size_t)n) < 0) _exit(2);
        throw_impl("stack overflow", true);
    }
    rt_stackguard = g_stackguard(g);
    rt_preempt_flag = 0;
    if (g->locks > 0 || sched.in_schedule > 0) return;
    rt_gosched();
}

/* The monitor thread (Go's sysmon, reduced): every 10ms, if the same time
 * slice is still running (schedtick unchanged: a goroutine that runs next
 * after a hand-off inherits its waker's slice, as in Go, so a chain of
 * hand-offs counts as one slice and cannot starve the run queue) and a
 * goroutine waits to run (or a timer is due), ask the running goroutine to
 * yield at its next GO_POLL. */
static void *monitor(void *arg) {
    (void)arg;
    uint32_t last = 0;
    for (;;) {
        struct timespec ts = {0, RT_PREEMPT_NS};
        nanosleep(&ts, NULL);
        uint32_t tick = __atomic_load_n(&sched.schedtick, __ATOMIC_RELAXED);
        if (tick == last) {
            int64_t tn = atomic_load_explicit(&rt_timer_next, memory_order_relaxed);
            bool due = tn >= 0 && rt_nanotime() >= tn;
            if (due || atomic_load_explicit(&sched.nrunnable, memory_order_relaxed) > 0 ||
                atomic_load_explicit(&rt_netpoll_nwait, memory_order_relaxed) > 0) {
                rt_preempt_flag = 1;
                rt_stackguard = UINTPTR_MAX;
            }
        }
        last = tick;
    }
    return NULL;
}

static void monitor_start(void) {
    sched.monitor_started = true;
    pthread_t t;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, 64 << 10);
    /* the monitor must not take signals meant for the Go thread */
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    if (pthread_create(&t, &attr, monitor, NULL) != 0) sched.monitor_started = false;
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    pthread_attr_destroy(&attr);
}

/* ---------------- fatal errors and tracebacks ---------------- */

/* The goroutines of a report: the running one first (when there is one),
 * then the others in creation order, system goroutines left out. */
static void report_goroutines(G *cur) {
    int64_t n = 1;
    for (G *g = sched.allhead; g; g = g->allnext) n++;
    G **gs = malloc((size_t)n * sizeof *gs);
    if (!gs) return;
    int k = 0;
    if (cur && cur != &rt_g0 && cur->status != RT_G_DEAD) gs[k++] = cur;
    for (G *g = sched.allhead; g; g = g->allnext) {
        if (g == cur || g->system) continue;
        gs[k++] = g;
    }
    rt_sched_report(gs, k, cur);
    free(gs);
}

void rt_sched_print_goroutines(void) { report_goroutines(rt_curg); }

static _Noreturn void throw_impl(const char *msg, bool runtime_stack) {
    flush_output();
    fprintf(stderr, "fatal error: %s\n", msg);
    /* Go shows the system stack first when the throw came from it */
    if (runtime_stack) fprintf(stderr, "\nruntime stack:\n");
    rt_sched_print_goroutines();
    fflush(stderr);
    _exit(2);
}

_Noreturn void rt_throw(const char *msg) { throw_impl(msg, false); }

static _Noreturn void deadlock(void) {
    if (sched.main_goexit && sched.nuser == 0) {
        flush_output();
        fprintf(stderr, "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
        fflush(stderr);
        _exit(2);
    }
    flush_output();
    fprintf(stderr, "fatal error: all goroutines are asleep - deadlock!\n");
    report_goroutines(NULL);
    fflush(stderr);
    _exit(2);
}

/* ---------------- signals ---------------- */

/* A fault at addr with stack pointer sp is a stack overflow when either
 * lies below the red zone but not far below the mapping (a frame larger
 * than guard + red zone jumps past the guard page). */
static bool in_stack_fault_zone(G *g, uintptr_t addr, uintptr_t sp) {
    if (g == &rt_g0 || !g->stack_map) return false;
    uintptr_t lo = (uintptr_t)g->stack_map - ((uintptr_t)1 << 20);
    uintptr_t hi = (uintptr_t)g->stack_lo + RT_REDZONE;
    return (addr >= lo && addr < hi) || (sp >= lo && sp < hi);
}

static uintptr_t fault_sp(void *uctx) {
    ucontext_t *uc = uctx;
#if defined(__x86_64__)
    return (uintptr_t)uc->uc_mcontext.gregs[REG_RSP];
#elif defined(__aarch64__)
    return (uintptr_t)uc->uc_mcontext.sp;
#else
    (void)uc;
    return 0;
#endif
}

static void sigsegv_handler(int sig, siginfo_t *si, void *uctx) {
    G *g = rt_curg;
    uintptr_t addr = (uintptr_t)si->si_addr;
    if (in_stack_fault_zone(g, addr, fault_sp(uctx))) {
        char buf[256];
        int n = snprintf(buf, sizeof buf,
                         "runtime: goroutine stack exceeds %lld-byte limit\n"
                         "runtime: sp=%#lx stack=[%#lx, %#lx]\n"
                         "fatal error: stack overflow\n\nruntime stack:\n\ngoroutine %lld [running]:\n",
                         (long long)max_stack, (unsigned long)addr, (unsigned long)g->stack_lo, (unsigned long)g->stack_hi,
                         (long long)g->goid);
        /* the program's buffered output comes first, as Go's (unbuffered)
         * would; we are exiting, so stdio from the handler is acceptable */
        flush_output();
        if (write(2, buf, (size_t)n) < 0) _exit(2);
        _exit(2);
    }
    if (g != &rt_g0 && sig == SIGSEGV && addr < 4096) {
        /* A nil dereference the generated checks did not catch: make the
         * goroutine call rt_panic_nil as if from the faulting instruction. */
        ucontext_t *uc = uctx;
#if defined(__x86_64__)
        uintptr_t sp = ((uintptr_t)uc->uc_mcontext.gregs[REG_RSP] - 128) & ~(uintptr_t)15;
        sp -= 8;
        *(uintptr_t *)sp = (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
        uc->uc_mcontext.gregs[REG_RSP] = (greg_t)sp;
        uc->uc_mcontext.gregs[REG_RIP] = (greg_t)(uintptr_t)rt_panic_nil;
        return;
#elif defined(__aarch64__)
        uc->uc_mcontext.regs[30] = uc->uc_mcontext.pc;
        uc->uc_mcontext.sp = (uc->uc_mcontext.sp - 128) & ~(uint64_t)15;
        uc->uc_mcontext.pc = (uintptr_t)rt_panic_nil;
        return;
#endif
    }
    char buf[160];
    int n = snprintf(buf, sizeof buf, "unexpected fault address 0x%lx\nfatal error: fault\n",
                     (unsigned long)addr);
    flush_output();
    if (write(2, buf, (size_t)n) < 0) _exit(2);
    signal(sig, SIG_DFL);
    _exit(2);
}

static void signals_init(void) {
    static char altstack[64 << 10];
    stack_t ss = {.ss_sp = altstack, .ss_size = sizeof altstack, .ss_flags = 0};
    sigaltstack(&ss, NULL);
#ifndef RT_ASAN
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = sigsegv_handler;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
#else
    (void)sigsegv_handler; /* ASan reports faults itself */
#endif
}

/* ---------------- setup ---------------- */

static int64_t count_cpus(void) {
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0) {
        int n = CPU_COUNT(&set);
        if (n > 0) return n;
    }
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? n : 1;
}
/* The top of the OS thread's stack (the GC scans it while g0 runs). */
static void find_os_stack_hi(void) {
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        void *addr;
        size_t size;
        if (pthread_attr_getstack(&attr, &addr, &size) == 0) sched.os_stack_hi = (char *)addr + size;
        pthread_attr_destroy(&attr);
    }
}


static void sched_init(void) {
    if (sched.inited) return;
    sched.inited = true;
    sched.next_goid = 6; /* 2-5 are Go's system goroutines (5: finalizers) */
    sched.schedtick = 1; /* Go's has counted its own start-up by main.main */
    sched.gomaxprocs = count_cpus();
    const char *env = getenv("GOMAXPROCS");
    if (env && *env) {
        long v = strtol(env, NULL, 10);
        if (v > 0) sched.gomaxprocs = v;
    }
    find_os_stack_hi();
    signals_init();
    rt_gc_set_finalizer_wakeup(fing_wake);
    rt_gc_register_pool_cleanup(trim_stack_cache);
}

/* ---------------- for the GC ---------------- */

static void scan_g(G *g, uintptr_t sp, void (*scan)(void *, void *, void *), void *arg) {
    uintptr_t hi = (uintptr_t)g + RT_GSIZE;
    sp &= ~(uintptr_t)7;
    if (sp < hi) scan((void *)sp, (void *)hi, arg);
}

__attribute__((noinline)) void rt_sched_scan_stacks(void (*scan)(void *lo, void *hi, void *arg),
                                                    void *arg) {
    /* spill the callee-saved registers into this frame, which lies above
     * the current sp and is therefore scanned with the running stack */
    __builtin_unwind_init();
    uintptr_t sp = rt_getsp();
    G *cur = rt_curg;
    if (cur == &rt_g0) {
        if (!sched.os_stack_hi) find_os_stack_hi(); /* a collection before the scheduler started (C tests) */
        if (sched.os_stack_hi && sp < (uintptr_t)sched.os_stack_hi)
            scan((void *)(sp & ~(uintptr_t)7), sched.os_stack_hi, arg);
    } else {
        scan_g(cur, sp, scan, arg);
        /* the OS thread waits in rt_sched_main: its frames may hold pointers */
        if (sched.os_stack_hi && rt_g0.sp)
            scan((void *)((uintptr_t)rt_g0.sp & ~(uintptr_t)7), sched.os_stack_hi, arg);
    }
    for (G *g = sched.allhead; g; g = g->allnext)
        if (g != cur) scan_g(g, (uintptr_t)g->sp, scan, arg);
    /* cached goroutines keep their G struct only: nothing to scan there */
    scan((void *)&rt_g0.defer_chain, (void *)(&rt_g0.panic_chain + 1), arg);
    rt_timers_scan(scan, arg);
}

void rt_sched_stack_stats(uint64_t *inuse, uint64_t *sys) {
    uint64_t in = 0;
    for (G *g = sched.allhead; g; g = g->allnext) {
        uintptr_t sp = g == rt_curg ? rt_getsp() : (uintptr_t)g->sp;
        uintptr_t used = (uintptr_t)g->stack_hi + RT_GSIZE - sp;
        in += (used + 4095) & ~(uintptr_t)4095;
    }
    *inuse = in;
    *sys = in + (uint64_t)sched.nfree * RT_STACK_KEEP;
}

/* ---------------- package runtime ---------------- */

void go_runtime_Gosched(void) {
    run_due_timers();
    rt_gosched();
}

go_int go_runtime_NumGoroutine(void) { return sched.nuser > 0 ? sched.nuser : 1; }

go_int go_runtime_GOMAXPROCS(go_int n) {
    if (!sched.inited) sched_init();
    go_int old = sched.gomaxprocs;
    if (n > 0) sched.gomaxprocs = n;
    return old;
}

go_int go_runtime_NumCPU(void) { return count_cpus(); }
