/*
 * test_rt_fmt_sort.c: runtime/stdlib_sort.c against Go 1.19's sort: for
 * inputs with many equal keys (random, increasing, decreasing, constant,
 * sawtooth, nearly sorted; 0 to 20000 elements) the final order of equal
 * elements and the exact number of Less and Swap calls of sort.Sort,
 * sort.Slice and sort.Stable, as recorded by tests/gen/sortcases; and
 * Float64s' placement of -0/+0 and NaN.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <stdlib.h>

#include "runtime/rt_fmt.h"

typedef struct {
    intptr_t n;
    int pattern, mod;
    uint64_t seed, hash;
    long less, swaps;
    uint64_t shash;
    long sless, sswaps;
} SortCase;
#include "tests/unit/rt_sort_cases.h"

void go_sort_Sort(GoIface data);
void go_sort_Stable(GoIface data);
void go_sort_Slice(GoEface x, GoFunc *less);
void go_sort_Float64s(GoSlice x);

typedef struct {
    int64_t key, id;
} Rec;
typedef struct {
    Rec *r;
    intptr_t n;
    long less, swaps;
} Recs;

static uint64_t lcg_next(uint64_t *x) {
    *x = *x * 6364136223846793005ULL + 1442695040888963407ULL;
    return *x >> 33;
}

static Rec *input(intptr_t n, int pattern, int mod, uint64_t seed) {
    uint64_t g = seed;
    Rec *r = calloc((size_t)(n ? n : 1), sizeof *r);
    for (intptr_t i = 0; i < n; i++) {
        int64_t k = 0;
        switch (pattern) {
        case 0: k = (int64_t)(lcg_next(&g) % (uint64_t)mod); break;
        case 1: k = i / 2; break;
        case 2: k = (n - i) / 2; break;
        case 3: k = 7; break;
        case 4: k = i % mod; break;
        case 5: k = i; break;
        }
        r[i].key = k;
        r[i].id = i;
    }
    if (pattern == 5 && n > 1) {
        for (int t = 0; t < 3; t++) {
            intptr_t a = (intptr_t)(lcg_next(&g) % (uint64_t)n), b = (intptr_t)(lcg_next(&g) % (uint64_t)n);
            Rec x = r[a];
            r[a] = r[b];
            r[b] = x;
        }
    }
    return r;
}

static uint64_t hash(const Rec *r, intptr_t n) {
    uint64_t h = 14695981039346656037ULL;
    for (intptr_t i = 0; i < n; i++) {
        h ^= (uint64_t)r[i].id;
        h *= 1099511628211ULL;
    }
    return h;
}

static go_int recs_len(void *d) { return ((Recs *)d)->n; }
static bool recs_less(void *d, go_int i, go_int j) {
    Recs *s = d;
    s->less++;
    return s->r[i].key < s->r[j].key;
}
static void recs_swap(void *d, go_int i, go_int j) {
    Recs *s = d;
    s->swaps++;
    Rec t = s->r[i];
    s->r[i] = s->r[j];
    s->r[j] = t;
}
static const struct {
    const GoType *inter, *type;
    uint32_t hash;
    void (*fun[3])(void);
} recs_itab = {NULL, NULL, 0, {(void (*)(void))recs_len, (void (*)(void))recs_less, (void (*)(void))recs_swap}};

typedef struct {
    GoFunc fn;
    Recs *s;
} LessClosure;
static bool closure_less(GoFunc *f, go_int i, go_int j) {
    Recs *s = ((LessClosure *)f)->s;
    s->less++;
    return s->r[i].key < s->r[j].key;
}
static const GoType t_rec = {.size = 16, .align = 8, .field_align = 8, .kind = GO_STRUCT, .string = "main.rec"};
static const GoType t_recs = {.size = 24, .ptrdata = 8, .align = 8, .field_align = 8, .kind = GO_SLICE,
                              .string = "[]main.rec", .elem = &t_rec};

Test(rt_sort, matches_go_calls_and_order) {
    int bad = 0;
    size_t ncases = sizeof sort_cases / sizeof sort_cases[0];
    for (size_t k = 0; k < ncases; k++) {
        const SortCase *c = &sort_cases[k];
        Recs s = {input(c->n, c->pattern, c->mod, c->seed), c->n, 0, 0};
        GoIface data = {(const GoItab *)&recs_itab, &s};
        go_sort_Sort(data);
        if (hash(s.r, s.n) != c->hash || s.less != c->less || s.swaps != c->swaps) {
            if (++bad <= 10)
                cr_log_error("Sort n=%ld pattern=%d mod=%d: less %ld swaps %ld (want %ld %ld)%s", (long)c->n,
                             c->pattern, c->mod, s.less, s.swaps, c->less, c->swaps,
                             hash(s.r, s.n) != c->hash ? " order differs" : "");
        }
        free(s.r);

        Recs t = {input(c->n, c->pattern, c->mod, c->seed), c->n, 0, 0};
        GoSlice sl = {t.r, t.n, t.n};
        GoEface x = {&t_recs, &sl};
        LessClosure lc = {{(void (*)(void))closure_less}, &t};
        go_sort_Slice(x, &lc.fn);
        if (hash(t.r, t.n) != c->hash || t.less != c->less) {
            if (++bad <= 10) cr_log_error("Slice n=%ld pattern=%d mod=%d differs", (long)c->n, c->pattern, c->mod);
        }
        free(t.r);

        Recs st = {input(c->n, c->pattern, c->mod, c->seed), c->n, 0, 0};
        GoIface sdata = {(const GoItab *)&recs_itab, &st};
        go_sort_Stable(sdata);
        if (hash(st.r, st.n) != c->shash || st.less != c->sless || st.swaps != c->sswaps) {
            if (++bad <= 10)
                cr_log_error("Stable n=%ld pattern=%d mod=%d: less %ld swaps %ld (want %ld %ld)", (long)c->n,
                             c->pattern, c->mod, st.less, st.swaps, c->sless, c->sswaps);
        }
        free(st.r);
    }
    cr_expect(ncases > 300, "only %zu cases", ncases);
    cr_expect_eq(bad, 0, "%d mismatches", bad);
}

Test(rt_sort, float64s_zero_and_nan_order) {
    uint64_t g = 99;
    double v[300];
    for (int i = 0; i < 300; i++) {
        switch (lcg_next(&g) % 5) {
        case 0: v[i] = -0.0; break;
        case 1: v[i] = 0.0; break;
        case 2: v[i] = NAN; break;
        default: v[i] = (double)((int)(lcg_next(&g) % 7) - 3); break;
        }
    }
    GoSlice s = {v, 300, 300};
    go_sort_Float64s(s);
    char got[301];
    for (int i = 0; i < 300; i++) {
        if (isnan(v[i])) got[i] = 'N';
        else if (v[i] == 0) got[i] = signbit(v[i]) ? '-' : '+';
        else got[i] = (char)('0' + (int)v[i] + 3);
    }
    got[300] = 0;
    cr_expect_str_eq(got, float_order);
}

typedef struct {
    go_int r0;
    GoFunc *r1;
} IntFunc;
IntFunc go_sort_sliceSwapper(GoEface x);

Test(rt_sort, slice_swapper) {
    Rec r[3] = {{1, 10}, {2, 20}, {3, 30}};
    GoSlice sl = {r, 3, 3};
    GoEface x = {&t_recs, &sl};
    IntFunc sw = go_sort_sliceSwapper(x);
    cr_assert_eq(sw.r0, 3);
    ((void (*)(GoFunc *, go_int, go_int))sw.r1->fn)(sw.r1, 0, 2);
    cr_expect(r[0].id == 30 && r[2].id == 10 && r[1].id == 20);
}
