/*
 * ftoa.c: floating-point to decimal text, byte-identical to Go's
 * strconv.AppendFloat for every float32 and float64 and every format
 * ('b', 'e', 'E', 'f', 'g', 'G', 'x', 'X') and precision.
 *
 * Method: exact arithmetic.  A finite float is mant * 2^e2.  We expand it
 * into an exact decimal digit string (Dec) by shifting a multi-digit
 * decimal left or right by at most 60 bits at a time; 1100 digits are
 * enough for the longest float64 (2^-1075 has 752 significant digits, the
 * largest integer part 309), so nothing is ever truncated.
 *
 *   - fixed precision: round the exact digits at the wanted position,
 *     ties to even (an exact tie is the only case where the rule matters,
 *     and Go breaks those ties to even too);
 *   - shortest (prec < 0): build the exact decimals of the two midpoints
 *     between the float and its neighbours.  Any decimal strictly inside
 *     that interval reads back as the same float (the ends too when the
 *     mantissa is even, because the reader rounds ties to even).  Walk the
 *     three digit strings together and stop at the first position where
 *     cutting the value there (down, or up by one unit) stays inside the
 *     interval; when both directions stay inside, round to nearest.  This
 *     yields the shortest string, and among the shortest the closest: the
 *     same answer as Go's Ryu implementation.
 *   - shortest formatting (the common %v case) goes through Ryu (see
 *     ryu_d2d / ryu_f2d below), which reaches the same digits with 128-bit
 *     (64-bit for float32) multiplications instead of a full expansion;
 *     fixed precisions use the exact method.  tests/gen/floats checks Ryu
 *     against Go and (f32sweep.c) against the exact method.
 *
 * Digits are kept as values 0..9 (not characters); a Dec is always trimmed
 * of trailing zeros, and nd == 0 means the value zero.
 */
#include "runtime/rt_fmt.h"

#include <math.h>

enum { DEC_MAX = 1100, DEC_SHIFT_MAX = 60 };

typedef struct Dec {
    uint8_t d[DEC_MAX];
    int nd;  /* number of digits used */
    int dp;  /* decimal point: value = 0.d[0..nd) * 10^dp */
} Dec;

static void dec_trim(Dec *a) {
    while (a->nd > 0 && a->d[a->nd - 1] == 0) a->nd--;
    if (a->nd == 0) a->dp = 0;
}

static void dec_assign(Dec *a, uint64_t v) {
    uint8_t tmp[24];
    int n = 0;
    while (v > 0) {
        tmp[n++] = (uint8_t)(v % 10);
        v /= 10;
    }
    a->nd = 0;
    for (int i = n - 1; i >= 0; i--) a->d[a->nd++] = tmp[i];
    a->dp = n;
    dec_trim(a);
}

/* a = a / 2^k, 0 < k <= DEC_SHIFT_MAX, exactly. */
static void dec_shr(Dec *a, unsigned k) {
    int r = 0, w = 0;
    uint64_t n = 0;
    /* Gather leading digits until the quotient's first digit is non-zero. */
    while ((n >> k) == 0) {
        if (r >= a->nd) {
            if (n == 0) {
                a->nd = 0;
                a->dp = 0;
                return;
            }
            while ((n >> k) == 0) {
                n *= 10;
                r++;
            }
            break;
        }
        n = n * 10 + a->d[r++];
    }
    a->dp -= r - 1;
    uint64_t mask = ((uint64_t)1 << k) - 1;
    for (; r < a->nd; r++) {
        uint8_t c = a->d[r];
        a->d[w++] = (uint8_t)(n >> k);
        n = (n & mask) * 10 + c;
    }
    while (n > 0) {
        a->d[w++] = (uint8_t)(n >> k);
        n = (n & mask) * 10;
    }
    a->nd = w;
    dec_trim(a);
}

/* a = a * 2^k, 0 < k <= DEC_SHIFT_MAX, exactly. */
static void dec_shl(Dec *a, unsigned k) {
    uint8_t out[DEC_MAX + 24];
    int w = (int)sizeof out; /* fill from the right */
    uint64_t n = 0;
    for (int r = a->nd - 1; r >= 0; r--) {
        n += (uint64_t)a->d[r] << k;
        out[--w] = (uint8_t)(n % 10);
        n /= 10;
    }
    while (n > 0) {
        out[--w] = (uint8_t)(n % 10);
        n /= 10;
    }
    int nn = (int)sizeof out - w;
    a->dp += nn - a->nd;
    memcpy(a->d, out + w, (size_t)nn);
    a->nd = nn;
    dec_trim(a);
}

