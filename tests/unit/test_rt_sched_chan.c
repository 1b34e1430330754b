/*
 * test_rt_sched_chan.c: criterion tests for the scheduler, channels and
 * select (runtime/sched_core.c, chan.c, select.c), driven from C.
 *
 * Each test runs its body as the main goroutine through rt_sched_main and
 * spawns goroutines with rt_go, exactly as generated code will.  Expected
 * orders of interleaving are the ones Go 1.19 prints with GOMAXPROCS=1
 * for the equivalent program (checked with `GOMAXPROCS=1 go run`).
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

/* C statics are not GC roots unless registered (codegen registers Go
 * globals with rt_gc_register_roots): the tests register theirs. */
#define KEEP(var) rt_gc_add_root_range(&(var), (char *)&(var) + sizeof(var))

static const GoType chan_int = {.size = 8, .ptrdata = 8, .align = 8, .kind = GO_CHAN,
                                .elem = &go_type_int, .len = 3, .string = "chan int"};

typedef struct Log {
    char buf[4096];
    int n;
} Log;

static void logf_(Log *l, const char *fmt, long v) {
    l->n += snprintf(l->buf + l->n, sizeof l->buf - (size_t)l->n, fmt, v);
}

/* ---- ping-pong over unbuffered channels ---- */

typedef struct PingPong {
    GoChan *ping, *pong;
    int rounds;
    go_int sum;
} PingPong;

static void ponger(void *arg) {
    PingPong *p = arg;
    for (int i = 0; i < p->rounds; i++) {
        go_int v;
        rt_chanrecv1(p->ping, &v);
        v++;
        rt_chansend(p->pong, &v);
    }
}

static void pingpong_main(void *arg) {
    PingPong *p = arg;
    p->ping = rt_makechan(&chan_int, 0);
    p->pong = rt_makechan(&chan_int, 0);
    rt_go(ponger, p);
    go_int v = 0;
    for (int i = 0; i < p->rounds; i++) {
        rt_chansend(p->ping, &v);
        rt_chanrecv1(p->pong, &v);
    }
    p->sum = v;
}

Test(rt_sched_chan, pingpong) {
    PingPong p = {.rounds = 10000};
    rt_sched_main(pingpong_main, &p);
    cr_assert_eq(p.sum, 10000);
}

/* ---- goroutine order: runnext and the local queue ---- */

typedef struct Order {
    Log log;
    GoChan *done;
    int id;
} Order;
static Order order_ctx;

static void order_worker(void *arg) {
    logf_(&order_ctx.log, "%ld ", (long)(intptr_t)arg);
    go_int one = 1;
    rt_chansend(order_ctx.done, &one);
}

static void order_main(void *arg) {
    (void)arg;
    KEEP(order_ctx);
    order_ctx.done = rt_makechan(&chan_int, 0);
    for (intptr_t i = 0; i < 5; i++) rt_go(order_worker, (void *)i);
    for (int i = 0; i < 5; i++) rt_chanrecv1(order_ctx.done, NULL);
}

/* Go 1.19, GOMAXPROCS=1: for i := 0; i < 5; i++ { go f(i) } then five
 * receives prints "4 0 1 2 3": the newest goroutine sits in runnext. */
Test(rt_sched_chan, spawn_order_is_gos) {
    rt_sched_main(order_main, NULL);
    cr_assert_str_eq(order_ctx.log.buf, "4 0 1 2 3 ");
}

/* ---- buffered channels ---- */

static void buffered_main(void *arg) {
    Log *l = arg;
    GoChan *c = rt_makechan(&chan_int, 3);
    for (go_int i = 0; i < 3; i++) rt_chansend(c, &i);
    logf_(l, "len=%ld ", (long)rt_chanlen(c));
    logf_(l, "cap=%ld ", (long)rt_chancap(c));
    cr_assert_not(rt_selectnbsend(c, &(go_int){9}), "full buffer must not accept");
    for (int i = 0; i < 3; i++) {
        go_int v;
        rt_chanrecv1(c, &v);
        logf_(l, "%ld ", (long)v);
    }
    GoSelectNbRecv r = rt_selectnbrecv(c, &(go_int){0});
    cr_assert_not(r.r0, "empty buffer must not deliver");
}

