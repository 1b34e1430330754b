/*
 * stdlib_math.c: package math's functions that need C (//extern
 * go_math_<Name>), with Go 1.19's special cases (NaN, +-Inf, signed
 * zeros) and results.
 *
 * Exactness (tests/gen/mathcheck compares with Go on 20000 arguments per
 * function, special values included; tests/unit/test_rt_fmt_math.c keeps a
 * sample):
 *   - exact operations, identical by nature: Sqrt, Floor, Ceil, Trunc,
 *     Round, RoundToEven, Abs, Copysign, Frexp, Ldexp, Modf, Mod, Max, Min,
 *     Dim, Remainder, Nextafter;
 *   - Go's own algorithms evaluated in Go's order, identical bit for bit:
 *     Exp (its amd64 assembly, FMA path included), Exp2, Expm1, Log, Log2,
 *     Log10, Log1p, Pow, Hypot (amd64 assembly), Sin, Cos, Tan (with the
 *     Payne-Hanek reduction for huge arguments), Atan, Atan2, Asin, Acos,
 *     Sinh, Cosh, Tanh, Asinh, Acosh, Atanh, Cbrt, Gamma, Erf, Erfc.
 * Every function of the list below is therefore Go's, bit for bit.
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
        xe *= 2; /* Go: xe <<= 1 (no overflow: |xe| <= 2^12 here) */
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
#if defined(__x86_64__)
        __builtin_cpu_init();
        cpu_fma = __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
#else
        cpu_fma = 0; /* the amd64 path only (tests/arm64.sh builds the rest) */
#endif
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

/* ---- trigonometric and hyperbolic functions as Go computes them ----
 * Go's are pure Go on amd64 (Cephes' methods): an argument is reduced
 * modulo Pi/4 by Cody-Waite with Pi/4 split in three parts, then a
 * degree-6 polynomial in z^2 gives sin or cos of the remainder (a rational
 * function for tan); atan maps its argument into [0, 0.66] and evaluates a
 * rational function; asin/acos go through atan, sinh/cosh/tanh through
 * Exp.  We evaluate the same expressions in the same order, so results
 * are Go's bit for bit; arguments >= 2^29 go through a Payne-Hanek
 * reduction (trig_reduce) as in Go. */
static const double sin_c[6] = {1.58962301576546568060e-10, -2.50507477628578072866e-8,
                                2.75573136213857245213e-6,  -1.98412698295895385996e-4,
                                8.33333333332211858878e-3,  -1.66666666666666307295e-1};
static const double cos_c[6] = {-1.13585365213876817300e-11, 2.08757008419747316778e-9,
                                -2.75573141792967388112e-7,  2.48015872888517045348e-5,
                                -1.38888888888730564116e-3,  4.16666666666665929218e-2};
#define PI4A 7.85398125648498535156e-1
#define PI4B 3.77489470793079817668e-8
#define PI4C 2.69515142907905952645e-15
#define TRIG_REDUCE_MAX 536870912.0 /* 1 << 29 */
/* Go's float64 constants Pi, Pi/2, Pi/4, 4/Pi, 3*Pi/4 (each the exact
 * value rounded once). */
#define GO_PI from_bits(0x400921FB54442D18ULL)
#define GO_PI2 from_bits(0x3FF921FB54442D18ULL)
#define GO_PI4 from_bits(0x3FE921FB54442D18ULL)
#define GO_4PI from_bits(0x3FF45F306DC9C883ULL)
#define GO_3PI4 from_bits(0x4002D97C7F3321D2ULL)

/* Payne-Hanek reduction for x >= 2^29: x * 4/pi computed with 4/pi's bits
 * (tests/gen/pi4/gen.py) from the window that matters for x's exponent,
 * 192 bits of product kept; the top 3 integer bits are the octant, the
 * fraction (times pi/4) the remainder, with the same rounding as Go's. */
static const uint64_t four_over_pi_bits[20] = {
    0x0000000000000001ULL, 0x45f306dc9c882a53ULL, 0xf84eafa3ea69bb81ULL, 0xb6c52b3278872083ULL,
    0xfca2c757bd778ac3ULL, 0x6e48dc74849ba5c0ULL, 0x0c925dd413a32439ULL, 0xfc3bd63962534e7dULL,
    0xd1046bea5d768909ULL, 0xd338e04d68befc82ULL, 0x7323ac7306a673e9ULL, 0x3908bf177bf25076ULL,
    0x3ff12fffbc0b301fULL, 0xde5e2316b414da3eULL, 0xda6cfd9e4f96136eULL, 0x9e8c7ecd3cbfd45aULL,
    0xea4f758fd7cbe2f6ULL, 0x7a0e73ef14a525d4ULL, 0xd7f6bf623f1aba10ULL, 0xac06608df8f6d757ULL,
};

