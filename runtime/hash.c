/*
 * hash.c: the hash and equality functions behind map keys and interface
 * comparison (gosub.h section 1), and the core runtime's random numbers.
 *
 * The byte hash is a wyhash-style construction: 64x64->128 multiplies
 * folded by xor ("mum"), reading the input in 16/48-byte strides.  It is
 * keyed by a per-process random seed (rt_hashkey, from getrandom at
 * start-up) plus the per-map seed passed by the caller, so iteration order
 * and collision patterns differ from run to run as they do in Go.
 *
 * Invariants Go programs can observe:
 *   - floats: +0 and -0 hash alike (they are ==); NaN hashes to a fresh
 *     random value each time, so a NaN key is never found again;
 *   - interfaces: the dynamic type's hash function on the value; a type
 *     without one panics "runtime error: hash of unhashable type T";
 *   - equal values hash alike for every comparable type.
 */
#include "runtime/rt_core.h"

#include <stdio.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

uintptr_t rt_hashkey[4];
static uint64_t rand_state;
static bool hash_ready;

void rt_hash_init(void) {
    if (hash_ready) return;
    uint64_t buf[5];
    if (getrandom(buf, sizeof buf, 0) != (ssize_t)sizeof buf) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        uint64_t x = (uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 32) ^ (uint64_t)getpid();
        for (int i = 0; i < 5; i++) {
            x = x * 6364136223846793005ULL + 1442695040888963407ULL;
            buf[i] = x ^ (x >> 29);
        }
    }
    for (int i = 0; i < 4; i++) rt_hashkey[i] = (uintptr_t)(buf[i] | 1);
    rand_state = buf[4];
    hash_ready = true;
}

__attribute__((constructor)) static void hash_ctor(void) { rt_hash_init(); }

static inline uint64_t mum(uint64_t a, uint64_t b) {
    __uint128_t r = (__uint128_t)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}

uint64_t rt_core_rand(void) {
    rand_state += 0xa0761d6478bd642fULL;
    return mum(rand_state, rand_state ^ 0xe7037ed1a0b428dbULL);
}