static void dec_shift(Dec *a, int k) {
    if (a->nd == 0) return;
    while (k > DEC_SHIFT_MAX) {
        dec_shl(a, DEC_SHIFT_MAX);
        k -= DEC_SHIFT_MAX;
    }
    if (k > 0) dec_shl(a, (unsigned)k);
    while (k < -DEC_SHIFT_MAX) {
        dec_shr(a, DEC_SHIFT_MAX);
        k += DEC_SHIFT_MAX;
    }
    if (k < 0) dec_shr(a, (unsigned)-k);
}

/* Exact decimal of mant * 2^e2. */
static void dec_from_binary(Dec *a, uint64_t mant, int e2) {
    dec_assign(a, mant);
    dec_shift(a, e2);
}

/* Would keeping nd digits round up?  Exact ties go to even. */
static bool dec_should_round_up(const Dec *a, int nd) {
    if (nd < 0 || nd >= a->nd) return false;
    if (a->d[nd] == 5 && nd + 1 == a->nd) return nd > 0 && (a->d[nd - 1] & 1);
    return a->d[nd] >= 5;
}

static void dec_round_down(Dec *a, int nd) {
    if (nd < 0 || nd >= a->nd) return;
    a->nd = nd;
    dec_trim(a);
}

static void dec_round_up(Dec *a, int nd) {
    if (nd < 0 || nd >= a->nd) return;
    for (int i = nd - 1; i >= 0; i--) {
        if (a->d[i] < 9) {
            a->d[i]++;
            a->nd = i + 1;
            return;
        }
    }
    /* All nines: 0.999 -> 1.0 with the point moved. */
    a->d[0] = 1;
    a->nd = 1;
    a->dp++;
}

static void dec_round(Dec *a, int nd) {
    if (nd < 0 || nd >= a->nd) return;
    if (dec_should_round_up(a, nd)) dec_round_up(a, nd);
    else dec_round_down(a, nd);
}

typedef struct FloatInfo {
    unsigned mantbits, expbits;
    int bias;
} FloatInfo;

static const FloatInfo f32info = {23, 8, -127};
static const FloatInfo f64info = {52, 11, -1023};

/* Reduce the exact decimal d of mant*2^(exp-mantbits) to the shortest
 * digit string that still reads back as the same float. */
static void dec_round_shortest(Dec *d, uint64_t mant, int exp, const FloatInfo *fi) {
    if (mant == 0) {
        d->nd = 0;
        return;
    }
    int minexp = fi->bias + 1;
    /* Already shortest when the gap to the next shorter decimal,
     * 10^(dp-nd), exceeds the half-ulp 2^(exp-mantbits): 3.32 < log2(10). */
    if (exp > minexp && 332 * (d->dp - d->nd) >= 100 * (exp - (int)fi->mantbits)) return;

    Dec upper, lower; /* 1.1 KB each: goroutine stacks are large */
    Dec *up = &upper, *lo = &lower;
    /* Midpoint to the next float up. */
    dec_from_binary(up, mant * 2 + 1, exp - (int)fi->mantbits - 1);
    /* Midpoint to the next float down; at a power of two (and not
     * denormal) the float below is half as far away. */
    uint64_t mantlo;
    int explo;
    if (mant > (uint64_t)1 << fi->mantbits || exp == minexp) {
        mantlo = mant - 1;
        explo = exp;
    } else {
        mantlo = mant * 2 - 1;
        explo = exp - 1;
    }
    dec_from_binary(lo, mantlo * 2 + 1, explo - (int)fi->mantbits - 1);
    bool inclusive = (mant % 2) == 0;

    /* Walk the digit positions of upper; mi and li index d and lower at the
     * same decimal weight (they may have fewer leading digits). */
    int updelta = 0; /* 0: upper equals d so far; 1: upper exceeds d by one
                        unit at the last differing digit followed by 9/0s;
                        2: by more than that */
    for (int ui = 0;; ui++) {
        int mi = ui - up->dp + d->dp;
        if (mi >= d->nd) break;
        int li = ui - up->dp + lo->dp;
        int l = (li >= 0 && li < lo->nd) ? lo->d[li] : 0;
        int m = mi >= 0 ? d->d[mi] : 0;
        int u = ui < up->nd ? up->d[ui] : 0;
        /* Cutting here rounds down to a value >= lower? */
        bool okdown = l != m || (inclusive && li + 1 == lo->nd);
        if (updelta == 0 && m + 1 < u) updelta = 2;
        else if (updelta == 0 && m != u) updelta = 1;
        else if (updelta == 1 && (m != 9 || u != 0)) updelta = 2;
        /* Rounding up by one unit here stays <= upper? */
        bool okup = updelta > 0 && (inclusive || updelta > 1 || ui + 1 < up->nd);
        if (okdown && okup) {
            dec_round(d, mi + 1);
            return;
        }
        if (okdown) {
            dec_round_down(d, mi + 1);
            return;
        }
        if (okup) {
            dec_round_up(d, mi + 1);
            return;
        }
    }
}

