/*
 * stdlib_math.c: package math's functions that need C (//extern
 * go_math_<Name>), with Go 1.19's special cases (NaN, +-Inf, signed
 * zeros) and results.
 *
 * Exactness: Sqrt, Floor, Ceil, Trunc, Round, RoundToEven, Mod, Abs,
 * Copysign, Frexp, Ldexp, Modf, Max, Min, Dim, Remainder, Nextafter are
 * exact operations, identical to Go bit for bit; Pow follows Go's method
 * (exact for integer exponents), Hypot Go's amd64 formula, Exp, Log, Log2,
 * Log10 Go's amd64 algorithms.  The trigonometric and hyperbolic
 * functions come from the C library; Go's own
 * implementations may differ from it in the last bit for some arguments
 * (tests/gen/mathcheck measures how often: see the numbers there).
 *
 * Go declarations (stdlib/math), one per function:
 *   //extern go_math_Sqrt      func Sqrt(x float64) float64
 *   and likewise Floor Ceil Trunc Round RoundToEven Abs Exp Exp2 Expm1 Log
 *   Log2 Log10 Log1p Sin Cos Tan Asin Acos Atan Sinh Cosh Tanh Asinh Acosh
 *   Atanh Cbrt Erf Erfc Gamma
 *   //extern go_math_Pow       func Pow(x, y float64) float64
 *   and likewise Atan2 Hypot Mod Max Min Dim Copysign Remainder Nextafter
 *   //extern go_math_Inf       func Inf(sign int) float64
 *   //extern go_math_NaN       func NaN() float64
 *   //extern go_math_IsNaN     func IsNaN(f float64) (is bool)
 *   //extern go_math_IsInf     func IsInf(f float64, sign int) bool
 *   //extern go_math_Signbit   func Signbit(x float64) bool
 *   //extern go_math_Float64bits     func Float64bits(f float64) uint64
 *   //extern go_math_Float64frombits func Float64frombits(b uint64) float64
 *   //extern go_math_Float32bits     func Float32bits(f float32) uint32
 *   //extern go_math_Float32frombits func Float32frombits(b uint32) float32
 *   //extern go_math_Frexp     func Frexp(f float64) (frac float64, exp int)
 *   //extern go_math_Ldexp     func Ldexp(frac float64, exp int) float64
 *   //extern go_math_Modf      func Modf(f float64) (int float64, frac float64)
 *   //extern go_math_Sincos    func Sincos(x float64) (sin, cos float64)
 * The constants (Pi, E, MaxInt64, MaxFloat64, SmallestNonzeroFloat64, ...)
 * are Go constants in stdlib/math, not functions.
 */
#include "runtime/gosub.h"

#include <math.h>

/* Go never fuses a*b+c unless it says so (FMA paths call fma()); GCC in
 * ISO C mode does not contract either, clang must be told. */
#ifdef __clang__
#pragma STDC FP_CONTRACT OFF
#endif

double go_math_Ldexp(double frac, go_int exp);
double go_math_NaN(void);
double go_math_Exp(double x);
double go_math_Log(double x);

#define F1(name, expr)                                                                   \
    double go_math_##name(double x) { return (expr); }
#define F2(name, expr)                                                                   \
    double go_math_##name(double x, double y) { return (expr); }

F1(Sqrt, sqrt(x))
F1(Floor, floor(x))
F1(Ceil, ceil(x))
F1(Trunc, trunc(x))
F1(Round, round(x))           /* half away from zero, as Go */
F1(RoundToEven, nearbyint(x)) /* default rounding mode: to nearest even */
F1(Abs, fabs(x))
F1(Exp2, exp2(x))
F1(Expm1, expm1(x))
F1(Log1p, log1p(x))
F1(Sin, sin(x))
F1(Cos, cos(x))
F1(Tan, tan(x))
F1(Asin, asin(x))
F1(Acos, acos(x))
F1(Atan, atan(x))
F1(Sinh, sinh(x))
F1(Cosh, cosh(x))
F1(Tanh, tanh(x))
F1(Asinh, asinh(x))
F1(Acosh, acosh(x))
F1(Atanh, atanh(x))
F1(Cbrt, cbrt(x))
F1(Erf, erf(x))
F1(Erfc, erfc(x))
F1(Gamma, tgamma(x))
F2(Atan2, atan2(x, y))
F2(Copysign, copysign(x, y))
F2(Remainder, remainder(x, y))
/* Go returns x when x == y (Nextafter(-0, +0) = -0); C returns y. */
F2(Nextafter, x == y ? x : nextafter(x, y))

