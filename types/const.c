/*
 * const.c: exact constant values (go/constant's job) on GMP.
 *
 * Integers are mpz, floats are mpq: an untyped float constant is an exact
 * rational until it is converted to float32/float64, where it is rounded
 * to nearest-even (const_representable).  Complex values keep two mpq
 * parts, exact in + - * / (division by the squared modulus), each part
 * rounded separately for complex64/complex128.
 *
 * Invariants: a Const is never mutated after it is returned (operations
 * build new ones); CK_FLOAT values may hold integers (2.0 stays a float
 * constant, as in Go); mpz/mpq storage is never cleared (process lifetime,
 * like the arena).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "types/types.h"

/* Exponents beyond this in literals are clamped: such constants can only
 * overflow on conversion anyway, and 10^1e9 would not fit in memory. */
#define MAX_DEC_EXP 20000

static Const *cnew(ConstKind k) {
    Const *c = NEW(Const);
    c->kind = k;
    if (k == CK_INT) mpz_init(c->i);
    if (k == CK_FLOAT || k == CK_COMPLEX) mpq_init(c->f);
    if (k == CK_COMPLEX) mpq_init(c->im);
    return c;
}

Const *const_unknown(void) { return cnew(CK_UNKNOWN); }

Const *const_bool(bool b) {
    Const *c = cnew(CK_BOOL);
    c->b = b;
    return c;
}

Const *const_string(Str s) {
    Const *c = cnew(CK_STRING);
    c->s = s;
    return c;
}

Const *const_int64(int64_t v) {
    Const *c = cnew(CK_INT);
    char buf[32];
    snprintf(buf, sizeof buf, "%lld", (long long)v);
    mpz_set_str(c->i, buf, 10);
    return c;
}

Const *const_uint64(uint64_t v) {
    Const *c = cnew(CK_INT);
    char buf[32];
    snprintf(buf, sizeof buf, "%llu", (unsigned long long)v);
    mpz_set_str(c->i, buf, 10);
    return c;
}

Const *const_float64(double v) {
    Const *c = cnew(CK_FLOAT);
    if (isfinite(v)) mpq_set_d(c->f, v);
    return c;
}

/* ---- literals ---- */

static int digit_val(int ch) {
    if (ch >= '0' && ch <= '9') return ch - '0';
    if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
    return 99;
}

/* mpq *= base^exp (exp may be negative). */
static void q_scale(mpq_t q, int base, long exp) {
    if (exp == 0) return;
    mpz_t p;
    mpz_init(p);
    mpz_ui_pow_ui(p, (unsigned long)base, (unsigned long)labs(exp));
    mpq_t m;
    mpq_init(m);
    mpq_set_z(m, p);
    if (exp > 0)
        mpq_mul(q, q, m);
    else
        mpq_div(q, q, m);
    mpq_clear(m);
    mpz_clear(p);
}

/* Parses an integer or float literal body (no 'i' suffix) into q;
 * returns 0 on error, 1 for an integer literal, 2 for a float.  A decimal
 * exponent too large to expand is returned in *dexp (q is then the
 * mantissa). */
static int parse_number_x(const char *s, int n, mpq_t q, long *dexp);

static int parse_number(const char *s, int n, mpq_t q) {
    long d = 0;
    int r = parse_number_x(s, n, q, &d);
    if (d) q_scale(q, 10, d > 0 ? MAX_DEC_EXP : -MAX_DEC_EXP);
    return r;
}

