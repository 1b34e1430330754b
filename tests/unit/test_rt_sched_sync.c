/*
 * test_rt_sched_sync.c: criterion tests for timers (runtime/time.c), sync
 * (sync.c), sync/atomic (atomic.c), preemption and stack overflow
 * (sched_core.c), driven from C as generated code will drive them.
 */
#include <criterion/criterion.h>
#include <criterion/redirect.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "runtime/rt_chan.h"
#include "runtime/rt_gc.h"
#include "runtime/rt_sched.h"

static const GoType chan_int = {.size = 8, .ptrdata = 8, .align = 8, .kind = GO_CHAN,
                                .elem = &go_type_int, .len = 3, .string = "chan int"};

typedef struct Log {
    char buf[4096];
    int n;
} Log;
static Log lg;

static void logf_(const char *fmt, long v) {
    lg.n += snprintf(lg.buf + lg.n, sizeof lg.buf - (size_t)lg.n, fmt, v);
}

/* Runs fn as the main goroutine in a child; returns the exit status and
 * the child's stderr. */
static int run_child(void (*fn)(void *), void *arg, char *out, size_t cap) {
    int fds[2];
    cr_assert_eq(pipe(fds), 0);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], 2);
        close(fds[0]);
        rt_sched_main(fn, arg);
        _exit(0);
    }
    close(fds[1]);
    size_t n = 0;
    ssize_t k;
    while (n < cap - 1 && (k = read(fds[0], out + n, cap - 1 - n)) > 0) n += (size_t)k;
    out[n] = 0;
    close(fds[0]);
    int st;
    waitpid(pid, &st, 0);
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

#define MS 1000000LL

/* ---------------- timers ---------------- */

static GoChan *done;

static void sleeper(void *arg) {
    go_int ms = (go_int)(intptr_t)arg;
    go_time_Sleep(ms * MS);
    logf_("%ld ", (long)ms);
    rt_chansend(done, &ms);
}

static void sleep_order_main(void *arg) {
    (void)arg;
    rt_gc_add_root_range(&done, &done + 1);
    done = rt_makechan(&chan_int, 0);
    static const int ms[] = {30, 10, 50, 20, 40};
    int64_t t0 = rt_nanotime();
    for (int i = 0; i < 5; i++) rt_go(sleeper, (void *)(intptr_t)ms[i]);
    for (int i = 0; i < 5; i++) rt_chanrecv1(done, NULL);
    int64_t el = rt_nanotime() - t0;
    cr_assert(el >= 50 * MS && el < 500 * MS, "elapsed %lld", (long long)el);
}

Test(rt_sched_sync, sleep_wakes_in_deadline_order) {
    rt_sched_main(sleep_order_main, NULL);
    cr_assert_str_eq(lg.buf, "10 20 30 40 50 ");
}

/* A runtimeTimer the way package time uses one: f(arg, seq) does a
 * non-blocking send on the channel in arg (time.sendTime). */
static void send_tick(GoFunc *self, GoEface arg, uintptr_t seq) {
    (void)self;
    go_int v = (go_int)seq;
    rt_selectnbsend(arg.data, &v);
}
static GoFunc send_tick_fn = {(void (*)(void))send_tick};

static void timer_main(void *arg) {
    (void)arg;
    GoChan *c = rt_makechan(&chan_int, 1);
    static GoRuntimeTimer s1, s2;
    GoRuntimeTimer *t1 = &s1, *t2 = &s2;
    t1->when = go_time_runtimeNano() + 20 * MS;
    t1->f = &send_tick_fn;
    t1->arg.data = c;
    t1->seq = 1;
    t2->when = go_time_runtimeNano() + 10 * MS;
    t2->f = &send_tick_fn;
    t2->arg.data = c;
    t2->seq = 2;
    go_time_startTimer(t1);
    go_time_startTimer(t2);
    go_int v;
    rt_chanrecv1(c, &v);
    logf_("%ld ", (long)v);
    rt_chanrecv1(c, &v);
    logf_("%ld ", (long)v);
    /* Stop: true only while pending */
    cr_assert_not(go_time_stopTimer(t1));
    go_time_startTimer(t1);
    cr_assert(go_time_stopTimer(t1));
    /* Reset moves a pending timer */
    t2->seq = 3;
    go_time_startTimer(t2);
    cr_assert(go_time_resetTimer(t2, go_time_runtimeNano() + 5 * MS));
    rt_chanrecv1(c, &v);
    logf_("%ld ", (long)v);
    /* a ticker fires repeatedly */
    static GoRuntimeTimer stk;
    GoRuntimeTimer *tk = &stk;
    go_time_modTimer(tk, go_time_runtimeNano() + 5 * MS, 5 * MS, &send_tick_fn, (GoEface){NULL, c}, 7);
    for (int i = 0; i < 3; i++) {
        rt_chanrecv1(c, &v);
        logf_("%ld ", (long)v);
    }
    cr_assert(go_time_stopTimer(tk));
}

