/*
 * test_codegen_emit.c: criterion tests for codegen/.
 *
 * Each test compiles a small main package from memory through the real
 * pipeline (parse, check, lower, inline, devirtualize, escape, codegen)
 * and checks properties of the generated C that the ABI promises: gc's
 * struct layout with explicit padding, escape decisions driving placement
 * (rt_new vs frame slots), the GoRoot table, descriptors, #line
 * directives, string literal escaping.  The last test builds and runs the
 * generated program against the runtime library and compares its output
 * with what Go 1.19 prints for the same source.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "codegen/cg_internal.h"
#include "escape/escape.h"
#include "ir/ir.h"
#include "parser/ast.h"
#include "types/types.h"

static char *gen_c(const char *src) {
    int fi = file_add("x.go", src, strlen(src));
    Node *f = parse_file(fi);
    cr_assert(f, "parse failed");
    types_init();
    TypesConfig cfg = {0};
    cfg.stdlib_dir = getenv("GOSUB_STDLIB") ? getenv("GOSUB_STDLIB") : "stdlib";
    Package *pkg = types_check_files("main", &f, 1, &cfg);
    cr_assert(!pkg->failed, "type check failed");
    IrPackage *ip = ir_lower(pkg);
    IrFlags fl = {0, false};
    ir_inline_package(ip, &fl);
    ir_inline_package_init(ip);
    ir_devirtualize_package(ip);
    EscFlags ef = {0};
    esc_analyze(ip, &ef);
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    cg_set_root(".");
    int rc = cg_emit_program(ip, m);
    fclose(m);
    cr_assert_eq(rc, 0, "codegen failed");
    return buf;
}

Test(codegen, struct_layout_padding) {
    char *c = gen_c("package main\n"
                    "type T struct {\n\ta int32\n\tz struct{}\n}\n"
                    "var g T\n"
                    "func main() { g.a = 1; println(g.a) }\n");
    /* Go pads a zero-size final field: sizeof(T) == 8, not 4 */
    cr_assert(strstr(c, "struct main_T { int32_t a; S_") || strstr(c, "struct main_T { int32_t a;"), "%s", c);
    cr_assert(strstr(c, "uint8_t _pad0[4]; };"), "no trailing padding:\n%s", c);
    free(c);
}

Test(codegen, escape_drives_placement) {
    char *c = gen_c("package main\n"
                    "type P struct{ X, Y int }\n"
                    "var keep *P\n"
                    "//go:noinline\nfunc local() int { p := &P{1, 2}; return p.X }\n"
                    "//go:noinline\nfunc global() { keep = &P{3, 4} }\n"
                    "func main() { global(); println(local(), keep.Y) }\n");
    /* &P{} that escapes: rt_new; the one that does not: a frame slot */
    /* //go:noinline functions carry GO_NOINLINE between static and the type */
    const char *g = strstr(c, "static GO_NOINLINE void main_global(void) {");
    const char *l = strstr(c, "static GO_NOINLINE int64_t main_local(void) {");
    cr_assert(g && l, "%s", c);
    cr_assert(strstr(g, "rt_new(&T_main_P)"), "escaping literal not on the heap");
    const char *lend = strstr(l, "\n}\n");
    cr_assert(lend);
    char *body = strndup(l, (size_t)(lend - l));
    cr_assert(!strstr(body, "rt_new"), "non-escaping literal on the heap:\n%s", body);
    free(body);
    /* the pointer global is a GC root */
    cr_assert(strstr(c, "{&main_keep, &T_"), "no GoRoot for keep");
    free(c);
}

Test(codegen, descriptors_and_lines) {
    char *c = gen_c("package main\n"
                    "import \"fmt\"\n"
                    "type Celsius float64\n"
                    "func (c Celsius) String() string { return fmt.Sprint(float64(c), \"C\") }\n"
                    "func main() {\n\tfmt.Println(Celsius(21.5))\n}\n");
    cr_assert(strstr(c, "\"main.Celsius\""), "no %%T name");
    cr_assert(strstr(c, "{\"String\", "), "no method table");
    cr_assert(strstr(c, "#line 6 \"x.go\""), "no #line for the call");
    free(c);
}

