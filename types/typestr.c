/*
 * typestr.c: printing types and expressions.
 *
 * Two spellings of a type exist in Go's world and gosub needs both:
 *   - the run-time one (reflect, %T, panics): "main.T", "struct { X int }",
 *     "interface {}", "func(int) string", byte printed as uint8;
 *   - types2's, used in compile errors: "T" for types of the package being
 *     checked, "strings.Builder" otherwise, "struct{X int}", "interface{}",
 *     "any", parameter names kept ("func(a int, b string) (int, error)"),
 *     byte and rune as written.
 * Expressions print as syntax.String does in ShortForm: function and
 * composite literal bodies become "{…}".
 *
 * Printing is guarded against cycles through composite types (only named
 * types can recur, and they print by name).
 */
#include <stdio.h>
#include <string.h>

#include "types/internal.h"
#include "types/types.h"

typedef struct Buf {
    char *p;
    size_t len, cap;
} Buf;

static void bput(Buf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t nc = b->cap ? b->cap * 2 : 128;
        while (nc < b->len + n + 1) nc *= 2;
        char *np = arena_alloc(nc);
        if (b->len) memcpy(np, b->p, b->len);
        b->p = np;
        b->cap = nc;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = 0;
}
static void bs(Buf *b, const char *s) { bput(b, s, strlen(s)); }
static void bstr(Buf *b, Str s) { bput(b, s.p, (size_t)s.len); }

/* mode: 0 = run-time spelling, 1 = types2 spelling relative to rel */
typedef struct TW {
    Buf b;
    int mode;
    Package *rel;
    int depth;
    int targs; /* inside an instance's type arguments (run-time spelling): local types show gc's vargen */
} TW;

static void tw_type(TW *w, Type *t);

static void tw_quote(TW *w, Str s) {
    Const *c = const_string(s);
    /* const_format shortens long strings; tags are short in practice but
     * print the full quoted form */
    const char *q = const_format(c);
    if (s.len < 60) {
        bs(&w->b, q);
        return;
    }
    bs(&w->b, "\"");
    bstr(&w->b, s);
    bs(&w->b, "\"");
}

static void tw_pkgprefix(TW *w, Package *p) {
    if (!p) return;
    if (w->mode == 0) {
        /* a type argument is spelled with gc's link string: math/rand.Rand */
        bs(&w->b, w->targs && p->link ? p->link : p->name ? p->name : p->path);
        bs(&w->b, ".");
        return;
    }
    if (p == w->rel) return;
    bs(&w->b, p->name ? p->name : p->path);
    bs(&w->b, ".");
}

static void tw_tuple(TW *w, Type *tup, bool variadic, bool names) {
    bs(&w->b, "(");
    if (tup) {
        for (int i = 0; i < tup->nfields; i++) {
            Object *v = tup->fields[i];
            if (i > 0) bs(&w->b, ", ");
            if (names && v->name && v->name[0]) {
                bs(&w->b, v->name);
                bs(&w->b, " ");
            }
            Type *t = v->type;
            if (variadic && i == tup->nfields - 1 && t && t->kind == TY_SLICE) {
                bs(&w->b, "...");
                t = t->elem;
            }
            tw_type(w, t);
        }
    }
    bs(&w->b, ")");
}

static void tw_sig(TW *w, Type *sig) {
    bool names = w->mode == 1;
    tw_tuple(w, sig->params, sig->variadic, names);
    int n = sig->results ? sig->results->nfields : 0;
    if (n == 0) return;
    bs(&w->b, " ");
    if (n == 1 && (!names || !sig->results->fields[0]->name || !sig->results->fields[0]->name[0])) {
        tw_type(w, sig->results->fields[0]->type);
        return;
    }
    tw_tuple(w, sig->results, false, names);
}

/* A union as types2 prints it: `~int|string`. */
static void tw_union(TW *w, struct TypeUnion *u) {
    for (int i = 0; i < u->n; i++) {
        if (i) bs(&w->b, "|");
        if (u->tilde && u->tilde[i]) bs(&w->b, "~");
        tw_type(w, u->terms[i]);
    }
}

