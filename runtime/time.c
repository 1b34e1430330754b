/*
 * time.c: timers and the runtime side of package time (gosub.h section 8).
 * Learned from Go's runtime/time.go; our own code.
 *
 * Timers are GoRuntimeTimer records (the layout of Go's
 * time.runtimeTimer) kept in one binary min-heap ordered by `when`; a
 * queued timer's pp field holds its heap index + 1.  The scheduler calls
 * rt_timers_run when the earliest deadline (rt_timer_next, -1 when the
 * heap is empty) has passed, at every scheduling decision, and sleeps
 * until it when nothing else can run.  Running a timer calls its f(arg,
 * seq) on the scheduler; a periodic timer (ticker) is requeued first, one
 * period after the last missed tick, as Go does.
 *
 * The heap array lives in malloc'd memory and is scanned conservatively by
 * the GC (rt_timers_scan), so a queued timer keeps its heap object (a
 * time.Timer nobody references any more) alive until it fires.
 *
 * time.Sleep uses a timer in the sleeping goroutine's own frame.
 */
#include "runtime/rt_sched.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <time.h>

enum { TIMER_IDLE = 0, TIMER_QUEUED = 1, TIMER_RUNNING = 2 };
#define MAX_WHEN INT64_MAX

_Atomic int64_t rt_timer_next = -1;

static GoRuntimeTimer **heap;
static intptr_t nheap, capheap;

static void set_next(void) {
    atomic_store_explicit(&rt_timer_next, nheap ? heap[0]->when : -1, memory_order_relaxed);
}

static void place(intptr_t i, GoRuntimeTimer *t) {
    heap[i] = t;
    t->pp = (uintptr_t)i + 1;
}

static void sift_up(intptr_t i) {
    GoRuntimeTimer *t = heap[i];
    while (i > 0) {
        intptr_t p = (i - 1) / 2;
        if (heap[p]->when <= t->when) break;
        place(i, heap[p]);
        i = p;
    }
    place(i, t);
}

static void sift_down(intptr_t i) {
    GoRuntimeTimer *t = heap[i];
    for (;;) {
        intptr_t c = 2 * i + 1;
        if (c >= nheap) break;
        if (c + 1 < nheap && heap[c + 1]->when < heap[c]->when) c++;
        if (heap[c]->when >= t->when) break;
        place(i, heap[c]);
        i = c;
    }
    place(i, t);
}

static void heap_add(GoRuntimeTimer *t) {
    if (nheap == capheap) {
        capheap = capheap ? capheap * 2 : 64;
        heap = realloc(heap, (size_t)capheap * sizeof *heap);
        if (!heap) rt_throw("out of memory (timers)");
    }
    if (t->when < 0) t->when = MAX_WHEN;
    t->status = TIMER_QUEUED;
    place(nheap++, t);
    sift_up(nheap - 1);
    set_next();
}

static void heap_remove(GoRuntimeTimer *t) {
    intptr_t i = (intptr_t)t->pp - 1;
    t->pp = 0;
    t->status = TIMER_IDLE;
    nheap--;
    if (i != nheap) {
        GoRuntimeTimer *m = heap[nheap];
        place(i, m);
        sift_down(i);
        if ((intptr_t)m->pp - 1 == i) sift_up(i);
    }
    heap[nheap] = NULL;
    set_next();
}

int64_t rt_timers_run(int64_t now) {
    while (nheap > 0 && heap[0]->when <= now) {
        GoRuntimeTimer *t = heap[0];
        if (t->period > 0) {
            /* next tick after now, skipping the ones missed */
            int64_t late = now - t->when;
            t->when += t->period * (1 + late / t->period);
            if (t->when < 0) t->when = MAX_WHEN;
            sift_down(0);
            set_next();
        } else {
            heap_remove(t);
        }
        GoFunc *f = t->f;
        GoEface arg = t->arg;
        uintptr_t seq = t->seq;
        if (t->status == TIMER_IDLE) t->status = TIMER_RUNNING;
        ((void (*)(GoFunc *, GoEface, uintptr_t))f->fn)(f, arg, seq);
        if (t->status == TIMER_RUNNING) t->status = TIMER_IDLE;
    }
    return nheap ? heap[0]->when : -1;
}

void rt_timers_scan(void (*scan)(void *lo, void *hi, void *arg), void *arg) {
    if (nheap) scan(heap, heap + nheap, arg);
}

/* ---- package time ---- */

int64_t go_time_runtimeNano(void) { return rt_nanotime(); }

GoTimeNow go_time_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    GoTimeNow r = {(int64_t)ts.tv_sec, (int32_t)ts.tv_nsec, rt_nanotime()};
    return r;
}

static void sleep_wake(GoFunc *self, GoEface arg, uintptr_t seq) {
    (void)self;
    (void)seq;
    rt_ready((G *)arg.data);
}
static GoFunc sleep_wake_fn = {(void (*)(void))sleep_wake};

void go_time_Sleep(int64_t ns) {
    if (ns <= 0) return;
    G *g = rt_getg();
    if (g == &rt_g0) {
        /* no scheduler (unit tests, init before main): a plain sleep */
        struct timespec ts = {ns / 1000000000, ns % 1000000000};
        nanosleep(&ts, NULL);
        return;
    }
    GoRuntimeTimer t;
    memset(&t, 0, sizeof t);
    int64_t now = rt_nanotime();
    t.when = ns > MAX_WHEN - now ? MAX_WHEN : now + ns;
    t.f = &sleep_wake_fn;
    t.arg.data = g;
    g->sleep_timer = &t;
    heap_add(&t);
    rt_park(RT_WAIT_SLEEP);
    g->sleep_timer = NULL;
}

void go_time_startTimer(GoRuntimeTimer *t) {
    if (t->status == TIMER_QUEUED) rt_throw("addtimer called with initialized timer");
    heap_add(t);
}

bool go_time_stopTimer(GoRuntimeTimer *t) {
    if (t->status != TIMER_QUEUED) return false;
    heap_remove(t);
    return true;
}

void go_time_modTimer(GoRuntimeTimer *t, int64_t when, int64_t period, GoFunc *f, GoEface arg,
                      uintptr_t seq) {
    if (t->status == TIMER_QUEUED) heap_remove(t);
    t->when = when;
    t->period = period;
    t->f = f;
    t->arg = arg;
    t->seq = seq;
    heap_add(t);
}

bool go_time_resetTimer(GoRuntimeTimer *t, int64_t when) {
    bool pending = t->status == TIMER_QUEUED;
    go_time_modTimer(t, when, t->period, t->f, t->arg, t->seq);
    return pending;
}