static bool is_odd_int(double y) {
    if (fabs(y) >= 9007199254740992.0) return false; /* 2^53: all even */
    double i;
    if (modf(y, &i) != 0) return false;
    return fmod(i, 2) != 0;
}

/* Go's Pow: the special cases first (as Go orders them), then
 * x**y = x**frac(y) * x**int(y), the integer power by binary
 * exponentiation on Frexp's mantissa with the binary exponent kept apart
 * (so intermediate products never overflow), combined by one Ldexp.  The
 * operations are the same as Go's, so integer exponents give Go's bits
 * exactly (C's pow is correctly rounded and differs in the last bit);
 * a fractional exponent goes through exp/log (libm). */
double go_math_Pow(double x, double y) {
    if (y == 0 || x == 1) return 1;
    if (y == 1) return x;
    if (isnan(x) || isnan(y)) return go_math_NaN();
    if (x == 0) {
        if (y < 0) return is_odd_int(y) ? copysign(INFINITY, x) : INFINITY;
        return is_odd_int(y) ? x : 0;
    }
    if (isinf(y)) {
        if (x == -1) return 1;
        if ((fabs(x) < 1) == (y > 0)) return 0;
        return INFINITY;
    }
    if (isinf(x)) {
        if (x < 0) return go_math_Pow(1 / x, -y); /* via -0 */
        return y < 0 ? 0 : INFINITY;
    }
    if (y == 0.5) return sqrt(x);
    if (y == -0.5) return 1 / sqrt(x);

    double yi;
    double yf = modf(fabs(y), &yi);
    if (yf != 0 && x < 0) return go_math_NaN();
    if (yi >= 9223372036854775808.0) {
        /* A huge even integer: overflow or underflow except for -1. */
        if (x == -1) return 1;
        if ((fabs(x) < 1) == (y > 0)) return 0;
        return INFINITY;
    }
    double a1 = 1;
    int64_t ae = 0;
    if (yf != 0) {
        if (yf > 0.5) {
            yf--;
            yi++;
        }
        a1 = go_math_Exp(yf * go_math_Log(x));
    }
    int xe32;
    double x1 = frexp(x, &xe32);
    int64_t xe = xe32;
    for (int64_t i = (int64_t)yi; i != 0; i >>= 1) {
        if (xe < -(1 << 12) || (1 << 12) < xe) {
            /* the exponent alone already over/underflows: Ldexp decides */
            ae += xe;
            break;
        }
        if (i & 1) {
            a1 *= x1;
            ae += xe;
        }
        x1 *= x1;
        xe <<= 1;
        if (x1 < .5) {
            x1 += x1;
            xe--;
        }
    }
    if (y < 0) {
        a1 = 1 / a1;
        ae = -ae;
    }
    return go_math_Ldexp(a1, ae);
}

/* Go: Mod(x, +-Inf) = x for finite x; Mod(+-Inf, y) = NaN; Mod(x, 0) = NaN;
 * the sign of the result is x's: the same as C's fmod. */
F2(Mod, fmod(x, y))

/* Go's amd64 Hypot: +Inf if either is infinite, NaN if either is NaN,
 * else max * sqrt(1 + (min/max)^2) -- not C's more careful hypot. */
double go_math_Hypot(double p, double q) {
    p = fabs(p);
    q = fabs(q);
    if (isinf(p) || isinf(q)) return INFINITY;
    if (isnan(p) || isnan(q)) return go_math_NaN();
    if (p == 0 && q == 0) return 0;
    double hi = p > q ? p : q, lo = p > q ? q : p;
    lo /= hi;
    return hi * sqrt(1 + lo * lo);
}

/* ---- Exp and Log as Go computes them on amd64 ----
 * Go's amd64 assembly: Exp reduces x = k*ln2 + r (k rounded to nearest),
 * evaluates e^(r/16) by a degree-8 Taylor polynomial and squares four
 * times ((1+p)^2 - 1 = p*(2+p)), then scales by 2^k; when the CPU has
 * AVX+FMA, Go fuses the reduction and the polynomial's multiply-adds, so
 * we do the same (C's fma is exactly the fused operation).  Log is
 * fdlibm's: x = 2^k * f, s = (f-1)/(f+1), a degree-14 odd polynomial in s.
 * Every operation is done in the same order as Go, so results are
 * identical bit for bit (including Go's quirks: Log of a denormal uses the
 * raw exponent field). */
