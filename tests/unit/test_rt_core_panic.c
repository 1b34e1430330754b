/*
 * test_rt_core_panic.c: the defer/panic/recover protocol (runtime/panic.c)
 * driven from C exactly as gosub.h section 4 tells codegen to emit it, and
 * the report of unrecovered panics.  Each scenario names the Go program it
 * stands for; the expected texts are what Go 1.19 printed for those
 * programs (testdata/pending/defer_*.go and panic_*.go hold them with their
 * recorded .out files).
 */
#include "test_rt_core.h"

#include <setjmp.h>

/* A closure with two captured words. */
typedef struct Clo {
    void (*fn)(void);
    void *a;
    void *b;
    intptr_t k;
} Clo;

static char logbuf[1024];
static void logs(const char *s) { strncat(logbuf, s, sizeof logbuf - strlen(logbuf) - 1); }

static GoDefer *mkdefer(GoDefer *d, Clo *c, void (*fn)(Clo *)) {
    c->fn = (void (*)(void))fn;
    d->fn = (GoFunc *)c;
    d->ident = (const void *)fn;
    return d;
}

/* ---- func f() { defer log("1"); defer log("2"); log("body") } ---- */

static void log_k(Clo *c) { logs((const char *)c->a); }

static void lifo_body(void) {
    GoDeferFrame df;
    GoDefer d1, d2;
    Clo c1 = {.a = "1"}, c2 = {.a = "2"};
    rt_defer_enter(&df);
    if (setjmp(df.jb)) goto dret;
    rt_defer_push(&df, mkdefer(&d1, &c1, log_k));
    rt_defer_push(&df, mkdefer(&d2, &c2, log_k));
    logs("body;");
dret:
    rt_defer_return(&df);
}

GTest(rt_core_panic, defers_run_lifo_at_return) {
    logbuf[0] = 0;
    lifo_body();
    cr_assert_str_eq(logbuf, "body;21");
}

/* ---- func f() (r int) { defer func() { x = recover(); r = 42 }(); panic("boom") } ---- */

static void rec_set(Clo *c) {
    void *tok = rt_recover_claim((const void *)rec_set, NULL);
    *(GoEface *)c->b = rt_gorecover(tok);
    *(volatile int64_t *)c->a = 42;
}

static int64_t named_result(GoEface *got) {
    volatile int64_t r = 0;
    GoDeferFrame df;
    GoDefer d1;
    Clo c1 = {.a = (void *)&r, .b = got};
    GO_DEFER_SETUP(&df, dret); /* the __builtin_setjmp form */
    rt_defer_push(&df, mkdefer(&d1, &c1, rec_set));
    rt_gopanic(box_string("boom"));
dret:
    rt_defer_return(&df);
    return r;
}

GTest(rt_core_panic, recover_sets_named_result) {
    GoEface got = {NULL, NULL};
    int64_t r = named_result(&got);
    cr_assert_eq(r, 42);
    cr_assert(gs_eq(eface_str(got), "boom"));
    /* the chains are empty again: a later recover sees nothing */
    cr_assert_null(rt_recover_claim((const void *)rec_set, NULL));
}

/* ---- func f() int { defer func() { recover() }(); defer func() { panic(2) }(); return 7 } ----
 * The result was stored by `return 7` before the deferred calls ran. */

static void rec_only(Clo *c) {
    void *tok = rt_recover_claim((const void *)rec_only, NULL);
    GoEface r = rt_gorecover(tok);
    if (c->a) *(GoEface *)c->a = r;
}
static void panic2(Clo *c) { rt_gopanic(box_int(2)); }

static int64_t return_then_panic(GoEface *got) {
    volatile int64_t r0 = 0;
    GoDeferFrame df;
    GoDefer d1, d2;
    Clo c1 = {.a = got}, c2 = {0};
    rt_defer_enter(&df);
    if (setjmp(df.jb)) goto dret;
    rt_defer_push(&df, mkdefer(&d1, &c1, rec_only));
    rt_defer_push(&df, mkdefer(&d2, &c2, panic2));
    r0 = 7;
    goto dret;
dret:
    rt_defer_return(&df);
    return r0;
}

GTest(rt_core_panic, panic_in_defer_after_return_keeps_result) {
    GoEface got = {NULL, NULL};
    cr_assert_eq(return_then_panic(&got), 7);
    cr_assert(got.type == &go_type_int);
    cr_assert_eq(*(int64_t *)got.data, 2);
}