static inline uint64_t window64(unsigned d, unsigned sh) {
    /* 64 bits of 4/pi starting sh bits into word d */
    return sh == 0 ? four_over_pi_bits[d]
                   : (four_over_pi_bits[d] << sh) | (four_over_pi_bits[d + 1] >> (64 - sh));
}

static double trig_reduce(double x, uint64_t *jp) {
    if (x < GO_PI4) {
        *jp = 0;
        return x;
    }
    uint64_t ix = to_bits(x);
    int exp = (int)((ix >> 52) & 0x7FF) - 1023 - 52;
    ix = (ix & 0x000FFFFFFFFFFFFFULL) | (1ULL << 52); /* the integer mantissa */
    unsigned d = (unsigned)(exp + 61) / 64, sh = (unsigned)(exp + 61) % 64;
    uint64_t z0 = window64(d, sh), z1 = window64(d + 1, sh), z2 = window64(d + 2, sh);
    unsigned __int128 p2 = (unsigned __int128)z2 * ix, p1 = (unsigned __int128)z1 * ix;
    uint64_t z2hi = (uint64_t)(p2 >> 64), z1hi = (uint64_t)(p1 >> 64), z1lo = (uint64_t)p1;
    uint64_t z0lo = z0 * ix;
    uint64_t lo = z1lo + z2hi;
    uint64_t carry = lo < z1lo;
    uint64_t hi = z0lo + z1hi + carry;
    uint64_t j = hi >> 61;
    hi = hi << 3 | lo >> 61;
    unsigned lz = (unsigned)__builtin_clzll(hi); /* hi != 0 for x >= Pi/4 in practice */
    uint64_t e = (uint64_t)(1023 - (lz + 1));
    hi = (hi << (lz + 1)) | (lz + 1 == 64 ? 0 : lo >> (64 - (lz + 1)));
    hi >>= 64 - 52;
    hi |= e << 52;
    double z = from_bits(hi);
    if (j & 1) {
        j++;
        j &= 7;
        z--;
    }
    *jp = j;
    return z * GO_PI4;
}

static double poly_sin(double z, double zz) {
    return z + z * zz * ((((((sin_c[0] * zz) + sin_c[1]) * zz + sin_c[2]) * zz + sin_c[3]) * zz + sin_c[4]) * zz + sin_c[5]);
}

static double poly_cos(double zz) {
    return 1.0 - 0.5 * zz +
           zz * zz * ((((((cos_c[0] * zz) + cos_c[1]) * zz + cos_c[2]) * zz + cos_c[3]) * zz + cos_c[4]) * zz + cos_c[5]);
}

/* x >= 0, x < 2^29: the octant j (0..7 before masking) and the remainder z. */
static double reduce_pi4(double x, uint64_t *jp) {
    uint64_t j = (uint64_t)(x * GO_4PI);
    double y = (double)j;
    if (j & 1) { /* map zeros to the origin */
        j++;
        y++;
    }
    *jp = j;
    return ((x - y * PI4A) - y * PI4B) - y * PI4C;
}

double go_math_Sin(double x) {
    if (x == 0 || isnan(x)) return x;
    if (isinf(x)) return go_math_NaN();
    bool neg = false;
    if (x < 0) {
        x = -x;
        neg = true;
    }
    uint64_t j;
    double z = x >= TRIG_REDUCE_MAX ? trig_reduce(x, &j) : reduce_pi4(x, &j);
    j &= 7;
    if (j > 3) {
        neg = !neg;
        j -= 4;
    }
    double zz = z * z;
    double y = (j == 1 || j == 2) ? poly_cos(zz) : poly_sin(z, zz);
    return neg ? -y : y;
}

double go_math_Cos(double x) {
    if (isnan(x) || isinf(x)) return go_math_NaN();
    x = fabs(x);
    bool neg = false;
    uint64_t j;
    double z = x >= TRIG_REDUCE_MAX ? trig_reduce(x, &j) : reduce_pi4(x, &j);
    j &= 7;
    if (j > 3) {
        j -= 4;
        neg = !neg;
    }
    if (j > 1) neg = !neg;
    double zz = z * z;
    double y = (j == 1 || j == 2) ? poly_sin(z, zz) : poly_cos(zz);
    return neg ? -y : y;
}

