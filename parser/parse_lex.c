/*
 * parse_lex.c: the token feed between lexer.h and the bison parser.
 *
 * Invariants:
 *   - tokens come from lex_next only (pipeline rule), through a look-ahead
 *     buffer so that decisions can scan ahead without losing tokens;
 *     T_ILLEGAL tokens (already reported by the lexer) are dropped, as gc's
 *     scanner skips bad characters;
 *   - nest[] mirrors the open ( [ { brackets; each entry saves the brace-rule
 *     flag (loophack) to restore when its bracket closes;
 *   - loophack == 1 between a statement keyword (if, for, switch, select)
 *     and the '{' that opens its block, outside any bracket opened after
 *     the keyword: that '{' is sent as LBODY.  Grammar rules for literal
 *     types and function literals that took an LBODY as their own brace set
 *     it back to 1 when they close (feed_relbody), so the header goes on;
 *   - `type Name [` (also inside a `type (...)` group) is resolved here:
 *     TPLBRACK when gc would parse a type parameter list, LBRACK otherwise.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser/parse_int.h"
#include "parser.tab.h"

void feed_init(ParseState *ps, int file) {
    memset(ps, 0, sizeof *ps);
    ps->file = file;
    ps->lx = lex_new(file);
    ps->prev_kind = ps->prev2_kind = ps->prev3_kind = -1;
}

/* the lexer's next token; an error it reported meanwhile is noted at the
 * token's position (NF_BODYERR) */
static Token lex_note(ParseState *ps) {
    int before = diag_count();
    Token t = lex_next(ps->lx);
    if (diag_count() > before) parse_note_error(ps, t.pos);
    return t;
}

/* i-th token ahead (0 = next), filling the buffer from the lexer */
static Token *peek(ParseState *ps, int i) {
    while (ps->buf_len - ps->buf_head <= i) {
        if (ps->buf_head > 0 && ps->buf_head == ps->buf_len) ps->buf_head = ps->buf_len = 0;
        if (ps->buf_len == ps->buf_cap) {
            int ncap = ps->buf_cap ? ps->buf_cap * 2 : 16;
            Token *nb = ast_alloc(sizeof(Token) * (size_t)ncap);
            if (ps->buf_len) memcpy(nb, ps->buf, sizeof(Token) * (size_t)ps->buf_len);
            ps->buf = nb;
            ps->buf_cap = ncap;
        }
        Token t;
        do t = lex_note(ps);
        while (t.kind == T_ILLEGAL);
        ps->buf[ps->buf_len++] = t;
    }
    return &ps->buf[ps->buf_head + i];
}

static void push_nest(ParseState *ps, char kind, bool tgroup) {
    if (ps->nest_len == ps->nest_cap) {
        int ncap = ps->nest_cap ? ps->nest_cap * 2 : 64;
        struct Nest *nn = ast_alloc(sizeof(struct Nest) * (size_t)ncap);
        if (ps->nest_len) memcpy(nn, ps->nest, sizeof(struct Nest) * (size_t)ps->nest_len);
        ps->nest = nn;
        ps->nest_cap = ncap;
    }
    ps->nest[ps->nest_len++] = (struct Nest){kind, (char)ps->loophack, tgroup};
}

static void pop_nest(ParseState *ps, char open) {
    /* unbalanced (the grammar reports it): a closer closes the innermost
     * bracket of its kind and the ones opened inside it; with none open it
     * closes nothing, so that error recovery (feed_next_recovering) still
     * knows the depth of the tokens that follow */
    int i = ps->nest_len - 1;
    while (i >= 0 && ps->nest[i].kind != open) i--;
    if (i < 0) return;
    ps->nest_len = i;
    ps->loophack = ps->nest[ps->nest_len].loophack;
}

/* Tokens that can only begin a type (not continue an expression): after
 * `type T [P`, they mean P is a type parameter with this constraint. */
static bool starts_type_literal(TokKind k) {
    switch (k) {
    case T_LBRACK: case T_STRUCT: case T_FUNC: case T_INTERFACE: case T_MAP: case T_CHAN:
    case T_TILDE:
        return true;
    default:
        return false;
    }
}

