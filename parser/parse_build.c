/*
 * parse_build.c: tree builders the grammar actions share, and the checks gc's
 * parser makes while building (parameter naming, statement headers, go and
 * defer operands).  Every node gets gc's position (see ast.h, parser.y).
 */
#include <string.h>

#include "parser/parse_int.h"

Node *mk(NodeKind k, Pos pos) { return node_new(k, pos); }

Node *mk_ident(const Token *t) {
    Node *n = node_new(N_IDENT, t->pos);
    n->name = t->text;
    return n;
}

Node *mk_lit(const Token *t) {
    Node *n = node_new(N_BASICLIT, t->pos);
    n->op = t->kind;
    n->name = t->text;
    n->sval = t->val;
    n->rune = t->rune;
    if (t->bad) n->flags |= NF_BAD; /* the scanner reported it: an invalid operand, silently (types2) */
    return n;
}

Node *mk_binary(const Token *op, Node *x, Node *y) {
    Node *n = node_new(N_BINARY, op->pos);
    n->op = op->kind;
    n->x = x;
    n->y = y;
    return n;
}

Node *mk_unary(const Token *op, Node *x) {
    Node *n = node_new(N_UNARY, op->pos);
    n->op = op->kind;
    n->x = x;
    return n;
}

NodeList list1(Node *n) {
    NodeList l = {0};
    nodelist_push(&l, n);
    return l;
}

NodeList lpush(NodeList l, Node *n) {
    nodelist_push(&l, n);
    return l;
}

NodeList lconcat(NodeList a, NodeList b) {
    for (int i = 0; i < b.len; i++) nodelist_push(&a, b.v[i]);
    return a;
}

Node *mk_call(Node *fun, Pos lparen, NodeList args, bool dots) {
    Node *n = node_new(N_CALL, lparen);
    n->x = fun;
    n->list = args;
    if (dots) n->flags |= NF_DOTS;
    return n;
}

Node *unparen(Node *n) {
    while (n && n->kind == N_PAREN) n = n->x;
    return n;
}

/* The leftmost position of an expression (gc's StartPos), for messages
 * that point at the start of a type. */
Pos start_pos(Node *n) {
    for (;;) {
        switch (n->kind) {
        case N_SELECTOR: case N_INDEX: case N_SLICE: case N_TYPEASSERT: case N_CALL:
        case N_BINARY: case N_KEYVALUE:
            if (!n->x) return n->pos;
            n = n->x;
            continue;
        case N_COMPOSITELIT:
            if (!n->x) return n->pos;
            n = n->x;
            continue;
        default:
            return n->pos;
        }
    }
}

/*
 * Parameter entries come from the grammar as N_FIELDs holding either a name
 * and a type, or only a type; a lone identifier is parsed as a type.  As in
 * gc: when no entry has both, all are types; otherwise every lone
 * identifier is a name that takes the type of the next named entry
 * (`a, b int`), and lone non-identifiers are an error.
 */
NodeList params_finish(ParseState *ps, NodeList raw, bool require_names) {
    int named = 0;
    for (int i = 0; i < raw.len; i++)
        if (raw.v[i]->list.len) named++;
    if (raw.len == 0 || (named == 0 && !require_names)) return raw;
    if (named == raw.len) return raw;

    NodeList out = {0};
    Pos errpos = {0};
    Node *pending[raw.len];
    int npending = 0;
    for (int i = 0; i < raw.len; i++) {
        Node *f = raw.v[i];
        if (!f->list.len) {
            Node *t = unparen(f->x);
            if (f->x && f->x->kind == N_IDENT) {
                pending[npending++] = f->x;
                continue;
            }
            if (!errpos.line) errpos = start_pos(t ? t : f);
            nodelist_push(&out, f);
            continue;
        }
        if (npending) {
            Node *g = node_new(N_FIELD, pending[0]->pos);
            for (int j = 0; j < npending; j++) nodelist_push(&g->list, pending[j]);
            nodelist_push(&g->list, f->list.v[0]);
            g->x = f->x;
            npending = 0;
            nodelist_push(&out, g);
        } else {
            nodelist_push(&out, f);
        }
    }
    if (npending) {
        /* trailing names without a type: gc reports the last one's
         * position... the leftmost error wins */
        Pos p = pending[npending - 1]->pos;
        if (!errpos.line || pos_cmp(p, errpos) < 0) errpos = p;
        for (int j = 0; j < npending; j++) {
            Node *g = node_new(N_FIELD, pending[j]->pos);
            g->x = pending[j];
            nodelist_push(&out, g);
        }
    }
    if (errpos.line)
        parse_error_at(ps, errpos, require_names ? "syntax error: type parameters must be named"
                                                 : "syntax error: mixed named and unnamed parameters");
    return out;
}

