/*
 * test_rt_complex.c: complex numbers below the language: the runtime's
 * division (Go's results for zeros, infinities, NaNs and huge parts; the
 * expected values are what Go 1.19 prints for the same operands), the
 * multiplication helpers (Go's plain formula, not C's Annex G one),
 * per-part equality and hashing for map keys, and imaginary literals
 * decoded exactly by the checker's constants.
 */
#include <criterion/criterion.h>
#include <math.h>

#include "runtime/gosub.h"
#include "types/types.h"

static bool same(double got, double want) {
    if (isnan(want)) return isnan(got);
    return got == want && signbit(got) == signbit(want);
}

#define EXPECT_C(z, re, im)                                                                       \
    cr_expect(same(__real__(z), (re)) && same(__imag__(z), (im)), "got (%g%+gi), want (%g%+gi)", \
              (double)__real__(z), (double)__imag__(z), (double)(re), (double)(im))

static _Complex double C(double re, double im) { return __builtin_complex(re, im); }

Test(rt_complex, division_ordinary) {
    EXPECT_C(rt_complex128div(C(6, 8), C(3, 4)), 2, 0);
    EXPECT_C(rt_complex128div(C(1, 0), C(0, -1)), -0.0, 1);
    EXPECT_C(rt_complex128div(C(10, 5), C(5, 0)), 2, 1);
}

Test(rt_complex, division_by_zero_does_not_trap) {
    EXPECT_C(rt_complex128div(C(1, 1), C(0, 0)), INFINITY, INFINITY);
    EXPECT_C(rt_complex128div(C(1, 0), C(0, 0)), INFINITY, NAN);
    EXPECT_C(rt_complex128div(C(0, -1), C(0, 0)), NAN, -INFINITY);
    EXPECT_C(rt_complex128div(C(0, 0), C(0, 0)), NAN, NAN);
}

Test(rt_complex, division_infinities) {
    EXPECT_C(rt_complex128div(C(INFINITY, 0), C(1, 1)), INFINITY, -INFINITY);
    EXPECT_C(rt_complex128div(C(INFINITY, 1), C(2, 3)), INFINITY, -INFINITY);
    EXPECT_C(rt_complex128div(C(1, 1), C(INFINITY, 0)), 0, 0);
    EXPECT_C(rt_complex128div(C(1, 1), C(INFINITY, NAN)), 0, 0);
    EXPECT_C(rt_complex128div(C(1e300, 1e300), C(1e-300, 1e-300)), INFINITY, 0);
}

Test(rt_complex, multiplication_is_the_plain_formula) {
    /* C's Annex G multiply would recover an infinity here: Go does not */
    EXPECT_C(go_cmul128(C(INFINITY, 0), C(0, 1)), NAN, INFINITY);
    EXPECT_C(go_cmul128(C(1, 2), C(3, -4)), 11, 2);
    /* complex64: parts multiplied in float64, then rounded once */
    _Complex float a = __builtin_complex(1.1f, 2.2f);
    _Complex float p = go_cmul64(a, a);
    double r = (double)1.1f * 1.1f - (double)2.2f * 2.2f, i = (double)1.1f * 2.2f + (double)2.2f * 1.1f;
    cr_expect_eq(__real__ p, (float)r);
    cr_expect_eq(__imag__ p, (float)i);
    _Complex float q = go_cdiv64(__builtin_complex(1.0f, 0.0f), __builtin_complex(0.0f, 0.0f));
    EXPECT_C(q, INFINITY, NAN);
}

Test(rt_complex, equality_and_hash_by_parts) {
    double pz[2] = {0, 0}, nz[2] = {-0.0, -0.0}, nan2[2] = {NAN, 0};
    cr_expect(rt_c128equal(pz, nz));
    cr_expect_eq(rt_c128hash(pz, 7), rt_c128hash(nz, 7));
    cr_expect(!rt_c128equal(nan2, nan2));
    float f1[2] = {1, -0.0f}, f2[2] = {1, 0};
    cr_expect(rt_c64equal(f1, f2));
    cr_expect_eq(rt_c64hash(f1, 3), rt_c64hash(f2, 3));
    cr_expect_eq(go_type_complex64.size, 8);
    cr_expect_eq(go_type_complex64.align, 4);
    cr_expect_eq(go_type_complex128.size, 16);
    cr_expect_str_eq(go_type_complex128.string, "complex128");
}

static double imag_of(const char *lit) {
    Const *c = const_from_literal(T_IMAG, str_from(lit), 0);
    cr_assert_not_null(c, "%s", lit);
    cr_assert_eq(c->kind, CK_COMPLEX);
    cr_expect_eq(mpq_sgn(c->f), 0);
    return mpq_get_d(c->im);
}

Test(rt_complex, imaginary_literals) {
    cr_expect_eq(imag_of("1i"), 1);
    cr_expect_eq(imag_of("077i"), 77); /* decimal, for backwards compatibility */
    cr_expect_eq(imag_of("0o17i"), 15);
    cr_expect_eq(imag_of("0b101i"), 5);
    cr_expect_eq(imag_of("0x10i"), 16);
    cr_expect_eq(imag_of("0x1p-2i"), 0.25);
    cr_expect_eq(imag_of("1_0i"), 10);
    cr_expect_eq(imag_of(".5i"), 0.5);
    cr_expect_eq(imag_of("1e3i"), 1000);
    cr_expect_eq(imag_of("089i"), 89);
}
