/*
 * strconv.c: package strconv's conversions in C, with Go 1.19's exact
 * syntax rules and output (integers in any base, quoting and unquoting,
 * parsing of integers, floats and bools).
 *
 * Error values: strconv's *NumError and its ErrSyntax/ErrRange sentinels
 * are Go values declared in stdlib/strconv, so the parsing entry points
 * here return a status code (RtConvStatus) and the Go wrapper builds the
 * error: NumError{Func, Num, Err} with Err chosen by the code.  Values on
 * failure are Go's (0 for syntax errors, the clamped extreme for range
 * errors, +-Inf for float overflow).
 */
#include "runtime/rt_fmt.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>

/* Status codes returned with parse results (the Go side maps them). */
enum RtConvStatus {
    RT_CONV_OK = 0,
    RT_CONV_SYNTAX = 1,   /* ErrSyntax */
    RT_CONV_RANGE = 2,    /* ErrRange */
    RT_CONV_BASE = 3,     /* errors.New("invalid base " + Itoa(base)) */
    RT_CONV_BITSIZE = 4,  /* errors.New("invalid bit size " + Itoa(bitSize)) */
};

static const char digits36[] = "0123456789abcdefghijklmnopqrstuvwxyz";

/* ---------------- quoting ---------------- */

static void put_hex(RtBuf *b, uint32_t v, int ndig) {
    for (int i = ndig - 1; i >= 0; i--) rt_buf_putc(b, (uint8_t)digits36[(v >> (4 * i)) & 15]);
}

/* One rune of a quoted literal, escaped as strconv does. */
static void quote_escaped_rune(RtBuf *b, go_rune r, uint8_t quote, int mode) {
    if (r == quote || r == '\\') {
        rt_buf_putc(b, '\\');
        rt_buf_putc(b, (uint8_t)r);
        return;
    }
    if (mode & RT_Q_ASCII) {
        if (r < 0x80 && rt_uni_is_print(r)) {
            rt_buf_putc(b, (uint8_t)r);
            return;
        }
    } else if (rt_uni_is_print(r) || ((mode & RT_Q_GRAPHIC) && rt_uni_is_graphic(r))) {
        rt_buf_putrune(b, r);
        return;
    }
    switch (r) {
    case '\a': rt_buf_puts(b, "\\a"); return;
    case '\b': rt_buf_puts(b, "\\b"); return;
    case '\f': rt_buf_puts(b, "\\f"); return;
    case '\n': rt_buf_puts(b, "\\n"); return;
    case '\r': rt_buf_puts(b, "\\r"); return;
    case '\t': rt_buf_puts(b, "\\t"); return;
    case '\v': rt_buf_puts(b, "\\v"); return;
    }
    if (r < ' ' || r == 0x7F) {
        rt_buf_puts(b, "\\x");
        put_hex(b, (uint32_t)r, 2);
        return;
    }
    if (!rt_utf8_valid_rune(r)) r = RT_RUNE_ERROR;
    if (r < 0x10000) {
        rt_buf_puts(b, "\\u");
        put_hex(b, (uint32_t)r, 4);
    } else {
        rt_buf_puts(b, "\\U");
        put_hex(b, (uint32_t)r, 8);
    }
}

void rt_quote(RtBuf *b, const uint8_t *p, intptr_t n, uint8_t quote, int mode) {
    rt_buf_reserve(b, (size_t)n + 2);
    rt_buf_putc(b, quote);
    for (intptr_t i = 0; i < n;) {
        go_rune r = p[i];
        int width = 1;
        if (r >= 0x80) r = rt_utf8_decode(p + i, n - i, &width);
        if (width == 1 && r == RT_RUNE_ERROR) {
            /* An invalid byte: \x escape of the byte itself. */
            rt_buf_puts(b, "\\x");
            put_hex(b, p[i], 2);
            i++;
            continue;
        }
        quote_escaped_rune(b, r, quote, mode);
        i += width;
    }
    rt_buf_putc(b, quote);
}

