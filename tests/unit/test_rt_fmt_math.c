/*
 * test_rt_fmt_math.c: package math's C functions that claim Go's exact
 * results (runtime/stdlib_math.c) against a checked-in sample of Go 1.19's
 * results, special values included (NaN, +-Inf, +-0, denormals, huge).
 * Go's Exp (and Pow with a fractional exponent) take a fused multiply-add
 * path on AVX+FMA CPUs; the sample came from such a CPU, so those lines
 * are skipped on a CPU without FMA (also Sinh/Cosh/Tanh/Gamma/Erf/Erfc, built on Exp).
 * (small_args marks a function exact only below 2^29; none is now: Sin,
 * Cos and Tan reproduce Go's Payne-Hanek reduction above.)
 */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "runtime/gosub.h"
#include "tests/unit/rt_math_sample.h"

#define X1(n) double go_math_##n(double);
#define X2(n) double go_math_##n(double, double);
X1(Sqrt) X1(Floor) X1(Ceil) X1(Trunc) X1(Round) X1(RoundToEven) X1(Abs) X1(Exp) X1(Log) X1(Log2)
X1(Log10) X2(Pow) X2(Hypot) X2(Mod) X2(Max) X2(Min) X2(Dim) X2(Copysign) X2(Remainder) X2(Nextafter)
X1(Sin) X1(Cos) X1(Tan) X1(Atan) X1(Asin) X1(Acos) X1(Sinh) X1(Cosh) X1(Tanh) X2(Atan2) X1(Cbrt)
X1(Exp2) X1(Expm1) X1(Log1p) X1(Asinh) X1(Acosh) X1(Atanh) X1(Gamma) X1(Erf) X1(Erfc)

static const struct {
    const char *name;
    double (*f1)(double);
    double (*f2)(double, double);
    bool fma_dependent;
    bool small_args;  /* exact only below 2^29 (Go's Payne-Hanek reduction above) */
} fns[] = {
    {"Sqrt", go_math_Sqrt, NULL, false, false},   {"Floor", go_math_Floor, NULL, false, false},
    {"Ceil", go_math_Ceil, NULL, false, false},   {"Trunc", go_math_Trunc, NULL, false, false},
    {"Round", go_math_Round, NULL, false, false}, {"RoundToEven", go_math_RoundToEven, NULL, false, false},
    {"Abs", go_math_Abs, NULL, false, false},     {"Exp", go_math_Exp, NULL, true, false},
    {"Log", go_math_Log, NULL, false, false},     {"Log2", go_math_Log2, NULL, false, false},
    {"Log10", go_math_Log10, NULL, false, false}, {"Pow", NULL, go_math_Pow, true, false},
    {"Hypot", NULL, go_math_Hypot, false, false}, {"Mod", NULL, go_math_Mod, false, false},
    {"Max", NULL, go_math_Max, false, false},     {"Min", NULL, go_math_Min, false, false},
    {"Dim", NULL, go_math_Dim, false, false},     {"Copysign", NULL, go_math_Copysign, false, false},
    {"Remainder", NULL, go_math_Remainder, false, false}, {"Nextafter", NULL, go_math_Nextafter, false, false},
    {"Sin", go_math_Sin, NULL, false, false},    {"Cos", go_math_Cos, NULL, false, false},
    {"Tan", go_math_Tan, NULL, false, false},    {"Atan", go_math_Atan, NULL, false, false},
    {"Asin", go_math_Asin, NULL, false, false},        {"Acos", go_math_Acos, NULL, false, false},
    {"Sinh", go_math_Sinh, NULL, true, false},         {"Cosh", go_math_Cosh, NULL, true, false},
    {"Tanh", go_math_Tanh, NULL, true, false},         {"Atan2", NULL, go_math_Atan2, false, false},
    {"Cbrt", go_math_Cbrt, NULL, false, false},
    {"Exp2", go_math_Exp2, NULL, false, false},  {"Expm1", go_math_Expm1, NULL, false, false},
    {"Log1p", go_math_Log1p, NULL, false, false}, {"Asinh", go_math_Asinh, NULL, false, false},
    {"Acosh", go_math_Acosh, NULL, false, false}, {"Atanh", go_math_Atanh, NULL, false, false},
    {"Gamma", go_math_Gamma, NULL, true, false},
    {"Erf", go_math_Erf, NULL, true, false},     {"Erfc", go_math_Erfc, NULL, true, false},
};

static double d(unsigned long long u) {
    double v;
    memcpy(&v, &u, 8);
    return v;
}

Test(rt_math, go_sample) {
    __builtin_cpu_init();
    bool fma = __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
    int n = (int)(sizeof math_sample / sizeof math_sample[0]), bad = 0, checked = 0;
    for (int i = 0; i < n; i++) {
        char name[32];
        unsigned long long a, b, want;
        size_t k;
        sscanf(math_sample[i], "%31s", name);
        for (k = 0; k < sizeof fns / sizeof fns[0]; k++)
            if (strcmp(fns[k].name, name) == 0) break;
        cr_assert(k < sizeof fns / sizeof fns[0], "unknown function %s", name);
        if (fns[k].fma_dependent && !fma) continue;
        double got;
        if (fns[k].f1) {
            sscanf(math_sample[i], "%*s %llx %llx", &a, &want);
            if (fns[k].small_args && fabs(d(a)) >= 536870912.0) continue;
            got = fns[k].f1(d(a));
            b = 0;
        } else {
            sscanf(math_sample[i], "%*s %llx %llx %llx", &a, &b, &want);
            got = fns[k].f2(d(a), d(b));
        }
        checked++;
        unsigned long long gb;
        memcpy(&gb, &got, 8);
        if (gb != want && !(isnan(got) && isnan(d(want)))) {
            if (++bad <= 20) cr_log_error("%s(%g, %g) = %.17g want %.17g", name, d(a), d(b), got, d(want));
        }
    }
    cr_expect(checked > 1000, "only %d checked", checked);
    cr_expect_eq(bad, 0, "%d of %d results differ from Go", bad, checked);
}