/* After `[`, scan to the matching `]`: is there a comma at depth 0? */
static bool comma_before_rbrack(ParseState *ps) {
    int depth = 0;
    for (int i = 0; i < 100000; i++) {
        Token *t = peek(ps, i);
        switch (t->kind) {
        case T_EOF: return false;
        case T_LPAREN: case T_LBRACK: case T_LBRACE: depth++; break;
        case T_RPAREN: case T_RBRACE:
            if (--depth < 0) return false;
            break;
        case T_RBRACK:
            if (--depth < 0) return false;
            break;
        case T_COMMA:
            if (depth == 0) return true;
            break;
        default: break;
        }
    }
    return false;
}

/*
 * `type T [` ... : a type parameter list or an array length?  gc parses an
 * expression x after the '[' and treats it as the start of a type parameter
 * list when x is a name followed by something that cannot continue an
 * expression, or `P *C`, `P(C)`, `P|C` where C is clearly a type or a comma
 * follows.  The buffer holds the tokens after '['.
 */
static bool decide_tparams(ParseState *ps) {
    Token *t0 = peek(ps, 0);
    if (t0->kind != T_IDENT) return false;
    Token *t1 = peek(ps, 1);
    switch (t1->kind) {
    case T_RBRACK: return false;             /* [N]T */
    case T_COMMA: return true;               /* [K, V any] */
    case T_LBRACK: return true;              /* [P []E]: an index is never constant */
    case T_PERIOD: case T_LBRACE:
    case T_ADD: case T_SUB: case T_QUO: case T_REM: case T_AND: case T_XOR:
    case T_SHL: case T_SHR: case T_AND_NOT: case T_LAND: case T_LOR:
    case T_EQL: case T_NEQ: case T_LSS: case T_LEQ: case T_GTR: case T_GEQ:
        return false;                        /* the name continues an expression */
    case T_MUL: case T_OR: case T_LPAREN:
        if (starts_type_literal(peek(ps, 2)->kind)) return true;
        return comma_before_rbrack(ps);
    default:
        return true;                         /* [P any], [P ~int], [P interface{...}] */
    }
}

static bool in_type_group(ParseState *ps) {
    return ps->nest_len > 0 && ps->nest[ps->nest_len - 1].kind == '(' && ps->nest[ps->nest_len - 1].tgroup;
}

/*
 * Compiler directives, gc's pragmas.  A //go: comment not alone on its line
 * is misplaced.  The others belong to the token after them.  A declaration
 * takes them (the package clause, a top-level func, a type/var/const/import
 * spec, alone or inside a group, at top level or in a body) and keeps
 * those it allows:
 *   package clause: //go:build;
 *   a top-level func: the function pragmas (noinline, nosplit, ...);
 *   a type spec that is not an alias: //go:notinheap;
 * the others it took are misplaced, but gc says so only once the package
 * type-checked without any error (irgen's checkPragmas): they go to the
 * file node's list3 (N_BAD at the directive) for the checker.  Any other
 * token (a statement, `type (` before its '(', EOF) drops them: misplaced
 * at once, with the parser's errors.  Verbs gc does not know are never
 * misplaced (flag 0).  The runtime-only ones are an error anywhere outside
 * package runtime.
 */
enum { PRAG_BUILD = 1, PRAG_FUNC = 2, PRAG_TYPE = 4 };

static int prag_class(Str text, bool *runtime_only) {
    static const struct { const char *verb; int cls; bool rt; } verbs[] = {
        {"go:build", PRAG_BUILD, false},        {"go:noescape", PRAG_FUNC, false},
        {"go:norace", PRAG_FUNC, false},        {"go:nosplit", PRAG_FUNC, false},
        {"go:noinline", PRAG_FUNC, false},      {"go:nocheckptr", PRAG_FUNC, false},
        {"go:systemstack", PRAG_FUNC, true},    {"go:nowritebarrier", PRAG_FUNC, true},
        {"go:nowritebarrierrec", PRAG_FUNC, true}, {"go:yeswritebarrierrec", PRAG_FUNC, true},
        {"go:cgo_unsafe_args", PRAG_FUNC, false}, {"go:uintptrkeepalive", PRAG_FUNC, false},
        {"go:uintptrescapes", PRAG_FUNC, false}, {"go:registerparams", PRAG_FUNC, false},
        {"go:notinheap", PRAG_TYPE, false},
    };
    int n = 0;
    while (n < text.len && text.p[n] != ' ' && text.p[n] != '\t') n++;
    for (size_t i = 0; i < sizeof verbs / sizeof verbs[0]; i++)
        if ((int)strlen(verbs[i].verb) == n && !memcmp(verbs[i].verb, text.p, (size_t)n)) {
            *runtime_only = verbs[i].rt;
            return verbs[i].cls;
        }
    *runtime_only = false;
    return 0;
}