/* ---- fast shortest formatting of float64 (Ryu's method) ----
 * The exact interval method above costs a few hundred ns (it expands
 * every digit).  For float64 with prec < 0 we first try Ulf Adams' Ryu:
 * the decimal exponent e10 is chosen so that v*10^-e10 has about 17
 * digits; v, its upper and lower midpoints (4m+2 and 4m-1-mmShift, in
 * units of 2^(e2)) are multiplied by a 125-bit approximation of 5^+-q
 * (ftoa_pow5.h) and shifted, which yields floor(v*10^-e10) exactly for all
 * float64 (the tables' precision is proven sufficient); whether the
 * dropped part was zero is decided exactly by divisibility by 2^q or
 * 5^q.  Then digits are removed while the lower and upper bounds still
 * differ, tracking the last removed digit for round-half-even.  The result
 * is the shortest, closest decimal -- the same answer as the exact method
 * (tests/gen/floats checks both against Go). */
#include "runtime/ftoa_pow5.h"

static inline int ryu_pow5bits(int e) { return (int)(((uint32_t)e * 1217359) >> 19) + 1; }
static inline int ryu_log10_pow2(int e) { return (int)(((uint32_t)e * 78913) >> 18); }
static inline int ryu_log10_pow5(int e) { return (int)(((uint32_t)e * 732923) >> 20); }

static inline bool ryu_multiple_of_pow5(uint64_t v, int p) {
    int count = 0;
    while (v > 0 && v % 5 == 0) {
        v /= 5;
        count++;
    }
    return count >= p;
}

static inline bool ryu_multiple_of_pow2(uint64_t v, int p) { return (v & ((1ULL << p) - 1)) == 0; }

/* (m * mul) >> j for a 128-bit mul, j >= 64 */
static inline uint64_t ryu_mul_shift(uint64_t m, const uint64_t *mul, int j) {
    unsigned __int128 b0 = (unsigned __int128)m * mul[0];
    unsigned __int128 b2 = (unsigned __int128)m * mul[1];
    return (uint64_t)(((b0 >> 64) + b2) >> (j - 64));
}

/* Shortest digits of a finite, non-zero float64 given by its fields:
 * *out * 10^*exp10. */
