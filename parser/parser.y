/*
 * parser.y: Go 1.19's grammar (with generics) as a bison LALR(1) grammar,
 * building the tree of ast.h.
 *
 * How the grammar gets around Go not being LALR(1):
 *   - Types and expressions overlap (`*T`, `T(x)`, `[]int{...}`).  Types
 *     have their own nonterminal (ntype) where only a type may appear;
 *     in expressions, as in gc, every type literal is also an operand
 *     ([]byte(s), interface{ M() }.M, or an error the checker reports),
 *     `*T` is a unary '*' (N_STAR either way) and `<-chan T` a receive
 *     re-associated into a channel type when its operand is one.
 *   - Composite literals in statement headers (`if x == T{} {`): the token
 *     feed sends the header's block '{' as LBODY (see parse_int.h); a
 *     TypeName{...} literal only accepts LBRACE, literal types
 *     ([]T{...}, map[K]V{...}, struct{...}{...}) accept either, as the spec
 *     allows, and re-arm LBODY when they close (feed_relbody).
 *   - `name [` in a parameter list or struct field is an array type
 *     (`a [4]int`) or an instantiated type (`T[int]`): both start with the
 *     same bracket list, so the grammar parses `sym '[' list ']'` and
 *     decides by whether a type follows (gc's arrayOrTArgs).  In struct
 *     fields the rules are disjoint; in parameter lists preferring the
 *     shift of '[' over reducing `sym` to a type name is an expected
 *     shift/reduce conflict.
 *   - `type T[P any]` vs `type T [N]int`: decided in the token feed, which
 *     sends TPLBRACK for a type parameter list (gc's extractName rules).
 *   - Parameter lists are parsed entry by entry (a name, a type, or both)
 *     and grouped afterwards (params_finish), as gc does.
 * The remaining shift/reduce conflicts are explained at %expect below.
 *
 * Positions are cmd/compile/internal/syntax's: each action sets pos from
 * the token gc uses (operator, '(', '[', '.', '{', ':' of key-value and of
 * labels, keyword of statements, name of specs).  Syntax errors are worded
 * as gc's (parse_err.c).  After one, the parse goes on from the innermost
 * statement list (`stmt: error`) or, outside function bodies, from the next
 * top-level declaration (`xdecl: error`): the tokens still inside brackets
 * opened deeper than that point are skipped (yylex, resync_depth), as gc's
 * advance() skips to the closing bracket or the next statement, so that
 * later errors are reported as gc reports them (at most one per line; the
 * tree is dropped: no type checking after a syntax error).  When the feed
 * takes over the skipping, bison's "3 tokens before the next error
 * message" rule is lifted (yyerrok): gc has none.
 */
%define api.pure full
%locations
%define parse.error custom
/* Default reductions only in consistent states: an error is then found in
 * the state that rejects the token (before reductions it could not
 * justify), which parse_err.c's wording relies on; and the states after a
 * closing '}' still reduce without reading ahead, which feed_relbody
 * relies on.  (LAC would do the former but costs 15% of parse time.) */
%define lr.default-reduction consistent
%param {ParseState *ps}
/* 11 shift/reduce conflicts, all resolved by shifting, which is what gc's
 * recursive descent does (its type parsing is greedy):
 *   - `sym [` in a parameter list (`[]`, `[...]`, `[list]` and the bare
 *     instantiation): see the top comment;
 *   - a type used as an operand ([]T, func(...) R, chan T, ...) that could
 *     end where the next token could also continue it: '[' (a generic
 *     instantiation or an array result type continues the type), '.'
 *     (chan pkg.T), '<-' (func() <-chan T), and in statement headers the
 *     block '{' after a literal type or a func type (a composite literal
 *     or a function literal body, as the spec's brace rule allows).
 * bison -Wcounterexamples shows each; the count is exact. */
%expect 11

%code requires {
#include "parser/parse_int.h"
#define yyparse parse_yyparse_impl /* no unprefixed global */
#define YYLTYPE Pos
#define YYLTYPE_IS_DECLARED 1

}

%code {
#include <stdio.h>
#include <string.h>

#define YYMAXDEPTH 10000 /* bounds tree depth for the recursive stages after us */
#define YYINITDEPTH 400
#define YYLLOC_DEFAULT(Cur, Rhs, N)                      \
    do {                                                 \
        if (N) (Cur) = YYRHSLOC(Rhs, 1);                 \
        else (Cur) = YYRHSLOC(Rhs, 0);                   \
    } while (0)
#define YYLOCATION_PRINT(File, Loc) ((void)0)

static int yylex(YYSTYPE *lval, YYLTYPE *lloc, ParseState *ps);
static void yyerror(YYLTYPE *lloc, ParseState *ps, const char *msg);

#define P(tok) ((tok).pos)
static Node *decl_group(int op, const Token *kw, NodeList specs, bool grouped);
static Pos after_token(ParseState *ps, const Token *t);
static Node *mk_recv_or_chantype(ParseState *ps, const Token *arrow, Node *x);
static void top_decl(ParseState *ps, Node *d);
static NodeList number_consts(NodeList specs);
static Node *mk_field(Node *name, Node *type);
static Node *mk_functype(Pos pos, NodeList params, NodeList results);
static Node *mk_method(ParseState *ps, const Token *lp, NodeList recv, Node *name, Pos tpos, NodeList params, NodeList results);
static Node *mk_block(const Token *lb, NodeList stmts, const Token *rb);
static Node *mk_complit(Node *type, const Token *lb, NodeList elems, const Token *rb);
static Node *mk_index(Node *x, const Token *lb, NodeList idx);
static Node *mk_arraytype(const Token *lb, Node *len, Node *elem);
static Node *mk_array_from_list(ParseState *ps, const Token *lb, NodeList l, Node *elem);
static int open_brackets(const void *top_state);
}

%union {
    Token *t; /* tokens: a copy in the AST pool (keeps the value stack small) */
    Node *n;
    NodeList l;
    int i;
}

%token <t> NAME "name" LITERAL "literal"
%token <t> ASOP "op=" INC "++" DEC "--" DEFINE ":=" ASSIGN "="
%token <t> OROR "||" ANDAND "&&" EQ "==" NE "!=" LT "<" LE "<=" GT ">" GE ">="
%token <t> PLUS "+" MINUS "-" OR "|" XOR "^" STAR "*" SLASH "/" PERCENT "%"
%token <t> AMP "&" LSH "<<" RSH ">>" ANDNOT "&^" ARROW "<-" NOT "!" TILDE "~"
%token <t> DDD "..." LPAREN "(" LBRACK "[" LBRACE "{" LBODY "{ (block)" TPLBRACK "[ (type parameters)"
%token <t> RPAREN ")" RBRACK "]" RBRACE "}" COMMA "," DOT "." SEMI ";" COLON ":"
%token <t> BREAK "break" CASE "case" CHAN "chan" CONST "const" CONTINUE "continue"
%token <t> DEFAULT "default" DEFER "defer" ELSE "else" FALLTHROUGH "fallthrough"
%token <t> FOR "for" FUNC "func" GO "go" GOTO "goto" IF "if" IMPORT "import"
%token <t> INTERFACE "interface" MAP "map" PACKAGE "package" RANGE "range"
%token <t> RETURN "return" SELECT "select" STRUCT "struct" SWITCH "switch"
%token <t> TYPE "type" VAR "var"

