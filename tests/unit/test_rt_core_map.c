/*
 * test_rt_core_map.c: Go map semantics (runtime/map.c) driven from C:
 * bulk insert/delete/lookup, iteration counts, NaN and +0/-0 float keys,
 * struct and interface keys, nil maps, iteration under mutation and the
 * randomised iteration start.
 */
#include "test_rt_core.h"

#include <math.h>

#define MAPTYPE(name, k, v, s) static const GoType name = {.size = 8, .kind = GO_MAP, .key = k, .elem = v, .string = s}

MAPTYPE(mt_int_int, &go_type_int, &go_type_int, "map[int]int");
MAPTYPE(mt_str_int, &go_type_string, &go_type_int, "map[string]int");
MAPTYPE(mt_f64_int, &go_type_float64, &go_type_int, "map[float64]int");
MAPTYPE(mt_any_int, &go_type_empty_iface, &go_type_int, "map[interface {}]int");
MAPTYPE(mt_int_str, &go_type_int, &go_type_string, "map[int]string");

static void put_ii(GoMap *m, int64_t k, int64_t v) { *(int64_t *)rt_mapassign(&mt_int_int, m, &k) = v; }
static bool get_ii(GoMap *m, int64_t k, int64_t *v) {
    bool ok;
    *v = *(int64_t *)rt_mapaccess2(&mt_int_int, m, &k, &ok);
    return ok;
}

GTest(rt_core_map, million_ints) {
    GoMap *m = rt_makemap(&mt_int_int, 0);
    const int64_t N = 1000000;
    for (int64_t i = 0; i < N; i++) put_ii(m, i * 7919, i);
    cr_assert_eq(go_maplen(m), N);
    for (int64_t i = 0; i < N; i++) {
        int64_t v;
        cr_assert(get_ii(m, i * 7919, &v));
        if (v != i) cr_assert_fail("value of %lld is %lld", (long long)i, (long long)v);
    }
    int64_t v;
    cr_assert(!get_ii(m, 1, &v));
    cr_assert_eq(v, 0);
    /* overwrite does not add */
    for (int64_t i = 0; i < 1000; i++) put_ii(m, i * 7919, -i);
    cr_assert_eq(go_maplen(m), N);
    /* delete the odd ones */
    for (int64_t i = 1; i < N; i += 2) {
        int64_t k = i * 7919;
        rt_mapdelete(&mt_int_int, m, &k);
    }
    cr_assert_eq(go_maplen(m), N / 2);
    GoMapIter it;
    int64_t count = 0, sum = 0;
    for (rt_mapiterinit(&mt_int_int, m, &it); rt_mapiternext(&it);) {
        int64_t k = *(int64_t *)it.key;
        cr_assert_eq(k % 2, 0, "deleted key %lld iterated", (long long)k);
        count++;
        sum += *(int64_t *)it.val;
    }
    cr_assert_eq(count, N / 2);
    int64_t want = 0;
    for (int64_t i = 0; i < N; i += 2) want += i < 1000 ? -i : i;
    cr_assert_eq(sum, want);
    /* re-insert after deletions (tombstones reused) */
    for (int64_t i = 1; i < N; i += 2) put_ii(m, i * 7919, i);
    cr_assert_eq(go_maplen(m), N);
    for (int64_t i = 0; i < N; i += 1000) cr_assert(get_ii(m, i * 7919, &v));
}

GTest(rt_core_map, churn_same_size) {
    /* insert/delete forever at a small size: tables must not grow without bound */
    GoMap *m = rt_makemap(&mt_int_int, 0);
    for (int64_t i = 0; i < 200000; i++) {
        put_ii(m, i, i);
        if (i >= 10) {
            int64_t k = i - 10;
            rt_mapdelete(&mt_int_int, m, &k);
        }
    }
    cr_assert_eq(go_maplen(m), 10);
    int64_t v;
    for (int64_t i = 200000 - 10; i < 200000; i++) cr_assert(get_ii(m, i, &v) && v == i);
}

GTest(rt_core_map, string_keys) {
    GoMap *m = rt_makemap(&mt_str_int, 100);
    char buf[32];
    for (int i = 0; i < 50000; i++) {
        int n = snprintf(buf, sizeof buf, "key%d", i);
        GoString k = rt_gostringn(buf, n);
        *(int64_t *)rt_mapassign_str(&mt_str_int, m, k) += i;
    }
    cr_assert_eq(go_maplen(m), 50000);
    for (int i = 0; i < 50000; i += 7) {
        int n = snprintf(buf, sizeof buf, "key%d", i);
        GoString k = {(const uint8_t *)buf, n}; /* different storage, same bytes */
        bool ok;
        int64_t v = *(int64_t *)rt_mapaccess2_str(&mt_str_int, m, k, &ok);
        cr_assert(ok);
        cr_assert_eq(v, i);
    }
    GoString empty = {NULL, 0};
    *(int64_t *)rt_mapassign_str(&mt_str_int, m, empty) = 5;
    cr_assert_eq(*(int64_t *)rt_mapaccess1_str(&mt_str_int, m, rt_cstr("")), 5);
}