static int parse_number_x(const char *s, int n, mpq_t q, long *dexp) {
    *dexp = 0;
    /* strip underscores */
    char *b = malloc((size_t)n + 1);
    int m = 0;
    for (int i = 0; i < n; i++)
        if (s[i] != '_') b[m++] = s[i];
    b[m] = 0;
    int base = 10, i = 0;
    bool is_float = false, legacy_octal = false;
    if (m >= 2 && b[0] == '0' && (b[1] == 'x' || b[1] == 'X')) base = 16, i = 2;
    else if (m >= 2 && b[0] == '0' && (b[1] == 'b' || b[1] == 'B')) base = 2, i = 2;
    else if (m >= 2 && b[0] == '0' && (b[1] == 'o' || b[1] == 'O')) base = 8, i = 2;
    else if (m >= 2 && b[0] == '0') legacy_octal = true;
    mpz_t mant;
    mpz_init(mant);
    long frac_digits = 0;
    bool in_frac = false;
    int ndig = 0;
    for (; i < m; i++) {
        int ch = b[i];
        if (ch == '.') {
            if (in_frac) goto bad;
            in_frac = true;
            is_float = true;
            continue;
        }
        if (base == 16 ? (ch == 'p' || ch == 'P') : (base == 10 && (ch == 'e' || ch == 'E'))) break;
        int d = digit_val(ch);
        if (d >= base) goto bad;
        mpz_mul_ui(mant, mant, (unsigned long)base);
        mpz_add_ui(mant, mant, (unsigned long)d);
        ndig++;
        if (in_frac) frac_digits++;
    }
    long exp = 0, full_exp = 0;
    if (i < m) {
        is_float = true;
        i++;
        int sign = 1;
        if (i < m && (b[i] == '+' || b[i] == '-')) sign = b[i++] == '-' ? -1 : 1;
        if (i >= m) goto bad;
        for (; i < m; i++) {
            if (b[i] < '0' || b[i] > '9') goto bad;
            if (exp < 100000000) exp = exp * 10 + (b[i] - '0');
            if (full_exp < 100000000000L) full_exp = full_exp * 10 + (b[i] - '0');
        }
        exp *= sign;
        /* go/constant parses literals with big.Float (32-bit binary
         * exponent): a larger one overflows and the literal is malformed
         * (a smaller one underflows quietly) */
        if (sign > 0 && full_exp > (base == 16 ? 2147483647L : 646456993L)) goto bad;
    }
    if (ndig == 0 && !(base == 10 && !is_float)) {
        if (!(base == 10 && m > 0)) goto bad;
    }
    if (legacy_octal && !is_float) {
        /* 0777: octal; the digits were read as decimal, reparse */
        mpz_set_ui(mant, 0);
        for (int k = 1; k < m; k++) {
            if (b[k] < '0' || b[k] > '7') goto bad;
            mpz_mul_ui(mant, mant, 8);
            mpz_add_ui(mant, mant, (unsigned long)(b[k] - '0'));
        }
    }
    mpq_set_z(q, mant);
    if (is_float) {
        if (base == 16) {
            q_scale(q, 2, exp > MAX_DEC_EXP * 4 ? MAX_DEC_EXP * 4 : exp < -MAX_DEC_EXP * 4 ? -MAX_DEC_EXP * 4 : exp);
            q_scale(q, 16, -frac_digits);
        } else {
            long e = exp - frac_digits;
            if (e > MAX_DEC_EXP || e < -MAX_DEC_EXP) {
                q_scale(q, 10, -frac_digits);
                *dexp = exp;
            } else {
                q_scale(q, 10, e);
            }
        }
        mpq_canonicalize(q);
    }
    mpz_clear(mant);
    free(b);
    return is_float ? 2 : 1;
bad:
    mpz_clear(mant);
    free(b);
    return 0;
}

Const *const_from_literal(int tokkind, Str text, int32_t rune) {
    if (tokkind == T_CHAR) return const_int64(rune);
    if (tokkind == T_INT || tokkind == T_FLOAT) {
        mpq_t q;
        mpq_init(q);
        int r = parse_number(text.p, text.len, q);
        if (!r) {
            mpq_clear(q);
            return NULL;
        }
        Const *c;
        if (tokkind == T_INT && r == 1) {
            c = cnew(CK_INT);
            mpz_set(c->i, mpq_numref(q));
        } else {
            c = cnew(CK_FLOAT);
            long d = 0;
            mpq_t q2;
            mpq_init(q2);
            parse_number_x(text.p, text.len, q2, &d);
            if (d && mpq_sgn(q2) != 0) {
                mpq_set(c->f, q2);
                c->dexp = d;
            } else {
                mpq_set(c->f, q);
            }
            mpq_clear(q2);
        }
        mpq_clear(q);
        return c;
    }
    if (tokkind == T_IMAG) {
        if (text.len < 1 || text.p[text.len - 1] != 'i') return NULL;
        Const *c = cnew(CK_COMPLEX);
        Str body = {text.p, text.len - 1};
        /* Go 1.13+: "0123i" is decimal 123i for backwards compatibility */
        int r;
        bool all_dec = body.len > 1 && body.p[0] == '0';
        for (int i = 0; all_dec && i < body.len; i++)
            if (!((body.p[i] >= '0' && body.p[i] <= '9') || body.p[i] == '_')) all_dec = false;
        if (all_dec) {
            int k = 0;
            while (k < body.len - 1 && (body.p[k] == '0' || body.p[k] == '_')) k++;
            r = parse_number(body.p + k, body.len - k, c->im);
        } else {
            r = parse_number(body.p, body.len, c->im);
        }
        if (!r) return NULL;
        return c;
    }
    return NULL;
}