static inline uint64_t rd64(const uint8_t *p) {
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}
static inline uint64_t rd32(const uint8_t *p) {
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

static const uint64_t K1 = 0xe7037ed1a0b428dbULL, K2 = 0x8ebc6af09c88c6e3ULL,
                      K3 = 0x589965cc75374cc3ULL;

static inline uint64_t hash_bytes(const uint8_t *p, size_t n, uint64_t seed) {
    uint64_t a, b;
    seed ^= (uint64_t)rt_hashkey[0];
    if (n <= 16) {
        if (n >= 4) {
            size_t q = (n >> 3) << 2;
            a = (rd32(p) << 32) | rd32(p + q);
            b = (rd32(p + n - 4) << 32) | rd32(p + n - 4 - q);
        } else if (n > 0) {
            a = ((uint64_t)p[0] << 16) | ((uint64_t)p[n >> 1] << 8) | p[n - 1];
            b = 0;
        } else {
            a = b = 0;
        }
    } else {
        size_t i = n;
        if (i > 48) {
            uint64_t s1 = seed, s2 = seed;
            do {
                seed = mum(rd64(p) ^ K1, rd64(p + 8) ^ seed);
                s1 = mum(rd64(p + 16) ^ K2, rd64(p + 24) ^ s1);
                s2 = mum(rd64(p + 32) ^ K3, rd64(p + 40) ^ s2);
                p += 48;
                i -= 48;
            } while (i > 48);
            seed ^= s1 ^ s2;
        }
        while (i > 16) {
            seed = mum(rd64(p) ^ K1, rd64(p + 8) ^ seed);
            i -= 16;
            p += 16;
        }
        a = rd64(p + i - 16);
        b = rd64(p + i - 8);
    }
    return mum(K1 ^ (uint64_t)n, mum(a ^ K2, b ^ seed));
}

uintptr_t rt_memhash(const void *p, uintptr_t seed, uintptr_t size) {
    return (uintptr_t)hash_bytes(p, size, seed);
}

/* 8-byte keys (ints, pointers) take a shorter path than the general one. */
uintptr_t rt_memhash64(const void *p, uintptr_t seed) {
    uint64_t v;
    memcpy(&v, p, 8);
    return (uintptr_t)mum(v ^ K2 ^ (uint64_t)rt_hashkey[1], (uint64_t)seed ^ K1 ^ (uint64_t)rt_hashkey[0]);
}

uintptr_t rt_memhash32(const void *p, uintptr_t seed) {
    uint32_t v;
    memcpy(&v, p, 4);
    return (uintptr_t)mum((uint64_t)v ^ K3 ^ (uint64_t)rt_hashkey[2], (uint64_t)seed ^ K1 ^ (uint64_t)rt_hashkey[0]);
}

uintptr_t rt_strhash(const void *p, uintptr_t seed) {
    const GoString *s = p;
    return (uintptr_t)hash_bytes(s->p, (size_t)s->n, seed);
}

uintptr_t rt_f32hash(const void *p, uintptr_t seed) {
    float f;
    memcpy(&f, p, 4);
    if (f == 0) f = 0; /* -0 hashes as +0 */
    else if (f != f) return (uintptr_t)(rt_core_rand() ^ seed);
    return rt_memhash32(&f, seed);
}

uintptr_t rt_f64hash(const void *p, uintptr_t seed) {
    double f;
    memcpy(&f, p, 8);
    if (f == 0) f = 0;
    else if (f != f) return (uintptr_t)(rt_core_rand() ^ seed);
    return rt_memhash64(&f, seed);
}

static uintptr_t typed_hash(const GoType *t, const void *valp, uintptr_t seed) {
    if (!t->hashfn) {
        char msg[512];
        snprintf(msg, sizeof msg, "hash of unhashable type %s", t->string);
        rt_panic_errorstring(msg);
    }
    return t->hashfn(valp, seed ^ ((uintptr_t)t->hash * 0x9E3779B97F4A7C15ULL));
}

uintptr_t rt_efacehash(const void *p, uintptr_t seed) {
    const GoEface *e = p;
    if (!e->type) return (uintptr_t)mum(seed ^ K3, K2 ^ (uint64_t)rt_hashkey[3]);
    return typed_hash(e->type, rt_eface_valptr(e), seed);
}

uintptr_t rt_ifacehash(const void *p, uintptr_t seed) {
    const GoIface *i = p;
    GoEface e = go_iface_to_eface(*i);
    return rt_efacehash(&e, seed);
}

bool rt_memequal(const void *a, const void *b, uintptr_t size) {
    return a == b || size == 0 || memcmp(a, b, size) == 0;
}

bool rt_strequal(const void *a, const void *b) {
    return go_streq(*(const GoString *)a, *(const GoString *)b);
}

bool rt_f32equal(const void *a, const void *b) {
    float x, y;
    memcpy(&x, a, 4);
    memcpy(&y, b, 4);
    return x == y;
}

bool rt_f64equal(const void *a, const void *b) {
    double x, y;
    memcpy(&x, a, 8);
    memcpy(&y, b, 8);
    return x == y;
}

bool rt_efaceeq_p(const void *a, const void *b) {
    return rt_efaceeq(*(const GoEface *)a, *(const GoEface *)b);
}

bool rt_ifaceeq_p(const void *a, const void *b) {
    return rt_ifaceeq(*(const GoIface *)a, *(const GoIface *)b);
}

uintptr_t rt_memhash8(const void *p, uintptr_t seed) {
    uint32_t v = *(const uint8_t *)p;
    return rt_memhash32(&v, seed);
}

uintptr_t rt_memhash16(const void *p, uintptr_t seed) {
    uint32_t v;
    uint16_t h;
    memcpy(&h, p, 2);
    v = h;
    return rt_memhash32(&v, seed);
}

bool rt_memequal8(const void *a, const void *b) { return *(const uint8_t *)a == *(const uint8_t *)b; }
bool rt_memequal16(const void *a, const void *b) { return memcmp(a, b, 2) == 0; }
bool rt_memequal32(const void *a, const void *b) { return memcmp(a, b, 4) == 0; }
bool rt_memequal64(const void *a, const void *b) { return memcmp(a, b, 8) == 0; }

/* ---------------- descriptor-driven equality and hashing ----------------
 * For codegen's generated equal/hashfn of composite types: they may simply
 * forward to these.  Struct fields named "_" take no part, as in Go;
 * padding is never compared. */

bool rt_typed_equal(const GoType *t, const void *a, const void *b) {
    switch (t->kind) {
    case GO_STRUCT: {
        const uint8_t *x = a, *y = b;
        for (int32_t i = 0; i < t->nfields; i++) {
            const GoField *f = &t->fields[i];
            if (f->name && strcmp(f->name, "_") == 0) continue;
            if (!rt_typed_equal(f->type, x + f->offset, y + f->offset)) return false;
        }
        return true;
    }
    case GO_ARRAY: {
        const uint8_t *x = a, *y = b;
        for (uintptr_t i = 0; i < t->len; i++)
            if (!rt_typed_equal(t->elem, x + i * t->elem->size, y + i * t->elem->size)) return false;
        return true;
    }
    case GO_FLOAT32: return rt_f32equal(a, b);
    case GO_FLOAT64: return rt_f64equal(a, b);
    case GO_COMPLEX64: return rt_c64equal(a, b);
    case GO_COMPLEX128: return rt_c128equal(a, b);
    case GO_STRING: return rt_strequal(a, b);
    case GO_INTERFACE:
        return t->nimethods == 0 ? rt_efaceeq(*(const GoEface *)a, *(const GoEface *)b)
                                 : rt_ifaceeq(*(const GoIface *)a, *(const GoIface *)b);
    default:
        if (!t->equal && !(t->tflag & GO_TF_COMPARABLE)) {
            char msg[512];
            snprintf(msg, sizeof msg, "comparing uncomparable type %s", t->string);
            rt_panic_errorstring(msg);
        }
        return rt_memequal(a, b, t->size);
    }
}

uintptr_t rt_typed_hash(const GoType *t, const void *p, uintptr_t seed) {
    switch (t->kind) {
    case GO_STRUCT: {
        const uint8_t *x = p;
        uintptr_t h = seed;
        for (int32_t i = 0; i < t->nfields; i++) {
            const GoField *f = &t->fields[i];
            if (f->name && strcmp(f->name, "_") == 0) continue;
            h = rt_typed_hash(f->type, x + f->offset, h);
        }
        return h;
    }
    case GO_ARRAY: {
        const uint8_t *x = p;
        uintptr_t h = seed;
        for (uintptr_t i = 0; i < t->len; i++) h = rt_typed_hash(t->elem, x + i * t->elem->size, h);
        return h;
    }
    case GO_FLOAT32: return rt_f32hash(p, seed);
    case GO_FLOAT64: return rt_f64hash(p, seed);
    case GO_COMPLEX64: return rt_c64hash(p, seed);
    case GO_COMPLEX128: return rt_c128hash(p, seed);
    case GO_STRING: return rt_strhash(p, seed);
    case GO_INTERFACE: return t->nimethods == 0 ? rt_efacehash(p, seed) : rt_ifacehash(p, seed);
    default:
        if (t->hashfn) return t->hashfn(p, seed);
        return rt_memhash(p, seed, t->size);
    }
}
