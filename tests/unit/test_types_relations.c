/*
 * test_types_relations.c: identity, assignability, convertibility,
 * comparability, type strings (gc's %T and types2's message spelling),
 * and the checker's assignability errors as Go 1.19 prints them.
 */
#include "test_types_helpers.h"

static const char *src =
    "package main\n"
    "import \"strings\"\n"
    "type T struct{ X int }\n"
    "type U struct{ X int }\n"
    "type MyInt int\n"
    "type IntSlice []int\n"
    "type S struct{ f []int }\n"
    "var m map[string]*T\n"
    "var fn func(int) string\n"
    "var fn2 func(a int, b ...string) (int, error)\n"
    "var ch chan<- int\n"
    "var rch chan (<-chan int)\n"
    "var st struct { X int \"json:\\\"x\\\"\"; T }\n"
    "var e interface{}\n"
    "var b strings.Builder\n"
    "var bs []byte\n"
    "var ifc interface { M(); N(int) string }\n"
    "var emb struct { T; X int \"json:\\\"x\\\"\"; *strings.Builder }\n"
    "var vf func(...int) (int, error)\n"
    "var es struct{}\n"
    "func main() {}\n";

static Type *V(Package *p, const char *n) { return lookup(p, n)->type; }

Test(types_relations, type_strings) {
    Package *p = check_src(src);
    cr_assert(p);
    cr_assert_str_eq(flush_errors(), "");
    cr_expect_str_eq(types_string(V(p, "T")), "main.T");
    cr_expect_str_eq(types_string(V(p, "m")), "map[string]*main.T");
    cr_expect_str_eq(types_string(V(p, "fn")), "func(int) string");
    cr_expect_str_eq(types_string(V(p, "fn2")), "func(int, ...string) (int, error)");
    cr_expect_str_eq(types_string(V(p, "ch")), "chan<- int");
    cr_expect_str_eq(types_string(V(p, "rch")), "chan (<-chan int)");
    cr_expect_str_eq(types_string(V(p, "e")), "interface {}");
    cr_expect_str_eq(types_string(V(p, "b")), "strings.Builder");
    cr_expect_str_eq(types_string(V(p, "bs")), "[]uint8");
    cr_expect_str_eq(types_string(types_underlying(V(p, "T"))), "struct { X int }");
    /* as go run printed %T for the same types */
    cr_expect_str_eq(types_string(V(p, "ifc")), "interface { M(); N(int) string }");
    cr_expect_str_eq(types_string(V(p, "emb")), "struct { main.T; X int \"json:\\\"x\\\"\"; *strings.Builder }");
    cr_expect_str_eq(types_string(V(p, "vf")), "func(...int) (int, error)");
    cr_expect_str_eq(types_string(V(p, "es")), "struct {}");
    /* types2 spelling, relative to package main */
    cr_expect_str_eq(types_qstring(V(p, "m"), p), "map[string]*T");
    cr_expect_str_eq(types_qstring(V(p, "fn2"), p), "func(a int, b ...string) (int, error)");
    cr_expect_str_eq(types_qstring(V(p, "st"), p), "struct{X int \"json:\\\"x\\\"\"; T}");
    cr_expect_str_eq(types_qstring(V(p, "e"), p), "interface{}");
    cr_expect_str_eq(types_qstring(V(p, "bs"), p), "[]byte");
    cr_expect_str_eq(types_qstring(V(p, "b"), p), "strings.Builder");
}

Test(types_relations, identity_and_assignability) {
    Package *p = check_src(src);
    cr_assert(p);
    flush_errors();
    Type *t = V(p, "T"), *u = V(p, "U");
    cr_expect_not(types_identical(t, u));
    cr_expect(types_identical(types_underlying(t), types_underlying(u)));
    cr_expect(types_identical(types_new_slice(types_byte), types_new_slice(types_typ[TY_UINT8])));
    cr_expect(types_identical(types_rune, types_typ[TY_INT32]));
    /* named <- unnamed with identical underlying types */
    cr_expect(types_assignable(types_new_slice(types_typ[TY_INT]), V(p, "IntSlice")));
    cr_expect_not(types_assignable(types_typ[TY_INT], V(p, "MyInt")));
    cr_expect(types_convertible(types_typ[TY_INT], V(p, "MyInt")));
    cr_expect(types_convertible(t, u));
    cr_expect(types_convertible(types_typ[TY_STRING], V(p, "bs")));
    cr_expect(types_convertible(types_typ[TY_INT], types_typ[TY_STRING]));
    cr_expect_not(types_convertible(types_typ[TY_FLOAT64], types_typ[TY_STRING]));
    cr_expect(types_assignable(t, types_empty_iface));
    cr_expect(types_assignable(types_new_chan(DIR_BOTH, types_typ[TY_INT]), V(p, "ch")));
    cr_expect_not(types_assignable(V(p, "ch"), types_new_chan(DIR_BOTH, types_typ[TY_INT])));
    cr_expect(types_comparable(t));
    cr_expect_not(types_comparable(V(p, "S")));
    cr_expect_not(types_comparable(V(p, "m")));
    cr_expect(types_comparable(V(p, "e")));
}

Test(types_relations, assignment_errors_match_gc) {
    Package *p = check_src("package main\n"
                           "type Celsius float64\n"
                           "type Fahrenheit float64\n"
                           "func main() {\n"
                           "\tvar c Celsius = 10\n"
                           "\tvar f Fahrenheit = c\n"
                           "\tvar i interface{} = 1\n"
                           "\tvar n int = i\n"
                           "\tvar s []int = []string{}\n"
                           "\t_, _, _ = f, n, s\n"
                           "}\n");
    cr_assert(p);
    cr_expect(p->failed);
    cr_expect_str_eq(flush_errors(),
                     "x.go:6:21: cannot use c (variable of type Celsius) as type Fahrenheit in variable declaration\n"
                     "x.go:8:14: cannot use i (variable of type interface{}) as type int in variable declaration:\n"
                     "\tneed type assertion\n"
                     "x.go:9:16: cannot use []string{} (value of type []string) as type []int in variable declaration\n");
}
