/*
 * test_parser.c: criterion tests for parser/ (parser.y, the token feed,
 * ast_dump).
 *
 * Dumps pin the tree shape and gc's position of every node kind (the
 * positions were cross-checked against go/ast mapped to gc's conventions
 * on all of GOROOT/src); error texts and positions were checked against
 * `go build` (Go 1.19) on files with the same bytes.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "parser/ast.h"

static char *dump_node_str(Node *n) {
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    cr_assert(f);
    ast_dump(n, f);
    fclose(f);
    char *copy = arena_strdup(buf); /* arena: nothing to free, nothing leaked */
    free(buf);
    return copy;
}

/* Captures what diag_flush prints to stderr. */
static char *flush_errors(void) {
    static char out[8192];
    fflush(stderr);
    char path[] = "/tmp/test_parser_XXXXXX";
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    int saved = dup(2);
    dup2(fd, 2);
    diag_flush(10);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    lseek(fd, 0, SEEK_SET);
    ssize_t n = read(fd, out, sizeof out - 1);
    out[n > 0 ? n : 0] = 0;
    close(fd);
    unlink(path);
    return out;
}

static Node *parse_src(const char *src) {
    int fi = file_add("x.go", src, strlen(src));
    return parse_file(fi);
}

/* Parses a whole file that must be valid; returns its dump. */
static char *dump_file(const char *src) {
    Node *f = parse_src(src);
    char *errs = flush_errors();
    cr_assert(f, "unexpected errors:\n%s", errs);
    return dump_node_str(f);
}

/* The dump of the first statement of `func f() { STMT }` (STMT starts on
 * line 3, column 2 after a tab). */
static char *dump_stmt(const char *stmt) {
    char src[4096];
    snprintf(src, sizeof src, "package p\n\nfunc f() {\n\t%s\n}\n", stmt);
    Node *f = parse_src(src);
    char *errs = flush_errors();
    cr_assert(f, "unexpected errors for %s:\n%s", stmt, errs);
    Node *fn = f->list.v[f->list.len - 1];
    cr_assert_eq(fn->kind, N_FUNCDECL);
    cr_assert(fn->body->list.len >= 1);
    return dump_node_str(fn->body->list.v[0]);
}

/* The dump of EXPR in `var _ = EXPR` (EXPR starts at line 2, column 9). */
static char *dump_expr(const char *expr) {
    char src[4096];
    snprintf(src, sizeof src, "package p\nvar _ = %s\n", expr);
    Node *f = parse_src(src);
    char *errs = flush_errors();
    cr_assert(f, "unexpected errors for %s:\n%s", expr, errs);
    Node *spec = f->list.v[0]->list.v[0];
    return dump_node_str(spec->list2.v[0]);
}

static char *errors_for(const char *src) {
    Node *f = parse_src(src);
    char *errs = flush_errors();
    cr_assert_null(f);
    return errs;
}

/* Errors that are not "syntax error: ..." ones: gc still type-checks the
 * file, so the tree must come back (with the errors reported). */
static Node *soft_tree;
static char *soft_errors_for(const char *src) {
    soft_tree = parse_src(src);
    char *errs = flush_errors();
    cr_assert_not_null(soft_tree, "no tree after errors:\n%s", errs);
    return errs;
}

#define EXPECT_STR(got, want) cr_assert_str_eq((got), (want), "got:\n%s\nwant:\n%s", (got), (want))

/* ---- whole files ---- */