Test(rt_sched_chan, buffered_fifo) {
    Log l = {0};
    rt_sched_main(buffered_main, &l);
    cr_assert_str_eq(l.buf, "len=3 cap=3 0 1 2 ");
}

/* a full buffer blocks the sender until a receiver makes room; values
 * stay in FIFO order across the blocked sender's hand-off */
typedef struct Prod {
    GoChan *c;
    int n;
} Prod;

static void producer(void *arg) {
    Prod *p = arg;
    for (go_int i = 0; i < p->n; i++) rt_chansend(p->c, &i);
    rt_closechan(p->c);
}

static void producer_main(void *arg) {
    Log *l = arg;
    static Prod p;
    KEEP(p);
    p.c = rt_makechan(&chan_int, 2);
    p.n = 7;
    rt_go(producer, &p);
    go_int v;
    while (rt_chanrecv2(p.c, &v)) logf_(l, "%ld ", (long)v);
    logf_(l, "closed v=%ld", (long)v);
}

Test(rt_sched_chan, range_over_closed_buffered) {
    Log l = {0};
    rt_sched_main(producer_main, &l);
    cr_assert_str_eq(l.buf, "0 1 2 3 4 5 6 closed v=0");
}

/* zero-size elements (chan struct{}, chan [0]byte), buffered */
static const GoType empty_struct = {.size = 0, .align = 1, .kind = GO_STRUCT, .string = "struct {}"};
static const GoType chan_empty = {.size = 8, .ptrdata = 8, .align = 8, .kind = GO_CHAN,
                                  .elem = &empty_struct, .len = 3, .string = "chan struct {}"};

static void zerosize_main(void *arg) {
    Log *l = arg;
    GoChan *c = rt_makechan(&chan_empty, 3);
    char dummy;
    for (int i = 0; i < 3; i++) rt_chansend(c, &dummy);
    logf_(l, "len=%ld ", (long)rt_chanlen(c));
    cr_assert_not(rt_selectnbsend(c, &dummy));
    rt_chanrecv1(c, &dummy);
    rt_closechan(c);
    while (rt_chanrecv2(c, &dummy)) logf_(l, "r%.0ld ", 0);
    logf_(l, "len=%ld", (long)rt_chanlen(c));
}

Test(rt_sched_chan, zero_size_elements) {
    Log l = {0};
    rt_sched_main(zerosize_main, &l);
    cr_assert_str_eq(l.buf, "len=3 r r len=0");
}

/* ---- close ---- */

typedef struct Closer {
    GoChan *c;
    GoChan *done;
    go_int got[3];
    bool ok[3];
} Closer;
static Closer closer;

static void close_waiter(void *arg) {
    intptr_t i = (intptr_t)arg;
    closer.got[i] = 42;
    closer.ok[i] = rt_chanrecv2(closer.c, &closer.got[i]);
    rt_chansend(closer.done, &(go_int){i});
}

static void close_main(void *arg) {
    Log *l = arg;
    KEEP(closer);
    closer.c = rt_makechan(&chan_int, 0);
    closer.done = rt_makechan(&chan_int, 3);
    for (intptr_t i = 0; i < 3; i++) rt_go(close_waiter, (void *)i);
    rt_gosched(); /* let them block */
    rt_closechan(closer.c);
    for (int i = 0; i < 3; i++) {
        go_int who;
        rt_chanrecv1(closer.done, &who);
        logf_(l, "%ld:", (long)who);
        logf_(l, "%ld,", (long)closer.got[who]);
        logf_(l, "%ld ", (long)closer.ok[who]);
    }
}

