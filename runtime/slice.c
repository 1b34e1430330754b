/*
 * slice.c: make, append's growth and copy (gosub.h section 5), and typed
 * copies that respect the GC's write barrier.
 *
 * Growth is Go 1.19's growslice, so that programs printing cap() print
 * what Go prints:
 *   - needed > 2*oldcap: newcap = needed;
 *   - else oldcap < 256: newcap = 2*oldcap;
 *   - else grow by (newcap + 3*256)/4 until >= needed (a smooth move from
 *     2x to 1.25x);
 * then the byte size is rounded up to the allocator's size class
 * (rt_roundupsize) and newcap becomes as many elements as fit.  Element
 * sizes 1, 8 and powers of two take the same arithmetic as Go (shifts),
 * which only matters for overflow checks.
 *
 * Invariant: pointer-holding memory is allocated typed (rt_newarray) so
 * the GC can scan it precisely; pointer-free memory untyped.
 */
#include "runtime/rt_core.h"
#include "runtime/rt_gc.h"

/* Go's maxAlloc on 64-bit Linux: 1 << 48. */
#define MAX_ALLOC ((uintptr_t)1 << 48)

/* The zero-size allocation base (Go's zerobase). */
static uint64_t zerobase;

static void *alloc_array(const GoType *et, uintptr_t bytes, intptr_t n) {
    if (et->ptrdata == 0) return rt_alloc(bytes, NULL);
    return rt_newarray(et, n);
}

GoSlice rt_makeslice(const GoType *et, int64_t len, int64_t cap) {
    uintptr_t sz = et->size;
    bool bad_cap = cap < 0 || (sz && (uint64_t)cap > MAX_ALLOC / sz) || len < 0 || len > cap;
    if (bad_cap) {
        bool bad_len = len < 0 || (sz && (uint64_t)len > MAX_ALLOC / sz);
        if (bad_len) rt_panic_makeslicelen();
        rt_panic_makeslicecap();
    }
    GoSlice s;
    s.len = (intptr_t)len;
    s.cap = (intptr_t)cap;
    if (sz == 0 || cap == 0) s.p = &zerobase;
    else s.p = alloc_array(et, sz * (uintptr_t)cap, (intptr_t)cap);
    return s;
}

/* One pointer word of dst gets val, through the barrier when marking. */
static inline void barrier_word(void **slot, void *val) { GO_WB(slot, val); }

/* Copies n elements of t from src to dst (may overlap), going through the
 * write barrier for pointer words while the GC is marking. */
static void typed_copy(const GoType *t, void *dst, const void *src, intptr_t n) {
    size_t bytes = (size_t)n * t->size;
    if (bytes == 0 || dst == src) return;
    if (!rt_gc_marking || t->ptrdata == 0 || !t->gcmask) {
        memmove(dst, src, bytes);
        return;
    }
    uintptr_t words = t->size / sizeof(void *);
    uintptr_t pwords = t->ptrdata / sizeof(void *);
    bool backward = (uintptr_t)dst > (uintptr_t)src;
    for (intptr_t k = 0; k < n; k++) {
        intptr_t e = backward ? n - 1 - k : k;
        void **d = (void **)((uint8_t *)dst + (size_t)e * t->size);
        void *const *s = (void *const *)((const uint8_t *)src + (size_t)e * t->size);
        for (uintptr_t w0 = 0; w0 < words; w0++) {
            uintptr_t w = backward ? words - 1 - w0 : w0;
            bool isptr = w < pwords && (t->gcmask[w / 8] >> (w % 8) & 1);
            if (isptr) barrier_word(&d[w], s[w]);
            else d[w] = s[w];
        }
        /* trailing bytes of an element whose size is not a word multiple */
        size_t tail = t->size % sizeof(void *);
        if (tail)
            memmove((uint8_t *)d + words * sizeof(void *),
                    (const uint8_t *)s + words * sizeof(void *), tail);
    }
}

void rt_typedmemmove(const GoType *t, void *dst, const void *src) { typed_copy(t, dst, src, 1); }

intptr_t rt_slicecopy(const GoType *et, void *dst, intptr_t dstlen, const void *src,
                      intptr_t srclen) {
    intptr_t n = dstlen < srclen ? dstlen : srclen;
    if (n <= 0 || et->size == 0) return n < 0 ? 0 : n;
    typed_copy(et, dst, src, n);
    return n;
}

/* The capacity append picks for needed elements, starting from oldcap,
 * and the bytes to allocate for it. */
static intptr_t grow_cap(const GoType *et, intptr_t oldcap, intptr_t needed, uintptr_t *memp) {
    intptr_t newcap = oldcap;
    intptr_t doublecap = newcap + newcap;
    if (needed > doublecap) {
        newcap = needed;
    } else {
        const intptr_t threshold = 256;
        if (oldcap < threshold) {
            newcap = doublecap;
        } else {
            while (0 < newcap && newcap < needed) newcap += (newcap + 3 * threshold) / 4;
            if (newcap <= 0) newcap = needed;
        }
    }
    uintptr_t sz = et->size, capmem;
    bool overflow = false;
    if (sz == 1) {
        overflow = (uintptr_t)newcap > MAX_ALLOC;
        capmem = overflow ? 0 : rt_roundupsize((uintptr_t)newcap);
        newcap = (intptr_t)capmem;
    } else if ((sz & (sz - 1)) == 0) {
        unsigned shift = (unsigned)__builtin_ctzll(sz);
        overflow = (uintptr_t)newcap > (MAX_ALLOC >> shift);
        capmem = overflow ? 0 : rt_roundupsize((uintptr_t)newcap << shift);
        newcap = (intptr_t)(capmem >> shift);
    } else {
        overflow = (uintptr_t)newcap > MAX_ALLOC / sz;
        capmem = overflow ? 0 : rt_roundupsize((uintptr_t)newcap * sz);
        newcap = (intptr_t)(capmem / sz);
    }
    if (overflow || capmem > MAX_ALLOC) rt_panic_errorstring("growslice: cap out of range");
    *memp = capmem;
    return newcap;
}

GoSlice rt_growslice(const GoType *et, GoSlice old, intptr_t newlen) {
    if (newlen < old.cap) rt_panic_errorstring("growslice: cap out of range");
    GoSlice s;
    if (et->size == 0) {
        s.p = &zerobase;
        s.len = newlen;
        s.cap = newlen;
        return s;
    }
    uintptr_t capmem;
    intptr_t newcap = grow_cap(et, old.cap, newlen, &capmem);
    void *p;
    if (et->ptrdata == 0) p = rt_alloc(capmem, NULL);
    else p = rt_newarray(et, newcap);
    if (old.len > 0) {
        if (rt_gc_marking && et->ptrdata) typed_copy(et, p, old.p, old.len);
        else memcpy(p, old.p, (size_t)old.len * et->size);
    }
    s.p = p;
    s.len = newlen;
    s.cap = newcap;
    return s;
}

void rt_unsafeslice_check(const GoType *et, const void *ptr, int64_t len) {
    if (len < 0) rt_panic_errorstring("unsafe.Slice: len out of range");
    uintptr_t sz = et->size;
    bool overflow = sz != 0 && (uint64_t)len > UINTPTR_MAX / sz;
    uintptr_t mem = sz * (uintptr_t)len;
    /* the slice must not run past the end of the address space */
    if (overflow || mem > (uintptr_t)0 - (uintptr_t)ptr) {
        if (!ptr) rt_panic_errorstring("unsafe.Slice: ptr is nil and len is not zero");
        rt_panic_errorstring("unsafe.Slice: len out of range");
    }
}
