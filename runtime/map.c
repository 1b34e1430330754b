/*
 * map.c: Go maps (gosub.h section 7).
 *
 * Layout: an open-addressing table in the style of Abseil's Swiss tables,
 * with portable 8-slot groups.
 *   - ctrl[i], one byte per slot: EMPTY (0x80), DELETED (0xFE) or FULL with
 *     the low 7 bits of the key's hash (0x00..0x7F);
 *   - slots: cap entries of `stride` bytes, key at offset 0, value at voff;
 *   - a key's probe sequence visits groups g, g+1, g+3, g+6, ... (triangular
 *     numbers mod the group count: every group once), comparing the 7-bit
 *     tags of a whole group with one 64-bit word operation, then the keys;
 *     a lookup stops at the first group holding an EMPTY slot;
 *   - at most 7/8 of the slots are FULL or DELETED; past that the table is
 *     rebuilt (twice as large, or the same size if deletions left mostly
 *     tombstones).  A deleted slot becomes EMPTY again when its group
 *     already has an EMPTY slot (no probe sequence ever went past it).
 *
 * Go semantics:
 *   - keys hash and compare with the key type's hashfn/equal; NaN != NaN, so
 *     a NaN key is inserted anew every time and never found or deleted
 *     (but is iterated); interface keys of unhashable dynamic types panic
 *     "runtime error: hash of unhashable type T" (from the hash function),
 *     even on a nil or empty map, as Go;
 *   - assignment to a nil map panics "assignment to entry in nil map";
 *   - each map has its own random hash seed, and each range loop starts at a
 *     random slot, so iteration order varies between runs and loops.
 *
 * Iteration under mutation.  The table arrays are never modified after a
 * rebuild replaced them: a rebuild allocates new arrays.  An iterator
 * remembers the arrays it started on.  While they are still the map's, it
 * walks them in place: deletions are seen (a DELETED/EMPTY slot is
 * skipped), updates are seen, entries never move, so no entry is produced
 * twice.  Once the map was rebuilt, the iterator keeps walking its old
 * arrays (a snapshot) but looks every key up in the current table: a key
 * deleted meanwhile is skipped, the value produced is the current one.
 * Keys not equal to themselves (NaN) cannot be looked up, nor deleted, so
 * the snapshot's entry is produced as is.  Entries added during the loop may
 * or may not be produced, as the spec allows.
 *
 * GC: the map header, the ctrl bytes and the slots are GC objects; slots
 * holding pointers are allocated with a synthesized slot type (key and
 * value masks side by side) so that they are scanned precisely.
 */
#include "runtime/rt_core.h"
#include "runtime/rt_gc.h"

#include <stdlib.h>

enum { CTRL_EMPTY = 0x80, CTRL_DELETED = 0xFE, GROUP = 8 };

/* Key classes with inlined hash/equality. */
enum { KC_GENERIC, KC_STR, KC_64 };

typedef struct RtMap {
    intptr_t count;         /* must stay first: go_maplen reads it */
    uint8_t *ctrl;          /* cap bytes, NULL while cap == 0 */
    uint8_t *slots;         /* cap * stride bytes */
    uintptr_t mask;         /* cap - 1 */
    intptr_t growth_left;   /* EMPTY slots that may still be filled */
    uintptr_t seed;
    const GoType *slot_type;/* NULL when key and value hold no pointers */
    uint32_t stride, voff;
    uint8_t kclass;
} RtMap;

static const uint8_t rtmap_mask[1] = {0x06}; /* ctrl, slots (slot_type is malloc memory) */
static const GoType rtmap_type = {
    .size = sizeof(RtMap), .ptrdata = 3 * 8, .hash = 0x1b00d001u, .align = 8,
    .field_align = 8, .kind = GO_STRUCT, .gcmask = rtmap_mask,
    .string = "runtime.hmap", .pkgpath = "runtime",
};

/* ---------------- layout and slot types ---------------- */

static inline uintptr_t align_up(uintptr_t x, uintptr_t a) { return a ? (x + a - 1) & ~(a - 1) : x; }

