/*
 * test_rt_core_iface.c: interfaces (runtime/iface.c): itabs, assertions
 * and their panic texts (as Go 1.19 prints them for the equivalent
 * programs, see testdata/pending/iface_assert_*.go), equality and
 * hashing of interfaces, conversions to interface{}.
 */
#include "test_rt_core.h"

#include <math.h>
#include <stddef.h>

/* type T struct{}; func (T) M(); type I interface{ M() }; type J interface{ M(); N() } */
static int m_calls;
static void T_M(void *data) { m_calls++; }
static const GoType fn_void = {.size = 8, .kind = GO_FUNC, .string = "func()"};
static const GoMethod T_methods[1] = {{"M", &fn_void, (void (*)(void))T_M, (void (*)(void))T_M}};
static const GoType T_type = {.size = 0, .align = 1, .kind = GO_STRUCT,
                              .tflag = GO_TF_COMPARABLE | GO_TF_NAMED | GO_TF_NOPOINTERS,
                              .equal = rt_memequal8, .string = "main.T", .pkgpath = "main",
                              .nmethods = 1, .methods = T_methods};
static const GoType ptrT_type = {.size = 8, .ptrdata = 8, .kind = GO_POINTER,
                                 .tflag = GO_TF_COMPARABLE | GO_TF_DIRECTIFACE,
                                 .equal = rt_memequal64, .hashfn = rt_memhash64,
                                 .string = "*main.T", .elem = &T_type, .nmethods = 1,
                                 .methods = T_methods};
static const GoIMethod I_ims[1] = {{"M", &fn_void}};
static const GoIMethod J_ims[2] = {{"M", &fn_void}, {"N", &fn_void}};
static const GoType I_type = {.size = 16, .kind = GO_INTERFACE, .tflag = GO_TF_NAMED | GO_TF_COMPARABLE,
                              .string = "main.I", .pkgpath = "main", .imethods = I_ims, .nimethods = 1};
static const GoType J_type = {.size = 16, .kind = GO_INTERFACE, .tflag = GO_TF_NAMED | GO_TF_COMPARABLE,
                              .string = "main.J", .pkgpath = "main", .imethods = J_ims, .nimethods = 2};
static const GoType fn_string = {.size = 8, .kind = GO_FUNC, .string = "func() string"};
static const GoIMethod Stringer_ims[1] = {{"String", &fn_string}};
static const GoType Stringer_type = {.size = 16, .kind = GO_INTERFACE, .tflag = GO_TF_NAMED,
                                     .string = "fmt.Stringer", .pkgpath = "fmt",
                                     .imethods = Stringer_ims, .nimethods = 1};

GTest(rt_core_iface, itab_built_and_cached) {
    GoEface e = {&T_type, rt_convT(&T_type, &(char){0})};
    GoIface i = rt_assertE2I(&I_type, e);
    cr_assert(i.tab->type == &T_type);
    cr_assert(i.tab->inter == &I_type);
    ((void (*)(void *))i.tab->fun[0])(i.data);
    cr_assert_eq(m_calls, 1);
    cr_assert(rt_getitab(&I_type, &T_type, true) == i.tab); /* cached */
    cr_assert(rt_implements(&I_type, &ptrT_type));
    cr_assert(!rt_implements(&J_type, &T_type));
    cr_assert(!rt_implements(&J_type, &T_type)); /* negative answers cached too */
    GoIface out;
    cr_assert(!rt_assertI2I2(&J_type, i, &out));
    cr_assert_null(out.tab);
    cr_assert(rt_assertI2I2(&I_type, i, &out));
    GoEface nil = {NULL, NULL};
    cr_assert(!rt_assertE2I2(&I_type, nil, &out));
}

static void e2i_nil(void) { rt_assertE2I(&Stringer_type, (GoEface){NULL, NULL}); }
static void i2i_nil(void) { rt_assertI2I(&J_type, (GoIface){NULL, NULL}); }
static void i2i_missing(void) {
    GoIface i = {rt_getitab(&I_type, &T_type, false), &(char){0}};
    rt_assertI2I(&J_type, i);
}
static void e2i_missing(void) { rt_assertE2I(&Stringer_type, box_int(3)); }
static void i2t_wrong(void) { rt_panic_dottype(&T_type, &ptrT_type, &I_type); }
static void i2t_nil(void) { rt_panic_dottype(NULL, &T_type, &I_type); }
static void e2t_wrong(void) { rt_panic_dottype(&go_type_string, &go_type_int, &go_type_empty_iface); }
static const GoType T2_type = {.size = 0, .kind = GO_STRUCT, .tflag = GO_TF_NAMED,
                               .string = "main.T", .pkgpath = "main"};
