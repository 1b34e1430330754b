/*
 * parse_err.c: syntax errors worded as gc's parser words them, and the
 * parser's entry point.
 *
 * gc's parser is recursive descent; its message says what the current
 * function wanted ("unexpected X, expecting Y", "unexpected X in composite
 * literal; possibly missing comma or }", "non-declaration statement outside
 * function body", ...).  On an error, parser.y hands us:
 *   - the exact set of tokens the parser could shift next (it simulates the
 *     automaton from the current stack for every token: bison's own LALR
 *     lookahead sets are merged across contexts and too wide);
 *   - the grammar symbols on the stack, from which we find the innermost
 *     open bracket and what precedes it (call arguments, parameters,
 *     composite literal, struct, block, ...) and the statement keyword
 *     whose header we are in.
 * From those we pick the message gc's function for that construct gives.
 * After a grammar error the parse goes on (parser.y's error rules and
 * parse_lex.c's feed_recover skip tokens as gc's advance() does), so later
 * errors are reported too; an "unexpected EOF" after an earlier error is
 * not (gc: a meaningless follow-up).  Errors found by actions (e.g. "cannot use x := 1 as value") do not stop
 * the parse; like gc we keep at most one "syntax error" per line.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser/parse_int.h"

int parse_yyparse(ParseState *ps); /* parser.y */

void parse_note_error(ParseState *ps, Pos pos) {
    if (ps->nerrpos == ps->caperrpos) {
        int ncap = ps->caperrpos ? ps->caperrpos * 2 : 16;
        Pos *n = ast_alloc(sizeof(Pos) * (size_t)ncap);
        if (ps->nerrpos) memcpy(n, ps->errpos, sizeof(Pos) * (size_t)ps->nerrpos);
        ps->errpos = n;
        ps->caperrpos = ncap;
    }
    ps->errpos[ps->nerrpos++] = pos;
}

void parse_error_at(ParseState *ps, Pos pos, const char *msg) {
    parse_note_error(ps, pos);
    /* gc reports at most one syntax error per line */
    if (!strncmp(msg, "syntax error", 12)) {
        if (ps->last_syntax_line == pos.line) return;
        ps->last_syntax_line = pos.line;
        ps->nhard++;
    }
    ps->nsyntax++;
    diag_error(pos, "%s", msg);
}

static bool has(const char **exp, int n, const char *name) {
    for (int i = 0; i < n; i++)
        if (!strcmp(exp[i], name)) return true;
    return false;
}

static bool is(const char *a, const char *b) { return a && !strcmp(a, b); }

/* gc's spelling of the current token in "unexpected X" */
static const char *tokstr(const Token *t) {
    if (t->kind == T_EOF) return "EOF";
    return tok_string(t);
}

/* The construct whose list or body we are in: gc's parser functions that
 * word their own messages. */
typedef enum Ctx {
    C_FILE,     /* top level */
    C_BLOCK,    /* statement list */
    C_CASES,    /* switch/select body, outside a clause */
    C_ARGS,     /* call arguments */
    C_PARAMS,   /* parameter list (...) */
    C_TPARAMS,  /* type parameter list [...] */
    C_COMPLIT,  /* composite literal elements */
    C_STRUCT,   /* struct fields */
    C_IFACE,    /* interface elements */
    C_GROUP,    /* var/const/type/import ( ... ) */
    C_PAREN,    /* parenthesised expression or type, type assertion */
    C_INDEX,    /* a[...] */
    C_ARRAYLEN, /* [N]T and other brackets */
} Ctx;

static bool is_open(const char *s) {
    return is(s, "(") || is(s, "[") || is(s, "{") || is(s, "{ (block)") || is(s, "lbrace") ||
           is(s, "[ (type parameters)");
}

