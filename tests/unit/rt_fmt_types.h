/*
 * rt_fmt_types.h: hand-built type descriptors and value constructors for
 * the fmt unit tests, mirroring the Go types of tests/gen/fmtcases/main.go:
 *
 *   type T struct { A int; B string; c float64 }
 *   type Celsius float64   // String() = FormatFloat(c, 'f', 1, 64) + "C"
 *   type E struct{ Code int }
 *   func (e *E) Error() string { return "E" + Itoa(e.Code) }
 *   type MyInt int
 *   type W struct { X any; Y error; Z []int; t Celsius; C Celsius }
 *
 * Values live in a static bump arena (arena_alloc), reset by the tests
 * between cases: nothing leaks, nothing is freed one by one.
 */
#ifndef RT_FMT_TYPES_H
#define RT_FMT_TYPES_H

#include "runtime/rt_fmt.h"

#include <stdlib.h>

static _Alignas(16) unsigned char arena[1 << 22];
static size_t arena_used;
static void *arena_alloc(size_t n) {
    n = (n + 15) & ~(size_t)15;
    if (arena_used + n > sizeof arena) abort();
    void *p = arena + arena_used;
    arena_used += n;
    memset(p, 0, n);
    return p;
}
static inline void arena_reset(void) { arena_used = 0; }

/* A method result: the bytes copied into the arena, the RtBuf freed. */
static GoString arena_string(RtBuf *b) {
    GoString s = {NULL, (intptr_t)b->n};
    uint8_t *p = arena_alloc(b->n);
    if (b->n) memcpy(p, b->p, b->n);
    s.p = p;
    rt_buf_free(b);
    return s;
}

#define BASIC(name, str, k, sz, fl)                                                      \
    static const GoType name = {.size = sz, .align = sz, .field_align = sz, .kind = k,  \
                                .tflag = GO_TF_COMPARABLE | GO_TF_NOPOINTERS | (fl),      \
                                .string = str}

BASIC(t_int, "int", GO_INT, 8, 0);
BASIC(t_int8, "int8", GO_INT8, 1, 0);
BASIC(t_int16, "int16", GO_INT16, 2, 0);
BASIC(t_int32, "int32", GO_INT32, 4, 0);
BASIC(t_int64, "int64", GO_INT64, 8, 0);
BASIC(t_uint, "uint", GO_UINT, 8, 0);
BASIC(t_uint8, "uint8", GO_UINT8, 1, 0);
BASIC(t_uint16, "uint16", GO_UINT16, 2, 0);
BASIC(t_uint32, "uint32", GO_UINT32, 4, 0);
BASIC(t_uint64, "uint64", GO_UINT64, 8, 0);
BASIC(t_uintptr, "uintptr", GO_UINTPTR, 8, 0);
BASIC(t_float32, "float32", GO_FLOAT32, 4, 0);
BASIC(t_float64, "float64", GO_FLOAT64, 8, 0);
BASIC(t_bool, "bool", GO_BOOL, 1, 0);
BASIC(t_myint, "main.MyInt", GO_INT, 8, GO_TF_NAMED);
static const GoType t_string = {.size = 16, .ptrdata = 8, .align = 8, .field_align = 8,
                                .kind = GO_STRING, .tflag = GO_TF_COMPARABLE, .string = "string"};
static const GoType t_any = {.size = 16, .ptrdata = 16, .align = 8, .field_align = 8,
                             .kind = GO_INTERFACE, .tflag = GO_TF_COMPARABLE,
                             .string = "interface {}"};
static const GoType *const t_func_string_in[] = {&t_string};
static const GoType t_func_string = {.size = 8, .ptrdata = 8, .align = 8, .field_align = 8,
                                     .kind = GO_FUNC, .tflag = GO_TF_DIRECTIFACE,
                                     .string = "func() string", .nin = 0, .nout = 1,
                                     .in = t_func_string_in};
static const GoIMethod t_error_m[] = {{"Error", &t_func_string}};
static const GoType t_error = {.size = 16, .ptrdata = 16, .align = 8, .field_align = 8,
                               .kind = GO_INTERFACE, .tflag = GO_TF_COMPARABLE | GO_TF_NAMED,
                               .string = "error", .imethods = t_error_m, .nimethods = 1};

#define SLICE(name, str, el)                                                             \
    static const GoType name = {.size = 24, .ptrdata = 8, .align = 8, .field_align = 8, \
                                .kind = GO_SLICE, .string = str, .elem = el}
