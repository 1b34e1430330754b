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
        do t = lex_next(ps->lx);
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

static void pop_nest(ParseState *ps) {
    if (ps->nest_len == 0) return; /* unbalanced: the grammar reports it */
    ps->nest_len--;
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

Token *feed_next(ParseState *ps) {
    /* the token lives in the AST pool: bison's value stack holds pointers */
    Token *tp = ast_alloc_raw(sizeof(Token));
    if (ps->buf_head < ps->buf_len) {
        *tp = ps->buf[ps->buf_head];
        if (tp->kind != T_EOF) ps->buf_head++;
        if (ps->buf_head == ps->buf_len) ps->buf_head = ps->buf_len = 0;
    } else {
        do *tp = lex_next(ps->lx);
        while (tp->kind == T_ILLEGAL);
    }
    Token *const t = tp;
    switch (t->kind) {
    case T_FOR: case T_IF: case T_SWITCH: case T_SELECT:
        ps->loophack = 1;
        break;
    case T_LPAREN:
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
    case T_RPAREN: case T_RBRACK: case T_RBRACE:
        pop_nest(ps);
        break;
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