static void ryu_d2d(uint64_t ieee_mant, uint32_t ieee_exp, uint64_t *out, int *exp10) {
    int e2;
    uint64_t m2;
    if (ieee_exp == 0) {
        e2 = 1 - 1023 - 52 - 2;
        m2 = ieee_mant;
    } else {
        e2 = (int)ieee_exp - 1023 - 52 - 2;
        m2 = (1ULL << 52) | ieee_mant;
    }
    bool accept_bounds = (m2 & 1) == 0;
    uint64_t mv = 4 * m2;
    uint32_t mm_shift = ieee_mant != 0 || ieee_exp <= 1;
    uint64_t vr, vp, vm;
    int e10;
    bool vm_trailing_zeros = false, vr_trailing_zeros = false;
    if (e2 >= 0) {
        int q = ryu_log10_pow2(e2) - (e2 > 3);
        e10 = q;
        int k = 125 + ryu_pow5bits(q) - 1;
        int i = -e2 + q + k;
        vr = ryu_mul_shift(4 * m2, ftoa_pow5_inv[q], i);
        vp = ryu_mul_shift(4 * m2 + 2, ftoa_pow5_inv[q], i);
        vm = ryu_mul_shift(4 * m2 - 1 - mm_shift, ftoa_pow5_inv[q], i);
        if (q <= 21) {
            if (mv % 5 == 0) vr_trailing_zeros = ryu_multiple_of_pow5(mv, q);
            else if (accept_bounds) vm_trailing_zeros = ryu_multiple_of_pow5(mv - 1 - mm_shift, q);
            else vp -= ryu_multiple_of_pow5(mv + 2, q);
        }
    } else {
        int q = ryu_log10_pow5(-e2) - (-e2 > 1);
        e10 = q + e2;
        int i = -e2 - q;
        int k = ryu_pow5bits(i) - 125;
        int j = q - k;
        vr = ryu_mul_shift(4 * m2, ftoa_pow5[i], j);
        vp = ryu_mul_shift(4 * m2 + 2, ftoa_pow5[i], j);
        vm = ryu_mul_shift(4 * m2 - 1 - mm_shift, ftoa_pow5[i], j);
        if (q <= 1) {
            vr_trailing_zeros = true;
            if (accept_bounds) vm_trailing_zeros = mm_shift == 1;
            else vp--;
        } else if (q < 63) {
            vr_trailing_zeros = ryu_multiple_of_pow2(mv, q);
        }
    }
    int removed = 0;
    uint8_t last = 0;
    uint64_t output;
    if (vm_trailing_zeros || vr_trailing_zeros) {
        while (vp / 10 > vm / 10) {
            vm_trailing_zeros &= vm % 10 == 0;
            vr_trailing_zeros &= last == 0;
            last = (uint8_t)(vr % 10);
            vr /= 10;
            vp /= 10;
            vm /= 10;
            removed++;
        }
        if (vm_trailing_zeros) {
            while (vm % 10 == 0) {
                vr_trailing_zeros &= last == 0;
                last = (uint8_t)(vr % 10);
                vr /= 10;
                vp /= 10;
                vm /= 10;
                removed++;
            }
        }
        if (vr_trailing_zeros && last == 5 && vr % 2 == 0) last = 4; /* exact tie: to even */
        output = vr + ((vr == vm && (!accept_bounds || !vm_trailing_zeros)) || last >= 5);
    } else {
        bool round_up = false;
        if (vp / 100 > vm / 100) {
            round_up = vr % 100 >= 50;
            vr /= 100;
            vp /= 100;
            vm /= 100;
            removed += 2;
        }
        while (vp / 10 > vm / 10) {
            round_up = vr % 10 >= 5;
            vr /= 10;
            vp /= 10;
            vm /= 10;
            removed++;
        }
        output = vr + (vr == vm || round_up);
    }
    *out = output;
    *exp10 = e10 + removed;
}

/* Fill d with the shortest digits of a finite non-zero float64. */
static void dec_shortest64(Dec *d, uint64_t bits) {
    uint64_t out;
    int e10;
    ryu_d2d(bits & ((1ULL << 52) - 1), (uint32_t)((bits >> 52) & 0x7FF), &out, &e10);
    dec_assign(d, out); /* digits, dp = number of digits, trailing zeros trimmed */
    d->dp += e10;
}


/* float32: the same method with 32-bit mantissas, using the top 64 bits of
 * the float64 tables (61 significant bits of 5^+-q). */
static inline uint32_t ryu_mul_shift32(uint32_t m, uint64_t factor, int shift) {
    uint64_t lo = (uint64_t)m * (uint32_t)factor;
    uint64_t hi = (uint64_t)m * (uint32_t)(factor >> 32);
    uint64_t sum = (lo >> 32) + hi;
    return (uint32_t)(sum >> (shift - 32));
}

static inline uint32_t ryu_pow5_inv_div_pow2(uint32_t m, int q, int j) {
    return ryu_mul_shift32(m, ftoa_pow5_inv[q][1] + 1, j);
}

static inline uint32_t ryu_pow5_div_pow2(uint32_t m, int i, int j) {
    return ryu_mul_shift32(m, ftoa_pow5[i][1], j);
}

