/*
 * map.c: Go maps (gosub.h section 7), built the way Go 1.19's runtime
 * builds them, so that what a program can measure about a map is what go
 * reports: a 48-byte header, buckets of 8 entries whose size is Go's, the
 * same growth points, the same allocations (runtime.MemStats Mallocs and
 * TotalAlloc per insertion, a small map that does not escape costing
 * nothing), and memory that deleting entries does not give back.
 *
 * Layout.  A map is a header (RtMap, Go's hmap) and an array of 2^B
 * buckets.  A bucket holds 8 entries:
 *     tophash[8] | keys[8] | elems[8] | overflow pointer
 * tophash[i] is the top byte of the entry's hash (raised past the marker
 * values below), so a lookup compares one byte before comparing a key.
 * Keys or elements larger than 128 bytes are stored out of line: the slot
 * holds a pointer to a separate object.  A full bucket chains to overflow
 * buckets.  The bucket of a key is hash & (2^B - 1).
 *
 * Markers in tophash: EMPTY_REST (this slot and every later one in the
 * chain is empty: lookups stop), EMPTY_ONE (empty), and, in the old array
 * while the map grows, EVAC_X / EVAC_Y / EVAC_EMPTY (the entry moved to
 * the lower / upper half of the new array, or the slot was empty).
 *
 * Growth.  When an insertion would make the average load exceed 6.5
 * entries per bucket, the array doubles; when there are about as many
 * overflow buckets as buckets (after many deletions), an array of the same
 * size replaces it.  Either way the entries move incrementally: every
 * insertion or deletion while the map grows moves (evacuates) the old
 * bucket it touches and one more, in order, until the old array is empty.
 * Lookups consult the old bucket while it has not moved yet.  From 16
 * buckets on, the array is allocated with spare overflow buckets at its end
 * (one per 16 buckets, rounded up to fill the size class), used before new
 * ones are allocated.
 *
 * GC.  Buckets whose keys and elements hold no pointers are allocated
 * noscan; the overflow buckets of such a map are then invisible to the
 * collector through the chain, so the header keeps them alive in a slice
 * on the side (RtMapExtra), as Go does (and that slice's allocations are
 * Go's too).  Buckets with pointers get a synthesized bucket type whose
 * mask covers keys, elements and the overflow pointer.
 *
 * Iteration.  Each range loop starts at a random bucket and a random slot
 * offset.  If the map grows during the loop, the iterator keeps walking
 * the array it started on (it holds it alive); for a bucket not yet
 * evacuated it walks the old bucket and skips the entries that will land
 * in another new bucket; an entry that has moved is looked up again so
 * that deletions and updates made during the loop are seen.  Keys not
 * equal to themselves (NaN) cannot be looked up and are produced as found.
 *
 * Maps that escape analysis keeps in the frame (rt_makemap_stack): the
 * header and, for at most 8 expected entries, the first bucket are storage
 * in the caller's frame; growth allocates on the heap as usual.
 */
#include "runtime/rt_core.h"
#include "runtime/rt_gc.h"

#include <stdlib.h>

enum { BUCKET_CNT = 8, DATA_OFF = 8 };
enum { EMPTY_REST = 0, EMPTY_ONE = 1, EVAC_X = 2, EVAC_Y = 3, EVAC_EMPTY = 4, MIN_TOPHASH = 5 };
enum { F_ITERATOR = 1, F_OLD_ITERATOR = 2, F_SAME_SIZE = 8 };

/* Key classes with inlined hash/equality. */
enum { KC_GENERIC, KC_STR, KC_64 };

typedef struct RtMapExtra {
    GoSlice *overflow;      /* overflow buckets of buckets (noscan maps) */
    GoSlice *oldoverflow;   /* overflow buckets of oldbuckets */
    uint8_t *next_overflow; /* next spare overflow bucket of the array */
} RtMapExtra;

typedef struct RtMap {
    intptr_t count;         /* must stay first: go_maplen reads it */
    uint8_t flags;
    uint8_t B;              /* log2 of the number of buckets */
    uint16_t noverflow;     /* about how many overflow buckets exist */
    uint32_t hash0;         /* this map's hash seed */
    uint8_t *buckets;
    uint8_t *oldbuckets;    /* non-NULL while growing */
    uintptr_t nevacuate;    /* old buckets below this have moved */
    RtMapExtra *extra;
} RtMap;
_Static_assert(sizeof(RtMap) == 48, "Go's hmap is 48 bytes");
_Static_assert(sizeof(RtMapExtra) == 24, "Go's mapextra is 24 bytes");

/* Descriptors of the runtime's own map objects (words: buckets,
 * oldbuckets, extra; the extra's three pointers; a slice header; the
 * overflow slice's elements). */