static int cpu_fma = -1;

static bool have_fma(void) {
    if (cpu_fma < 0) {
        __builtin_cpu_init();
        cpu_fma = __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
    }
    return cpu_fma;
}

static double from_bits(uint64_t b) {
    double d;
    memcpy(&d, &b, 8);
    return d;
}

static uint64_t to_bits(double d) {
    uint64_t b;
    memcpy(&b, &d, 8);
    return b;
}

double go_math_Exp(double x) {
    static const double ln2u = 0.69314718055966295651160180568695068359375;
    static const double ln2l = 0.28235290563031577122588448175013436025525412068e-12;
    static const double log2e = 1.4426950408889634073599246810018920;
    /* 1/n! coefficients: 1/2, 1, 2 (for the squarings), 1/3! .. 1/8! */
    static const double c_half = 0.5, c_one = 1.0, c_two = 2.0, c3 = 1.6666666666666666667e-1,
                        c4 = 4.1666666666666666667e-2, c5 = 8.3333333333333333333e-3,
                        c6 = 1.3888888888888888889e-3, c7 = 1.9841269841269841270e-4,
                        c8 = 2.4801587301587301587e-5;
    uint64_t bx = to_bits(x);
    if ((bx & ~(1ULL << 63)) >= 0x7FF0000000000000ULL) {
        if (bx == 0xFFF0000000000000ULL) return 0; /* -Inf */
        return x;                                  /* NaN, +Inf */
    }
    if (x > 7.09782712893384e+02) return INFINITY;
    double t = log2e * x;
    /* CVTSD2SL: round to nearest; out of range gives INT32_MIN */
    int32_t k = (t >= -2147483648.0 && t < 2147483648.0) ? (int32_t)nearbyint(t) : INT32_MIN;
    double kf = k;
    double r, p;
    if (have_fma()) {
        r = fma(-kf, ln2u, x);
        r = fma(-kf, ln2l, r);
        r *= 0.0625;
        p = fma(c8, r, c7);
        p = fma(p, r, c6);
        p = fma(p, r, c5);
        p = fma(p, r, c4);
        p = fma(p, r, c3);
        p = fma(p, r, c_half);
        p = fma(p, r, c_one);
        r = r * p;
        for (int i = 0; i < 3; i++) r = r * (r + c_two);
        r = fma(r, r + c_two, c_one);
    } else {
        r = x - ln2u * kf;
        r = r - ln2l * kf;
        r *= 0.0625;
        p = c8 * r + c7;
        p = p * r + c6;
        p = p * r + c5;
        p = p * r + c4;
        p = p * r + c3;
        p = p * r + c_half;
        p = p * r + c_one;
        r = r * p;
        for (int i = 0; i < 4; i++) r = r * (r + c_two);
        r = r + c_one;
    }
    int64_t e = (int64_t)k + 0x3FF;
    if (e <= 0) {
        if (e < -52) return 0;
        r *= from_bits((uint64_t)(e + 0x3FE) << 52);
        e = 1;
    } else if (e >= 0x7FF) {
        return INFINITY;
    }
    return r * from_bits((uint64_t)e << 52);
}

double go_math_Log(double x) {
    static const double hsqrt2 = 7.07106781186547524401e-01;
    uint64_t bx = to_bits(x);
    if ((bx & ~(1ULL << 63)) == 0) return -INFINITY;
    if ((int64_t)bx < 0) return go_math_NaN();
    if (bx >= 0x7FF0000000000000ULL) return x; /* +Inf, NaN */
    const double ln2hi = from_bits(0x3fe62e42fee00000ULL), ln2lo = from_bits(0x3dea39ef35793c76ULL);
    const double L1 = from_bits(0x3FE5555555555593ULL), L2 = from_bits(0x3FD999999997FA04ULL),
                 L3 = from_bits(0x3FD2492494229359ULL), L4 = from_bits(0x3FCC71C51D8E78AFULL),
                 L5 = from_bits(0x3FC7466496CB03DEULL), L6 = from_bits(0x3FC39A09D078C69FULL),
                 L7 = from_bits(0x3FC2F112DF3E5244ULL);
    /* f1 in [0.5, 1) from the mantissa bits, k from the raw exponent field */
    double f1 = from_bits((bx & 0x000FFFFFFFFFFFFFULL) | 0x3FE0000000000000ULL);
    double k = (double)((int32_t)((bx >> 52) & 0x7FF) - 0x3FE);
    if (!(hsqrt2 < f1)) {
        k -= 1;
        f1 *= 2;
    }
    double f = f1 - 1;
    double s = f / (2 + f);
    double s2 = s * s;
    double s4 = s2 * s2;
    double t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
    double t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
    double R = t1 + t2;
    double hfsq = 0.5 * f * f;
    return k * ln2hi - ((hfsq - (s * (hfsq + R) + k * ln2lo)) - f);
}