SLICE(t_bytes, "[]uint8", &t_uint8);
SLICE(t_ints, "[]int", &t_int);
SLICE(t_strings, "[]string", &t_string);
SLICE(t_anys, "[]interface {}", &t_any);
static const GoType t_arr3 = {.size = 24, .align = 8, .field_align = 8, .kind = GO_ARRAY,
                              .tflag = GO_TF_COMPARABLE | GO_TF_NOPOINTERS, .string = "[3]int",
                              .elem = &t_int, .len = 3};

/* main.T */
typedef struct {
    int64_t A;
    GoString B;
    double c;
} T;
static const GoField t_T_fields[] = {
    {"A", &t_int, 0, false, true}, {"B", &t_string, 8, false, true}, {"c", &t_float64, 24, false, false}};
extern const GoType t_pT;
static const GoType t_T = {.size = 32, .ptrdata = 16, .align = 8, .field_align = 8,
                           .kind = GO_STRUCT, .tflag = GO_TF_COMPARABLE | GO_TF_NAMED,
                           .string = "main.T", .pkgpath = "main", .fields = t_T_fields,
                           .nfields = 3, .ptrto = &t_pT};
const GoType t_pT = {.size = 8, .ptrdata = 8, .align = 8, .field_align = 8, .kind = GO_POINTER,
                     .tflag = GO_TF_COMPARABLE | GO_TF_DIRECTIFACE, .string = "*main.T",
                     .elem = &t_T};

/* main.Celsius with String */
static GoString celsius_String(void *data) {
    RtBuf b = {0};
    rt_ftoa(&b, *(double *)data, 'f', 1, 64);
    rt_buf_putc(&b, 'C');
    return arena_string(&b);
}
static const GoMethod t_celsius_m[] = {
    {"String", &t_func_string, (void (*)(void))celsius_String, (void (*)(void))celsius_String}};
static const GoType t_celsius = {.size = 8, .align = 8, .field_align = 8, .kind = GO_FLOAT64,
                                 .tflag = GO_TF_COMPARABLE | GO_TF_NAMED | GO_TF_NOPOINTERS,
                                 .string = "main.Celsius", .pkgpath = "main",
                                 .methods = t_celsius_m, .nmethods = 1};
SLICE(t_celsiuses, "[]main.Celsius", &t_celsius);

/* main.E, *main.E with Error */
static const GoField t_E_fields[] = {{"Code", &t_int, 0, false, true}};
static const GoType t_E = {.size = 8, .align = 8, .field_align = 8, .kind = GO_STRUCT,
                           .tflag = GO_TF_COMPARABLE | GO_TF_NAMED | GO_TF_NOPOINTERS,
                           .string = "main.E", .pkgpath = "main", .fields = t_E_fields,
                           .nfields = 1};
static GoString pE_Error(void *data) {
    RtBuf b = {0};
    rt_buf_putc(&b, 'E');
    rt_fmt_int(&b, *(int64_t *)data, 10);
    return arena_string(&b);
}
static const GoMethod t_pE_m[] = {
    {"Error", &t_func_string, (void (*)(void))pE_Error, (void (*)(void))pE_Error}};
static const GoType t_pE = {.size = 8, .ptrdata = 8, .align = 8, .field_align = 8,
                            .kind = GO_POINTER, .tflag = GO_TF_COMPARABLE | GO_TF_DIRECTIFACE,
                            .string = "*main.E", .elem = &t_E, .methods = t_pE_m,
                            .nmethods = 1};
static const struct {
    const GoType *inter, *type;
    uint32_t hash;
    void (*fun[1])(void);
} itab_error_pE = {&t_error, &t_pE, 0, {(void (*)(void))pE_Error}};

/* main.W */
typedef struct {
    GoEface X;
    GoIface Y;
    GoSlice Z;
    double t, C;
} W;
static const GoField t_W_fields[] = {{"X", &t_any, 0, false, true},
                                     {"Y", &t_error, 16, false, true},
                                     {"Z", &t_ints, 32, false, true},
                                     {"t", &t_celsius, 56, false, false},
                                     {"C", &t_celsius, 64, false, true}};
static const GoType t_W = {.size = 72, .ptrdata = 40, .align = 8, .field_align = 8,
                           .kind = GO_STRUCT, .tflag = GO_TF_NAMED, .string = "main.W",
                           .pkgpath = "main", .fields = t_W_fields, .nfields = 5};