static const uint8_t hmap_mask[1] = {0x2c}, extra_mask[1] = {0x07}, one_ptr_mask[1] = {0x01};
static const GoType hmap_type = {
    .size = sizeof(RtMap), .ptrdata = sizeof(RtMap), .hash = 0x1b00d001u, .align = 8,
    .field_align = 8, .kind = GO_STRUCT, .gcmask = hmap_mask,
    .string = "runtime.hmap", .pkgpath = "runtime",
};
static const GoType extra_type = {
    .size = sizeof(RtMapExtra), .ptrdata = sizeof(RtMapExtra), .hash = 0x1b00d002u, .align = 8,
    .field_align = 8, .kind = GO_STRUCT, .gcmask = extra_mask,
    .string = "runtime.mapextra", .pkgpath = "runtime",
};
static const GoType ovfslice_type = {
    .size = sizeof(GoSlice), .ptrdata = 8, .hash = 0x1b00d003u, .align = 8,
    .field_align = 8, .kind = GO_SLICE, .gcmask = one_ptr_mask, .string = "[]*runtime.bmap",
};
static const GoType bucketptr_type = {
    .size = 8, .ptrdata = 8, .hash = 0x1b00d004u, .align = 8, .field_align = 8,
    .kind = GO_POINTER, .gcmask = one_ptr_mask, .string = "*runtime.bmap",
};

/* ---------------- per map type facts ---------------- */

typedef struct MapInfo {
    const GoType *mt;
    const GoType *kt, *vt;
    uint32_t ksize, vsize;   /* slot sizes: 8 for out-of-line keys/elements */
    uint32_t bsize;          /* bucket size (GO_MAP_BUCKET_SIZE) */
    bool ikey, ielem;        /* stored out of line */
    bool reflexive;          /* k == k for every key (no floats, no interfaces) */
    bool keyupdate;          /* an overwrite stores the new key's bytes too */
    uint8_t kclass;
    const GoType *btype;     /* bucket type for the GC; NULL: noscan buckets */
} MapInfo;

static bool type_reflexive(const GoType *t) {
    switch (t->kind) {
    case GO_FLOAT32: case GO_FLOAT64: case GO_COMPLEX64: case GO_COMPLEX128: case GO_INTERFACE: return false;
    case GO_ARRAY: return type_reflexive(t->elem);
    case GO_STRUCT:
        for (int32_t i = 0; i < t->nfields; i++)
            if (!type_reflexive(t->fields[i].type)) return false;
        return true;
    default: return true;
    }
}

/* +0 and -0 are equal keys, as are two strings with different backing
 * arrays: an overwrite keeps the newer key, as Go does. */
static bool type_keyupdate(const GoType *t) {
    switch (t->kind) {
    case GO_FLOAT32: case GO_FLOAT64: case GO_COMPLEX64: case GO_COMPLEX128: case GO_INTERFACE: case GO_STRING:
        return true;
    case GO_ARRAY: return type_keyupdate(t->elem);
    case GO_STRUCT:
        for (int32_t i = 0; i < t->nfields; i++)
            if (type_keyupdate(t->fields[i].type)) return true;
        return false;
    default: return false;
    }
}

static void copy_mask(uint8_t *dst, uintptr_t dst_word, const GoType *t) {
    if (!t->ptrdata || !t->gcmask) return;
    uintptr_t words = t->ptrdata / 8;
    for (uintptr_t w = 0; w < words; w++)
        if (t->gcmask[w / 8] >> (w % 8) & 1) dst[(dst_word + w) / 8] |= (uint8_t)(1u << ((dst_word + w) % 8));
}

static void set_bit(uint8_t *mask, uintptr_t word) { mask[word / 8] |= (uint8_t)(1u << (word % 8)); }

/* The bucket type of a map whose keys or elements hold pointers (or are
 * stored out of line): keys, elements and the overflow word. */
static const GoType *make_bucket_type(const MapInfo *mi) {
    GoType *bt = calloc(1, sizeof *bt);
    uintptr_t words = mi->bsize / 8;
    uint8_t *mask = calloc(words / 8 + 1, 1);
    if (!bt || !mask) rt_fatal("out of memory (map bucket type)");
    for (uintptr_t i = 0; i < BUCKET_CNT; i++) {
        uintptr_t ko = DATA_OFF + i * mi->ksize, vo = DATA_OFF + BUCKET_CNT * mi->ksize + i * mi->vsize;
        if (mi->ikey) set_bit(mask, ko / 8);
        else if (mi->kt->ptrdata) copy_mask(mask, ko / 8, mi->kt);
        if (mi->ielem) set_bit(mask, vo / 8);
        else if (mi->vt->ptrdata) copy_mask(mask, vo / 8, mi->vt);
    }
    set_bit(mask, words - 1);
    bt->size = mi->bsize;
    bt->ptrdata = mi->bsize;
    bt->align = 8;
    bt->field_align = 8;
    bt->kind = GO_STRUCT;
    bt->gcmask = mask;
    bt->string = "runtime.bmap";
    bt->pkgpath = "runtime";
    return bt;
}

static uint8_t key_class(const GoType *k) {
    if (k->hashfn == rt_strhash && k->equal == rt_strequal) return KC_STR;
    if (k->hashfn == rt_memhash64 && k->equal == rt_memequal64 && k->size == 8) return KC_64;
    return KC_GENERIC;
}

