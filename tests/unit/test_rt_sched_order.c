/*
 * test_rt_sched_order.c: goroutine interleavings that Go 1.19 fixes with
 * one P.  Each test is the C twin of testdata/pending/sched_order_*.go and
 * expects exactly that program's recorded output (Go's .out), so the
 * run-queue rules (runnext, local and global queues, direct hand-off,
 * semaphore and notify-list order) are checked against the oracle.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "runtime/rt_chan.h"
#include "runtime/rt_gc.h"
#include "runtime/rt_sched.h"

static const GoType chan_int = {.size = 8, .ptrdata = 8, .align = 8, .kind = GO_CHAN,
                                .elem = &go_type_int, .len = 3, .string = "chan int"};
static const GoType chan_bool = {.size = 8, .ptrdata = 8, .align = 8, .kind = GO_CHAN,
                                 .elem = &go_type_bool, .len = 3, .string = "chan bool"};

static char out[4096];
static int outn;
#define PRINT(...) (outn += snprintf(out + outn, sizeof out - (size_t)outn, __VA_ARGS__))

/* The Go program's output, read from its .out file. */
static void expect_golden(const char *name) {
    char path[256], want[4096];
    /* pending programs move to testdata/run once codegen runs them */
    snprintf(path, sizeof path, "testdata/run/%s.out", name);
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(path, sizeof path, "testdata/pending/%s.out", name);
        f = fopen(path, "r");
    }
    cr_assert_not_null(f, "missing %s (run from the repository root)", path);
    size_t n = fread(want, 1, sizeof want - 1, f);
    want[n] = 0;
    fclose(f);
    cr_assert_str_eq(out, want);
}

#define KEEP(var) rt_gc_add_root_range(&(var), (char *)&(var) + sizeof(var))

/* ---- sched_order_prodcons.go ---- */
static struct {
    GoChan *c, *done;
} pc;

static void pc_consumer(void *arg) {
    (void)arg;
    go_int v;
    while (rt_chanrecv2(pc.c, &v)) PRINT("consume %ld\n", (long)v);
    rt_chansend(pc.done, &(bool){true});
}

static void prodcons_main(void *arg) {
    (void)arg;
    KEEP(pc);
    pc.c = rt_makechan(&chan_int, 2);
    pc.done = rt_makechan(&chan_bool, 0);
    rt_go(pc_consumer, NULL);
    for (go_int i = 0; i < 6; i++) {
        PRINT("produce %ld\n", (long)i);
        rt_chansend(pc.c, &i);
    }
    rt_closechan(pc.c);
    rt_chanrecv1(pc.done, NULL);
}

Test(rt_sched_order, prodcons) {
    rt_sched_main(prodcons_main, NULL);
    expect_golden("sched_order_prodcons");
}

/* ---- sched_order_gosched.go ---- */
static GoSyncWaitGroup wg;

static void gs_worker(void *arg) {
    long id = (long)(intptr_t)arg;
    for (int i = 0; i < 3; i++) {
        PRINT("worker %ld step %d\n", id, i);
        go_runtime_Gosched();
    }
    go_sync_WaitGroup_Done(&wg);
}

static void gosched_main(void *arg) {
    (void)arg;
    for (intptr_t id = 0; id < 3; id++) {
        go_sync_WaitGroup_Add(&wg, 1);
        rt_go(gs_worker, (void *)id);
    }
    go_sync_WaitGroup_Wait(&wg);
    PRINT("done\n");
}

Test(rt_sched_order, gosched) {
    rt_sched_main(gosched_main, NULL);
    expect_golden("sched_order_gosched");
}

/* ---- sched_order_unbuffered.go ---- */
static struct {
    GoChan *ping, *pong;
} pp;

static void pp_partner(void *arg) {
    (void)arg;
    go_int v;
    while (rt_chanrecv2(pp.ping, &v)) {
        PRINT("got ping %ld\n", (long)v);
        go_int w = v * 10;
        rt_chansend(pp.pong, &w);
        PRINT("sent pong %ld\n", (long)w);
    }
    rt_closechan(pp.pong);
}