/* Go's Log10 and Log2 are written in terms of Log. */
/* The constants are Go's exact 1/Ln10 and 1/Ln2 rounded once. */
double go_math_Log10(double x) { return go_math_Log(x) * from_bits(0x3FDBCB7B1526E50EULL); }

double go_math_Log2(double x) {
    int e;
    double frac = frexp(x, &e);
    /* exact for powers of two */
    if (frac == 0.5) return (double)(e - 1);
    return go_math_Log(frac) * from_bits(0x3FF71547652B82FEULL) + (double)e;
}

double go_math_Max(double x, double y) {
    if (isinf(x) && x > 0) return x;
    if (isinf(y) && y > 0) return y;
    if (isnan(x) || isnan(y)) return NAN;
    if (x == 0 && x == y) return signbit(x) ? y : x; /* Max(-0, +0) = +0 */
    return x > y ? x : y;
}

double go_math_Min(double x, double y) {
    if (isinf(x) && x < 0) return x;
    if (isinf(y) && y < 0) return y;
    if (isnan(x) || isnan(y)) return NAN;
    if (x == 0 && x == y) return signbit(x) ? x : y; /* Min(-0, +0) = -0 */
    return x < y ? x : y;
}

double go_math_Dim(double x, double y) {
    double v = x - y;
    if (v <= 0) return 0; /* also Dim(+Inf, +Inf) = NaN stays NaN: NaN <= 0 is false */
    return v;
}

double go_math_Inf(go_int sign) { return sign >= 0 ? INFINITY : -INFINITY; }

double go_math_NaN(void) {
    /* Go's NaN() is Float64frombits(0x7FF8000000000001). */
    uint64_t b = 0x7FF8000000000001ULL;
    double d;
    memcpy(&d, &b, 8);
    return d;
}

bool go_math_IsNaN(double f) { return f != f; }

bool go_math_IsInf(double f, go_int sign) {
    return (sign >= 0 && f > 1.7976931348623157e308) || (sign <= 0 && f < -1.7976931348623157e308);
}

bool go_math_Signbit(double x) { return signbit(x) != 0; }

uint64_t go_math_Float64bits(double f) {
    uint64_t b;
    memcpy(&b, &f, 8);
    return b;
}

double go_math_Float64frombits(uint64_t b) {
    double f;
    memcpy(&f, &b, 8);
    return f;
}

uint32_t go_math_Float32bits(float f) {
    uint32_t b;
    memcpy(&b, &f, 4);
    return b;
}

float go_math_Float32frombits(uint32_t b) {
    float f;
    memcpy(&f, &b, 4);
    return f;
}

typedef struct {
    double r0;
    go_int r1;
} RtFloatInt;

typedef struct {
    double r0, r1;
} RtFloat2;

RtFloatInt go_math_Frexp(double f) {
    RtFloatInt r;
    int e = 0;
    /* Go: Frexp(+-0) = +-0, 0; Frexp(+-Inf) = +-Inf, 0; Frexp(NaN) = NaN, 0
     * -- the same as C's frexp. */
    r.r0 = frexp(f, &e);
    r.r1 = e;
    return r;
}

double go_math_Ldexp(double frac, go_int exp) {
    if (exp > 100000) exp = 100000;
    if (exp < -100000) exp = -100000;
    return ldexp(frac, (int)exp);
}

RtFloat2 go_math_Modf(double f) {
    RtFloat2 r;
    /* Go: Modf(+-Inf) = +-Inf, NaN; C gives +-0 for the fraction. */
    if (isinf(f)) {
        r.r0 = f;
        r.r1 = NAN;
        return r;
    }
    r.r1 = modf(f, &r.r0);
    return r;
}

RtFloat2 go_math_Sincos(double x) {
    RtFloat2 r = {sin(x), cos(x)};
    return r;
}