void rt_quote_rune(RtBuf *b, go_rune r, int mode) {
    if (!rt_utf8_valid_rune(r)) r = RT_RUNE_ERROR;
    rt_buf_putc(b, '\'');
    quote_escaped_rune(b, r, '\'', mode);
    rt_buf_putc(b, '\'');
}

bool rt_can_backquote(const uint8_t *p, intptr_t n) {
    for (intptr_t i = 0; i < n;) {
        uint8_t c = p[i];
        if (c < 0x80) {
            if ((c < ' ' && c != '\t') || c == '`' || c == 0x7F) return false;
            i++;
            continue;
        }
        int width;
        go_rune r = rt_utf8_decode(p + i, n - i, &width);
        if (width == 1 && r == RT_RUNE_ERROR) return false;
        if (r == 0xFEFF) return false; /* byte order mark */
        i += width;
    }
    return true;
}

/* One character of a quoted literal (strconv.UnquoteChar); returns false on
 * a syntax error.  *multibyte tells whether the value needs UTF-8 encoding
 * (false for plain bytes and \x, \ooo escapes). */
static bool unquote_char(const uint8_t **sp, const uint8_t *end, uint8_t quote, go_rune *value,
                         bool *multibyte) {
    const uint8_t *s = *sp;
    *multibyte = false;
    if (s >= end) return false;
    uint8_t c = s[0];
    if (c == quote && (quote == '\'' || quote == '"')) return false;
    if (c >= 0x80) {
        int size;
        *value = rt_utf8_decode(s, end - s, &size);
        *multibyte = true;
        *sp = s + size;
        return true;
    }
    if (c != '\\') {
        *value = c;
        *sp = s + 1;
        return true;
    }
    if (end - s <= 1) return false;
    c = s[1];
    s += 2;
    switch (c) {
    case 'a': *value = '\a'; break;
    case 'b': *value = '\b'; break;
    case 'f': *value = '\f'; break;
    case 'n': *value = '\n'; break;
    case 'r': *value = '\r'; break;
    case 't': *value = '\t'; break;
    case 'v': *value = '\v'; break;
    case 'x': case 'u': case 'U': {
        int n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        if (end - s < n) return false;
        uint32_t v = 0;
        for (int j = 0; j < n; j++) {
            uint8_t h = s[j];
            int x;
            if (h >= '0' && h <= '9') x = h - '0';
            else if ((h | 0x20) >= 'a' && (h | 0x20) <= 'f') x = (h | 0x20) - 'a' + 10;
            else return false;
            v = v << 4 | (uint32_t)x;
        }
        s += n;
        if (c == 'x') {
            *value = (go_rune)v;
            break;
        }
        if (!rt_utf8_valid_rune((go_rune)v)) return false;
        *value = (go_rune)v;
        *multibyte = true;
        break;
    }
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        uint32_t v = (uint32_t)(c - '0');
        if (end - s < 2) return false;
        for (int j = 0; j < 2; j++) {
            int x = s[j] - '0';
            if (x < 0 || x > 7) return false;
            v = (v << 3) | (uint32_t)x;
        }
        s += 2;
        if (v > 255) return false;
        *value = (go_rune)v;
        break;
    }
    case '\\': *value = '\\'; break;
    case '\'': case '"':
        if (c != quote) return false;
        *value = c;
        break;
    default:
        return false;
    }
    *sp = s;
    return true;
}