static void unbuffered_main(void *arg) {
    (void)arg;
    KEEP(pp);
    pp.ping = rt_makechan(&chan_int, 0);
    pp.pong = rt_makechan(&chan_int, 0);
    rt_go(pp_partner, NULL);
    for (go_int i = 1; i <= 3; i++) {
        PRINT("send ping %ld\n", (long)i);
        rt_chansend(pp.ping, &i);
        go_int r;
        rt_chanrecv1(pp.pong, &r);
        PRINT("recv pong %ld\n", (long)r);
    }
    rt_closechan(pp.ping);
    bool ok = rt_chanrecv2(pp.pong, NULL);
    PRINT("pong closed %s\n", !ok ? "true" : "false");
}

Test(rt_sched_order, unbuffered) {
    rt_sched_main(unbuffered_main, NULL);
    expect_golden("sched_order_unbuffered");
}

/* ---- sched_order_mutex.go ---- */
static GoSyncMutex mu;

static void mx_worker(void *arg) {
    go_sync_Mutex_Lock(&mu);
    PRINT("locked by %ld\n", (long)(intptr_t)arg);
    go_sync_Mutex_Unlock(&mu);
    go_sync_WaitGroup_Done(&wg);
}

static void mutex_main(void *arg) {
    (void)arg;
    go_sync_Mutex_Lock(&mu);
    for (intptr_t id = 0; id < 3; id++) {
        go_sync_WaitGroup_Add(&wg, 1);
        rt_go(mx_worker, (void *)id);
    }
    go_runtime_Gosched();
    PRINT("main unlocks\n");
    go_sync_Mutex_Unlock(&mu);
    go_sync_Mutex_Lock(&mu);
    PRINT("main barged in\n");
    go_sync_Mutex_Unlock(&mu);
    go_sync_WaitGroup_Wait(&wg);
}

Test(rt_sched_order, mutex) {
    rt_sched_main(mutex_main, NULL);
    expect_golden("sched_order_mutex");
}

/* ---- sched_order_cond.go ---- */
static void mu_lock_ifn(void *p) { go_sync_Mutex_Lock(p); }
static void mu_unlock_ifn(void *p) { go_sync_Mutex_Unlock(p); }
static struct {
    const GoType *inter, *type;
    uint32_t hash;
    void (*fun[2])(void);
} locker_itab = {NULL, NULL, 0, {(void (*)(void))mu_lock_ifn, (void (*)(void))mu_unlock_ifn}};
static GoSyncCond cond;

static void cd_waiter(void *arg) {
    go_sync_Mutex_Lock(&mu);
    go_sync_Cond_Wait(&cond);
    PRINT("woken %ld\n", (long)(intptr_t)arg);
    go_sync_Mutex_Unlock(&mu);
    go_sync_WaitGroup_Done(&wg);
}

static void cond_main(void *arg) {
    (void)arg;
    cond.L.tab = (const GoItab *)&locker_itab;
    cond.L.data = &mu;
    for (intptr_t id = 0; id < 3; id++) {
        go_sync_WaitGroup_Add(&wg, 1);
        rt_go(cd_waiter, (void *)id);
    }
    go_runtime_Gosched();
    for (int i = 0; i < 3; i++) {
        go_sync_Mutex_Lock(&mu);
        go_sync_Cond_Signal(&cond);
        go_sync_Mutex_Unlock(&mu);
        go_runtime_Gosched();
    }
    go_sync_WaitGroup_Wait(&wg);
}

Test(rt_sched_order, cond) {
    rt_sched_main(cond_main, NULL);
    expect_golden("sched_order_cond");
}

/* ---- sched_order_sleep.go ---- */
static int sl_order[5], sl_n;

static void sl_worker(void *arg) {
    int d = (int)(intptr_t)arg;
    go_time_Sleep((int64_t)d * 1000000);
    go_sync_Mutex_Lock(&mu);
    sl_order[sl_n++] = d;
    go_sync_Mutex_Unlock(&mu);
    go_sync_WaitGroup_Done(&wg);
}

static void sleep_main(void *arg) {
    (void)arg;
    static const int ds[] = {250, 50, 200, 100, 150};
    for (int i = 0; i < 5; i++) {
        go_sync_WaitGroup_Add(&wg, 1);
        rt_go(sl_worker, (void *)(intptr_t)ds[i]);
    }
    go_sync_WaitGroup_Wait(&wg);
    PRINT("[");
    for (int i = 0; i < sl_n; i++) PRINT("%s%d", i ? " " : "", sl_order[i]);
    PRINT("]\n");
}

