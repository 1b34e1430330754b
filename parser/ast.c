/*
 * ast.c: building and printing syntax trees.
 *
 * Nodes and lists live in a pool private to the AST (ast_alloc), never freed
 * piecemeal; ast_release_all drops every tree at once (`gosub tool parse`
 * between files).  A NodeList has no capacity field: its backing array is always
 * sized to the next power of two >= len, so nodelist_push regrows exactly
 * when len is 0 or a power of two (amortised O(1), no per-node malloc).
 *
 * ast_dump prints one node per line, indented two spaces per level:
 *     ROLE KIND line:col [attributes]
 * ROLE says which field of the parent holds the node (x, y, z, w, body,
 * list, list2, list3).  The format is stable: golden tests compare it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser/ast.h"
#include "parser/parse_int.h"

/* ---- the node pool ----
 * Chunks are kept for reuse after ast_release_all (a file's worth of pages
 * stays mapped and warm: parsing thousands of files touches no new memory
 * after the largest one).  Allocation is a bump pointer; memory is zeroed
 * on allocation since reused chunks hold old trees. */
typedef struct PoolChunk {
    struct PoolChunk *next;
    size_t size;
    char data[];
} PoolChunk;
static PoolChunk *pool_first, *pool_chunk;
static char *pool_cur, *pool_end;
#define POOL_CHUNK ((size_t)1 << 20)

void *ast_alloc(size_t n) {
    void *p = ast_alloc_raw(n);
    memset(p, 0, (n + 15) & ~(size_t)15);
    return p;
}

void *ast_alloc_raw(size_t n) {
    n = (n + 15) & ~(size_t)15;
    while ((size_t)(pool_end - pool_cur) < n) {
        PoolChunk *next = pool_chunk ? pool_chunk->next : pool_first;
        while (next && next->size < n) next = next->next; /* skip chunks too small for a huge request */
        if (!next) {
            size_t size = n > POOL_CHUNK ? n : POOL_CHUNK;
            next = chunk_alloc(sizeof(PoolChunk) + size + 16);
            next->next = NULL;
            next->size = size;
            if (pool_chunk) {
                next->next = pool_chunk->next;
                pool_chunk->next = next;
            } else {
                next->next = pool_first;
                pool_first = next;
            }
        }
        pool_chunk = next;
        pool_cur = (char *)(((uintptr_t)next->data + 15) & ~(uintptr_t)15);
        pool_end = pool_cur + next->size;
    }
    void *p = pool_cur;
    pool_cur += n;
    return p;
}

void ast_release_all(void) {
    pool_chunk = NULL;
    pool_cur = pool_end = NULL;
}

Node *node_new(NodeKind k, Pos pos) {
    Node *n = ast_alloc(sizeof(Node));
    n->kind = k;
    n->pos = pos;
    return n;
}

void nodelist_push(NodeList *l, Node *n) {
    int len = l->len;
    if (len == 0 || (len & (len - 1)) == 0) {
        int cap = len ? len * 2 : 2;
        Node **v = ast_alloc(sizeof(Node *) * (size_t)cap);
        if (len) memcpy(v, l->v, sizeof(Node *) * (size_t)len);
        l->v = v;
    }
    l->v[l->len++] = n;
}

/* Deep copy of a subtree with the checker's annotations cleared: the type
 * checker instantiates a generic declaration by checking a fresh copy with
 * its type parameters bound to the type arguments.  (A func declaration's
 * type parameter list, which its N_FUNCTYPE shares, is copied twice.) */
static void clone_list(NodeList *dst, const NodeList *src) {
    NodeList l = {0};
    for (int i = 0; i < src->len; i++) nodelist_push(&l, ast_clone(src->v[i]));
    *dst = l;
}

Node *ast_clone(Node *n) {
    if (!n) return NULL;
    Node *c = ast_alloc(sizeof(Node));
    *c = *n;
    c->type = NULL;
    c->obj = NULL;
    c->cval = NULL;
    c->tmode = 0;
    c->sel = 0;
    c->tinfo = NULL;
    c->aux = NULL;
    c->x = ast_clone(n->x);
    c->y = ast_clone(n->y);
    c->z = ast_clone(n->z);
    c->w = ast_clone(n->w);
    c->body = ast_clone(n->body);
    clone_list(&c->list, &n->list);
    clone_list(&c->list2, &n->list2);
    clone_list(&c->list3, &n->list3);
    return c;
}