Test(rt_sched_sync, runtime_timers) {
    rt_sched_main(timer_main, NULL);
    cr_assert_str_eq(lg.buf, "2 1 3 7 7 7 ");
}

static void afterfunc_body(void *arg) { logf_("afterfunc %ld ", (long)(intptr_t)arg); }
static void go_func(GoFunc *self, GoEface arg, uintptr_t seq) {
    (void)self;
    (void)seq;
    rt_go(afterfunc_body, arg.data);
}
static GoFunc go_func_fn = {(void (*)(void))go_func};

static void afterfunc_main(void *arg) {
    (void)arg;
    static GoRuntimeTimer st;
    GoRuntimeTimer *t = &st;
    t->when = go_time_runtimeNano() + 5 * MS;
    t->f = &go_func_fn;
    t->arg.data = (void *)(intptr_t)42;
    go_time_startTimer(t);
    go_time_Sleep(30 * MS);
    logf_("main %ld", 0);
}

Test(rt_sched_sync, afterfunc_starts_a_goroutine) {
    rt_sched_main(afterfunc_main, NULL);
    cr_assert_str_eq(lg.buf, "afterfunc 42 main 0");
}

/* a timer pending means no deadlock: main blocks on a channel that only
 * the timer's send fills */
static void timer_no_deadlock_main(void *arg) {
    (void)arg;
    GoChan *c = rt_makechan(&chan_int, 1);
    static GoRuntimeTimer st;
    GoRuntimeTimer *t = &st;
    t->when = go_time_runtimeNano() + 10 * MS;
    t->f = &send_tick_fn;
    t->arg.data = c;
    t->seq = 5;
    go_time_startTimer(t);
    go_int v;
    rt_chanrecv1(c, &v);
    cr_assert_eq(v, 5);
}

Test(rt_sched_sync, pending_timer_is_not_a_deadlock) {
    rt_sched_main(timer_no_deadlock_main, NULL);
}

/* ---------------- Mutex, WaitGroup ---------------- */

static GoSyncMutex mu;
static GoSyncWaitGroup wg;
static go_int counter;

static void incr(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        go_sync_Mutex_Lock(&mu);
        go_int c = counter;
        if (i % 7 == 0) go_runtime_Gosched(); /* yield inside the critical section */
        counter = c + 1;
        go_sync_Mutex_Unlock(&mu);
    }
    go_sync_WaitGroup_Done(&wg);
}

static void mutex_main(void *arg) {
    (void)arg;
    go_sync_WaitGroup_Add(&wg, 8);
    for (int i = 0; i < 8; i++) rt_go(incr, NULL);
    go_sync_WaitGroup_Wait(&wg);
}

Test(rt_sched_sync, mutex_protects_counter) {
    rt_sched_main(mutex_main, NULL);
    cr_assert_eq(counter, 8000);
    cr_assert_eq(mu.state, 0);
    cr_assert_eq(wg.state1, 0);
}

static void trylock_main(void *arg) {
    (void)arg;
    cr_assert(go_sync_Mutex_TryLock(&mu));
    cr_assert_not(go_sync_Mutex_TryLock(&mu));
    go_sync_Mutex_Unlock(&mu);
    cr_assert(go_sync_Mutex_TryLock(&mu));
}

Test(rt_sched_sync, mutex_trylock) { rt_sched_main(trylock_main, NULL); }

static void unlock_unlocked_main(void *arg) {
    (void)arg;
    go_sync_Mutex_Unlock(&mu);
}

