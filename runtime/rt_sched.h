/*
 * rt_sched.h: the scheduler's interface to the rest of the runtime
 * (core runtime's panic/defer, the GC, fmt, chan/select/time/sync).
 * Generated C never includes this; it sees gosub.h sections 3 and 8.
 *
 * Model (sched_core.c has the long story):
 *   - a goroutine (G) runs on its own mmap'd stack; its G struct lives at
 *     the very top of that mapping, so scanning a stack from its saved sp
 *     to G's end also scans the G (defer/panic chains, the go statement's
 *     argument, timers);
 *   - one OS thread (one "M" with one "P" in Go's terms) runs all
 *     goroutines; switches are direct G-to-G (ctx_*.S), the OS thread's own
 *     stack (g0) is used only before the first goroutine and after main
 *     returns;
 *   - run queues follow Go's shape: a runnext slot, a bounded local FIFO,
 *     and a global FIFO (Gosched and preemption go there), so that
 *     GOMAXPROCS=1 programs interleave the way Go's do;
 *   - blocking parks the G (status RT_G_WAITING + a wait reason); readying
 *     puts it in runnext;
 *   - invariant: exactly one G is RT_G_RUNNING while Go code runs, and
 *     rt_getg() returns it.
 */
#ifndef RT_SCHED_H
#define RT_SCHED_H

#include "runtime/gosub.h"

typedef struct G G;
typedef struct RtSudog RtSudog;

/* G.status */
enum {
    RT_G_IDLE = 0,   /* in the free list, stack cached */
    RT_G_RUNNABLE,   /* in a run queue */
    RT_G_RUNNING,    /* the current goroutine */
    RT_G_WAITING,    /* parked; wait_reason says why */
    RT_G_DEAD,       /* returned; stack about to be cached */
};

/* G.wait_reason: indexes rt_wait_reason_str[], Go's texts
 * ("goroutine 1 [chan receive]:"). */
enum {
    RT_WAIT_NONE = 0,
    RT_WAIT_CHAN_RECV,          /* "chan receive" */
    RT_WAIT_CHAN_SEND,          /* "chan send" */
    RT_WAIT_CHAN_RECV_NIL,      /* "chan receive (nil chan)" */
    RT_WAIT_CHAN_SEND_NIL,      /* "chan send (nil chan)" */
    RT_WAIT_SELECT,             /* "select" */
    RT_WAIT_SELECT_NO_CASES,    /* "select (no cases)" */
    RT_WAIT_SLEEP,              /* "sleep" */
    RT_WAIT_SEMACQUIRE,         /* "semacquire" (Mutex, WaitGroup, RWMutex in 1.19) */
    RT_WAIT_COND,               /* "sync.Cond.Wait" */
    RT_WAIT_FINALIZER,          /* "finalizer wait" */
    RT_WAIT_PANIC,              /* "panicwait" */
    RT_WAIT_SYSCALL,            /* "syscall": waiting for input (sched_netpoll.c) */
    RT_WAIT_COUNT
};
extern const char *const rt_wait_reason_str[RT_WAIT_COUNT];

/* A goroutine.  Fields up to `user area` are the scheduler's; the core
 * runtime owns defer_chain/panic_chain; the others may read everything. */
struct G {
    void *sp;            /* saved stack pointer while not running (ctx_*.S frame) */
    void *stack_lo;      /* lowest usable stack address (above the red zone) */
    void *stack_hi;      /* highest stack address (just below this G struct) */
    void *stack_map;     /* start of the mapping (guard included) */
    uintptr_t stack_map_size; /* bytes of the mapping, G struct included */
    int64_t goid;
    int32_t status;      /* RT_G_* */
    int32_t wait_reason; /* RT_WAIT_* while RT_G_WAITING */
    bool system;         /* runtime goroutine: not counted by NumGoroutine,
                            not shown as a deadlock culprit */
    bool guarded;        /* the mapping has a PROT_NONE guard below stack_lo */
    bool select_done;    /* set when one of a select's cases fired */
    int32_t locks;       /* > 0: do not preempt (runtime critical section) */
    bool went_deep;      /* used the stack below its soft guard (madvise on exit) */
    uintptr_t stackguard;/* rt_stackguard's value while this G runs */

    /* core runtime (panic.c) owns these two; the scheduler only scans them */
    void *defer_chain;
    void *panic_chain;

    G *schedlink;        /* next in a run queue or free list */
    G *allnext, *allprev;/* list of live goroutines, in creation order */

    void (*entry)(void *arg); /* the go statement's function ... */
    void *entry_arg;          /* ... and its packed argument (kept alive) */

    RtSudog *waiting;    /* select: the sudogs this G is queued with */
    void *param;         /* wakeup parameter (the sudog that fired) */
    struct GoRuntimeTimer *sleep_timer; /* time.Sleep's timer, lazily set */
    int64_t wait_since;  /* nanotime when parked */