typedef struct {
    double r0, r1;
} RtFloat2;

RtFloat2 go_math_Sincos(double x) {
    RtFloat2 r;
    if (x == 0) {
        r.r0 = x;
        r.r1 = 1;
        return r;
    }
    r.r0 = go_math_Sin(x);
    r.r1 = go_math_Cos(x);
    return r;
}

double go_math_Tan(double x) {
    static const double P[3] = {-1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7};
    static const double Q[5] = {1.0, 1.36812963470692954678e4, -1.32089234440210967447e6, 2.50083801823357915839e7,
                                -5.38695755929454629881e7};
    if (x == 0 || isnan(x)) return x;
    if (isinf(x)) return go_math_NaN();
    bool neg = false;
    if (x < 0) {
        x = -x;
        neg = true;
    }
    uint64_t j;
    double z = x >= TRIG_REDUCE_MAX ? trig_reduce(x, &j) : reduce_pi4(x, &j);
    double zz = z * z, y;
    if (zz > 1e-14)
        y = z + z * (zz * (((P[0] * zz) + P[1]) * zz + P[2]) / ((((zz + Q[1]) * zz + Q[2]) * zz + Q[3]) * zz + Q[4]));
    else
        y = z;
    if (j & 2) y = -1 / y;
    return neg ? -y : y;
}

/* atan on [0, 0.66] */
static double xatan(double x) {
    static const double P0 = -8.750608600031904122785e-01, P1 = -1.615753718733365076637e+01,
                        P2 = -7.500855792314704667340e+01, P3 = -1.228866684490136173410e+02,
                        P4 = -6.485021904942025371773e+01, Q0 = +2.485846490142306297962e+01,
                        Q1 = +1.650270098316988542046e+02, Q2 = +4.328810604912902668951e+02,
                        Q3 = +4.853903996359136964868e+02, Q4 = +1.945506571482613964425e+02;
    double z = x * x;
    z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
    return x * z + x;
}

/* atan for x >= 0, by range: [0, 0.66], (0.66, tan(3Pi/8)], beyond */
static double satan(double x) {
    const double morebits = from_bits(0x3C91A62633145C07ULL), half_morebits = from_bits(0x3C81A62633145C07ULL);
    if (x <= 0.66) return xatan(x);
    if (x > 2.41421356237309504880) return GO_PI2 - xatan(1 / x) + morebits;
    return GO_PI4 + xatan((x - 1) / (x + 1)) + half_morebits;
}

double go_math_Atan(double x) {
    if (x == 0) return x;
    return x > 0 ? satan(x) : -satan(-x);
}

double go_math_Atan2(double y, double x) {
    if (isnan(y) || isnan(x)) return go_math_NaN();
    if (y == 0) {
        if (x >= 0 && !signbit(x)) return copysign(0, y);
        return copysign(GO_PI, y);
    }
    if (x == 0) return copysign(GO_PI2, y);
    if (isinf(x)) {
        if (x > 0) return isinf(y) ? copysign(GO_PI4, y) : copysign(0, y);
        return isinf(y) ? copysign(GO_3PI4, y) : copysign(GO_PI, y);
    }
    if (isinf(y)) return copysign(GO_PI2, y);
    double q = go_math_Atan(y / x);
    if (x < 0) return q <= 0 ? q + GO_PI : q - GO_PI;
    return q;
}

double go_math_Asin(double x) {
    if (x == 0) return x;
    bool neg = false;
    if (x < 0) {
        x = -x;
        neg = true;
    }
    if (x > 1) return go_math_NaN();
    double t = sqrt(1 - x * x);
    if (x > 0.7) t = GO_PI2 - satan(t / x);
    else t = satan(x / t);
    return neg ? -t : t;
}

double go_math_Acos(double x) { return GO_PI2 - go_math_Asin(x); }

double go_math_Sinh(double x) {
    static const double P0 = -0.6307673640497716991184787251e+6, P1 = -0.8991272022039509355398013511e+5,
                        P2 = -0.2894211355989563807284660366e+4, P3 = -0.2630563213397497062819489e+2,
                        Q0 = -0.6307673640497716991212077277e+6, Q1 = 0.1521517378790019070696485176e+5,
                        Q2 = -0.173678953558233699533450911e+3;
    bool neg = false;
    if (x < 0) {
        x = -x;
        neg = true;
    }
    double t;
    if (x > 21) {
        t = go_math_Exp(x) * 0.5;
    } else if (x > 0.5) {
        double ex = go_math_Exp(x);
        t = (ex - 1 / ex) * 0.5;
    } else {
        double sq = x * x;
        t = (((P3 * sq + P2) * sq + P1) * sq + P0) * x;
        t = t / (((sq + Q2) * sq + Q1) * sq + Q0);
    }
    return neg ? -t : t;
}

