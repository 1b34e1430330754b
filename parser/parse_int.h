/*
 * parse_int.h: what the bison grammar (parser.y), the token feed
 * (parse_lex.c), the tree builders (parse_build.c) and the syntax-error
 * wording (parse_err.c) share.  Private to parser/.
 *
 * ParseState is the whole state of one parse (the parser is pure: no
 * globals).  The token feed sits between lexer.h and bison and does three
 * jobs a plain LALR(1) grammar cannot:
 *   - the brace rule: a '{' at statement-header level (after if/for/switch/
 *     select, outside any ( [ or literal braces) is sent as LBODY, the block
 *     opener; elsewhere '{' is LBRACE.  Rules that may legitimately consume
 *     LBODY inside a header (composite literals of literal types, struct and
 *     interface types, function literals) call feed_relbody() when they
 *     close, so that the following '{' is LBODY again;
 *   - `type Name [` : decides, by scanning ahead to the matching ']' with
 *     gc's rules, whether '[' opens a type parameter list (sent as
 *     TPLBRACK) or an array/slice type (LBRACK);
 *   - nesting limit: more than PARSE_MAX_NEST open brackets is an error.
 */
#ifndef GOSUB_PARSE_INT_H
#define GOSUB_PARSE_INT_H

#include "parser/ast.h"

/* Short names inside parser/, prefixed symbols outside (STYLE: parse_). */
#define feed_init parse_feed_init
#define feed_next parse_feed_next
#define feed_next_recovering parse_feed_next_recovering
#define feed_recover parse_feed_recover
#define feed_peek parse_feed_peek
#define feed_relbody parse_feed_relbody
#define feed_token_code parse_feed_token_code
#define header_cond parse_header_cond
#define lconcat parse_lconcat
#define list1 parse_list1
#define lpush parse_lpush
#define mk parse_mk
#define mk_binary parse_mk_binary
#define mk_call parse_mk_call
#define mk_callstmt parse_mk_callstmt
#define mk_ident parse_mk_ident
#define mk_lit parse_mk_lit
#define mk_switch parse_mk_switch
#define mk_unary parse_mk_unary
#define node_string parse_node_string
#define params_finish parse_params_finish
#define start_pos parse_start_pos
#define unparen parse_unparen

#define PARSE_MAX_NEST 2000

typedef struct ParseState {
    Lexer *lx;
    int file;
    Node *file_node;

    /* look-ahead buffer of raw lexer tokens (ring not needed: reset when
     * drained) */
    Token *buf;
    int buf_head, buf_len, buf_cap;

    /* bracket nesting: one entry per open ( [ {, holding the brace-rule
     * flag to restore when it closes and what kind of bracket it is */
    struct Nest {
        char kind;     /* '(' '[' '{' */
        char loophack; /* flag saved at the open */
        char tgroup;   /* this '(' opened a `type (` group */
    } *nest;
    int nest_len, nest_cap;
    int loophack;       /* 1: the next '{' at this level is LBODY */
    int prev_kind;      /* TokKind of the last token sent, or -1 */
    int prev2_kind;     /* the one before */
    int prev3_kind;     /* and the one before that */
    Token *last;        /* last token sent to bison */
    Pos last_colon;     /* position of the last ':' sent */
    bool too_deep;

    int nsyntax;        /* errors reported by the parser */
    int nhard;          /* of those, "syntax error: ..." ones (gc: no type checking after them) */
    int last_syntax_line; /* line of the last "syntax error" (gc: one per line) */
    /* error recovery (parse_lex.c, feed_recover) */
    int ndetected;      /* grammar errors bison detected (yyreport_syntax_error calls) */
    int nrecovered;     /* ndetected when the last recovery started */
    int resync;         /* RESYNC_*: how tokens are skipped after an error */
    int resync_depth;   /* RESYNC_TOP: brackets opened while skipping */
    Token *resync_la;   /* the lookahead bison dropped, examined first */
    char resync_open[16]; /* RESYNC_STMT: the brackets open beyond the resume point */
    int resync_nopen;
    Token *pushback;    /* a token to hand bison after a synthetic ';' */
    Token *recover_tok; /* the lookahead when the last recovery started */
    int dir_next;       /* lexer directives (//go:) already placed (check_directives) */
    int group_kind;     /* T_TYPE/T_VAR/T_CONST/T_IMPORT inside `kw (`, else 0 */
    int group_depth;    /* nest_len inside that group's '(' */
    NodeList late_dirs; /* misplaced directives a declaration took (N_FILE's list3) */
    bool err_in_header; /* the last grammar error was in an if/switch/for header */
    bool err_stmt_start; /* ... or where a statement starts (see yyreport_syntax_error) */
    bool err_stmt_end;   /* ... or after a whole statement */
    bool err_clause_start; /* ... or where a case clause starts */
    int else_depth;     /* > 0: inside the body of a header recovered from (RESYNC_HEADER) */
    bool else_next;     /* that body just closed: an `else` next is dropped */
    Pos *errpos;        /* positions of the errors the scanner and parser reported */
    int nerrpos, caperrpos;
    bool last_bodyless_func; /* the last top-level declaration was `func f()` without body */
    bool in_file_decls;      /* parsing top-level declarations */
} ParseState;

