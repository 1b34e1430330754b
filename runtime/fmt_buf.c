/*
 * fmt_buf.c: the formatting runtime's scratch buffer (malloc memory),
 * copies of it into the GC heap, and UTF-8 encoding/decoding with
 * unicode/utf8's rules (surrogates and overlong forms are invalid and
 * decode as RuneError of width 1).
 */
#include "runtime/rt_fmt.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

void rt_buf_reserve(RtBuf *b, size_t extra) {
    if (b->cap - b->n >= extra) return;
    size_t cap = b->cap ? b->cap * 2 : 64;
    while (cap - b->n < extra) cap *= 2;
    uint8_t *p;
    if (b->heap) {
        p = realloc(b->p, cap);
    } else {
        /* leaving caller storage (or nothing yet) for the heap */
        p = malloc(cap);
        if (p && b->n) memcpy(p, b->p, b->n);
    }
    if (!p) {
        fputs("fatal error: runtime: out of memory\n", stderr);
        _exit(2);
    }
    b->p = p;
    b->cap = cap;
    b->heap = true;
}

void rt_buf_free(RtBuf *b) {
    if (b->heap) free(b->p);
    b->p = NULL;
    b->n = b->cap = 0;
    b->heap = false;
}

void rt_buf_putpad(RtBuf *b, uint8_t c, intptr_t n) {
    if (n <= 0) return;
    rt_buf_reserve(b, (size_t)n);
    memset(b->p + b->n, c, (size_t)n);
    b->n += (size_t)n;
}

void rt_buf_putrune(RtBuf *b, go_rune r) {
    if (r >= 0 && r < 0x80) {
        rt_buf_putc(b, (uint8_t)r);
        return;
    }
    uint8_t tmp[4];
    int n = rt_utf8_encode(tmp, r);
    rt_buf_put(b, tmp, (size_t)n);
}

/* One static byte per value: rt_gostring_conv's one-byte strings point
 * here, as Go's slicebytetostring points into staticuint64s. */
static const uint8_t one_byte[256] = {
#define B4(i) (i), (i) + 1, (i) + 2, (i) + 3
#define B16(i) B4(i), B4((i) + 4), B4((i) + 8), B4((i) + 12)
#define B64(i) B16(i), B16((i) + 16), B16((i) + 32), B16((i) + 48)
    B64(0), B64(64), B64(128), B64(192)
#undef B64
#undef B16
#undef B4
};

/* Go's string(b) of a result buffer (fmt's Sprint*): a one-byte string
 * allocates nothing. */
GoString rt_gostring_conv(const void *p, size_t n) {
    if (n == 1) {
        GoString s = {&one_byte[*(const uint8_t *)p], 1};
        return s;
    }
    return rt_gostring_bytes(p, n);
}

GoString rt_gostring_bytes(const void *p, size_t n) {
    GoString s = {NULL, 0};
    if (n == 0) return s;
    uint8_t *q = rt_alloc(n, NULL);
    memcpy(q, p, n);
    s.p = q;
    s.n = (intptr_t)n;
    return s;
}

GoString rt_buf_gostring(const RtBuf *b) { return rt_gostring_bytes(b->p, b->n); }

GoString rt_gostring_cstr(const char *s) { return rt_gostring_bytes(s, strlen(s)); }

bool rt_utf8_valid_rune(go_rune r) {
    return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= RT_MAX_RUNE);
}

int rt_utf8_encode(uint8_t *out, go_rune r) {
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
    if (!rt_utf8_valid_rune(r)) c = RT_RUNE_ERROR;
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

go_rune rt_utf8_decode(const uint8_t *p, intptr_t n, int *size) {
    uint8_t c0 = p[0];
    *size = 1;
    if (c0 < 0x80) return c0;
    int need;
    uint32_t r;
    /* The second byte's allowed range narrows for E0, ED, F0, F4 so that
     * overlong forms, surrogates and values above U+10FFFF are rejected. */
    uint8_t lo = 0x80, hi = 0xBF;
    if (c0 >= 0xC2 && c0 <= 0xDF) {
        need = 1;
        r = c0 & 0x1F;
    } else if (c0 >= 0xE0 && c0 <= 0xEF) {
        need = 2;
        r = c0 & 0x0F;
        if (c0 == 0xE0) lo = 0xA0;
        if (c0 == 0xED) hi = 0x9F;
    } else if (c0 >= 0xF0 && c0 <= 0xF4) {
        need = 3;
        r = c0 & 0x07;
        if (c0 == 0xF0) lo = 0x90;
        if (c0 == 0xF4) hi = 0x8F;
    } else {
        return RT_RUNE_ERROR;
    }
    if (n < need + 1) return RT_RUNE_ERROR;
    if (p[1] < lo || p[1] > hi) return RT_RUNE_ERROR;
    r = (r << 6) | (p[1] & 0x3F);
    for (int i = 2; i <= need; i++) {
        if (p[i] < 0x80 || p[i] > 0xBF) return RT_RUNE_ERROR;
        r = (r << 6) | (p[i] & 0x3F);
    }
    *size = need + 1;
    return (go_rune)r;
}

static const char digits36[] = "0123456789abcdefghijklmnopqrstuvwxyz";

void rt_fmt_uint(RtBuf *b, uint64_t v, int base) {
    char tmp[65];
    int n = 0;
    if (base == 10) {
        do {
            tmp[n++] = (char)('0' + v % 10);
            v /= 10;
        } while (v);
    } else {
        do {
            tmp[n++] = digits36[v % (uint64_t)base];
            v /= (uint64_t)base;
        } while (v);
    }
    rt_buf_reserve(b, (size_t)n);
    while (n > 0) b->p[b->n++] = (uint8_t)tmp[--n];
}

void rt_fmt_int(RtBuf *b, int64_t v, int base) {
    if (v < 0) {
        rt_buf_putc(b, '-');
        rt_fmt_uint(b, -(uint64_t)v, base);
    } else {
        rt_fmt_uint(b, (uint64_t)v, base);
    }
}

intptr_t rt_fmt_write_fd(int fd, const void *p, size_t n) {
    const uint8_t *q = p;
    size_t done = 0;
    while (done < n) {
        ssize_t w = write(fd, q + done, n - done);
        if (w < 0) {
            if (errno == EINTR) continue;
            break;
        }
        done += (size_t)w;
    }
    return (intptr_t)done;
}