Test(rt_sched_sync, unlock_of_unlocked_mutex_is_fatal) {
    char out[2048];
    cr_assert_eq(run_child(unlock_unlocked_main, NULL, out, sizeof out), 2);
    cr_assert(strncmp(out, "fatal error: sync: unlock of unlocked mutex\n\ngoroutine 1 [running]:\n",
                      60) == 0, "%s", out);
}

static void negative_wg_main(void *arg) {
    (void)arg;
    go_sync_WaitGroup_Add(&wg, -1);
}

Test(rt_sched_sync, negative_waitgroup_counter_panics) {
    char out[2048];
    cr_assert_eq(run_child(negative_wg_main, NULL, out, sizeof out), 2);
    cr_assert(strncmp(out, "panic: sync: negative WaitGroup counter\n\ngoroutine 1 [running]:\n",
                      strlen("panic: sync: negative WaitGroup counter\n\ngoroutine 1 [running]:\n")) == 0,
              "%s", out);
}

static void blocked_locker(void *arg) {
    (void)arg;
    go_sync_Mutex_Lock(&mu);
}

static void mutex_deadlock_main(void *arg) {
    (void)arg;
    go_sync_Mutex_Lock(&mu);
    rt_go(blocked_locker, NULL);
    go_sync_WaitGroup_Add(&wg, 1);
    go_sync_WaitGroup_Wait(&wg);
}

/* Go 1.19 reports both as [semacquire] */
Test(rt_sched_sync, mutex_deadlock_text) {
    char out[2048];
    cr_assert_eq(run_child(mutex_deadlock_main, NULL, out, sizeof out), 2);
    cr_assert_str_eq(out,
                     "fatal error: all goroutines are asleep - deadlock!\n\n"
                     "goroutine 1 [semacquire]:\n\n"
                     "goroutine 6 [semacquire]:\n");
}

/* starvation mode: a goroutine that keeps relocking cannot starve a
 * waiter forever (after 1ms the Mutex hands off) */
static volatile bool waiter_got_it;

static void starving_waiter(void *arg) {
    (void)arg;
    go_sync_Mutex_Lock(&mu);
    waiter_got_it = true;
    go_sync_Mutex_Unlock(&mu);
}

static void starvation_main(void *arg) {
    (void)arg;
    go_sync_Mutex_Lock(&mu);
    rt_go(starving_waiter, NULL);
    go_runtime_Gosched(); /* the waiter blocks */
    int64_t t0 = rt_nanotime();
    while (!waiter_got_it && rt_nanotime() - t0 < 2000 * MS) {
        go_sync_Mutex_Unlock(&mu);
        go_runtime_Gosched();
        go_sync_Mutex_Lock(&mu);
    }
    go_sync_Mutex_Unlock(&mu);
    cr_assert(waiter_got_it);
}

Test(rt_sched_sync, mutex_waiter_is_not_starved) { rt_sched_main(starvation_main, NULL); }

/* ---------------- RWMutex ---------------- */

static GoSyncRWMutex rw;
static int readers_in, max_readers_in;

static void reader(void *arg) {
    (void)arg;
    for (int i = 0; i < 100; i++) {
        go_sync_RWMutex_RLock(&rw);
        readers_in++;
        if (readers_in > max_readers_in) max_readers_in = readers_in;
        go_runtime_Gosched();
        readers_in--;
        go_sync_RWMutex_RUnlock(&rw);
    }
    go_sync_WaitGroup_Done(&wg);
}

static void writer(void *arg) {
    (void)arg;
    for (int i = 0; i < 50; i++) {
        go_sync_RWMutex_Lock(&rw);
        cr_assert_eq(readers_in, 0, "writer inside with readers");
        counter++;
        go_runtime_Gosched();
        go_sync_RWMutex_Unlock(&rw);
    }
    go_sync_WaitGroup_Done(&wg);
}

static void rwmutex_main(void *arg) {
    (void)arg;
    go_sync_WaitGroup_Add(&wg, 6);
    for (int i = 0; i < 4; i++) rt_go(reader, NULL);
    for (int i = 0; i < 2; i++) rt_go(writer, NULL);
    go_sync_WaitGroup_Wait(&wg);
}

Test(rt_sched_sync, rwmutex_readers_share_writers_exclude) {
    rt_sched_main(rwmutex_main, NULL);
    cr_assert_eq(counter, 100);
    cr_assert_gt(max_readers_in, 1);
    cr_assert_eq(rw.readerCount, 0);
}