/* strconv.Unquote: false on ErrSyntax.  Output into b. */
static bool unquote(RtBuf *b, const uint8_t *in, intptr_t n) {
    if (n < 2) return false;
    uint8_t quote = in[0];
    if (in[n - 1] != quote) return false;
    const uint8_t *body = in + 1, *bend = in + n - 1;
    if (quote == '`') {
        if (memchr(body, '`', (size_t)(bend - body))) return false;
        for (const uint8_t *p = body; p < bend; p++)
            if (*p != '\r') rt_buf_putc(b, *p);
        return true;
    }
    if (quote != '"' && quote != '\'') return false;
    const uint8_t *s = body;
    while (s < bend) {
        if (*s == '\n') return false;
        go_rune r;
        bool multibyte;
        if (!unquote_char(&s, bend, quote, &r, &multibyte)) return false;
        if (r < 0x80 || !multibyte) rt_buf_putc(b, (uint8_t)r);
        else rt_buf_putrune(b, r);
        if (quote == '\'') break;
    }
    return s == bend; /* Go 1.19 accepts '' as "" */
}

/* ---------------- parsing ---------------- */

static inline uint8_t lower(uint8_t c) { return c | 0x20; }

/* Go's rule for '_' digit separators (only with a base prefix for
 * integers parsed with base 0; in floats anywhere between digits). */
static bool underscore_ok(const uint8_t *s, intptr_t n) {
    int saw = '^';
    intptr_t i = 0;
    if (n >= 1 && (s[0] == '-' || s[0] == '+')) {
        s++;
        n--;
    }
    bool hex = false;
    if (n >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x')) {
        i = 2;
        saw = '0';
        hex = lower(s[1]) == 'x';
    }
    for (; i < n; i++) {
        if ((s[i] >= '0' && s[i] <= '9') || (hex && lower(s[i]) >= 'a' && lower(s[i]) <= 'f')) {
            saw = '0';
            continue;
        }
        if (s[i] == '_') {
            if (saw != '0') return false;
            saw = '_';
            continue;
        }
        if (saw == '_') return false;
        saw = '!';
    }
    return saw != '_';
}

static int parse_uint(const uint8_t *s, intptr_t n, go_int base, go_int bits, uint64_t *out) {
    *out = 0;
    if (n == 0) return RT_CONV_SYNTAX;
    bool base0 = base == 0;
    const uint8_t *s0 = s;
    intptr_t n0 = n;
    if (base >= 2 && base <= 36) {
        /* as given */
    } else if (base == 0) {
        base = 10;
        if (s[0] == '0') {
            if (n >= 3 && lower(s[1]) == 'b') { base = 2; s += 2; n -= 2; }
            else if (n >= 3 && lower(s[1]) == 'o') { base = 8; s += 2; n -= 2; }
            else if (n >= 3 && lower(s[1]) == 'x') { base = 16; s += 2; n -= 2; }
            else { base = 8; s += 1; n -= 1; }
        }
    } else {
        return RT_CONV_BASE;
    }
    if (bits == 0) bits = 64;
    else if (bits < 0 || bits > 64) return RT_CONV_BITSIZE;
    uint64_t cutoff = UINT64_MAX / (uint64_t)base + 1;
    uint64_t maxv = bits == 64 ? UINT64_MAX : ((uint64_t)1 << bits) - 1;
    bool underscores = false;
    uint64_t v = 0;
    for (intptr_t i = 0; i < n; i++) {
        uint8_t c = s[i];
        int d;
        if (c == '_' && base0) {
            underscores = true;
            continue;
        } else if (c >= '0' && c <= '9') {
            d = c - '0';
        } else if (lower(c) >= 'a' && lower(c) <= 'z') {
            d = lower(c) - 'a' + 10;
        } else {
            return RT_CONV_SYNTAX;
        }
        if (d >= base) return RT_CONV_SYNTAX;
        if (v >= cutoff) {
            *out = maxv;
            return RT_CONV_RANGE;
        }
        v *= (uint64_t)base;
        uint64_t v1 = v + (uint64_t)d;
        if (v1 < v || v1 > maxv) {
            *out = maxv;
            return RT_CONV_RANGE;
        }
        v = v1;
    }
    if (underscores && !underscore_ok(s0, n0)) return RT_CONV_SYNTAX;
    *out = v;
    return RT_CONV_OK;
}