/* Conflict resolution, declared first so that it ranks below every
 * operator: an empty result list (fnres) yields only to '(', which then
 * opens the result list (`func() (int)`), as in gc.  Any other token that
 * can start a result type is shifted too (see %expect). */
%precedence NotParen
%precedence LPAREN

/* Precedence of binary operators, loosest first. */
%left OROR
%left ANDAND
%left EQ NE LT LE GT GE
%left PLUS MINUS OR XOR
%left STAR SLASH PERCENT AMP LSH RSH ANDNOT



%type <n> sym name dotname import_spec vardcl constdcl typedcl xfndcl fndcl fnbody
%type <n> ntype ntype_nb othertype othertype_nb ptrtype recvchantype fntype
%type <n> chan_elem fnret_type gentype structtype interfacetype arg_type dotdotdot
%type <n> tconstraint tterm structdcl embedded embedded_star interfacedcl otag
%type <n> expr uexpr pexpr pexpr_typename pexpr_no_paren expr_or_type oexpr fnliteral
%type <n> complitexpr bare_complitexpr keyval
%type <n> stmt compound_stmt non_dcl_stmt simple_stmt osimple_stmt for_stmt if_stmt
%type <n> if_header switch_header else_part switch_stmt select_stmt case_clause comm_clause range_stmt loop_body
%type <t> lbrace
%type <l> import_specs vardcl_list constdcl_list typedcl_list dcl_names
%type <l> tparam_list tparam_group tp_names
%type <l> arg_list oarg_list fnres expr_list expr_or_type_list
%type <l> keyval_list braced_keyval_list stmt_list case_list comm_list
%type <l> structdcl_list interfacedcl_list names2 common_dcl for_header

%start file

%%

file:
    package_clause imports topdecls
;

package_clause:
    PACKAGE sym SEMI
    {
        Node *f = mk(N_FILE, $1->pos);
        f->name = $2->name;
        f->y = $2;
        ps->file_node = f;
        ps->in_file_decls = true;
    }
;

imports:
    %empty
|   imports import_decl SEMI
;

import_decl:
    IMPORT import_spec
    { top_decl(ps, decl_group(T_IMPORT, $1, list1($2), false)); }
|   IMPORT LPAREN import_specs osemi RPAREN
    { top_decl(ps, decl_group(T_IMPORT, $1, $3, true)); }
|   IMPORT LPAREN RPAREN
    { top_decl(ps, decl_group(T_IMPORT, $1, (NodeList){0}, true)); }
;

import_specs:
    import_spec                      { $$ = list1($1); }
|   import_specs SEMI import_spec    { $$ = lpush($1, $3); }
;

import_spec:
    LITERAL
    {
        $$ = mk(N_IMPORT, $1->pos);
        $$->y = mk_lit($1);
        if ($1->kind != T_STRING) parse_error_at(ps, after_token(ps, $1), "syntax error: import path must be a string");
    }
|   sym LITERAL
    {
        $$ = mk(N_IMPORT, $1->pos);
        $$->x = $1;
        $$->name = $1->name;
        $$->y = mk_lit($2);
        if ($2->kind != T_STRING) parse_error_at(ps, after_token(ps, $2), "syntax error: import path must be a string");
    }
|   DOT LITERAL
    {
        $$ = mk(N_IMPORT, $1->pos);
        $$->x = mk(N_IDENT, $1->pos);
        $$->x->name = STR_LIT(".");
        $$->name = $$->x->name;
        $$->y = mk_lit($2);
        if ($2->kind != T_STRING) parse_error_at(ps, after_token(ps, $2), "syntax error: import path must be a string");
    }
;

topdecls:
    %empty
|   topdecls xdecl SEMI
;

/* error recovery outside function bodies: skip to the `;` that ends the
 * declaration (at bracket depth 0) */

xdecl:
    common_dcl
    {
        for (int i = 0; i < $1.len; i++) top_decl(ps, $1.v[i]);
        ps->last_bodyless_func = false;
    }
|   xfndcl
    {
        top_decl(ps, $1);
        ps->last_bodyless_func = $1->body == NULL;
    }
|   error
    { if (feed_recover(ps, open_brackets(yyssp), true)) { yyclearin; yyerrok; } }
;

/* A declaration keyword and its specs: yields a one-element list holding
 * the N_GENDECL (a list so that callers can splice it into statements). */
common_dcl:
    VAR vardcl                                  { $$ = list1(decl_group(T_VAR, $1, list1($2), false)); }
|   VAR LPAREN vardcl_list osemi RPAREN         { $$ = list1(decl_group(T_VAR, $1, $3, true)); }
|   VAR LPAREN RPAREN                           { $$ = list1(decl_group(T_VAR, $1, (NodeList){0}, true)); }
|   CONST constdcl                              { $$ = list1(decl_group(T_CONST, $1, number_consts(list1($2)), false)); }
|   CONST LPAREN constdcl_list osemi RPAREN     { $$ = list1(decl_group(T_CONST, $1, number_consts($3), true)); }
|   CONST LPAREN RPAREN                         { $$ = list1(decl_group(T_CONST, $1, (NodeList){0}, true)); }
|   TYPE typedcl                                { if ($1->directive.len) $2->directive = $1->directive; $$ = list1(decl_group(T_TYPE, $1, list1($2), false)); }
|   TYPE LPAREN typedcl_list osemi RPAREN       { $$ = list1(decl_group(T_TYPE, $1, $3, true)); }
|   TYPE LPAREN RPAREN                          { $$ = list1(decl_group(T_TYPE, $1, (NodeList){0}, true)); }
;

vardcl_list:
    vardcl                         { $$ = list1($1); }
|   vardcl_list SEMI vardcl        { $$ = lpush($1, $3); }
;
constdcl_list:
    constdcl                       { $$ = list1($1); }
|   constdcl_list SEMI constdcl    { $$ = lpush($1, $3); }
;
typedcl_list:
    typedcl                        { $$ = list1($1); }
|   typedcl_list SEMI typedcl      { $$ = lpush($1, $3); }
;

dcl_names:
    sym                            { $$ = list1($1); }
|   dcl_names COMMA sym            { $$ = lpush($1, $3); }
;

vardcl:
    dcl_names ntype
    { $$ = mk(N_VARSPEC, $1.v[0]->pos); $$->list = $1; $$->x = $2; }
|   dcl_names ntype ASSIGN expr_list
    { $$ = mk(N_VARSPEC, $1.v[0]->pos); $$->list = $1; $$->x = $2; $$->list2 = $4; }
|   dcl_names ASSIGN expr_list
    { $$ = mk(N_VARSPEC, $1.v[0]->pos); $$->list = $1; $$->list2 = $3; }
;