static void runlock_unlocked_main(void *arg) {
    (void)arg;
    go_sync_RWMutex_RUnlock(&rw);
}

Test(rt_sched_sync, runlock_of_unlocked_rwmutex_is_fatal) {
    char out[2048];
    cr_assert_eq(run_child(runlock_unlocked_main, NULL, out, sizeof out), 2);
    cr_assert(strstr(out, "fatal error: sync: RUnlock of unlocked RWMutex\n"), "%s", out);
}

/* ---------------- Once, Cond ---------------- */

static int once_calls;
static void once_body(GoFunc *self) {
    (void)self;
    once_calls++;
    go_runtime_Gosched(); /* others arrive while f runs: they must wait */
}
static GoFunc once_fn = {(void (*)(void))once_body};
static GoSyncOnce once;

static void once_user(void *arg) {
    (void)arg;
    go_sync_Once_Do(&once, &once_fn);
    cr_assert_eq(once_calls, 1);
    go_sync_WaitGroup_Done(&wg);
}

static void once_main(void *arg) {
    (void)arg;
    go_sync_WaitGroup_Add(&wg, 5);
    for (int i = 0; i < 5; i++) rt_go(once_user, NULL);
    go_sync_WaitGroup_Wait(&wg);
}

Test(rt_sched_sync, once_runs_f_once) {
    rt_sched_main(once_main, NULL);
    cr_assert_eq(once_calls, 1);
    cr_assert_eq(once.done, 1);
}

/* Once.Do whose f panics: the caller recovers; Do counts as done and its
 * mutex is free, so the next Do returns at once (Go's documented rule). */
static GoSyncOnce once2;
static int once2_calls;
static bool once2_recovered;
static void once2_panics(GoFunc *self) {
    (void)self;
    once2_calls++;
    static GoString msg = {(const uint8_t *)"in f", 4};
    rt_gopanic((GoEface){&go_type_string, &msg});
}
static GoFunc once2_fn = {(void (*)(void))once2_panics};
static void once2_recoverer(GoFunc *self) {
    (void)self;
    void *tok = rt_recover_claim((const void *)once2_recoverer, NULL);
    GoEface r = rt_gorecover(tok);
    once2_recovered = r.type != NULL;
}
static void once2_call(void) {
    GoFunc rc = {(void (*)(void))once2_recoverer};
    GoDefer d = {.fn = &rc, .ident = (const void *)once2_recoverer};
    GoDeferFrame df;
    GO_DEFER_SETUP(&df, out);
    rt_defer_push(&df, &d);
    go_sync_Once_Do(&once2, &once2_fn);
out:
    rt_defer_return(&df);
}
static void once_panic_main(void *arg) {
    (void)arg;
    once2_call();
    cr_assert(once2_recovered);
    go_sync_Once_Do(&once2, &once2_fn); /* must not call f, must not block */
    cr_assert_eq(once2_calls, 1);
    cr_assert_eq(once2.done, 1);
    cr_assert_eq(once2.m.state, 0);
}

Test(rt_sched_sync, once_with_panicking_f) { rt_sched_main(once_panic_main, NULL); }

/* Cond with a *Mutex as its Locker: an itab whose fun[0] is Lock and
 * fun[1] Unlock, as codegen builds it. */
static void mu_lock_ifn(void *p) { go_sync_Mutex_Lock(p); }
static void mu_unlock_ifn(void *p) { go_sync_Mutex_Unlock(p); }
static struct {
    const GoType *inter, *type;
    uint32_t hash;
    void (*fun[2])(void);
} mutex_locker_itab = {NULL, NULL, 0, {(void (*)(void))mu_lock_ifn, (void (*)(void))mu_unlock_ifn}};

static GoSyncCond cond;
static int ready_flag, woken;

static void cond_waiter(void *arg) {
    (void)arg;
    go_sync_Mutex_Lock(&mu);
    while (!ready_flag) go_sync_Cond_Wait(&cond);
    woken++;
    go_sync_Mutex_Unlock(&mu);
    go_sync_WaitGroup_Done(&wg);
}

