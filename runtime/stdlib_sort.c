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
 *   //extern go_sort_sliceLen      func sliceLen(x any) int
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
    uint8_t *tmp; /* one element of scratch (the swapper's, or a frame buffer for its fast cases) */
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
    rt_panic_string(msg);
}

typedef struct SwapClosure SwapClosure;
static SwapClosure *new_swapper(GoEface x);
static uint8_t *swapper_tmp(SwapClosure *c);

/* Slice and SliceStable: gc's sort.Slice takes reflectlite.Swapper(x)
 * and sorts with it; its scratch element is the swapper's (fast cases
 * swap through a small buffer here, as Go's closures swap in registers). */
static SliceSorter slice_sorter(GoEface x, GoFunc *less, go_int *n, uint8_t *small, SwapClosure **sw) {
    *sw = new_swapper(x);
    const GoSlice *sl = x.data;
    SliceSorter s = {less, sl->p, x.type->elem, small};
    *n = sl->len;
    if (*sw && swapper_tmp(*sw)) s.tmp = swapper_tmp(*sw);
    return s;
}

void go_sort_Slice(GoEface x, GoFunc *less) {
    go_int n;
    uint8_t small[16];
    SwapClosure *sw;
    SliceSorter s = slice_sorter(x, less, &n, small, &sw);
    slice_sort(&s, n);
    __asm__ volatile("" : : "r"(sw) : "memory"); /* the swapper (and its scratch) stays live */
}

void go_sort_SliceStable(GoEface x, GoFunc *less) {
    go_int n;
    uint8_t small[16];
    SwapClosure *sw;
    SliceSorter s = slice_sorter(x, less, &n, small, &sw);
    slice_stable(&s, n);
    __asm__ volatile("" : : "r"(sw) : "memory");
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

/* ---- reflectlite.Swapper as a func value ----
 * Allocates what Go 1.19's reflectlite.Swapper allocates, so that
 * MemStats and testing.AllocsPerRun count the same: nothing for a slice
 * of length 0 or 1 (Go returns closures that capture nothing); one
 * 32-byte closure capturing the slice for pointer-sized pointer elements,
 * strings, and pointer-free elements of size 8, 4, 2 or 1 (its fast
 * cases); otherwise a scratch element (unsafe_New(elem)) and a 48-byte
 * closure.  The fast form of SwapClosure ends before its tmp field. */
struct SwapClosure {
    GoFunc fn;
    uint8_t *base;   /* the slice's array (kept alive by this closure) */
    const GoType *et;
    go_int len;
    uint8_t *tmp;    /* general form only: one element of scratch */
};

enum { SWAP_FAST_SIZE = offsetof(SwapClosure, tmp) };

static const uint8_t swap_fast_mask[1] = {0x2};     /* word 1: base */
static const uint8_t swap_general_mask[1] = {0x12}; /* words 1 and 4: base, tmp */
static const GoType swap_fast_type = {
    .size = SWAP_FAST_SIZE, .ptrdata = 16, .hash = 0x50a7c105u, .align = 8, .field_align = 8,
    .kind = GO_STRUCT, .gcmask = swap_fast_mask, .string = "sort.swapper", .pkgpath = "sort",
};
static const GoType swap_general_type = {
    .size = sizeof(SwapClosure), .ptrdata = 40, .hash = 0x50a7c106u, .align = 8, .field_align = 8,
    .kind = GO_STRUCT, .gcmask = swap_general_mask, .string = "sort.swapper", .pkgpath = "sort",
};

static bool swap_fast(const GoType *et) {
    if (et->ptrdata != 0) return et->size == sizeof(void *) || et->kind == GO_STRING;
    return et->size == 8 || et->size == 4 || et->size == 2 || et->size == 1;
}

static uint8_t *swapper_tmp(SwapClosure *c) { return swap_fast(c->et) ? NULL : c->tmp; }

static void swapper_call(GoFunc *f, go_int i, go_int j) {
    SwapClosure *c = (SwapClosure *)f;
    if ((uint64_t)i >= (uint64_t)c->len) rt_panic_index(i, c->len);
    if ((uint64_t)j >= (uint64_t)c->len) rt_panic_index(j, c->len);
    uint8_t small[16];
    SliceSorter s = {NULL, c->base, c->et, swap_fast(c->et) ? small : c->tmp};
    slice_swap(&s, i, j);
}

/* Go's closures for slices of length 0 and 1 (static: no allocation) */
static _Noreturn void swapper_range_panic(void) {
    rt_panic_string("reflect: slice index out of range");
}
static void swapper_short_call(GoFunc *f, go_int i, go_int j) {
    (void)f;
    if (i != 0 || j != 0) swapper_range_panic();
}
static void swapper_empty_call(GoFunc *f, go_int i, go_int j) {
    (void)f, (void)i, (void)j;
    swapper_range_panic();
}
static const GoFunc swapper_short_fv = {(void (*)(void))swapper_short_call};
static const GoFunc swapper_empty_fv = {(void (*)(void))swapper_empty_call};

/* NULL for a slice shorter than 2 (nothing allocated, nothing to swap). */
static SwapClosure *new_swapper(GoEface x) {
    if (!x.type || x.type->kind != GO_SLICE) swapper_panic(x.type);
    const GoSlice *sl = x.data;
    if (sl->len < 2) return NULL;
    const GoType *et = x.type->elem;
    SwapClosure *c;
    if (swap_fast(et)) {
        c = rt_alloc(SWAP_FAST_SIZE, &swap_fast_type);
    } else {
        uint8_t *tmp = rt_alloc(et->size, et);
        c = rt_alloc(sizeof *c, &swap_general_type);
        c->tmp = tmp;
    }
    c->fn.fn = (void (*)(void))swapper_call;
    c->base = sl->p;
    c->et = et;
    c->len = sl->len;
    return c;
}

typedef struct {
    go_int r0;
    GoFunc *r1;
} IntFunc;

IntFunc go_sort_sliceSwapper(GoEface x) {
    SwapClosure *c = new_swapper(x);
    const GoSlice *sl = x.data;
    GoFunc *f = c ? &c->fn : (GoFunc *)(sl->len == 0 ? &swapper_empty_fv : &swapper_short_fv);
    IntFunc r = {sl->len, f};
    return r;
}

/* reflectlite.ValueOf(x).Len() for SliceIsSorted (no swapper there). */
go_int go_sort_sliceLen(GoEface x) {
    if (!x.type || x.type->kind != GO_SLICE) swapper_panic(x.type);
    return ((const GoSlice *)x.data)->len;
}
