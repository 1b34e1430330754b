/*
 * ast.h: the syntax tree the parser builds and every later stage reads.
 *
 * One Node struct for every kind (chibicc style): the kind says which
 * fields are meaningful; the table below documents each.  Nodes come from
 * the AST pool (ast_alloc; see the bottom) and are never freed piecemeal.
 *
 * Positions follow cmd/compile/internal/syntax exactly, because gc prints
 * them in errors and in -m output (checked against go/ast, mapped to gc's
 * conventions, on every file of GOROOT/src):
 *   - binary expressions: the operator;   unary (&x, -x, <-c, *p): the operator
 *   - call f(x): the '(';  index a[i], slice a[i:j], instantiation F[T]: the '['
 *   - selector x.f and type assertion x.(T): the '.'
 *   - composite literal T{...}: the '{'; key: value: the ':'
 *   - func literal: the 'func' keyword; its N_FUNCTYPE (and every func
 *     type): the '(' of the parameters ('[' for a generic function)
 *   - array/slice type: '['; struct, interface, map, chan: the keyword;
 *     <-chan T: the '<-'; ...T: the '...'
 *   - statements: their first token, except: assignments and x++ at the
 *     operator, send at '<-', expression statements at their expression's
 *     position (a call statement at its '('), labeled statements at the ':'
 *   - N_RANGE (which replaces N_FOR for range loops): the 'for'
 *   - N_GENDECL: the keyword; specs: their first name (imports: the local
 *     name or the path); N_FUNCDECL: the token after 'func' (the receiver's
 *     '(' or the name), as gc
 *   - N_FIELD: its first name, or its type's leftmost token
 * `end` is the position of the closing token where recorded: '}' of
 * blocks, function bodies, switch/select, composite literals, struct and
 * interface types; ')' of calls; ']' of index and slice expressions;
 * N_FUNCDECL/N_FUNCLIT/N_IF/N_FOR/N_RANGE: their last '}'.
 *
 * Parser conventions beyond the table:
 *   - parentheses around expressions are kept (N_PAREN), as gc does, except
 *     under & (gc drops them) and around types (`(T)` in a type is T);
 *   - a lone `*x` is N_STAR whether type or dereference;
 *   - as in gc, type literals are operands too: []int, func(int), chan T,
 *     interface{...} may appear wherever an expression may (conversions,
 *     method expressions, or an error the checker reports: "[]int (type)
 *     is not an expression"); `<-chan T` in an expression is an
 *     N_CHANTYPE (dir recv) positioned at its 'chan', as gc does, while in
 *     a type context it is positioned at the '<-';
 *   - type parameters and interface elements: a union is N_BINARY op T_OR,
 *     a ~T term N_UNARY op T_TILDE; N_FIELD groups the names of one
 *     declaration (`K, V any`, `a, b int`);
 *   - N_BRANCH and N_LABELED keep the label's N_IDENT in y as well as name;
 *     `L: }` gets an N_EMPTY statement at the '}';
 *   - empty statements elsewhere (`;;`) are dropped from statement lists;
 *   - a "syntax error: ..." makes parse_file return NULL (no partial trees);
 *     after other errors (bad literals, "expression in go must be function
 *     call") the tree is returned and the driver type-checks it, as gc.
 *
 * The type checker (types/) fills the annotation fields at the bottom;
 * later stages (ir/, escape/, codegen/) may hang their own data on `aux`.
 */
#ifndef GOSUB_AST_H
#define GOSUB_AST_H

#include "lexer/lexer.h"

typedef struct Node Node;

typedef struct NodeList {
    Node **v;
    int len;
} NodeList;