/* ---- recover in a helper called by the deferred function returns nil ----
 *   defer func() { helper() }()   where helper calls recover()  */

static void helper_recovers(Clo *c) {
    void *tok = rt_recover_claim((const void *)helper_recovers, NULL);
    GoEface r = rt_gorecover(tok);
    logs(r.type ? "helper got value;" : "helper got nil;");
}
static void calls_helper(Clo *c) {
    Clo h = {0};
    helper_recovers(&h);
}

static void indirect_recover_main(void) {
    GoDeferFrame df;
    GoDefer d1;
    Clo c1 = {0};
    logbuf[0] = 0;
    rt_defer_enter(&df);
    if (setjmp(df.jb)) goto dret;
    rt_defer_push(&df, mkdefer(&d1, &c1, calls_helper));
    rt_gopanic(box_string("not recovered"));
dret:
    rt_defer_return(&df);
    fprintf(stderr, "returned normally\n");
}

GTest(rt_core_panic, recover_in_helper_is_nil) {
    expect_panic_output(indirect_recover_main, "panic: not recovered\n\n");
}

/* ---- recover not called by a deferred function: nil, panic goes on ---- */
GTest(rt_core_panic, recover_without_panic_is_nil) {
    void *tok = rt_recover_claim((const void *)rec_only, NULL);
    GoEface r = rt_gorecover(tok);
    cr_assert_null(r.type);
}

/* ---- defer func() { r := recover(); panic(r) }(); panic("first") ---- */

static void repanic(Clo *c) {
    void *tok = rt_recover_claim((const void *)repanic, NULL);
    GoEface r = rt_gorecover(tok);
    rt_gopanic(r);
}

static void repanic_main(void) {
    GoDeferFrame df;
    GoDefer d1;
    Clo c1 = {0};
    rt_defer_enter(&df);
    if (setjmp(df.jb)) goto dret;
    rt_defer_push(&df, mkdefer(&d1, &c1, repanic));
    rt_gopanic(box_string("first"));
dret:
    rt_defer_return(&df);
}

GTest(rt_core_panic, repanic_output) {
    expect_panic_output(repanic_main, "panic: first [recovered]\n\tpanic: first\n\n");
}

/* ---- defer func() { panic("third") }(); defer func() { panic("second") }(); panic("first") ---- */

static void panic_k(Clo *c) { rt_gopanic(box_string((const char *)c->a)); }

static void nested3_main(void) {
    GoDeferFrame df;
    GoDefer d1, d2;
    Clo c1 = {.a = "third"}, c2 = {.a = "second"};
    GO_DEFER_SETUP(&df, dret); /* the __builtin_setjmp form */
    rt_defer_push(&df, mkdefer(&d1, &c1, panic_k));
    rt_defer_push(&df, mkdefer(&d2, &c2, panic_k));
    rt_gopanic(box_string("first"));
dret:
    rt_defer_return(&df);
}

GTest(rt_core_panic, nested_panics_output) {
    expect_panic_output(nested3_main, "panic: first\n\tpanic: second\n\tpanic: third\n\n");
}

/* ---- defer func() { fmt.Println("rec", recover()) }(); defer func() { panic("second") }(); panic("first")
 * prints "rec second" and exits 0: the aborted first panic leaves the chain. */

static GoEface nested_got;
static void nested_recover_body(void) {
    GoDeferFrame df;
    GoDefer d1, d2;
    Clo c1 = {.a = &nested_got}, c2 = {.a = "second"};
    rt_defer_enter(&df);
    if (setjmp(df.jb)) goto dret;
    rt_defer_push(&df, mkdefer(&d1, &c1, rec_only));
    rt_defer_push(&df, mkdefer(&d2, &c2, panic_k));
    rt_gopanic(box_string("first"));
dret:
    rt_defer_return(&df);
}

GTest(rt_core_panic, recover_nested_gets_latest) {
    nested_got.type = NULL;
    nested_recover_body();
    cr_assert(gs_eq(eface_str(nested_got), "second"));
    /* nothing left in flight */
    cr_assert_null(rt_gorecover(rt_recover_claim((const void *)rec_only, NULL)).type);
}

/* ---- defer func() { recover(); panic("second") }(); panic("first") ---- */