Test(codegen, string_literals) {
    const char *s = cg_strlit("a\"b\\\n\0?\x80" "7", 9);
    cr_assert_str_eq(s, "((GoString){(const uint8_t *)\"a\\\"b\\\\\\n\\000\\077\\200\\067\", 9})");
    cr_assert_str_eq(cg_strlit("", 0), "((GoString){0})");
    cr_assert_str_eq(cg_ident("(*T).m"), "T_m");
    cr_assert_str_eq(cg_ident("glob..func1"), "glob_func1");
}

/* Builds and runs a program; Go 1.19 prints "3 [1 2 3] map[a:1] 42 true". */
Test(codegen, builds_and_runs) {
    const char *lib = "-Wl,--gc-sections build/rel/lib/libgosubstd.a build/rel/lib/libgosubrt.a";
    if (access("build/rel/lib/libgosubstd.a", R_OK) != 0) cr_skip_test("libraries not built");
    char *c = gen_c("package main\n"
                    "import \"fmt\"\n"
                    "type I interface{ V() int }\n"
                    "type T struct{ v int }\n"
                    "func (t *T) V() int { return t.v }\n"
                    "func main() {\n"
                    "\ts := []int{1, 2}\n\ts = append(s, 3)\n"
                    "\tm := map[string]int{\"a\": 1}\n"
                    "\tvar i I = &T{42}\n"
                    "\tdefer func() { fmt.Println(recover() != nil) }()\n"
                    "\tfmt.Print(len(s), \" \", s, \" \", m, \" \", i.V(), \" \")\n"
                    "\tvar p *T\n\t_ = p.v\n"
                    "}\n");
    char dir[] = "/tmp/cgtestXXXXXX";
    cr_assert(mkdtemp(dir));
    char cpath[256], exe[256], cmd[1024];
    snprintf(cpath, sizeof cpath, "%s/main.c", dir);
    snprintf(exe, sizeof exe, "%s/a.out", dir);
    FILE *f = fopen(cpath, "w");
    cr_assert(f);
    fputs(c, f);
    fclose(f);
    snprintf(cmd, sizeof cmd,
             "cc -O1 -std=gnu11 -fwrapv -fno-strict-aliasing -no-pie -w -Iruntime -o %s %s %s -lffi -lpthread -lm", exe, cpath, lib);
    cr_assert_eq(system(cmd), 0, "cc failed");
    snprintf(cmd, sizeof cmd, "%s > %s/out 2>&1", exe, dir);
    cr_assert_eq(system(cmd), 0);
    snprintf(cpath, sizeof cpath, "%s/out", dir);
    f = fopen(cpath, "r");
    char out[256] = {0};
    size_t n = fread(out, 1, sizeof out - 1, f);
    fclose(f);
    out[n] = 0;
    cr_assert_str_eq(out, "3 [1 2 3] map[a:1] 42 true\n");
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    cr_assert_eq(system(cmd), 0);
    free(c);
}

Test(codegen, stdlib_from_the_library) {
    /* the standard packages are the prebuilt library's (codegen/cg_lib.c):
     * the program declares io.EOF and calls the packages' initialisers in
     * dependency order, and defines none of their functions; the main
     * package's own initialisers run after them */
    char *c = gen_c("package main\n"
                    "import (\"io\"; \"strings\")\n"
                    "var unused = len(\"abc\")\n"
                    "func main() { println(io.EOF != nil, strings.Index(\"abc\", \"c\")) }\n");
    cr_assert(strstr(c, "extern GoIface io_EOF;"), "io.EOF is not declared:\n%s", c);
    cr_assert(!strstr(c, "io_ErrShortWrite"), "io.ErrShortWrite is declared though unused");
    const char *io = strstr(c, "    io__pkginit();"), *st = strstr(c, "    strings__pkginit();");
    const char *mi = strstr(c, "    main_init();");
    cr_assert(io && st && mi && io < st && st < mi, "initialisers missing or out of order:\n%s", c);
    cr_assert(!strstr(c, "/* strings.Index */"), "strings.Index compiled into the program:\n%s", c);
    cr_assert(strstr(c, "main_unused = "), "a main package initialiser was dropped");
    free(c);
}