double go_math_Cosh(double x) {
    x = fabs(x);
    if (x > 21) return go_math_Exp(x) * 0.5;
    double ex = go_math_Exp(x);
    return (ex + 1 / ex) * 0.5;
}

double go_math_Tanh(double x) {
    static const double P[3] = {-9.64399179425052238628e-1, -9.92877231001918586564e1, -1.61468768441708447952e3};
    static const double Q[3] = {1.12811678491632931402e2, 2.23548839060100448583e3, 4.84406305325125486048e3};
    const double maxlog = 8.8029691931113054295988e+01;
    double z = fabs(x);
    if (z > 0.5 * maxlog) return x < 0 ? -1 : 1;
    if (z >= 0.625) {
        double s = go_math_Exp(2 * z);
        z = 1 - 2 / (s + 1);
        return x < 0 ? -z : z;
    }
    if (x == 0) return x;
    double s = x * x;
    return x + x * s * ((P[0] * s + P[1]) * s + P[2]) / (((s + Q[0]) * s + Q[1]) * s + Q[2]);
}

/* Go's Cbrt (FreeBSD's method): a cube-root estimate from the exponent
 * bits, one rational refinement, rounding to 20 bits, one Newton step. */
double go_math_Cbrt(double x) {
    const uint64_t B1 = 715094163, B2 = 696219795;
    const double C = 5.42857142857142815906e-01, D = -7.05306122448979611050e-01,
                 E = 1.41428571428571436819e+00, F = 1.60714285714285720630e+00,
                 G = 3.57142857142857150787e-01, smallest_normal = 2.22507385850720138309e-308;
    if (x == 0 || isnan(x) || isinf(x)) return x;
    bool neg = false;
    if (x < 0) {
        x = -x;
        neg = true;
    }
    double t = from_bits(to_bits(x) / 3 + (B1 << 32));
    if (x < smallest_normal) {
        t = 18014398509481984.0; /* 2^54 */
        t *= x;
        t = from_bits(to_bits(t) / 3 + (B2 << 32));
    }
    double r = t * t / x;
    double s = C + r * t;
    t *= G + F / (s + E + D / s);
    t = from_bits((to_bits(t) & (0xFFFFFFFFCULL << 28)) + (1ULL << 30));
    s = t * t;
    r = x / s;
    double w = t + t;
    r = (r - t) / (w + r);
    t = t + t * r;
    return neg ? -t : t;
}

/* ---- Exp2, Expm1, Log1p, Asinh, Acosh, Atanh: Go's (fdlibm's) methods,
 * evaluated in Go's order ---- */
double go_math_Exp2(double x) {
    static const double ln2hi = 6.93147180369123816490e-01, ln2lo = 1.90821492927058770002e-10;
    static const double P1 = 1.66666666666666657415e-01, P2 = -2.77777777770155933842e-03,
                        P3 = 6.61375632143793436117e-05, P4 = -1.65339022054652515390e-06,
                        P5 = 4.13813679705723846039e-08;
    if (isnan(x) || (isinf(x) && x > 0)) return x;
    if (isinf(x)) return 0;
    if (x > 1.0239999999999999e+03) return INFINITY;
    if (x < -1.0740e+03) return 0;
    int64_t k = 0;
    if (x > 0) k = (int64_t)(x + 0.5);
    else if (x < 0) k = (int64_t)(x - 0.5);
    double t = x - (double)k;
    double hi = t * ln2hi, lo = -t * ln2lo;
    /* exp(hi - lo) * 2^k, fdlibm's rational form */
    double r = hi - lo;
    double tt = r * r;
    double c = r - tt * (P1 + tt * (P2 + tt * (P3 + tt * (P4 + tt * P5))));
    double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
    return go_math_Ldexp(y, k);
}