static void cond_main(void *arg) {
    (void)arg;
    cond.L.tab = (const GoItab *)&mutex_locker_itab;
    cond.L.data = &mu;
    go_sync_WaitGroup_Add(&wg, 4);
    for (int i = 0; i < 4; i++) rt_go(cond_waiter, NULL);
    go_runtime_Gosched();
    go_sync_Mutex_Lock(&mu);
    cr_assert_eq(woken, 0);
    go_sync_Cond_Signal(&cond); /* spurious: flag still false, one re-waits */
    ready_flag = 1;
    go_sync_Cond_Broadcast(&cond);
    go_sync_Mutex_Unlock(&mu);
    go_sync_WaitGroup_Wait(&wg);
}

Test(rt_sched_sync, cond_broadcast_wakes_all) {
    rt_sched_main(cond_main, NULL);
    cr_assert_eq(woken, 4);
}

/* ---------------- atomics ---------------- */

static int64_t a64;
static uint32_t au32;

static void atomic_adder(void *arg) {
    (void)arg;
    for (int i = 0; i < 10000; i++) {
        go_sync_atomic_AddInt64(&a64, 2);
        if (i % 100 == 0) go_runtime_Gosched();
    }
    go_sync_WaitGroup_Done(&wg);
}

static void atomic_main(void *arg) {
    (void)arg;
    go_sync_WaitGroup_Add(&wg, 8);
    for (int i = 0; i < 8; i++) rt_go(atomic_adder, NULL);
    go_sync_WaitGroup_Wait(&wg);
}

Test(rt_sched_sync, atomic_add_contended) {
    rt_sched_main(atomic_main, NULL);
    cr_assert_eq(go_sync_atomic_LoadInt64(&a64), 160000);
}

Test(rt_sched_sync, atomic_ops) {
    cr_assert_eq(go_sync_atomic_AddUint32(&au32, 5), 5u);
    cr_assert_eq(go_sync_atomic_AddUint32(&au32, (uint32_t)-1), 4u); /* Go's AddUint32(&x, ^uint32(0)) */
    cr_assert_eq(go_sync_atomic_SwapUint32(&au32, 9), 4u);
    cr_assert(go_sync_atomic_CompareAndSwapUint32(&au32, 9, 10));
    cr_assert_not(go_sync_atomic_CompareAndSwapUint32(&au32, 9, 11));
    cr_assert_eq(go_sync_atomic_LoadUint32(&au32), 10u);
    int32_t i32 = 0;
    cr_assert_eq(go_sync_atomic_AddInt32(&i32, -3), -3);
    go_sync_atomic_StoreInt32(&i32, 7);
    cr_assert_eq(go_sync_atomic_LoadInt32(&i32), 7);
    uint64_t u64 = UINT64_MAX;
    cr_assert_eq(go_sync_atomic_AddUint64(&u64, 1), 0u);
    uintptr_t up = 1;
    cr_assert(go_sync_atomic_CompareAndSwapUintptr(&up, 1, 2));
    cr_assert_eq(go_sync_atomic_SwapUintptr(&up, 3), 2u);
    int x, y;
    void *p = &x;
    cr_assert_eq(go_sync_atomic_LoadPointer(&p), &x);
    cr_assert(go_sync_atomic_CompareAndSwapPointer(&p, &x, &y));
    cr_assert_not(go_sync_atomic_CompareAndSwapPointer(&p, &x, &y));
    cr_assert_eq(go_sync_atomic_SwapPointer(&p, &x), &y);
    go_sync_atomic_StorePointer(&p, &y);
    cr_assert_eq(p, &y);
}

static void value_bad_store_main(void *arg) {
    (void)arg;
    static GoSyncAtomicValue v;
    static go_int one = 1;
    static GoString s = {(const uint8_t *)"x", 1};
    go_sync_atomic_Value_Store(&v, (GoEface){&go_type_int, &one});
    GoEface got = go_sync_atomic_Value_Load(&v);
    cr_assert_eq(*(go_int *)got.data, 1);
    go_sync_atomic_Value_Store(&v, (GoEface){&go_type_string, &s});
}

Test(rt_sched_sync, atomic_value_type_change_panics) {
    char out[2048];
    cr_assert_eq(run_child(value_bad_store_main, NULL, out, sizeof out), 2);
    cr_assert(strncmp(out, "panic: sync/atomic: store of inconsistently typed value into Value\n", 60) == 0,
              "%s", out);
}