Test(parser, file_and_declarations) {
    char *d = dump_file("package main\n"
                        "\n"
                        "import (\n"
                        "\t\"fmt\"\n"
                        "\tm \"math\"\n"
                        ")\n"
                        "\n"
                        "const (\n"
                        "\tA = iota\n"
                        "\tB\n"
                        ")\n"
                        "\n"
                        "type T = int\n"
                        "\n"
                        "func (r *R) M(a, b int, c ...string) (x int, err error) { return }\n");
    EXPECT_STR(d, "root FILE 1:1 main\n"
                  "  y IDENT 1:9 main\n"
                  "  list GENDECL 3:1 op=import grouped\n"
                  "    list IMPORT 4:2\n"
                  "      y BASICLIT 4:2 \"\\\"fmt\\\"\" op=STRING\n"
                  "    list IMPORT 5:2 m\n"
                  "      x IDENT 5:2 m\n"
                  "      y BASICLIT 5:4 \"\\\"math\\\"\" op=STRING\n"
                  "  list GENDECL 8:1 op=const grouped\n"
                  "    list CONSTSPEC 9:2 iota=0\n"
                  "      list IDENT 9:2 A\n"
                  "      list2 IDENT 9:6 iota\n"
                  "    list CONSTSPEC 10:2 iota=1\n"
                  "      list IDENT 10:2 B\n"
                  "  list GENDECL 13:1 op=type\n"
                  "    list TYPESPEC 13:6 T alias\n"
                  "      x IDENT 13:10 int\n"
                  "      y IDENT 13:6 T\n"
                  "  list FUNCDECL 15:6-15:66 M\n"
                  "    x FUNCTYPE 15:14\n"
                  "      list FIELD 15:15\n"
                  "        x IDENT 15:20 int\n"
                  "        list IDENT 15:15 a\n"
                  "        list IDENT 15:18 b\n"
                  "      list FIELD 15:25\n"
                  "        x DOTS 15:27\n"
                  "          x IDENT 15:30 string\n"
                  "        list IDENT 15:25 c\n"
                  "      list2 FIELD 15:39\n"
                  "        x IDENT 15:41 int\n"
                  "        list IDENT 15:39 x\n"
                  "      list2 FIELD 15:46\n"
                  "        x IDENT 15:50 error\n"
                  "        list IDENT 15:46 err\n"
                  "    y IDENT 15:13 M\n"
                  "    w FIELD 15:7\n"
                  "      x STAR 15:9\n"
                  "        x IDENT 15:10 R\n"
                  "      list IDENT 15:7 r\n"
                  "    body BLOCK 15:57-15:66\n"
                  "      list RETURN 15:59\n");
}

Test(parser, directive_on_funcdecl) {
    Node *f = parse_src("package p\n\n//extern puts\nfunc puts(s *byte) int32\n");
    cr_assert(f);
    Node *fn = f->list.v[0];
    cr_assert_eq(fn->kind, N_FUNCDECL);
    cr_assert_null(fn->body);
    cr_assert(fn->directive.len > 0);
}

/* ---- expressions: gc's position for each kind ---- */

Test(parser, binary_at_operator_and_precedence) {
    EXPECT_STR(dump_expr("a + b*c == d || e"),
               "root BINARY 2:22 op=||\n"
               "  x BINARY 2:17 op===\n"
               "    x BINARY 2:11 op=+\n"
               "      x IDENT 2:9 a\n"
               "      y BINARY 2:14 op=*\n"
               "        x IDENT 2:13 b\n"
               "        y IDENT 2:15 c\n"
               "    y IDENT 2:20 d\n"
               "  y IDENT 2:25 e\n");
}

Test(parser, call_index_slice_selector_assert) {
    EXPECT_STR(dump_expr("x.f(a, b...)[i][j:k:l].(T)"),
               "root TYPEASSERT 2:31\n"
               "  x SLICE 2:24-2:30 slice3\n"
               "    x INDEX 2:21-2:23\n"
               "      x CALL 2:12-2:20 dots\n"
               "        x SELECTOR 2:10 f\n"
               "          x IDENT 2:9 x\n"
               "          y IDENT 2:11 f\n"
               "        list IDENT 2:13 a\n"
               "        list IDENT 2:16 b\n"
               "      list IDENT 2:22 i\n"
               "    y IDENT 2:25 j\n"
               "    z IDENT 2:27 k\n"
               "    w IDENT 2:29 l\n"
               "  y IDENT 2:33 T\n");
}

Test(parser, unary_star_paren_conversion) {
    EXPECT_STR(dump_expr("(*T)(p) + -<-c + &x"),
               "root BINARY 2:24 op=+\n"
               "  x BINARY 2:17 op=+\n"
               "    x CALL 2:13-2:15\n"
               "      x PAREN 2:9-2:12\n"
               "        x STAR 2:10\n"
               "          x IDENT 2:11 T\n"
               "      list IDENT 2:14 p\n"
               "    y UNARY 2:19 op=-\n"
               "      x UNARY 2:20 op=<-\n"
               "        x IDENT 2:22 c\n"
               "  y UNARY 2:26 op=&\n"
               "    x IDENT 2:27 x\n");
}

Test(parser, composite_literals) {
    EXPECT_STR(dump_expr("[...]T{{1, 2}, k: {}}"),
               "root COMPOSITELIT 2:15-2:29\n"
               "  x ARRAYTYPE 2:9\n"
               "    x ELLIPSIS_LEN 2:10\n"
               "    y IDENT 2:14 T\n"
               "  list COMPOSITELIT 2:16-2:21\n"
               "    list BASICLIT 2:17 \"1\" op=INT\n"
               "    list BASICLIT 2:20 \"2\" op=INT\n"
               "  list KEYVALUE 2:25\n"
               "    x IDENT 2:24 k\n"
               "    y COMPOSITELIT 2:27-2:28\n");
    EXPECT_STR(dump_expr("map[string]int{\"a\": 1}"),
               "root COMPOSITELIT 2:23-2:30\n"
               "  x MAPTYPE 2:9\n"
               "    x IDENT 2:13 string\n"
               "    y IDENT 2:20 int\n"
               "  list KEYVALUE 2:27\n"
               "    x BASICLIT 2:24 \"\\\"a\\\"\" op=STRING\n"
               "    y BASICLIT 2:29 \"1\" op=INT\n");
}