static void tw_type(TW *w, Type *t) {
    if (!t) {
        bs(&w->b, "<nil>");
        return;
    }
    if (w->depth > 50) {
        bs(&w->b, "…");
        return;
    }
    if (w->mode == 1 && t->shape_index && t->shape_tparam && t->shape_tparam->obj) {
        /* inside a generic body a type argument is its type parameter */
        bs(&w->b, t->shape_tparam->obj->name);
        return;
    }
    w->depth++;
    switch (t->kind) {
    case TY_NAMED:
    case TY_TYPEPARAM:
        if (t->obj) {
            if (t->obj->pkg) tw_pkgprefix(w, t->obj->pkg);
            bs(&w->b, t->obj->name);
            if (w->mode == 0 && w->targs && t->kind == TY_NAMED) bs(&w->b, types_local_suffix(t->obj));
        } else {
            bs(&w->b, "?");
        }
        if (t->ntargs) {
            bs(&w->b, "[");
            w->targs++;
            for (int i = 0; i < t->ntargs; i++) {
                if (i) bs(&w->b, w->mode == 0 ? "," : ", ");
                tw_type(w, t->targs[i]);
            }
            w->targs--;
            bs(&w->b, "]");
        }
        break;
    case TY_POINTER:
        bs(&w->b, "*");
        tw_type(w, t->elem);
        break;
    case TY_SLICE:
        bs(&w->b, "[]");
        tw_type(w, t->elem);
        break;
    case TY_ARRAY: {
        char buf[32];
        snprintf(buf, sizeof buf, "[%lld]", (long long)t->len);
        bs(&w->b, buf);
        tw_type(w, t->elem);
        break;
    }
    case TY_MAP:
        bs(&w->b, "map[");
        tw_type(w, t->key);
        bs(&w->b, "]");
        tw_type(w, t->elem);
        break;
    case TY_CHAN: {
        bool parens = false;
        if (t->dir == DIR_SEND) bs(&w->b, "chan<- ");
        else if (t->dir == DIR_RECV) bs(&w->b, "<-chan ");
        else {
            bs(&w->b, "chan ");
            if (t->elem && t->elem->kind == TY_CHAN && t->elem->dir == DIR_RECV) parens = true;
        }
        if (parens) bs(&w->b, "(");
        tw_type(w, t->elem);
        if (parens) bs(&w->b, ")");
        break;
    }
    case TY_FUNC:
        bs(&w->b, "func");
        tw_sig(w, t);
        break;
    case TY_TUPLE:
        tw_tuple(w, t, false, w->mode == 1);
        break;
    case TY_STRUCT:
        if (w->mode == 0) {
            bs(&w->b, "struct {");
            for (int i = 0; i < t->nfields; i++) {
                Object *f = t->fields[i];
                bs(&w->b, i ? "; " : " ");
                if (w->targs) {
                    bs(&w->b, types_field_link_prefix(f));
                } else if (!(f->vflags & VF_EMBEDDED)) {
                    bs(&w->b, f->name);
                    bs(&w->b, " ");
                }
                tw_type(w, f->type);
                if (f->tag.len) {
                    bs(&w->b, " ");
                    tw_quote(w, f->tag);
                }
            }
            bs(&w->b, t->nfields ? " }" : "}");
        } else {
            bs(&w->b, "struct{");
            for (int i = 0; i < t->nfields; i++) {
                Object *f = t->fields[i];
                if (i) bs(&w->b, "; ");
                if (!(f->vflags & VF_EMBEDDED)) {
                    bs(&w->b, f->name);
                    bs(&w->b, " ");
                }
                tw_type(w, f->type);
                if (f->tag.len) {
                    bs(&w->b, " ");
                    tw_quote(w, f->tag);
                }
            }
            bs(&w->b, "}");
        }
        break;
    case TY_INTERFACE:
        if (w->mode == 1 && t == types_any_iface) {
            bs(&w->b, "any");
            break;
        }
        if (w->mode == 1 && t->is_comparable) {
            bs(&w->b, "interface{comparable}");
            break;
        }
        if (w->mode == 0) {
            /* reflect prints the full method set, sorted */
            int n = 0;
            Object **ms = types_iface_methods(t, &n);
            if (n == 0) {
                bs(&w->b, "interface {}");
                break;
            }
            bs(&w->b, "interface {");
            for (int i = 0; i < n; i++) {
                bs(&w->b, i ? "; " : " ");
                bs(&w->b, ms[i]->name);
                tw_sig(w, ms[i]->type);
            }
            bs(&w->b, " }");
        } else {
            if (t->is_implicit && t->nmethods == 0 && t->nembeddeds == 0 && t->nunions == 1) {
                tw_union(w, t->unions[0]);
                break;
            }
            bs(&w->b, "interface{");
            bool first = true;
            for (int i = 0; i < t->nmethods; i++) {
                if (!first) bs(&w->b, "; ");
                first = false;
                bs(&w->b, t->methods[i]->name);
                tw_sig(w, t->methods[i]->type);
            }
            /* embedded types and unions in source order */
            int u = 0;
            for (int i = 0; i <= t->nembeddeds; i++) {
                for (; u < t->nunions && t->unions[u]->at <= i; u++) {
                    if (!first) bs(&w->b, "; ");
                    first = false;
                    tw_union(w, t->unions[u]);
                }
                if (i == t->nembeddeds) break;
                if (!first) bs(&w->b, "; ");
                first = false;
                tw_type(w, t->embeddeds[i]);
            }
            bs(&w->b, "}");
        }
        break;
    default:
        if (t->kind < TY_NUM_BASIC) {
            if (w->mode == 0 && t->kind >= TY_BOOL && t->kind <= TY_STRING)
                bs(&w->b, types_typ[t->kind]->name); /* byte -> uint8 */
            else
                bs(&w->b, t->name);
        } else {
            bs(&w->b, "?");
        }
    }
    w->depth--;
}