/* Go 1.19 wakes the first receiver first: "0:0,0 2:0,0 1:0,0" is what
 * GOMAXPROCS=1 prints for this shape (runnext takes the last readied). */
Test(rt_sched_chan, close_wakes_all_receivers) {
    Log l = {0};
    rt_sched_main(close_main, &l);
    cr_assert(strstr(l.buf, "0:0,0") && strstr(l.buf, "1:0,0") && strstr(l.buf, "2:0,0"),
              "%s", l.buf);
}

/* Go 1.19, GOMAXPROCS=1 (testdata/pending/chan_close_order.go): three
 * receivers blocked on c, a sender blocked on s; close(c); <-s; then the
 * results arrive as "100 2 1 0": close readies the waiters popping a stack,
 * each ready takes runnext. */
typedef struct CloseOrder {
    GoChan *c, *res, *s;
} CloseOrder;
static CloseOrder co;

static void co_recv(void *arg) {
    rt_chanrecv1(co.c, NULL);
    rt_chansend(co.res, &(go_int){(go_int)(intptr_t)arg});
}

static void co_send(void *arg) {
    (void)arg;
    rt_chansend(co.s, &(go_int){1});
    rt_chansend(co.res, &(go_int){100});
}

static void close_order_main(void *arg) {
    Log *l = arg;
    KEEP(co);
    co.c = rt_makechan(&chan_int, 0);
    co.res = rt_makechan(&chan_int, 6);
    co.s = rt_makechan(&chan_int, 0);
    for (intptr_t i = 0; i < 3; i++) rt_go(co_recv, (void *)i);
    rt_go(co_send, NULL);
    go_runtime_Gosched();
    rt_closechan(co.c);
    rt_chanrecv1(co.s, NULL);
    for (int i = 0; i < 4; i++) {
        go_int v;
        rt_chanrecv1(co.res, &v);
        logf_(l, "%ld ", (long)v);
    }
}

Test(rt_sched_chan, close_wake_order_is_gos) {
    Log l = {0};
    rt_sched_main(close_order_main, &l);
    cr_assert_str_eq(l.buf, "100 2 1 0 ");
}

static void close_closed_main(void *arg) {
    (void)arg;
    GoChan *c = rt_makechan(&chan_int, 1);
    rt_closechan(c);
    rt_closechan(c);
}

Test(rt_sched_chan, close_of_closed_channel_panics, .exit_code = 2) {
    cr_redirect_stderr();
    rt_sched_main(close_closed_main, NULL);
}

static void send_closed_main(void *arg) {
    (void)arg;
    GoChan *c = rt_makechan(&chan_int, 1);
    rt_closechan(c);
    rt_chansend(c, &(go_int){1});
}

Test(rt_sched_chan, send_on_closed_channel_panics, .exit_code = 2) {
    cr_redirect_stderr();
    rt_sched_main(send_closed_main, NULL);
}

static void close_nil_main(void *arg) {
    (void)arg;
    rt_closechan(NULL);
}

Test(rt_sched_chan, close_of_nil_channel_panics, .exit_code = 2) {
    cr_redirect_stderr();
    rt_sched_main(close_nil_main, NULL);
}

/* a sender blocked when the channel is closed panics too */
static void blocked_sender(void *arg) { rt_chansend(arg, &(go_int){5}); }

static void close_blocked_sender_main(void *arg) {
    (void)arg;
    GoChan *c = rt_makechan(&chan_int, 0);
    rt_go(blocked_sender, c);
    rt_gosched();
    rt_closechan(c);
    rt_gosched();
}

Test(rt_sched_chan, close_with_blocked_sender_panics, .exit_code = 2) {
    cr_redirect_stderr();
    rt_sched_main(close_blocked_sender_main, NULL);
}

/* ---- deadlock ---- */

