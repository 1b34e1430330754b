/*
 * string.c: Go strings (gosub.h section 5): comparison, concatenation,
 * conversions between string, []byte, []rune and rune, and UTF-8
 * decoding for range loops.
 *
 * Invariants:
 *   - a string's bytes are never written after the string is made, so
 *     conversions string -> []byte always copy, and concatenation may
 *     return an operand unchanged when it is the only non-empty one;
 *   - invalid UTF-8 decodes as U+FFFD with width 1 (surrogates, overlong
 *     forms and runes above U+10FFFF are invalid), exactly as Go's range
 *     loop and []rune(s) do; invalid runes encode as "\uFFFD";
 *   - the capacities of []byte(s) and []rune(s) are Go's: the 32-element
 *     scratch buffer when codegen provides one and the data fits, else the
 *     size-class rounding of the allocation (rawbyteslice/rawruneslice).
 */
#include "runtime/rt_core.h"
#include "runtime/rt_gc.h"
#include "runtime/rt_sched.h"

static const GoType rune_type_for_alloc = {
    .size = 4, .align = 4, .field_align = 4, .kind = GO_INT32,
    .tflag = GO_TF_NOPOINTERS, .string = "int32",
};

int rt_cmpstring(GoString a, GoString b) {
    intptr_t n = a.n < b.n ? a.n : b.n;
    if (a.p != b.p && n > 0) {
        int c = memcmp(a.p, b.p, (size_t)n);
        if (c) return c < 0 ? -1 : 1;
    }
    return a.n < b.n ? -1 : a.n > b.n ? 1 : 0;
}

GoString rt_gostringn(const void *p, intptr_t n) {
    GoString s = {NULL, 0};
    if (n <= 0) return s;
    uint8_t *q = rt_alloc((uintptr_t)n, NULL);
    memcpy(q, p, (size_t)n);
    s.p = q;
    s.n = n;
    return s;
}

/* Is p in the running goroutine's stack (above our own frame)? */
static bool on_stack(const void *p) {
    uintptr_t here = (uintptr_t)__builtin_frame_address(0);
    G *g = rt_getg();
    uintptr_t hi = (g && g->stack_hi) ? (uintptr_t)g->stack_hi : here + ((uintptr_t)8 << 20);
    return (uintptr_t)p >= here && (uintptr_t)p < hi;
}

/* Room for n bytes: the scratch buffer when it fits, else the heap. */
static uint8_t *rawbytes(uint8_t *buf, intptr_t n) {
    if (buf && n <= GO_TMPBUF) return buf;
    return rt_alloc((uintptr_t)n, NULL);
}

GoString rt_concatstrings(uint8_t *buf, const GoString *a, intptr_t n) {
    intptr_t total = 0, count = 0, idx = 0;
    for (intptr_t i = 0; i < n; i++) {
        if (a[i].n == 0) continue;
        if (total + a[i].n < total) rt_panic_plain("string concatenation too long");
        total += a[i].n;
        count++;
        idx = i;
    }
    GoString r = {NULL, 0};
    if (count == 0) return r;
    /* One non-empty operand: share it, unless the result escapes and the
     * operand's bytes live in some frame's scratch buffer (Go's rule). */
    if (count == 1 && (buf != NULL || !on_stack(a[idx].p))) return a[idx];
    uint8_t *q = rawbytes(buf, total);
    intptr_t off = 0;
    for (intptr_t i = 0; i < n; i++) {
        if (a[i].n == 0) continue;
        memcpy(q + off, a[i].p, (size_t)a[i].n);
        off += a[i].n;
    }
    r.p = q;
    r.n = total;
    return r;
}

GoString rt_concatstring2(uint8_t *buf, GoString a, GoString b) {
    GoString v[2] = {a, b};
    return rt_concatstrings(buf, v, 2);
}

/* Single-byte strings share one static table, as Go's staticuint64s. */
static const uint8_t byte_table[256] = {
#define B8(i) i, i + 1, i + 2, i + 3, i + 4, i + 5, i + 6, i + 7
#define B64(i) B8(i), B8(i + 8), B8(i + 16), B8(i + 24), B8(i + 32), B8(i + 40), B8(i + 48), B8(i + 56)
    B64(0), B64(64), B64(128), B64(192)
#undef B64
#undef B8
};

GoString rt_slicebytetostring(uint8_t *buf, const uint8_t *p, intptr_t n) {
    GoString s = {NULL, 0};
    if (n == 0) return s;
    if (n == 1) { /* no allocation, as Go's slicebytetostring */
        s.p = &byte_table[*p];
        s.n = 1;
        return s;
    }
    uint8_t *q = rawbytes(buf, n);
    memcpy(q, p, (size_t)n);
    s.p = q;
    s.n = n;
    return s;
}

GoSlice rt_stringtoslicebyte(uint8_t *buf, GoString s) {
    GoSlice r;
    if (buf && s.n <= GO_TMPBUF) {
        memset(buf, 0, GO_TMPBUF);
        r.p = buf;
        r.cap = GO_TMPBUF;
    } else {
        uintptr_t cap = rt_roundupsize((uintptr_t)s.n);
        r.p = rt_alloc(cap, NULL);
        r.cap = (intptr_t)cap;
    }
    if (s.n) memcpy(r.p, s.p, (size_t)s.n);
    r.len = s.n;
    return r;
}