Node *header_cond(ParseState *ps, Node *s, int keyword) {
    if (!s) return NULL;
    if (s->kind == N_EXPRSTMT) return s->x;
    Str str;
    if (s->kind == N_ASSIGN && s->op == T_ASSIGN) {
        Str ls = node_string(s->list.len == 1 ? s->list.v[0] : NULL);
        Str rs = node_string(s->list2.len == 1 ? s->list2.v[0] : NULL);
        if (s->list.len != 1) {
            char *b = arena_printf("%s", "");
            for (int i = 0; i < s->list.len; i++) {
                Str e = node_string(s->list.v[i]);
                b = arena_printf("%s%s%.*s", b, i ? ", " : "", e.len, e.p);
            }
            ls = str_from(b);
        }
        if (s->list2.len != 1) {
            char *b = arena_printf("%s", "");
            for (int i = 0; i < s->list2.len; i++) {
                Str e = node_string(s->list2.v[i]);
                b = arena_printf("%s%s%.*s", b, i ? ", " : "", e.len, e.p);
            }
            rs = str_from(b);
        }
        str = str_from(arena_printf("assignment (%.*s) = (%.*s)", ls.len, ls.p, rs.len, rs.p));
    } else {
        str = node_string(s);
    }
    (void)keyword;
    parse_error_at(ps, s->pos, arena_printf("syntax error: cannot use %.*s as value", str.len, str.p));
    return NULL;
}

Node *mk_switch(ParseState *ps, Node *init, Node *tag) {
    Node *guard = NULL, *lhs = NULL;
    if (tag && tag->kind == N_EXPRSTMT && tag->x->kind == N_TYPEASSERT && !tag->x->y) {
        guard = tag->x;
    } else if (tag && tag->kind == N_ASSIGN && tag->op == T_DEFINE && tag->list.len == 1 &&
               tag->list2.len == 1 && tag->list.v[0]->kind == N_IDENT &&
               tag->list2.v[0]->kind == N_TYPEASSERT && !tag->list2.v[0]->y) {
        guard = tag->list2.v[0];
        lhs = tag->list.v[0];
    }
    Node *s;
    if (guard) {
        s = node_new(N_TYPESWITCH, (Pos){0}); /* the caller sets the keyword's position */
        s->y = guard;
        if (lhs) {
            s->w = lhs;
            s->name = lhs->name;
        }
    } else {
        s = node_new(N_SWITCH, (Pos){0});
        s->y = header_cond(ps, tag, T_SWITCH);
    }
    s->x = init;
    return s;
}

Node *mk_callstmt(ParseState *ps, NodeKind k, const Token *kw, Node *x) {
    Node *s = node_new(k, kw->pos);
    const char *what = k == N_GO ? "go" : "defer";
    if (x->kind == N_PAREN) {
        parse_error_at(ps, x->pos, arena_printf("expression in %s must not be parenthesized", what));
        x = unparen(x);
    }
    if (x->kind != N_CALL) {
        parse_error_at(ps, x->pos, arena_printf("expression in %s must be function call", what));
        Node *c = node_new(N_CALL, x->pos);
        c->x = x;
        x = c;
    }
    s->x = x;
    return s;
}

/* ---- printing expressions as gc's syntax.String does (for messages) ---- */

typedef struct Buf {
    char *p;
    int len, cap;
} Buf;

static void bput(Buf *b, const char *s, int n) {
    if (b->len + n + 1 > b->cap) {
        int cap = (b->cap ? b->cap * 2 : 64);
        while (cap < b->len + n + 1) cap *= 2;
        char *np = arena_alloc((size_t)cap);
        if (b->len) memcpy(np, b->p, (size_t)b->len);
        b->p = np;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, (size_t)n);
    b->len += n;
    b->p[b->len] = 0;
}
static void bputs(Buf *b, const char *s) { bput(b, s, (int)strlen(s)); }
static void bstr(Buf *b, Str s) { bput(b, s.p, s.len); }

static const char *opstr(int op) {
    switch (op) {
    case T_ADD: return "+"; case T_SUB: return "-"; case T_MUL: return "*"; case T_QUO: return "/";
    case T_REM: return "%"; case T_AND: return "&"; case T_OR: return "|"; case T_XOR: return "^";
    case T_SHL: return "<<"; case T_SHR: return ">>"; case T_AND_NOT: return "&^";
    case T_LAND: return "&&"; case T_LOR: return "||"; case T_ARROW: return "<-";
    case T_EQL: return "=="; case T_LSS: return "<"; case T_GTR: return ">"; case T_NOT: return "!";
    case T_TILDE: return "~"; case T_NEQ: return "!="; case T_LEQ: return "<="; case T_GEQ: return ">=";
    case T_ADD_ASSIGN: return "+="; case T_SUB_ASSIGN: return "-="; case T_MUL_ASSIGN: return "*=";
    case T_QUO_ASSIGN: return "/="; case T_REM_ASSIGN: return "%="; case T_AND_ASSIGN: return "&=";
    case T_OR_ASSIGN: return "|="; case T_XOR_ASSIGN: return "^="; case T_SHL_ASSIGN: return "<<=";
    case T_SHR_ASSIGN: return ">>="; case T_AND_NOT_ASSIGN: return "&^=";
    case T_ASSIGN: return "="; case T_DEFINE: return ":=";
    case T_INC: return "++"; case T_DEC: return "--";
    }
    return "?";
}