GTest(rt_core_map, nan_keys) {
    GoMap *m = rt_makemap(&mt_f64_int, 0);
    double nan = NAN;
    for (int i = 0; i < 3; i++) *(int64_t *)rt_mapassign(&mt_f64_int, m, &nan) = i + 1;
    cr_assert_eq(go_maplen(m), 3);
    bool ok;
    rt_mapaccess2(&mt_f64_int, m, &nan, &ok);
    cr_assert(!ok);
    rt_mapdelete(&mt_f64_int, m, &nan);
    cr_assert_eq(go_maplen(m), 3);
    GoMapIter it;
    int n = 0;
    int64_t sum = 0;
    for (rt_mapiterinit(&mt_f64_int, m, &it); rt_mapiternext(&it);) {
        cr_assert(isnan(*(double *)it.key));
        sum += *(int64_t *)it.val;
        n++;
    }
    cr_assert_eq(n, 3);
    cr_assert_eq(sum, 6);
    /* +0 and -0 are the same key */
    double pz = 0.0, nz = -0.0;
    *(int64_t *)rt_mapassign(&mt_f64_int, m, &pz) = 10;
    *(int64_t *)rt_mapassign(&mt_f64_int, m, &nz) = 20;
    cr_assert_eq(go_maplen(m), 4);
    cr_assert_eq(*(int64_t *)rt_mapaccess1(&mt_f64_int, m, &pz), 20);
}

/* struct { a int32; s string } with its own equal/hash, as codegen emits them */
typedef struct SK {
    int32_t a;
    GoString s;
} SK;
static bool sk_equal(const void *x, const void *y) {
    const SK *p = x, *q = y;
    return p->a == q->a && go_streq(p->s, q->s);
}
static uintptr_t sk_hash(const void *x, uintptr_t seed) {
    const SK *p = x;
    return rt_strhash(&p->s, rt_memhash32(&p->a, seed));
}
static const GoType sk_type = {.size = 24, .ptrdata = 16, .align = 8, .field_align = 8,
                               .kind = GO_STRUCT, .tflag = GO_TF_COMPARABLE | GO_TF_NAMED,
                               .equal = sk_equal, .hashfn = sk_hash,
                               .gcmask = (const uint8_t[]){0x2}, .string = "main.SK"};
MAPTYPE(mt_sk_int, &sk_type, &go_type_int, "map[main.SK]int");

GTest(rt_core_map, struct_keys) {
    GoMap *m = rt_makemap(&mt_sk_int, 0);
    char buf[16];
    for (int i = 0; i < 10000; i++) {
        int n = snprintf(buf, sizeof buf, "s%d", i % 100);
        SK k = {i / 100, rt_gostringn(buf, n)};
        *(int64_t *)rt_mapassign(&mt_sk_int, m, &k) = i;
    }
    cr_assert_eq(go_maplen(m), 10000);
    SK k = {42, rt_cstr("s17")};
    cr_assert_eq(*(int64_t *)rt_mapaccess1(&mt_sk_int, m, &k), 4217);
}

GTest(rt_core_map, interface_keys) {
    GoMap *m = rt_makemap(&mt_any_int, 0);
    GoEface k1 = box_int(1), k2 = box_string("1"), k3 = box_int(1);
    *(int64_t *)rt_mapassign(&mt_any_int, m, &k1) = 10;
    *(int64_t *)rt_mapassign(&mt_any_int, m, &k2) = 20;
    *(int64_t *)rt_mapassign(&mt_any_int, m, &k3) += 5;
    GoEface nil = {NULL, NULL};
    *(int64_t *)rt_mapassign(&mt_any_int, m, &nil) = 30;
    cr_assert_eq(go_maplen(m), 3);
    cr_assert_eq(*(int64_t *)rt_mapaccess1(&mt_any_int, m, &k1), 15);
    cr_assert_eq(*(int64_t *)rt_mapaccess1(&mt_any_int, m, &k2), 20);
    cr_assert_eq(*(int64_t *)rt_mapaccess1(&mt_any_int, m, &nil), 30);
}