constdcl:
    dcl_names
    { $$ = mk(N_CONSTSPEC, $1.v[0]->pos); $$->list = $1; }
|   dcl_names ntype
    { $$ = mk(N_CONSTSPEC, $1.v[0]->pos); $$->list = $1; $$->x = $2; }
|   dcl_names ASSIGN expr_list
    { $$ = mk(N_CONSTSPEC, $1.v[0]->pos); $$->list = $1; $$->list2 = $3; }
|   dcl_names ntype ASSIGN expr_list
    { $$ = mk(N_CONSTSPEC, $1.v[0]->pos); $$->list = $1; $$->x = $2; $$->list2 = $4; }
;

typedcl:
    sym ntype
    { $$ = mk(N_TYPESPEC, $1->pos); $$->name = $1->name; $$->y = $1; $$->x = $2; $$->directive = $1->directive; }
|   sym ASSIGN ntype
    { $$ = mk(N_TYPESPEC, $1->pos); $$->name = $1->name; $$->y = $1; $$->x = $3; $$->flags |= NF_ALIAS; }
|   sym TPLBRACK tparam_list ocomma RBRACK ntype
    { $$ = mk(N_TYPESPEC, $1->pos); $$->name = $1->name; $$->y = $1; $$->list3 = $3; $$->x = $6; }
|   sym TPLBRACK tparam_list ocomma RBRACK ASSIGN ntype
    {
        $$ = mk(N_TYPESPEC, $1->pos); $$->name = $1->name; $$->y = $1; $$->list3 = $3; $$->x = $7;
        $$->flags |= NF_ALIAS;
    }
;

/* ---- type parameters ---- */

tparam_list:
    tparam_group                          { $$ = $1; }
|   tparam_list COMMA tparam_group        { $$ = lconcat($1, $3); }
;

/* `K, V any`: one N_FIELD holding both names. */
tparam_group:
    tp_names tconstraint
    {
        Node *f = mk(N_FIELD, $1.v[0]->pos);
        f->list = $1;
        f->x = $2;
        $$ = list1(f);
    }
;

tp_names:
    sym                        { $$ = list1($1); }
|   tp_names COMMA sym         { $$ = lpush($1, $3); }
;

tconstraint:
    tterm                      { $$ = $1; }
|   tconstraint OR tterm       { $$ = mk_binary($2, $1, $3); }
;

tterm:
    ntype                      { $$ = $1; }
|   TILDE ntype                { $$ = mk_unary($1, $2); }
;

/* ---- functions ---- */

xfndcl:
    FUNC fndcl fnbody
    {
        $$ = $2;
        $$->body = $3;
        if ($3) $$->end = $3->end;
        $$->directive = $1->directive;
    }
;

fndcl:
    sym LPAREN oarg_list RPAREN fnres
    {
        $$ = mk(N_FUNCDECL, $1->pos);
        $$->name = $1->name;
        $$->y = $1;
        $$->x = mk_functype($2->pos, params_finish(ps, $3, false), $5);
    }
|   sym LBRACK tparam_list ocomma RBRACK LPAREN oarg_list RPAREN fnres
    {
        /* gc: a generic function's type starts at its '[' */
        $$ = mk(N_FUNCDECL, $1->pos);
        $$->name = $1->name;
        $$->y = $1;
        $$->list3 = $3;
        $$->x = mk_functype($2->pos, params_finish(ps, $7, false), $9);
        $$->x->list3 = $3;
    }
|   sym LBRACK RBRACK LPAREN oarg_list RPAREN fnres
    {
        parse_error_at(ps, $3->pos, "syntax error: empty type parameter list");
        $$ = mk(N_FUNCDECL, $1->pos);
        $$->name = $1->name;
        $$->y = $1;
        $$->x = mk_functype($2->pos, params_finish(ps, $5, false), $7);
    }
|   LPAREN oarg_list RPAREN sym LPAREN oarg_list RPAREN fnres
    { $$ = mk_method(ps, $1, $2, $4, $5->pos, $6, $8); }
|   LPAREN oarg_list RPAREN sym LBRACK tparam_list ocomma RBRACK LPAREN oarg_list RPAREN fnres
    {
        parse_error_at(ps, $5->pos, "syntax error: method must have no type parameters");
        $$ = mk_method(ps, $1, $2, $4, $9->pos, $10, $12);
    }
;

fnbody:
    %empty                          { $$ = NULL; }
|   LBRACE stmt_list RBRACE         { $$ = mk_block($1, $2, $3); }
;

fntype:
    FUNC LPAREN oarg_list RPAREN fnres
    { $$ = mk_functype($2->pos, params_finish(ps, $3, false), $5); }
;

fnres:
    %empty %prec NotParen           { $$ = (NodeList){0}; }
|   fnret_type                      { $$ = list1(mk_field(NULL, $1)); }
|   LPAREN oarg_list RPAREN         { $$ = params_finish(ps, $2, false); }
;

fnret_type:
    recvchantype | fntype | othertype | ptrtype | dotname | gentype
;

fnliteral:
    FUNC LPAREN oarg_list RPAREN fnres lbrace stmt_list RBRACE
    {
        $$ = mk(N_FUNCLIT, $1->pos);
        $$->x = mk_functype($2->pos, params_finish(ps, $3, false), $5);
        $$->body = mk_block($6, $7, $8);
        $$->end = $8->pos;
        feed_relbody(ps, $6->rune == -1);
    }
;

/* Parameter entries, grouped by params_finish: N_FIELD with list = the
 * name (0 or 1) and x = the type (NULL when only a name/type was given,
 * which params_finish resolves). */
oarg_list:
    %empty                          { $$ = (NodeList){0}; }
|   arg_list ocomma                 { $$ = $1; }
;

arg_list:
    arg_type                        { $$ = list1($1); }
|   arg_list COMMA arg_type         { $$ = lpush($1, $3); }
;

arg_type:
    ntype
    { $$ = mk_field(NULL, $1); $$->pos = @1; /* gc: where the declaration starts (`func` of a func type) */ }
|   sym ntype_nb
    { $$ = mk_field($1, $2); }
|   sym LBRACK RBRACK ntype
    { Node *t = mk(N_SLICETYPE, $2->pos); t->y = $4; $$ = mk_field($1, t); }
|   sym LBRACK DDD RBRACK ntype
    { Node *l = mk(N_ELLIPSIS_LEN, $3->pos); $$ = mk_field($1, mk_arraytype($2, l, $5)); }
|   sym LBRACK expr_or_type_list ocomma RBRACK ntype
    { $$ = mk_field($1, mk_array_from_list(ps, $2, $3, $6)); }
|   sym LBRACK expr_or_type_list ocomma RBRACK
    { $$ = mk_field(NULL, mk_index($1, $2, $3)); $$->pos = $1->pos; }
|   sym dotdotdot
    { $$ = mk_field($1, $2); }
|   dotdotdot
    { $$ = mk_field(NULL, $1); $$->pos = $1->pos; }
;

dotdotdot:
    DDD ntype                       { $$ = mk(N_DOTS, $1->pos); $$->x = $2; }