static void print_node(Buf *b, Node *n);

static void print_list(Buf *b, NodeList *l) {
    for (int i = 0; i < l->len; i++) {
        if (i) bputs(b, ", ");
        print_node(b, l->v[i]);
    }
}

static void print_fields(Buf *b, NodeList *l) {
    for (int i = 0; i < l->len; i++) {
        Node *f = l->v[i];
        if (i) bputs(b, ", ");
        if (f->list.len) {
            print_list(b, &f->list);
            bputs(b, " ");
        }
        print_node(b, f->x);
    }
}

static void print_node(Buf *b, Node *n) {
    if (!n) return;
    switch (n->kind) {
    case N_IDENT: case N_BASICLIT: bstr(b, n->name); break;
    case N_PAREN: bputs(b, "("); print_node(b, n->x); bputs(b, ")"); break;
    case N_SELECTOR: print_node(b, n->x); bputs(b, "."); bstr(b, n->name); break;
    case N_INDEX: print_node(b, n->x); bputs(b, "["); print_list(b, &n->list); bputs(b, "]"); break;
    case N_SLICE:
        print_node(b, n->x);
        bputs(b, "[");
        print_node(b, n->y);
        bputs(b, ":");
        print_node(b, n->z);
        if (n->flags & NF_SLICE3) {
            bputs(b, ":");
            print_node(b, n->w);
        }
        bputs(b, "]");
        break;
    case N_TYPEASSERT:
        print_node(b, n->x);
        bputs(b, ".(");
        if (n->y) print_node(b, n->y);
        else bputs(b, "type");
        bputs(b, ")");
        break;
    case N_CALL:
        print_node(b, n->x);
        bputs(b, "(");
        print_list(b, &n->list);
        if (n->flags & NF_DOTS) bputs(b, "...");
        bputs(b, ")");
        break;
    case N_STAR: bputs(b, "*"); print_node(b, n->x); break;
    case N_UNARY: bputs(b, opstr(n->op)); print_node(b, n->x); break;
    case N_BINARY:
        print_node(b, n->x);
        bputs(b, " ");
        bputs(b, opstr(n->op));
        bputs(b, " ");
        print_node(b, n->y);
        break;
    case N_KEYVALUE: print_node(b, n->x); bputs(b, ": "); print_node(b, n->y); break;
    case N_COMPOSITELIT:
        print_node(b, n->x);
        bputs(b, "{");
        if (n->list.len) bputs(b, "…");
        bputs(b, "}");
        break;
    case N_FUNCLIT: print_node(b, n->x); bputs(b, " {…}"); break;
    case N_ARRAYTYPE:
        bputs(b, "[");
        if (n->x && n->x->kind == N_ELLIPSIS_LEN) bputs(b, "...");
        else print_node(b, n->x);
        bputs(b, "]");
        print_node(b, n->y);
        break;
    case N_SLICETYPE: bputs(b, "[]"); print_node(b, n->y); break;
    case N_MAPTYPE: bputs(b, "map["); print_node(b, n->x); bputs(b, "]"); print_node(b, n->y); break;
    case N_CHANTYPE:
        bputs(b, n->op == CHAN_RECV ? "<-chan " : n->op == CHAN_SEND ? "chan<- " : "chan ");
        print_node(b, n->y);
        break;
    case N_FUNCTYPE:
        bputs(b, "func(");
        print_fields(b, &n->list);
        bputs(b, ")");
        if (n->list2.len == 1 && !n->list2.v[0]->list.len) {
            bputs(b, " ");
            print_node(b, n->list2.v[0]->x);
        } else if (n->list2.len) {
            bputs(b, " (");
            print_fields(b, &n->list2);
            bputs(b, ")");
        }
        break;
    case N_STRUCTTYPE: bputs(b, n->list.len ? "struct{…}" : "struct{}"); break;
    case N_INTERFACETYPE: bputs(b, n->list.len ? "interface{…}" : "interface{}"); break;
    case N_DOTS: bputs(b, "..."); print_node(b, n->x); break;
    case N_EXPRSTMT: print_node(b, n->x); break;
    case N_SENDSTMT: print_node(b, n->x); bputs(b, " <- "); print_node(b, n->y); break;
    case N_INCDEC: print_node(b, n->x); bputs(b, opstr(n->op)); break;
    case N_ASSIGN:
        print_list(b, &n->list);
        bputs(b, " ");
        bputs(b, opstr(n->op));
        bputs(b, " ");
        print_list(b, &n->list2);
        break;
    case N_RANGE:
        if (n->x) {
            print_node(b, n->x);
            if (n->y) {
                bputs(b, ", ");
                print_node(b, n->y);
            }
            bputs(b, n->op == T_DEFINE ? " := " : " = ");
        }
        bputs(b, "range ");
        print_node(b, n->z);
        break;
    default: bputs(b, "…"); break;
    }
}

Str node_string(Node *n) {
    Buf b = {0};
    bputs(&b, "");
    print_node(&b, n);
    return (Str){b.p, b.len};
}