    uintptr_t gopc;        /* return address in the go statement (traceback) */
    void *asan_fake_stack; /* ASan fiber bookkeeping */
    const void *asan_bottom;
    size_t asan_size;
    uintptr_t user[4];   /* spare words for other runtime areas (scanned) */
};

/* A goroutine waiting on a channel or a semaphore.  Lives in the waiting
 * goroutine's stack frame (our stacks never move). */
struct RtSudog {
    G *g;
    RtSudog *next, *prev;   /* channel / semaphore wait queue */
    void *elem;             /* data element (may point into a stack) */
    RtSudog *waitlink;      /* select: next sudog of the same G */
    struct GoChan *c;       /* channel waited on */
    uintptr_t addr;         /* semaphore address */
    uint32_t ticket;        /* semaphore: handoff flag */
    bool is_select;
    bool success;           /* true: communication happened; false: closed */
};

/* The current goroutine; never NULL: before the scheduler runs (and in
 * unit tests that do not start it) it is rt_g0, the OS thread's own G with
 * goid 0. */
extern G *rt_curg;
extern G rt_g0;
static inline G *rt_getg(void) { return rt_curg; }
/* The current goroutine's id (1 for main; 0 when no goroutine runs). */
int64_t rt_goid(void);

/* ---- scheduling primitives (chan.c, select.c, time.c, sync.c use them) ---- */

/* Park the current goroutine (status waiting with reason) and run others;
 * returns when someone calls rt_ready on it.  Deadlock is detected here. */
void rt_park(int32_t reason);
/* Make a parked goroutine runnable (Go's goready: it runs next). */
void rt_ready(G *gp);
/* Yield: current goroutine to the back of the global queue (Gosched). */
void rt_gosched(void);
/* Yield to the back of the local queue (Go's goyield, semaphore handoff). */
void rt_goyield(void);
/* Monotonic nanoseconds (Go's nanotime). */
int64_t rt_nanotime(void);
/* A cheap random number (Go's fastrand), for select and the semaphore tree. */
uint32_t rt_fastrand(void);
static inline uint32_t rt_fastrandn(uint32_t n) {
    return (uint32_t)(((uint64_t)rt_fastrand() * n) >> 32);
}

/* Run fn(arg) as the main goroutine (goid 1) and return when it returns,
 * even if other goroutines remain.  Sets up the scheduler on first use.
 * rt_main uses it; unit tests drive the runtime from C through it. */
void rt_sched_main(void (*fn)(void *arg), void *arg);
/* Start a system goroutine (not counted by NumGoroutine). */
G *rt_go_system(void (*fn)(void *arg), void *arg);

/* Go's throw: "fatal error: MSG", the goroutine headers, exit 2. */
_Noreturn void rt_throw(const char *msg);
/* Print "goroutine N [reason]:" sections for every goroutine (the current
 * one first as "running"), each after a blank line, to stderr. */
void rt_sched_print_goroutines(void);

/* "goroutine N [why]:" sections for gs[0..n), each after a blank line and
 * with its frames and "created by" lines in Go's shape (running: the
 * goroutine shown as "running", unwound from the caller's own stack), for
 * fatal reports (sched_trace.c). */
void rt_sched_report(G *const *gs, int n, G *running);
/* The running goroutine's "created by" lines (for panic.c's report). */
void rt_sched_print_created_by(void);

/* ---- for the GC (see rt_gc.h) ---- */
void rt_sched_scan_stacks(void (*scan)(void *lo, void *hi, void *arg), void *arg);
void rt_sched_stack_stats(uint64_t *inuse, uint64_t *sys);

/* ---- waiting for input (sched_netpoll.c) ---- */
/* Before a read(2) that may block: parks the current goroutine until fd
 * is readable when other goroutines or timers could run meanwhile. */
void rt_wait_read(int fd);
/* Is any goroutine waiting for input? */
bool rt_netpoll_pending(void);
/* Polls the waiting fds (timeout_ns -1: no limit, 0: just look) and
 * readies those whose fd is readable; returns how many. */
int rt_netpoll(int64_t timeout_ns);
/* A non-blocking poll, at most once a millisecond (find_runnable). */
void rt_netpoll_check(void);
/* Goroutines waiting for input (read by the monitor thread). */
extern _Atomic int64_t rt_netpoll_nwait;
/* Could something else run while the current goroutine waits? */
bool rt_sched_others_can_run(void);

/* ---- timers (time.c) ---- */
/* Runs due timers; returns the next deadline (nanotime) or -1 if none. */
int64_t rt_timers_run(int64_t now);
/* Conservative scan of the timer heap (called from rt_sched_scan_stacks). */
void rt_timers_scan(void (*scan)(void *lo, void *hi, void *arg), void *arg);

#endif