/* ---- queries ---- */

bool const_is_int(const Const *c) {
    switch (c->kind) {
    case CK_INT: return true;
    case CK_FLOAT: return mpz_cmp_ui(mpq_denref(c->f), 1) == 0;
    case CK_COMPLEX: return mpz_cmp_ui(mpq_denref(c->f), 1) == 0 && mpq_sgn(c->im) == 0;
    default: return false;
    }
}

static bool get_int(const Const *c, mpz_t out) {
    switch (c->kind) {
    case CK_INT: mpz_set(out, c->i); return true;
    case CK_FLOAT:
        if (mpz_cmp_ui(mpq_denref(c->f), 1) != 0) return false;
        mpz_set(out, mpq_numref(c->f));
        return true;
    case CK_COMPLEX:
        if (mpz_cmp_ui(mpq_denref(c->f), 1) != 0 || mpq_sgn(c->im) != 0) return false;
        mpz_set(out, mpq_numref(c->f));
        return true;
    default: return false;
    }
}

static bool z_fits_int64(const mpz_t z, int64_t *out) {
    if (!mpz_fits_slong_p(z)) return false;
    if (out) *out = (int64_t)mpz_get_si(z);
    return true;
}

static bool z_fits_uint64(const mpz_t z, uint64_t *out) {
    if (mpz_sgn(z) < 0 || !mpz_fits_ulong_p(z)) return false;
    if (out) *out = (uint64_t)mpz_get_ui(z);
    return true;
}

bool const_fits_int64(const Const *c, int64_t *out) {
    mpz_t z;
    mpz_init(z);
    bool ok = get_int(c, z) && z_fits_int64(z, out);
    mpz_clear(z);
    return ok;
}

bool const_fits_uint64(const Const *c, uint64_t *out) {
    mpz_t z;
    mpz_init(z);
    bool ok = get_int(c, z) && z_fits_uint64(z, out);
    mpz_clear(z);
    return ok;
}

int64_t const_to_int64(const Const *c) {
    int64_t v = 0;
    if (const_fits_int64(c, &v)) return v;
    uint64_t u = 0;
    if (const_fits_uint64(c, &u)) return (int64_t)u;
    return 0;
}

uint64_t const_to_uint64(const Const *c) {
    uint64_t u = 0;
    if (const_fits_uint64(c, &u)) return u;
    int64_t v = 0;
    if (const_fits_int64(c, &v)) return (uint64_t)v;
    return 0;
}

/* Nearest-even rounding of a rational to a binary float with `mant` bits
 * of mantissa and minimum (subnormal) exponent `emin` (value = m * 2^e,
 * e >= emin).  Returns +-HUGE_VAL when above the largest finite value
 * (max exponent emax for the top bit). */
static double rat_round(const mpq_t q, int mant, int emin, int emax) {
    int sgn = mpq_sgn(q);
    if (sgn == 0) return 0.0;
    mpz_t num, den, quo, rem;
    mpz_inits(num, den, quo, rem, NULL);
    mpz_abs(num, mpq_numref(q));
    mpz_set(den, mpq_denref(q));
    /* e such that 2^(mant-1) <= num/den * 2^-e < 2^mant */
    long e = (long)mpz_sizeinbase(num, 2) - (long)mpz_sizeinbase(den, 2) - mant;
    for (;;) {
        if (e < emin) e = emin;
        if (e >= 0) {
            mpz_mul_2exp(quo, den, (unsigned long)e);
            mpz_tdiv_qr(quo, rem, num, quo);
            mpz_mul_2exp(den, den, (unsigned long)e);
            /* rem relative to den*2^e */
        } else {
            mpz_mul_2exp(quo, num, (unsigned long)(-e));
            mpz_tdiv_qr(quo, rem, quo, den);
        }
        size_t bits = mpz_sizeinbase(quo, 2);
        if (bits > (size_t)mant && e >= emin) {
            /* overshoot: restore den and retry with e+1 */
            mpz_set(den, mpq_denref(q));
            e++;
            continue;
        }
        if (bits < (size_t)mant && e > emin && mpz_sgn(quo) != 0) {
            mpz_set(den, mpq_denref(q));
            e--;
            continue;
        }
        break;
    }
    /* rounding: compare 2*rem with divisor */
    mpz_t div;
    mpz_init(div);
    if (e >= 0) mpz_set(div, den);
    else mpz_set(div, mpq_denref(q));
    mpz_mul_2exp(rem, rem, 1);
    int c = mpz_cmp(rem, div);
    if (c > 0 || (c == 0 && mpz_odd_p(quo))) mpz_add_ui(quo, quo, 1);
    if (mpz_sizeinbase(quo, 2) > (size_t)mant) {
        mpz_tdiv_q_2exp(quo, quo, 1);
        e++;
    }
    double r;
    if (e + mant - 1 > emax) {
        r = HUGE_VAL;
    } else {
        r = ldexp(mpz_get_d(quo), (int)e);
    }
    mpz_clears(num, den, quo, rem, div, NULL);
    return sgn < 0 ? -r : r;
}