static const GoType slice_int = {.size = 24, .ptrdata = 8, .align = 8, .kind = GO_SLICE,
                                 .elem = &go_type_int, .string = "[]int",
                                 .gcmask = (const uint8_t[]){1}};

static void unhashable_assign(void) {
    GoMap *m = rt_makemap(&mt_any_int, 0);
    GoSlice *s = rt_alloc(sizeof(GoSlice), &slice_int);
    GoEface k = {&slice_int, s};
    rt_mapassign(&mt_any_int, m, &k);
}
static void unhashable_lookup_nil_map(void) {
    GoSlice *s = rt_alloc(sizeof(GoSlice), &slice_int);
    GoEface k = {&slice_int, s};
    rt_mapaccess1(&mt_any_int, NULL, &k);
}
static void nil_map_assign(void) {
    int64_t k = 1;
    rt_mapassign(&mt_int_int, NULL, &k);
}

GTest(rt_core_map, panics) {
    expect_panic_output(unhashable_assign, "panic: runtime error: hash of unhashable type []int\n\n");
    expect_panic_output(unhashable_lookup_nil_map,
                        "panic: runtime error: hash of unhashable type []int\n\n");
    expect_panic_output(nil_map_assign, "panic: assignment to entry in nil map\n\n");
}

GTest(rt_core_map, nil_map_reads) {
    int64_t k = 3;
    bool ok = true;
    cr_assert_eq(*(int64_t *)rt_mapaccess2(&mt_int_int, NULL, &k, &ok), 0);
    cr_assert(!ok);
    rt_mapdelete(&mt_int_int, NULL, &k);
    cr_assert_eq(go_maplen(NULL), 0);
    GoMapIter it;
    rt_mapiterinit(&mt_int_int, NULL, &it);
    cr_assert(!rt_mapiternext(&it));
    GoString *z = rt_mapaccess1(&mt_int_str, NULL, &k);
    cr_assert_eq(z->n, 0);
}

/* Deleting entries not yet reached: they are not produced. */
GTest(rt_core_map, delete_during_iteration) {
    for (int round = 0; round < 20; round++) {
        GoMap *m = rt_makemap(&mt_int_int, 0);
        for (int64_t i = 0; i < 1000; i++) put_ii(m, i, i);
        uint8_t seen[1000] = {0};
        GoMapIter it;
        int n = 0;
        for (rt_mapiterinit(&mt_int_int, m, &it); rt_mapiternext(&it);) {
            int64_t k = *(int64_t *)it.key;
            cr_assert(!seen[k], "key %lld produced twice", (long long)k);
            seen[k] = 1;
            n++;
            /* delete every other key that has not been seen yet */
            for (int64_t j = 0; j < 1000; j += 2)
                if (!seen[j]) rt_mapdelete(&mt_int_int, m, &j);
        }
        for (int64_t j = 0; j < 1000; j++)
            if (j % 2 == 1) cr_assert(seen[j], "live key %lld not produced", (long long)j);
        cr_assert(n <= 1000);
    }
}

/* Inserting during iteration (with growth): no duplicates, every original
 * key produced exactly once, values current. */
GTest(rt_core_map, insert_during_iteration) {
    for (int round = 0; round < 20; round++) {
        GoMap *m = rt_makemap(&mt_int_int, 0);
        for (int64_t i = 0; i < 100; i++) put_ii(m, i, i);
        static uint8_t seen[100000];
        memset(seen, 0, sizeof seen);
        GoMapIter it;
        int64_t next = 100;
        for (rt_mapiterinit(&mt_int_int, m, &it); rt_mapiternext(&it);) {
            int64_t k = *(int64_t *)it.key;
            cr_assert(!seen[k], "key %lld produced twice", (long long)k);
            seen[k] = 1;
            /* after the first step, unseen multiples of 3 were updated */
            if (k < 100)
                cr_assert_eq(*(int64_t *)it.val, k * (k % 3 == 0 && next > 100 ? 100 : 1));
            for (int j = 0; j < 10 && next < 100000; j++) put_ii(m, next++, 0);
            /* update a not-yet-seen original key: the new value must show */
            for (int64_t j = 0; j < 100; j += 3)
                if (!seen[j]) put_ii(m, j, j * 100);
        }
        for (int64_t j = 0; j < 100; j++) cr_assert(seen[j], "original key %lld missed", (long long)j);
    }
}

/* The start of iteration is random: over 50 loops a 100-entry map shows
 * more than one first key. */