static void deadlock_main(void *arg) {
    (void)arg;
    GoChan *c = rt_makechan(&chan_int, 0);
    rt_chanrecv1(c, NULL);
}

Test(rt_sched_chan, deadlock_exits_2, .exit_code = 2) {
    cr_redirect_stderr();
    rt_sched_main(deadlock_main, NULL);
}

static void nil_chan_main(void *arg) {
    (void)arg;
    rt_go(blocked_sender, NULL); /* blocks forever on the nil channel */
    rt_chanrecv1(NULL, NULL);
}

Test(rt_sched_chan, nil_channel_blocks_forever, .exit_code = 2) {
    cr_redirect_stderr();
    rt_sched_main(nil_chan_main, NULL);
}

/* Runs fn as the main goroutine in a child process; returns its exit
 * status and what it wrote to stderr. */
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

/* Go 1.19's report, up to the first goroutine's frames */
Test(rt_sched_chan, deadlock_text) {
    char out[4096];
    int st = run_child(nil_chan_main, NULL, out, sizeof out);
    cr_assert_eq(st, 2);
    cr_assert(strncmp(out,
                      "fatal error: all goroutines are asleep - deadlock!\n\n"
                      "goroutine 1 [chan receive (nil chan)]:\n",
                      strlen("fatal error: all goroutines are asleep - deadlock!\n\n"
                             "goroutine 1 [chan receive (nil chan)]:\n")) == 0,
              "%s", out);
    cr_assert(strstr(out, "[chan send (nil chan)]:"), "%s", out);
}

Test(rt_sched_chan, send_on_closed_text) {
    char out[4096];
    int st = run_child(send_closed_main, NULL, out, sizeof out);
    cr_assert_eq(st, 2);
    cr_assert(strncmp(out, "panic: send on closed channel\n\ngoroutine 1 [running]:\n",
                      strlen("panic: send on closed channel\n\ngoroutine 1 [running]:\n")) == 0,
              "%s", out);
}

/* ---- main returning ends the program even with goroutines left ---- */

static void forever(void *arg) { rt_chanrecv1(arg, NULL); }

static void leave_main(void *arg) {
    GoChan *c = rt_makechan(&chan_int, 0);
    for (int i = 0; i < 10; i++) rt_go(forever, c);
    rt_gosched();
    *(go_int *)arg = go_runtime_NumGoroutine();
}

Test(rt_sched_chan, main_returns_with_blocked_goroutines) {
    go_int n = 0;
    rt_sched_main(leave_main, &n);
    cr_assert_eq(n, 11);
}

/* ---- select ---- */

static void select_default_main(void *arg) {
    Log *l = arg;
    GoChan *c = rt_makechan(&chan_int, 1);
    go_int v = 0;
    GoSelectCase cs[2] = {{c, &v, false}, {NULL, &v, true}};
    GoSelectResult r = rt_select(cs, 2, true);
    logf_(l, "%ld ", (long)r.r0);
    v = 7;
    GoSelectCase snd[1] = {{c, &v, true}};
    r = rt_select(snd, 1, true);
    logf_(l, "%ld ", (long)r.r0);
    v = 0;
    r = rt_select(cs, 2, true);
    logf_(l, "%ld ", (long)r.r0);
    logf_(l, "ok=%ld ", (long)r.r1);
    logf_(l, "v=%ld", (long)v);
}

Test(rt_sched_chan, select_default_and_ready) {
    Log l = {0};
    rt_sched_main(select_default_main, &l);
    cr_assert_str_eq(l.buf, "-1 0 0 ok=1 v=7");
}

typedef struct Sel {
    GoChan *a, *b, *quit;
} Sel;

static void sel_sender(void *arg) {
    Sel *s = arg;
    rt_gosched();
    rt_chansend(s->b, &(go_int){22});
    rt_closechan(s->quit);
}