;

/* ---- types ---- */

ntype:
    ntype_nb
|   LBRACK oexpr RBRACK ntype
    {
        if ($2) $$ = mk_arraytype($1, $2, $4);
        else { $$ = mk(N_SLICETYPE, $1->pos); $$->y = $4; }
    }
|   LBRACK DDD RBRACK ntype
    { $$ = mk_arraytype($1, mk(N_ELLIPSIS_LEN, $2->pos), $4); }
;

/* every type that does not start with '[' */
ntype_nb:
    recvchantype
|   fntype
|   othertype_nb
|   ptrtype
|   dotname
|   gentype
|   LPAREN ntype RPAREN              { $$ = $2; }
;

othertype:
    othertype_nb
|   LBRACK oexpr RBRACK ntype
    {
        if ($2) $$ = mk_arraytype($1, $2, $4);
        else { $$ = mk(N_SLICETYPE, $1->pos); $$->y = $4; }
    }
|   LBRACK DDD RBRACK ntype
    { $$ = mk_arraytype($1, mk(N_ELLIPSIS_LEN, $2->pos), $4); }
;

othertype_nb:
    CHAN chan_elem
    { $$ = mk(N_CHANTYPE, $1->pos); $$->op = CHAN_BOTH; $$->y = $2; }
|   CHAN ARROW ntype
    { $$ = mk(N_CHANTYPE, $1->pos); $$->op = CHAN_SEND; $$->y = $3; }
|   MAP LBRACK ntype RBRACK ntype
    { $$ = mk(N_MAPTYPE, $1->pos); $$->x = $3; $$->y = $5; }
|   structtype
|   interfacetype
;

/* `chan <-chan T` is `chan<- (chan T)`: a chan's element never starts
 * with <- (the arrow binds to the leftmost chan). */
chan_elem:
    fntype | othertype | ptrtype | dotname | gentype
|   LPAREN ntype RPAREN              { $$ = $2; }
;

ptrtype:
    STAR ntype                       { $$ = mk(N_STAR, $1->pos); $$->x = $2; }
;

recvchantype:
    ARROW CHAN ntype                 { $$ = mk(N_CHANTYPE, $1->pos); $$->op = CHAN_RECV; $$->y = $3; }
;

dotname:
    name
|   name DOT sym
    {
        $$ = mk(N_SELECTOR, $2->pos);
        $$->x = $1;
        $$->y = $3;
        $$->name = $3->name;
    }
;

gentype:
    dotname LBRACK expr_or_type_list ocomma RBRACK
    { $$ = mk_index($1, $2, $3); $$->end = $5->pos; }
;

structtype:
    STRUCT lbrace structdcl_list osemi RBRACE
    { $$ = mk(N_STRUCTTYPE, $1->pos); $$->list = $3; $$->end = $5->pos; feed_relbody(ps, $2->rune == -1); }
|   STRUCT lbrace RBRACE
    { $$ = mk(N_STRUCTTYPE, $1->pos); $$->end = $3->pos; feed_relbody(ps, $2->rune == -1); }
;

interfacetype:
    INTERFACE lbrace interfacedcl_list osemi RBRACE
    { $$ = mk(N_INTERFACETYPE, $1->pos); $$->list = $3; $$->end = $5->pos; feed_relbody(ps, $2->rune == -1); }
|   INTERFACE lbrace RBRACE
    { $$ = mk(N_INTERFACETYPE, $1->pos); $$->end = $3->pos; feed_relbody(ps, $2->rune == -1); }
;

lbrace:
    LBRACE | LBODY
;

structdcl_list:
    structdcl                        { $$ = list1($1); }
|   structdcl_list SEMI structdcl    { $$ = lpush($1, $3); }
;

osemi: %empty | SEMI ;
ocomma: %empty | COMMA ;

/* Field declarations.  gc keeps one Field per name; ast.h groups names of
 * one declaration in one N_FIELD (pos: first name). */
structdcl:
    sym ntype_nb otag
    { $$ = mk_field($1, $2); $$->y = $3; }
|   names2 ntype otag
    { $$ = mk(N_FIELD, $1.v[0]->pos); $$->list = $1; $$->x = $2; $$->y = $3; }
|   sym LBRACK RBRACK ntype otag
    { Node *t = mk(N_SLICETYPE, $2->pos); t->y = $4; $$ = mk_field($1, t); $$->y = $5; }
|   sym LBRACK DDD RBRACK ntype otag
    { $$ = mk_field($1, mk_arraytype($2, mk(N_ELLIPSIS_LEN, $3->pos), $5)); $$->y = $6; }
|   sym LBRACK expr_or_type_list ocomma RBRACK ntype otag
    { $$ = mk_field($1, mk_array_from_list(ps, $2, $3, $6)); $$->y = $7; }
|   sym LBRACK expr_or_type_list ocomma RBRACK otag
    {
        $$ = mk_field(NULL, mk_index($1, $2, $3));
        $$->pos = $1->pos;
        $$->flags |= NF_EMBEDDED;
        $$->y = $6;
    }
|   embedded otag
    { $$ = mk_field(NULL, $1); $$->pos = start_pos($1); $$->flags |= NF_EMBEDDED; $$->y = $2; }
|   LPAREN embedded_star RPAREN otag
    {
        parse_error_at(ps, $1->pos, "syntax error: cannot parenthesize embedded type");
        $$ = mk_field(NULL, $2); $$->flags |= NF_EMBEDDED; $$->y = $4;
    }
|   LPAREN STAR embedded_star RPAREN otag
    {
        parse_error_at(ps, $1->pos, "syntax error: cannot parenthesize embedded type");
        Node *s = mk(N_STAR, $2->pos); s->x = $3;
        $$ = mk_field(NULL, s); $$->flags |= NF_EMBEDDED; $$->y = $5;
    }
|   STAR LPAREN embedded_star RPAREN otag
    {
        parse_error_at(ps, $2->pos, "syntax error: cannot parenthesize embedded type");
        Node *s = mk(N_STAR, $1->pos); s->x = $3;
        $$ = mk_field(NULL, s); $$->flags |= NF_EMBEDDED; $$->y = $5;
    }
|   STAR embedded_star otag
    {
        Node *s = mk(N_STAR, $1->pos); s->x = $2;
        $$ = mk_field(NULL, s); $$->pos = $1->pos; $$->flags |= NF_EMBEDDED; $$->y = $3;
    }
;

names2:
    sym COMMA sym                    { $$ = lpush(list1($1), $3); }
|   names2 COMMA sym                 { $$ = lpush($1, $3); }
;

embedded:
    name
|   name DOT sym
    { $$ = mk(N_SELECTOR, $2->pos); $$->x = $1; $$->y = $3; $$->name = $3->name; }
|   name DOT sym LBRACK expr_or_type_list ocomma RBRACK
    {
        Node *s = mk(N_SELECTOR, $2->pos); s->x = $1; s->y = $3; s->name = $3->name;
        $$ = mk_index(s, $4, $5);
    }
;