static bool get_rat(const Const *c, mpq_t out) {
    switch (c->kind) {
    case CK_INT: mpq_set_z(out, c->i); return true;
    case CK_FLOAT: mpq_set(out, c->f); return true;
    case CK_COMPLEX:
        if (mpq_sgn(c->im) != 0) return false;
        mpq_set(out, c->f);
        return true;
    default: return false;
    }
}

double const_to_float64(const Const *c) {
    if (c->dexp) return c->dexp < 0 ? 0.0 : (mpq_sgn(c->f) < 0 ? -HUGE_VAL : HUGE_VAL);
    mpq_t q;
    mpq_init(q);
    double r = 0;
    if (get_rat(c, q)) r = rat_round(q, 53, -1074, 1023);
    mpq_clear(q);
    return r;
}

int const_sign(const Const *c) {
    switch (c->kind) {
    case CK_INT: return mpz_sgn(c->i);
    case CK_FLOAT: return mpq_sgn(c->f);
    case CK_COMPLEX: return mpq_sgn(c->f) | mpq_sgn(c->im);
    default: return 0;
    }
}

Const *const_to_kind(const Const *c, ConstKind k) {
    if (c->kind == k) return (Const *)c;
    if (c->dexp) return NULL;
    switch (k) {
    case CK_INT: {
        Const *r = cnew(CK_INT);
        if (!get_int(c, r->i)) return NULL;
        return r;
    }
    case CK_FLOAT: {
        Const *r = cnew(CK_FLOAT);
        if (!get_rat(c, r->f)) return NULL;
        return r;
    }
    case CK_COMPLEX: {
        Const *r = cnew(CK_COMPLEX);
        if (c->kind == CK_INT) mpq_set_z(r->f, c->i);
        else if (c->kind == CK_FLOAT) mpq_set(r->f, c->f);
        else return NULL;
        return r;
    }
    default: return NULL;
    }
}

long const_bitlen(const Const *c) {
    mpz_t z;
    mpz_init(z);
    long n = 0;
    if (get_int(c, z)) n = mpz_sgn(z) == 0 ? 0 : (long)mpz_sizeinbase(z, 2);
    mpz_clear(z);
    return n;
}

/* ---- arithmetic ---- */

/* Arithmetic on literals with symbolic exponents (1e646456992 / 1e646456991
 * is exactly 10): products and quotients combine the exponents; sums need
 * equal exponents.  A result whose exponent is small again is expanded. */
static Const *dexp_binary(int op, const Const *x, const Const *y) {
    mpq_t a, b;
    mpq_inits(a, b, NULL);
    long ea = 0, eb = 0;
    if (x->kind == CK_FLOAT) {
        mpq_set(a, x->f);
        ea = x->dexp;
    } else if (x->kind == CK_INT) {
        mpq_set_z(a, x->i);
    } else {
        mpq_clears(a, b, NULL);
        return const_unknown();
    }
    if (y->kind == CK_FLOAT) {
        mpq_set(b, y->f);
        eb = y->dexp;
    } else if (y->kind == CK_INT) {
        mpq_set_z(b, y->i);
    } else {
        mpq_clears(a, b, NULL);
        return const_unknown();
    }
    Const *r = cnew(CK_FLOAT);
    long e;
    switch (op) {
    case T_MUL: mpq_mul(r->f, a, b); e = ea + eb; break;
    case T_QUO:
        if (mpq_sgn(b) == 0) {
            mpq_clears(a, b, NULL);
            return const_unknown();
        }
        mpq_div(r->f, a, b);
        e = ea - eb;
        break;
    case T_ADD: case T_SUB:
        if (ea != eb) {
            mpq_clears(a, b, NULL);
            return const_unknown();
        }
        if (op == T_ADD) mpq_add(r->f, a, b);
        else mpq_sub(r->f, a, b);
        e = ea;
        break;
    default:
        mpq_clears(a, b, NULL);
        return const_unknown();
    }
    mpq_clears(a, b, NULL);
    /* go/constant's big.Float has a 32-bit binary exponent: beyond
     * 2^31 (10^646456993) the result is unknown ("not representable") */
    if (e > 646456993L || e < -646456993L) return const_unknown();
    if (e >= -MAX_DEC_EXP && e <= MAX_DEC_EXP) {
        q_scale(r->f, 10, e);
        mpq_canonicalize(r->f);
    } else if (mpq_sgn(r->f) != 0) {
        r->dexp = e;
    }
    return r;
}