static void layout(const GoType *mt, uint32_t *stride, uint32_t *voff) {
    const GoType *k = mt->key, *v = mt->elem;
    uintptr_t va = v->align ? v->align : 1, ka = k->align ? k->align : 1;
    uintptr_t vo = align_up(k->size, va);
    uintptr_t st = align_up(vo + v->size, ka > va ? ka : va);
    if (st == 0) st = 1;
    *stride = (uint32_t)st;
    *voff = (uint32_t)vo;
}

/* Slot descriptors for maps whose keys or values hold pointers, one per
 * map type, built once (malloc memory, never freed). */
typedef struct SlotTypeEntry {
    const GoType *mt;
    GoType *st;
} SlotTypeEntry;
static SlotTypeEntry *slot_types;
static size_t nslot_types, cap_slot_types;

static void copy_mask(uint8_t *dst, uintptr_t dst_word, const GoType *t) {
    if (!t->ptrdata || !t->gcmask) return;
    uintptr_t words = t->ptrdata / 8;
    for (uintptr_t w = 0; w < words; w++)
        if (t->gcmask[w / 8] >> (w % 8) & 1) dst[(dst_word + w) / 8] |= (uint8_t)(1u << ((dst_word + w) % 8));
}

static const GoType *slot_type_for(const GoType *mt, uint32_t stride, uint32_t voff) {
    const GoType *k = mt->key, *v = mt->elem;
    if (k->ptrdata == 0 && v->ptrdata == 0) return NULL;
    for (size_t i = 0; i < nslot_types; i++)
        if (slot_types[i].mt == mt) return slot_types[i].st;
    GoType *st = calloc(1, sizeof *st);
    uintptr_t ptrdata = v->ptrdata ? voff + v->ptrdata : k->ptrdata;
    uint8_t *mask = calloc(ptrdata / 64 + 1, 1);
    if (!st || !mask) rt_fatal("out of memory (map slot type)");
    copy_mask(mask, 0, k);
    copy_mask(mask, voff / 8, v);
    st->size = stride;
    st->ptrdata = ptrdata;
    st->align = 8;
    st->field_align = 8;
    st->kind = GO_STRUCT;
    st->gcmask = mask;
    st->string = "runtime.mapslot";
    st->pkgpath = "runtime";
    if (nslot_types == cap_slot_types) {
        cap_slot_types = cap_slot_types ? cap_slot_types * 2 : 16;
        slot_types = realloc(slot_types, cap_slot_types * sizeof *slot_types);
        if (!slot_types) rt_fatal("out of memory (map slot types)");
    }
    slot_types[nslot_types].mt = mt;
    slot_types[nslot_types].st = st;
    nslot_types++;
    return st;
}

static uint8_t key_class(const GoType *k) {
    if (k->hashfn == rt_strhash && k->equal == rt_strequal) return KC_STR;
    if (k->hashfn == rt_memhash64 && k->equal == rt_memequal64 && k->size == 8) return KC_64;
    return KC_GENERIC;
}

/* ---------------- group matching (SWAR over 8 control bytes) ---------------- */

#define LSB 0x0101010101010101ULL
#define MSB 0x8080808080808080ULL

static inline uint64_t load_group(const uint8_t *ctrl, uintptr_t g) {
    uint64_t w;
    memcpy(&w, ctrl + g * GROUP, 8);
    return w;
}
/* Bytes equal to tag (may report false positives: keys are compared anyway). */
static inline uint64_t match_tag(uint64_t w, uint8_t tag) {
    uint64_t x = w ^ (LSB * tag);
    return (x - LSB) & ~x & MSB;
}
static inline uint64_t match_empty(uint64_t w) { return w & (~w << 6) & MSB; }
static inline uint64_t match_empty_or_deleted(uint64_t w) { return w & MSB; }
static inline unsigned first_byte(uint64_t bits) { return (unsigned)__builtin_ctzll(bits) >> 3; }

/* ---------------- hashing and comparing keys ---------------- */

static inline uintptr_t key_hash(const RtMap *h, const GoType *k, const void *key) {
    switch (h->kclass) {
    case KC_STR: return rt_strhash(key, h->seed);
    case KC_64: return rt_memhash64(key, h->seed);
    default: return k->hashfn(key, h->seed);
    }
}