/* context of the open bracket at stack[i] */
static Ctx ctx_at(const char **st, int i) {
    const char *b = st[i], *prev = i > 0 ? st[i - 1] : "";
    if (is(b, "(")) {
        if (is(prev, "pexpr")) return C_ARGS;
        if (is(prev, "var") || is(prev, "const") || is(prev, "type") || is(prev, "import")) return C_GROUP;
        if (is(prev, "func") || is(prev, "sym") || is(prev, "]") || is(prev, ")")) {
            /* `func (`: at top level a receiver or a func type's params */
            return C_PARAMS;
        }
        return C_PAREN;
    }
    if (is(b, "[ (type parameters)")) return C_TPARAMS;
    if (is(b, "[")) {
        if (is(prev, "pexpr")) return C_INDEX;
        if (is(prev, "sym") && i > 1 && is(st[i - 2], "func")) return C_TPARAMS;
        return C_ARRAYLEN;
    }
    if (is(b, "lbrace")) {
        if (is(prev, "struct")) return C_STRUCT;
        if (is(prev, "interface")) return C_IFACE;
        if (is(prev, "othertype")) return C_COMPLIT;
        return C_BLOCK; /* function literal */
    }
    if (is(b, "{ (block)")) {
        if (is(prev, "switch_header")) return C_CASES;
        if (is(prev, "select")) return C_CASES;
        return C_BLOCK;
    }
    /* "{" */
    if (is(prev, "pexpr_typename") || is(prev, ")")) return C_COMPLIT;
    if (is(prev, "fndcl")) return C_BLOCK;
    if (is(prev, ",") || is(prev, "{") || is(prev, ":") || is(prev, "lbrace")) {
        for (int j = i - 1; j >= 0; j--)
            if (is_open(st[j])) return ctx_at(st, j) == C_COMPLIT ? C_COMPLIT : C_BLOCK;
    }
    return C_BLOCK;
}

/* Tokens that can begin a statement (gc's stmtOrNil). */
static bool starts_stmt(TokKind k) {
    switch (k) {
    case T_IDENT: case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR: case T_STRING:
    case T_FUNC: case T_LPAREN: case T_LBRACK: case T_STRUCT: case T_MAP: case T_CHAN:
    case T_INTERFACE: case T_ARROW: case T_ADD: case T_SUB: case T_MUL: case T_AND: case T_XOR:
    case T_NOT: case T_LBRACE: case T_VAR: case T_CONST: case T_TYPE: case T_FOR: case T_SWITCH:
    case T_SELECT: case T_IF: case T_FALLTHROUGH: case T_BREAK: case T_CONTINUE: case T_GO:
    case T_DEFER: case T_GOTO: case T_RETURN: case T_SEMI:
        return true;
    default:
        return false;
    }
}

static const char *gc_tokname(const char *e) {
    if (!strcmp(e, ",")) return "comma";
    if (!strcmp(e, ";")) return "semicolon or newline";
    if (!strcmp(e, "{ (block)")) return "{";
    if (!strcmp(e, "[ (type parameters)")) return "[";
    return e;
}