static const char *const kind_names[N_NUM_KINDS] = {
    [N_BAD] = "BAD",
    [N_IDENT] = "IDENT",
    [N_BASICLIT] = "BASICLIT",
    [N_COMPOSITELIT] = "COMPOSITELIT",
    [N_KEYVALUE] = "KEYVALUE",
    [N_FUNCLIT] = "FUNCLIT",
    [N_PAREN] = "PAREN",
    [N_SELECTOR] = "SELECTOR",
    [N_INDEX] = "INDEX",
    [N_SLICE] = "SLICE",
    [N_TYPEASSERT] = "TYPEASSERT",
    [N_CALL] = "CALL",
    [N_STAR] = "STAR",
    [N_UNARY] = "UNARY",
    [N_BINARY] = "BINARY",
    [N_ARRAYTYPE] = "ARRAYTYPE",
    [N_ELLIPSIS_LEN] = "ELLIPSIS_LEN",
    [N_SLICETYPE] = "SLICETYPE",
    [N_STRUCTTYPE] = "STRUCTTYPE",
    [N_FIELD] = "FIELD",
    [N_FUNCTYPE] = "FUNCTYPE",
    [N_INTERFACETYPE] = "INTERFACETYPE",
    [N_MAPTYPE] = "MAPTYPE",
    [N_CHANTYPE] = "CHANTYPE",
    [N_DOTS] = "DOTS",
    [N_BLOCK] = "BLOCK",
    [N_EMPTY] = "EMPTY",
    [N_EXPRSTMT] = "EXPRSTMT",
    [N_SENDSTMT] = "SENDSTMT",
    [N_INCDEC] = "INCDEC",
    [N_ASSIGN] = "ASSIGN",
    [N_GO] = "GO",
    [N_DEFER] = "DEFER",
    [N_RETURN] = "RETURN",
    [N_BRANCH] = "BRANCH",
    [N_LABELED] = "LABELED",
    [N_IF] = "IF",
    [N_SWITCH] = "SWITCH",
    [N_TYPESWITCH] = "TYPESWITCH",
    [N_CASECLAUSE] = "CASECLAUSE",
    [N_SELECT] = "SELECT",
    [N_COMMCLAUSE] = "COMMCLAUSE",
    [N_FOR] = "FOR",
    [N_RANGE] = "RANGE",
    [N_DECLSTMT] = "DECLSTMT",
    [N_IMPORT] = "IMPORT",
    [N_CONSTSPEC] = "CONSTSPEC",
    [N_VARSPEC] = "VARSPEC",
    [N_TYPESPEC] = "TYPESPEC",
    [N_GENDECL] = "GENDECL",
    [N_FUNCDECL] = "FUNCDECL",
    [N_FILE] = "FILE",
};

const char *node_kind_name(NodeKind k) {
    if ((int)k < 0 || k >= N_NUM_KINDS || !kind_names[k]) return "?";
    return kind_names[k];
}

/* Operator spelling for the dump (independent of the lexer's tables so that
 * dumps stay stable whatever tok_name prints). */
static const char *op_name(int op) {
    switch (op) {
    case T_ADD: return "+";
    case T_SUB: return "-";
    case T_MUL: return "*";
    case T_QUO: return "/";
    case T_REM: return "%";
    case T_AND: return "&";
    case T_OR: return "|";
    case T_XOR: return "^";
    case T_SHL: return "<<";
    case T_SHR: return ">>";
    case T_AND_NOT: return "&^";
    case T_ADD_ASSIGN: return "+=";
    case T_SUB_ASSIGN: return "-=";
    case T_MUL_ASSIGN: return "*=";
    case T_QUO_ASSIGN: return "/=";
    case T_REM_ASSIGN: return "%=";
    case T_AND_ASSIGN: return "&=";
    case T_OR_ASSIGN: return "|=";
    case T_XOR_ASSIGN: return "^=";
    case T_SHL_ASSIGN: return "<<=";
    case T_SHR_ASSIGN: return ">>=";
    case T_AND_NOT_ASSIGN: return "&^=";
    case T_LAND: return "&&";
    case T_LOR: return "||";
    case T_ARROW: return "<-";
    case T_INC: return "++";
    case T_DEC: return "--";
    case T_EQL: return "==";
    case T_LSS: return "<";
    case T_GTR: return ">";
    case T_ASSIGN: return "=";
    case T_NOT: return "!";
    case T_TILDE: return "~";
    case T_NEQ: return "!=";
    case T_LEQ: return "<=";
    case T_GEQ: return ">=";
    case T_DEFINE: return ":=";
    case T_BREAK: return "break";
    case T_CONTINUE: return "continue";
    case T_GOTO: return "goto";
    case T_FALLTHROUGH: return "fallthrough";
    case T_IMPORT: return "import";
    case T_CONST: return "const";
    case T_VAR: return "var";
    case T_TYPE: return "type";
    case T_INT: return "INT";
    case T_FLOAT: return "FLOAT";
    case T_IMAG: return "IMAG";
    case T_CHAR: return "CHAR";
    case T_STRING: return "STRING";
    }
    return NULL;
}

