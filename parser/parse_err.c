/*
 * parse_err.c: syntax errors worded as gc's parser words them, and the
 * parser's entry point.
 *
 * gc's parser is recursive descent; its message says what the current
 * function wanted ("unexpected X, expecting Y", "unexpected X in composite
 * literal; possibly missing comma or }", "non-declaration statement outside
 * function body", ...).  Bison gives us the lookahead token and the set of
 * tokens the LALR state accepts; from that set (which identifies the
 * construct well enough) we pick gc's message.  Only the first syntax error
 * of a file is reported; the parse then stops (gc goes on and may report a
 * later one on another line: a documented difference).
 */
#include <stdio.h>
#include <string.h>

#include "parser/parse_int.h"

int parse_yyparse(ParseState *ps); /* parser.y */

void parse_error_at(ParseState *ps, Pos pos, const char *msg) {
    ps->nsyntax++;
    diag_error(pos, "%s", msg);
}

static bool has(const char **exp, int n, const char *name) {
    for (int i = 0; i < n; i++)
        if (!strcmp(exp[i], name)) return true;
    return false;
}

/* gc's spelling of the current token in "unexpected X" */
static const char *tokstr(const Token *t) {
    if (t->kind == T_EOF) return "EOF";
    return tok_string(t);
}

void parse_syntax_error(ParseState *ps, const Token *tok, const char **exp, int n, int state) {
    (void)state;
    if (ps->too_deep) return;
    const char *ts = tokstr(tok);
    Pos pos = tok->pos;
    bool lbody = tok->kind == T_LBRACE && tok->rune == -1;
    char *msg = NULL;

    if (!ps->file_node) {
        if (tok->kind != T_PACKAGE && !has(exp, n, "name"))
            msg = "syntax error: package statement must be first";
    } else if (ps->in_file_decls && has(exp, n, "func") && has(exp, n, "var") && !has(exp, n, "for")) {
        /* at the start of a top-level declaration */
        if (tok->kind == T_IMPORT)
            msg = "syntax error: imports must appear before other declarations";
        else if (tok->kind == T_LBRACE && ps->last_bodyless_func)
            msg = "syntax error: unexpected semicolon or newline before {";
        else
            msg = "syntax error: non-declaration statement outside function body";
    }
    if (!msg) {
        /* generic: unexpected X, expecting the first few tokens */
        char buf[256];
        int len = snprintf(buf, sizeof buf, "syntax error: unexpected %s", ts);
        (void)lbody;
        if (n > 0 && n <= 4) {
            len += snprintf(buf + len, sizeof buf - (size_t)len, ", expecting ");
            for (int i = 0; i < n && len < (int)sizeof buf; i++) {
                const char *e = exp[i];
                if (!strcmp(e, ",")) e = "comma";
                else if (!strcmp(e, ";")) e = "semicolon or newline";
                else if (!strcmp(e, "{ (block)")) e = "{";
                len += snprintf(buf + len, sizeof buf - (size_t)len, "%s%s", i == 0 ? "" : i == n - 1 ? " or " : ", ", e);
            }
        }
        msg = arena_strdup(buf);
    }
    parse_error_at(ps, pos, msg);
}

Node *parse_file(int file) {
    ParseState ps;
    feed_init(&ps, file);
    int before = diag_count();
    int rc = parse_yyparse(&ps);
    if (rc != 0 || diag_count() != before) return NULL;
    return ps.file_node;
}