Test(parser, func_literal_and_types) {
    EXPECT_STR(dump_expr("func(int, string) (r bool) { return }"),
               "root FUNCLIT 2:9-2:45\n"
               "  x FUNCTYPE 2:13\n"
               "    list FIELD 2:14\n"
               "      x IDENT 2:14 int\n"
               "    list FIELD 2:19\n"
               "      x IDENT 2:19 string\n"
               "    list2 FIELD 2:28\n"
               "      x IDENT 2:30 bool\n"
               "      list IDENT 2:28 r\n"
               "  body BLOCK 2:36-2:45\n"
               "    list RETURN 2:38\n");
}

Test(parser, channel_types) {
    /* `var _ = <-chan int` makes go build say "3:11: <-chan int (type) is
     * not an expression": in an expression, <-chan T sits at its 'chan'. */
    /* chan<- chan int; <-chan int; chan (<-chan int) */
    EXPECT_STR(dump_expr("make(chan<- chan int, <-chan int, chan (<-chan int))"),
               "root CALL 2:13-2:60\n"
               "  x IDENT 2:9 make\n"
               "  list CHANTYPE 2:14 dir=send\n"
               "    y CHANTYPE 2:21 dir=both\n"
               "      y IDENT 2:26 int\n"
               "  list CHANTYPE 2:33 dir=recv\n" /* gc: an operand `<-chan T` keeps the 'chan' position */
               "    y IDENT 2:38 int\n"
               "  list CHANTYPE 2:43 dir=both\n"
               "    y CHANTYPE 2:49 dir=recv\n"
               "      y IDENT 2:56 int\n");
}

Test(parser, struct_and_interface_types) {
    char *d = dump_file("package p\n"
                        "type S struct {\n"
                        "\ta, b int `tag`\n"
                        "\t*E\n"
                        "\tpkg.F\n"
                        "\tG[int]\n"
                        "\th [4]int\n"
                        "}\n"
                        "type I interface {\n"
                        "\tM(x int) error\n"
                        "\t~int | string\n"
                        "\tfmt.Stringer\n"
                        "}\n");
    EXPECT_STR(d, "root FILE 1:1 p\n"
                  "  y IDENT 1:9 p\n"
                  "  list GENDECL 2:1 op=type\n"
                  "    list TYPESPEC 2:6 S\n"
                  "      x STRUCTTYPE 2:8-8:1\n"
                  "        list FIELD 3:2\n"
                  "          x IDENT 3:7 int\n"
                  "          y BASICLIT 3:11 \"`tag`\" op=STRING\n"
                  "          list IDENT 3:2 a\n"
                  "          list IDENT 3:5 b\n"
                  "        list FIELD 4:2 embedded\n"
                  "          x STAR 4:2\n"
                  "            x IDENT 4:3 E\n"
                  "        list FIELD 5:2 embedded\n"
                  "          x SELECTOR 5:5 F\n"
                  "            x IDENT 5:2 pkg\n"
                  "            y IDENT 5:6 F\n"
                  "        list FIELD 6:2 embedded\n"
                  "          x INDEX 6:3\n"
                  "            x IDENT 6:2 G\n"
                  "            list IDENT 6:4 int\n"
                  "        list FIELD 7:2\n"
                  "          x ARRAYTYPE 7:4\n"
                  "            x BASICLIT 7:5 \"4\" op=INT\n"
                  "            y IDENT 7:7 int\n"
                  "          list IDENT 7:2 h\n"
                  "      y IDENT 2:6 S\n"
                  "  list GENDECL 9:1 op=type\n"
                  "    list TYPESPEC 9:6 I\n"
                  "      x INTERFACETYPE 9:8-13:1\n"
                  "        list FIELD 10:2\n"
                  "          x FUNCTYPE 10:3\n"
                  "            list FIELD 10:4\n"
                  "              x IDENT 10:6 int\n"
                  "              list IDENT 10:4 x\n"
                  "            list2 FIELD 10:11\n"
                  "              x IDENT 10:11 error\n"
                  "          list IDENT 10:2 M\n"
                  "        list FIELD 11:2 embedded\n"
                  "          x BINARY 11:7 op=|\n"
                  "            x UNARY 11:2 op=~\n"
                  "              x IDENT 11:3 int\n"
                  "            y IDENT 11:9 string\n"
                  "        list FIELD 12:2 embedded\n"
                  "          x SELECTOR 12:5 Stringer\n"
                  "            x IDENT 12:2 fmt\n"
                  "            y IDENT 12:6 Stringer\n"
                  "      y IDENT 9:6 I\n");
}