/* the directives before t (all of them at EOF), t not yet fed */
static void check_directives(ParseState *ps, const Token *t) {
    int n;
    const LexDirective *d = lex_directives(ps->lx, &n);
    for (; ps->dir_next < n; ps->dir_next++) {
        const LexDirective *x = &d[ps->dir_next];
        if (t->kind != T_EOF && pos_cmp(x->pos, t->pos) >= 0) break;
        if (!x->blank) {
            parse_error_at(ps, x->pos, "misplaced compiler directive");
            continue;
        }
        bool rt;
        int cls = prag_class(x->text, &rt);
        if (rt) {
            int vn = 0;
            while (vn < x->text.len && x->text.p[vn] != ' ' && x->text.p[vn] != '\t') vn++;
            parse_error_at(ps, x->pos, arena_printf("//%.*s only allowed in runtime", vn, x->text.p));
        }
        if (!cls) continue;
        bool takes = false;
        int allowed = 0;
        bool spec_start = ps->group_kind && ps->nest_len == ps->group_depth &&
                          (ps->prev_kind == T_LPAREN || ps->prev_kind == T_SEMI);
        switch (t->kind) {
        case T_PACKAGE:
            takes = true;
            allowed = PRAG_BUILD;
            break;
        case T_FUNC:
            takes = ps->nest_len == 0 && ps->in_file_decls;
            allowed = PRAG_FUNC;
            break;
        case T_TYPE: case T_VAR: case T_CONST: case T_IMPORT:
            takes = peek(ps, 0)->kind != T_LPAREN;
            if (t->kind == T_TYPE && peek(ps, 0)->kind == T_IDENT && peek(ps, 1)->kind != T_ASSIGN) allowed = PRAG_TYPE;
            break;
        case T_IDENT: case T_STRING: case T_PERIOD:
            takes = spec_start;
            if (takes && ps->group_kind == T_TYPE && t->kind == T_IDENT && peek(ps, 0)->kind != T_ASSIGN)
                allowed = PRAG_TYPE;
            break;
        default:
            break;
        }
        if (!takes) {
            parse_error_at(ps, x->pos, "misplaced compiler directive");
        } else if (cls & ~allowed) {
            Node *late = mk(N_BAD, x->pos);
            ps->late_dirs = lpush(ps->late_dirs, late);
        }
    }
}

Token *feed_next(ParseState *ps) {
    /* the token lives in the AST pool: bison's value stack holds pointers */
    Token *tp = ast_alloc_raw(sizeof(Token));
    if (ps->buf_head < ps->buf_len) {
        *tp = ps->buf[ps->buf_head];
        if (tp->kind != T_EOF) ps->buf_head++;
        if (ps->buf_head == ps->buf_len) ps->buf_head = ps->buf_len = 0;
    } else {
        do *tp = lex_note(ps);
        while (tp->kind == T_ILLEGAL);
    }
    Token *const t = tp;
    check_directives(ps, t);
    switch (t->kind) {
    case T_FOR: case T_IF: case T_SWITCH: case T_SELECT:
        ps->loophack = 1;
        break;
    case T_LPAREN:
        if (ps->prev_kind == T_TYPE || ps->prev_kind == T_VAR || ps->prev_kind == T_CONST || ps->prev_kind == T_IMPORT) {
            ps->group_kind = ps->prev_kind;
            ps->group_depth = ps->nest_len + 1;
        }
        push_nest(ps, '(', ps->prev_kind == T_TYPE);
        ps->loophack = 0;
        break;
    case T_LBRACK: {
        bool after_type_name = ps->prev_kind == T_IDENT &&
                  (ps->prev2_kind == T_TYPE ||
                   ((ps->prev2_kind == T_LPAREN || ps->prev2_kind == T_SEMI) && in_type_group(ps)));
        push_nest(ps, '[', false);
        ps->loophack = 0;
        if (after_type_name && decide_tparams(ps)) t->rune = -1; /* marks TPLBRACK, see feed_token_code */
        break;
    }
    case T_LBRACE:
        if (ps->loophack == 1) {
            ps->loophack = 0;
            t->rune = -1; /* marks LBODY */
        }
        push_nest(ps, '{', false);
        break;
    case T_RPAREN:
        pop_nest(ps, '(');
        if (ps->nest_len < ps->group_depth) ps->group_kind = 0;
        break;
    case T_RBRACK: pop_nest(ps, '['); break;
    case T_RBRACE: pop_nest(ps, '{'); break;
    case T_COLON:
        ps->last_colon = t->pos;
        break;
    default:
        break;
    }
    if (ps->nest_len > PARSE_MAX_NEST && !ps->too_deep) {
        ps->too_deep = true;
        parse_error_at(ps, t->pos, "syntax error: too many nested brackets (limit 2000)");
    }
    ps->prev3_kind = ps->prev2_kind;
    ps->prev2_kind = ps->prev_kind;
    ps->prev_kind = (int)t->kind;
    ps->last = t;
    return t;
}