Test(rt_sched_order, sleep) {
    rt_sched_main(sleep_main, NULL);
    expect_golden("sched_order_sleep");
}

/* ---- sched_order_rwmutex.go ---- */
static GoSyncRWMutex rw;

static void rw_writer(void *arg) {
    (void)arg;
    go_sync_RWMutex_Lock(&rw);
    PRINT("writer in\n");
    go_sync_RWMutex_Unlock(&rw);
    PRINT("writer out\n");
    go_sync_WaitGroup_Done(&wg);
}

static void rw_reader(void *arg) {
    go_sync_RWMutex_RLock(&rw);
    PRINT("reader %ld in\n", (long)(intptr_t)arg);
    go_sync_RWMutex_RUnlock(&rw);
    go_sync_WaitGroup_Done(&wg);
}

static void rwmutex_main(void *arg) {
    (void)arg;
    go_sync_RWMutex_RLock(&rw);
    go_sync_WaitGroup_Add(&wg, 1);
    rt_go(rw_writer, NULL);
    go_runtime_Gosched();
    for (intptr_t id = 0; id < 2; id++) {
        go_sync_WaitGroup_Add(&wg, 1);
        rt_go(rw_reader, (void *)id);
    }
    go_runtime_Gosched();
    PRINT("first reader leaves\n");
    go_sync_RWMutex_RUnlock(&rw);
    go_sync_WaitGroup_Wait(&wg);
}

Test(rt_sched_order, rwmutex) {
    rt_sched_main(rwmutex_main, NULL);
    expect_golden("sched_order_rwmutex");
}

/* ---- sched_order_waitgroup.go ---- */
static GoSyncWaitGroup work;

static void wg_waiter(void *arg) {
    go_sync_WaitGroup_Wait(&work);
    PRINT("waiter %ld released\n", (long)(intptr_t)arg);
    go_sync_WaitGroup_Done(&wg);
}

static void waitgroup_main(void *arg) {
    (void)arg;
    go_sync_WaitGroup_Add(&work, 1);
    for (intptr_t id = 0; id < 3; id++) {
        go_sync_WaitGroup_Add(&wg, 1);
        rt_go(wg_waiter, (void *)id);
    }
    go_runtime_Gosched();
    PRINT("work done\n");
    go_sync_WaitGroup_Done(&work);
    go_sync_WaitGroup_Wait(&wg);
    PRINT("all released\n");
}

Test(rt_sched_order, waitgroup) {
    rt_sched_main(waitgroup_main, NULL);
    expect_golden("sched_order_waitgroup");
}

/* ---- sched_order_select.go ---- */
static struct {
    GoChan *a, *b, *c, *done;
} sl;

static void sl_selector(void *arg) {
    (void)arg;
    static const char *names[] = {"a", "b", "c"};
    for (int i = 0; i < 3; i++) {
        go_int v = 0;
        GoSelectCase cs[3] = {{sl.a, &v, false}, {sl.b, &v, false}, {sl.c, &v, false}};
        GoSelectResult r = rt_select(cs, 3, false);
        PRINT("%s %ld\n", names[r.r0], (long)v);
    }
    rt_chansend(sl.done, &(bool){true});
}

static void select_main(void *arg) {
    (void)arg;
    KEEP(sl);
    sl.a = rt_makechan(&chan_int, 0);
    sl.b = rt_makechan(&chan_int, 0);
    sl.c = rt_makechan(&chan_int, 0);
    sl.done = rt_makechan(&chan_bool, 0);
    rt_go(sl_selector, NULL);
    go_runtime_Gosched();
    rt_chansend(sl.b, &(go_int){1});
    PRINT("sent b\n");
    rt_chansend(sl.c, &(go_int){2});
    PRINT("sent c\n");
    rt_chansend(sl.a, &(go_int){3});
    PRINT("sent a\n");
    rt_chanrecv1(sl.done, NULL);
}

Test(rt_sched_order, select) {
    rt_sched_main(select_main, NULL);
    expect_golden("sched_order_select");
}