/* Short string keys dominate (words, identifiers): compare them inline in
 * 8-byte steps instead of calling memcmp. */
static inline bool str_key_equal(const GoString *x, const GoString *y) {
    intptr_t n = x->n;
    if (n != y->n) return false;
    const uint8_t *a = x->p, *b = y->p;
    if (a == b) return true;
    if (n > 64) return memcmp(a, b, (size_t)n) == 0;
    uint64_t u, v;
    for (; n >= 8; n -= 8, a += 8, b += 8) {
        memcpy(&u, a, 8);
        memcpy(&v, b, 8);
        if (u != v) return false;
    }
    if (n >= 4) {
        uint32_t s, t;
        memcpy(&s, a, 4);
        memcpy(&t, b, 4);
        if (s != t) return false;
        a += 4, b += 4, n -= 4;
    }
    for (; n > 0; n--)
        if (*a++ != *b++) return false;
    return true;
}

static inline bool key_equal(const RtMap *h, const GoType *k, const void *a, const void *b) {
    switch (h->kclass) {
    case KC_STR: return str_key_equal(a, b);
    case KC_64: return memcmp(a, b, 8) == 0;
    default: return k->equal(a, b);
    }
}

/* Hash of a key for a map that cannot hold it (nil or empty): Go still
 * hashes interface keys so that unhashable ones panic. */
static void hash_for_panic(const GoType *k, const void *key) {
    if (k->hashfn && (k->kind == GO_INTERFACE || k->kind == GO_STRUCT || k->kind == GO_ARRAY))
        (void)k->hashfn(key, 0);
}

/* ---------------- lookup ---------------- */

/* Index of key's slot or -1. */
static intptr_t find(const RtMap *h, const GoType *k, const void *key, uintptr_t hash) {
    uint8_t tag = (uint8_t)(hash & 0x7f);
    uintptr_t gmask = h->mask / GROUP;
    uintptr_t g = (hash >> 7) & gmask;
    /* The group's slots are usually the second cache miss: start it now. */
    const uint8_t *gs = h->slots + g * GROUP * h->stride;
    uintptr_t gbytes = (uintptr_t)h->stride * GROUP;
    if (gbytes > 256) gbytes = 256;
    for (uintptr_t off = 0; off < gbytes; off += 64) __builtin_prefetch(gs + off);
    for (uintptr_t step = 1;; step++) {
        uint64_t w = load_group(h->ctrl, g);
        for (uint64_t m = match_tag(w, tag); m; m &= m - 1) {
            uintptr_t i = g * GROUP + first_byte(m);
            if (h->ctrl[i] == tag && key_equal(h, k, h->slots + i * h->stride, key)) return (intptr_t)i;
        }
        if (match_empty(w)) return -1;
        g = (g + step) & gmask;
        if (step > gmask + 1) return -1;
    }
}

static uint8_t zero_small[1024];
static void *zero_big;
static uintptr_t zero_big_size;

static void *zero_value(const GoType *v) {
    if (v->size <= sizeof zero_small) return zero_small;
    if (v->size > zero_big_size) {
        free(zero_big);
        zero_big = calloc(1, v->size);
        if (!zero_big) rt_fatal("out of memory (map zero value)");
        zero_big_size = v->size;
    }
    return zero_big;
}

void *rt_mapaccess2(const GoType *mt, GoMap *m, const void *key, bool *ok) {
    RtMap *h = (RtMap *)m;
    if (!h || h->count == 0) {
        hash_for_panic(mt->key, key);
        if (ok) *ok = false;
        return zero_value(mt->elem);
    }
    intptr_t i = find(h, mt->key, key, key_hash(h, mt->key, key));
    if (i < 0) {
        if (ok) *ok = false;
        return zero_value(mt->elem);
    }
    if (ok) *ok = true;
    return h->slots + (uintptr_t)i * h->stride + h->voff;
}

void *rt_mapaccess1(const GoType *mt, GoMap *m, const void *key) {
    return rt_mapaccess2(mt, m, key, NULL);
}