/* ---------------- preemption ---------------- */

static volatile int spin_stop;

static void spinner(void *arg) {
    (void)arg;
    while (!spin_stop) GO_POLL(); /* a busy loop with codegen's back-edge poll */
}

static void preempt_main(void *arg) {
    (void)arg;
    rt_go(spinner, NULL);
    rt_go(spinner, NULL);
    /* main is runnable behind two spinners: only preemption lets it run */
    go_runtime_Gosched();
    spin_stop = 1;
    logf_("main ran %d", 1);
}

Test(rt_sched_sync, busy_loops_are_preempted) {
    alarm(10); /* a hang fails the test instead of blocking the suite */
    rt_sched_main(preempt_main, NULL);
    cr_assert_str_eq(lg.buf, "main ran 1");
}

static void timer_vs_spinner_main(void *arg) {
    (void)arg;
    rt_go(spinner, NULL);
    go_time_Sleep(20 * MS); /* the timer must fire although a goroutine spins */
    spin_stop = 1;
}

Test(rt_sched_sync, timers_fire_while_a_goroutine_spins) {
    alarm(10); /* a hang fails the test instead of blocking the suite */
    rt_sched_main(timer_vs_spinner_main, NULL);
}

/* ---------------- stack overflow ---------------- */

static volatile int64_t depth_limit = INT64_MAX;

static __attribute__((noinline)) int64_t recurse(int64_t n) {
    GO_POLL();
    volatile char pad[200];
    pad[n % 200] = (char)n;
    if (n > depth_limit) return 0;
    return recurse(n + 1) + pad[3];
}

static void overflow_main(void *arg) {
    (void)arg;
    logf_("%ld", (long)recurse(0));
}

static void overflow_in_goroutine(void *arg) {
    (void)arg;
    recurse(0);
}

static void overflow_goroutine_main(void *arg) {
    (void)arg;
    rt_go(overflow_in_goroutine, NULL);
    rt_chanrecv1(rt_makechan(&chan_int, 0), NULL);
}

Test(rt_sched_sync, stack_overflow_main) {
    alarm(60); /* a hang fails the test instead of blocking the suite */
    char out[4096];
    cr_assert_eq(run_child(overflow_main, NULL, out, sizeof out), 2);
    cr_assert(strncmp(out, "runtime: goroutine stack exceeds 1000000000-byte limit\n", 55) == 0, "%s", out);
    cr_assert(strstr(out, "\nfatal error: stack overflow\n"), "%s", out);
}

Test(rt_sched_sync, stack_overflow_goroutine) {
    alarm(60); /* a hang fails the test instead of blocking the suite */
    char out[4096];
    cr_assert_eq(run_child(overflow_goroutine_main, NULL, out, sizeof out), 2);
    cr_assert(strstr(out, "fatal error: stack overflow\n"), "%s", out);
    cr_assert(strstr(out, "goroutine 6 [running]:"), "%s", out);
}

/* a goroutine may use megabytes of stack; once it returns, its stack is
 * given back (went_deep -> madvise) and reused by the next goroutine */
static int64_t deep_result;
static G *deep_g[2];
static bool deep_flag[2];
static int deep_n;
static void deep_goroutine(void *arg) {
    depth_limit = (int64_t)(intptr_t)arg;
    deep_g[deep_n] = rt_getg();
    deep_result = recurse(0);
    deep_flag[deep_n++] = rt_getg()->went_deep;
    depth_limit = INT64_MAX;
    rt_chansend(done, &(go_int){1});
}

static void deep_main(void *arg) {
    (void)arg;
    rt_gc_add_root_range(&done, &done + 1);
    done = rt_makechan(&chan_int, 0);
    rt_go(deep_goroutine, (void *)(intptr_t)10000); /* ~2.5 MB of frames */
    rt_chanrecv1(done, NULL);
    rt_go(deep_goroutine, (void *)(intptr_t)100);
    rt_chanrecv1(done, NULL);
    cr_assert(deep_flag[0], "10000 frames pass the soft guard");
    cr_assert_not(deep_flag[1], "100 frames stay above it");
    cr_assert_eq(deep_g[0], deep_g[1], "the dead goroutine's stack is reused");
}