/* ---- generics ---- */

Test(parser, type_parameters_vs_array_types) {
    Node *f = parse_src("package p\n"
                        "type A [N]int\n"
                        "type B[P any] []P\n"
                        "type C [N * M]int\n"
                        "type D[P *Q, R any] struct{}\n"
                        "type E[P []int] int\n"
                        "type F [pkg.N]int\n"
                        "type G[K comparable, V interface{ ~int | ~string }] map[K]V\n");
    char *errs = flush_errors();
    cr_assert(f, "%s", errs);
    const NodeKind kinds[] = {N_ARRAYTYPE, N_SLICETYPE, N_ARRAYTYPE, N_STRUCTTYPE, N_IDENT, N_ARRAYTYPE, N_MAPTYPE};
    const int ntparams[] = {0, 1, 0, 2, 1, 0, 2};
    for (int i = 0; i < 7; i++) {
        Node *spec = f->list.v[i]->list.v[0];
        cr_assert_eq(spec->x->kind, kinds[i], "decl %d", i);
        cr_assert_eq(spec->list3.len, ntparams[i], "decl %d", i);
    }
}

Test(parser, generic_functions_and_instantiation) {
    char *d = dump_file("package p\n"
                        "func F[T any, U comparable](x T) U { return G[int, []U](x) }\n");
    EXPECT_STR(d, "root FILE 1:1 p\n"
                  "  y IDENT 1:9 p\n"
                  "  list FUNCDECL 2:6-2:60 F\n"
                  "    x FUNCTYPE 2:7\n"
                  "      list3 FIELD 2:8\n"
                  "        x IDENT 2:10 any\n"
                  "        list IDENT 2:8 T\n"
                  "      list3 FIELD 2:15\n"
                  "        x IDENT 2:17 comparable\n"
                  "        list IDENT 2:15 U\n"
                  "      list FIELD 2:29\n"
                  "        x IDENT 2:31 T\n"
                  "        list IDENT 2:29 x\n"
                  "      list2 FIELD 2:34\n"
                  "        x IDENT 2:34 U\n"
                  "    y IDENT 2:6 F\n"
                  "    list3 FIELD 2:8\n"
                  "      x IDENT 2:10 any\n"
                  "      list IDENT 2:8 T\n"
                  "    list3 FIELD 2:15\n"
                  "      x IDENT 2:17 comparable\n"
                  "      list IDENT 2:15 U\n"
                  "    body BLOCK 2:36-2:60\n"
                  "      list RETURN 2:38\n"
                  "        list CALL 2:56-2:58\n"
                  "          x INDEX 2:46-2:55\n"
                  "            x IDENT 2:45 G\n"
                  "            list IDENT 2:47 int\n"
                  "            list SLICETYPE 2:52\n"
                  "              y IDENT 2:54 U\n"
                  "          list IDENT 2:57 x\n");
}

Test(parser, params_array_vs_generic_type) {
    /* `a [4]int` is a named array parameter; `T[int]` an unnamed generic one */
    Node *f = parse_src("package p\nfunc f(a [4]int, b []T[int]) {}\nfunc g(T[int], m.U[K, V]) {}\n");
    char *errs = flush_errors();
    cr_assert(f, "%s", errs);
    Node *ft = f->list.v[0]->x;
    cr_assert_eq(ft->list.len, 2);
    cr_assert_eq(ft->list.v[0]->list.len, 1);
    cr_assert_eq(ft->list.v[0]->x->kind, N_ARRAYTYPE);
    cr_assert_eq(ft->list.v[1]->x->kind, N_SLICETYPE);
    cr_assert_eq(ft->list.v[1]->x->y->kind, N_INDEX);
    Node *gt = f->list.v[1]->x;
    cr_assert_eq(gt->list.len, 2);
    cr_assert_eq(gt->list.v[0]->list.len, 0);
    cr_assert_eq(gt->list.v[0]->x->kind, N_INDEX);
    cr_assert_eq(gt->list.v[1]->x->kind, N_INDEX);
    cr_assert_eq(gt->list.v[1]->x->list.len, 2);
}

/* ---- statements ---- */

