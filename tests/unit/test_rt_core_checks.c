/*
 * test_rt_core_checks.c: the inline run-time checks of gosub.h section 4
 * pick the same panic variant and operands as gc.  Each case mirrors a
 * line of testdata/pending/recover_runtime_errors.go, whose recorded
 * output (Go 1.19) gives the expected Error() text.
 */
#include "test_rt_core.h"

#include <setjmp.h>

typedef struct Clo {
    void (*fn)(void);
    GoEface *out;
} Clo;

static void catcher(Clo *c) {
    void *tok = rt_recover_claim((const void *)catcher, NULL);
    *c->out = rt_gorecover(tok);
}

/* Runs body under a deferred recover; returns the recovered value. */
static GoEface catch(void (*body)(intptr_t *), intptr_t *args) {
    GoEface got = {NULL, NULL};
    GoDeferFrame df;
    GoDefer d;
    Clo c = {(void (*)(void))catcher, &got};
    rt_defer_enter(&df);
    if (setjmp(df.jb)) goto dret;
    d.fn = (GoFunc *)&c;
    d.ident = (const void *)catcher;
    rt_defer_push(&df, &d);
    body(args);
dret:
    rt_defer_return(&df);
    return got;
}

static void expect_text(void (*body)(intptr_t *), intptr_t *args, const char *want) {
    GoEface r = catch(body, args);
    cr_assert_not_null(r.type, "no panic, want %s", want);
    GoString s;
    cr_assert(rt_call_string_method(r, "Error", &s));
    char buf[256];
    snprintf(buf, sizeof buf, "%.*s", (int)s.n, (const char *)s.p);
    cr_assert_str_eq(buf, want);
}

static void idx(intptr_t *a) { go_check_index(a[0], a[1]); }
static void idxu(intptr_t *a) { go_check_index_u((uintptr_t)a[0], a[1]); }
static void sl2cap(intptr_t *a) { go_check_slice2(a[0], a[1], a[2], true); }
static void sl2len(intptr_t *a) { go_check_slice2(a[0], a[1], a[2], false); }
static void sl3cap(intptr_t *a) { go_check_slice3(a[0], a[1], a[2], a[3], true); }
static void conv(intptr_t *a) { go_check_convert(a[0], a[1]); }
static void divz(intptr_t *a) { go_check_div(a[0]); }
static void shneg(intptr_t *a) { go_check_shift(a[0]); }
static void nilp(intptr_t *a) { go_nilcheck((const void *)a[0]); }

GTest(rt_core_checks, texts_match_go) {
    /* a := []int{1,2,3}; s := "hello"; arr := [4]int{}; i, j, k := 5, 1, 7 */
    expect_text(idx, (intptr_t[]){5, 3}, "runtime error: index out of range [5] with length 3");
    expect_text(idx, (intptr_t[]){-1, 4}, "runtime error: index out of range [-1]");
    expect_text(idxu, (intptr_t[]){10, 3}, "runtime error: index out of range [10] with length 3");
    expect_text(sl2cap, (intptr_t[]){0, 7, 3}, "runtime error: slice bounds out of range [:7] with capacity 3");
    expect_text(sl2len, (intptr_t[]){0, 7, 5}, "runtime error: slice bounds out of range [:7] with length 5");
    expect_text(sl2len, (intptr_t[]){0, 7, 4}, "runtime error: slice bounds out of range [:7] with length 4");
    expect_text(sl2cap, (intptr_t[]){2, 1, 3}, "runtime error: slice bounds out of range [2:1]");
    expect_text(sl2len, (intptr_t[]){3, 1, 5}, "runtime error: slice bounds out of range [3:1]");
    expect_text(sl3cap, (intptr_t[]){0, 1, 7, 3}, "runtime error: slice bounds out of range [::7] with capacity 3");
    expect_text(sl3cap, (intptr_t[]){0, 3, 2, 3}, "runtime error: slice bounds out of range [:3:2]");
    expect_text(sl3cap, (intptr_t[]){3, 2, 3, 3}, "runtime error: slice bounds out of range [3:2:]");
    /* a[neg:] with neg = -2: hi is len(a) */
    expect_text(sl2cap, (intptr_t[]){-2, 3, 3}, "runtime error: slice bounds out of range [-2:]");
    expect_text(conv, (intptr_t[]){3, 2},
                "runtime error: cannot convert slice with length 2 to pointer to array with length 3");
    expect_text(divz, (intptr_t[]){0}, "runtime error: integer divide by zero");
    expect_text(shneg, (intptr_t[]){-2}, "runtime error: negative shift amount");
    expect_text(nilp, (intptr_t[]){0}, "runtime error: invalid memory address or nil pointer dereference");
    /* no panic when in range */
    cr_assert_null(catch(idx, (intptr_t[]){2, 3}).type);
    cr_assert_null(catch(sl3cap, (intptr_t[]){0, 3, 3, 3}).type);
    cr_assert_null(catch(sl2len, (intptr_t[]){5, 5, 5}).type);
}

/* The runtime error types print through %T-like names and are errors. */
GTest(rt_core_checks, error_types) {
    GoEface r = catch(idx, (intptr_t[]){5, 3});
    cr_assert_str_eq(r.type->string, "runtime.boundsError");
    r = catch(divz, (intptr_t[]){0});
    cr_assert_str_eq(r.type->string, "runtime.errorString");
}

/* unsafe.Slice's checks, as Go's test/unsafebuiltins.go exercises them */
static void us(intptr_t *a) { rt_unsafeslice_check((const GoType *)a[0], (const void *)a[1], a[2]); }

GTest(rt_core_checks, unsafe_slice) {
    static uint64_t word;
    static uint8_t byte;
    intptr_t last = (intptr_t)~(uintptr_t)0;
    cr_assert_null(catch(us, (intptr_t[]){(intptr_t)&go_type_int, 0, 0}).type);
    expect_text(us, (intptr_t[]){(intptr_t)&go_type_int, 0, 1},
                "runtime error: unsafe.Slice: ptr is nil and len is not zero");
    expect_text(us, (intptr_t[]){(intptr_t)&go_type_uint8, (intptr_t)&byte, -1},
                "runtime error: unsafe.Slice: len out of range");
    expect_text(us, (intptr_t[]){(intptr_t)&go_type_uint64, (intptr_t)&word, (intptr_t)(UINTPTR_MAX / 8)},
                "runtime error: unsafe.Slice: len out of range");
    cr_assert_null(catch(us, (intptr_t[]){(intptr_t)&go_type_uint8, last, 1}).type);
    expect_text(us, (intptr_t[]){(intptr_t)&go_type_uint8, last, 2},
                "runtime error: unsafe.Slice: len out of range");
}