static void select_block_main(void *arg) {
    Log *l = arg;
    static Sel s;
    KEEP(s);
    s.a = rt_makechan(&chan_int, 0);
    s.b = rt_makechan(&chan_int, 0);
    s.quit = rt_makechan(&chan_int, 0);
    rt_go(sel_sender, &s);
    for (;;) {
        go_int va = -1, vb = -1, vq = -1;
        GoSelectCase cs[3] = {{s.a, &va, false}, {s.b, &vb, false}, {s.quit, &vq, false}};
        GoSelectResult r = rt_select(cs, 3, false);
        logf_(l, "case %ld", (long)r.r0);
        logf_(l, " ok=%ld", (long)r.r1);
        logf_(l, " vb=%ld; ", (long)vb);
        if (r.r0 == 2) break;
    }
    /* the abandoned sudogs are gone: a's queue is empty */
    cr_assert_null(s.a->recvq.first);
    cr_assert_null(s.b->recvq.first);
}

Test(rt_sched_chan, select_blocks_until_one_fires) {
    Log l = {0};
    rt_sched_main(select_block_main, &l);
    cr_assert_str_eq(l.buf, "case 1 ok=1 vb=22; case 2 ok=0 vb=-1; ");
}

static void select_random_main(void *arg) {
    int *counts = arg;
    GoChan *a = rt_makechan(&chan_int, 1), *b = rt_makechan(&chan_int, 1);
    go_int v = 1;
    for (int i = 0; i < 10000; i++) {
        rt_chansend(a, &v);
        rt_chansend(b, &v);
        GoSelectCase cs[2] = {{a, NULL, false}, {b, NULL, false}};
        GoSelectResult r = rt_select(cs, 2, false);
        counts[r.r0]++;
        rt_chanrecv1(r.r0 == 0 ? b : a, NULL);
    }
}

Test(rt_sched_chan, select_chooses_uniformly) {
    int counts[2] = {0, 0};
    rt_sched_main(select_random_main, counts);
    cr_assert(counts[0] > 4500 && counts[1] > 4500, "%d %d", counts[0], counts[1]);
}

static void select_send_closed_main(void *arg) {
    (void)arg;
    GoChan *c = rt_makechan(&chan_int, 0);
    rt_closechan(c);
    GoSelectCase cs[1] = {{c, &(go_int){1}, true}};
    rt_select(cs, 1, true);
}

Test(rt_sched_chan, select_send_on_closed_panics, .exit_code = 2) {
    cr_redirect_stderr();
    rt_sched_main(select_send_closed_main, NULL);
}

static void select_empty_main(void *arg) {
    (void)arg;
    rt_select(NULL, 0, false);
}

Test(rt_sched_chan, empty_select_blocks_forever, .exit_code = 2) {
    cr_redirect_stderr();
    rt_sched_main(select_empty_main, NULL);
}

/* a select-sender in one goroutine and a plain receiver in another:
 * the value is handed over directly */
static void sel_send_worker(void *arg) {
    GoChan *c = arg;
    go_int v = 99;
    GoChan *never = rt_makechan(&chan_int, 0);
    GoSelectCase cs[2] = {{never, &v, true}, {c, &v, true}};
    GoSelectResult r = rt_select(cs, 2, false);
    cr_assert_eq(r.r0, 1);
}

static void select_send_main(void *arg) {
    GoChan *c = rt_makechan(&chan_int, 0);
    rt_go(sel_send_worker, c);
    rt_chanrecv1(c, arg);
}

Test(rt_sched_chan, select_send_hands_off) {
    go_int v = 0;
    rt_sched_main(select_send_main, &v);
    cr_assert_eq(v, 99);
}

/* ---- many goroutines ---- */

typedef struct Many {
    GoChan *gate, *done;
    go_int n;
} Many;
static Many many;

static void many_worker(void *arg) {
    (void)arg;
    go_int v;
    rt_chanrecv1(many.gate, &v);
    rt_chansend(many.done, &v);
}

