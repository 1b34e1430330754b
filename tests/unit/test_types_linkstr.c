/*
 * test_types_linkstr.c: type arguments are spelled as gc's link strings
 * (types_targ_string), which %T prints at run time and -m in instance and
 * dictionary names: packages by their link path, unexported field names
 * qualified, an embedded field not named as its type `name = type`.  The
 * expected strings were printed by `go run` (Go 1.19) with
 * fmt.Printf("%T", G[...]{}) on the same types.
 */
#include "test_types_helpers.h"

static const char *src =
    "package main\n"
    "import (\"math/rand\"; \"sync\")\n"
    "type T struct{}\n"
    "type U struct{}\n"
    "type Int = int\n"
    "type S struct { int; g string; T; *U; sync.Mutex; Int }\n"
    "type R = *rand.Rand\n"
    "func main() {}\n";

Test(types_linkstr, struct_fields_as_gc) {
    Package *p = check_src(src);
    cr_assert(p);
    cr_assert_str_eq(flush_errors(), "");
    Type *s = types_underlying(lookup(p, "S")->type);
    cr_expect_str_eq(types_targ_string(s),
                     "struct { main.int = int; main.g string; main.T; *main.U; sync.Mutex; Int = int }");
}

Test(types_linkstr, package_link_path) {
    Package *p = check_src(src);
    cr_assert(p);
    cr_assert_str_eq(flush_errors(), "");
    /* main.G[*math/rand.Rand], not *rand.Rand */
    cr_expect_str_eq(types_targ_string(lookup(p, "R")->type), "*math/rand.Rand");
    cr_expect_str_eq(types_targ_string(lookup(p, "T")->type), "main.T");
}

Test(types_linkstr, command_line_arguments) {
    types_init();
    const char *text = "package p\ntype T struct{ f int }\n";
    int fi = file_add("p.go", text, strlen(text));
    Node *f = parse_file(fi);
    cr_assert(f);
    TypesConfig cfg = {0};
    cfg.stdlib_dir = "stdlib";
    cfg.link_path = "command-line-arguments"; /* go build of a package other than main */
    Node *files[1] = {f};
    Package *p = types_check_files("main", files, 1, &cfg);
    cr_assert_str_eq(flush_errors(), "");
    cr_expect_str_eq(types_targ_string(lookup(p, "T")->type), "command-line-arguments.T");
    cr_expect_str_eq(types_targ_string(types_underlying(lookup(p, "T")->type)), "struct { command-line-arguments.f int }");
}