Test(rt_sched_sync, goroutine_uses_megabytes_of_stack) { rt_sched_main(deep_main, NULL); }

/* ---------------- runtime package ---------------- */

Test(rt_sched_sync, gomaxprocs_reports_and_accepts) {
    go_int n = go_runtime_GOMAXPROCS(0);
    cr_assert_geq(n, 1);
    cr_assert_eq(go_runtime_GOMAXPROCS(3), n);
    cr_assert_eq(go_runtime_GOMAXPROCS(0), 3);
    cr_assert_geq(go_runtime_NumCPU(), 1);
}

/* ---------------- Pool ---------------- */

/* Go 1.19 (testdata/pending/conc_sync_pool.go) prints
 *   a c b <nil> / x y / w <nil> / <nil>
 * for Put a,b,c + 4 Gets; Put x,y,z, GC, 2 Gets; Put w, GC, 2 Gets; GC, Get. */
static GoSyncPool pool;
static const char *pool_get(void) {
    GoEface e = go_sync_poolGet(&pool);
    return e.type ? ((GoString *)e.data)->p ? (const char *)((GoString *)e.data)->p : "?" : "<nil>";
}
static void pool_put(const char *s) {
    GoString *str = rt_new(&go_type_string);
    str->p = (const uint8_t *)s;
    str->n = 1;
    go_sync_poolPut(&pool, (GoEface){&go_type_string, str});
}

static void pool_main(void *arg) {
    (void)arg;
    rt_gc_add_root_range(&pool, &pool + 1);
    pool_put("a");
    pool_put("b");
    pool_put("c");
    for (int i = 0; i < 4; i++) lg.n += snprintf(lg.buf + lg.n, 64, "%.*s ", 5, pool_get());
    pool_put("x");
    pool_put("y");
    pool_put("z");
    rt_gc_collect(true);
    for (int i = 0; i < 2; i++) lg.n += snprintf(lg.buf + lg.n, 64, "%.*s ", 5, pool_get());
    pool_put("w");
    rt_gc_collect(true);
    for (int i = 0; i < 2; i++) lg.n += snprintf(lg.buf + lg.n, 64, "%.*s ", 5, pool_get());
    rt_gc_collect(true);
    lg.n += snprintf(lg.buf + lg.n, 64, "%.*s", 5, pool_get());
    /* many puts grow the cache; all come back newest first after private */
    for (int i = 0; i < 100; i++) pool_put("m");
    int n = 0;
    while (go_sync_poolGet(&pool).type) n++;
    /* every collection ages the pool: under gcstress (a collection per
     * allocation) most puts are gone by the time they are read back */
    if (getenv("GOSUBDEBUG") && strstr(getenv("GOSUBDEBUG"), "gcstress=1")) cr_assert_leq(n, 100);
    else cr_assert_eq(n, 100);
}

Test(rt_sched_sync, pool_order_and_victim_cache) {
    rt_sched_main(pool_main, NULL);
    /* with a collection at every allocation the pool is aged between puts
     * (Go's would be too): only the final emptiness is the same */
    const char *dbg = getenv("GOSUBDEBUG");
    if (dbg && strstr(dbg, "gcstress=1")) cr_assert(strstr(lg.buf, "<nil>"));
    else cr_assert_str_eq(lg.buf, "a c b <nil> x y w <nil> <nil>");
}

/* ---------------- signals ---------------- */

/* A nil dereference that no generated check caught (runtime C, foreign
 * code) becomes Go's panic through the SIGSEGV handler.  ASan builds leave
 * SIGSEGV to ASan. */
static int *volatile nil_ptr;
__attribute__((unused)) static void nil_deref_main(void *arg) {
    (void)arg;
    logf_("%ld", (long)*nil_ptr);
}

Test(rt_sched_sync, sigsegv_on_nil_is_gos_panic) {
#if defined(__SANITIZE_ADDRESS__)
    cr_skip_test("ASan handles SIGSEGV");
#else
    char out[2048];
    cr_assert_eq(run_child(nil_deref_main, NULL, out, sizeof out), 2);
    cr_assert(strncmp(out, "panic: runtime error: invalid memory address or nil pointer dereference\n",
                      strlen("panic: runtime error: invalid memory address or nil pointer dereference\n")) == 0,
              "%s", out);
#endif
}