typedef enum NodeKind {
    N_BAD = 0,
    /* ---- expressions ---- */
    N_IDENT,        /* name */
    N_BASICLIT,     /* lit: token kind in op (T_INT, T_FLOAT, T_IMAG, T_CHAR, T_STRING), tok text in name, decoded in sval / rune */
    N_COMPOSITELIT, /* x: type (NULL when elided inside another literal); list: elements (N_KEYVALUE or expr); pos '{' */
    N_KEYVALUE,     /* x: key, y: value; pos ':' */
    N_FUNCLIT,      /* x: N_FUNCTYPE, body: N_BLOCK */
    N_PAREN,        /* x */
    N_SELECTOR,     /* x: operand, name: selected name (y: N_IDENT for it) */
    N_INDEX,        /* x: operand, list: index(es) (several only for generic instantiation) */
    N_SLICE,        /* x: operand, y: low, z: high, w: max (each may be NULL); flags & NF_SLICE3 for a[i:j:k] */
    N_TYPEASSERT,   /* x: operand, y: type; y == NULL for x.(type) in a type switch */
    N_CALL,         /* x: function, list: arguments; flags & NF_DOTS for f(a, b...) */
    N_STAR,         /* x: pointer type *T or dereference *p (the checker decides) */
    N_UNARY,        /* op: T_ADD T_SUB T_NOT T_XOR T_AND T_ARROW T_TILDE; x */
    N_BINARY,       /* op: operator token; x, y */
    /* ---- types ---- */
    N_ARRAYTYPE,  /* x: length (N_ELLIPSIS_LEN for [...]T), y: element */
    N_ELLIPSIS_LEN, /* the "..." in [...]T */
    N_SLICETYPE,  /* y: element */
    N_STRUCTTYPE, /* list: N_FIELD */
    N_FIELD,      /* list: names (N_IDENT; empty for embedded/anonymous), x: type, y: tag (N_BASICLIT) or NULL; flags & NF_EMBEDDED */
    N_FUNCTYPE,   /* list: params (N_FIELD), list2: results (N_FIELD), list3: type parameters (N_FIELD) */
    N_INTERFACETYPE, /* list: N_FIELD for methods (one name, x: N_FUNCTYPE) or embedded elements (no name, x: type/union) */
    N_MAPTYPE,    /* x: key, y: value */
    N_CHANTYPE,   /* y: element; op: 0 both, T_ARROW+1 = send-only (chan<-), T_ARROW+2 = recv-only (<-chan) -- use CHAN_* */
    N_DOTS,       /* ...T in a parameter list: x: element type */
    /* ---- statements ---- */
    N_BLOCK,      /* list: statements; end: position of the closing '}' */
    N_EMPTY,
    N_EXPRSTMT,   /* x */
    N_SENDSTMT,   /* x: channel, y: value; pos '<-' */
    N_INCDEC,     /* x; op T_INC or T_DEC */
    N_ASSIGN,     /* op: T_ASSIGN, T_DEFINE, or T_ADD_ASSIGN...; list: lhs, list2: rhs */
    N_GO,         /* x: call */
    N_DEFER,      /* x: call */
    N_RETURN,     /* list: results */
    N_BRANCH,     /* op: T_BREAK T_CONTINUE T_GOTO T_FALLTHROUGH; name: label or NULL-length (y: its N_IDENT) */
    N_LABELED,    /* name: label (y: its N_IDENT), x: statement; pos: the ':' (gc) */
    N_IF,         /* x: init (may be NULL), y: cond, body: then (N_BLOCK), z: else (N_IF or N_BLOCK or NULL) */
    N_SWITCH,     /* x: init, y: tag (may be NULL), list: N_CASECLAUSE; end: closing '}' */
    N_TYPESWITCH, /* x: init, y: the guard: N_TYPEASSERT with y == NULL; name: bound symbol of `v := x.(type)` or empty; w: N_IDENT of v; list: N_CASECLAUSE */
    N_CASECLAUSE, /* list: expressions or types (empty for default; flags & NF_DEFAULT), list2: body statements */
    N_SELECT,     /* list: N_COMMCLAUSE */
    N_COMMCLAUSE, /* x: comm statement (N_SENDSTMT, N_EXPRSTMT of recv, N_ASSIGN with recv) or NULL for default; list2: body */
    N_FOR,        /* x: init, y: cond, z: post (each may be NULL), body */
    N_RANGE,      /* x: key (may be NULL), y: value (may be NULL), z: range expression, body; op T_DEFINE or T_ASSIGN or 0 (no vars);
                     w: a third iteration variable (an error the checker reports) */
    N_DECLSTMT,   /* x: N_GENDECL */
    /* ---- declarations ---- */
    N_IMPORT,     /* name: local name or empty (x: N_IDENT, "." or "_"), y: path N_BASICLIT */
    N_CONSTSPEC,  /* list: names, x: type or NULL, list2: values (empty: repeat previous), iota: index in group */
    N_VARSPEC,    /* list: names, x: type or NULL, list2: values */
    N_TYPESPEC,   /* name (y: N_IDENT), list3: type params (N_FIELD), x: type; flags & NF_ALIAS for `type A = B` */
    N_GENDECL,    /* op: T_IMPORT T_CONST T_VAR T_TYPE; list: specs; flags & NF_GROUPED when parenthesized */
    N_FUNCDECL,   /* name (y: N_IDENT), w: receiver N_FIELD or NULL, list3: type params, x: N_FUNCTYPE, body: N_BLOCK or NULL (bodyless) */
    N_FILE,       /* name: package name (y: N_IDENT), list: decls (N_GENDECL/N_FUNCDECL in order), list2: imports (N_IMPORT),
                     list3: N_BAD at each //go: directive a declaration took but does not allow (parse_lex.c) */
    N_NUM_KINDS
} NodeKind;