/* after '*' there is no array-type reading of `name [`: *E[int] */
embedded_star:
    embedded
|   name LBRACK expr_or_type_list ocomma RBRACK
    { $$ = mk_index($1, $2, $3); $$->end = $5->pos; }
;

otag:
    %empty                   { $$ = NULL; }
|   LITERAL                  { $$ = mk_lit($1); }
;

interfacedcl_list:
    interfacedcl                             { $$ = list1($1); }
|   interfacedcl_list SEMI interfacedcl      { $$ = lpush($1, $3); }
;

interfacedcl:
    sym LPAREN oarg_list RPAREN fnres
    {
        $$ = mk(N_FIELD, $1->pos);
        $$->list = list1($1);
        $$->x = mk_functype($2->pos, params_finish(ps, $3, false), $5);
    }
|   tconstraint
    { $$ = mk_field(NULL, $1); $$->pos = start_pos($1); $$->flags |= NF_EMBEDDED; }
;

/* ---- statements ---- */

stmt_list:
    stmt                             { $$ = $1 ? list1($1) : (NodeList){0}; }
|   stmt_list SEMI stmt              { $$ = $3 ? lpush($1, $3) : $1; }
;

stmt:
    %empty                           { $$ = NULL; }
|   error                            { $$ = NULL; if (feed_recover(ps, open_brackets(yyssp), false)) { yyclearin; yyerrok; } }
|   compound_stmt
|   common_dcl
    { $$ = mk(N_DECLSTMT, $1.v[0]->pos); $$->x = $1.v[0]; }
|   non_dcl_stmt
;

compound_stmt:
    LBRACE stmt_list RBRACE          { $$ = mk_block($1, $2, $3); }
;

non_dcl_stmt:
    simple_stmt
|   for_stmt
|   switch_stmt
|   select_stmt
|   if_stmt
|   sym COLON stmt
    {
        $$ = mk(N_LABELED, $2->pos);
        $$->name = $1->name;
        $$->y = $1;
        /* `L: }`: gc's empty statement sits at the token after ':' (the lookahead) */
        $$->x = $3 ? $3 : mk(N_EMPTY, ps->last->pos);
        if (!$3 && (ps->last->kind == T_CASE || ps->last->kind == T_DEFAULT || ps->last->kind == T_EOF))
            parse_error_at(ps, $2->pos, "syntax error: missing statement after label");
    }
|   FALLTHROUGH          { $$ = mk(N_BRANCH, $1->pos); $$->op = T_FALLTHROUGH; }
|   BREAK                { $$ = mk(N_BRANCH, $1->pos); $$->op = T_BREAK; }
|   BREAK sym            { $$ = mk(N_BRANCH, $1->pos); $$->op = T_BREAK; $$->name = $2->name; $$->y = $2; }
|   CONTINUE             { $$ = mk(N_BRANCH, $1->pos); $$->op = T_CONTINUE; }
|   CONTINUE sym         { $$ = mk(N_BRANCH, $1->pos); $$->op = T_CONTINUE; $$->name = $2->name; $$->y = $2; }
|   GOTO sym             { $$ = mk(N_BRANCH, $1->pos); $$->op = T_GOTO; $$->name = $2->name; $$->y = $2; }
|   GO pexpr             { $$ = mk_callstmt(ps, N_GO, $1, $2); }
|   DEFER pexpr          { $$ = mk_callstmt(ps, N_DEFER, $1, $2); }
|   RETURN               { $$ = mk(N_RETURN, $1->pos); }
|   RETURN expr_list     { $$ = mk(N_RETURN, $1->pos); $$->list = $2; }
;

simple_stmt:
    expr
    { $$ = mk(N_EXPRSTMT, $1->pos); $$->x = $1; }
|   expr ASOP expr
    { $$ = mk(N_ASSIGN, $2->pos); $$->op = $2->kind; $$->list = list1($1); $$->list2 = list1($3); }
|   expr_list ASSIGN expr_list
    { $$ = mk(N_ASSIGN, $2->pos); $$->op = T_ASSIGN; $$->list = $1; $$->list2 = $3; }
|   expr_list DEFINE expr_list
    { $$ = mk(N_ASSIGN, $2->pos); $$->op = T_DEFINE; $$->list = $1; $$->list2 = $3; }
|   expr INC
    { $$ = mk(N_INCDEC, $2->pos); $$->op = T_INC; $$->x = $1; }
|   expr DEC
    { $$ = mk(N_INCDEC, $2->pos); $$->op = T_DEC; $$->x = $1; }
|   expr ARROW expr
    { $$ = mk(N_SENDSTMT, $2->pos); $$->x = $1; $$->y = $3; }
;

osimple_stmt:
    %empty             { $$ = NULL; }
|   simple_stmt
;

loop_body:
    LBODY stmt_list RBRACE           { $$ = mk_block($1, $2, $3); }
;

range_stmt:
    expr_list ASSIGN RANGE expr
    {
        $$ = mk(N_RANGE, $3->pos); $$->op = T_ASSIGN; $$->z = $4;
        $$->x = $1.v[0]; if ($1.len > 1) $$->y = $1.v[1];
        if ($1.len > 2) $$->w = $1.v[2]; /* the checker's error (types2: not for channels) */
    }
|   expr_list DEFINE RANGE expr
    {
        $$ = mk(N_RANGE, $3->pos); $$->op = T_DEFINE; $$->z = $4;
        $$->x = $1.v[0]; if ($1.len > 1) $$->y = $1.v[1];
        if ($1.len > 2) $$->w = $1.v[2]; /* the checker's error (types2: not for channels) */
    }
|   RANGE expr
    { $$ = mk(N_RANGE, $1->pos); $$->z = $2; }
;

/* for_header yields [init, cond, post] or [range] */
for_header:
    osimple_stmt SEMI osimple_stmt SEMI osimple_stmt
    {
        $$ = (NodeList){0};
        $$ = lpush($$, $1); $$ = lpush($$, $3 ? header_cond(ps, $3, T_FOR) : NULL); $$ = lpush($$, $5);
        if ($5 && $5->kind == N_ASSIGN && $5->op == T_DEFINE)
            parse_error_at(ps, $5->pos, "syntax error: cannot declare in post statement of for loop");
    }
|   osimple_stmt
    {
        $$ = (NodeList){0};
        $$ = lpush($$, NULL); $$ = lpush($$, $1 ? header_cond(ps, $1, T_FOR) : NULL); $$ = lpush($$, NULL);
    }
|   range_stmt
    { $$ = list1($1); }
;

for_stmt:
    FOR for_header loop_body
    {
        if ($2.len == 1) {
            $$ = $2.v[0];
            $$->pos = $1->pos;
        } else {
            $$ = mk(N_FOR, $1->pos);
            $$->x = $2.v[0]; $$->y = $2.v[1]; $$->z = $2.v[2];
        }
        $$->body = $3;
        $$->end = $3->end;
    }
;

/* The headers are checked as soon as they are complete (at the block's
 * '{'), as gc does, so that their errors come before any in the body.
 * if_header yields the N_IF without its body; switch_header the N_SWITCH
 * or N_TYPESWITCH without its clauses. */