Test(parser, simple_statements) {
    EXPECT_STR(dump_stmt("x, y[i] = <-c, *p"),
               "root ASSIGN 4:10 op==\n"
               "  list IDENT 4:2 x\n"
               "  list INDEX 4:6-4:8\n"
               "    x IDENT 4:5 y\n"
               "    list IDENT 4:7 i\n"
               "  list2 UNARY 4:12 op=<-\n"
               "    x IDENT 4:14 c\n"
               "  list2 STAR 4:17\n"
               "    x IDENT 4:18 p\n");
    EXPECT_STR(dump_stmt("a += 1"), "root ASSIGN 4:4 op=+=\n  list IDENT 4:2 a\n  list2 BASICLIT 4:7 \"1\" op=INT\n");
    EXPECT_STR(dump_stmt("i--"), "root INCDEC 4:3 op=--\n  x IDENT 4:2 i\n");
    EXPECT_STR(dump_stmt("c <- v"), "root SENDSTMT 4:4\n  x IDENT 4:2 c\n  y IDENT 4:7 v\n");
    EXPECT_STR(dump_stmt("f(x)"), "root EXPRSTMT 4:3\n  x CALL 4:3-4:5\n    x IDENT 4:2 f\n    list IDENT 4:4 x\n");
}

Test(parser, labels_and_branches) {
    EXPECT_STR(dump_stmt("L: for { continue L }"),
               "root LABELED 4:3 L\n"
               "  x FOR 4:5-4:22\n"
               "    body BLOCK 4:9-4:22\n"
               "      list BRANCH 4:11 L op=continue\n"
               "        y IDENT 4:20 L\n"
               "  y IDENT 4:2 L\n");
    char *d = dump_file("package p\nfunc f() {\nL:\n}\n");
    cr_assert(strstr(d, "LABELED 3:2 L\n"), "%s", d);
    cr_assert(strstr(d, "x EMPTY 4:1\n"), "%s", d);
}

Test(parser, for_forms) {
    EXPECT_STR(dump_stmt("for range ch {}"),
               "root RANGE 4:2-4:16\n  z IDENT 4:12 ch\n  body BLOCK 4:15-4:16\n");
    EXPECT_STR(dump_stmt("for k, v := range m {}"),
               "root RANGE 4:2-4:23 op=:=\n"
               "  x IDENT 4:6 k\n"
               "  y IDENT 4:9 v\n"
               "  z IDENT 4:20 m\n"
               "  body BLOCK 4:22-4:23\n");
    EXPECT_STR(dump_stmt("for i := 0; i < n; i++ {}"),
               "root FOR 4:2-4:26\n"
               "  x ASSIGN 4:8 op=:=\n"
               "    list IDENT 4:6 i\n"
               "    list2 BASICLIT 4:11 \"0\" op=INT\n"
               "  y BINARY 4:16 op=<\n"
               "    x IDENT 4:14 i\n"
               "    y IDENT 4:18 n\n"
               "  z INCDEC 4:22 op=++\n"
               "    x IDENT 4:21 i\n"
               "  body BLOCK 4:25-4:26\n");
}

Test(parser, if_else_chain) {
    EXPECT_STR(dump_stmt("if x := f(); x { } else if y { } else { }"),
               "root IF 4:2-4:42\n"
               "  x ASSIGN 4:7 op=:=\n"
               "    list IDENT 4:5 x\n"
               "    list2 CALL 4:11-4:12\n"
               "      x IDENT 4:10 f\n"
               "  y IDENT 4:15 x\n"
               "  z IF 4:26-4:42\n"
               "    y IDENT 4:29 y\n"
               "    z BLOCK 4:40-4:42\n"
               "    body BLOCK 4:31-4:33\n"
               "  body BLOCK 4:17-4:19\n");
}

Test(parser, switches_and_select) {
    EXPECT_STR(dump_stmt("switch v := x.(type) { case nil, *T: default: }"),
               "root TYPESWITCH 4:2-4:48 v\n"
               "  y TYPEASSERT 4:15\n"
               "    x IDENT 4:14 x\n"
               "  w IDENT 4:9 v\n"
               "  list CASECLAUSE 4:25-4:37\n"
               "    list IDENT 4:30 nil\n"
               "    list STAR 4:35\n"
               "      x IDENT 4:36 T\n"
               "  list CASECLAUSE 4:39-4:46 default\n");
    EXPECT_STR(dump_stmt("switch x := 1; { case x > 0: }"),
               "root SWITCH 4:2-4:31\n"
               "  x ASSIGN 4:11 op=:=\n"
               "    list IDENT 4:9 x\n"
               "    list2 BASICLIT 4:14 \"1\" op=INT\n"
               "  list CASECLAUSE 4:19-4:29\n"
               "    list BINARY 4:26 op=>\n"
               "      x IDENT 4:24 x\n"
               "      y BASICLIT 4:28 \"0\" op=INT\n");
    EXPECT_STR(dump_stmt("select { case c <- 1: case v, ok := <-d: default: }"),
               "root SELECT 4:2-4:52\n"
               "  list COMMCLAUSE 4:11\n"
               "    x SENDSTMT 4:18\n"
               "      x IDENT 4:16 c\n"
               "      y BASICLIT 4:21 \"1\" op=INT\n"
               "  list COMMCLAUSE 4:24\n"
               "    x ASSIGN 4:35 op=:=\n"
               "      list IDENT 4:29 v\n"
               "      list IDENT 4:32 ok\n"
               "      list2 UNARY 4:38 op=<-\n"
               "        x IDENT 4:40 d\n"
               "  list COMMCLAUSE 4:43 default\n");
}