/* ---------------- tables ---------------- */

static void alloc_table(RtMap *h, uintptr_t cap) {
    h->ctrl = rt_alloc(cap, NULL);
    memset(h->ctrl, CTRL_EMPTY, cap);
    if (h->slot_type) h->slots = rt_newarray(h->slot_type, (intptr_t)cap);
    else h->slots = rt_alloc(cap * h->stride, NULL);
    h->mask = cap - 1;
    h->growth_left = (intptr_t)(cap - cap / 8);
}

/* First EMPTY or DELETED slot of hash's probe sequence. */
static uintptr_t find_free(const RtMap *h, uintptr_t hash) {
    uintptr_t gmask = h->mask / GROUP;
    uintptr_t g = (hash >> 7) & gmask;
    for (uintptr_t step = 1;; step++) {
        uint64_t m = match_empty_or_deleted(load_group(h->ctrl, g));
        if (m) return g * GROUP + first_byte(m);
        g = (g + step) & gmask;
    }
}

/* Rebuild into fresh arrays of newcap slots (old arrays left untouched
 * for iterators that still walk them). */
static void rebuild(const GoType *mt, RtMap *h, uintptr_t newcap) {
    uint8_t *octrl = h->ctrl, *oslots = h->slots;
    uintptr_t ocap = octrl ? h->mask + 1 : 0;
    alloc_table(h, newcap);
    for (uintptr_t i = 0; i < ocap; i++) {
        if (octrl[i] & 0x80) continue;
        const uint8_t *src = oslots + i * h->stride;
        uintptr_t hash = key_hash(h, mt->key, src);
        uintptr_t j = find_free(h, hash);
        h->ctrl[j] = (uint8_t)(hash & 0x7f);
        uint8_t *dst = h->slots + j * h->stride;
        if (h->slot_type && rt_gc_marking) rt_typedmemmove(h->slot_type, dst, src);
        else memcpy(dst, src, h->stride);
        h->growth_left--;
    }
}

static uintptr_t cap_for_hint(int64_t hint) {
    uintptr_t cap = GROUP;
    while ((uintptr_t)hint > cap - cap / 8) cap *= 2;
    return cap;
}

GoMap *rt_makemap(const GoType *mt, int64_t hint) {
    RtMap *h = rt_alloc(sizeof(RtMap), &rtmap_type);
    layout(mt, &h->stride, &h->voff);
    h->slot_type = slot_type_for(mt, h->stride, h->voff);
    h->kclass = key_class(mt->key);
    h->seed = (uintptr_t)rt_core_rand();
    if (hint < 0 || hint > ((int64_t)1 << 40)) hint = 0;
    if (hint > GROUP - 1) alloc_table(h, cap_for_hint(hint));
    return (GoMap *)h;
}

void *rt_mapassign(const GoType *mt, GoMap *m, const void *key) {
    RtMap *h = (RtMap *)m;
    if (!h) rt_panic_plain("assignment to entry in nil map");
    const GoType *k = mt->key;
    uintptr_t hash = key_hash(h, k, key);
    if (!h->ctrl) alloc_table(h, GROUP);
    intptr_t i = find(h, k, key, hash);
    if (i >= 0) {
        uint8_t *slot = h->slots + (uintptr_t)i * h->stride;
        /* Go overwrites the key too (it matters for +0/-0 and NaN-free
         * float keys): the stored key takes the new bytes. */
        if (h->kclass == KC_STR) {
            if (__builtin_expect(rt_gc_marking, 0)) rt_typedmemmove(k, slot, key);
            else *(GoString *)slot = *(const GoString *)key;
        } else if (h->kclass == KC_GENERIC) {
            rt_typedmemmove(k, slot, key);
        }
        return slot + h->voff;
    }
    uintptr_t j = find_free(h, hash);
    if (h->growth_left == 0 && h->ctrl[j] == CTRL_EMPTY) {
        uintptr_t cap = h->mask + 1;
        /* Mostly tombstones: same size; else double. */
        uintptr_t newcap = (uintptr_t)h->count * 2 < cap - cap / 8 ? cap : cap * 2;
        rebuild(mt, h, newcap);
        j = find_free(h, hash);
    }
    if (h->ctrl[j] == CTRL_EMPTY) h->growth_left--;
    h->ctrl[j] = (uint8_t)(hash & 0x7f);
    h->count++;
    uint8_t *slot = h->slots + j * h->stride;
    rt_typedmemmove(k, slot, key);
    memset(slot + h->voff, 0, mt->elem->size);
    return slot + h->voff;
}