static void many_main(void *arg) {
    go_int *out = arg;
    KEEP(many);
    many.gate = rt_makechan(&chan_int, 0);
    many.done = rt_makechan(&chan_int, 0);
    for (go_int i = 0; i < many.n; i++) rt_go(many_worker, NULL);
    rt_gosched();
    out[0] = go_runtime_NumGoroutine();
    rt_closechan(many.gate);
    for (go_int i = 0; i < many.n; i++) rt_chanrecv1(many.done, NULL);
    out[1] = go_runtime_NumGoroutine();
}

Test(rt_sched_chan, hundred_thousand_goroutines) {
    go_int out[2];
    many.n = 100000;
    rt_sched_main(many_main, out);
    cr_assert_eq(out[0], 100001);
    /* the workers have sent, but the last ones may not have returned yet */
    cr_assert_leq(out[1], 100001);
}

/* dead goroutines' stacks are reused: a second wave maps nothing new */
static void wave_worker(void *arg) { (void)arg; }

static void waves_main(void *arg) {
    uint64_t *sys = arg;
    uint64_t inuse;
    for (int w = 0; w < 3; w++) {
        for (int i = 0; i < 1000; i++) rt_go(wave_worker, NULL);
        rt_gosched();
        rt_gosched();
        rt_sched_stack_stats(&inuse, &sys[w]);
    }
    cr_assert_eq(go_runtime_NumGoroutine(), 1);
}

Test(rt_sched_chan, stacks_reused) {
    uint64_t sys[3];
    rt_sched_main(waves_main, sys);
    cr_assert_eq(sys[1], sys[2]);
}

/* ---- GC roots ---- */

typedef struct Scan {
    void *needle;
    int found, ranges;
} Scan;

/* reads stack memory wholesale, redzones included, like the GC */
__attribute__((no_sanitize_address)) static void scan_cb(void *lo, void *hi, void *arg) {
    Scan *s = arg;
    s->ranges++;
    for (void **p = lo; p < (void **)hi; p++)
        if (*p == s->needle) s->found++;
}

static void parked_holder(void *arg) {
    volatile void *keep = arg; /* a heap pointer only this parked stack holds */
    GoChan *never = rt_makechan(&chan_int, 0);
    rt_chanrecv1(never, NULL);
    (void)keep;
}

static void scan_main(void *arg) {
    Scan *s = arg;
    s->needle = (void *)0x5eed5eed5eed0ull;
    rt_go(parked_holder, s->needle);
    rt_gosched();
    rt_sched_scan_stacks(scan_cb, s);
}

Test(rt_sched_chan, scan_stacks_sees_parked_goroutines) {
    Scan s = {0};
    rt_sched_main(scan_main, &s);
    cr_assert_geq(s.found, 1);
    cr_assert_geq(s.ranges, 2);
}

/* ---- from Go's test/chan (their programs, driven from C) ---- */

/* test/chan/doubleselect.go: a sender selecting over four channels, four
 * muxes forwarding into one channel, a receiver that must never see a
 * value twice (the bug: a value delivered through two select cases). */
enum { DS_N = 20000 };
static struct {
    GoChan *c[4], *done, *cmux;
    unsigned char seen[DS_N];
    int dups, count;
} ds;

static void ds_sender(void *arg) {
    (void)arg;
    for (go_int i = 0; i < DS_N; i++) {
        GoSelectCase cs[4];
        for (int k = 0; k < 4; k++) cs[k] = (GoSelectCase){ds.c[k], &i, true};
        rt_select(cs, 4, false);
    }
    for (int k = 0; k < 4; k++) rt_closechan(ds.c[k]);
}

static void ds_mux(void *arg) {
    GoChan *in = arg;
    go_int v;
    while (rt_chanrecv2(in, &v)) rt_chansend(ds.cmux, &v);
    rt_chansend(ds.done, &(go_int){1});
}