Test(parser, go_defer_return_decl) {
    EXPECT_STR(dump_stmt("go func() {}()"),
               "root GO 4:2\n  x CALL 4:14-4:15\n    x FUNCLIT 4:5-4:13\n      x FUNCTYPE 4:9\n      body BLOCK 4:12-4:13\n");
    EXPECT_STR(dump_stmt("defer m.Unlock()"),
               "root DEFER 4:2\n  x CALL 4:16-4:17\n    x SELECTOR 4:9 Unlock\n      x IDENT 4:8 m\n      y IDENT 4:10 Unlock\n");
    EXPECT_STR(dump_stmt("return 1, 2"),
               "root RETURN 4:2\n  list BASICLIT 4:9 \"1\" op=INT\n  list BASICLIT 4:12 \"2\" op=INT\n");
    EXPECT_STR(dump_stmt("var a, b = 1, 2"),
               "root DECLSTMT 4:2\n"
               "  x GENDECL 4:2 op=var\n"
               "    list VARSPEC 4:6\n"
               "      list IDENT 4:6 a\n"
               "      list IDENT 4:9 b\n"
               "      list2 BASICLIT 4:13 \"1\" op=INT\n"
               "      list2 BASICLIT 4:16 \"2\" op=INT\n");
}

/* ---- types as operands (gc's parser accepts them; the checker decides) ---- */

Test(parser, types_as_operands) {
    EXPECT_STR(dump_expr("[]int"), "root SLICETYPE 2:9\n  y IDENT 2:11 int\n");
    EXPECT_STR(dump_expr("func(int)"), "root FUNCTYPE 2:13\n  list FIELD 2:14\n    x IDENT 2:14 int\n");
    EXPECT_STR(dump_expr("interface{ M() }.M"),
               "root SELECTOR 2:25 M\n"
               "  x INTERFACETYPE 2:9-2:24\n"
               "    list FIELD 2:20\n"
               "      x FUNCTYPE 2:21\n"
               "      list IDENT 2:20 M\n"
               "  y IDENT 2:26 M\n");
    EXPECT_STR(dump_expr("[]byte(s)"), "root CALL 2:15-2:17\n  x SLICETYPE 2:9\n    y IDENT 2:11 byte\n  list IDENT 2:16 s\n");
    /* <-x is a receive unless x is a channel type */
    EXPECT_STR(dump_expr("<-chan<- chan int(nil)"),
               "root UNARY 2:9 op=<-\n"
               "  x CALL 2:26-2:30\n"
               "    x CHANTYPE 2:11 dir=send\n"
               "      y CHANTYPE 2:18 dir=both\n"
               "        y IDENT 2:23 int\n"
               "    list IDENT 2:27 nil\n");
    EXPECT_STR(dump_expr("(<-chan<- chan int)(nil)"),
               "root CALL 2:28-2:32\n"
               "  x PAREN 2:9-2:27\n"
               "    x CHANTYPE 2:12 dir=recv\n"
               "      y CHANTYPE 2:19 dir=recv\n"
               "        y IDENT 2:24 int\n"
               "  list IDENT 2:29 nil\n");
}

/* ---- the composite-literal-in-header rule ---- */

Test(parser, brace_rule_in_headers) {
    /* parenthesised: a literal */
    char *d = dump_stmt("if x == (T{}) {}");
    cr_assert(strstr(d, "COMPOSITELIT 4:12"), "%s", d);
    /* literal types are allowed bare; the block follows */
    d = dump_stmt("for _, v := range []T{{1}, {2}} { _ = v }");
    cr_assert(strstr(d, "COMPOSITELIT 4:23-4:32"), "%s", d);
    cr_assert(strstr(d, "body BLOCK 4:34-4:42"), "%s", d);
    d = dump_stmt("switch s := struct{ a int }{1}; s.a { }");
    cr_assert(strstr(d, "COMPOSITELIT 4:29-4:31"), "%s", d);
    /* a function literal in a header, then the block */
    d = dump_stmt("if f := func() bool { return T{} == T{} }; f() { }");
    cr_assert(strstr(d, "body BLOCK 4:49-4:51"), "%s", d);
    /* inside brackets the rule is off again */
    d = dump_stmt("if m[T{}] { }");
    cr_assert(strstr(d, "COMPOSITELIT 4:8"), "%s", d);
}