static void *box(const void *v, size_t n) {
    void *p = arena_alloc(n ? n : 1);
    memcpy(p, v, n);
    return p;
}
static GoEface mk(const GoType *t, const void *v) {
    GoEface e = {t, box(v, t->size)};
    return e;
}
static inline GoEface mk_nil(void) { GoEface e = {NULL, NULL}; return e; }
static inline GoEface mk_int(int64_t v) { return mk(&t_int, &v); }
static inline GoEface mk_i8(int8_t v) { return mk(&t_int8, &v); }
static inline GoEface mk_i16(int16_t v) { return mk(&t_int16, &v); }
static inline GoEface mk_i32(int32_t v) { return mk(&t_int32, &v); }
static inline GoEface mk_i64(int64_t v) { return mk(&t_int64, &v); }
static inline GoEface mk_uint(uint64_t v) { return mk(&t_uint, &v); }
static inline GoEface mk_u8(uint8_t v) { return mk(&t_uint8, &v); }
static inline GoEface mk_u16(uint16_t v) { return mk(&t_uint16, &v); }
static inline GoEface mk_u32(uint32_t v) { return mk(&t_uint32, &v); }
static inline GoEface mk_u64(uint64_t v) { return mk(&t_uint64, &v); }
static inline GoEface mk_uptr(uint64_t v) { return mk(&t_uintptr, &v); }
static inline GoEface mk_myint(int64_t v) { return mk(&t_myint, &v); }
static inline GoEface mk_bool(bool v) { return mk(&t_bool, &v); }
static inline GoEface mk_f32(uint32_t bits) { return mk(&t_float32, &bits); }
static inline GoEface mk_f64(uint64_t bits) { return mk(&t_float64, &bits); }
static inline GoEface mk_celsius(uint64_t bits) { return mk(&t_celsius, &bits); }
static inline GoString gs(const char *p, intptr_t n) {
    GoString s = {(const uint8_t *)p, n};
    return s;
}
static inline GoEface mk_str(const char *p, intptr_t n) {
    GoString s = gs(p, n);
    return mk(&t_string, &s);
}
static inline GoSlice mk_slice(const void *p, intptr_t n, size_t esize) {
    GoSlice s = {p ? box(p, (size_t)n * esize) : NULL, n, n};
    return s;
}
static inline GoEface mk_bytes(const char *p, intptr_t n) {
    GoSlice s = mk_slice(n ? p : NULL, n, 1);
    return mk(&t_bytes, &s);
}
static inline GoEface mk_ints(const int64_t *p, intptr_t n) {
    GoSlice s = mk_slice(p, n, 8);
    if (p && n == 0) s.p = arena_alloc(1); /* []int{} is not nil */
    return mk(&t_ints, &s);
}
static inline GoEface mk_strs(const GoString *p, intptr_t n) { /* p NULL: nil slice */
    GoSlice s = mk_slice(p, n, sizeof(GoString));
    if (p && !s.p) s.p = arena_alloc(1);
    return mk(&t_strings, &s);
}
static inline GoEface mk_celsiuses(const uint64_t *p, intptr_t n) {
    GoSlice s = mk_slice(p, n, 8);
    return mk(&t_celsiuses, &s);
}
static inline GoEface mk_anys(intptr_t n, const GoEface *p) {
    GoSlice s = mk_slice(p, n, sizeof(GoEface));
    if (!s.p) s.p = arena_alloc(1);
    return mk(&t_anys, &s);
}
static inline GoEface mk_arr3(int64_t a, int64_t b, int64_t c) {
    int64_t v[3] = {a, b, c};
    return mk(&t_arr3, v);
}
static inline T *new_T(int64_t a, const char *b, intptr_t n, uint64_t cbits) {
    T *t = arena_alloc(sizeof *t);
    t->A = a;
    t->B = gs(b, n);
    memcpy(&t->c, &cbits, 8);
    return t;
}
static inline GoEface mk_T(int64_t a, const char *b, intptr_t n, uint64_t cbits) {
    GoEface e = {&t_T, new_T(a, b, n, cbits)};
    return e;
}
static inline GoEface mk_pT(int64_t a, const char *b, intptr_t n, uint64_t cbits) {
    GoEface e = {&t_pT, new_T(a, b, n, cbits)};
    return e;
}
static inline GoEface mk_pT_nil(void) { GoEface e = {&t_pT, NULL}; return e; }
static inline int64_t *new_E(int64_t code) { return box(&code, 8); }
static inline GoEface mk_pE(int64_t code) {
    GoEface e = {&t_pE, new_E(code)};
    return e;
}
static inline GoEface mk_W(GoEface x, int64_t ecode, GoEface z, uint64_t tbits, uint64_t cbits) {
    W *w = arena_alloc(sizeof *w);
    w->X = x;
    if (ecode) {
        w->Y.tab = (const GoItab *)&itab_error_pE;
        w->Y.data = new_E(ecode);
    }
    w->Z = *(GoSlice *)z.data;
    memcpy(&w->t, &tbits, 8);
    memcpy(&w->C, &cbits, 8);
    GoEface e = {&t_W, w};
    return e;
}

#endif