static int parse_int(const uint8_t *s, intptr_t n, go_int base, go_int bits, int64_t *out) {
    *out = 0;
    if (n == 0) return RT_CONV_SYNTAX;
    bool neg = false;
    if (s[0] == '+') {
        s++;
        n--;
    } else if (s[0] == '-') {
        neg = true;
        s++;
        n--;
    }
    uint64_t un;
    int st = parse_uint(s, n, base, bits, &un);
    if (st != RT_CONV_OK && st != RT_CONV_RANGE) return st;
    if (bits == 0) bits = 64;
    uint64_t cutoff = (uint64_t)1 << (bits - 1);
    if (!neg && un >= cutoff) {
        *out = (int64_t)(cutoff - 1);
        return RT_CONV_RANGE;
    }
    if (neg && un > cutoff) {
        *out = -(int64_t)(cutoff - 1) - 1;
        return RT_CONV_RANGE;
    }
    *out = neg ? (int64_t)(0 - un) : (int64_t)un;
    return RT_CONV_OK;
}

static intptr_t prefix_len_ci(const uint8_t *s, intptr_t n, const char *word) {
    intptr_t i = 0;
    while (i < n && word[i] && lower(s[i]) == (uint8_t)word[i]) i++;
    return i;
}

/* Go's float syntax check (readFloat): decimal or 0x-hex with a p
 * exponent, '_' separators; fills clean (without '_') for strtod. */
static bool float_syntax(const uint8_t *s, intptr_t n, RtBuf *clean) {
    intptr_t i = 0;
    bool underscores = false;
    if (i < n && (s[i] == '+' || s[i] == '-')) rt_buf_putc(clean, s[i++]);
    bool hex = false;
    if (i + 2 < n && s[i] == '0' && lower(s[i + 1]) == 'x') {
        hex = true;
        rt_buf_put(clean, "0x", 2);
        i += 2;
    }
    bool sawdot = false, sawdigits = false;
    for (; i < n; i++) {
        uint8_t c = s[i];
        if (c == '_') {
            underscores = true;
            continue;
        }
        if (c == '.') {
            if (sawdot) break;
            sawdot = true;
        } else if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
            sawdigits = true;
        } else {
            break;
        }
        rt_buf_putc(clean, c);
    }
    if (!sawdigits) return false;
    uint8_t expc = hex ? 'p' : 'e';
    if (i < n && lower(s[i]) == expc) {
        rt_buf_putc(clean, expc);
        i++;
        if (i >= n) return false;
        if (s[i] == '+' || s[i] == '-') rt_buf_putc(clean, s[i++]);
        if (i >= n || s[i] < '0' || s[i] > '9') return false;
        for (; i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'); i++) {
            if (s[i] == '_') underscores = true;
            else rt_buf_putc(clean, s[i]);
        }
    } else if (hex) {
        return false;
    }
    if (i != n) return false;
    if (underscores && !underscore_ok(s, n)) return false;
    rt_buf_putc(clean, 0);
    return true;
}

static int parse_float(const uint8_t *s, intptr_t n, go_int bits, double *out) {
    *out = 0;
    /* Infinity and NaN spellings, case-insensitive, the whole string. */
    if (n > 0) {
        intptr_t i = 0;
        double sign = 1;
        if (s[0] == '+' || s[0] == '-') {
            sign = s[0] == '-' ? -1 : 1;
            i = 1;
        }
        intptr_t k = prefix_len_ci(s + i, n - i, "infinity");
        if ((k == 3 || k == 8) && i + k == n) {
            *out = sign * INFINITY;
            return RT_CONV_OK;
        }
        if (i == 0 && n == 3 && prefix_len_ci(s, n, "nan") == 3) {
            *out = NAN;
            return RT_CONV_OK;
        }
    }
    RtBuf clean = {0};
    if (!float_syntax(s, n, &clean)) {
        rt_buf_free(&clean);
        return RT_CONV_SYNTAX;
    }
    double v;
    if (bits == 32) {
        float f = strtof((const char *)clean.p, NULL);
        v = f;
    } else {
        v = strtod((const char *)clean.p, NULL);
    }
    rt_buf_free(&clean);
    *out = v;
    if (isinf(v)) return RT_CONV_RANGE;
    return RT_CONV_OK;
}

