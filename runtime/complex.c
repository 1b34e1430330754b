/*
 * complex.c: run-time support for complex64 and complex128 (gosub.h
 * section 10): the predeclared descriptors, equality and hashing for map
 * keys and interfaces, and complex division.
 *
 * Invariants:
 *   - a complex value is two floats of its precision, real part first
 *     (C's _Complex layout, which is gc's);
 *   - equality is per part with float rules (+0 == -0, NaN != NaN), and
 *     the hash hashes each part as a float (all zeros alike, every NaN
 *     random), so equal keys hash alike and NaN keys never meet;
 *   - division follows Go's runtime (Smith's algorithm with C99 Annex G's
 *     corrections when both parts come out NaN), not C's own `/` on
 *     _Complex, whose results differ for infinities and zeros.
 */
#include <math.h>

#include "runtime/rt_core.h"

bool rt_c64equal(const void *a, const void *b) {
    const float *x = a, *y = b;
    return x[0] == y[0] && x[1] == y[1];
}

bool rt_c128equal(const void *a, const void *b) {
    const double *x = a, *y = b;
    return x[0] == y[0] && x[1] == y[1];
}

uintptr_t rt_c64hash(const void *p, uintptr_t seed) {
    const float *x = p;
    return rt_f32hash(&x[1], rt_f32hash(&x[0], seed));
}

uintptr_t rt_c128hash(const void *p, uintptr_t seed) {
    const double *x = p;
    return rt_f64hash(&x[1], rt_f64hash(&x[0], seed));
}

#define TF_BASIC (GO_TF_COMPARABLE | GO_TF_NAMED | GO_TF_NOPOINTERS)

const GoType go_type_complex64 = {
    .size = 8, .ptrdata = 0, .hash = 0x1b00a0c1u, .tflag = TF_BASIC, .align = 4,
    .field_align = 4, .kind = GO_COMPLEX64, .equal = rt_c64equal, .hashfn = rt_c64hash,
    .string = "complex64",
};

const GoType go_type_complex128 = {
    .size = 16, .ptrdata = 0, .hash = 0x1b00a0c2u, .tflag = TF_BASIC, .align = 8,
    .field_align = 8, .kind = GO_COMPLEX128, .equal = rt_c128equal, .hashfn = rt_c128hash,
    .string = "complex128",
};

/* A signed 1 for an infinity, a signed 0 otherwise (the sign of f). */
static double inf_to_one(double f) { return copysign(isinf(f) ? 1.0 : 0.0, f); }

_Complex double rt_complex128div(_Complex double n, _Complex double m) {
    double a = __real__ n, b = __imag__ n, c = __real__ m, d = __imag__ m;
    double e, f;
    /* Smith (1962): divide through by the larger part of the divisor so
     * that neither c*c nor d*d is formed (no overflow for large parts). */
    if (fabs(c) >= fabs(d)) {
        double r = d / c, den = c + r * d;
        e = (a + b * r) / den;
        f = (b - a * r) / den;
    } else {
        double r = c / d, den = d + r * c;
        e = (a * r + b) / den;
        f = (b * r - a) / den;
    }
    if (isnan(e) && isnan(f)) {
        /* both NaN: recover the infinities and zeros C99 G.5.1 asks for */
        if (c == 0 && d == 0 && (!isnan(a) || !isnan(b))) {
            e = copysign(INFINITY, c) * a;
            f = copysign(INFINITY, c) * b;
        } else if ((isinf(a) || isinf(b)) && isfinite(c) && isfinite(d)) {
            a = inf_to_one(a);
            b = inf_to_one(b);
            e = INFINITY * (a * c + b * d);
            f = INFINITY * (b * c - a * d);
        } else if ((isinf(c) || isinf(d)) && isfinite(a) && isfinite(b)) {
            c = inf_to_one(c);
            d = inf_to_one(d);
            e = 0 * (a * c + b * d);
            f = 0 * (b * c - a * d);
        }
    }
    return __builtin_complex(e, f);
}