static ConstKind num_rank(ConstKind k) { return k; } /* CK_INT < CK_FLOAT < CK_COMPLEX */

Const *const_binary(int op, const Const *x, const Const *y, bool int_div) {
    if (x->kind == CK_UNKNOWN || y->kind == CK_UNKNOWN) return const_unknown();
    if (x->dexp || y->dexp) return dexp_binary(op, x, y);
    if (x->kind == CK_BOOL && y->kind == CK_BOOL) {
        if (op == T_LAND) return const_bool(x->b && y->b);
        if (op == T_LOR) return const_bool(x->b || y->b);
        return const_unknown();
    }
    if (x->kind == CK_STRING && y->kind == CK_STRING) {
        if (op != T_ADD) return const_unknown();
        char *p = arena_alloc((size_t)x->s.len + (size_t)y->s.len + 1);
        if (x->s.len) memcpy(p, x->s.p, (size_t)x->s.len);
        if (y->s.len) memcpy(p + x->s.len, y->s.p, (size_t)y->s.len);
        return const_string((Str){p, x->s.len + y->s.len});
    }
    if (x->kind < CK_INT || y->kind < CK_INT) return const_unknown();
    ConstKind k = num_rank(x->kind) > num_rank(y->kind) ? x->kind : y->kind;
    if (k == CK_INT && op == T_QUO && !int_div) k = CK_FLOAT;
    const Const *a = const_to_kind(x, k), *b = const_to_kind(y, k);
    if (!a || !b) return const_unknown();
    if (k == CK_INT) {
        Const *r = cnew(CK_INT);
        switch (op) {
        case T_ADD: mpz_add(r->i, a->i, b->i); break;
        case T_SUB: mpz_sub(r->i, a->i, b->i); break;
        case T_MUL: mpz_mul(r->i, a->i, b->i); break;
        case T_QUO:
            if (mpz_sgn(b->i) == 0) return const_unknown();
            mpz_tdiv_q(r->i, a->i, b->i);
            break;
        case T_REM:
            if (mpz_sgn(b->i) == 0) return const_unknown();
            mpz_tdiv_r(r->i, a->i, b->i);
            break;
        case T_AND: mpz_and(r->i, a->i, b->i); break;
        case T_OR: mpz_ior(r->i, a->i, b->i); break;
        case T_XOR: mpz_xor(r->i, a->i, b->i); break;
        case T_AND_NOT: {
            mpz_t t;
            mpz_init(t);
            mpz_com(t, b->i);
            mpz_and(r->i, a->i, t);
            mpz_clear(t);
            break;
        }
        default: return const_unknown();
        }
        return r;
    }
    if (k == CK_FLOAT) {
        Const *r = cnew(CK_FLOAT);
        switch (op) {
        case T_ADD: mpq_add(r->f, a->f, b->f); break;
        case T_SUB: mpq_sub(r->f, a->f, b->f); break;
        case T_MUL: mpq_mul(r->f, a->f, b->f); break;
        case T_QUO:
            if (mpq_sgn(b->f) == 0) return const_unknown();
            mpq_div(r->f, a->f, b->f);
            break;
        default: return const_unknown();
        }
        return r;
    }
    /* complex */
    Const *r = cnew(CK_COMPLEX);
    switch (op) {
    case T_ADD:
        mpq_add(r->f, a->f, b->f);
        mpq_add(r->im, a->im, b->im);
        break;
    case T_SUB:
        mpq_sub(r->f, a->f, b->f);
        mpq_sub(r->im, a->im, b->im);
        break;
    case T_MUL: {
        mpq_t t1, t2;
        mpq_inits(t1, t2, NULL);
        mpq_mul(t1, a->f, b->f);
        mpq_mul(t2, a->im, b->im);
        mpq_sub(r->f, t1, t2);
        mpq_mul(t1, a->f, b->im);
        mpq_mul(t2, a->im, b->f);
        mpq_add(r->im, t1, t2);
        mpq_clears(t1, t2, NULL);
        break;
    }
    case T_QUO: {
        mpq_t d, t1, t2;
        mpq_inits(d, t1, t2, NULL);
        mpq_mul(t1, b->f, b->f);
        mpq_mul(t2, b->im, b->im);
        mpq_add(d, t1, t2);
        if (mpq_sgn(d) == 0) {
            mpq_clears(d, t1, t2, NULL);
            return const_unknown();
        }
        mpq_mul(t1, a->f, b->f);
        mpq_mul(t2, a->im, b->im);
        mpq_add(r->f, t1, t2);
        mpq_div(r->f, r->f, d);
        mpq_mul(t1, a->im, b->f);
        mpq_mul(t2, a->f, b->im);
        mpq_sub(r->im, t1, t2);
        mpq_div(r->im, r->im, d);
        mpq_clears(d, t1, t2, NULL);
        break;
    }
    default: return const_unknown();
    }
    return r;
}