enum {
    NF_DOTS = 1 << 0,     /* call with trailing ... */
    NF_SLICE3 = 1 << 1,   /* 3-index slice */
    NF_EMBEDDED = 1 << 2, /* embedded struct field */
    NF_DEFAULT = 1 << 3,  /* default clause */
    NF_ALIAS = 1 << 4,    /* type alias */
    NF_GROUPED = 1 << 5,  /* parenthesized GenDecl */
    NF_PARENS = 1 << 6,   /* expression was written in parentheses (kept on inner node too) */
    NF_BAD = 1 << 7,      /* N_BASICLIT the scanner rejected (error reported; gc's BasicLit.Bad) */
    NF_BODYERR = 1 << 8,  /* N_BLOCK body of a func decl/literal in which the scanner or parser
                             reported an error: gc then skips its branch checks (funcBody) */
    NF_INSTANTIATED = 1 << 9, /* N_IDENT the checker rewrote from F[T...] to name the instance:
                                 sval keeps the expression as written (messages print it) */
};

enum { CHAN_BOTH = 0, CHAN_SEND = 1, CHAN_RECV = 2 };

struct Type;   /* types/types.h */
struct Object; /* types/types.h */
struct Const;  /* types/types.h: exact constant value */

struct Node {
    NodeKind kind;
    int op;    /* operator token, chan dir, branch kind, literal kind */
    int flags; /* NF_* */
    Pos pos;   /* gc's position for this node (see top comment) */
    Pos end;   /* just past the last token, where recorded */

    Str name;  /* identifiers, selectors, labels, literal source text */
    Str sval;  /* decoded string literal value */
    int32_t rune;
    int iota;  /* N_CONSTSPEC: index in its group; N_TYPESPEC in a function: gc's vargen (types/package.c) */
    Str directive; /* N_FUNCDECL, N_TYPESPEC: "//extern sym" or "//go:..." line(s) before it */

    Node *x, *y, *z, *w;
    Node *body;
    NodeList list, list2, list3;

    /* ---- filled by the type checker ---- */
    struct Type *type;     /* type of an expression, or the type a type expression denotes */
    struct Object *obj;    /* N_IDENT: the object it denotes or declares; N_SELECTOR: field/method/package member */
    struct Const *cval;    /* constant value of a constant expression (after conversion to its type) */
    int tmode;             /* checker's mode of the operand (value, type, constant, builtin, ...), types.h */
    int sel;               /* N_SELECTOR: selection kind and path info, types.h */
    void *tinfo;           /* checker's extra data (e.g. selection path), types.h */

    /* ---- free for later stages ---- */
    void *aux;
};

/* Parse one file (index from file_load/file_add). Errors go to diag_error.
 * Returns the N_FILE node, or NULL when the file had syntax errors. */
Node *parse_file(int file);

/* Stable text dump of an AST (tests and `gosub tool parse -ast`). */
void ast_dump(Node *n, void *FILE_stream);
const char *node_kind_name(NodeKind k);

/* List building.  Nodes and lists come from the AST pool (not the util
 * arena): zeroed, 16-byte aligned, valid until ast_release_all(), which a
 * compilation never calls (only `gosub tool parse`, between files). */
void nodelist_push(NodeList *l, Node *n);
/* Deep copy of a subtree, checker annotations (type, obj, cval, tmode,
 * sel, tinfo) and aux cleared: generic instantiation checks a copy. */
Node *ast_clone(Node *n);
Node *node_new(NodeKind k, Pos pos);
void *ast_alloc(size_t n);
void ast_release_all(void);

#endif