static void rec_then_panic(Clo *c) {
    void *tok = rt_recover_claim((const void *)rec_then_panic, NULL);
    rt_gorecover(tok);
    rt_gopanic(box_string("second"));
}

static void rec_then_panic_main(void) {
    GoDeferFrame df;
    GoDefer d1;
    Clo c1 = {0};
    rt_defer_enter(&df);
    if (setjmp(df.jb)) goto dret;
    rt_defer_push(&df, mkdefer(&d1, &c1, rec_then_panic));
    rt_gopanic(box_string("first"));
dret:
    rt_defer_return(&df);
}

GTest(rt_core_panic, recovered_then_new_panic_output) {
    expect_panic_output(rec_then_panic_main, "panic: first [recovered]\n\tpanic: second\n\n");
}

/* ---- panic(nil): recover returns nil, the function returns normally ---- */

static bool nil_recovered_returned;
static void panic_nil_body(void) {
    GoDeferFrame df;
    GoDefer d1;
    Clo c1 = {0};
    rt_defer_enter(&df);
    if (setjmp(df.jb)) goto dret;
    rt_defer_push(&df, mkdefer(&d1, &c1, rec_only));
    rt_gopanic((GoEface){NULL, NULL});
dret:
    rt_defer_return(&df);
    nil_recovered_returned = true;
}

GTest(rt_core_panic, panic_nil_is_recovered) {
    nil_recovered_returned = false;
    panic_nil_body();
    cr_assert(nil_recovered_returned);
}

static void panic_nil_main(void) { rt_gopanic((GoEface){NULL, NULL}); }
GTest(rt_core_panic, panic_nil_output) { expect_panic_output(panic_nil_main, "panic: nil\n\n"); }

/* ---- panics unwind through frames: deferred calls of every frame run ---- */

static void inner_frame(void) {
    GoDeferFrame df;
    GoDefer d1;
    Clo c1 = {.a = "inner;"};
    GO_DEFER_SETUP(&df, dret); /* the __builtin_setjmp form */
    rt_defer_push(&df, mkdefer(&d1, &c1, log_k));
    rt_panic_index(5, 3);
dret:
    rt_defer_return(&df);
    logs("inner returned;");
}

static void no_defer_middle(void) { inner_frame(); logs("middle returned;"); }

static GoEface outer_got;
static int64_t outer_frame(void) {
    volatile int64_t r = 1;
    GoDeferFrame df;
    GoDefer d1, d2;
    Clo c1 = {.a = &outer_got}, c2 = {.a = "outer;"};
    GO_DEFER_SETUP(&df, dret); /* the __builtin_setjmp form */
    rt_defer_push(&df, mkdefer(&d1, &c1, rec_only));
    rt_defer_push(&df, mkdefer(&d2, &c2, log_k));
    no_defer_middle();
    r = 2;
dret:
    rt_defer_return(&df);
    return r;
}

GTest(rt_core_panic, unwinds_frames_and_runtime_error_value) {
    logbuf[0] = 0;
    outer_got.type = NULL;
    int64_t r = outer_frame();
    cr_assert_eq(r, 1);
    cr_assert_str_eq(logbuf, "inner;outer;");
    cr_assert(outer_got.type == &rt_type_boundsError);
    GoString s;
    cr_assert(rt_call_string_method(outer_got, "Error", &s));
    cr_assert(gs_eq(s, "runtime error: index out of range [5] with length 3"));
    /* it is a runtime.Error (a program's descriptor of the interface) */
    static const GoType fs = {.size = 8, .kind = GO_FUNC, .string = "func() string"};
    static const GoType fv = {.size = 8, .kind = GO_FUNC, .string = "func()"};
    static const GoIMethod ims[2] = {{"Error", &fs}, {"RuntimeError", &fv}};
    static const GoType rtError = {.size = 16, .kind = GO_INTERFACE, .string = "runtime.Error",
                                   .pkgpath = "runtime", .imethods = ims, .nimethods = 2};
    GoIface out;
    cr_assert(rt_assertE2I2(&rtError, outer_got, &out));
    cr_assert(out.tab->type == &rt_type_boundsError);
    cr_assert(rt_assertE2I2(&go_type_error, outer_got, &out));
    GoString e2 = ((GoString(*)(void *))out.tab->fun[0])(out.data);
    cr_assert(gs_eq(e2, "runtime error: index out of range [5] with length 3"));
}

