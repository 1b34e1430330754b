/*
 * fuzz_lexer.c: libFuzzer harness for lexer/.
 *
 * Feeds arbitrary bytes to the lexer (the buffer is exactly the input plus
 * the NUL terminator util.h promises, so ASan catches any read past it)
 * and checks what must hold for every input:
 * - lexing ends: at most one token per input byte, plus the final
 *   semicolon and EOF, then T_EOF forever;
 * - positions never go backwards and stay within the file's lines;
 * - token text lies inside the input (identifiers: an interned copy of it)
 *   and its position is the line and byte column where that text starts;
 * - a literal not marked bad has a value no longer than its text.
 * Diagnostics are discarded each run (printing them would drown the log).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexer/lexer.h"

static FILE *devnull;
static int fidx;

static void fail(const char *what) {
    fprintf(stderr, "fuzz_lexer: invariant broken: %s\n", what);
    abort();
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

    int lines = 1;
    for (size_t i = 0; i < size; i++) lines += buf[i] == '\n';

    Lexer *lx = lex_new(fidx);
    Pos prev = {0, 1, 1};
    size_t ntok = 0;
    const char *scan = buf; /* line/col of `scan`, advanced monotonically */
    int sline = 1, scol = 1;
    for (;;) {
        Token t = lex_next(lx);
        if (++ntok > size + 2) fail("more tokens than bytes: lexer not advancing");
        if (t.pos.line < prev.line || (t.pos.line == prev.line && t.pos.col < prev.col)) fail("position went backwards");
        if (t.pos.line > lines || t.pos.col < 1) fail("position outside the file");
        prev = t.pos;
        if (t.kind == T_IDENT) {
            if (t.text.len <= 0) fail("empty identifier");
        } else if (t.kind != T_SEMI && t.kind != T_EOF) {
            if (t.text.p < buf || t.text.p + t.text.len > buf + size || t.text.len <= 0) fail("token text outside the input");
            if (t.text.p < scan) fail("token text overlaps the previous token");
            for (; scan < t.text.p; scan++) {
                if (*scan == '\n') sline++, scol = 1;
                else scol++;
            }
            if (t.pos.line != sline || t.pos.col != scol) fail("position does not match the token text");
        }
        if ((t.kind == T_STRING) && !t.bad && t.val.len > t.text.len) fail("string value longer than its literal");
        if (t.directive.len && (t.directive.p == NULL || t.directive.p[0] != '/')) fail("bad directive");
        (void)tok_string(&t);
        if (t.kind == T_EOF) break;
    }
    for (int i = 0; i < 3; i++)
        if (lex_next(lx).kind != T_EOF) fail("T_EOF is not sticky");

    FILE *saved = stderr;
    stderr = devnull;
    diag_flush(0);
    stderr = saved;
    sf->data = "";
    sf->len = 0;
    free(buf);
    return 0;
}