Test(parser, brace_rule_bare_typename_is_block) {
    /* gc: `if x == T{} {` compares with T; `{}` is the block */
    char *e = errors_for("package main\n\ntype T struct{}\n\nfunc main() {\n\tvar x T\n\tif x == T{} {\n\t}\n}\n");
    EXPECT_STR(e, "x.go:7:14: syntax error: unexpected { at end of statement\n");
}

/* ---- syntax errors, as go build prints them ---- */

Test(parser, errors_common) {
    EXPECT_STR(errors_for("package main\n\nfunc main() {\n\tx := []int{\n\t\t1,\n\t\t2\n\t}\n}\n"),
               "x.go:6:4: syntax error: unexpected newline in composite literal; possibly missing comma or }\n");
    EXPECT_STR(errors_for("package main\n\nx := 1\n"),
               "x.go:3:1: syntax error: non-declaration statement outside function body\n");
    EXPECT_STR(errors_for("package main\n\nfunc main()\n{\n}\n"),
               "x.go:4:1: syntax error: unexpected semicolon or newline before {\n");
    EXPECT_STR(errors_for("package main\n\nfunc main() {\n\tif true {\n\t}\n\telse {\n\t}\n}\n"),
               "x.go:6:2: syntax error: unexpected else, expecting }\n");
    EXPECT_STR(errors_for("package main\n\nfunc main() {\n\tif x := 2 {\n\t}\n}\n"),
               "x.go:4:7: syntax error: cannot use x := 2 as value\n");
    EXPECT_STR(errors_for("package main\n\nfunc main() {\n\tif x = 2 {\n\t}\n}\n"),
               "x.go:4:7: syntax error: cannot use assignment (x) = (2) as value\n");
    EXPECT_STR(errors_for("package main\n\nfunc main() {\n\tprintln(\"a\" \"b\")\n}\n"),
               "x.go:4:14: syntax error: unexpected literal \"b\" in argument list; possibly missing comma or )\n");
    EXPECT_STR(errors_for("package main\n\nfunc main() {\n\tx := 1 y := 2\n}\n"),
               "x.go:4:9: syntax error: unexpected y at end of statement\n");
    EXPECT_STR(errors_for("package main\n\nfunc main() {\n\tprintln(1)\n"),
               "x.go:5:1: syntax error: unexpected EOF, expecting }\n");
    EXPECT_STR(errors_for("package main\n\nfunc main() {\n\tx := 1 +\n}\n"),
               "x.go:5:1: syntax error: unexpected }, expecting expression\n");
    EXPECT_STR(errors_for("package main\n\nfunc main() {\n\tif true {\n\t} else println()\n}\n"),
               "x.go:5:9: syntax error: else must be followed by if or statement block\n");
    EXPECT_STR(errors_for("package main\n\nfunc f(a int, string) {}\n"),
               "x.go:3:15: syntax error: mixed named and unnamed parameters\n");
    EXPECT_STR(errors_for("package main\n\nfunc main() {\n\tfor var i = 0; i < 3; i++ {\n\t}\n}\n"),
               "x.go:4:10: syntax error: var declaration not allowed in for initializer\n");
    EXPECT_STR(errors_for("package main\n\nfunc main() {\n\tif x > 0\n\t{\n\t}\n}\n"),
               "x.go:4:10: syntax error: unexpected newline, expecting { after if clause\n");
}

/* gc's noder type-checks unless an error is worded "syntax error": the
 * scanner's errors and the parser's own rules come back with a tree. */
