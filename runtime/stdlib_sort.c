/*
 * stdlib_sort.c: package sort's sorting entry points in C, making exactly
 * the Less/Swap calls Go 1.19 makes (the algorithms are in
 * stdlib_sort_impl.h, instantiated here per element access: interface
 * methods, a less closure over a slice, and direct int/float64/string
 * comparisons for Ints/Float64s/Strings -- the same algorithm, so the same
 * result, -0/+0 and NaN placement included).
 *
 * Go declarations (stdlib/sort):
 *   //extern go_sort_Sort          func Sort(data Interface)
 *   //extern go_sort_Stable        func Stable(data Interface)
 *   //extern go_sort_Slice         func Slice(x any, less func(i, j int) bool)
 *   //extern go_sort_SliceStable   func SliceStable(x any, less func(i, j int) bool)
 *   //extern go_sort_Ints          func Ints(x []int)
 *   //extern go_sort_Float64s      func Float64s(x []float64)
 *   //extern go_sort_Strings       func Strings(x []string)
 *   //extern go_sort_sliceSwapper  func sliceSwapper(x any) (int, func(i, j int))
 *       (the length of the slice in x and reflectlite's Swapper of it)
 * Interface's methods are called through the itab in its method order:
 * Len, Less, Swap.  A non-slice x panics as reflectlite does ("reflect:
 * call of Swapper on int Value").
 */
#include "runtime/rt_core.h"
#include "runtime/rt_fmt.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* bits.Len: the number of bits needed to represent x. */
static int sort_bits_len(uint64_t x) { return x == 0 ? 0 : 64 - __builtin_clzll(x); }

/* ---- sort.Interface through its itab ---- */
typedef struct IfaceSorter {
    void *data;
    bool (*less)(void *, go_int, go_int);
    void (*swap)(void *, go_int, go_int);
} IfaceSorter;

#define SORT_PREFIX iface
#define SORT_CTX const IfaceSorter *
#define SORT_LESS(c, i, j) ((c)->less((c)->data, (i), (j)))
#define SORT_SWAP(c, i, j) ((c)->swap((c)->data, (i), (j)))
#include "runtime/stdlib_sort_impl.h"

static IfaceSorter iface_sorter(GoIface data, go_int *n) {
    IfaceSorter s;
    if (!data.tab) rt_panic_nil();
    go_int (*len)(void *) = (go_int(*)(void *))data.tab->fun[0];
    s.data = data.data;
    s.less = (bool (*)(void *, go_int, go_int))data.tab->fun[1];
    s.swap = (void (*)(void *, go_int, go_int))data.tab->fun[2];
    *n = len(data.data);
    return s;
}

void go_sort_Sort(GoIface data) {
    go_int n;
    IfaceSorter s = iface_sorter(data, &n);
    iface_sort(&s, n);
}

void go_sort_Stable(GoIface data) {
    go_int n;
    IfaceSorter s = iface_sorter(data, &n);
    iface_stable(&s, n);
}

/* ---- a slice with a less closure (Slice, SliceStable) ---- */
typedef struct SliceSorter {
    GoFunc *less;
    uint8_t *base;
    const GoType *et;
    uint8_t *tmp; /* one element of scratch (malloc) */
} SliceSorter;

static void slice_swap(const SliceSorter *s, intptr_t i, intptr_t j) {
    size_t sz = s->et->size;
    uint8_t *a = s->base + (size_t)i * sz, *b = s->base + (size_t)j * sz;
    if (s->et->ptrdata == 0) {
        memcpy(s->tmp, a, sz);
        memcpy(a, b, sz);
        memcpy(b, s->tmp, sz);
    } else {
        /* pointer stores into the heap go through the write barrier */
        memcpy(s->tmp, a, sz);
        rt_typedmemmove(s->et, a, b);
        rt_typedmemmove(s->et, b, s->tmp);
    }
}

#define SORT_PREFIX slice
#define SORT_CTX const SliceSorter *
#define SORT_LESS(c, i, j) (((bool (*)(GoFunc *, go_int, go_int))(c)->less->fn)((c)->less, (i), (j)))
#define SORT_SWAP(c, i, j) slice_swap((c), (i), (j))
#include "runtime/stdlib_sort_impl.h"

static const char *const kind_names[] = {
    "invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16",
    "uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "array",
    "chan", "func", "interface", "map", "ptr", "slice", "string", "struct", "unsafe.Pointer"};

static _Noreturn void swapper_panic(const GoType *t) {
    char msg[96];
    if (!t) snprintf(msg, sizeof msg, "reflect: call of Swapper on zero Value");
    else snprintf(msg, sizeof msg, "reflect: call of Swapper on %s Value",
                  t->kind < sizeof kind_names / sizeof kind_names[0] ? kind_names[t->kind] : "unknown");
    GoString s = rt_gostring_cstr(msg);
    GoString *box = rt_alloc(sizeof s, &go_type_string);
    *box = s;
    GoEface e = {&go_type_string, box};
    rt_gopanic(e);
}

