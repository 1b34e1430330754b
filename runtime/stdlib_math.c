/*
 * stdlib_math.c: package math's functions that need C (//extern
 * go_math_<Name>), with Go 1.19's special cases (NaN, +-Inf, signed
 * zeros) and results.
 *
 * Exactness: Sqrt, Floor, Ceil, Trunc, Round, RoundToEven, Mod, Abs,
 * Copysign, Frexp, Ldexp, Modf, Max, Min, Dim, Remainder, Nextafter are
 * exact operations, identical to Go bit for bit; Pow follows Go's method
 * (exact for integer exponents), Hypot Go's amd64 formula.  Exp, Log and the trigonometric
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

double go_math_Ldexp(double frac, go_int exp);
double go_math_NaN(void);

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
F1(Exp, exp(x))
F1(Exp2, exp2(x))
F1(Expm1, expm1(x))
F1(Log, log(x))
F1(Log2, log2(x))
F1(Log10, log10(x))
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
        a1 = exp(yf * log(x));
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
