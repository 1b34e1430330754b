/*
 * test_types_const.c: exact constants (const.c) and the constant rules of
 * the checker: big shifts, float constants exact until converted, iota,
 * representability and gc's overflow/truncation messages (texts from
 * Go 1.19's go build on the same sources).
 */
#include <math.h>

#include "test_types_helpers.h"

static Const *lit(int kind, const char *text) { return const_from_literal(kind, str_from(text), 0); }

Test(types_const, literals) {
    cr_expect_eq(const_to_int64(lit(T_INT, "0x_1F")), 31);
    cr_expect_eq(const_to_int64(lit(T_INT, "0o17")), 15);
    cr_expect_eq(const_to_int64(lit(T_INT, "017")), 15);
    cr_expect_eq(const_to_int64(lit(T_INT, "0b1010")), 10);
    cr_expect_eq(const_to_int64(lit(T_INT, "1_000_000")), 1000000);
    cr_expect_str_eq(const_format(lit(T_INT, "123456789012345678901234567890")), "123456789012345678901234567890");
    cr_expect_eq(const_to_float64(lit(T_FLOAT, "0x1p-2")), 0.25);
    cr_expect_eq(const_to_float64(lit(T_FLOAT, "1.5e3")), 1500.0);
    cr_expect_eq(const_to_float64(lit(T_FLOAT, ".5")), 0.5);
    cr_expect_null(lit(T_INT, "0x"));
    cr_expect_null(lit(T_INT, "09"));
    /* go/constant's big.Float: an exponent past 2^31 (binary) is a
     * "malformed constant" (test/fixedbugs/issue20232.go); a tiny one is not */
    cr_expect_null(lit(T_FLOAT, "6e5518446744"));
    cr_expect_null(lit(T_FLOAT, "1e+1000000000"));
    cr_expect_not_null(lit(T_FLOAT, "1e-1000000000"));
    cr_expect_not_null(lit(T_FLOAT, "1e646456992"));
}

Test(types_const, floats_are_exact_until_converted) {
    /* 0.1 + 0.2 == 0.3 exactly as untyped constants */
    Const *a = lit(T_FLOAT, "0.1"), *b = lit(T_FLOAT, "0.2"), *c = lit(T_FLOAT, "0.3");
    cr_expect(const_compare(T_EQL, const_binary(T_ADD, a, b, false), c));
    /* 1/3*3 == 1 */
    Const *third = const_binary(T_QUO, const_int64(1), const_int64(3), false);
    cr_expect(const_compare(T_EQL, const_binary(T_MUL, third, const_int64(3), false), const_int64(1)));
    /* integer division truncates */
    cr_expect_eq(const_to_int64(const_binary(T_QUO, const_int64(-7), const_int64(2), true)), -3);
    cr_expect_eq(const_to_int64(const_binary(T_REM, const_int64(-7), const_int64(2), true)), -1);
}

Test(types_const, rounding_to_float) {
    types_init();
    Const *r;
    int why;
    /* 2^-1075 is half the smallest subnormal: rounds to even (0) */
    cr_expect(const_representable(lit(T_FLOAT, "0x1p-1075"), types_typ[TY_FLOAT64], &r, &why));
    cr_expect_eq(const_to_float64(r), 0.0);
    cr_expect(const_representable(lit(T_FLOAT, "0x1.8p-1074"), types_typ[TY_FLOAT64], &r, &why));
    cr_expect_eq(const_to_float64(r), ldexp(1, -1073));
    cr_expect_not(const_representable(lit(T_FLOAT, "1e309"), types_typ[TY_FLOAT64], &r, &why));
    cr_expect(const_representable(lit(T_FLOAT, "3.4028234663852886e38"), types_typ[TY_FLOAT32], &r, &why));
    cr_expect_not(const_representable(lit(T_FLOAT, "3.5e38"), types_typ[TY_FLOAT32], &r, &why));
    cr_expect(const_representable(lit(T_FLOAT, "0.1"), types_typ[TY_FLOAT32], &r, &why));
    cr_expect_eq(const_to_float64(r), (double)0.1f);
}

Test(types_const, shifts_and_bits) {
    Const *big = const_shift(T_SHL, const_int64(1), 100);
    cr_expect_str_eq(const_format(big), "1267650600228229401496703205376");
    cr_expect_eq(const_to_int64(const_shift(T_SHR, big, 98)), 4);
    cr_expect_eq(const_to_int64(const_shift(T_SHR, const_int64(-5), 1)), -3);
    cr_expect_eq(const_bitlen(big), 101);
    cr_expect_eq(const_to_uint64(const_unary(T_XOR, const_int64(0), 8)), 255);
    cr_expect_eq(const_to_int64(const_unary(T_XOR, const_int64(0), 0)), -1);
}

Test(types_const, format_as_go_constant) {
    cr_expect_str_eq(const_format(lit(T_FLOAT, "1e100")), "1e+100");
    cr_expect_str_eq(const_format(lit(T_FLOAT, "1.5")), "1.5");
    cr_expect_str_eq(const_format(const_binary(T_MUL, lit(T_FLOAT, "2.0"), const_int64(100), false)), "200");
    cr_expect_str_eq(const_format(const_string(STR_LIT("a\"b\n"))), "\"a\\\"b\\n\"");
    cr_expect_str_eq(const_format(const_bool(true)), "true");
}

Test(types_const, checker_messages_match_gc) {
    Package *p = check_src("package main\n"
                           "func main() {\n"
                           "\tvar x int = 1e100\n"
                           "\tvar y int8 = 2.0 * 100\n"
                           "\tvar z byte = 256\n"
                           "\tconst c = 1 << 70\n"
                           "\tvar v = c\n"
                           "\t_ = x / 0\n"
                           "\t_, _, _, _ = x, y, z, v\n"
                           "}\n");
    cr_assert(p);
    cr_expect_str_eq(flush_errors(),
                     "x.go:3:14: cannot use 1e100 (untyped float constant 1e+100) as int value in variable declaration (truncated)\n"
                     "x.go:4:15: cannot use 2.0 * 100 (untyped float constant 200) as int8 value in variable declaration (truncated)\n"
                     "x.go:5:15: cannot use 256 (untyped int constant) as byte value in variable declaration (overflows)\n"
                     "x.go:7:10: cannot use c (untyped int constant 1180591620717411303424) as int value in variable declaration (overflows)\n"
                     "x.go:8:10: invalid operation: division by zero\n");
}

Test(types_const, iota_and_typed_constants) {
    Package *p = check_src("package main\n"
                           "type Weekday int\n"
                           "const (\n\tSunday Weekday = iota\n\tMonday\n\tTuesday\n)\n"
                           "const (\n\t_ = 1 << (10 * iota)\n\tKB\n\tMB\n)\n"
                           "const f = 1.0 / 3\n"
                           "const g float32 = f\n"
                           "func main() {}\n");
    cr_assert(p);
    cr_assert_str_eq(flush_errors(), "");
    cr_expect_eq(const_to_int64(lookup(p, "Tuesday")->val), 2);
    cr_expect_str_eq(types_string(lookup(p, "Tuesday")->type), "main.Weekday");
    cr_expect_eq(const_to_int64(lookup(p, "MB")->val), 1 << 20);
    cr_expect_eq(lookup(p, "f")->val->kind, CK_FLOAT);
    cr_expect_eq(const_to_float64(lookup(p, "g")->val), (double)(float)(1.0 / 3));
}