static void ryu_f2d(uint32_t ieee_mant, uint32_t ieee_exp, uint64_t *out, int *exp10) {
    int e2;
    uint32_t m2;
    if (ieee_exp == 0) {
        e2 = 1 - 127 - 23 - 2;
        m2 = ieee_mant;
    } else {
        e2 = (int)ieee_exp - 127 - 23 - 2;
        m2 = (1u << 23) | ieee_mant;
    }
    bool accept_bounds = (m2 & 1) == 0;
    uint32_t mv = 4 * m2, mp = 4 * m2 + 2;
    uint32_t mm_shift = ieee_mant != 0 || ieee_exp <= 1;
    uint32_t mm = 4 * m2 - 1 - mm_shift;
    uint32_t vr, vp, vm;
    int e10;
    bool vm_trailing_zeros = false, vr_trailing_zeros = false;
    uint8_t last = 0;
    if (e2 >= 0) {
        int q = ryu_log10_pow2(e2);
        e10 = q;
        int k = 61 + ryu_pow5bits(q) - 1;
        int i = -e2 + q + k;
        vr = ryu_pow5_inv_div_pow2(mv, q, i);
        vp = ryu_pow5_inv_div_pow2(mp, q, i);
        vm = ryu_pow5_inv_div_pow2(mm, q, i);
        if (q != 0 && (vp - 1) / 10 <= vm / 10) {
            /* one removed digit is needed even if the loop below will not run */
            int l = 61 + ryu_pow5bits(q - 1) - 1;
            last = (uint8_t)(ryu_pow5_inv_div_pow2(mv, q - 1, -e2 + q - 1 + l) % 10);
        }
        if (q <= 9) {
            if (mv % 5 == 0) vr_trailing_zeros = ryu_multiple_of_pow5(mv, q);
            else if (accept_bounds) vm_trailing_zeros = ryu_multiple_of_pow5(mm, q);
            else vp -= ryu_multiple_of_pow5(mp, q);
        }
    } else {
        int q = ryu_log10_pow5(-e2);
        e10 = q + e2;
        int i = -e2 - q;
        int k = ryu_pow5bits(i) - 61;
        int j = q - k;
        vr = ryu_pow5_div_pow2(mv, i, j);
        vp = ryu_pow5_div_pow2(mp, i, j);
        vm = ryu_pow5_div_pow2(mm, i, j);
        if (q != 0 && (vp - 1) / 10 <= vm / 10) {
            j = q - 1 - (ryu_pow5bits(i + 1) - 61);
            last = (uint8_t)(ryu_pow5_div_pow2(mv, i + 1, j) % 10);
        }
        if (q <= 1) {
            vr_trailing_zeros = true;
            if (accept_bounds) vm_trailing_zeros = mm_shift == 1;
            else vp--;
        } else if (q < 31) {
            vr_trailing_zeros = ryu_multiple_of_pow2(mv, q - 1);
        }
    }
    int removed = 0;
    uint32_t output;
    if (vm_trailing_zeros || vr_trailing_zeros) {
        while (vp / 10 > vm / 10) {
            vm_trailing_zeros &= vm % 10 == 0;
            vr_trailing_zeros &= last == 0;
            last = (uint8_t)(vr % 10);
            vr /= 10;
            vp /= 10;
            vm /= 10;
            removed++;
        }
        if (vm_trailing_zeros) {
            while (vm % 10 == 0) {
                vr_trailing_zeros &= last == 0;
                last = (uint8_t)(vr % 10);
                vr /= 10;
                vp /= 10;
                vm /= 10;
                removed++;
            }
        }
        if (vr_trailing_zeros && last == 5 && vr % 2 == 0) last = 4;
        output = vr + ((vr == vm && (!accept_bounds || !vm_trailing_zeros)) || last >= 5);
    } else {
        while (vp / 10 > vm / 10) {
            last = (uint8_t)(vr % 10);
            vr /= 10;
            vp /= 10;
            vm /= 10;
            removed++;
        }
        output = vr + (vr == vm || last >= 5);
    }
    *out = output;
    *exp10 = e10 + removed;
}

static void dec_shortest32(Dec *d, uint32_t bits) {
    uint64_t out;
    int e10;
    ryu_f2d(bits & ((1u << 23) - 1), (bits >> 23) & 0xFF, &out, &e10);
    dec_assign(d, out);
    d->dp += e10;
}