static void e2t_scopes(void) { rt_panic_dottype(&T2_type, &T_type, &go_type_empty_iface); }

GTest(rt_core_iface, assertion_panics) {
    expect_panic_output(e2i_nil, "panic: interface conversion: interface is nil, not fmt.Stringer\n\n");
    expect_panic_output(i2i_nil, "panic: interface conversion: interface is nil, not main.J\n\n");
    expect_panic_output(i2i_missing,
                        "panic: interface conversion: main.T is not main.J: missing method N\n\n");
    expect_panic_output(e2i_missing,
                        "panic: interface conversion: int is not fmt.Stringer: missing method String\n\n");
    expect_panic_output(i2t_wrong, "panic: interface conversion: main.I is main.T, not *main.T\n\n");
    expect_panic_output(i2t_nil, "panic: interface conversion: main.I is nil, not main.T\n\n");
    expect_panic_output(e2t_wrong,
                        "panic: interface conversion: interface {} is string, not int\n\n");
    expect_panic_output(e2t_scopes, "panic: interface conversion: interface {} is main.T, not "
                                    "main.T (types from different scopes)\n\n");
}

static const GoType slice_int = {.size = 24, .ptrdata = 8, .kind = GO_SLICE, .elem = &go_type_int,
                                 .string = "[]int", .gcmask = (const uint8_t[]){1}};

static void compare_slices(void) {
    GoSlice *a = rt_alloc(sizeof(GoSlice), &slice_int), *b = rt_alloc(sizeof(GoSlice), &slice_int);
    rt_efaceeq((GoEface){&slice_int, a}, (GoEface){&slice_int, b});
}

GTest(rt_core_iface, equality) {
    cr_assert(rt_efaceeq(box_int(5), box_int(5)));
    cr_assert(!rt_efaceeq(box_int(5), box_int(6)));
    cr_assert(!rt_efaceeq(box_int(5), box_string("5")));
    cr_assert(rt_efaceeq(box_string("ab"), box_string("ab")));
    cr_assert(rt_efaceeq((GoEface){NULL, NULL}, (GoEface){NULL, NULL}));
    cr_assert(!rt_efaceeq((GoEface){NULL, NULL}, box_int(0)));
    int64_t five = 5;
    cr_assert(rt_efaceeq_val(box_int(5), &go_type_int, &five));
    /* pointers compare by address (direct interface data) */
    int64_t x, y;
    void *px = &x, *py = &y;
    GoEface ex = {&ptrT_type, rt_convT(&ptrT_type, &px)}, ey = {&ptrT_type, rt_convT(&ptrT_type, &py)};
    cr_assert(ex.data == (void *)&x);
    cr_assert(!rt_efaceeq(ex, ey));
    cr_assert(rt_efaceeq(ex, ex));
    /* different types never compare, even uncomparable ones */
    GoSlice *s = rt_alloc(sizeof(GoSlice), &slice_int);
    cr_assert(!rt_efaceeq((GoEface){&slice_int, s}, box_int(1)));
    expect_panic_output(compare_slices, "panic: runtime error: comparing uncomparable type []int\n\n");
}

GTest(rt_core_iface, hashing_interfaces) {
    GoEface a = box_int(77), b = box_int(77);
    cr_assert_eq(rt_efacehash(&a, 1), rt_efacehash(&b, 1));
    GoEface s1 = box_string("hello"), s2 = {&go_type_string, NULL};
    GoString *h = rt_alloc(sizeof(GoString), &go_type_string);
    *h = rt_gostringn("hello", 5);
    s2.data = h;
    cr_assert_eq(rt_efacehash(&s1, 9), rt_efacehash(&s2, 9));
    double z = 0.0, nz = -0.0;
    cr_assert_eq(rt_f64hash(&z, 3), rt_f64hash(&nz, 3));
}

GTest(rt_core_iface, convT_small_values_shared) {
    int64_t v = 7;
    void *p1 = rt_convT(&go_type_int, &v), *p2 = rt_convT(&go_type_int, &v);
    cr_assert(p1 == p2);
    cr_assert_eq(*(int64_t *)p1, 7);
    uint8_t b = 200;
    cr_assert_eq(*(uint8_t *)rt_convT(&go_type_uint8, &b), 200);
    v = 1000;
    void *p3 = rt_convT(&go_type_int, &v);
    v = 0;
    cr_assert_eq(*(int64_t *)p3, 1000); /* a copy */
}