double go_math_Log1p(double x) {
    static const double sqrt2m1 = 4.142135623730950488017e-01, sqrt2halfm1 = -2.928932188134524755992e-01,
                        small = 1.0 / (1 << 29), tiny = 1.0 / 18014398509481984.0 /* 2^-54 */,
                        two53 = 9007199254740992.0, ln2hi = 6.93147180369123816490e-01,
                        ln2lo = 1.90821492927058770002e-10, Lp1 = 6.666666666666735130e-01,
                        Lp2 = 3.999999999940941908e-01, Lp3 = 2.857142874366239149e-01,
                        Lp4 = 2.222219843214978396e-01, Lp5 = 1.818357216161805012e-01,
                        Lp6 = 1.531383769920937332e-01, Lp7 = 1.479819860511658591e-01;
    if (x < -1 || isnan(x)) return go_math_NaN();
    if (x == -1) return -INFINITY;
    if (isinf(x)) return INFINITY;
    double absx = fabs(x), f = 0, c = 0;
    uint64_t iu = 0;
    int64_t k = 1;
    if (absx < sqrt2m1) {
        if (absx < small) {
            if (absx < tiny) return x;
            return x - x * x * 0.5;
        }
        if (x > sqrt2halfm1) {
            k = 0;
            f = x;
            iu = 1;
        }
    }
    if (k != 0) {
        double u;
        if (absx < two53) {
            u = 1.0 + x;
            iu = to_bits(u);
            k = (int64_t)((iu >> 52) - 1023);
            c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
            c /= u;
        } else {
            u = x;
            iu = to_bits(u);
            k = (int64_t)((iu >> 52) - 1023);
            c = 0;
        }
        iu &= 0x000fffffffffffffULL;
        if (iu < 0x0006a09e667f3bcdULL) {
            u = from_bits(iu | 0x3ff0000000000000ULL);
        } else {
            k++;
            u = from_bits(iu | 0x3fe0000000000000ULL);
            iu = (0x0010000000000000ULL - iu) >> 2;
        }
        f = u - 1.0;
    }
    double hfsq = 0.5 * f * f, s, R, z;
    double kf = (double)k;
    if (iu == 0) {
        if (f == 0) {
            if (k == 0) return 0;
            c += kf * ln2lo;
            return kf * ln2hi + c;
        }
        R = hfsq * (1.0 - 0.66666666666666666 * f);
        if (k == 0) return f - R;
        return kf * ln2hi - ((R - (kf * ln2lo + c)) - f);
    }
    s = f / (2.0 + f);
    z = s * s;
    R = z * (Lp1 + z * (Lp2 + z * (Lp3 + z * (Lp4 + z * (Lp5 + z * (Lp6 + z * Lp7))))));
    if (k == 0) return f - (hfsq - s * (hfsq + R));
    return kf * ln2hi - ((hfsq - (s * (hfsq + R) + (kf * ln2lo + c))) - f);
}

double go_math_Expm1(double x) {
    static const double othreshold = 7.09782712893383973096e+02, ln2x56 = 3.88162421113569373274e+01,
                        ln2halfx3 = 1.03972077083991796413e+00, ln2half = 3.46573590279972654709e-01,
                        ln2hi = 6.93147180369123816490e-01, ln2lo = 1.90821492927058770002e-10,
                        invln2 = 1.44269504088896338700e+00, tiny = 1.0 / 18014398509481984.0,
                        Q1 = -3.33333333333331316428e-02, Q2 = 1.58730158725481460165e-03,
                        Q3 = -7.93650757867487942473e-05, Q4 = 4.00821782732936239552e-06,
                        Q5 = -2.01099218183624371326e-07;
    if ((isinf(x) && x > 0) || isnan(x)) return x;
    if (isinf(x)) return -1;
    double absx = x;
    bool neg = false;
    if (x < 0) {
        absx = -absx;
        neg = true;
    }
    if (absx >= ln2x56) {
        if (neg) return -1;
        if (absx >= othreshold) return INFINITY;
    }
    double c = 0;
    int64_t k = 0;
    if (absx > ln2half) {
        double hi, lo;
        if (absx < ln2halfx3) {
            if (!neg) {
                hi = x - ln2hi;
                lo = ln2lo;
                k = 1;
            } else {
                hi = x + ln2hi;
                lo = -ln2lo;
                k = -1;
            }
        } else {
            k = !neg ? (int64_t)(invln2 * x + 0.5) : (int64_t)(invln2 * x - 0.5);
            double t = (double)k;
            hi = x - t * ln2hi;
            lo = t * ln2lo;
        }
        x = hi - lo;
        c = (hi - x) - lo;
    } else if (absx < tiny) {
        return x;
    }
    double hfx = 0.5 * x;
    double hxs = x * hfx;
    double r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    double t = 3 - r1 * hfx;
    double e = hxs * ((r1 - t) / (6.0 - x * t));
    if (k == 0) return x - (x * e - hxs);
    e = (x * (e - c) - c);
    e -= hxs;
    if (k == -1) return 0.5 * (x - e) - 0.5;
    if (k == 1) {
        if (x < -0.25) return -2 * (e - (x + 0.5));
        return 1 + 2 * (x - e);
    }
    if (k <= -2 || k > 56) {
        double y = 1 - (e - x);
        y = from_bits(to_bits(y) + ((uint64_t)k << 52)); /* add k to the exponent */
        return y - 1;
    }
    if (k < 20) {
        double tk = from_bits(0x3ff0000000000000ULL - (0x20000000000000ULL >> k)); /* 1 - 2^-k */
        double y = tk - (e - x);
        return from_bits(to_bits(y) + ((uint64_t)k << 52));
    }
    double tk = from_bits((uint64_t)(0x3ff - k) << 52); /* 2^-k */
    double y = x - (e + tk);
    y++;
    return from_bits(to_bits(y) + ((uint64_t)k << 52));
}