Token *feed_peek(ParseState *ps) { return peek(ps, 0); }

void feed_relbody(ParseState *ps, int was_lbody) {
    if (was_lbody) ps->loophack = 1;
}

int feed_token_code(ParseState *ps, const Token *t) {
    (void)ps;
    if (ps->too_deep) return YYEOF;
    switch (t->kind) {
    case T_EOF: return YYEOF;
    case T_ILLEGAL: return YYUNDEF;
    case T_IDENT: return NAME;
    case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR: case T_STRING: return LITERAL;
    case T_ADD: return PLUS;
    case T_SUB: return MINUS;
    case T_MUL: return STAR;
    case T_QUO: return SLASH;
    case T_REM: return PERCENT;
    case T_AND: return AMP;
    case T_OR: return OR;
    case T_XOR: return XOR;
    case T_SHL: return LSH;
    case T_SHR: return RSH;
    case T_AND_NOT: return ANDNOT;
    case T_ADD_ASSIGN: case T_SUB_ASSIGN: case T_MUL_ASSIGN: case T_QUO_ASSIGN: case T_REM_ASSIGN:
    case T_AND_ASSIGN: case T_OR_ASSIGN: case T_XOR_ASSIGN: case T_SHL_ASSIGN: case T_SHR_ASSIGN:
    case T_AND_NOT_ASSIGN:
        return ASOP;
    case T_LAND: return ANDAND;
    case T_LOR: return OROR;
    case T_ARROW: return ARROW;
    case T_INC: return INC;
    case T_DEC: return DEC;
    case T_EQL: return EQ;
    case T_LSS: return LT;
    case T_GTR: return GT;
    case T_ASSIGN: return ASSIGN;
    case T_NOT: return NOT;
    case T_TILDE: return TILDE;
    case T_NEQ: return NE;
    case T_LEQ: return LE;
    case T_GEQ: return GE;
    case T_DEFINE: return DEFINE;
    case T_ELLIPSIS: return DDD;
    case T_LPAREN: return LPAREN;
    case T_LBRACK: return t->rune == -1 ? TPLBRACK : LBRACK;
    case T_LBRACE: return t->rune == -1 ? LBODY : LBRACE;
    case T_COMMA: return COMMA;
    case T_PERIOD: return DOT;
    case T_RPAREN: return RPAREN;
    case T_RBRACK: return RBRACK;
    case T_RBRACE: return RBRACE;
    case T_SEMI: return SEMI;
    case T_COLON: return COLON;
    case T_BREAK: return BREAK;
    case T_CASE: return CASE;
    case T_CHAN: return CHAN;
    case T_CONST: return CONST;
    case T_CONTINUE: return CONTINUE;
    case T_DEFAULT: return DEFAULT;
    case T_DEFER: return DEFER;
    case T_ELSE: return ELSE;
    case T_FALLTHROUGH: return FALLTHROUGH;
    case T_FOR: return FOR;
    case T_FUNC: return FUNC;
    case T_GO: return GO;
    case T_GOTO: return GOTO;
    case T_IF: return IF;
    case T_IMPORT: return IMPORT;
    case T_INTERFACE: return INTERFACE;
    case T_MAP: return MAP;
    case T_PACKAGE: return PACKAGE;
    case T_RANGE: return RANGE;
    case T_RETURN: return RETURN;
    case T_SELECT: return SELECT;
    case T_STRUCT: return STRUCT;
    case T_SWITCH: return SWITCH;
    case T_TYPE: return TYPE;
    case T_VAR: return VAR;
    default: return YYUNDEF;
    }
}