Const *const_unary(int op, const Const *x, int prec) {
    switch (op) {
    case T_ADD:
        return (Const *)x;
    case T_SUB:
        switch (x->kind) {
        case CK_INT: {
            Const *r = cnew(CK_INT);
            mpz_neg(r->i, x->i);
            return r;
        }
        case CK_FLOAT: {
            Const *r = cnew(CK_FLOAT);
            mpq_neg(r->f, x->f);
            r->dexp = x->dexp;
            return r;
        }
        case CK_COMPLEX: {
            Const *r = cnew(CK_COMPLEX);
            mpq_neg(r->f, x->f);
            mpq_neg(r->im, x->im);
            return r;
        }
        default: return const_unknown();
        }
    case T_XOR: {
        if (x->kind != CK_INT) return const_unknown();
        Const *r = cnew(CK_INT);
        mpz_com(r->i, x->i);
        if (prec > 0) {
            /* unsigned: ^x == x ^ (1<<prec - 1) */
            mpz_t m;
            mpz_init(m);
            mpz_setbit(m, (mp_bitcnt_t)prec);
            mpz_sub_ui(m, m, 1);
            mpz_and(r->i, r->i, m);
            mpz_clear(m);
        }
        return r;
    }
    case T_NOT:
        if (x->kind != CK_BOOL) return const_unknown();
        return const_bool(!x->b);
    default:
        return const_unknown();
    }
}

Const *const_shift(int op, const Const *x, unsigned s) {
    Const *xi = const_to_kind(x, CK_INT);
    if (!xi) return const_unknown();
    Const *r = cnew(CK_INT);
    if (op == T_SHL)
        mpz_mul_2exp(r->i, xi->i, s);
    else
        mpz_fdiv_q_2exp(r->i, xi->i, s); /* arithmetic shift: floor */
    return r;
}

bool const_compare(int op, const Const *x, const Const *y) {
    int c = 0;
    if (x->dexp || y->dexp) return false;
    if (x->kind == CK_BOOL && y->kind == CK_BOOL) {
        if (op == T_EQL) return x->b == y->b;
        if (op == T_NEQ) return x->b != y->b;
        return false;
    }
    if (x->kind == CK_STRING && y->kind == CK_STRING) {
        int n = x->s.len < y->s.len ? x->s.len : y->s.len;
        c = n ? memcmp(x->s.p, y->s.p, (size_t)n) : 0;
        if (c == 0) c = (x->s.len > y->s.len) - (x->s.len < y->s.len);
    } else if (x->kind >= CK_INT && y->kind >= CK_INT) {
        ConstKind k = x->kind > y->kind ? x->kind : y->kind;
        const Const *a = const_to_kind(x, k), *b = const_to_kind(y, k);
        if (!a || !b) return false;
        if (k == CK_INT) c = mpz_cmp(a->i, b->i);
        else if (k == CK_FLOAT) c = mpq_cmp(a->f, b->f);
        else {
            bool eq = mpq_equal(a->f, b->f) && mpq_equal(a->im, b->im);
            if (op == T_EQL) return eq;
            if (op == T_NEQ) return !eq;
            return false;
        }
    } else {
        return false;
    }
    switch (op) {
    case T_EQL: return c == 0;
    case T_NEQ: return c != 0;
    case T_LSS: return c < 0;
    case T_LEQ: return c <= 0;
    case T_GTR: return c > 0;
    case T_GEQ: return c >= 0;
    default: return false;
    }
}

/* ---- representability ---- */

static bool round_float(const mpq_t q, bool f32, mpq_t out) {
    double d = f32 ? rat_round(q, 24, -149, 127) : rat_round(q, 53, -1074, 1023);
    if (isinf(d)) return false;
    if (f32) {
        float fl = (float)d;
        if (isinf(fl)) return false;
    }
    mpq_set_d(out, d);
    return true;
}