const char *types_local_suffix(Object *tname) {
    Node *sp = tname ? tname->spec : NULL;
    if (sp && sp->kind == N_TYPESPEC && sp->iota <= 0 && tname->pkg) types_number_locals(tname->pkg);
    if (!sp || sp->kind != N_TYPESPEC || sp->iota <= 0) return ""; /* numbered by types/package.c */
    return arena_printf("\xc2\xb7%d", sp->iota); /* U+00B7 */
}

const char *types_field_link_prefix(Object *f) {
    const char *q = "";
    if (f->name && !types_is_exported(f->name) && f->pkg) q = arena_printf("%s.", f->pkg->link ? f->pkg->link : f->pkg->path);
    if (!(f->vflags & VF_EMBEDDED)) return arena_printf("%s%s ", q, f->name ? f->name : "?");
    /* an embedded field is its type alone when its name is the type's own
     * (the same symbol: an exported name, or both of one package) */
    Type *t = f->type && f->type->kind == TY_POINTER ? f->type->elem : f->type;
    const char *tn = t && t->kind == TY_NAMED && t->obj ? t->obj->name : t ? t->name : NULL;
    Package *tp = t && t->kind == TY_NAMED && t->obj ? t->obj->pkg : NULL;
    if (tn && f->name && !strcmp(tn, f->name) && (types_is_exported(tn) || (tp && tp == f->pkg))) return "";
    return arena_printf("%s%s = ", q, f->name ? f->name : "?");
}

const char *types_targ_string(Type *t) {
    TW w = {0};
    w.mode = 0;
    w.targs = 1;
    tw_type(&w, t);
    return w.b.p ? w.b.p : "";
}

const char *types_string(Type *t) {
    TW w = {0};
    w.mode = 0;
    tw_type(&w, t);
    return w.b.p ? w.b.p : "";
}

const char *types_qstring(Type *t, Package *rel) {
    TW w = {0};
    w.mode = 1;
    w.rel = rel;
    tw_type(&w, t);
    return w.b.p ? w.b.p : "";
}

/* ---- expressions (syntax.String, ShortForm) ---- */

static void ex(Buf *b, Node *n);

static const char *op_str(int op) {
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
    case T_LAND: return "&&";
    case T_LOR: return "||";
    case T_ARROW: return "<-";
    case T_EQL: return "==";
    case T_NEQ: return "!=";
    case T_LSS: return "<";
    case T_LEQ: return "<=";
    case T_GTR: return ">";
    case T_GEQ: return ">=";
    case T_NOT: return "!";
    case T_TILDE: return "~";
    default: return "?";
    }
}

static void ex_list(Buf *b, NodeList *l) {
    for (int i = 0; i < l->len; i++) {
        if (i) bs(b, ", ");
        ex(b, l->v[i]);
    }
}

static void ex_params(Buf *b, NodeList *l) {
    bs(b, "(");
    for (int i = 0; i < l->len; i++) {
        Node *f = l->v[i];
        if (i) bs(b, ", ");
        if (f->list.len) {
            for (int j = 0; j < f->list.len; j++) {
                if (j) bs(b, ", ");
                bstr(b, f->list.v[j]->name);
            }
            bs(b, " ");
        }
        ex(b, types_unparen(f->x));
    }
    bs(b, ")");
}

static void ex_sig(Buf *b, Node *ft) {
    ex_params(b, &ft->list);
    NodeList *r = &ft->list2;
    if (r->len) {
        bs(b, " ");
        if (r->len == 1 && r->v[0]->list.len == 0) ex(b, r->v[0]->x);
        else ex_params(b, r);
    }
}

