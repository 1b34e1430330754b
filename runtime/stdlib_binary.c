/*
 * stdlib_binary.c: the reflection encoding/binary's Read, Write and Size
 * need for structs and arrays, done from gosub's type descriptors.
 *
 * Go declarations (stdlib/encoding/binary):
 *   //extern go_binary_leaves  func leaves(data any, codes []byte, forRead bool) int
 *   //extern go_binary_raw     func raw(data any, buf []byte, store bool)
 *
 * The value described by data is: *data's element for a pointer, the
 * elements of a slice, else data itself.  Its encoding is the concatenation
 * of its fixed-size leaves (bool, int8..uint64, float32, float64) in field
 * and element order, without padding, as Go's encoding/binary lays it out;
 * a type with any other leaf (int, uint, uintptr, string, pointer, ...) has
 * no encoding (size -1).
 *
 * forRead (Read's rule) accepts only a pointer or a slice.
 * leaves returns the encoding's size in bytes (-1: no encoding) and, when
 * codes has room for size bytes, describes each leaf at its first byte
 * (the leaf's width, | LEAF_BOOL for a bool, | LEAF_BLANK for a leaf of a
 * blank `_` field, which Write writes as zeros and Read skips) with 0 in
 * the leaf's other bytes.  raw copies the leaves' native (little-endian)
 * bytes between the value and buf (len(buf) >= size): store=false reads
 * the value into buf, store=true writes buf into the value except blank
 * leaves.  The byte order is applied by the Go side, through ByteOrder.
 * Invariant: both walks visit the same leaves in the same order.
 */
#include "runtime/rt_core.h"

#include <string.h>

enum { LEAF_BOOL = 0x10, LEAF_BLANK = 0x20 };

/* The encoded size of one value of type t, or -1. */
static intptr_t bin_sizeof(const GoType *t) {
    switch (t->kind) {
    case GO_BOOL: case GO_INT8: case GO_UINT8: return 1;
    case GO_INT16: case GO_UINT16: return 2;
    case GO_INT32: case GO_UINT32: case GO_FLOAT32: return 4;
    case GO_INT64: case GO_UINT64: case GO_FLOAT64: return 8;
    case GO_ARRAY: {
        intptr_t s = bin_sizeof(t->elem);
        return s < 0 ? -1 : s * (intptr_t)t->len;
    }
    case GO_STRUCT: {
        intptr_t sum = 0;
        for (int32_t i = 0; i < t->nfields; i++) {
            intptr_t s = bin_sizeof(t->fields[i].type);
            if (s < 0) return -1;
            sum += s;
        }
        return sum;
    }
    default: return -1;
    }
}

/* The type, base address and element count of the value data describes. */
static const GoType *bin_target(GoEface data, bool for_read, uint8_t **base, intptr_t *count) {
    const GoType *t = data.type;
    *count = 1;
    if (!t) return NULL;
    if (t->kind == GO_POINTER) {
        *base = data.data;
        return *base ? t->elem : NULL;
    }
    if (t->kind == GO_SLICE) {
        const GoSlice *sl = data.data;
        *base = (uint8_t *)sl->p;
        *count = sl->len;
        return t->elem;
    }
    /* Read needs a pointer or a slice; pointer-shaped values have no encoding. */
    if (for_read || (t->tflag & GO_TF_DIRECTIFACE)) return NULL;
    *base = data.data;
    return t;
}

typedef struct BinWalk {
    uint8_t *codes; /* leaves: one code per encoded byte, or NULL */
    uint8_t *buf;   /* raw: the native bytes */
    bool store;
    intptr_t pos;   /* encoded bytes so far */
} BinWalk;

static void bin_walk(BinWalk *w, const GoType *t, uint8_t *p, bool blank) {
    switch (t->kind) {
    case GO_ARRAY:
        for (uintptr_t i = 0; i < t->len; i++) bin_walk(w, t->elem, p + i * t->elem->size, blank);
        return;
    case GO_STRUCT:
        for (int32_t i = 0; i < t->nfields; i++) {
            const GoField *f = &t->fields[i];
            bin_walk(w, f->type, p + f->offset, blank || strcmp(f->name, "_") == 0);
        }
        return;
    default: {
        intptr_t n = (intptr_t)t->size; /* a leaf: its size is its encoded size */
        if (w->codes) {
            memset(w->codes + w->pos, 0, (size_t)n);
            w->codes[w->pos] = (uint8_t)(n | (t->kind == GO_BOOL ? LEAF_BOOL : 0) | (blank ? LEAF_BLANK : 0));
        } else if (!w->store) {
            memcpy(w->buf + w->pos, p, (size_t)n);
        } else if (!blank) {
            memcpy(p, w->buf + w->pos, (size_t)n);
        }
        w->pos += n;
    }
    }
}

go_int go_binary_leaves(GoEface data, GoSlice codes, bool for_read) {
    uint8_t *base = NULL;
    intptr_t count;
    const GoType *t = bin_target(data, for_read, &base, &count);
    if (!t) return -1;
    intptr_t one = bin_sizeof(t);
    if (one < 0) return -1;
    intptr_t size = one * count;
    if (codes.len < size) return size;
    BinWalk w = {codes.p, NULL, false, 0};
    for (intptr_t i = 0; i < count; i++) bin_walk(&w, t, base + i * (intptr_t)t->size, false);
    return size;
}

void go_binary_raw(GoEface data, GoSlice buf, bool store) {
    uint8_t *base = NULL;
    intptr_t count;
    const GoType *t = bin_target(data, false, &base, &count);
    if (!t || bin_sizeof(t) < 0 || buf.len < bin_sizeof(t) * count) return;
    BinWalk w = {NULL, buf.p, store, 0};
    for (intptr_t i = 0; i < count; i++) bin_walk(&w, t, base + i * (intptr_t)t->size, false);
}