/* ---- a deferred call run by a normal return cannot recover a panic in flight ---- */

static void x_with_defer_recover(void) {
    GoDeferFrame df;
    GoDefer d1;
    Clo c1 = {0};
    rt_defer_enter(&df);
    if (setjmp(df.jb)) goto dret;
    rt_defer_push(&df, mkdefer(&d1, &c1, helper_recovers));
dret:
    rt_defer_return(&df);
}
static void deferred_calls_x(Clo *c) { x_with_defer_recover(); }

static void normal_return_defer_main(void) {
    GoDeferFrame df;
    GoDefer d1;
    Clo c1 = {0};
    logbuf[0] = 0;
    rt_defer_enter(&df);
    if (setjmp(df.jb)) goto dret;
    rt_defer_push(&df, mkdefer(&d1, &c1, deferred_calls_x));
    rt_gopanic(box_string("still panicking"));
dret:
    rt_defer_return(&df);
}

GTest(rt_core_panic, recover_in_defer_of_normal_return_is_nil) {
    expect_panic_output(normal_return_defer_main, "panic: still panicking\n\n");
}

/* ---- Goexit runs the deferred calls, recover returns nil meanwhile ---- */

static void goexit_body(void) {
    GoDeferFrame df;
    GoDefer d1, d2;
    Clo c1 = {.a = "a;"}, c2 = {0};
    rt_defer_enter(&df);
    if (setjmp(df.jb)) goto dret;
    rt_defer_push(&df, mkdefer(&d1, &c1, log_k));
    rt_defer_push(&df, mkdefer(&d2, &c2, helper_recovers));
    rt_goexit_run_defers();
    logs("after;");
dret:
    rt_defer_return(&df);
}

GTest(rt_core_panic, goexit_runs_defers) {
    logbuf[0] = 0;
    goexit_body();
    cr_assert_str_eq(logbuf, "helper got nil;a;after;");
}

/* ---- defer of a nil func value panics when the deferred call runs ---- */

static void nil_defer_main(void) {
    GoDeferFrame df;
    GoDefer d1 = {.fn = NULL, .ident = NULL};
    rt_defer_enter(&df);
    if (setjmp(df.jb)) goto dret;
    rt_defer_push(&df, &d1);
    fprintf(stderr, "body\n");
dret:
    rt_defer_return(&df);
}

GTest(rt_core_panic, nil_deferred_func) {
    expect_panic_output(nil_defer_main,
                        "body\npanic: runtime error: invalid memory address or nil pointer dereference\n"
                        "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=PC]\n\n");
}

/* ---- defers in a loop use heap records ---- */

static void loop_defers(void) {
    GoDeferFrame df;
    static const char *const names[3] = {"0", "1", "2"};
    rt_defer_enter(&df);
    if (setjmp(df.jb)) goto dret;
    for (int i = 0; i < 3; i++) {
        Clo *c = rt_alloc(sizeof(Clo), NULL);
        c->fn = (void (*)(void))log_k;
        c->a = (void *)names[i];
        rt_defer_new(&df, (GoFunc *)c, (const void *)log_k);
    }
dret:
    rt_defer_return(&df);
}

GTest(rt_core_panic, loop_defers_lifo) {
    logbuf[0] = 0;
    loop_defers();
    cr_assert_str_eq(logbuf, "210");
}

/* ---- method through an interface wrapper: claim with alt ---- */

static void method_body(Clo *c);
static void method_wrapper(Clo *c) { method_body(c); }
static void method_body(Clo *c) {
    void *tok = rt_recover_claim((const void *)method_body, (const void *)method_wrapper);
    *(GoEface *)c->a = rt_gorecover(tok);
}

GTest(rt_core_panic, recover_through_wrapper) {
    GoEface got = {NULL, NULL};
    GoDeferFrame df;
    GoDefer d1;
    Clo c1 = {.fn = (void (*)(void))method_wrapper, .a = &got};
    d1.fn = (GoFunc *)&c1;
    d1.ident = (const void *)method_wrapper;
    volatile int landed = 0;
    rt_defer_enter(&df);
    if (setjmp(df.jb)) {
        landed = 1;
        goto dret;
    }
    rt_defer_push(&df, &d1);
    rt_gopanic(box_int(9));
dret:
    rt_defer_return(&df);
    cr_assert_eq(landed, 1);
    cr_assert(got.type == &go_type_int);
}