/* ---- output in Go's layouts ---- */

static void put_exp10(RtBuf *b, int exp) {
    rt_buf_putc(b, exp < 0 ? '-' : '+');
    if (exp < 0) exp = -exp;
    if (exp < 10) {
        rt_buf_putc(b, '0');
        rt_buf_putc(b, (uint8_t)('0' + exp));
    } else if (exp < 100) {
        rt_buf_putc(b, (uint8_t)('0' + exp / 10));
        rt_buf_putc(b, (uint8_t)('0' + exp % 10));
    } else {
        rt_buf_putc(b, (uint8_t)('0' + exp / 100));
        rt_buf_putc(b, (uint8_t)('0' + exp / 10 % 10));
        rt_buf_putc(b, (uint8_t)('0' + exp % 10));
    }
}

/* d.ddddde±dd */
static void fmt_e(RtBuf *b, bool neg, const Dec *d, int prec, uint8_t fmt) {
    if (neg) rt_buf_putc(b, '-');
    rt_buf_putc(b, (uint8_t)('0' + (d->nd > 0 ? d->d[0] : 0)));
    if (prec > 0) {
        rt_buf_putc(b, '.');
        int i = 1;
        int m = d->nd < prec + 1 ? d->nd : prec + 1;
        for (; i < m; i++) rt_buf_putc(b, (uint8_t)('0' + d->d[i]));
        for (; i <= prec; i++) rt_buf_putc(b, '0');
    }
    rt_buf_putc(b, fmt);
    int exp = d->nd == 0 ? 0 : d->dp - 1;
    put_exp10(b, exp);
}

/* ddddd.dddd */
static void fmt_f(RtBuf *b, bool neg, const Dec *d, int prec) {
    if (neg) rt_buf_putc(b, '-');
    if (d->dp > 0) {
        int m = d->nd < d->dp ? d->nd : d->dp;
        for (int i = 0; i < m; i++) rt_buf_putc(b, (uint8_t)('0' + d->d[i]));
        for (int i = m; i < d->dp; i++) rt_buf_putc(b, '0');
    } else {
        rt_buf_putc(b, '0');
    }
    if (prec > 0) {
        rt_buf_putc(b, '.');
        for (int i = 1; i <= prec; i++) {
            int j = d->dp + i - 1;
            rt_buf_putc(b, (uint8_t)('0' + ((j >= 0 && j < d->nd) ? d->d[j] : 0)));
        }
    }
}

/* mantissa p exponent, both decimal: -4503599627370496p-52 */
static void fmt_b(RtBuf *b, bool neg, uint64_t mant, int exp, const FloatInfo *fi) {
    if (neg) rt_buf_putc(b, '-');
    rt_fmt_uint(b, mant, 10);
    rt_buf_putc(b, 'p');
    exp -= (int)fi->mantbits;
    if (exp >= 0) rt_buf_putc(b, '+');
    rt_fmt_int(b, exp, 10);
}

/* Hexadecimal mantissa and binary exponent: -0x1.23abcp+20 */
static void fmt_x(RtBuf *b, int prec, uint8_t fmt, bool neg, uint64_t mant, int exp,
                  const FloatInfo *fi) {
    if (mant == 0) exp = 0;
    /* Normalise so the leading 1 sits at bit 60. */
    mant <<= 60 - fi->mantbits;
    while (mant != 0 && (mant & ((uint64_t)1 << 60)) == 0) {
        mant <<= 1;
        exp--;
    }
    if (prec >= 0 && prec < 15) {
        /* Round to prec hex digits, ties to even. */
        unsigned shift = (unsigned)prec * 4;
        uint64_t extra = (mant << shift) & (((uint64_t)1 << 60) - 1);
        mant >>= 60 - shift;
        if ((extra | (mant & 1)) > ((uint64_t)1 << 59)) mant++;
        mant <<= 60 - shift;
        if (mant & ((uint64_t)1 << 61)) {
            mant >>= 1;
            exp++;
        }
    }
    const char *hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    if (neg) rt_buf_putc(b, '-');
    rt_buf_putc(b, '0');
    rt_buf_putc(b, fmt);
    rt_buf_putc(b, (uint8_t)('0' + ((mant >> 60) & 1)));
    mant <<= 4;
    if (prec < 0 && mant != 0) {
        rt_buf_putc(b, '.');
        while (mant != 0) {
            rt_buf_putc(b, (uint8_t)hex[(mant >> 60) & 15]);
            mant <<= 4;
        }
    } else if (prec > 0) {
        rt_buf_putc(b, '.');
        for (int i = 0; i < prec; i++) {
            rt_buf_putc(b, (uint8_t)hex[(mant >> 60) & 15]);
            mant <<= 4;
        }
    }
    rt_buf_putc(b, fmt == 'X' ? 'P' : 'p');
    rt_buf_putc(b, exp < 0 ? '-' : '+');
    if (exp < 0) exp = -exp;
    char tmp[8];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + exp % 10);
        exp /= 10;
    } while (exp > 0);
    if (n < 2) tmp[n++] = '0';
    while (n > 0) rt_buf_putc(b, (uint8_t)tmp[--n]);
}