if_header:
    osimple_stmt
    {
        $$ = mk(N_IF, (Pos){0});
        if ($1) $$->y = header_cond(ps, $1, T_IF);
        else parse_error_at(ps, ps->last->pos, "syntax error: missing condition in if statement");
    }
|   osimple_stmt SEMI osimple_stmt
    {
        $$ = mk(N_IF, (Pos){0});
        $$->x = $1;
        if ($3) $$->y = header_cond(ps, $3, T_IF);
        else if (str_eqc($2->text, "newline") || str_eqc($2->text, "EOF"))
            parse_error_at(ps, $2->pos, arena_printf("syntax error: unexpected %.*s, expecting { after if clause",
                                                     $2->text.len, $2->text.p));
        else parse_error_at(ps, $2->pos, "syntax error: missing condition in if statement");
    }
;

switch_header:
    osimple_stmt                   { $$ = mk_switch(ps, NULL, $1); }
|   osimple_stmt SEMI osimple_stmt { $$ = mk_switch(ps, $1, $3); }
;

if_stmt:
    IF if_header loop_body else_part
    {
        $$ = $2;
        $$->pos = $1->pos;
        $$->body = $3;
        $$->z = $4;
        $$->end = $4 ? $4->end : $3->end;
    }
;

else_part:
    %empty                  { $$ = NULL; }
|   ELSE if_stmt            { $$ = $2; }
|   ELSE compound_stmt      { $$ = $2; }
;

switch_stmt:
    SWITCH switch_header LBODY case_list RBRACE
    {
        $$ = $2;
        $$->pos = $1->pos;
        $$->list = $4;
        $$->end = $5->pos;
    }
;

case_list:
    %empty                           { $$ = (NodeList){0}; }
|   case_list case_clause            { $$ = lpush($1, $2); }
;

case_clause:
    CASE expr_or_type_list COLON stmt_list
    { $$ = mk(N_CASECLAUSE, $1->pos); $$->list = $2; $$->list2 = $4; $$->end = $3->pos; /* the colon: gc declares a type switch's clause variable there */ }
|   DEFAULT COLON stmt_list
    { $$ = mk(N_CASECLAUSE, $1->pos); $$->flags |= NF_DEFAULT; $$->list2 = $3; $$->end = $2->pos; }
|   CASE clause_error stmt_list      { $$ = NULL; }
|   DEFAULT clause_error stmt_list   { $$ = NULL; }
;

/* an error in a case header (`case 1` without ':'): gc skips one token
 * and parses the clause's statements */
clause_error:
    error                            { if (feed_recover(ps, open_brackets(yyssp), false)) { yyclearin; yyerrok; } }
;

select_stmt:
    SELECT LBODY comm_list RBRACE
    { $$ = mk(N_SELECT, $1->pos); $$->list = $3; $$->end = $4->pos; }
;

comm_list:
    %empty                           { $$ = (NodeList){0}; }
|   comm_list comm_clause            { $$ = lpush($1, $2); }
;

comm_clause:
    CASE simple_stmt COLON stmt_list
    { $$ = mk(N_COMMCLAUSE, $1->pos); $$->x = $2; $$->list2 = $4; }
|   DEFAULT COLON stmt_list
    { $$ = mk(N_COMMCLAUSE, $1->pos); $$->flags |= NF_DEFAULT; $$->list2 = $3; }
|   CASE clause_error stmt_list      { $$ = NULL; }
|   DEFAULT clause_error stmt_list   { $$ = NULL; }
;

/* ---- expressions ---- */

expr:
    uexpr
|   expr OROR expr        { $$ = mk_binary($2, $1, $3); }
|   expr ANDAND expr      { $$ = mk_binary($2, $1, $3); }
|   expr EQ expr          { $$ = mk_binary($2, $1, $3); }
|   expr NE expr          { $$ = mk_binary($2, $1, $3); }
|   expr LT expr          { $$ = mk_binary($2, $1, $3); }
|   expr LE expr          { $$ = mk_binary($2, $1, $3); }
|   expr GE expr          { $$ = mk_binary($2, $1, $3); }
|   expr GT expr          { $$ = mk_binary($2, $1, $3); }
|   expr PLUS expr        { $$ = mk_binary($2, $1, $3); }
|   expr MINUS expr       { $$ = mk_binary($2, $1, $3); }
|   expr OR expr          { $$ = mk_binary($2, $1, $3); }
|   expr XOR expr         { $$ = mk_binary($2, $1, $3); }
|   expr STAR expr        { $$ = mk_binary($2, $1, $3); }
|   expr SLASH expr       { $$ = mk_binary($2, $1, $3); }
|   expr PERCENT expr     { $$ = mk_binary($2, $1, $3); }
|   expr AMP expr         { $$ = mk_binary($2, $1, $3); }
|   expr ANDNOT expr      { $$ = mk_binary($2, $1, $3); }
|   expr LSH expr         { $$ = mk_binary($2, $1, $3); }
|   expr RSH expr         { $$ = mk_binary($2, $1, $3); }
;

uexpr:
    pexpr
|   STAR uexpr            { $$ = mk(N_STAR, $1->pos); $$->x = $2; }
|   AMP uexpr             { $$ = mk_unary($1, unparen($2)); }
|   PLUS uexpr            { $$ = mk_unary($1, $2); }
|   MINUS uexpr           { $$ = mk_unary($1, $2); }
|   NOT uexpr             { $$ = mk_unary($1, $2); }
|   XOR uexpr             { $$ = mk_unary($1, $2); }
|   TILDE uexpr           { $$ = mk_unary($1, $2); }
|   ARROW uexpr           { $$ = mk_recv_or_chantype(ps, $1, $2); }
;

/* What may be the type of a TypeName{...} literal (gc: a name, a
 * selector, an instantiation): `f() {`, `1 {`, `x.(T) {` never are. */
pexpr_typename:
    name
|   pexpr DOT sym
    { $$ = mk(N_SELECTOR, $2->pos); $$->x = $1; $$->y = $3; $$->name = $3->name; }
|   pexpr LBRACK expr_or_type_list ocomma RBRACK
    { $$ = mk_index($1, $2, $3); $$->end = $5->pos; }
;

pexpr_no_paren:
    LITERAL               { $$ = mk_lit($1); }
|   pexpr_typename
|   pexpr DOT LPAREN expr_or_type RPAREN
    { $$ = mk(N_TYPEASSERT, $2->pos); $$->x = $1; $$->y = $4; }
|   pexpr DOT LPAREN TYPE RPAREN
    { $$ = mk(N_TYPEASSERT, $2->pos); $$->x = $1; }
|   pexpr LBRACK oexpr COLON oexpr RBRACK
    { $$ = mk(N_SLICE, $2->pos); $$->x = $1; $$->y = $3; $$->z = $5; $$->end = $6->pos; }