void rt_mapdelete(const GoType *mt, GoMap *m, const void *key) {
    RtMap *h = (RtMap *)m;
    if (!h || h->count == 0) {
        hash_for_panic(mt->key, key);
        return;
    }
    intptr_t i = find(h, mt->key, key, key_hash(h, mt->key, key));
    if (i < 0) return;
    uintptr_t g = (uintptr_t)i / GROUP;
    if (match_empty(load_group(h->ctrl, g))) {
        h->ctrl[i] = CTRL_EMPTY;
        h->growth_left++;
    } else {
        h->ctrl[i] = CTRL_DELETED;
    }
    /* Clear the slot so the GC does not keep its referents alive. */
    memset(h->slots + (uintptr_t)i * h->stride, 0, h->stride);
    h->count--;
}

/* ---------------- fast-path entry points ---------------- */

void *rt_mapaccess1_str(const GoType *mt, GoMap *m, GoString key) { return rt_mapaccess2(mt, m, &key, NULL); }
void *rt_mapaccess2_str(const GoType *mt, GoMap *m, GoString key, bool *ok) {
    return rt_mapaccess2(mt, m, &key, ok);
}
void *rt_mapassign_str(const GoType *mt, GoMap *m, GoString key) { return rt_mapassign(mt, m, &key); }
void *rt_mapaccess1_64(const GoType *mt, GoMap *m, uint64_t key) { return rt_mapaccess2(mt, m, &key, NULL); }
void *rt_mapaccess2_64(const GoType *mt, GoMap *m, uint64_t key, bool *ok) {
    return rt_mapaccess2(mt, m, &key, ok);
}
void *rt_mapassign_64(const GoType *mt, GoMap *m, uint64_t key) { return rt_mapassign(mt, m, &key); }

intptr_t rt_map_count(const GoMap *m) { return m ? m->count : 0; }

/* ---------------- iteration ---------------- */

void rt_mapiterinit(const GoType *mt, GoMap *m, GoMapIter *it) {
    RtMap *h = (RtMap *)m;
    memset(it, 0, sizeof *it);
    it->mt = mt;
    it->m = m;
    if (!h || h->count == 0 || !h->ctrl) {
        it->done = true;
        return;
    }
    it->ctrl = h->ctrl;
    it->slots = h->slots;
    it->mask = h->mask;
    it->start = (uintptr_t)rt_core_rand() & h->mask;
    it->i = 0;
}

bool rt_mapiternext(GoMapIter *it) {
    if (it->done) return false;
    RtMap *h = (RtMap *)it->m;
    const GoType *mt = it->mt;
    uint32_t stride = h->stride;
    uintptr_t cap = it->mask + 1;
    while (it->i < cap) {
        uintptr_t idx = (it->start + it->i) & it->mask;
        it->i++;
        if (it->ctrl[idx] & 0x80) continue;
        uint8_t *slot = it->slots + idx * stride;
        if (it->slots == h->slots) {
            it->key = slot;
            it->val = slot + h->voff;
            return true;
        }
        /* The map was rebuilt since the loop began: consult the current table. */
        const GoType *k = mt->key;
        if (!key_equal(h, k, slot, slot)) {
            it->key = slot;
            it->val = slot + h->voff;
            return true;
        }
        if (h->count == 0) continue;
        intptr_t j = find(h, k, slot, key_hash(h, k, slot));
        if (j < 0) continue;
        uint8_t *cur = h->slots + (uintptr_t)j * stride;
        it->key = cur;
        it->val = cur + h->voff;
        return true;
    }
    it->done = true;
    it->key = it->val = NULL;
    return false;
}
