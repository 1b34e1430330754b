/*
 * fuzz_parser.c: libFuzzer harness for parser/ (parser.y and its token feed).
 *
 * Parses arbitrary bytes as one Go file and checks what must hold for every
 * input:
 * - parse_file returns; a NULL tree comes with at least one diagnostic (a
 *   tree may come with some: scanner errors and the parser's non-"syntax
 *   error" messages leave it for the checker, as gc does);
 * - every node of the tree has a valid kind and a position inside the file
 *   (line within the file's line count, column >= 1), `end` never before
 *   the start line, and the tree is finite (no node reached twice);
 * - ast_dump prints it without crashing.
 * Diagnostics are discarded each run; the AST pool is released each run,
 * so memory stays bounded.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser/ast.h"

static FILE *devnull;
static int fidx, lines;
static long visited;

static void fail(const char *what) {
    fprintf(stderr, "fuzz_parser: invariant broken: %s\n", what);
    abort();
}

static void check(Node *n, int depth);

static void check_list(NodeList *l, int depth) {
    if (l->len < 0) fail("negative list length");
    for (int i = 0; i < l->len; i++)
        if (l->v[i]) check(l->v[i], depth);
}

static void check(Node *n, int depth) {
    if (!n) return;
    if (++visited > 10000000 || depth > 100000) fail("tree not finite");
    if ((int)n->kind <= N_BAD || n->kind >= N_NUM_KINDS) fail("bad node kind");
    if (n->pos.line < 1 || n->pos.line > lines || n->pos.col < 1) fail("node position outside the file");
    if (n->end.line && n->end.line < n->pos.line) fail("node ends before it starts");
    check(n->x, depth + 1);
    check(n->y, depth + 1);
    check(n->z, depth + 1);
    check(n->w, depth + 1);
    check(n->body, depth + 1);
    check_list(&n->list, depth + 1);
    check_list(&n->list2, depth + 1);
    if (n->kind != N_FUNCDECL) check_list(&n->list3, depth + 1); /* a FUNCDECL shares list3 with its FUNCTYPE */
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!devnull) {
        devnull = fopen("/dev/null", "w");
        fidx = file_add("fuzz.go", "", 0);
    }
    char *buf = malloc(size + 1);
    memcpy(buf, data, size);
    buf[size] = 0;
    SrcFile *sf = file_get(fidx);
    sf->data = buf;
    sf->len = size;
    lines = 1;
    for (size_t i = 0; i < size; i++) lines += buf[i] == '\n';
    lines++; /* EOF may sit on the line after a final newline */

    int before = diag_count();
    Node *f = parse_file(fidx);
    int errs = diag_count() - before;
    if (!f && errs == 0) fail("no tree and no error");
    if (f) {
        if (f->kind != N_FILE) fail("root is not N_FILE");
        visited = 0;
        check(f, 0);
        ast_dump(f, devnull);
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
