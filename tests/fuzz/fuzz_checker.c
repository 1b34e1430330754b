/*
 * fuzz_checker.c: libFuzzer harness for types/ (the type checker).
 *
 * Parses arbitrary bytes as one Go file of package main and, when the
 * parser returns a tree (no "syntax error", maybe other errors), type-checks it.  Imports other than "unsafe" fail unless
 * GOSUB_FUZZ_STDLIB names a stdlib directory (e.g. ./stdlib): its packages
 * are then loaded once, before the first input, and shared by every run
 * (their trees are not read again once they are checked).
 * What must hold for every input:
 * - types_check_files returns a Package and never crashes or hangs;
 * - p->failed agrees with whether errors were reported;
 * - when no error was reported, every expression the later stages read
 *   (calls, operators, literals, selectors, index and slice expressions)
 *   carries a type, and selectors and calls carry their annotations.
 * Diagnostics are discarded; the AST pool is released after each run.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser/ast.h"
#include "types/types.h"

static FILE *devnull;
static int fidx;
static long visited;
static const char *stdlib;

static void fail(const char *what) {
    fprintf(stderr, "fuzz_checker: invariant broken: %s\n", what);
    abort();
}

static void check_typed(Node *n, int depth) {
    if (!n) return;
    if (++visited > 10000000 || depth > 100000) fail("tree not finite");
    switch (n->kind) {
    case N_CALL: case N_BINARY: case N_BASICLIT: case N_COMPOSITELIT: case N_INDEX: case N_SLICE:
    case N_FUNCLIT: case N_TYPEASSERT:
        if (n->tmode != TM_TYPEXPR && !n->type) fail("expression without a type in a package that checked");
        break;
    case N_SELECTOR:
        if (!n->type) fail("selector without a type");
        if (n->tmode != TM_TYPEXPR && !n->obj) fail("selector without an object");
        break;
    default:
        break;
    }
    if (n->kind == N_CALL && n->tmode != TM_TYPEXPR && n->sel == CALL_NONE) fail("call without a call kind");
    check_typed(n->x, depth + 1);
    check_typed(n->y, depth + 1);
    check_typed(n->z, depth + 1);
    check_typed(n->w, depth + 1);
    check_typed(n->body, depth + 1);
    for (int i = 0; i < n->list.len; i++) check_typed(n->list.v[i], depth + 1);
    for (int i = 0; i < n->list2.len; i++) check_typed(n->list2.v[i], depth + 1);
    if (n->kind != N_FUNCDECL)
        for (int i = 0; i < n->list3.len; i++) check_typed(n->list3.v[i], depth + 1);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!devnull) {
        devnull = fopen("/dev/null", "w");
        fidx = file_add("fuzz.go", "", 0);
        types_init();
        stdlib = getenv("GOSUB_FUZZ_STDLIB");
        if (stdlib) {
            static const char *pkgs[] = {"errors", "io", "fmt", "os", "strings", "strconv", "sort", "math",
                                         "unicode", "unicode/utf8", "bytes", "sync", "sync/atomic",
                                         "runtime", "runtime/debug", "time"};
            TypesConfig cfg = {0};
            cfg.stdlib_dir = stdlib;
            for (size_t i = 0; i < sizeof pkgs / sizeof pkgs[0]; i++) types_import(pkgs[i], &cfg);
            FILE *saved = stderr;
            stderr = devnull;
            diag_flush(0);
            stderr = saved;
        }
    }
    char *buf = malloc(size + 1);
    memcpy(buf, data, size);
    buf[size] = 0;
    SrcFile *sf = file_get(fidx);
    sf->data = buf;
    sf->len = size;

    Node *f = parse_file(fidx);
    /* a tree also comes back after errors that are not "syntax error"s
     * (bad literals, "expression in go must be function call"): gc
     * type-checks it, so do we (its invalid operands must not crash) */
    if (f) {
        int parse_errs = diag_count();
        TypesConfig cfg = {0};
        cfg.stdlib_dir = stdlib;
        Node *files[1] = {f};
        Package *p = types_check_files("main", files, 1, &cfg);
        if (!p) fail("no package");
        int errs = diag_count();
        if (p->failed && errs == 0) fail("failed without an error");
        if (!p->failed && errs == 0 && parse_errs == 0) {
            visited = 0;
            for (int i = 0; i < f->list.len; i++)
                if (f->list.v[i]->kind == N_FUNCDECL) check_typed(f->list.v[i]->body, 0);
        }
    }

    FILE *saved = stderr;
    stderr = devnull;
    diag_flush(0);
    stderr = saved;
    ast_release_all();
    sf->data = "";
    sf->len = 0;
    free(buf);
    return 0;
}