/* gc shares a box only in its convT16/32/64 (size = alignment), bool and
 * one-byte integer, convTstring ("") and convTslice (nil) cases. */
static const GoType pair32 = {.size = 8, .align = 4, .kind = GO_STRUCT, .string = "main.pair32"};
static const GoField wrapstr_fields[1] = {{"s", &go_type_string, 0, false, false}};
static const GoType wrapstr = {.size = 16, .ptrdata = 8, .align = 8, .kind = GO_STRUCT,
                               .fields = wrapstr_fields, .nfields = 1, .string = "main.wrapstr",
                               .gcmask = (const uint8_t[]){1}};

GTest(rt_core_iface, convT_shares_only_as_gc) {
    uint64_t zero = 0;
    void *a = rt_convT(&pair32, &zero), *b = rt_convT(&pair32, &zero);
    cr_assert(a != b); /* convTnoptr: zero or not, a new copy */
    GoString empty = {NULL, 0}, hello = rt_gostringn("hello", 5);
    cr_assert(rt_convT(&wrapstr, &empty) == rt_convT(&go_type_string, &empty));
    cr_assert(rt_convT(&wrapstr, &hello) != rt_convT(&wrapstr, &hello));
    GoSlice nils = {NULL, 0, 0}, some = {&zero, 1, 1};
    cr_assert(rt_convT(&slice_int, &nils) == rt_convT(&slice_int, &nils));
    void *s1 = rt_convT(&slice_int, &some);
    cr_assert(s1 != rt_convT(&slice_int, &some));
    cr_assert(((GoSlice *)s1)->p == &zero);
    int32_t i5 = 5;
    cr_assert(rt_convT(&go_type_int32, &i5) == rt_convT(&go_type_int32, &i5));
}

GTest(rt_core_iface, error_interface_on_runtime_errors) {
    cr_assert(rt_implements(&go_type_error, &rt_type_errorString));
    cr_assert(rt_implements(&go_type_error, &rt_type_plainError));
    cr_assert(rt_implements(&go_type_error, &rt_type_boundsError));
    cr_assert(rt_implements(&go_type_error, &rt_type_ptr_TypeAssertionError));
    cr_assert(rt_implements(&rt_type_runtime_Error, &rt_type_ptr_TypeAssertionError));
    cr_assert(!rt_implements(&go_type_error, &go_type_int));
}

/* struct { a int8; _ int32; f float64; s [2]string } : padding after a,
 * a blank field, a float (+0 == -0, NaN != NaN), an array of strings */
typedef struct PS {
    int8_t a;
    int32_t blank;
    double f;
    GoString s[2];
} PS;
static const GoType arr2str = {.size = 32, .ptrdata = 24, .kind = GO_ARRAY, .elem = &go_type_string,
                               .len = 2, .string = "[2]string", .tflag = GO_TF_COMPARABLE};
static const GoField ps_fields[4] = {
    {"a", &go_type_int8, offsetof(PS, a), false, false},
    {"_", &go_type_int32, offsetof(PS, blank), false, false},
    {"f", &go_type_float64, offsetof(PS, f), false, false},
    {"s", &arr2str, offsetof(PS, s), false, false},
};
static const GoType ps_type = {.size = sizeof(PS), .kind = GO_STRUCT, .fields = ps_fields,
                               .nfields = 4, .string = "main.PS", .tflag = GO_TF_COMPARABLE};

GTest(rt_core_iface, typed_equal_and_hash) {
    PS x, y;
    memset(&x, 0x11, sizeof x);
    memset(&y, 0x77, sizeof y); /* different padding and blank field */
    x.a = y.a = 3;
    x.f = 0.0;
    y.f = -0.0;
    x.s[0] = rt_cstr("p");
    y.s[0] = rt_gostringn("p", 1);
    x.s[1] = y.s[1] = rt_cstr("");
    cr_assert(rt_typed_equal(&ps_type, &x, &y));
    cr_assert_eq(rt_typed_hash(&ps_type, &x, 5), rt_typed_hash(&ps_type, &y, 5));
    y.s[1] = rt_cstr("q");
    cr_assert(!rt_typed_equal(&ps_type, &x, &y));
    y.s[1] = x.s[1];
    x.f = y.f = NAN;
    cr_assert(!rt_typed_equal(&ps_type, &x, &x));
}