/* ---- Go's test/recover.go test2 and test4:
 *   defer mustRecover(2); defer recover(); panic(2)        -- the defer recover() is a no-op
 *   defer mustNotRecover(); defer func() { defer recover() }(); panic(4)  -- it squelches
 * `defer recover()` is a closure calling rt_gorecover with the enclosing
 * function's claim token. */

typedef struct TokClo {
    void (*fn)(void);
    void *tok;
} TokClo;
static void deferred_recover_builtin(TokClo *c) { rt_gorecover(c->tok); }

static GoEface test2_got;
static void must_recover(Clo *c) {
    void *tok = rt_recover_claim((const void *)must_recover, NULL);
    test2_got = rt_gorecover(tok);
}

static void test2_body(void) {
    void *rtok = rt_recover_claim((const void *)test2_body, NULL);
    GoDeferFrame df;
    GoDefer d1, d2;
    Clo c1 = {0};
    TokClo c2 = {(void (*)(void))deferred_recover_builtin, rtok};
    rt_defer_enter(&df);
    if (setjmp(df.jb)) goto dret;
    rt_defer_push(&df, mkdefer(&d1, &c1, must_recover));
    d2.fn = (GoFunc *)&c2;
    d2.ident = (const void *)deferred_recover_builtin;
    rt_defer_push(&df, &d2);
    rt_gopanic(box_int(2));
dret:
    rt_defer_return(&df);
}

GTest(rt_core_panic, defer_recover_builtin_is_noop) {
    test2_got.type = NULL;
    test2_body();
    cr_assert(test2_got.type == &go_type_int, "mustRecover(2) saw nothing");
}

static bool test4_spurious;
static void must_not_recover(Clo *c) {
    void *tok = rt_recover_claim((const void *)must_not_recover, NULL);
    test4_spurious = rt_gorecover(tok).type != NULL;
}

/* func() { defer recover() } as the deferred function */
static void squelcher(Clo *c) {
    void *rtok = rt_recover_claim((const void *)squelcher, NULL);
    GoDeferFrame df;
    GoDefer d;
    TokClo tc = {(void (*)(void))deferred_recover_builtin, rtok};
    rt_defer_enter(&df);
    if (setjmp(df.jb)) goto dret;
    d.fn = (GoFunc *)&tc;
    d.ident = (const void *)deferred_recover_builtin;
    rt_defer_push(&df, &d);
dret:
    rt_defer_return(&df);
}

static bool test4_returned;
static void test4_body(void) {
    GoDeferFrame df;
    GoDefer d1, d2;
    Clo c1 = {0}, c2 = {0};
    rt_defer_enter(&df);
    if (setjmp(df.jb)) goto dret;
    rt_defer_push(&df, mkdefer(&d1, &c1, must_not_recover));
    rt_defer_push(&df, mkdefer(&d2, &c2, squelcher));
    rt_gopanic(box_int(4));
dret:
    rt_defer_return(&df);
    test4_returned = true;
}

GTest(rt_core_panic, deferred_recover_in_deferred_function_squelches) {
    test4_spurious = true;
    test4_returned = false;
    test4_body();
    cr_assert(test4_returned);
    cr_assert(!test4_spurious);
}

/* ---- f := obj.M; defer f() where M calls recover: the method value's
 * closure forwards the arming to M ---- */

static void mv_target(Clo *c) {
    void *tok = rt_recover_claim((const void *)mv_target, NULL);
    *(GoEface *)c->a = rt_gorecover(tok);
}
static void mv_wrapper(Clo *c) {
    rt_recover_forward((const void *)mv_wrapper, (const void *)mv_target);
    mv_target(c);
}

GTest(rt_core_panic, method_value_wrapper_forwards) {
    GoEface got = {NULL, NULL};
    GoDeferFrame df;
    GoDefer d1;
    Clo c1 = {.a = &got};
    rt_defer_enter(&df);
    if (setjmp(df.jb)) goto dret;
    rt_defer_push(&df, mkdefer(&d1, &c1, mv_wrapper));
    rt_gopanic(box_int(11));
dret:
    rt_defer_return(&df);
    cr_assert(got.type == &go_type_int);
    cr_assert_eq(*(int64_t *)got.data, 11);
}