/* Decoding by Go's table of first bytes: the accepted ranges of the
 * second byte narrow for E0, ED, F0, F4 (no overlongs, no surrogates, no
 * runes above U+10FFFF). */
static inline go_rune decode(const uint8_t *p, intptr_t n, intptr_t *size) {
    uint8_t c0 = p[0];
    if (c0 < 0x80) {
        *size = 1;
        return c0;
    }
    *size = 1;
    if (c0 < 0xC2 || c0 > 0xF4) return 0xFFFD;
    uint8_t lo = 0x80, hi = 0xBF;
    int need;
    if (c0 < 0xE0) need = 1;
    else if (c0 < 0xF0) {
        need = 2;
        if (c0 == 0xE0) lo = 0xA0;
        else if (c0 == 0xED) hi = 0x9F;
    } else {
        need = 3;
        if (c0 == 0xF0) lo = 0x90;
        else if (c0 == 0xF4) hi = 0x8F;
    }
    if (n < need + 1) {
        return 0xFFFD;
    }
    uint8_t c1 = p[1];
    if (c1 < lo || c1 > hi) return 0xFFFD;
    if (need == 1) {
        *size = 2;
        return (go_rune)(((c0 & 0x1F) << 6) | (c1 & 0x3F));
    }
    uint8_t c2 = p[2];
    if (c2 < 0x80 || c2 > 0xBF) return 0xFFFD;
    if (need == 2) {
        *size = 3;
        return (go_rune)(((c0 & 0x0F) << 12) | ((c1 & 0x3F) << 6) | (c2 & 0x3F));
    }
    uint8_t c3 = p[3];
    if (c3 < 0x80 || c3 > 0xBF) return 0xFFFD;
    *size = 4;
    return (go_rune)(((c0 & 0x07) << 18) | ((c1 & 0x3F) << 12) | ((c2 & 0x3F) << 6) | (c3 & 0x3F));
}

GoDecodeRune rt_decoderune(GoString s, intptr_t k) {
    GoDecodeRune r;
    intptr_t size;
    r.r0 = decode(s.p + k, s.n - k, &size);
    r.r1 = k + size;
    return r;
}

intptr_t rt_countrunes(GoString s) {
    intptr_t n = 0, i = 0, size;
    while (i < s.n) {
        if (s.p[i] < 0x80) i++;
        else {
            decode(s.p + i, s.n - i, &size);
            i += size;
        }
        n++;
    }
    return n;
}

GoSlice rt_stringtoslicerune(go_rune *buf, GoString s) {
    intptr_t n = rt_countrunes(s);
    GoSlice r;
    go_rune *q;
    if (buf && n <= GO_TMPBUF) {
        memset(buf, 0, GO_TMPBUF * sizeof(go_rune));
        q = buf;
        r.cap = GO_TMPBUF;
    } else {
        uintptr_t bytes = rt_roundupsize((uintptr_t)n * 4);
        q = rt_alloc(bytes, NULL);
        r.cap = (intptr_t)(bytes / 4);
    }
    intptr_t i = 0, j = 0, size;
    while (i < s.n) {
        q[j++] = decode(s.p + i, s.n - i, &size);
        i += size;
    }
    r.p = q;
    r.len = n;
    (void)rune_type_for_alloc;
    return r;
}

/* UTF-8 encoding with invalid runes (negative, surrogates, > U+10FFFF)
 * encoded as U+FFFD. */
static inline int encode(uint8_t *out, go_rune r) {
    uint32_t c = (uint32_t)r;
    if (c < 0x80) {
        out[0] = (uint8_t)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (uint8_t)(0xC0 | (c >> 6));
        out[1] = (uint8_t)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = 0xFFFD;
    if (c < 0x10000) {
        out[0] = (uint8_t)(0xE0 | (c >> 12));
        out[1] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (uint8_t)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (uint8_t)(0xF0 | (c >> 18));
    out[1] = (uint8_t)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (uint8_t)(0x80 | (c & 0x3F));
    return 4;
}

static inline int runelen(go_rune r) {
    uint32_t c = (uint32_t)r;
    if (c < 0x80) return 1;
    if (c < 0x800) return 2;
    if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 3;
    return c < 0x10000 ? 3 : 4;
}

GoString rt_slicerunetostring(uint8_t *buf, const go_rune *p, intptr_t n) {
    intptr_t total = 0;
    for (intptr_t i = 0; i < n; i++) total += runelen(p[i]);
    GoString s = {NULL, 0};
    if (total == 0) return s;
    uint8_t *q = rawbytes(buf, total);
    intptr_t off = 0;
    for (intptr_t i = 0; i < n; i++) off += encode(q + off, p[i]);
    s.p = q;
    s.n = total;
    return s;
}

GoString rt_intstring(uint8_t *buf, int64_t v) {
    /* Go's intstring: always its 4-byte buffer (allocated when the
     * result escapes), even for ASCII */
    GoString s;
    go_rune r = (v < 0 || v > 0x10FFFF) ? 0xFFFD : (go_rune)v;
    uint8_t tmp[4];
    int n = encode(tmp, r);
    uint8_t *q = buf ? buf : rt_alloc(4, NULL);
    memcpy(q, tmp, (size_t)n);
    s.p = q;
    s.n = n;
    return s;
}