double go_math_Asinh(double x) {
    const double ln2 = from_bits(0x3FE62E42FEFA39EFULL);
    if (isnan(x) || isinf(x)) return x;
    bool neg = false;
    if (x < 0) {
        x = -x;
        neg = true;
    }
    double t;
    if (x > 268435456.0) t = go_math_Log(x) + ln2; /* 2^28 */
    else if (x > 2) t = go_math_Log(2 * x + 1 / (sqrt(x * x + 1) + x));
    else if (x < 1.0 / 268435456.0) t = x;
    else t = go_math_Log1p(x + x * x / (1 + sqrt(1 + x * x)));
    return neg ? -t : t;
}

double go_math_Acosh(double x) {
    const double ln2 = from_bits(0x3FE62E42FEFA39EFULL);
    if (x < 1 || isnan(x)) return go_math_NaN();
    if (x == 1) return 0;
    if (x >= 268435456.0) return go_math_Log(x) + ln2;
    if (x > 2) return go_math_Log(2 * x - 1 / (x + sqrt(x * x - 1)));
    double t = x - 1;
    return go_math_Log1p(t + sqrt(2 * t + t * t));
}

double go_math_Atanh(double x) {
    if (x < -1 || x > 1 || isnan(x)) return go_math_NaN();
    if (x == 1) return INFINITY;
    if (x == -1) return -INFINITY;
    bool neg = false;
    if (x < 0) {
        x = -x;
        neg = true;
    }
    double t;
    if (x < 1.0 / 268435456.0) {
        t = x;
    } else if (x < 0.5) {
        t = x + x;
        t = 0.5 * go_math_Log1p(t + t * x / (1 - x));
    } else {
        t = 0.5 * go_math_Log1p((x + x) / (1 - x));
    }
    return neg ? -t : t;
}

/* Go's Gamma (Cephes): recurrence into [2, 3) and a rational function
 * there, Stirling's formula above 33, reflection for negative x. */
static void gamma_stirling(double x, double *r1, double *r2) {
    static const double S[5] = {7.87311395793093628397e-04, -2.29549961613378126380e-04,
                                -2.68132617805781232825e-03, 3.47222221605458667310e-03,
                                8.33333333333482257126e-02};
    if (x > 200) {
        *r1 = INFINITY;
        *r2 = 1;
        return;
    }
    double w = 1 / x;
    w = 1 + w * ((((S[0] * w + S[1]) * w + S[2]) * w + S[3]) * w + S[4]);
    double y1 = go_math_Exp(x), y2 = 1.0;
    if (x > 143.01608) { /* avoid Pow overflow */
        double v = go_math_Pow(x, 0.5 * x - 0.25);
        y2 = v / y1;
        y1 = v;
    } else {
        y1 = go_math_Pow(x, x - 0.5) / y1;
    }
    *r1 = y1;
    *r2 = 2.506628274631000502417 * w * y2;
}