static char *word(ParseState *ps, const Token *tok, const char **exp, int n, const char **st, int ns, Pos *pos) {
    const char *ts = tokstr(tok);
    /* innermost open bracket, and statement keywords above it */
    int ob = -1, closed = 0;
    for (int i = ns - 1; i >= 0; i--) {
        if (is(st[i], ")") || is(st[i], "]") || is(st[i], "}")) closed++;
        else if (is_open(st[i]) && !is(st[i], "lbrace")) {
            if (closed) closed--;
            else {
                ob = i;
                break;
            }
        } else if (is(st[i], "lbrace")) {
            /* an lbrace is reduced as soon as it is shifted; its '}' too */
            if (closed) closed--;
            else {
                ob = i;
                break;
            }
        }
    }
    Ctx c = ob < 0 ? C_FILE : ctx_at(st, ob);
    const char *kw = NULL; /* innermost if/for/switch/case/default/else/func/package/import above ob */
    int kwi = -1;
    for (int i = ns - 1; i > ob; i--) {
        const char *s = st[i];
        if (is(s, "if") || is(s, "for") || is(s, "switch") || is(s, "case") || is(s, "default") ||
            is(s, "else") || is(s, "package") || is(s, "range") || is(s, "go") || is(s, "defer")) {
            kw = s;
            kwi = i;
            break;
        }
    }
    const char *top = ns > 0 ? st[ns - 1] : "";
    bool operand = has(exp, n, "literal");
    bool type = !operand && has(exp, n, "map") && has(exp, n, "chan");

    bool stmt_start = has(exp, n, "return");
    if (tok->kind == T_VAR && (is(top, "for") || is(top, "if") || is(top, "switch"))) {
        Token *next = feed_peek(ps);
        *pos = next->pos; /* gc complains once past the `var` */
        return arena_printf("syntax error: var declaration not allowed in %s initializer", top);
    }
    if (tok->kind == T_EOF && c != C_FILE && c != C_BLOCK && c != C_CASES) {
        /* gc's list() stops at EOF and wants the closing token */
        static const char *close[] = {[C_ARGS] = ")", [C_PARAMS] = ")", [C_TPARAMS] = "]", [C_COMPLIT] = "}",
                                      [C_STRUCT] = "}", [C_IFACE] = "}", [C_GROUP] = ")", [C_PAREN] = ")",
                                      [C_INDEX] = "]", [C_ARRAYLEN] = "]"};
        if (close[c]) return arena_printf("syntax error: unexpected EOF, expecting %s", close[c]);
    }
    if (c == C_INDEX && is(top, "[") && tok->kind == T_RBRACK)
        return "syntax error: unexpected ], expecting operand";
    if (type && is(top, "sym") && ns > 1 && (is(st[ns - 2], "type") || (is(st[ns - 2], "(") && ns > 2 && is(st[ns - 3], "type")) || (is(st[ns - 2], ";") && ns > 2 && is(st[ns - 3], "typedcl_list"))))
        return arena_printf("syntax error: unexpected %s in type declaration", ts);
    if (is(top, "...") && (type || !has(exp, n, ")"))) return "syntax error: ... is missing type";
    if (is(top, "chan") && type) return "syntax error: missing channel element type";
    if (is(top, "package")) return arena_printf("syntax error: unexpected %s, expecting name", ts);
    if (is(top, ":") && ns > 1 && is(st[ns - 2], "sym") && !starts_stmt(tok->kind)) {
        *pos = ps->last_colon; /* gc: at the label's ':' */
        return "syntax error: missing statement after label";
    }
    if (is(top, "else")) return "syntax error: else must be followed by if or statement block";
    if (is(top, ".") && has(exp, n, "name") && has(exp, n, "("))
        return arena_printf("syntax error: unexpected %s, expecting name or (", ts);
    if (is(kw, "package") && kwi == ns - 2)
        return arena_printf("syntax error: unexpected %s, expecting semicolon or newline", ts);

    switch (c) {
    case C_FILE:
        if ((is(top, "func") && ns > 1 && is(st[ns - 2], "topdecls")) || (is(top, ")") && has(exp, n, "name"))) {
            if (is(top, ")") && ps->prev3_kind == T_LPAREN && ps->prev2_kind == T_RPAREN)
                parse_error_at(ps, tok->pos, "method has no receiver");
            return arena_printf("syntax error: unexpected %s, expecting name or (", ts);
        }
        if (has(exp, n, "func") && has(exp, n, "var") && !has(exp, n, "for")) {
            if (tok->kind == T_LBRACE && ps->last_bodyless_func)
                return "syntax error: unexpected semicolon or newline before {";
            return "syntax error: non-declaration statement outside function body";
        }
        if (is(top, "import") || (is(top, "sym") && ns > 1 && is(st[ns - 2], "import")) || is(top, "import_spec"))
            if (!has(exp, n, ";")) return "syntax error: missing import path";
        if (has(exp, n, ";") && !is(kw, "package"))
            return arena_printf("syntax error: unexpected %s after top level declaration", ts);
        break;
    case C_BLOCK:
    case C_CASES:
        if (is(kw, "if") || is(kw, "for") || is(kw, "switch") || is(kw, "range")) {
            /* gc's header() wants '{' itself unless the header was complete
             * (init; cond, a range clause, a 3-clause for): then the
             * statement complains "after ... clause" */
            bool semi = is(top, "if_header") || is(top, "switch_header") || is(top, "for_header") || is(kw, "range");
            for (int i = kwi + 1; i < ns; i++)
                if (is(st[i], ";")) semi = true;
            if (is(kw, "for") && is(top, ";") && tok->kind == T_LBRACE) {
                int semis = 0;
                for (int i = kwi + 1; i < ns; i++) semis += is(st[i], ";");
                if (semis == 1) return arena_printf("syntax error: unexpected %s, expecting for loop condition", ts);
            }
            if (has(exp, n, "{ (block)") && !operand) {
                if (!semi) return arena_printf("syntax error: unexpected %s, expecting {", ts);
                if (is(kw, "switch")) return "syntax error: missing { after switch clause";
                if (is(kw, "if")) return arena_printf("syntax error: unexpected %s, expecting { after if clause", ts);
                return arena_printf("syntax error: unexpected %s, expecting { after for clause", ts);
            }
        }
        if ((is(kw, "case") || is(kw, "default")) && has(exp, n, ":") && !operand)
            return arena_printf("syntax error: unexpected %s, expecting :", ts);
        if (stmt_start && !starts_stmt(tok->kind)) {
            if (c == C_CASES || is(kw, "case") || is(kw, "default"))
                return arena_printf("syntax error: unexpected %s, expecting case or default or }", ts);
            return arena_printf("syntax error: unexpected %s, expecting }", ts);
        }
        if (has(exp, n, ";") && !operand && !starts_stmt(tok->kind) && tok->kind != T_RBRACE) {
            /* a complete statement followed by junk */
            return arena_printf("syntax error: unexpected %s at end of statement", ts);
        }
        if (has(exp, n, ";") && !operand)
            return arena_printf("syntax error: unexpected %s at end of statement", ts);
        if (c == C_CASES || ((is(kw, "case") || is(kw, "default")) && has(exp, n, "case") && !operand))
            return arena_printf("syntax error: unexpected %s, expecting case or default or }", ts);
        if (has(exp, n, "}") && !starts_stmt(tok->kind) && !operand)
            return arena_printf("syntax error: unexpected %s, expecting }", ts);
        break;
    case C_ARGS:
        if (has(exp, n, ",") && has(exp, n, ")"))
            return arena_printf("syntax error: unexpected %s in argument list; possibly missing comma or )", ts);
        break;
    case C_PARAMS:
        if (has(exp, n, ",") && has(exp, n, ")"))
            return arena_printf("syntax error: unexpected %s in parameter list; possibly missing comma or )", ts);
        if (has(exp, n, ")") && has(exp, n, "name"))
            return arena_printf("syntax error: unexpected %s, expecting )", ts);
        break;
    case C_TPARAMS:
        if (has(exp, n, ",") && has(exp, n, "]"))
            return arena_printf("syntax error: unexpected %s in parameter list; possibly missing comma or ]", ts);
        if (has(exp, n, "]") && has(exp, n, "name"))
            return arena_printf("syntax error: unexpected %s, expecting ]", ts);
        break;
    case C_COMPLIT:
        if (has(exp, n, ",") && has(exp, n, "}"))
            return arena_printf("syntax error: unexpected %s in composite literal; possibly missing comma or }", ts);
        break;
    case C_STRUCT:
        if (has(exp, n, ";") && has(exp, n, "}"))
            return arena_printf("syntax error: unexpected %s in struct type; possibly missing semicolon or newline or }", ts);
        if (!operand && !type && has(exp, n, "name") && has(exp, n, "*"))
            return arena_printf("syntax error: unexpected %s, expecting field name or embedded type", ts);
        break;
    case C_IFACE:
        if (has(exp, n, ";") && has(exp, n, "}"))
            return arena_printf("syntax error: unexpected %s in interface type; possibly missing semicolon or newline or }", ts);
        break;
    case C_GROUP:
        if (has(exp, n, ";") && has(exp, n, ")"))
            return arena_printf("syntax error: unexpected %s in grouped declaration; possibly missing semicolon or newline or )", ts);
        break;
    case C_INDEX:
        if (has(exp, n, ",") && has(exp, n, ":") && has(exp, n, "]"))
            return arena_printf("syntax error: unexpected %s, expecting comma, : or ]", ts);
        break;
    case C_PAREN:
    case C_ARRAYLEN:
        break;
    }
    if (operand) return arena_printf("syntax error: unexpected %s, expecting expression", ts);
    if (type) return arena_printf("syntax error: unexpected %s, expecting type", ts);
    if (c == C_PAREN && has(exp, n, ")")) return arena_printf("syntax error: unexpected %s, expecting )", ts);
    if ((c == C_ARRAYLEN || c == C_INDEX) && has(exp, n, "]"))
        return arena_printf("syntax error: unexpected %s, expecting ]", ts);
    if (n == 1) return arena_printf("syntax error: unexpected %s, expecting %s", ts, gc_tokname(exp[0]));
    if (has(exp, n, "name") && n <= 2) return arena_printf("syntax error: unexpected %s, expecting name", ts);
    return arena_printf("syntax error: unexpected %s", ts);
}