bool const_representable(const Const *c, Type *t, Const **rounded, int *why) {
    if (why) *why = 0;
    if (rounded) *rounded = (Const *)c;
    if (c->kind == CK_UNKNOWN) return true;
    if (c->dexp) {
        /* a huge or tiny literal: overflows, truncates, or rounds to 0 */
        Type *u = types_underlying(t);
        if (u->kind == TY_UNTYPED_FLOAT || u->kind == TY_UNTYPED_COMPLEX) return true;
        if (c->dexp < 0 && u->kind < TY_NUM_BASIC && (u->info & (BI_FLOAT | BI_COMPLEX))) {
            if (rounded) *rounded = const_float64(0);
            return true;
        }
        if (why) *why = (u->kind < TY_NUM_BASIC && (u->info & BI_INTEGER)) ? 1 : 0;
        return false;
    }
    Type *u = types_underlying(t);
    if (u->kind >= TY_NUM_BASIC) return false;
    int info = u->info;
    if (info & BI_INTEGER) {
        if (c->kind == CK_BOOL || c->kind == CK_STRING) {
            if (why) *why = 2;
            return false;
        }
        Const *ci = const_to_kind(c, CK_INT);
        if (!ci) {
            if (why) *why = 1;
            return false;
        }
        if (rounded) *rounded = ci;
        int bits = 0;
        bool uns = (info & BI_UNSIGNED) != 0;
        switch (u->kind) {
        case TY_INT8: case TY_UINT8: bits = 8; break;
        case TY_INT16: case TY_UINT16: bits = 16; break;
        case TY_INT32: case TY_UINT32: bits = 32; break;
        case TY_INT: case TY_INT64: case TY_UINT: case TY_UINT64: case TY_UINTPTR: bits = 64; break;
        default: return true; /* untyped int/rune */
        }
        bool ok;
        if (uns) {
            ok = mpz_sgn(ci->i) >= 0 && (mpz_sgn(ci->i) == 0 || mpz_sizeinbase(ci->i, 2) <= (size_t)bits);
        } else {
            /* -2^(b-1) <= v < 2^(b-1) */
            mpz_t lo, hi;
            mpz_inits(lo, hi, NULL);
            mpz_setbit(hi, (mp_bitcnt_t)(bits - 1));
            mpz_neg(lo, hi);
            ok = mpz_cmp(ci->i, lo) >= 0 && mpz_cmp(ci->i, hi) < 0;
            mpz_clears(lo, hi, NULL);
        }
        return ok;
    }
    if (info & BI_FLOAT) {
        if (c->kind < CK_INT) {
            if (why) *why = 2;
            return false;
        }
        if (c->kind == CK_COMPLEX && mpq_sgn(c->im) != 0) {
            if (why) *why = 1;
            return false;
        }
        Const *cf = const_to_kind(c->kind == CK_COMPLEX ? const_to_kind(c, CK_FLOAT) ? const_to_kind(c, CK_FLOAT) : c : c, CK_FLOAT);
        if (!cf) {
            if (why) *why = 2;
            return false;
        }
        if (u->kind == TY_UNTYPED_FLOAT) {
            if (rounded) *rounded = cf;
            return true;
        }
        Const *r = cnew(CK_FLOAT);
        if (!round_float(cf->f, u->kind == TY_FLOAT32, r->f)) return false;
        if (rounded) *rounded = r;
        return true;
    }
    if (info & BI_COMPLEX) {
        if (c->kind < CK_INT) {
            if (why) *why = 2;
            return false;
        }
        Const *cc = const_to_kind(c, CK_COMPLEX);
        if (!cc) return false;
        if (u->kind == TY_UNTYPED_COMPLEX) {
            if (rounded) *rounded = cc;
            return true;
        }
        Const *r = cnew(CK_COMPLEX);
        bool f32 = u->kind == TY_COMPLEX64;
        if (!round_float(cc->f, f32, r->f) || !round_float(cc->im, f32, r->im)) return false;
        if (rounded) *rounded = r;
        return true;
    }
    if (info & BI_STRING) {
        if (c->kind != CK_STRING && why) *why = 2;
        return c->kind == CK_STRING;
    }
    if (info & BI_BOOLEAN) {
        if (c->kind != CK_BOOL && why) *why = 2;
        return c->kind == CK_BOOL;
    }
    if (why) *why = 2;
    return false;
}

/* ---- formatting (go/constant's String) ---- */