static void ds_closer(void *arg) {
    (void)arg;
    for (int k = 0; k < 4; k++) rt_chanrecv1(ds.done, NULL);
    rt_closechan(ds.cmux);
}

static void doubleselect_main(void *arg) {
    (void)arg;
    KEEP(ds);
    for (int k = 0; k < 4; k++) ds.c[k] = rt_makechan(&chan_int, 0);
    ds.done = rt_makechan(&chan_int, 0);
    ds.cmux = rt_makechan(&chan_int, 0);
    rt_go(ds_sender, NULL);
    for (int k = 0; k < 4; k++) rt_go(ds_mux, ds.c[k]);
    rt_go(ds_closer, NULL);
    go_int v;
    while (rt_chanrecv2(ds.cmux, &v)) {
        if (ds.seen[v]++) ds.dups++;
        ds.count++;
    }
}

Test(rt_sched_chan, go_test_chan_doubleselect) {
    rt_sched_main(doubleselect_main, NULL);
    cr_assert_eq(ds.dups, 0);
    cr_assert_eq(ds.count, DS_N);
}

/* test/chan/select6.go: a select that fired on c2 must not leave a stale
 * receiver on c1 behind, or main's second send would go to it. */
static struct {
    GoChan *c1, *c2, *c3;
} s6;

static void s6_a(void *arg) {
    (void)arg;
    rt_chanrecv1(s6.c1, NULL);
}

static void s6_b(void *arg) {
    (void)arg;
    bool b;
    GoSelectCase cs[2] = {{s6.c1, &b, false}, {s6.c2, &b, false}};
    GoSelectResult r = rt_select(cs, 2, false);
    if (r.r0 == 0) rt_throw("dummy");
    rt_chansend(s6.c3, &(bool){true});
    rt_chanrecv1(s6.c1, NULL);
}

static void s6_c(void *arg) {
    (void)arg;
    rt_chansend(s6.c2, &(bool){true});
}

static const GoType chan_bool = {.size = 8, .ptrdata = 8, .align = 8, .kind = GO_CHAN,
                                 .elem = &go_type_bool, .len = 3, .string = "chan bool"};

static void select6_main(void *arg) {
    (void)arg;
    KEEP(s6);
    s6.c1 = rt_makechan(&chan_bool, 0);
    s6.c2 = rt_makechan(&chan_bool, 0);
    s6.c3 = rt_makechan(&chan_bool, 0);
    rt_go(s6_a, NULL);
    rt_go(s6_b, NULL);
    rt_go(s6_c, NULL);
    rt_chanrecv1(s6.c3, NULL);
    rt_chansend(s6.c1, &(bool){true});
    rt_chansend(s6.c1, &(bool){true});
}

Test(rt_sched_chan, go_test_chan_select6) { rt_sched_main(select6_main, NULL); }

/* ---- rt_main (start.c), as generated main() calls it ---- */

static int init_ran;
static GoChan *rm_c;
static void rm_init(void) { init_ran = rt_goid() == 1; }
static void rm_blocker(void *arg) {
    (void)arg;
    rt_chanrecv1(rm_c, NULL);
}
static void rm_main(void) {
    cr_assert(init_ran, "init runs first, on goroutine 1");
    cr_assert_eq(rt_os_args.len, 2);
    cr_assert_eq(((GoString *)rt_os_args.p)[1].n, 5);
    cr_assert(memcmp(((GoString *)rt_os_args.p)[1].p, "hello", 5) == 0);
    rm_c = rt_makechan(&chan_int, 0);
    for (int i = 0; i < 3; i++) rt_go(rm_blocker, NULL);
    go_runtime_Gosched();
    cr_assert_eq(go_runtime_NumGoroutine(), 4);
}