/*
 * Error recovery.  After a grammar error bison pops its stack to the
 * innermost statement list (`stmt: error`) or to the top level
 * (`xdecl: error`) and calls feed_recover; gc's recursive descent instead
 * skips tokens right where it is (advance) and goes on.  The skipping below
 * makes the tokens bison sees next match what gc's parser looks at after its
 * advance, so that the errors that follow are the ones gc reports:
 *   RESYNC_STMT: the error was inside brackets opened after the statement
 *     began (an argument list, a composite literal, a header): skip to the
 *     first closing bracket or statement keyword, as advance(")", "]", "}")
 *     with gc's stopset.  A closer of the kind of one of those brackets is
 *     taken by it (dropped); another one closes the statement list.  At a
 *     keyword gc's statement list reports "unexpected K at end of
 *     statement", and the keyword starts the next statement.
 *   RESYNC_TOP: outside function bodies: skip to the next declaration
 *     keyword that starts a line outside brackets, as gc's top-level
 *     advance(import, const, type, var, func).
 *   RESYNC_HEADER: in an if/switch/for header: skip to the body's '{' (or a
 *     '}' or statement keyword), as gc's header() does, and hand the body
 *     to bison as a block statement (after a ';'), so that errors inside
 *     it are still found; an `else` after it becomes a ';'.
 *   a token that cannot start a statement where one starts (`else` on its
 *     own line): gc's statement list stops, the block wants '}' and skips
 *     that token: the block closes (a synthetic '}' replaces the token).
 * An error at statement level itself (e.g. "at end of statement") needs no
 * skipping of ours: bison's own discarding up to ';' or '}' is gc's.
 */
enum { RESYNC_NONE, RESYNC_STMT, RESYNC_TOP, RESYNC_HEADER };

static bool is_stmt_keyword(TokKind k) {
    switch (k) {
    case T_BREAK: case T_CONST: case T_CONTINUE: case T_DEFER: case T_FALLTHROUGH: case T_FOR:
    case T_GO: case T_GOTO: case T_IF: case T_RETURN: case T_SELECT: case T_SWITCH: case T_TYPE:
    case T_VAR:
        return true;
    default:
        return false;
    }
}

static bool is_decl_keyword(TokKind k) {
    return k == T_FUNC || k == T_VAR || k == T_CONST || k == T_TYPE || k == T_IMPORT;
}

bool feed_recover(ParseState *ps, int depth, bool top) {
    /* bison re-enters the error rule while it discards tokens: only the
     * first entry after a detected error starts a recovery */
    if (getenv("GOSUB_PARSE_DEBUG")) fprintf(stderr, "debug: recover depth=%d top=%d nest=%d la=%s det=%d rec=%d\n", depth, top, ps->nest_len, tok_string(ps->last), ps->ndetected, ps->nrecovered);
    if (ps->nrecovered == ps->ndetected) return false;
    ps->nrecovered = ps->ndetected;
    /* progress: a lookahead a recovery of ours already handed back is left
     * to bison's discarding */
    if (ps->last == ps->recover_tok) return false;
    ps->recover_tok = ps->last;
    ps->pushback = NULL;
    ps->resync_la = NULL;
    if (top) {
        ps->resync_la = ps->last;
        ps->resync = RESYNC_TOP;
        /* brackets open here, the lookahead's included (fed already) */
        ps->resync_depth = ps->nest_len;
        return true;
    }
    if (ps->err_stmt_start && ps->nest_len > 0 && ps->nest[ps->nest_len - 1].kind == '{') {
        ps->resync = RESYNC_NONE;
        Token *rb = ast_alloc_raw(sizeof(Token));
        *rb = *ps->last;
        rb->kind = T_RBRACE;
        rb->text = STR_LIT("}");
        pop_nest(ps, '{');
        ps->pushback = rb;
        return true;
    }
    if (ps->err_in_header) {
        ps->resync = RESYNC_HEADER;
        ps->resync_la = ps->last;
        return true;
    }
    if (ps->nest_len <= depth || ps->err_stmt_end) {
        ps->resync = RESYNC_NONE;
        return false;
    }
    ps->resync = RESYNC_STMT;
    ps->resync_la = ps->last;
    ps->resync_nopen = 0;
    for (int i = depth; i < ps->nest_len && ps->resync_nopen < (int)sizeof ps->resync_open; i++)
        ps->resync_open[ps->resync_nopen++] = ps->nest[i].kind;
    return true;
}