/* parse_lex.c */
void feed_init(ParseState *ps, int file);
Token *feed_next(ParseState *ps); /* next token for bison (pool copy), LBODY/TPLBRACK decided */
/* feed_next with error recovery: skips what feed_recover asked to skip */
Token *feed_next_recovering(ParseState *ps);
/* After a grammar error, the parser resumes (an `error` rule) where `depth`
 * brackets are open (statement list, or top level when top): decides how
 * tokens are skipped; true when bison must drop its lookahead (yyclearin). */
bool feed_recover(ParseState *ps, int depth, bool top);
Token *feed_peek(ParseState *ps); /* the token after the last one sent */
void feed_relbody(ParseState *ps, int opener_kind); /* see above */
int feed_token_code(ParseState *ps, const Token *t); /* bison token number of t */

/* ast.c: pool memory that the caller fills completely (not zeroed) */
void *ast_alloc_raw(size_t n);

/* parse_build.c: tree builders used by grammar actions */
Node *mk(NodeKind k, Pos pos);
Node *mk_ident(const Token *t);
Node *mk_lit(const Token *t);
Node *mk_binary(const Token *op, Node *x, Node *y);
Node *mk_unary(const Token *op, Node *x);
NodeList list1(Node *n);
NodeList lpush(NodeList l, Node *n);
NodeList lconcat(NodeList a, NodeList b);
Node *mk_call(Node *fun, Pos lparen, NodeList args, bool dots);
/* Parameter lists arrive as one N_FIELD per entry (name and/or type, see
 * parser.y); this groups `a, b int` and checks gc's naming rules. */
NodeList params_finish(ParseState *ps, NodeList raw, bool require_names);
/* Statement headers */
Node *header_cond(ParseState *ps, Node *stmt, int keyword);
Node *mk_switch(ParseState *ps, Node *init, Node *tag); /* pos left for the caller */
Node *mk_callstmt(ParseState *ps, NodeKind k, const Token *kw, Node *x);
Node *unparen(Node *n);
Pos start_pos(Node *n); /* leftmost position of an expression (gc's StartPos) */
Str node_string(Node *n); /* gc's syntax.String rendering (for messages) */

/* parse_err.c */
/* tok: the unexpected token; expected: names of the tokens bison would
 * accept (bison's aliases, e.g. "name", ",", "{ (block)"); stack: the
 * grammar symbols on the parse stack, bottom first. */
void parse_syntax_error(ParseState *ps, const Token *tok, const char **expected, int nexpected,
                        const char **stack, int nstack);
void parse_error_at(ParseState *ps, Pos pos, const char *msg);
void parse_note_error(ParseState *ps, Pos pos); /* an error at pos (for NF_BODYERR) */

#endif