GTest(rt_core_map, random_iteration_start) {
    GoMap *m = rt_makemap(&mt_int_int, 0);
    for (int64_t i = 0; i < 100; i++) put_ii(m, i, i);
    int64_t firsts[50];
    for (int r = 0; r < 50; r++) {
        GoMapIter it;
        rt_mapiterinit(&mt_int_int, m, &it);
        cr_assert(rt_mapiternext(&it));
        firsts[r] = *(int64_t *)it.key;
    }
    int distinct = 0;
    for (int r = 0; r < 50; r++) {
        bool dup = false;
        for (int q = 0; q < r; q++) dup |= firsts[q] == firsts[r];
        distinct += !dup;
    }
    cr_assert_gt(distinct, 5);
}

/* Values larger than the shared zero block. */
typedef struct Big {
    int64_t w[300];
} Big;
static const GoType big_type = {.size = sizeof(Big), .align = 8, .field_align = 8, .kind = GO_ARRAY,
                                .tflag = GO_TF_NOPOINTERS, .string = "[300]int"};
MAPTYPE(mt_int_big, &go_type_int, &big_type, "map[int][300]int");

GTest(rt_core_map, big_values) {
    GoMap *m = rt_makemap(&mt_int_big, 0);
    for (int64_t i = 0; i < 100; i++) {
        Big *b = rt_mapassign(&mt_int_big, m, &i);
        for (int j = 0; j < 300; j++) cr_assert_eq(b->w[j], 0);
        b->w[299] = i;
    }
    int64_t k = 1000;
    Big *z = rt_mapaccess1(&mt_int_big, m, &k);
    for (int j = 0; j < 300; j++) cr_assert_eq(z->w[j], 0);
    k = 77;
    cr_assert_eq(((Big *)rt_mapaccess1(&mt_int_big, m, &k))->w[299], 77);
}

/* Pointer-holding values survive collections (slots are scanned). */
GTest(rt_core_map, values_survive_gc) {
    GoMap *m = rt_makemap(&mt_int_str, 0);
    char buf[32];
    for (int64_t i = 0; i < 20000; i++) {
        int n = snprintf(buf, sizeof buf, "value-%lld", (long long)i);
        *(GoString *)rt_mapassign(&mt_int_str, m, &i) = rt_gostringn(buf, n);
    }
    rt_gc_collect(true);
    for (int64_t i = 0; i < 20000; i++) {
        int n = snprintf(buf, sizeof buf, "value-%lld", (long long)i);
        GoString *s = rt_mapaccess1(&mt_int_str, m, &i);
        cr_assert(go_streq(*s, rt_cstr(buf)), "value %lld lost", (long long)i);
        (void)n;
    }
}

/* Random inserts/deletes/lookups over a small key range (heavy tombstone
 * reuse and same-size rebuilds) checked against a plain array, with full
 * iterations compared at intervals. */
GTest(rt_core_map, random_ops_against_reference) {
    enum { KEYS = 3000, OPS = 400000 };
    static int64_t ref[KEYS];
    static bool present[KEYS];
    memset(present, 0, sizeof present);
    GoMap *m = rt_makemap(&mt_int_int, 0);
    uint64_t x = 88172645463325252ULL;
    intptr_t n = 0;
    for (int op = 0; op < OPS; op++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        int64_t k = (int64_t)(x % KEYS) * 1000003;
        size_t slot = (size_t)(x % KEYS);
        switch ((x >> 32) % 3) {
        case 0:
            if (!present[slot]) n++;
            present[slot] = true;
            ref[slot] = op;
            put_ii(m, k, op);
            break;
        case 1:
            if (present[slot]) n--;
            present[slot] = false;
            rt_mapdelete(&mt_int_int, m, &k);
            break;
        default: {
            int64_t v;
            bool ok = get_ii(m, k, &v);
            cr_assert_eq(ok, present[slot]);
            if (ok) cr_assert_eq(v, ref[slot]);
        }
        }
        cr_assert_eq(go_maplen(m), n);
        if (op % 50000 == 0) {
            static bool seen[KEYS];
            memset(seen, 0, sizeof seen);
            GoMapIter it;
            intptr_t cnt = 0;
            for (rt_mapiterinit(&mt_int_int, m, &it); rt_mapiternext(&it);) {
                size_t s = (size_t)(*(int64_t *)it.key / 1000003);
                cr_assert(present[s] && !seen[s]);
                seen[s] = true;
                cr_assert_eq(*(int64_t *)it.val, ref[s]);
                cnt++;
            }
            cr_assert_eq(cnt, n);
        }
    }
}