static void ex(Buf *b, Node *n) {
    if (!n) return;
    switch (n->kind) {
    case N_BAD: bs(b, "<bad expr>"); break;
    case N_IDENT: bstr(b, (n->flags & NF_INSTANTIATED) ? n->sval : n->name); break;
    case N_BASICLIT: bstr(b, n->name); break;
    case N_FUNCLIT:
        ex(b, n->x);
        bs(b, " ");
        bs(b, n->body && n->body->list.len ? "{…}" : "{}");
        break;
    case N_COMPOSITELIT:
        if (n->x) ex(b, n->x);
        bs(b, n->list.len ? "{…}" : "{}");
        break;
    case N_KEYVALUE:
        ex(b, n->x);
        bs(b, ": ");
        ex(b, n->y);
        break;
    case N_PAREN:
        bs(b, "(");
        ex(b, n->x);
        bs(b, ")");
        break;
    case N_SELECTOR:
        ex(b, n->x);
        bs(b, ".");
        bstr(b, n->name);
        break;
    case N_INDEX:
        ex(b, n->x);
        bs(b, "[");
        ex_list(b, &n->list);
        bs(b, "]");
        break;
    case N_SLICE:
        ex(b, n->x);
        bs(b, "[");
        if (n->y) ex(b, n->y);
        bs(b, ":");
        if (n->z) ex(b, n->z);
        if (n->w) {
            bs(b, ":");
            ex(b, n->w);
        }
        bs(b, "]");
        break;
    case N_TYPEASSERT:
        ex(b, n->x);
        bs(b, ".(");
        if (n->y) ex(b, n->y);
        else bs(b, "type");
        bs(b, ")");
        break;
    case N_CALL:
        ex(b, n->x);
        bs(b, "(");
        ex_list(b, &n->list);
        if (n->flags & NF_DOTS) bs(b, "...");
        bs(b, ")");
        break;
    case N_STAR:
        bs(b, "*");
        ex(b, n->x);
        break;
    case N_UNARY:
        bs(b, op_str(n->op));
        ex(b, n->x);
        break;
    case N_BINARY:
        ex(b, n->x);
        bs(b, " ");
        bs(b, op_str(n->op));
        bs(b, " ");
        ex(b, n->y);
        break;
    case N_ARRAYTYPE:
        bs(b, "[");
        if (n->x && n->x->kind != N_ELLIPSIS_LEN) ex(b, n->x);
        else bs(b, "...");
        bs(b, "]");
        ex(b, n->y);
        break;
    case N_ELLIPSIS_LEN: bs(b, "..."); break;
    case N_SLICETYPE:
        bs(b, "[]");
        ex(b, n->y);
        break;
    case N_DOTS:
        bs(b, "...");
        ex(b, n->x);
        break;
    case N_STRUCTTYPE:
        bs(b, "struct{");
        for (int i = 0; i < n->list.len; i++) {
            Node *f = n->list.v[i];
            if (i) bs(b, "; ");
            for (int j = 0; j < f->list.len; j++) {
                if (j) bs(b, ", ");
                bstr(b, f->list.v[j]->name);
            }
            if (f->list.len) bs(b, " ");
            ex(b, f->x);
            if (f->y) {
                bs(b, " ");
                bstr(b, f->y->name);
            }
        }
        bs(b, "}");
        break;
    case N_FUNCTYPE:
        bs(b, "func");
        ex_sig(b, n);
        break;
    case N_INTERFACETYPE:
        bs(b, "interface{");
        for (int i = 0; i < n->list.len; i++) {
            Node *f = n->list.v[i];
            if (i) bs(b, "; ");
            if (f->list.len) {
                bstr(b, f->list.v[0]->name);
                if (f->x && f->x->kind == N_FUNCTYPE) ex_sig(b, f->x);
            } else {
                ex(b, f->x);
            }
        }
        bs(b, "}");
        break;
    case N_MAPTYPE:
        bs(b, "map[");
        ex(b, n->x);
        bs(b, "]");
        ex(b, n->y);
        break;
    case N_CHANTYPE:
        if (n->op == CHAN_RECV) bs(b, "<-chan ");
        else if (n->op == CHAN_SEND) bs(b, "chan<- ");
        else bs(b, "chan ");
        if (n->op == CHAN_BOTH && n->y && n->y->kind == N_CHANTYPE && n->y->op == CHAN_RECV) {
            bs(b, "(");
            ex(b, n->y);
            bs(b, ")");
        } else {
            ex(b, n->y);
        }
        break;
    default:
        bs(b, "<");
        bs(b, node_kind_name(n->kind));
        bs(b, ">");
    }
}

const char *types_expr_string(Node *n) {
    Buf b = {0};
    ex(&b, n);
    return b.p ? b.p : "";
}