|   pexpr LBRACK oexpr COLON oexpr COLON oexpr RBRACK
    {
        $$ = mk(N_SLICE, $2->pos); $$->x = $1; $$->y = $3; $$->z = $5; $$->w = $7;
        $$->flags |= NF_SLICE3; $$->end = $8->pos;
        /* gc puts a BadExpr in the missing place: type checking goes on, silently */
        if (!$5) { parse_error_at(ps, $6->pos, "middle index required in 3-index slice"); $$->z = mk(N_BAD, $6->pos); }
        if (!$7) { parse_error_at(ps, $8->pos, "final index required in 3-index slice"); $$->w = mk(N_BAD, $8->pos); }
    }
|   pexpr LPAREN RPAREN
    { $$ = mk_call($1, $2->pos, (NodeList){0}, false); $$->end = $3->pos; }
|   pexpr LPAREN expr_or_type_list ocomma RPAREN
    { $$ = mk_call($1, $2->pos, $3, false); $$->end = $5->pos; }
|   pexpr LPAREN expr_or_type_list DDD ocomma RPAREN
    { $$ = mk_call($1, $2->pos, $3, true); $$->end = $6->pos; }
|   othertype
|   fntype
|   othertype lbrace braced_keyval_list RBRACE
    { $$ = mk_complit($1, $2, $3, $4); feed_relbody(ps, $2->rune == -1); }
|   pexpr_typename LBRACE braced_keyval_list RBRACE
    { $$ = mk_complit($1, $2, $3, $4); }
|   LPAREN expr_or_type RPAREN LBRACE braced_keyval_list RBRACE
    {
        parse_error_at(ps, $4->pos, "syntax error: cannot parenthesize type in composite literal");
        $$ = mk_complit($2, $4, $5, $6);
    }
|   fnliteral
;

pexpr:
    pexpr_no_paren
|   LPAREN expr_or_type RPAREN
    { $$ = mk(N_PAREN, $1->pos); $$->x = $2; $$->end = $3->pos; }
;

/* gc parses types as operands ([]int, func(), struct{}...: conversions,
 * literals, method expressions, and errors like "(type) is not an
 * expression" for the checker), so an expression list also holds types. */
expr_or_type:
    expr
;

braced_keyval_list:
    %empty                           { $$ = (NodeList){0}; }
|   keyval_list ocomma               { $$ = $1; }
;

keyval_list:
    keyval                                   { $$ = list1($1); }
|   bare_complitexpr                         { $$ = list1($1); }
|   keyval_list COMMA keyval                 { $$ = lpush($1, $3); }
|   keyval_list COMMA bare_complitexpr       { $$ = lpush($1, $3); }
;

keyval:
    complitexpr COLON complitexpr
    { $$ = mk(N_KEYVALUE, $2->pos); $$->x = $1; $$->y = $3; }
;

bare_complitexpr:
    expr
|   LBRACE braced_keyval_list RBRACE        { $$ = mk_complit(NULL, $1, $2, $3); }
;

complitexpr:
    expr
|   LBRACE braced_keyval_list RBRACE        { $$ = mk_complit(NULL, $1, $2, $3); }
;

name:
    sym
;

sym:
    NAME                     { $$ = mk_ident($1); $$->directive = $1->directive; }
;

oexpr:
    %empty                   { $$ = NULL; }
|   expr
;

expr_list:
    expr                     { $$ = list1($1); }
|   expr_list COMMA expr     { $$ = lpush($1, $3); }
;


expr_or_type_list:
    expr_or_type                             { $$ = list1($1); }
|   expr_or_type_list COMMA expr_or_type     { $$ = lpush($1, $3); }
;

%%

/* ---- glue ---- */

static int yylex(YYSTYPE *lval, YYLTYPE *lloc, ParseState *ps) {
    Token *t = feed_next_recovering(ps);
    lval->t = t;
    *lloc = t->pos;
    return feed_token_code(ps, t);
}

static void yyerror(YYLTYPE *lloc, ParseState *ps, const char *msg) {
    /* Only reached for bison's own failures (stack exhaustion). */
    parse_error_at(ps, *lloc, "syntax error: program too deeply nested");
    (void)msg;
}

/* Brackets still open on the parse stack (below the top state): openers
 * minus the closers of rules not yet reduced (`func ( ... ) {`). */
static int open_brackets(const void *top_state) {
    const yy_state_t *p = top_state;
    int n = 0;
    for (; *p != 0; p--) {
        switch (YY_ACCESSING_SYMBOL(*p)) {
        case YYSYMBOL_LPAREN: case YYSYMBOL_LBRACK: case YYSYMBOL_TPLBRACK:
        case YYSYMBOL_LBRACE: case YYSYMBOL_LBODY: case YYSYMBOL_lbrace:
            n++;
            break;
        case YYSYMBOL_RPAREN: case YYSYMBOL_RBRACK: case YYSYMBOL_RBRACE:
            n--;
            break;
        default:
            break;
        }
    }
    return n;
}

/* Hands parse_err.c what it needs to word the message as gc: the tokens
 * the current state accepts and the symbols on the stack (bottom first;
 * state 0 is only ever at the bottom). */
static const char *unquote(const char *s) {
    size_t len = strlen(s);
    return (len >= 2 && s[0] == '"') ? arena_strndup(s + 1, len - 2) : s;
}

/* Would the parser, in the configuration `stack[0..n-1]`, eventually shift
 * token `tok`?  Simulates the LR automaton on a copy of the stack (reduce
 * until shift, accept or error), as bison's LAC does, but only when an
 * error is being worded: the LALR lookahead sets bison lists are merged
 * across contexts and too wide for gc's messages. */
static bool sim_accepts(const yy_state_t *stack, int n, int tok) {
    enum { ROOM = 512 };
    yy_state_t *st = arena_alloc(sizeof(yy_state_t) * (size_t)(n + ROOM));
    memcpy(st, stack, sizeof(yy_state_t) * (size_t)n);
    int sp = n - 1;
    for (int steps = 0; steps < ROOM; steps++) {
        int s = st[sp];
        if (s == YYFINAL && tok == YYSYMBOL_YYEOF) return true;
        int rule;
        int yyn = yypact[s];
        if (!yypact_value_is_default(yyn)) {
            yyn += tok;
            if (0 <= yyn && yyn <= YYLAST && yycheck[yyn] == tok) {
                yyn = yytable[yyn];
                if (yyn > 0) return true; /* shift */
                if (yytable_value_is_error(yyn)) return false;
                rule = -yyn;
                goto reduce;
            }
        }
        rule = yydefact[s];
        if (rule == 0) return false;
    reduce:
        sp -= yyr2[rule];
        if (sp < 0) return false;
        {
            int lhs = yyr1[rule] - YYNTOKENS;
            int top = st[sp];
            int g = yypgoto[lhs] + top;
            int next = (0 <= g && g <= YYLAST && yycheck[g] == top) ? yytable[g] : yydefgoto[lhs];
            st[++sp] = (yy_state_t)next;
        }
    }
    return false;
}

