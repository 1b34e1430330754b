/*
 * test_types_layout.c: gc's amd64 layout (types_sizeof, types_alignof,
 * field offsets) and unsafe.Sizeof/Alignof/Offsetof as constants.  The
 * numbers were printed by `go run` (Go 1.19, amd64) on the same types
 * (complex64/complex128 fields there; [2]float32/[2]float64 here have the
 * same size and alignment, and complex numbers are not supported yet).
 */
#include "test_types_helpers.h"

static const char *src =
    "package main\n"
    "import (\"sync\"; \"sync/atomic\"; \"unsafe\")\n"
    "type A struct { a bool; b int64; c bool }\n"
    "type B struct { a, c bool; b int64 }\n"
    "type C struct { x int32; y struct{} }\n"
    "type D struct { s string; i interface{}; p []int; f float32; c [2]float64; b byte }\n"
    "type E struct { a [3]int16; b [2]float32; z [0]int64 }\n"
    "type F struct { n atomic.Int64; b bool }\n"
    "type G struct { m sync.Mutex; w sync.WaitGroup; x int8 }\n"
    "const sizeA, offAc = unsafe.Sizeof(A{}), unsafe.Offsetof(A{}.c)\n"
    "const sizeE, offEz = unsafe.Sizeof(E{}), unsafe.Offsetof(E{}.z)\n"
    "const alignF = unsafe.Alignof(F{})\n"
    "func main() {}\n";

static Type *T(Package *p, const char *n) { return lookup(p, n)->type; }

Test(types_layout, structs_match_gc) {
    Package *p = check_src(src);
    cr_assert(p);
    cr_assert_str_eq(flush_errors(), "");
    cr_assert_not(p->failed);
    struct {
        const char *name;
        int64_t size, align;
    } want[] = {{"A", 24, 8}, {"B", 16, 8}, {"C", 8, 4}, {"D", 88, 8}, {"E", 24, 8}, {"F", 16, 8}, {"G", 32, 8}};
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        Type *t = T(p, want[i].name);
        cr_expect_eq(types_sizeof(t), want[i].size, "Sizeof(%s) = %lld", want[i].name, (long long)types_sizeof(t));
        cr_expect_eq(types_alignof(t), want[i].align, "Alignof(%s)", want[i].name);
    }
    Type *d = T(p, "D");
    int64_t doffs[] = {0, 16, 32, 56, 64, 80};
    for (int i = 0; i < 6; i++) cr_expect_eq(types_offsetof(d, i), doffs[i], "Offsetof(D field %d)", i);
    cr_expect_eq(types_offsetof(T(p, "A"), 1), 8);
    cr_expect_eq(types_offsetof(T(p, "A"), 2), 16);
    cr_expect_eq(types_offsetof(T(p, "C"), 1), 4);
    cr_expect_eq(types_offsetof(T(p, "E"), 1), 8);
    cr_expect_eq(types_offsetof(T(p, "E"), 2), 16);
    cr_expect_eq(types_offsetof(T(p, "G"), 1), 8);
    cr_expect_eq(types_offsetof(T(p, "G"), 2), 24);
}

Test(types_layout, unsafe_builtins_are_constants) {
    Package *p = check_src(src);
    cr_assert(p);
    flush_errors();
    struct {
        const char *name;
        int64_t v;
    } want[] = {{"sizeA", 24}, {"offAc", 16}, {"sizeE", 24}, {"offEz", 16}, {"alignF", 8}};
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        Object *o = lookup(p, want[i].name);
        cr_assert_eq(o->kind, OBJ_CONST);
        cr_expect_eq(o->type->kind, TY_UINTPTR, "%s is uintptr", want[i].name);
        cr_expect_eq(const_to_int64(o->val), want[i].v, "%s = %lld", want[i].name, (long long)const_to_int64(o->val));
    }
}

Test(types_layout, basic_sizes) {
    types_init();
    struct {
        TypeKind k;
        int64_t size, align;
    } want[] = {{TY_BOOL, 1, 1},      {TY_INT8, 1, 1},       {TY_INT16, 2, 2},     {TY_INT32, 4, 4},
                {TY_INT64, 8, 8},     {TY_INT, 8, 8},        {TY_UINTPTR, 8, 8},   {TY_FLOAT32, 4, 4},
                {TY_FLOAT64, 8, 8},   {TY_COMPLEX64, 8, 4},  {TY_COMPLEX128, 16, 8}, {TY_STRING, 16, 8},
                {TY_UNSAFEPTR, 8, 8}};
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        Type *t = types_typ[want[i].k];
        cr_expect_eq(types_sizeof(t), want[i].size, "Sizeof(%s)", t->name);
        cr_expect_eq(types_alignof(t), want[i].align, "Alignof(%s)", t->name);
    }
    cr_expect_eq(types_sizeof(types_new_slice(types_typ[TY_INT])), 24);
    cr_expect_eq(types_sizeof(types_new_map(types_typ[TY_INT], types_typ[TY_INT])), 8);
    cr_expect_eq(types_sizeof(types_empty_iface), 16);
    cr_expect_eq(types_sizeof(types_new_array(types_new_struct(NULL, 0), 5)), 0);
    cr_expect_eq(types_sizeof(types_new_array(types_new_array(types_typ[TY_INT32], 3), 2)), 24);
}