Test(rt_sched_chan, rt_main_runs_init_then_main_and_returns_0) {
    char a0[] = "prog", a1[] = "hello";
    char *argv[] = {a0, a1, NULL};
    cr_assert_eq(rt_main(2, argv, NULL, 0, rm_init, rm_main), 0);
}

/* ---- randomized stress: every value sent is received exactly once ----
 * Producers send unique ids through selects over random subsets of
 * channels with mixed capacities (and some plain sends); consumers receive
 * through selects over all channels, sometimes with default + Gosched,
 * sometimes after a short sleep.  A lost, duplicated or invented value, a
 * stale sudog or a scheduler hang shows up as a wrong tally or a timeout. */
enum { ST_CH = 6, ST_PROD = 12, ST_CONS = 5, ST_PER = 400 };
static struct {
    GoChan *ch[ST_CH];
    GoChan *done;
    unsigned char seen[ST_PROD * ST_PER];
    int received, bad;
} st;
static uint32_t st_rand(uint32_t *s) {
    *s = *s * 1664525u + 1013904223u;
    return *s >> 8;
}

static void st_producer(void *arg) {
    uint32_t seed = (uint32_t)(uintptr_t)arg * 2654435761u + 1;
    for (int k = 0; k < ST_PER; k++) {
        go_int id = (go_int)(uintptr_t)arg * ST_PER + k;
        if (st_rand(&seed) % 4 == 0) {
            rt_chansend(st.ch[st_rand(&seed) % ST_CH], &id);
        } else {
            GoSelectCase cs[ST_CH];
            int n = 0;
            for (int c = 0; c < ST_CH; c++)
                if (st_rand(&seed) % 2 || (c == ST_CH - 1 && n == 0)) cs[n++] = (GoSelectCase){st.ch[c], &id, true};
            rt_select(cs, n, false);
        }
        if (st_rand(&seed) % 50 == 0) go_runtime_Gosched();
    }
}

static void st_consumer(void *arg) {
    uint32_t seed = (uint32_t)(uintptr_t)arg * 40503u + 7;
    for (;;) {
        go_int v = -1;
        GoSelectCase cs[ST_CH + 1];
        for (int c = 0; c < ST_CH; c++) cs[c] = (GoSelectCase){st.ch[c], &v, false};
        cs[ST_CH] = (GoSelectCase){st.done, NULL, false};
        bool dflt = st_rand(&seed) % 3 == 0;
        GoSelectResult r = rt_select(cs, ST_CH + 1, dflt);
        if (r.r0 == ST_CH) return; /* done closed */
        if (r.r0 < 0) {
            if (st_rand(&seed) % 2) go_runtime_Gosched();
            else go_time_Sleep(20000);
            continue;
        }
        if (v < 0 || v >= ST_PROD * ST_PER || st.seen[v]++) st.bad++;
        st.received++;
    }
}

static void stress_main(void *arg) {
    (void)arg;
    KEEP(st);
    static const int caps[ST_CH] = {0, 0, 1, 3, 0, 16};
    for (int c = 0; c < ST_CH; c++) st.ch[c] = rt_makechan(&chan_int, caps[c]);
    st.done = rt_makechan(&chan_int, 0);
    for (intptr_t i = 0; i < ST_CONS; i++) rt_go(st_consumer, (void *)i);
    for (intptr_t i = 0; i < ST_PROD; i++) rt_go(st_producer, (void *)i);
    while (st.received < ST_PROD * ST_PER) go_time_Sleep(200000);
    rt_closechan(st.done);
    go_time_Sleep(1000000);
}

Test(rt_sched_chan, randomized_select_stress) {
    alarm(60);
    rt_sched_main(stress_main, NULL);
    cr_assert_eq(st.bad, 0);
    cr_assert_eq(st.received, ST_PROD * ST_PER);
    for (int i = 0; i < ST_PROD * ST_PER; i++) cr_assert_eq(st.seen[i], 1, "id %d seen %d times", i, st.seen[i]);
}