static int yyreport_syntax_error(const yypcontext_t *ctx, ParseState *ps) {
    ps->ndetected++;
    /* gc: no "unexpected EOF" after an earlier error (meaningless follow-up) */
    if (ps->last->kind == T_EOF && ps->nerrpos > 0) return 0;
    int depth = 0;
    const yy_state_t *p = ctx->yyssp;
    while (p[-depth] != 0) depth++;
    const yy_state_t *bottom = p - depth;
    const char *names[YYNTOKENS];
    int n = 0;
    for (int t = YYSYMBOL_YYUNDEF + 1; t < YYNTOKENS; t++) /* real tokens; EOF below */
        if (sim_accepts(bottom, depth + 1, t)) names[n++] = unquote(yysymbol_name((yysymbol_kind_t)t));
    if (sim_accepts(bottom, depth + 1, YYSYMBOL_YYEOF)) names[n++] = "end of file";
    const char **stack = arena_alloc(sizeof(char *) * (size_t)(depth + 1));
    for (int i = 0; i <= depth; i++) stack[i] = unquote(yysymbol_name(YY_ACCESSING_SYMBOL(p[i - depth])));
    /* at the start of a statement (after ';' or '{'), a token that cannot
     * start one: gc's statement list ends there and the block wants its '}'.
     * (After a whole statement, top "stmt_list", it is gc's "at end of
     * statement": bison's discarding up to ';' is gc's advance.) */
    ps->err_stmt_start = false;
    ps->err_stmt_end = depth >= 1 && !strcmp(stack[depth], "stmt_list");
    ps->err_clause_start = depth >= 1 && (!strcmp(stack[depth], "case_list") || !strcmp(stack[depth], "comm_list"));
    if (depth >= 2 && ps->last->kind != T_CASE && ps->last->kind != T_DEFAULT &&
        ((!strcmp(stack[depth], ";") && !strcmp(stack[depth - 1], "stmt_list")) || !strcmp(stack[depth], "{") ||
         !strcmp(stack[depth], "{ (block)") || !strcmp(stack[depth], "lbrace")))
        for (int i = 0; i < n; i++)
            if (!strcmp(names[i], "}")) ps->err_stmt_start = true;
    /* in an if/switch/for header: no block opened since the keyword */
    ps->err_in_header = false;
    for (int i = depth; i > 0; i--) {
        const char *s = stack[i];
        if (!strcmp(s, "{") || !strcmp(s, "{ (block)") || !strcmp(s, "lbrace") || !strcmp(s, "stmt_list")) break;
        if (!strcmp(s, "if") || !strcmp(s, "switch") || !strcmp(s, "for")) {
            ps->err_in_header = true;
            break;
        }
    }
    parse_syntax_error(ps, ps->last, names, n, stack + 1, depth);
    return 0;
}

/* `<-x`: a receive, unless x is a channel type: then the arrow belongs to
 * the type (`<-chan T`, and `<-chan<- chan T` re-associates to
 * `<-chan (<-chan T)`), as gc's unaryExpr does. */
static Node *mk_recv_or_chantype(ParseState *ps, const Token *arrow, Node *x) {
    if (x->kind != N_CHANTYPE) return mk_unary(arrow, x);
    int dir = CHAN_SEND;
    Node *t = x;
    while (dir == CHAN_SEND) {
        if (t->kind != N_CHANTYPE) break;
        dir = t->op;
        if (dir == CHAN_RECV) parse_error_at(ps, ps->last->pos, "syntax error: unexpected <-, expecting chan");
        t->op = CHAN_RECV;
        t = t->y;
    }
    if (dir == CHAN_SEND) {
        Str ts = node_string(t);
        parse_error_at(ps, ps->last->pos, arena_printf("syntax error: unexpected %.*s, expecting chan", ts.len, ts.p));
    }
    return x; /* gc keeps the position of the 'chan' here */
}

/* Position of the token after t (gc complains there about t): bison may
 * or may not have read it already as its lookahead. */
static Pos after_token(ParseState *ps, const Token *t) {
    return ps->last == t ? feed_peek(ps)->pos : ps->last->pos;
}

static Node *decl_group(int op, const Token *kw, NodeList specs, bool grouped) {
    Node *d = mk(N_GENDECL, kw->pos);
    d->op = op;
    d->list = specs;
    if (grouped) d->flags |= NF_GROUPED;
    return d;
}

static void top_decl(ParseState *ps, Node *d) {
    Node *f = ps->file_node;
    if (!f) return;
    nodelist_push(&f->list, d);
    if (d->kind == N_GENDECL && d->op == T_IMPORT)
        for (int i = 0; i < d->list.len; i++) nodelist_push(&f->list2, d->list.v[i]);
}

static NodeList number_consts(NodeList specs) {
    for (int i = 0; i < specs.len; i++) specs.v[i]->iota = i;
    return specs;
}

static Node *mk_field(Node *name, Node *type) {
    Node *f = mk(N_FIELD, name ? name->pos : type ? type->pos : (Pos){0});
    if (name) f->list = list1(name);
    f->x = type;
    return f;
}

static Node *mk_functype(Pos pos, NodeList params, NodeList results) {
    Node *t = mk(N_FUNCTYPE, pos);
    t->list = params;
    t->list2 = results;
    return t;
}

static Node *mk_method(ParseState *ps, const Token *lp, NodeList rawrecv, Node *name, Pos tpos, NodeList params,
                       NodeList results) {
    Node *d = mk(N_FUNCDECL, lp->pos);
    d->name = name->name;
    d->y = name;
    NodeList recv = params_finish(ps, rawrecv, false);
    if (recv.len == 0) parse_error_at(ps, name->pos, "method has no receiver");
    else if (recv.len > 1 || recv.v[0]->list.len > 1) parse_error_at(ps, name->pos, "method has multiple receivers");
    if (recv.len) d->w = recv.v[0];
    d->x = mk_functype(tpos, params_finish(ps, params, false), results);
    return d;
}

static Node *mk_block(const Token *lb, NodeList stmts, const Token *rb) {
    Node *b = mk(N_BLOCK, lb->pos);
    b->list = stmts;
    b->end = rb->pos;
    return b;
}

static Node *mk_complit(Node *type, const Token *lb, NodeList elems, const Token *rb) {
    Node *c = mk(N_COMPOSITELIT, lb->pos);
    c->x = type;
    c->list = elems;
    c->end = rb->pos;
    return c;
}

static Node *mk_index(Node *x, const Token *lb, NodeList idx) {
    Node *n = mk(N_INDEX, lb->pos);
    n->x = x;
    n->list = idx;
    return n;
}

static Node *mk_arraytype(const Token *lb, Node *len, Node *elem) {
    Node *t = mk(N_ARRAYTYPE, lb->pos);
    t->x = len;
    t->y = elem;
    return t;
}

static Node *mk_array_from_list(ParseState *ps, const Token *lb, NodeList l, Node *elem) {
    if (l.len != 1) parse_error_at(ps, l.v[1]->pos, "syntax error: unexpected comma; expecting ]");
    return mk_arraytype(lb, l.v[0], elem);
}

int parse_yyparse(ParseState *ps) { return yyparse(ps); }