double go_math_Gamma(double x) {
    static const double P[7] = {1.60119522476751861407e-04, 1.19135147006586384913e-03,
                                1.04213797561761569935e-02, 4.76367800457137231464e-02,
                                2.07448227648435975150e-01, 4.94214826801497100753e-01,
                                9.99999999999999996796e-01};
    static const double Q[8] = {-2.31581873324120129819e-05, 5.39605580493303397842e-04,
                                -4.45641913851797240494e-03, 1.18139785222060435552e-02,
                                3.58236398605498653373e-02, -2.34591795718243348568e-01,
                                7.14304917030273074085e-02, 1.00000000000000000320e+00};
    const double euler = 0.57721566490153286060651209008240243104215933593992;
    double ipart;
    if ((x < 0 && modf(x, &ipart) == 0) || (isinf(x) && x < 0) || isnan(x)) return go_math_NaN();
    if (isinf(x)) return INFINITY;
    if (x == 0) return signbit(x) ? -INFINITY : INFINITY;
    double q = fabs(x), p = floor(q);
    if (q > 33) {
        double s1, s2;
        if (x >= 0) {
            gamma_stirling(x, &s1, &s2);
            return s1 * s2;
        }
        int signgam = (((int64_t)p) & 1) == 0 ? -1 : 1;
        double z = q - p;
        if (z > 0.5) {
            p = p + 1;
            z = q - p;
        }
        z = q * go_math_Sin(GO_PI * z);
        if (z == 0) return signgam >= 0 ? INFINITY : -INFINITY;
        gamma_stirling(q, &s1, &s2);
        double absz = fabs(z);
        double d = absz * s1 * s2;
        if (isinf(d)) z = GO_PI / absz / s1 / s2;
        else z = GO_PI / d;
        return (double)signgam * z;
    }
    double z = 1.0;
    while (x >= 3) {
        x = x - 1;
        z = z * x;
    }
    while (x < 0) {
        if (x > -1e-09) goto small;
        z = z / x;
        x = x + 1;
    }
    while (x < 2) {
        if (x < 1e-09) goto small;
        z = z / x;
        x = x + 1;
    }
    if (x == 2) return z;
    x = x - 2;
    p = (((((x * P[0] + P[1]) * x + P[2]) * x + P[3]) * x + P[4]) * x + P[5]) * x + P[6];
    q = ((((((x * Q[0] + Q[1]) * x + Q[2]) * x + Q[3]) * x + Q[4]) * x + Q[5]) * x + Q[6]) * x + Q[7];
    return z * p / q;
small:
    if (x == 0) return INFINITY;
    return z / ((1 + euler * x) * x);
}

/* Go's Erf and Erfc (fdlibm's): rational approximations on [0, 0.84375),
 * [0.84375, 1.25), [1.25, 1/0.35), [1/0.35, 6 or 28), the last two through
 * exp(-z*z - 0.5625) * exp((z-x)*(z+x) + R/S) with z = x truncated to 20
 * mantissa bits. */
static const double erx = 8.45062911510467529297e-01, efx = 1.28379167095512586316e-01,
                    efx8 = 1.02703333676410069053e+00;
static const double erf_pp[5] = {1.28379167095512558561e-01, -3.25042107247001499370e-01,
                                 -2.84817495755985104766e-02, -5.77027029648944159157e-03,
                                 -2.37630166566501626084e-05};
static const double erf_qq[6] = {0, 3.97917223959155352819e-01, 6.50222499887672944485e-02,
                                 5.08130628187576562776e-03, 1.32494738004321644526e-04,
                                 -3.96022827877536812320e-06};
static const double erf_pa[7] = {-2.36211856075265944077e-03, 4.14856118683748331666e-01,
                                 -3.72207876035701323847e-01, 3.18346619901161753674e-01,
                                 -1.10894694282396677476e-01, 3.54783043256182359371e-02,
                                 -2.16637559486879084300e-03};
static const double erf_qa[7] = {0, 1.06420880400844228286e-01, 5.40397917702171048937e-01,
                                 7.18286544141962662868e-02, 1.26171219808761642112e-01,
                                 1.36370839120290507362e-02, 1.19844998467991074170e-02};
static const double erf_ra[8] = {-9.86494403484714822705e-03, -6.93858572707181764372e-01,
                                 -1.05586262253232909814e+01, -6.23753324503260060396e+01,
                                 -1.62396669462573470355e+02, -1.84605092906711035994e+02,
                                 -8.12874355063065934246e+01, -9.81432934416914548592e+00};
static const double erf_sa[9] = {0, 1.96512716674392571292e+01, 1.37657754143519042600e+02,
                                 4.34565877475229228821e+02, 6.45387271733267880336e+02,
                                 4.29008140027567833386e+02, 1.08635005541779435134e+02,
                                 6.57024977031928170135e+00, -6.04244152148580987438e-02};
static const double erf_rb[7] = {-9.86494292470009928597e-03, -7.99283237680523006574e-01,
                                 -1.77579549177547519889e+01, -1.60636384855821916062e+02,
                                 -6.37566443368389627722e+02, -1.02509513161107724954e+03,
                                 -4.83519191608651397019e+02};