static void quote_go(Str s, char **out) {
    /* strconv.Quote: printable runes kept, others escaped */
    size_t cap = (size_t)s.len * 10 + 3;
    char *b = arena_alloc(cap), *p = b;
    *p++ = '"';
    for (int i = 0; i < s.len;) {
        unsigned char ch = (unsigned char)s.p[i];
        if (ch < 0x80) {
            i++;
            switch (ch) {
            case '\a': p += sprintf(p, "\\a"); break;
            case '\b': p += sprintf(p, "\\b"); break;
            case '\f': p += sprintf(p, "\\f"); break;
            case '\n': p += sprintf(p, "\\n"); break;
            case '\r': p += sprintf(p, "\\r"); break;
            case '\t': p += sprintf(p, "\\t"); break;
            case '\v': p += sprintf(p, "\\v"); break;
            case '"': p += sprintf(p, "\\\""); break;
            case '\\': p += sprintf(p, "\\\\"); break;
            default:
                if (ch < 0x20 || ch == 0x7f) p += sprintf(p, "\\x%02x", ch);
                else *p++ = (char)ch;
            }
            continue;
        }
        int32_t r;
        int w = utf8_decode((const unsigned char *)s.p + i, s.len - i, &r);
        if (r == 0xFFFD && w == 1) {
            p += sprintf(p, "\\x%02x", ch);
            i++;
            continue;
        }
        memcpy(p, s.p + i, (size_t)w);
        p += w;
        i += w;
    }
    *p++ = '"';
    *p = 0;
    *out = b;
}

static const char *fmt_rat(const mpq_t q) {
    double d = rat_round(q, 53, -1074, 1023);
    if (!isinf(d) && (d != 0 || mpq_sgn(q) == 0)) {
        char buf[64];
        snprintf(buf, sizeof buf, "%.6g", d);
        return arena_strdup(buf);
    }
    /* out of float64 range: mantissa and decimal exponent by hand */
    mpz_t num, den;
    mpz_inits(num, den, NULL);
    mpz_abs(num, mpq_numref(q));
    mpz_set(den, mpq_denref(q));
    long l2 = (long)mpz_sizeinbase(num, 2) - (long)mpz_sizeinbase(den, 2);
    double e10 = (double)l2 * 0.30102999566398120;
    long e = (long)e10;
    /* m = q / 10^e computed approximately via scaling */
    mpq_t t;
    mpq_init(t);
    mpq_abs(t, q);
    q_scale(t, 10, -e);
    double m = mpq_get_d(t);
    while (m >= 10) m /= 10, e++;
    while (m > 0 && m < 1 - 0.5e-6) m *= 10, e--;
    mpq_clear(t);
    mpz_clears(num, den, NULL);
    char buf[64];
    snprintf(buf, sizeof buf, "%s%.6ge%+ld", mpq_sgn(q) < 0 ? "-" : "", m, e);
    return arena_strdup(buf);
}

/* strconv.Quote of s (gc prints a struct field's tag so) */
const char *types_quote(Str s) {
    char *q;
    quote_go(s, &q);
    return q;
}

const char *const_format(const Const *c) {
    switch (c->kind) {
    case CK_UNKNOWN: return "unknown";
    case CK_BOOL: return c->b ? "true" : "false";
    case CK_STRING: {
        char *q;
        quote_go(c->s, &q);
        /* go/constant shortens long strings to 72 runes with "..." */
        int runes = 0, i = 0, cut = -1;
        while (q[i]) {
            int32_t r;
            int w = utf8_decode((const unsigned char *)q + i, (int)strlen(q + i), &r);
            if (runes == 69) cut = i;
            runes++;
            i += w;
        }
        if (runes > 72 && cut >= 0) return arena_printf("%.*s...", cut, q);
        return q;
    }
    case CK_INT: {
        char *s = mpz_get_str(NULL, 10, c->i);
        char *r = arena_strdup(s);
        void (*freefn)(void *, size_t);
        mp_get_memory_functions(NULL, NULL, &freefn);
        freefn(s, strlen(s) + 1);
        return r;
    }
    case CK_FLOAT:
        if (c->dexp) {
            /* mantissa normalised to [1, 10), exponent kept symbolic */
            double m = mpq_get_d(c->f);
            long e = c->dexp;
            double am = m < 0 ? -m : m;
            while (am >= 10) am /= 10, m /= 10, e++;
            while (am > 0 && am < 1) am *= 10, m *= 10, e--;
            char buf[64];
            snprintf(buf, sizeof buf, "%.6ge%+ld", m, e);
            return arena_strdup(buf);
        }
        return fmt_rat(c->f);
    case CK_COMPLEX:
        return arena_printf("(%s + %si)", fmt_rat(c->f), fmt_rat(c->im));
    }
    return "?";
}