/* ---------------- //extern entry points of package strconv ---------------- */

typedef struct {
    int64_t r0;
    go_int r1;
} RtI64Status;
typedef struct {
    uint64_t r0;
    go_int r1;
} RtU64Status;
typedef struct {
    double r0;
    go_int r1;
} RtF64Status;
typedef struct {
    GoString r0;
    bool r1;
} RtStringOk;

static GoString buf_result(RtBuf *b) {
    GoString s = rt_buf_gostring(b);
    rt_buf_free(b);
    return s;
}

/* Go's strconv answers 0..99 in base 10 with a slice of a static table
 * (no allocation, which an allocation count can see). */
static const char smalls[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899";

static GoString small_string(int64_t i) {
    GoString s;
    s.p = (const uint8_t *)(i < 10 ? &smalls[i * 2 + 1] : &smalls[i * 2]);
    s.n = i < 10 ? 1 : 2;
    return s;
}

/* Go's panic (a string value) for a base outside 2..36. */
static void check_int_base(go_int base) {
    if (base >= 2 && base <= 36) return;
    GoString msg = rt_gostring_cstr("strconv: illegal AppendInt/FormatInt base");
    GoEface e = {&go_type_string, rt_alloc(sizeof msg, &go_type_string)};
    memcpy(e.data, &msg, sizeof msg);
    rt_gopanic(e);
}

/* //extern go_strconv_FormatInt
 * func FormatInt(i int64, base int) string */
GoString go_strconv_FormatInt(int64_t i, go_int base) {
    if (i >= 0 && i < 100 && base == 10) return small_string(i);
    check_int_base(base);
    uint8_t tmp[72];
    RtBuf b = RT_BUF_ON(tmp);
    rt_fmt_int(&b, i, (int)base);
    return rt_gostring_bytes(tmp, b.n);
}

/* //extern go_strconv_appendInt
 * func appendInt(dst []byte, i int64, base int, unsigned bool) []byte
 * (AppendInt/AppendUint: no intermediate string, as Go formats in place) */
GoSlice go_strconv_appendInt(GoSlice dst, int64_t i, go_int base, bool is_unsigned) {
    check_int_base(base);
    uint8_t tmp[72];
    RtBuf b = RT_BUF_ON(tmp);
    if (is_unsigned)
        rt_fmt_uint(&b, (uint64_t)i, (int)base);
    else
        rt_fmt_int(&b, i, (int)base);
    intptr_t n = (intptr_t)b.n, old = dst.len;
    if (old + n > dst.cap)
        dst = rt_growslice(&go_type_uint8, dst, old + n);
    else
        dst.len = old + n;
    memcpy((uint8_t *)dst.p + old, tmp, (size_t)n);
    return dst;
}

/* //extern go_strconv_FormatUint
 * func FormatUint(i uint64, base int) string */
GoString go_strconv_FormatUint(uint64_t i, go_int base) {
    if (i < 100 && base == 10) return small_string((int64_t)i);
    check_int_base(base);
    uint8_t tmp[72];
    RtBuf b = RT_BUF_ON(tmp);
    rt_fmt_uint(&b, i, (int)base);
    return rt_gostring_bytes(tmp, b.n);
}

/* //extern go_strconv_Itoa
 * func Itoa(i int) string */
GoString go_strconv_Itoa(go_int i) {
    if (i >= 0 && i < 100) return small_string(i);
    uint8_t tmp[24];
    RtBuf b = RT_BUF_ON(tmp);
    rt_fmt_int(&b, i, 10);
    return rt_gostring_bytes(tmp, b.n);
}

/* dst = append(dst, s[:n]...), growing as Go's append does. */
static GoSlice append_chunk(GoSlice dst, const uint8_t *s, intptr_t n) {
    intptr_t old = dst.len;
    if (old + n > dst.cap)
        dst = rt_growslice(&go_type_uint8, dst, old + n);
    else
        dst.len = old + n;
    memcpy((uint8_t *)dst.p + old, s, (size_t)n);
    return dst;
}

static GoSlice append_bytewise(GoSlice dst, const uint8_t *s, intptr_t n) {
    for (intptr_t i = 0; i < n; i++) dst = append_chunk(dst, s + i, 1);
    return dst;
}

/* Appends a formatted float t[:n) to dst in the pieces Go 1.19's ftoa
 * appends it (what an allocation count sees when dst has to grow):
 * significant digits as one piece, padding zeros, '.', signs and the
 * fraction of the %f form one byte at a time, the exponent's digits as one
 * piece, NaN and ±Inf whole. (The digits Go holds never end in a zero, so
 * the zeros after the last nonzero digit are the padding.) The 'b' and 'x'
 * forms go byte by byte. */
static GoSlice append_ftoa_pieces(GoSlice dst, const uint8_t *t, intptr_t n, uint8_t fmt) {
    if ((n == 3 && !memcmp(t, "NaN", 3)) || (n == 4 && (!memcmp(t, "+Inf", 4) || !memcmp(t, "-Inf", 4))))
        return append_chunk(dst, t, n);
    intptr_t i = 0, e = n;
    for (intptr_t k = 0; k < n; k++)
        if (t[k] == 'e' || t[k] == 'E') e = k;
    bool eform = fmt == 'e' || fmt == 'E' || ((fmt == 'g' || fmt == 'G') && e < n);
    if (!eform && fmt != 'f' && fmt != 'g' && fmt != 'G') return append_bytewise(dst, t, n);
    if (i < n && t[i] == '-') dst = append_chunk(dst, t + i++, 1);
    intptr_t dot = i;
    while (dot < e && t[dot] != '.') dot++;
    if (eform) {
        dst = append_chunk(dst, t + i, 1); /* first digit */
        if (dot < e) {
            dst = append_chunk(dst, t + dot, 1);
            intptr_t last = e; /* end of the significant digits */
            while (last > dot + 1 && t[last - 1] == '0') last--;
            if (last > dot + 1) dst = append_chunk(dst, t + dot + 1, last - dot - 1);
            dst = append_bytewise(dst, t + last, e - last);
        }
        dst = append_bytewise(dst, t + e, 2); /* 'e' and the sign */
        return append_chunk(dst, t + e + 2, n - e - 2);
    }
    bool frac_digits = false;
    for (intptr_t k = dot + 1; k < n; k++)
        if (t[k] != '0') frac_digits = true;
    if (dot - i == 1 && t[i] == '0') {
        dst = append_chunk(dst, t + i, 1);
    } else {
        intptr_t last = dot;
        if (!frac_digits)
            while (last > i + 1 && t[last - 1] == '0') last--;
        dst = append_chunk(dst, t + i, last - i);
        dst = append_bytewise(dst, t + last, dot - last);
    }
    return append_bytewise(dst, t + dot, n - dot);
}

/* //extern go_strconv_genericFtoa
 * func genericFtoa(dst []byte, val float64, fmt byte, prec, bitSize int) []byte */
GoSlice go_strconv_genericFtoa(GoSlice dst, double f, uint8_t fmt, go_int prec, go_int bitSize) {
    if (bitSize != 32 && bitSize != 64) {
        GoString msg = rt_gostring_cstr("strconv: illegal AppendFloat/FormatFloat bitSize");
        GoEface e = {&go_type_string, rt_alloc(sizeof msg, &go_type_string)};
        memcpy(e.data, &msg, sizeof msg);
        rt_gopanic(e);
    }
    uint8_t tmp[64];
    RtBuf b = RT_BUF_ON(tmp);
    rt_ftoa(&b, f, fmt, (int)prec, (int)bitSize);
    dst = append_ftoa_pieces(dst, b.p, (intptr_t)b.n, fmt);
    rt_buf_free(&b);
    return dst;
}

/* //extern go_strconv_FormatFloat
 * func FormatFloat(f float64, fmt byte, prec, bitSize int) string
 * Go formats into make([]byte, 0, max(prec+4, 24)), a heap buffer, then
 * copies it into the string: two allocations (one for a one-byte result),
 * which an allocation count sees. */
GoString go_strconv_FormatFloat(double f, uint8_t fmt, go_int prec, go_int bitSize) {
    intptr_t cap = prec + 4 > 24 ? (intptr_t)prec + 4 : 24;
    GoSlice buf = {rt_alloc((uintptr_t)cap, NULL), 0, cap};
    buf = go_strconv_genericFtoa(buf, f, fmt, prec, bitSize);
    return rt_slicebytetostring(NULL, buf.p, buf.len);
}

/* //extern go_strconv_Quote
 * func Quote(s string) string */
GoString go_strconv_Quote(GoString s) {
    RtBuf b = {0};
    rt_quote(&b, s.p, s.n, '"', 0);
    return buf_result(&b);
}

/* //extern go_strconv_QuoteToASCII
 * func QuoteToASCII(s string) string */
GoString go_strconv_QuoteToASCII(GoString s) {
    RtBuf b = {0};
    rt_quote(&b, s.p, s.n, '"', RT_Q_ASCII);
    return buf_result(&b);
}

/* //extern go_strconv_QuoteToGraphic
 * func QuoteToGraphic(s string) string */
GoString go_strconv_QuoteToGraphic(GoString s) {
    RtBuf b = {0};
    rt_quote(&b, s.p, s.n, '"', RT_Q_GRAPHIC);
    return buf_result(&b);
}

/* //extern go_strconv_QuoteRune
 * func QuoteRune(r rune) string */
GoString go_strconv_QuoteRune(go_rune r) {
    RtBuf b = {0};
    rt_quote_rune(&b, r, 0);
    return buf_result(&b);
}

/* //extern go_strconv_QuoteRuneToASCII
 * func QuoteRuneToASCII(r rune) string */
GoString go_strconv_QuoteRuneToASCII(go_rune r) {
    RtBuf b = {0};
    rt_quote_rune(&b, r, RT_Q_ASCII);
    return buf_result(&b);
}

/* buf + the bytes of b, grown as append grows a []byte. */
static GoSlice append_buf(GoSlice buf, RtBuf *b) {
    intptr_t n = (intptr_t)b->n;
    if (buf.len + n > buf.cap) {
        intptr_t len = buf.len;
        buf = rt_growslice(&go_type_uint8, buf, len + n);
        buf.len = len;
    }
    if (n) memcpy((uint8_t *)buf.p + buf.len, b->p, (size_t)n);
    buf.len += n;
    rt_buf_free(b);
    return buf;
}

/* //extern go_strconv_appendQuotedWith
 * func appendQuotedWith(buf []byte, s string, quote byte, ASCIIonly, graphicOnly bool) []byte
 * (what Quote, QuoteToASCII, QuoteToGraphic and the Append forms are
 * built on in Go, so that their inlinable bodies are Go's) */
GoSlice go_strconv_appendQuotedWith(GoSlice buf, GoString s, uint8_t quote, bool ascii, bool graphic) {
    /* Go preallocates room for s and the two quotes first (a plain make:
     * that exact capacity), then appends */
    if (buf.cap - buf.len < s.n) {
        GoSlice nb = rt_makeslice(&go_type_uint8, buf.len, buf.len + 1 + s.n + 1);
        if (buf.len) memcpy(nb.p, buf.p, (size_t)buf.len);
        buf = nb;
    }
    RtBuf b = {0};
    rt_quote(&b, s.p, s.n, quote, (ascii ? RT_Q_ASCII : 0) | (graphic ? RT_Q_GRAPHIC : 0));
    return append_buf(buf, &b);
}

/* //extern go_strconv_appendQuotedRuneWith
 * func appendQuotedRuneWith(buf []byte, r rune, quote byte, ASCIIonly, graphicOnly bool) []byte
 * (quote is always '\'' in package strconv) */
GoSlice go_strconv_appendQuotedRuneWith(GoSlice buf, go_rune r, uint8_t quote, bool ascii, bool graphic) {
    (void)quote;
    RtBuf b = {0};
    rt_quote_rune(&b, r, (ascii ? RT_Q_ASCII : 0) | (graphic ? RT_Q_GRAPHIC : 0));
    return append_buf(buf, &b);
}

/* //extern go_strconv_QuoteRuneToGraphic
 * func QuoteRuneToGraphic(r rune) string */
GoString go_strconv_QuoteRuneToGraphic(go_rune r) {
    RtBuf b = {0};
    rt_quote_rune(&b, r, RT_Q_GRAPHIC);
    return buf_result(&b);
}

/* //extern go_strconv_CanBackquote
 * func CanBackquote(s string) bool */
bool go_strconv_CanBackquote(GoString s) { return rt_can_backquote(s.p, s.n); }

/* //extern go_strconv_IsPrint
 * func IsPrint(r rune) bool */
bool go_strconv_IsPrint(go_rune r) { return rt_uni_is_print(r); }

/* //extern go_strconv_IsGraphic
 * func IsGraphic(r rune) bool */
bool go_strconv_IsGraphic(go_rune r) { return rt_uni_is_graphic(r); }

/* //extern go_strconv_unquote
 * func unquote(s string) (string, bool)
 *   Unquote(s) is: if t, ok := unquote(s); ok { return t, nil }; return "", ErrSyntax */
RtStringOk go_strconv_unquote(GoString s) {
    RtBuf b = {0};
    RtStringOk res = {{NULL, 0}, false};
    if (unquote(&b, s.p, s.n)) {
        res.r0 = rt_buf_gostring(&b);
        res.r1 = true;
    }
    rt_buf_free(&b);
    return res;
}

/* //extern go_strconv_parseInt
 * func parseInt(s string, base int, bitSize int) (int64, int)
 *   result 2 is the status: 0 ok, 1 ErrSyntax, 2 ErrRange, 3 invalid base,
 *   4 invalid bit size.  ParseInt/Atoi wrap it in a *NumError. */
RtI64Status go_strconv_parseInt(GoString s, go_int base, go_int bitSize) {
    RtI64Status r;
    r.r1 = parse_int(s.p, s.n, base, bitSize, &r.r0);
    return r;
}

/* //extern go_strconv_parseUint
 * func parseUint(s string, base int, bitSize int) (uint64, int) */
RtU64Status go_strconv_parseUint(GoString s, go_int base, go_int bitSize) {
    RtU64Status r;
    r.r1 = parse_uint(s.p, s.n, base, bitSize, &r.r0);
    return r;
}

/* //extern go_strconv_parseFloat
 * func parseFloat(s string, bitSize int) (float64, int)
 *   status 0 ok, 1 ErrSyntax, 2 ErrRange (value +-Inf). */
RtF64Status go_strconv_parseFloat(GoString s, go_int bitSize) {
    RtF64Status r;
    r.r1 = parse_float(s.p, s.n, bitSize, &r.r0);
    return r;
}

/* Atoi's fast path gives the same answers as parseInt(s, 10, 0). */
/* //extern go_strconv_atoi
 * func atoi(s string) (int, int)   -- Atoi's status, as parseInt's */
RtI64Status go_strconv_atoi(GoString s) { return go_strconv_parseInt(s, 10, 0); }