void rt_ftoa(RtBuf *b, double v, uint8_t fmt, int prec, int bitsize) {
    const FloatInfo *fi;
    uint64_t bits;
    if (bitsize == 32) {
        float f = (float)v;
        uint32_t u;
        memcpy(&u, &f, 4);
        bits = u;
        fi = &f32info;
    } else {
        memcpy(&bits, &v, 8);
        fi = &f64info;
    }
    bool neg = (bits >> (fi->expbits + fi->mantbits)) != 0;
    int exp = (int)(bits >> fi->mantbits) & ((1 << fi->expbits) - 1);
    uint64_t mant = bits & (((uint64_t)1 << fi->mantbits) - 1);

    if (exp == (1 << fi->expbits) - 1) {
        rt_buf_puts(b, mant != 0 ? "NaN" : neg ? "-Inf" : "+Inf");
        return;
    }
    if (exp == 0) exp++; /* denormal */
    else mant |= (uint64_t)1 << fi->mantbits;
    exp += fi->bias;

    if (fmt == 'b') {
        fmt_b(b, neg, mant, exp, fi);
        return;
    }
    if (fmt == 'x' || fmt == 'X') {
        fmt_x(b, prec, fmt, neg, mant, exp, fi);
        return;
    }
    if (!(fmt == 'e' || fmt == 'E' || fmt == 'f' || fmt == 'g' || fmt == 'G')) {
        rt_buf_putc(b, '%');
        rt_buf_putc(b, fmt);
        return;
    }

    Dec dbuf; /* on the stack: re-entrant, no shared state */
    Dec *d = &dbuf;
    bool shortest = prec < 0;
    if (shortest && mant != 0) {
        if (bitsize == 32) dec_shortest32(d, (uint32_t)bits);
        else dec_shortest64(d, bits);
    } else {
        dec_from_binary(d, mant, exp - (int)fi->mantbits);
        if (shortest) dec_round_shortest(d, mant, exp, fi);
    }
    if (shortest) {
        switch (fmt) {
        case 'e': case 'E': prec = d->nd - 1 > 0 ? d->nd - 1 : 0; break;
        case 'f': prec = d->nd - d->dp > 0 ? d->nd - d->dp : 0; break;
        default: prec = d->nd; break;
        }
    } else {
        switch (fmt) {
        case 'e': case 'E': dec_round(d, prec + 1); break;
        case 'f': dec_round(d, d->dp + prec); break;
        default:
            if (prec == 0) prec = 1;
            dec_round(d, prec);
            break;
        }
    }

    switch (fmt) {
    case 'e': case 'E':
        fmt_e(b, neg, d, prec, fmt);
        return;
    case 'f':
        fmt_f(b, neg, d, prec);
        return;
    default: { /* 'g', 'G' */
        int eprec = prec;
        if (eprec > d->nd && d->nd >= d->dp) eprec = d->nd;
        if (shortest) eprec = 6;
        int x = d->dp - 1;
        if (x < -4 || x >= eprec) {
            if (prec > d->nd) prec = d->nd;
            fmt_e(b, neg, d, prec - 1, (uint8_t)(fmt + 'e' - 'g'));
            return;
        }
        if (prec > d->dp) prec = d->nd;
        fmt_f(b, neg, d, prec - d->dp > 0 ? prec - d->dp : 0);
        return;
    }
    }
}
