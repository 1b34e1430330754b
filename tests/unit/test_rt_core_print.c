/*
 * test_rt_core_print.c: the builtin print/println formats (runtime/print.c)
 * against what Go 1.19 printed for testdata/run/builtin_print.go (plus a
 * println(complex(1.5, -2)) line: complex numbers are outside the subset
 * but print supports them).
 */
#include "test_rt_core.h"

#include <math.h>

static const char go_output[] =
    "+0.000000e+000\n"
    "+1.000000e+000\n"
    "-1.000000e+000\n"
    "+1.500000e+000\n"
    "+1.000000e-001\n"
    "+1.234568e+008\n"
    "+1.000000e-300\n"
    "+1.000000e+300\n"
    "+3.141593e+000\n"
    "+2.500000e-005\n"
    "+1.000000e+001\n"
    "+1.000000e+008\n"
    "+1.234568e-004\n"
    "+1.000000e+021\n"
    "+4.940656e-324\n"
    "+1.797693e+308\n"
    "-5.000000e-001\n"
    "+7.000000e+000\n"
    "+Inf -Inf NaN -0.000000e+000\n"
    "+1.000000e-001 +1.677722e+007 +3.333333e-001\n"
    "-9223372036854775808 18446744073709551615 true false str 120\n"
    "(+1.500000e+000-2.000000e+000i)\n"
    "0x0\n"
    "true 0\n";

static void printer(void) {
    static const double fs[] = {0, 1, -1, 1.5, 0.1, 123456789, 1e-300, 1e300, 3.14159265358979,
                                2.5e-5, 9.9999999, 99999995, 0.000123456789, 1e21, 5e-324,
                                1.7976931348623157e308, -0.5, 7};
    for (size_t i = 0; i < sizeof fs / sizeof fs[0]; i++) {
        rt_printlock();
        rt_printfloat(fs[i]);
        rt_printnl();
        rt_printunlock();
    }
    rt_printlock();
    rt_printfloat(INFINITY);
    rt_printsp();
    rt_printfloat(-INFINITY);
    rt_printsp();
    rt_printfloat(NAN);
    rt_printsp();
    rt_printfloat(-0.0);
    rt_printnl();
    rt_printfloat((float)0.1);
    rt_printsp();
    rt_printfloat((float)16777216);
    rt_printsp();
    rt_printfloat((float)1 / 3);
    rt_printnl();
    rt_printint(INT64_MIN);
    rt_printsp();
    rt_printuint(UINT64_MAX);
    rt_printsp();
    rt_printbool(true);
    rt_printsp();
    rt_printbool(false);
    rt_printsp();
    rt_printstring(rt_cstr("str"));
    rt_printsp();
    rt_printint('x');
    rt_printnl();
    rt_printcomplex(1.5, -2);
    rt_printnl();
    rt_printpointer(NULL);
    rt_printnl();
    rt_printbool(true);
    rt_printsp();
    rt_printint(0);
    rt_printnl();
    rt_printunlock();
}

GTest(rt_core_print, formats_match_go) {
    char buf[4096];
    int st = child_run(printer, buf, sizeof buf);
    cr_assert_eq(st, 0);
    cr_assert_str_eq(buf, go_output);
}

/* Panic values of named types print as Go's printanycustomtype does. */
static const GoType myint = {.size = 8, .kind = GO_INT, .tflag = GO_TF_NAMED, .string = "main.MyInt"};
static const GoType mystr = {.size = 16, .kind = GO_STRING, .tflag = GO_TF_NAMED, .string = "main.MyStr"};
static const GoType myf = {.size = 8, .kind = GO_FLOAT64, .tflag = GO_TF_NAMED, .string = "main.MyF"};
static const GoType tstruct = {.size = 16, .kind = GO_STRUCT, .tflag = GO_TF_NAMED, .string = "main.T"};

static void panic_myint(void) { int64_t v = 7; rt_gopanic((GoEface){&myint, rt_convT(&myint, &v)}); }
static void panic_mystr(void) {
    GoString *s = rt_alloc(16, &go_type_string);
    *s = rt_cstr("s");
    rt_gopanic((GoEface){&mystr, s});
}
static void panic_myf(void) { double v = 3; rt_gopanic((GoEface){&myf, rt_convT(&myf, &v)}); }
static void panic_float(void) { double v = 1.5; rt_gopanic((GoEface){&go_type_float64, rt_convT(&go_type_float64, &v)}); }
static void panic_u8(void) { uint8_t v = 200; rt_gopanic((GoEface){&go_type_uint8, rt_convT(&go_type_uint8, &v)}); }
static void panic_struct(void) {
    void *p = rt_alloc(16, NULL);
    rt_gopanic((GoEface){&tstruct, p});
}

GTest(rt_core_print, panic_values) {
    expect_panic_output(panic_myint, "panic: main.MyInt(7)\n\n");
    expect_panic_output(panic_mystr, "panic: main.MyStr(\"s\")\n\n");
    expect_panic_output(panic_myf, "panic: main.MyF(+3.000000e+000)\n\n");
    expect_panic_output(panic_float, "panic: +1.500000e+000\n\n");
    expect_panic_output(panic_u8, "panic: 200\n\n");
    char buf[4096];
    int st = child_run(panic_struct, buf, sizeof buf);
    cr_assert_eq(st, 2);
    cr_assert(strncmp(buf, "panic: (main.T) 0x", 18) == 0, "%s", buf);
}

/* type E struct{}; func (E) Error() string { panic("inner") }; panic(E{}) */
static GoString E_Error(void *data) { rt_gopanic(box_string("inner")); }
static const GoType fs_type = {.size = 8, .kind = GO_FUNC, .string = "func() string"};
static const GoMethod E_methods[1] = {{"Error", &fs_type, (void (*)(void))E_Error, (void (*)(void))E_Error}};
static const GoType E_type = {.size = 0, .kind = GO_STRUCT, .tflag = GO_TF_NAMED, .string = "main.E",
                              .nmethods = 1, .methods = E_methods};
static void panic_bad_error(void) { rt_gopanic((GoEface){&E_type, rt_convT(&E_type, &(char){0})}); }

GTest(rt_core_print, panic_while_printing_panic_value) {
    expect_panic_output(panic_bad_error, "fatal error: panic while printing panic value: inner\n\n");
}