static SliceSorter slice_sorter(GoEface x, GoFunc *less, go_int *n) {
    if (!x.type || x.type->kind != GO_SLICE) swapper_panic(x.type);
    const GoSlice *sl = x.data;
    SliceSorter s = {less, sl->p, x.type->elem, NULL};
    *n = sl->len;
    s.tmp = malloc(s.et->size ? s.et->size : 1);
    return s;
}

void go_sort_Slice(GoEface x, GoFunc *less) {
    go_int n;
    SliceSorter s = slice_sorter(x, less, &n);
    slice_sort(&s, n);
    free(s.tmp);
}

void go_sort_SliceStable(GoEface x, GoFunc *less) {
    go_int n;
    SliceSorter s = slice_sorter(x, less, &n);
    slice_stable(&s, n);
    free(s.tmp);
}

/* ---- Ints, Float64s, Strings ---- */
static inline void swap_i64(int64_t *v, intptr_t i, intptr_t j) {
    int64_t t = v[i];
    v[i] = v[j];
    v[j] = t;
}
static inline void swap_f64(double *v, intptr_t i, intptr_t j) {
    double t = v[i];
    v[i] = v[j];
    v[j] = t;
}
static inline bool less_f64(const double *v, intptr_t i, intptr_t j) {
    return v[i] < v[j] || (isnan(v[i]) && !isnan(v[j]));
}
static inline bool less_str(const GoString *v, intptr_t i, intptr_t j) {
    intptr_t n = v[i].n < v[j].n ? v[i].n : v[j].n;
    int c = n ? memcmp(v[i].p, v[j].p, (size_t)n) : 0;
    return c < 0 || (c == 0 && v[i].n < v[j].n);
}
static inline void swap_str(GoString *v, intptr_t i, intptr_t j) {
    GoString a = v[i], b = v[j];
    GO_WB((void **)&v[i].p, (void *)b.p);
    v[i].n = b.n;
    GO_WB((void **)&v[j].p, (void *)a.p);
    v[j].n = a.n;
}

#define SORT_PREFIX ints
#define SORT_CTX int64_t *
#define SORT_LESS(c, i, j) ((c)[i] < (c)[j])
#define SORT_SWAP(c, i, j) swap_i64((c), (i), (j))
#include "runtime/stdlib_sort_impl.h"

#define SORT_PREFIX floats
#define SORT_CTX double *
#define SORT_LESS(c, i, j) less_f64((c), (i), (j))
#define SORT_SWAP(c, i, j) swap_f64((c), (i), (j))
#include "runtime/stdlib_sort_impl.h"

#define SORT_PREFIX strs
#define SORT_CTX GoString *
#define SORT_LESS(c, i, j) less_str((c), (i), (j))
#define SORT_SWAP(c, i, j) swap_str((c), (i), (j))
#include "runtime/stdlib_sort_impl.h"

void go_sort_Ints(GoSlice x) { ints_sort(x.p, x.len); }
void go_sort_Float64s(GoSlice x) { floats_sort(x.p, x.len); }
void go_sort_Strings(GoSlice x) { strs_sort(x.p, x.len); }

/* ---- reflectlite.Swapper as a func value ---- */
typedef struct SwapClosure {
    GoFunc fn;
    uint8_t *base;   /* the slice's array (kept alive by this closure) */
    const GoType *et;
    go_int len;
} SwapClosure;

static const uint8_t swap_closure_mask[1] = {0x2}; /* word 1: base */
static const GoType swap_closure_type = {
    .size = sizeof(SwapClosure), .ptrdata = 16, .hash = 0x50a7c105u, .align = 8, .field_align = 8,
    .kind = GO_STRUCT, .gcmask = swap_closure_mask, .string = "sort.swapper", .pkgpath = "sort",
};

static void swapper_call(GoFunc *f, go_int i, go_int j) {
    SwapClosure *c = (SwapClosure *)f;
    if ((uint64_t)i >= (uint64_t)c->len) rt_panic_index(i, c->len);
    if ((uint64_t)j >= (uint64_t)c->len) rt_panic_index(j, c->len);
    size_t sz = c->et->size;
    uint8_t tmp[64];
    uint8_t *t = sz <= sizeof tmp ? tmp : malloc(sz);
    SliceSorter s = {NULL, c->base, c->et, t};
    slice_swap(&s, i, j);
    if (t != tmp) free(t);
}

typedef struct {
    go_int r0;
    GoFunc *r1;
} IntFunc;

IntFunc go_sort_sliceSwapper(GoEface x) {
    if (!x.type || x.type->kind != GO_SLICE) swapper_panic(x.type);
    const GoSlice *sl = x.data;
    SwapClosure *c = rt_alloc(sizeof *c, &swap_closure_type);
    c->fn.fn = (void (*)(void))swapper_call;
    c->base = sl->p;
    c->et = x.type->elem;
    c->len = sl->len;
    IntFunc r = {sl->len, &c->fn};
    return r;
}