static const double erf_sb[8] = {0, 3.03380607434824582924e+01, 3.25792512996573918826e+02,
                                 1.53672958608443695994e+03, 3.19985821950859553908e+03,
                                 2.55305040643316442583e+03, 4.74528541206955367215e+02,
                                 -2.24409524465858183362e+01};

static double erf_small_y(double x) { /* |x| < 0.84375: y with erf(x) = x + x*y */
    const double *pp = erf_pp, *qq = erf_qq;
    double z = x * x;
    double r = pp[0] + z * (pp[1] + z * (pp[2] + z * (pp[3] + z * pp[4])));
    double s = 1 + z * (qq[1] + z * (qq[2] + z * (qq[3] + z * (qq[4] + z * qq[5]))));
    return r / s;
}

static void erf_mid(double x, double *P, double *Q) { /* 0.84375 <= |x| < 1.25 */
    const double *pa = erf_pa, *qa = erf_qa;
    double s = x - 1;
    *P = pa[0] + s * (pa[1] + s * (pa[2] + s * (pa[3] + s * (pa[4] + s * (pa[5] + s * pa[6])))));
    *Q = 1 + s * (qa[1] + s * (qa[2] + s * (qa[3] + s * (qa[4] + s * (qa[5] + s * qa[6])))));
}

/* exp(-x^2) * (R/S correction) / x's numerator r, for 1.25 <= x */
static double erf_tail(double x) {
    double s = 1 / (x * x), R, S;
    if (x < 1 / 0.35) {
        const double *ra = erf_ra, *sa = erf_sa;
        R = ra[0] + s * (ra[1] + s * (ra[2] + s * (ra[3] + s * (ra[4] + s * (ra[5] + s * (ra[6] + s * ra[7]))))));
        S = 1 + s * (sa[1] + s * (sa[2] + s * (sa[3] + s * (sa[4] + s * (sa[5] + s * (sa[6] + s * (sa[7] + s * sa[8])))))));
    } else {
        const double *rb = erf_rb, *sb = erf_sb;
        R = rb[0] + s * (rb[1] + s * (rb[2] + s * (rb[3] + s * (rb[4] + s * (rb[5] + s * rb[6])))));
        S = 1 + s * (sb[1] + s * (sb[2] + s * (sb[3] + s * (sb[4] + s * (sb[5] + s * (sb[6] + s * sb[7]))))));
    }
    double z = from_bits(to_bits(x) & 0xffffffff00000000ULL);
    return go_math_Exp(-z * z - 0.5625) * go_math_Exp((z - x) * (z + x) + R / S);
}

double go_math_Erf(double x) {
    if (isnan(x)) return go_math_NaN();
    if (isinf(x)) return x > 0 ? 1 : -1;
    bool neg = false;
    if (x < 0) {
        x = -x;
        neg = true;
    }
    if (x < 0.84375) {
        double t;
        if (x < 1.0 / 268435456.0) {
            if (x < 2.848094538889218e-306) t = 0.125 * (8.0 * x + efx8 * x);
            else t = x + efx * x;
        } else {
            t = x + x * erf_small_y(x);
        }
        return neg ? -t : t;
    }
    if (x < 1.25) {
        double P, Q;
        erf_mid(x, &P, &Q);
        return neg ? -erx - P / Q : erx + P / Q;
    }
    if (x >= 6) return neg ? -1 : 1;
    double r = erf_tail(x);
    return neg ? r / x - 1 : 1 - r / x;
}

double go_math_Erfc(double x) {
    if (isnan(x)) return go_math_NaN();
    if (isinf(x)) return x > 0 ? 0 : 2;
    bool neg = false;
    if (x < 0) {
        x = -x;
        neg = true;
    }
    if (x < 0.84375) {
        double t;
        if (x < 1.0 / 72057594037927936.0) { /* 2^-56 */
            t = x;
        } else {
            double y = erf_small_y(x);
            if (x < 0.25) t = x + x * y;
            else t = 0.5 + (x * y + (x - 0.5));
        }
        return neg ? 1 + t : 1 - t;
    }
    if (x < 1.25) {
        double P, Q;
        erf_mid(x, &P, &Q);
        return neg ? 1 + erx + P / Q : 1 - erx - P / Q;
    }
    if (x < 28) {
        if (neg && x > 6 && x >= 1 / 0.35) return 2;
        double r = erf_tail(x);
        return neg ? 2 - r / x : r / x;
    }
    return neg ? 2 : 0;
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


/* math.FMA: x*y+z with one rounding (C99 fma is correctly rounded, as
 * Go's software FMA is). */
double go_math_FMA(double x, double y, double z) { return fma(x, y, z); }