Test(parser, soft_errors_keep_the_tree) {
    EXPECT_STR(soft_errors_for("package main\n\nfunc main() {\n\tgo f\n}\n"),
               "x.go:4:5: expression in go must be function call\n");
    EXPECT_STR(soft_errors_for("package main\n\nfunc main() {\n\tdefer (f())\n}\n"),
               "x.go:4:8: expression in defer must not be parenthesized\n");
    EXPECT_STR(soft_errors_for("package main\n\nvar r = 'ab'\n"), "x.go:3:9: more than one character in rune literal\n");
    /* the bad literal is marked: the checker treats it as an invalid operand, silently */
    Node *spec = soft_tree->list.v[0]->list.v[0];
    cr_assert(spec->list2.len == 1 && spec->list2.v[0]->kind == N_BASICLIT && (spec->list2.v[0]->flags & NF_BAD),
              "%s", dump_node_str(soft_tree));
    EXPECT_STR(soft_errors_for("package main\n\nvar s = \"\\d\" + \"x\"\nvar n = 09\n"),
               "x.go:3:11: unknown escape\nx.go:4:10: invalid digit '9' in octal literal\n");
    /* missing 3-index slice bounds become N_BAD, as gc's BadExpr */
    EXPECT_STR(soft_errors_for("package main\n\nvar a [3]int\nvar b = a[0:1:]\nvar c = a[::2]\n"),
               "x.go:4:15: final index required in 3-index slice\nx.go:5:12: middle index required in 3-index slice\n");
    cr_assert_eq(soft_tree->list.v[1]->list.v[0]->list2.v[0]->w->kind, N_BAD, "%s", dump_node_str(soft_tree));
    cr_assert_eq(soft_tree->list.v[2]->list.v[0]->list2.v[0]->z->kind, N_BAD, "%s", dump_node_str(soft_tree));
    /* an import path with a bad escape: the checker skips it (types2) */
    EXPECT_STR(soft_errors_for("package main\n\nimport \"o\\s\"\n"), "x.go:3:11: unknown escape\n");
    cr_assert(soft_tree->list2.v[0]->y->flags & NF_BAD, "%s", dump_node_str(soft_tree));
    /* a syntax error proper still gives no tree, even after a soft one */
    EXPECT_STR(errors_for("package main\n\nvar r = 'ab'\nx := 1\n"),
               "x.go:3:9: more than one character in rune literal\n"
               "x.go:4:1: syntax error: non-declaration statement outside function body\n");
}

Test(parser, errors_structure) {
    /* only a name, selector or instantiation can be a literal's type */
    EXPECT_STR(errors_for("package main\n\nfunc main() {\n\tx := 1\n\tif (x > 0 {\n\t}\n}\n"),
               "x.go:5:12: syntax error: unexpected {, expecting )\n");
    EXPECT_STR(errors_for("package main\n\nfunc main() {\n\tswitch 0 {\n\tcase 0:\n\t\tL0:\n\tcase 1:\n\t}\n}\n"),
               "x.go:6:5: syntax error: missing statement after label\n");
    EXPECT_STR(errors_for("package main\n\ntype S struct {\n\t(int)\n\t*(bool)\n}\n"),
               "x.go:4:2: syntax error: cannot parenthesize embedded type\n"
               "x.go:5:3: syntax error: cannot parenthesize embedded type\n");
    /* gc then reports a follow-up error on line 6; we stop at the first */
    EXPECT_STR(errors_for("package main\n\nvar c chan\n\nfunc main() {}\n"),
               "x.go:5:6: syntax error: unexpected main, expecting (\n");
    EXPECT_STR(errors_for("package main\n\nfunc main() {\n\tfor ; ; i++) {\n\t}\n}\n"),
               "x.go:4:13: syntax error: unexpected ), expecting { after for clause\n");
    EXPECT_STR(errors_for("package main\n\nfunc main() {\n\tswitch x; y\n\t{\n\t}\n}\n"),
               "x.go:4:13: syntax error: missing { after switch clause\n");
}

/* ---- hostile input ---- */

Test(parser, empty_file_and_garbage) {
    EXPECT_STR(errors_for(""), "x.go:1:1: syntax error: package statement must be first\n");
    char junk[4096];
    srand(7);
    for (int round = 0; round < 50; round++) {
        for (size_t i = 0; i < sizeof junk - 1; i++) junk[i] = (char)(rand() % 255 + 1);
        junk[sizeof junk - 1] = 0;
        Node *f = parse_src(junk);
        flush_errors();
        (void)f;
        ast_release_all();
    }
}

Test(parser, deep_nesting_is_an_error_not_a_crash) {
    size_t n = 10000;
    char *src = malloc(3 * n + 64);
    strcpy(src, "package p\nvar x = ");
    size_t len = strlen(src);
    memset(src + len, '(', n);
    src[len + n] = '1';
    memset(src + len + n + 1, ')', n);
    strcpy(src + len + 2 * n + 1, "\n");
    char *e = errors_for(src);
    cr_assert(strstr(e, "too many nested brackets"), "%s", e);
    free(src);
}

Test(parser, long_line) {
    /* a 1 MB one-line file parses */
    size_t n = 1 << 20;
    char *src = malloc(n + 64);
    strcpy(src, "package p\nvar x = []int{");
    size_t len = strlen(src);
    while (len < n) len += (size_t)sprintf(src + len, "%zu, ", len);
    strcpy(src + len, "}\n");
    Node *f = parse_src(src);
    char *errs = flush_errors();
    cr_assert(f, "%s", errs);
    cr_assert(f->list.v[0]->list.v[0]->list2.v[0]->list.len > 100000);
    free(src);
}