static MapInfo *info_new(const GoType *mt) {
    MapInfo *mi = calloc(1, sizeof *mi);
    if (!mi) rt_fatal("out of memory (map info)");
    mi->mt = mt;
    mi->kt = mt->key;
    mi->vt = mt->elem;
    mi->ikey = mi->kt->size > GO_MAP_MAX_INLINE;
    mi->ielem = mi->vt->size > GO_MAP_MAX_INLINE;
    mi->ksize = (uint32_t)GO_MAP_SLOT(mi->kt->size);
    mi->vsize = (uint32_t)GO_MAP_SLOT(mi->vt->size);
    mi->bsize = (uint32_t)GO_MAP_BUCKET_SIZE(mi->kt->size, mi->vt->size);
    mi->reflexive = type_reflexive(mi->kt);
    mi->keyupdate = type_keyupdate(mi->kt);
    mi->kclass = key_class(mi->kt);
    if (mi->ikey || mi->ielem || mi->kt->ptrdata || mi->vt->ptrdata) mi->btype = make_bucket_type(mi);
    return mi;
}

/* Map type -> MapInfo: a direct-mapped cache in front of an open-addressed
 * table (malloc memory, never freed; descriptors live forever). */
enum { INFO_CACHE = 256 };
static MapInfo *info_cache[INFO_CACHE];
static MapInfo **info_tab;
static size_t info_cap, info_len;

static size_t ptr_slot(const void *p, size_t mask) { return ((uintptr_t)p >> 4) * 0x9e3779b97f4a7c15ull >> 20 & mask; }

static MapInfo *info_slow(const GoType *mt) {
    if (info_cap) {
        for (size_t i = ptr_slot(mt, info_cap - 1);; i = (i + 1) & (info_cap - 1)) {
            if (!info_tab[i]) break;
            if (info_tab[i]->mt == mt) return info_tab[i];
        }
    }
    if ((info_len + 1) * 2 > info_cap) {
        size_t ncap = info_cap ? info_cap * 2 : 64;
        MapInfo **nt = calloc(ncap, sizeof *nt);
        if (!nt) rt_fatal("out of memory (map info)");
        for (size_t i = 0; i < info_cap; i++) {
            if (!info_tab[i]) continue;
            size_t j = ptr_slot(info_tab[i]->mt, ncap - 1);
            while (nt[j]) j = (j + 1) & (ncap - 1);
            nt[j] = info_tab[i];
        }
        free(info_tab);
        info_tab = nt;
        info_cap = ncap;
    }
    MapInfo *mi = info_new(mt);
    size_t j = ptr_slot(mt, info_cap - 1);
    while (info_tab[j]) j = (j + 1) & (info_cap - 1);
    info_tab[j] = mi;
    info_len++;
    return mi;
}

static inline MapInfo *info(const GoType *mt) {
    MapInfo **c = &info_cache[((uintptr_t)mt >> 4) & (INFO_CACHE - 1)];
    if (__builtin_expect(*c && (*c)->mt == mt, 1)) return *c;
    return *c = info_slow(mt);
}

/* ---------------- buckets ---------------- */

static inline uint8_t *bkey(const MapInfo *mi, uint8_t *b, uintptr_t i) { return b + DATA_OFF + i * mi->ksize; }
static inline uint8_t *belem(const MapInfo *mi, uint8_t *b, uintptr_t i) {
    return b + DATA_OFF + BUCKET_CNT * mi->ksize + i * mi->vsize;
}
static inline uint8_t **bovf_slot(const MapInfo *mi, uint8_t *b) { return (uint8_t **)(b + mi->bsize - 8); }
static inline uint8_t *bovf(const MapInfo *mi, uint8_t *b) { return *bovf_slot(mi, b); }
static inline void set_ovf(const MapInfo *mi, uint8_t *b, uint8_t *ovf) {
    if (mi->btype) GO_WB(bovf_slot(mi, b), ovf);
    else *bovf_slot(mi, b) = ovf;
}
/* The key or element a slot stands for (following an out-of-line pointer). */
static inline void *kval(const MapInfo *mi, uint8_t *k) { return mi->ikey ? *(void **)k : (void *)k; }
static inline void *eval(const MapInfo *mi, uint8_t *e) { return mi->ielem ? *(void **)e : (void *)e; }

static inline bool is_empty(uint8_t top) { return top <= EMPTY_ONE; }
static inline bool evacuated(const uint8_t *b) { return b[0] > EMPTY_ONE && b[0] < MIN_TOPHASH; }
static inline uint8_t tophash(uintptr_t hash) {
    uint8_t top = (uint8_t)(hash >> 56);
    return top < MIN_TOPHASH ? (uint8_t)(top + MIN_TOPHASH) : top;
}
static inline uintptr_t bucket_mask(uint8_t B) { return ((uintptr_t)1 << B) - 1; }

static inline bool growing(const RtMap *h) { return h->oldbuckets != NULL; }
static inline uintptr_t noldbuckets(const RtMap *h) {
    return (uintptr_t)1 << (h->flags & F_SAME_SIZE ? h->B : h->B - 1);
}

static inline bool over_load_factor(intptr_t count, uint8_t B) {
    /* more than 8 entries and more than 6.5 per bucket */
    return count > BUCKET_CNT && (uintptr_t)count > 13 * (((uintptr_t)1 << B) / 2);
}