static void dump_str(FILE *f, Str s) {
    fputc('"', f);
    for (int i = 0; i < s.len; i++) {
        unsigned char c = (unsigned char)s.p[i];
        if (c == '"' || c == '\\') fprintf(f, "\\%c", c);
        else if (c < 0x20 || c == 0x7f) fprintf(f, "\\x%02x", c);
        else fputc(c, f);
    }
    fputc('"', f);
}

static void dump_node(FILE *f, const char *role, Node *n, int depth);

static void dump_list(FILE *f, const char *role, NodeList *l, int depth) {
    for (int i = 0; i < l->len; i++) dump_node(f, role, l->v[i], depth);
}

static void dump_node(FILE *f, const char *role, Node *n, int depth) {
    for (int i = 0; i < depth; i++) fputs("  ", f);
    if (!n) {
        fprintf(f, "%s nil\n", role);
        return;
    }
    fprintf(f, "%s %s %d:%d", role, node_kind_name(n->kind), n->pos.line, n->pos.col);
    if (n->end.line) fprintf(f, "-%d:%d", n->end.line, n->end.col);
    if (n->name.len) {
        fputc(' ', f);
        if (n->kind == N_BASICLIT) dump_str(f, n->name);
        else fwrite(n->name.p, 1, (size_t)n->name.len, f);
    }
    if (n->kind == N_CHANTYPE) {
        fprintf(f, " dir=%s", n->op == CHAN_SEND ? "send" : n->op == CHAN_RECV ? "recv" : "both");
    } else if (n->op) {
        const char *s = op_name(n->op);
        if (s) fprintf(f, " op=%s", s);
        else fprintf(f, " op=%d", n->op);
    }
    if (n->kind == N_CONSTSPEC) fprintf(f, " iota=%d", n->iota);
    if (n->flags & NF_DOTS) fputs(" dots", f);
    if (n->flags & NF_SLICE3) fputs(" slice3", f);
    if (n->flags & NF_EMBEDDED) fputs(" embedded", f);
    if (n->flags & NF_DEFAULT) fputs(" default", f);
    if (n->flags & NF_ALIAS) fputs(" alias", f);
    if (n->flags & NF_GROUPED) fputs(" grouped", f);
    if (n->flags & NF_PARENS) fputs(" parens", f);
    if (n->directive.len) {
        fputs(" directive=", f);
        dump_str(f, n->directive);
    }
    fputc('\n', f);
    /* N_SELECTOR, N_TYPESPEC, N_FUNCDECL and N_FILE keep their name both in
     * `name` and as an N_IDENT in y; N_LABELED in y too.  Print y anyway:
     * its position matters. */
    if (n->x) dump_node(f, "x", n->x, depth + 1);
    if (n->y) dump_node(f, "y", n->y, depth + 1);
    if (n->z) dump_node(f, "z", n->z, depth + 1);
    if (n->w) dump_node(f, "w", n->w, depth + 1);
    if (n->kind == N_FILE) {
        /* list2 (imports) repeats specs already printed under list */
        dump_list(f, "list", &n->list, depth + 1);
        return;
    }
    dump_list(f, "list3", &n->list3, depth + 1);
    dump_list(f, "list", &n->list, depth + 1);
    dump_list(f, "list2", &n->list2, depth + 1);
    if (n->body) dump_node(f, "body", n->body, depth + 1);
}

void ast_dump(Node *n, void *FILE_stream) {
    dump_node((FILE *)FILE_stream, "root", n, 0);
}