/* a ';' bison gets before ps->pushback */
static Token *synthetic_semi(const Token *before) {
    Token *s = ast_alloc_raw(sizeof(Token));
    *s = *before;
    s->kind = T_SEMI;
    s->text = STR_LIT(";");
    return s;
}

static char opener_of(TokKind k) {
    return k == T_RPAREN ? '(' : k == T_RBRACK ? '[' : '{';
}

Token *feed_next_recovering(ParseState *ps) {
    for (;;) {
        Token *t;
        TokKind prev = ps->last ? ps->last->kind : T_EOF;
        bool fresh = true; /* not seen by the bracket counting yet */
        if (ps->pushback) {
            t = ps->pushback;
            ps->pushback = NULL;
            return t;
        }
        if (ps->resync_la) {
            t = ps->resync_la;
            ps->resync_la = NULL;
            prev = T_EOF; /* not known: the lookahead never starts a declaration here */
            fresh = false;
        } else {
            t = feed_next(ps);
            /* the body of a recovered header: `} else` */
            if (ps->else_next) {
                ps->else_next = false;
                if (t->kind == T_ELSE) return synthetic_semi(t);
            }
            if (ps->else_depth > 0) {
                if (t->kind == T_LBRACE) ps->else_depth++;
                else if (t->kind == T_RBRACE && --ps->else_depth == 0) ps->else_next = true;
            }
        }
        if (ps->resync == RESYNC_NONE || t->kind == T_EOF) {
            ps->resync = RESYNC_NONE;
            /* gc's statement list: a statement ends at ';' or before '}' */
            if ((t->kind == T_CASE || t->kind == T_DEFAULT) && prev != T_SEMI && prev != T_COLON &&
                prev != T_LBRACE && prev != T_EOF)
                parse_error_at(ps, t->pos, arena_printf("syntax error: unexpected %s at end of statement", tok_string(t)));
            return t;
        }
        if (ps->resync == RESYNC_HEADER) {
            if (t->kind == T_LBRACE) {
                ps->resync = RESYNC_NONE;
                Token *b = ast_alloc_raw(sizeof(Token));
                *b = *t;
                b->rune = 0; /* a block statement's '{', not LBODY */
                ps->pushback = b;
                ps->else_depth = 1;
                ps->else_next = false;
                return synthetic_semi(t);
            }
            if (t->kind == T_RBRACE) {
                ps->resync = RESYNC_NONE;
                return t;
            }
            if (fresh && is_stmt_keyword(t->kind)) {
                ps->resync = RESYNC_NONE;
                ps->pushback = t;
                return synthetic_semi(t);
            }
            continue;
        }
        if (ps->resync == RESYNC_TOP) {
            if (!fresh) continue; /* counted in nest_len already */
            if (t->kind == T_LPAREN || t->kind == T_LBRACK || t->kind == T_LBRACE) ps->resync_depth++;
            else if ((t->kind == T_RPAREN || t->kind == T_RBRACK || t->kind == T_RBRACE) && ps->resync_depth > 0)
                ps->resync_depth--;
            else if (ps->resync_depth == 0 && prev == T_SEMI && is_decl_keyword(t->kind)) {
                ps->resync = RESYNC_NONE;
                ps->pushback = t;
                return synthetic_semi(t);
            }
            continue;
        }
        /* RESYNC_STMT */
        if (t->kind == T_RPAREN || t->kind == T_RBRACK || t->kind == T_RBRACE) {
            ps->resync = RESYNC_NONE;
            char open = opener_of(t->kind);
            for (int i = 0; i < ps->resync_nopen; i++)
                if (ps->resync_open[i] == open) goto next; /* taken by that bracket's construct */
            return t;
        }
        /* a keyword where a case clause should start: gc's clause parser
         * skips it (to ':', case, default or '}') */
        if (is_stmt_keyword(t->kind) && (fresh || !ps->err_clause_start)) {
            ps->resync = RESYNC_NONE;
            parse_error_at(ps, t->pos, arena_printf("syntax error: unexpected %s at end of statement", tok_string(t)));
            ps->pushback = t;
            return synthetic_semi(t);
        }
    next:;
    }
}