static inline bool too_many_overflow(uint16_t noverflow, uint8_t B) {
    if (B > 15) B = 15;
    return noverflow >= (uint16_t)(1u << (B & 15));
}

/* ---------------- hashing and comparing keys ---------------- */

#define ALWAYS_INLINE inline __attribute__((always_inline))

/* The _k forms take the key class as a constant so that each entry point
 * is compiled for its class (no per-slot dispatch). */
static ALWAYS_INLINE uintptr_t key_hash_k(int kc, const MapInfo *mi, const RtMap *h, const void *key) {
    switch (kc) {
    case KC_STR: return rt_strhash(key, h->hash0);
    case KC_64: return rt_memhash64(key, h->hash0);
    default: return mi->kt->hashfn(key, h->hash0);
    }
}

static inline uintptr_t key_hash(const MapInfo *mi, const RtMap *h, const void *key) {
    return key_hash_k(mi->kclass, mi, h, key);
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

static ALWAYS_INLINE bool key_equal_k(int kc, const MapInfo *mi, const void *a, const void *b) {
    switch (kc) {
    case KC_STR: return str_key_equal(a, b);
    case KC_64: {
        uint64_t x, y;
        memcpy(&x, a, 8);
        memcpy(&y, b, 8);
        return x == y;
    }
    default: return mi->kt->equal(a, b);
    }
}

static inline bool key_equal(const MapInfo *mi, const void *a, const void *b) {
    return key_equal_k(mi->kclass, mi, a, b);
}

/* Hash of a key for a map that cannot hold it (nil or empty): Go still
 * hashes interface keys so that unhashable ones panic. */
static void hash_for_panic(const GoType *k, const void *key) {
    if (k->hashfn && (k->kind == GO_INTERFACE || k->kind == GO_STRUCT || k->kind == GO_ARRAY))
        (void)k->hashfn(key, 0);
}

/* Copies a key or element value into map memory (barriers for pointers). */
static inline void store_val(const GoType *t, void *dst, const void *src) {
    if (t->ptrdata) rt_typedmemmove(t, dst, src);
    else memcpy(dst, src, t->size);
}

/* ---------------- lookup ---------------- */

/* The slot holding key, or NULL; *ep gets its element.  kc: the key
 * class (string and 8-byte keys are never stored out of line). */
static ALWAYS_INLINE uint8_t *lookup_k(int kc, const MapInfo *mi, RtMap *h, const void *key, uintptr_t hash, void **ep) {
    uintptr_t m = bucket_mask(h->B);
    uint8_t *b = h->buckets + (hash & m) * mi->bsize;
    if (__builtin_expect(h->oldbuckets != NULL, 0)) {
        if (!(h->flags & F_SAME_SIZE)) m >>= 1;
        uint8_t *ob = h->oldbuckets + (hash & m) * mi->bsize;
        if (!evacuated(ob)) b = ob;
    }
    if (kc == KC_64) {
        /* 8 keys in one cache line: compare them directly, as Go's
         * mapaccess_fast64 */
        uint64_t kv;
        memcpy(&kv, key, 8);
        for (; b; b = bovf(mi, b)) {
            for (uintptr_t i = 0; i < BUCKET_CNT; i++) {
                uint64_t x;
                memcpy(&x, b + DATA_OFF + i * 8, 8);
                if (x == kv && !is_empty(b[i])) {
                    *ep = eval(mi, belem(mi, b, i));
                    return b + DATA_OFF + i * 8;
                }
            }
        }
        return NULL;
    }
    uint8_t top = tophash(hash);
    for (; b; b = bovf(mi, b)) {
        for (uintptr_t i = 0; i < BUCKET_CNT; i++) {
            if (b[i] != top) {
                if (b[i] == EMPTY_REST) return NULL;
                continue;
            }
            uint8_t *k = bkey(mi, b, i);
            if (key_equal_k(kc, mi, kc == KC_GENERIC ? kval(mi, k) : k, key)) {
                *ep = eval(mi, belem(mi, b, i));
                return k;
            }
        }
    }
    return NULL;
}

static uint8_t *lookup(const MapInfo *mi, RtMap *h, const void *key, uintptr_t hash, void **ep) {
    return lookup_k(KC_GENERIC, mi, h, key, hash, ep);
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

static ALWAYS_INLINE void *access_k(int kc, const GoType *mt, GoMap *m, const void *key, bool *ok) {
    RtMap *h = (RtMap *)m;
    if (!h || h->count == 0) {
        hash_for_panic(mt->key, key);
        if (ok) *ok = false;
        return zero_value(mt->elem);
    }
    const MapInfo *mi = info(mt);
    void *e;
    if (!lookup_k(kc, mi, h, key, key_hash_k(kc, mi, h, key), &e)) {
        if (ok) *ok = false;
        return zero_value(mt->elem);
    }
    if (ok) *ok = true;
    return e;
}

void *rt_mapaccess2(const GoType *mt, GoMap *m, const void *key, bool *ok) {
    switch (info(mt)->kclass) {
    case KC_STR: return access_k(KC_STR, mt, m, key, ok);
    case KC_64: return access_k(KC_64, mt, m, key, ok);
    default: return access_k(KC_GENERIC, mt, m, key, ok);
    }
}

void *rt_mapaccess1(const GoType *mt, GoMap *m, const void *key) { return rt_mapaccess2(mt, m, key, NULL); }

/* ---------------- allocation ---------------- */

static uint8_t *alloc_buckets(const MapInfo *mi, uintptr_t n) {
    if (mi->btype) return rt_newarray(mi->btype, (intptr_t)n);
    return rt_alloc(n * mi->bsize, NULL);
}

/* A fresh array of at least 2^B buckets; *next_ovf gets the first spare
 * overflow bucket allocated after them (or NULL). */
static uint8_t *make_bucket_array(const MapInfo *mi, uint8_t B, uint8_t **next_ovf) {
    uintptr_t base = (uintptr_t)1 << B, n = base;
    if (B >= 4) {
        /* room for the overflow buckets a map of this size typically
         * needs, and whatever else fits in the size class */
        n += (uintptr_t)1 << (B - 4);
        uintptr_t sz = mi->bsize * n, up = rt_roundupsize(sz);
        if (up != sz) n = up / mi->bsize;
    }
    uint8_t *bs = alloc_buckets(mi, n);
    *next_ovf = NULL;
    if (n != base) {
        /* A spare bucket with a NULL overflow pointer has more spares after
         * it; the last one points at the array itself as a sentinel. */
        *next_ovf = bs + base * mi->bsize;
        set_ovf(mi, bs + (n - 1) * mi->bsize, bs);
    }
    return bs;
}

static RtMapExtra *get_extra(RtMap *h) {
    if (!h->extra) {
        RtMapExtra *x = rt_alloc(sizeof *x, &extra_type);
        GO_WB(&h->extra, x);
    }
    return h->extra;
}

static void incr_noverflow(RtMap *h) {
    /* counts exactly up to 2^15 buckets, then with probability 1/2^(B-15),
     * so that the count stays comparable with the number of buckets */
    if (h->B < 16) {
        h->noverflow++;
        return;
    }
    uint32_t mask = (1u << (h->B - 15)) - 1;
    if (((uint32_t)rt_core_rand() & mask) == 0) h->noverflow++;
}

/* Chains a new overflow bucket after b. */
static uint8_t *new_overflow(const MapInfo *mi, RtMap *h, uint8_t *b) {
    uint8_t *ovf;
    if (h->extra && h->extra->next_overflow) {
        ovf = h->extra->next_overflow;
        if (bovf(mi, ovf) == NULL) {
            h->extra->next_overflow = ovf + mi->bsize;
        } else {
            set_ovf(mi, ovf, NULL); /* the last spare: clear the sentinel */
            h->extra->next_overflow = NULL;
        }
    } else {
        ovf = alloc_buckets(mi, 1);
    }
    incr_noverflow(h);
    if (!mi->btype) {
        /* noscan buckets: keep ovf reachable from the header */
        RtMapExtra *x = get_extra(h);
        if (!x->overflow) {
            GoSlice *s = rt_alloc(sizeof *s, &ovfslice_type);
            GO_WB(&x->overflow, s);
        }
        GoSlice *s = x->overflow;
        if (s->len == s->cap) {
            GoSlice ns = rt_growslice(&bucketptr_type, *s, s->len + 1);
            ns.len = s->len;
            GO_WB(&s->p, ns.p);
            s->cap = ns.cap;
        }
        GO_WB(&((uint8_t **)s->p)[s->len], ovf);
        s->len++;
    }
    set_ovf(mi, b, ovf);
    return ovf;
}

static void init_header(RtMap *h, const MapInfo *mi, int64_t hint) {
    h->hash0 = (uint32_t)rt_core_rand();
    if (hint < 0 || (hint > 0 && (uint64_t)hint > ((uint64_t)1 << 40) / mi->bsize)) hint = 0;
    uint8_t B = 0;
    while (over_load_factor(hint, B)) B++;
    h->B = B;
    if (B != 0) {
        uint8_t *next;
        uint8_t *bs = make_bucket_array(mi, B, &next);
        GO_WB(&h->buckets, bs);
        if (next) get_extra(h)->next_overflow = next;
    }
}

GoMap *rt_makemap(const GoType *mt, int64_t hint) {
    const MapInfo *mi = info(mt);
    RtMap *h = rt_alloc(sizeof(RtMap), &hmap_type);
    init_header(h, mi, hint);
    return (GoMap *)h;
}

GoMap *rt_makemap_stack(const GoType *mt, int64_t hint, void *hstore, void *bstore) {
    const MapInfo *mi = info(mt);
    RtMap *h = hstore;
    memset(h, 0, sizeof *h);
    if (bstore && hint <= BUCKET_CNT) {
        memset(bstore, 0, mi->bsize);
        h->buckets = bstore;
    }
    init_header(h, mi, hint);
    return (GoMap *)h;
}

/* ---------------- growth ---------------- */

static void hash_grow(const MapInfo *mi, RtMap *h) {
    uint8_t bigger = 1;
    if (!over_load_factor(h->count + 1, h->B)) {
        bigger = 0;
        h->flags |= F_SAME_SIZE;
    }
    uint8_t *old = h->buckets, *next;
    uint8_t *nb = make_bucket_array(mi, (uint8_t)(h->B + bigger), &next);
    uint8_t flags = h->flags & ~(F_ITERATOR | F_OLD_ITERATOR);
    if (h->flags & F_ITERATOR) flags |= F_OLD_ITERATOR;
    h->B += bigger;
    h->flags = flags;
    GO_WB(&h->oldbuckets, old);
    GO_WB(&h->buckets, nb);
    h->nevacuate = 0;
    h->noverflow = 0;
    if (h->extra && h->extra->overflow) {
        GO_WB(&h->extra->oldoverflow, h->extra->overflow);
        h->extra->overflow = NULL;
    }
    if (next) get_extra(h)->next_overflow = next;
}

typedef struct EvacDst {
    uint8_t *b;
    uintptr_t i;
} EvacDst;

static void advance_evacuation_mark(const MapInfo *mi, RtMap *h, uintptr_t newbit) {
    h->nevacuate++;
    uintptr_t stop = h->nevacuate + 1024; /* bounded work per call */
    if (stop > newbit) stop = newbit;
    while (h->nevacuate != stop && evacuated(h->oldbuckets + h->nevacuate * mi->bsize)) h->nevacuate++;
    if (h->nevacuate == newbit) {
        h->oldbuckets = NULL;
        if (h->extra) h->extra->oldoverflow = NULL;
        h->flags &= (uint8_t)~F_SAME_SIZE;
    }
}

/* Moves the entries of old bucket ob (and its chain) to the new array:
 * to bucket ob (X) or, when the array doubled and the hash has the new
 * bit, to ob + newbit (Y). */
static void evacuate(const MapInfo *mi, RtMap *h, uintptr_t ob) {
    uint8_t *b = h->oldbuckets + ob * mi->bsize;
    uintptr_t newbit = noldbuckets(h);
    if (!evacuated(b)) {
        EvacDst xy[2] = {{h->buckets + ob * mi->bsize, 0}, {NULL, 0}};
        bool same = h->flags & F_SAME_SIZE;
        if (!same) xy[1].b = h->buckets + (ob + newbit) * mi->bsize;
        for (; b; b = bovf(mi, b)) {
            for (uintptr_t i = 0; i < BUCKET_CNT; i++) {
                uint8_t top = b[i];
                if (is_empty(top)) {
                    b[i] = EVAC_EMPTY;
                    continue;
                }
                if (top < MIN_TOPHASH) rt_fatal("bad map state");
                uint8_t *k = bkey(mi, b, i), *e = belem(mi, b, i);
                void *kv = kval(mi, k);
                int y = 0;
                if (!same) {
                    uintptr_t hash = key_hash(mi, h, kv);
                    if ((h->flags & F_ITERATOR) && !mi->reflexive && !key_equal(mi, kv, kv)) {
                        /* NaN: the hash is random each time; an iterator
                         * must see it in one predictable half, so the low
                         * tophash bit decides, and the new tophash is fresh */
                        y = top & 1;
                        top = tophash(hash);
                    } else if (hash & newbit) {
                        y = 1;
                    }
                }
                b[i] = (uint8_t)(EVAC_X + y);
                EvacDst *d = &xy[y];
                if (d->i == BUCKET_CNT) {
                    d->b = new_overflow(mi, h, d->b);
                    d->i = 0;
                }
                d->b[d->i] = top;
                uint8_t *dk = bkey(mi, d->b, d->i), *de = belem(mi, d->b, d->i);
                if (mi->ikey) GO_WB((void **)dk, *(void **)k);
                else store_val(mi->kt, dk, k);
                if (mi->ielem) GO_WB((void **)de, *(void **)e);
                else store_val(mi->vt, de, e);
                d->i++;
            }
        }
        /* Drop the old bucket's references (no iterator may still walk
         * it); the tophash bytes keep the evacuation marks. */
        if (!(h->flags & F_OLD_ITERATOR) && mi->btype) {
            uint8_t *p = h->oldbuckets + ob * mi->bsize;
            memset(p + DATA_OFF, 0, mi->bsize - DATA_OFF);
        }
    }
    if (ob == h->nevacuate) advance_evacuation_mark(mi, h, newbit);
}

static void grow_work(const MapInfo *mi, RtMap *h, uintptr_t bucket) {
    evacuate(mi, h, bucket & (noldbuckets(h) - 1));
    if (growing(h)) evacuate(mi, h, h->nevacuate);
}

/* ---------------- assignment and deletion ---------------- */

static ALWAYS_INLINE void *assign_k(int kc, const GoType *mt, GoMap *m, const void *key) {
    RtMap *h = (RtMap *)m;
    if (!h) rt_panic_plain("assignment to entry in nil map");
    const MapInfo *mi = info(mt);
    uintptr_t hash = key_hash_k(kc, mi, h, key);
    if (!h->buckets) {
        uint8_t *b = alloc_buckets(mi, 1);
        GO_WB(&h->buckets, b);
    }
    uint8_t top = tophash(hash);
again:;
    uintptr_t bucket = hash & bucket_mask(h->B);
    if (growing(h)) grow_work(mi, h, bucket);
    uint8_t *b = h->buckets + bucket * mi->bsize;
    uint8_t *ins = NULL, *insk = NULL, *inse = NULL;
    for (;;) {
        for (uintptr_t i = 0; i < BUCKET_CNT; i++) {
            if (b[i] != top) {
                if (is_empty(b[i]) && !ins) {
                    ins = &b[i];
                    insk = bkey(mi, b, i);
                    inse = belem(mi, b, i);
                }
                if (b[i] == EMPTY_REST) goto notfound;
                continue;
            }
            uint8_t *k = bkey(mi, b, i);
            void *kv = kc == KC_GENERIC ? kval(mi, k) : k;
            if (!key_equal_k(kc, mi, kv, key)) continue;
            if (kc != KC_64 && mi->keyupdate) store_val(mi->kt, kv, key);
            return eval(mi, belem(mi, b, i));
        }
        uint8_t *ovf = bovf(mi, b);
        if (!ovf) break;
        b = ovf;
    }
notfound:
    if (!growing(h) && (over_load_factor(h->count + 1, h->B) || too_many_overflow(h->noverflow, h->B))) {
        hash_grow(mi, h);
        goto again; /* everything moved */
    }
    if (!ins) {
        uint8_t *nb = new_overflow(mi, h, b);
        ins = &nb[0];
        insk = bkey(mi, nb, 0);
        inse = belem(mi, nb, 0);
    }
    if (mi->ikey) {
        void *kmem = rt_new(mi->kt);
        GO_WB((void **)insk, kmem);
        insk = kmem;
    }
    if (mi->ielem) {
        void *vmem = rt_new(mi->vt);
        GO_WB((void **)inse, vmem);
    }
    if (kc == KC_64) memcpy(insk, key, 8);
    else store_val(mi->kt, insk, key);
    *ins = top;
    h->count++;
    return eval(mi, inse);
}

void *rt_mapassign(const GoType *mt, GoMap *m, const void *key) {
    switch (info(mt)->kclass) {
    case KC_STR: return assign_k(KC_STR, mt, m, key);
    case KC_64: return assign_k(KC_64, mt, m, key);
    default: return assign_k(KC_GENERIC, mt, m, key);
    }
}

void rt_mapdelete(const GoType *mt, GoMap *m, const void *key) {
    RtMap *h = (RtMap *)m;
    if (!h || h->count == 0) {
        hash_for_panic(mt->key, key);
        return;
    }
    const MapInfo *mi = info(mt);
    uintptr_t hash = key_hash(mi, h, key);
    uintptr_t bucket = hash & bucket_mask(h->B);
    if (growing(h)) grow_work(mi, h, bucket);
    uint8_t *b = h->buckets + bucket * mi->bsize, *first = b;
    uint8_t top = tophash(hash);
    for (; b; b = bovf(mi, b)) {
        for (uintptr_t i = 0; i < BUCKET_CNT; i++) {
            if (b[i] != top) {
                if (b[i] == EMPTY_REST) return;
                continue;
            }
            uint8_t *k = bkey(mi, b, i);
            if (!key_equal(mi, kval(mi, k), key)) continue;
            /* clear the slot so the GC does not keep its referents */
            if (mi->ikey) *(void **)k = NULL;
            else if (mi->kt->ptrdata) memset(k, 0, mi->kt->size);
            uint8_t *e = belem(mi, b, i);
            if (mi->ielem) *(void **)e = NULL;
            else memset(e, 0, mi->vt->size);
            b[i] = EMPTY_ONE;
            /* If the rest of the chain after i is empty, this slot and the
             * empty ones before it become EMPTY_REST. */
            bool last;
            if (i == BUCKET_CNT - 1) {
                uint8_t *ovf = bovf(mi, b);
                last = !ovf || ovf[0] == EMPTY_REST;
            } else {
                last = b[i + 1] == EMPTY_REST;
            }
            if (last) {
                for (;;) {
                    b[i] = EMPTY_REST;
                    if (i == 0) {
                        if (b == first) break;
                        uint8_t *c = b;
                        for (b = first; bovf(mi, b) != c; b = bovf(mi, b)) {
                        }
                        i = BUCKET_CNT - 1;
                    } else {
                        i--;
                    }
                    if (b[i] != EMPTY_ONE) break;
                }
            }
            h->count--;
            if (h->count == 0) h->hash0 = (uint32_t)rt_core_rand();
            return;
        }
    }
}

/* ---------------- fast-path entry points ---------------- */

/* Codegen picks these by the key's Go type; the class still comes from
 * the descriptor, so that every entry point hashes a key alike. */
void *rt_mapaccess1_str(const GoType *mt, GoMap *m, GoString key) { return rt_mapaccess2_str(mt, m, key, NULL); }
void *rt_mapaccess2_str(const GoType *mt, GoMap *m, GoString key, bool *ok) {
    if (info(mt)->kclass == KC_STR) return access_k(KC_STR, mt, m, &key, ok);
    return access_k(KC_GENERIC, mt, m, &key, ok);
}
void *rt_mapassign_str(const GoType *mt, GoMap *m, GoString key) {
    if (info(mt)->kclass == KC_STR) return assign_k(KC_STR, mt, m, &key);
    return assign_k(KC_GENERIC, mt, m, &key);
}
void *rt_mapaccess1_64(const GoType *mt, GoMap *m, uint64_t key) { return rt_mapaccess2_64(mt, m, key, NULL); }
void *rt_mapaccess2_64(const GoType *mt, GoMap *m, uint64_t key, bool *ok) {
    if (info(mt)->kclass == KC_64) return access_k(KC_64, mt, m, &key, ok);
    return access_k(KC_GENERIC, mt, m, &key, ok);
}
void *rt_mapassign_64(const GoType *mt, GoMap *m, uint64_t key) {
    if (info(mt)->kclass == KC_64) return assign_k(KC_64, mt, m, &key);
    return assign_k(KC_GENERIC, mt, m, &key);
}

intptr_t rt_map_count(const GoMap *m) { return m ? m->count : 0; }

/* ---------------- iteration ---------------- */

enum { NO_CHECK = (uintptr_t)1 << 63 };

void rt_mapiterinit(const GoType *mt, GoMap *m, GoMapIter *it) {
    RtMap *h = (RtMap *)m;
    memset(it, 0, sizeof *it);
    it->mt = mt;
    if (!h || h->count == 0) {
        it->done = true;
        return;
    }
    const MapInfo *mi = info(mt);
    it->m = m;
    it->B = h->B;
    it->buckets = h->buckets;
    if (!mi->btype) {
        /* keep this array's overflow buckets alive if the map grows */
        RtMapExtra *x = get_extra(h);
        if (!x->overflow) {
            GoSlice *s = rt_alloc(sizeof *s, &ovfslice_type);
            GO_WB(&x->overflow, s);
        }
        it->overflow = x->overflow;
        it->oldoverflow = x->oldoverflow;
    }
    uint64_t r = rt_core_rand();
    it->start_bucket = (uintptr_t)r & bucket_mask(h->B);
    it->offset = (uint8_t)(r >> h->B & (BUCKET_CNT - 1));
    it->bucket = it->start_bucket;
    it->check_bucket = NO_CHECK;
    h->flags |= F_ITERATOR | F_OLD_ITERATOR;
}

bool rt_mapiternext(GoMapIter *it) {
    if (it->done) return false;
    RtMap *h = (RtMap *)it->m;
    const MapInfo *mi = info(it->mt);
    uintptr_t bucket = it->bucket, check = it->check_bucket;
    uint8_t *b = it->bptr;
    uintptr_t i = it->i;
    for (;;) {
        if (!b) {
            if (bucket == it->start_bucket && it->wrapped) {
                it->done = true;
                it->key = it->val = NULL;
                return false;
            }
            if (growing(h) && it->B == h->B) {
                /* Started after the growth began: a bucket whose old
                 * bucket has not moved yet is read from the old bucket,
                 * keeping only the entries that belong to this bucket. */
                uintptr_t ob = bucket & (noldbuckets(h) - 1);
                b = h->oldbuckets + ob * mi->bsize;
                if (!evacuated(b)) {
                    check = bucket;
                } else {
                    b = it->buckets + bucket * mi->bsize;
                    check = NO_CHECK;
                }
            } else {
                b = it->buckets + bucket * mi->bsize;
                check = NO_CHECK;
            }
            bucket++;
            if (bucket == (uintptr_t)1 << it->B) {
                bucket = 0;
                it->wrapped = true;
            }
            i = 0;
        }
        for (; i < BUCKET_CNT; i++) {
            uintptr_t oi = (i + it->offset) & (BUCKET_CNT - 1);
            uint8_t top = b[oi];
            if (is_empty(top) || top == EVAC_EMPTY) continue;
            uint8_t *k = bkey(mi, b, oi);
            void *kv = kval(mi, k);
            void *ev = belem(mi, b, oi);
            if (check != NO_CHECK && !(h->flags & F_SAME_SIZE)) {
                if (mi->reflexive || key_equal(mi, kv, kv)) {
                    uintptr_t hash = key_hash(mi, h, kv);
                    if ((hash & bucket_mask(it->B)) != check) continue;
                } else if ((check >> (it->B - 1)) != (uintptr_t)(top & 1)) {
                    /* NaN keys: the low tophash bit picks the half */
                    continue;
                }
            }
            if ((top != EVAC_X && top != EVAC_Y) || !(mi->reflexive || key_equal(mi, kv, kv))) {
                it->key = kv;
                it->val = eval(mi, ev);
            } else {
                /* moved since: the current entry (or none if deleted) */
                void *e;
                uint8_t *rk = h->count ? lookup(mi, h, kv, key_hash(mi, h, kv), &e) : NULL;
                if (!rk) continue;
                it->key = kval(mi, rk);
                it->val = e;
            }
            it->bucket = bucket;
            it->bptr = b;
            it->i = i + 1;
            it->check_bucket = check;
            return true;
        }
        b = bovf(mi, b);
        i = 0;
    }
}