void parse_syntax_error(ParseState *ps, const Token *tok, const char **exp, int n, const char **st, int ns) {
    if (ps->too_deep) return;
    const char *msg;
    Pos pos = tok->pos;
    if (!ps->file_node && !(ns > 0 && is(st[ns - 1], "package"))) msg = "syntax error: package statement must be first";
    else msg = word(ps, tok, exp, n, st, ns, &pos);
    if (getenv("GOSUB_PARSE_DEBUG")) {
        fprintf(stderr, "debug: expected:");
        for (int i = 0; i < n; i++) fprintf(stderr, " %s", exp[i]);
        fprintf(stderr, "\ndebug: stack:");
        for (int i = 0; i < ns; i++) fprintf(stderr, " %s", st[i]);
        fprintf(stderr, "\n");
    }
    parse_error_at(ps, pos, msg);
}

/* gc's funcBody checks a body's branches (break/continue/goto/labels) only
 * when no error was reported while it was parsed: mark the bodies that
 * enclose an error position (nested literals too: gc counts errors in the
 * outer body's window). */
static void mark_bodies(ParseState *ps, Node *n, int depth) {
    if (!n || depth > 5000) return;
    if ((n->kind == N_FUNCDECL || n->kind == N_FUNCLIT) && n->body) {
        Pos lo = n->body->pos, hi = n->body->end;
        for (int i = 0; i < ps->nerrpos; i++) {
            Pos p = ps->errpos[i];
            if (p.file == lo.file && pos_cmp(p, lo) >= 0 && (hi.line == 0 || pos_cmp(p, hi) <= 0)) {
                n->body->flags |= NF_BODYERR;
                break;
            }
        }
    }
    Node *kids[] = {n->x, n->y, n->z, n->w, n->body};
    for (int i = 0; i < 5; i++) mark_bodies(ps, kids[i], depth + 1);
    NodeList *ls[] = {&n->list, &n->list2, &n->list3};
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < ls[k]->len; i++) mark_bodies(ps, ls[k]->v[i], depth + 1);
}

Node *parse_file(int file) {
    ParseState ps;
    feed_init(&ps, file);
    int rc = parse_yyparse(&ps);
    /* gc's rule (noder/irgen.go checkFiles): only errors worded "syntax
     * error: ..." stop before type checking; the scanner's (bad literals,
     * "newline in string", ...) and the parser's other messages ("expression
     * in defer must be function call", "middle index required in 3-index
     * slice") are reported together with the type errors. */
    if (rc != 0 || ps.nhard > 0) return NULL;
    if (ps.nerrpos) mark_bodies(&ps, ps.file_node, 0);
    if (ps.file_node) ps.file_node->list3 = ps.late_dirs;
    return ps.file_node;
}
