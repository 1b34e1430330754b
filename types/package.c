/*
 * package.c: checking a whole package (types2's resolver.go, decl.go's
 * objDecl, initorder.go) and loading the standard packages from stdlib/.
 *
 * Passes:
 *   1. collect: imports into file scopes, package-level const/var/type/func
 *      objects into the package scope, each with a DeclInfo; methods are
 *      attached to their receiver's base type name;
 *   2. declarations: every package-level object in source order through
 *      check_obj_decl (which recurses on demand; grey objects reveal
 *      cycles);
 *   3. function bodies, in source order;
 *   4. unused imports, initialisation order of package variables (Go's
 *      dependency order, with "initialization loop" errors), and a final
 *      sweep giving leftover untyped expressions their default types.
 */
#include <dirent.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "types/internal.h"
#include "types/types.h"

static const char *module_of_import(const char *src, const char *ip);

Type *types_instantiate(Type *g, Type **targs, int n);
void check_binary_assign(Checker *c, Operand *x, Node *lhs, Node *rhs, int op);

static Checker *cur_checker;


/* ---- deferred map key checks ---- */

typedef struct MapKeyCheck {
    Node *key;
    Type *m;
    Checker *c;
} MapKeyCheck;
static Vec map_checks;

void types_later_map_key(Checker *c, Node *key, Type *m) {
    MapKeyCheck *k = NEW(MapKeyCheck);
    k->key = key;
    k->m = m;
    k->c = c;
    vec_push(&map_checks, k);
}

typedef struct EmbedCheck {
    Type *t;
    Pos pos;
    bool is_ptr;
    Checker *c;
} EmbedCheck;
static Vec embed_checks;

void types_later_embedded(Checker *c, Type *t, Pos pos, bool is_ptr) {
    EmbedCheck *e = NEW(EmbedCheck);
    e->t = t;
    e->pos = pos;
    e->is_ptr = is_ptr;
    e->c = c;
    vec_push(&embed_checks, e);
}

static void run_embed_checks(Checker *c) {
    int k = 0;
    for (int i = 0; i < embed_checks.len; i++) {
        EmbedCheck *e = embed_checks.v[i];
        if (e->c != c) {
            embed_checks.v[k++] = e;
            continue;
        }
        Type *t = e->t;
        Type *u = types_underlying(t);
        if (e->is_ptr) {
            Type *base = t->kind == TY_POINTER ? t->elem : t;
            Type *bu = types_underlying(base);
            if (bu->kind == TY_POINTER)
                check_error_at(c, e->pos, "embedded field type cannot be a pointer");
            else if (bu->kind == TY_INTERFACE)
                check_error_at(c, e->pos, "embedded field type cannot be a pointer to an interface");
            else if (bu->kind == TY_UNSAFEPTR)
                check_error_at(c, e->pos, "embedded field type cannot be unsafe.Pointer");
        } else if (u->kind == TY_UNSAFEPTR) {
            check_error_at(c, e->pos, "embedded field type cannot be unsafe.Pointer");
        } else if (u->kind == TY_POINTER && t->kind == TY_NAMED) {
            check_error_at(c, e->pos, "embedded field type cannot be a pointer");
        }
    }
    embed_checks.len = k;
}

static void run_map_checks(Checker *c) {
    for (int i = 0; i < map_checks.len; i++) {
        MapKeyCheck *k = map_checks.v[i];
        if (k->c != c) continue;
        Type *key = k->m->key;
        /* in a generic body's instance a key standing for a type parameter
         * is checked as that parameter (genbody.c's stand-ins included) */
        if (SHAPE_TPARAM(key)) key = SHAPE_TPARAM(key);
        if (key && key->kind == TY_TYPEPARAM) {
            if (!types_tparam_comparable(key))
                check_errorf(c, k->key, "invalid map key type %s (missing comparable constraint)", tstr(c, key));
        } else if (key && key->kind != TY_INVALID && !types_comparable(key))
            check_errorf(c, k->key, "invalid map key type %s", tstr(c, key));
    }
}

/* A constraint interface (one with type terms, or embedding comparable)
 * used as the type of a value: reported once every type is complete, as
 * types2's validVarType does (the checked type stays in place). */
typedef struct VarTypeCheck {
    Node *e;
    Type *t;
    Checker *c;
} VarTypeCheck;
static Vec var_type_checks;

void types_later_var_type(Checker *c, Node *e, Type *t) {
    VarTypeCheck *v = NEW(VarTypeCheck);
    v->e = e;
    v->t = t;
    v->c = c;
    vec_push(&var_type_checks, v);
}

static void run_var_type_checks(Checker *c) {
    int keep = 0;
    for (int i = 0; i < var_type_checks.len; i++) {
        VarTypeCheck *v = var_type_checks.v[i];
        if (v->c != c) {
            var_type_checks.v[keep++] = v;
            continue;
        }
        bool comparable = false;
        if (types_underlying(v->t)->kind != TY_INTERFACE || types_is_method_set(v->t, &comparable)) continue;
        check_error_at(c, start_pos(v->e), "cannot use type %s outside a type constraint: %s", tstr(c, v->t),
                       comparable ? "interface is (or embeds) comparable" : "interface contains type constraints");
    }
    var_type_checks.len = keep;
}

/* Type declaration statements anywhere in a generic function's body,
 * function literals included: gc 1.19 does not compile them. */
static void find_generic_tdecls(Checker *c, Node *n, int depth) {
    if (!n || depth > 10000) return;
    if (n->kind == N_DECLSTMT && n->x && n->x->kind == N_GENDECL && n->x->op == T_TYPE) vec_push(&c->generic_tdecls, n->x);
    find_generic_tdecls(c, n->x, depth + 1);
    find_generic_tdecls(c, n->y, depth + 1);
    find_generic_tdecls(c, n->z, depth + 1);
    find_generic_tdecls(c, n->w, depth + 1);
    find_generic_tdecls(c, n->body, depth + 1);
    for (int i = 0; i < n->list.len; i++) find_generic_tdecls(c, n->list.v[i], depth + 1);
    for (int i = 0; i < n->list2.len; i++) find_generic_tdecls(c, n->list2.v[i], depth + 1);
}

/* ---- object declarations on demand ---- */

static void cycle_error(Checker *c, Object **cycle, int n) {
    int first = 0;
    for (int i = 1; i < n; i++)
        if (pos_cmp(cycle[i]->pos, cycle[first]->pos) < 0) first = i;
    Object *o = cycle[first];
    char buf[8192];
    int len = snprintf(buf, sizeof buf, "%s %s", o->kind == OBJ_TYPE ? "invalid recursive type" : "illegal cycle in declaration of", o->name);
    int i = first;
    for (int k = 0; k < n && len < (int)sizeof buf - 200; k++) {
        len += snprintf(buf + len, sizeof buf - (size_t)len, "\n\t%s: %s refers to", pos_string(o->pos), o->name);
        i = (i + 1) % n;
        o = cycle[i];
    }
    snprintf(buf + len, sizeof buf - (size_t)len, "\n\t%s: %s", pos_string(o->pos), o->name);
    check_error_at(c, cycle[first]->pos, "%s", buf);
}

void types_ensure_obj(Object *o) {
    if (cur_checker && o && o->dinfo && o->color != 2) check_obj_decl(cur_checker, o);
}

static void check_func_decl(Checker *c, Object *o, DeclInfo *d);

/* ---- sizes past the address space (gc's CalcSize, after type checking) ---- */

#define MAX_WIDTH (1LL << 50) /* gc's types.MaxWidth on 64-bit targets */

/* the unnamed array type inside t whose size reaches MAX_WIDTH (NULL if
 * none); named types are reported at their own declaration */
static Type *too_large(Type *t, int depth) {
    if (!t || depth > 100) return NULL;
    if (t->kind == TY_NAMED) return NULL;
    switch (t->kind) {
    case TY_ARRAY: {
        Type *in = too_large(t->elem, depth + 1);
        if (in) return in;
        int64_t es = types_sizeof(t->elem);
        if (es > 0 && t->len > (MAX_WIDTH - 1) / es) return t;
        return NULL;
    }
    case TY_STRUCT:
        for (int i = 0; i < t->nfields; i++) {
            Type *in = too_large(t->fields[i]->type, depth + 1);
            if (in) return in;
        }
        return NULL;
    default:
        return NULL;
    }
}

static void size_walk(Checker *c, Node *n, int depth) {
    if (!n || depth > 5000) return;
    if (n->kind == N_IDENT && n->obj && n->obj->decl == n) {
        Object *o = n->obj;
        Type *t = NULL;
        if (o->kind == OBJ_TYPE && !o->is_alias && o->type && o->type->kind == TY_NAMED) t = o->type->underlying;
        else if (o->kind == OBJ_VAR && o->vkind != VAR_FIELD) t = o->type;
        Type *big = too_large(t, 0);
        if (big) check_error_at(c, o->pos, "type %s larger than address space", tstr(c, big));
    }
    Node *kids[] = {n->x, n->y, n->z, n->w, n->body};
    for (int i = 0; i < 5; i++) size_walk(c, kids[i], depth + 1);
    NodeList *ls[] = {&n->list, &n->list2, &n->list3};
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < ls[k]->len; i++) size_walk(c, ls[k]->v[i], depth + 1);
}

/* o (a type name being declared) is reached again: types2's validCycle.
 * A cycle of constants and variables only is left to the initialization
 * order check; one of type names (and functions) is allowed when one of
 * them is a type definition (aliases alone, type A = A; type B = *B,
 * expand forever); any other mix (a type whose array length is a
 * constant computed from the type: type S struct{ a [n]int }; const n =
 * len(S{}.a)) is an invalid recursive type, and o's type is invalid. */
void check_type_cycle(Checker *c, Object *o) {
    int start = -1;
    for (int i = 0; i < c->objpath.len; i++)
        if (c->objpath.v[i] == o) {
            start = i;
            break;
        }
    if (start < 0) return;
    int n = c->objpath.len - start, nval = 0, ndef = 0;
    for (int i = start; i < c->objpath.len; i++) {
        Object *x = c->objpath.v[i];
        if (x->kind == OBJ_CONST || x->kind == OBJ_VAR) {
            nval++;
        } else if (x->kind == OBJ_TYPE) {
            Node *spec = x->dinfo ? x->dinfo->spec : x->spec;
            if (!spec || !(spec->flags & NF_ALIAS)) ndef++;
        }
    }
    if (nval == n || (nval == 0 && ndef > 0)) return;
    cycle_error(c, (Object **)c->objpath.v + start, n);
    o->type = types_typ[TY_INVALID];
}

void check_obj_decl(Checker *c, Object *o) {
    if (!o || !o->dinfo) return;
    if (o->color == 2) return;
    if (o->color == 0 && o->kind == OBJ_VAR && o->type && o->dinfo->nlhs > 1) {
        /* typed with the other variables of `var a, b = f()` (types2):
         * its initializer is not checked again */
        o->color = 2;
        return;
    }
    if (o->color == 1) {
        /* grey: a cycle through o */
        switch (o->kind) {
        case OBJ_CONST:
        case OBJ_VAR:
            if (!o->type) o->type = types_typ[TY_INVALID];
            if (o->kind == OBJ_CONST && !o->val) o->val = const_unknown();
            break;
        case OBJ_TYPE:
            check_type_cycle(c, o);
            break;
        case OBJ_FUNC:
            break;
        default:
            break;
        }
        return;
    }
    o->color = 1;
    vec_push(&c->objpath, o);
    DeclInfo *d = o->dinfo;
    /* declarations are checked in the package context */
    Checker saved = *c;
    c->scope = d->file_scope;
    c->fn = NULL;
    c->sig = NULL;
    c->iota = NULL;
    c->errpos = (Pos){0, 0, 0};
    c->decl = d;
    switch (o->kind) {
    case OBJ_CONST: {
        Object *one[1] = {o};
        NodeList vals = {0};
        if (d->init) {
            vals.v = &d->init;
            vals.len = 1;
        }
        check_const_decl(c, one, 1, d->vtype, &vals, d->iota, d->inherited);
        break;
    }
    case OBJ_VAR: {
        if (d->nlhs > 1 && d->init) {
            /* var a, b = f(): check all lhs together */
            NodeList vals = {&d->init, 1};
            check_var_decl(c, d->lhs, d->nlhs, d->vtype, &vals);
        } else {
            Object *one[1] = {o};
            NodeList vals = {0};
            if (d->init) {
                vals.v = &d->init;
                vals.len = 1;
            }
            check_var_decl(c, one, 1, d->vtype, &vals);
        }
        break;
    }
    case OBJ_TYPE:
        check_type_decl(c, o, d->spec);
        break;
    case OBJ_FUNC:
        check_func_decl(c, o, d);
        break;
    default:
        break;
    }
    Vec later = c->later;
    int nerr = c->nerrors;
    Vec path = c->objpath;
    bool ge = c->generic_error;
    Vec sl = c->shift_lhs;
    Vec bl = c->bodyless, gt = c->generic_tdecls;
    *c = saved;
    c->shift_lhs = sl;
    c->bodyless = bl;
    c->generic_tdecls = gt;
    c->later = later;
    c->nerrors = nerr;
    c->generic_error = ge;
    c->objpath = path;
    c->objpath.len--;
    o->color = 2;
    if (!o->type) o->type = types_typ[TY_INVALID];
}

/* ---- const / var / type declarations ---- */

void check_init_const(Checker *c, Object *lhs, Operand *x) {
    if (x->mode == TM_INVALID || x->type->kind == TY_INVALID || (lhs->type && lhs->type->kind == TY_INVALID)) {
        if (!lhs->type) lhs->type = types_typ[TY_INVALID];
        return;
    }
    if (x->mode != TM_CONSTANT) {
        check_errorf(c, x->expr, "%s is not constant", opnd_str(c, x));
        if (!lhs->type) lhs->type = types_typ[TY_INVALID];
        return;
    }
    if (!lhs->type) lhs->type = x->type;
    check_assignment(c, x, lhs->type, "constant declaration");
    if (x->mode == TM_INVALID) return;
    lhs->val = x->val;
}

void check_const_decl(Checker *c, Object **names, int n, Node *typ, NodeList *values, int iota, bool inherited) {
    Const *saved_iota = c->iota;
    Pos saved_errpos = c->errpos;
    c->iota = const_int64(iota);
    for (int i = 0; i < n; i++) {
        Object *o = names[i];
        o->val = const_unknown();
        Type *t = NULL;
        if (typ) {
            t = check_type(c, typ);
            if (!types_is_const_type(t)) {
                if (types_underlying(t)->kind != TY_INVALID) check_errorf(c, typ, "invalid constant type %s", tstr(c, t));
                o->type = types_typ[TY_INVALID];
                continue;
            }
            o->type = t;
        }
        Node *init = i < values->len ? values->v[i] : NULL;
        Operand x = {0};
        if (init) {
            if (inherited) c->errpos = o->pos;
            check_expr(c, &x, init);
        } else {
            x.mode = TM_INVALID;
            x.type = types_typ[TY_INVALID];
        }
        check_init_const(c, o, &x);
        c->errpos = saved_errpos;
    }
    c->iota = saved_iota;
}

Type *check_init_var(Checker *c, Object *lhs, Operand *x, const char *context) {
    if (x->mode == TM_INVALID || x->type->kind == TY_INVALID || (lhs->type && lhs->type->kind == TY_INVALID)) {
        if (!lhs->type) lhs->type = types_typ[TY_INVALID];
        lhs->vflags |= VF_USED; /* avoid follow-on "declared but not used" errors */
        return NULL;
    }
    if (!lhs->type) {
        Type *t = x->type;
        if (types_is_untyped(t)) {
            if (t->kind == TY_UNTYPED_NIL) {
                check_errorf(c, x->expr, "use of untyped nil in %s", context);
                lhs->type = types_typ[TY_INVALID];
                return NULL;
            }
            t = types_default(t);
        }
        lhs->type = t;
    }
    check_assignment(c, x, lhs->type, context);
    types_gen_check_assign(c, x, lhs, context);
    if (x->mode == TM_INVALID) {
        lhs->vflags |= VF_USED;
        return NULL;
    }
    return x->type;
}

void returns_error(Checker *c, Node *at, const char *q, Operand *rhs, int nrhs, Type *want) {
    check_errorf(c, at, "%s return values\n\thave %s\n\twant %s", q, types_summary_ops(c, rhs, nrhs),
                 types_summary_tuple(c, want, false));
}

void assign_error(Checker *c, NodeList *rhs, int nvars, int nvals) {
    const char *vars = arena_printf("%d variable%s", nvars, nvars != 1 ? "s" : "");
    const char *vals = arena_printf("%d value%s", nvals, nvals != 1 ? "s" : "");
    Node *r0 = rhs->v[0];
    if (rhs->len == 1) {
        Node *call = types_unparen(r0);
        if (call && call->kind == N_CALL) {
            check_errorf(c, r0, "assignment mismatch: %s but %s returns %s", vars, expr_str(call->x), vals);
            return;
        }
    }
    check_errorf(c, r0, "assignment mismatch: %s but %s", vars, vals);
}

void check_init_vars(Checker *c, Object **lhs, int nlhs, NodeList *orig_rhs, Node *return_stmt) {
    int nr;
    bool comma_ok;
    Operand *rhs = types_expr_list(c, orig_rhs, nlhs == 2 && !return_stmt, &nr, &comma_ok);
    if (nlhs != nr) {
        for (int i = 0; i < nlhs; i++) {
            lhs[i]->vflags |= VF_USED;
            if (!lhs[i]->type) lhs[i]->type = types_typ[TY_INVALID];
        }
        for (int i = 0; i < nr; i++)
            if (rhs[i].mode == TM_INVALID) return;
        if (return_stmt) {
            Node *at = return_stmt;
            const char *q = "not enough";
            if (nr > nlhs) {
                at = rhs[nlhs].expr;
                q = "too many";
            } else if (nr > 0) {
                at = rhs[nr - 1].expr;
            }
            Type *want = c->sig ? c->sig->results : NULL;
            returns_error(c, at, q, rhs, nr, want);
            return;
        }
        assign_error(c, orig_rhs, nlhs, nr);
        return;
    }
    const char *context = return_stmt ? "return statement" : "assignment";
    bool ok = true;
    for (int i = 0; i < nlhs; i++)
        if (!check_init_var(c, lhs[i], &rhs[i], context)) ok = false;
    if (comma_ok && orig_rhs->len == 1) {
        Node *e = orig_rhs->v[0];
        e->tmode = TM_COMMAOK;
    }
    if (!ok)
        for (int i = 0; i < nlhs; i++) lhs[i]->vflags |= VF_USED;
}

static void var_decl(Checker *c, Object **lhs, int n, Node *typ, NodeList *values);

void check_var_decl(Checker *c, Object **lhs, int n, Node *typ, NodeList *values) {
    var_decl(c, lhs, n, typ, values);
    for (int i = 0; i < n; i++)
        if (lhs[i]->type && lhs[i]->type->kind == TY_INVALID) lhs[i]->vflags |= VF_USED;
}

static void var_decl(Checker *c, Object **lhs, int n, Node *typ, NodeList *values) {
    if (typ) {
        Type *t = check_var_type(c, typ);
        for (int i = 0; i < n; i++) {
            lhs[i]->type = t;
            types_note_typed_var(c, lhs[i]);
        }
    }
    if (values->len == 0) {
        for (int i = 0; i < n; i++)
            if (!lhs[i]->type) lhs[i]->type = types_typ[TY_INVALID];
        return;
    }
    if (n == 1 && values->len == 1) {
        Operand x;
        check_expr_with_hint(c, &x, values->v[0], lhs[0]->type);
        check_init_var(c, lhs[0], &x, "variable declaration");
        return;
    }
    /* several lhs: the rhs is either one multi-valued expression or one per lhs */
    check_init_vars(c, lhs, n, values, NULL);
}

/* Embedding a type in itself by value (through structs and arrays). */
static bool valid_type_rec(Checker *c, Type *t, Vec *path, Object *root) {
    if (!t) return true;
    if (t->kind == TY_NAMED) {
        if (t->obj == root && path->len > 0) return false;
        if (t->cflags & 1) return true; /* already known not to contain root... or any cycle */
        for (int i = 0; i < path->len; i++)
            if (path->v[i] == t) return true; /* another cycle, reported for its own type */
        if (t->obj && t->obj->pkg != c->pkg) return true;
        vec_push(path, t);
        bool ok = valid_type_rec(c, t->rhs ? t->rhs : t->underlying, path, root);
        if (ok) path->len--;
        return ok;
    }
    switch (t->kind) {
    case TY_ARRAY:
        return valid_type_rec(c, t->elem, path, root);
    case TY_STRUCT:
        for (int i = 0; i < t->nfields; i++)
            if (!valid_type_rec(c, t->fields[i]->type, path, root)) return false;
        return true;
    case TY_INTERFACE:
        for (int i = 0; i < t->nembeddeds; i++)
            if (!valid_type_rec(c, t->embeddeds[i], path, root)) return false;
        return true;
    default:
        return true;
    }
}

static void add_methods(Checker *c, Object *tn);

/* Defined types whose underlying type is another defined type still being
 * resolved: pairs (named, rhs), settled when rhs gets its underlying. */
static Vec pending_named;

static void resolve_pending_named(void) {
    bool changed = true;
    while (changed) {
        changed = false;
        for (int i = 0; i < pending_named.len; i += 2) {
            Type *n = pending_named.v[i], *r = pending_named.v[i + 1];
            if (r->underlying) {
                n->underlying = r->underlying;
                if (n->underlying->kind == TY_INTERFACE) types_iface_reset(n->underlying);
                pending_named.v[i] = pending_named.v[pending_named.len - 2];
                pending_named.v[i + 1] = pending_named.v[pending_named.len - 1];
                pending_named.len -= 2;
                i -= 2;
                changed = true;
            }
        }
    }
}

/* Defined types whose type literal (struct, array, slice or map) is being
 * checked: types2 gives such a type its underlying type before checking
 * the literal's parts, so a composite literal of it inside them (an array
 * length len(T{})) finds an incomplete type. */
static Vec declaring_literals;

bool types_declaring_literal(Type *named) {
    for (int i = 0; i < declaring_literals.len; i++)
        if (declaring_literals.v[i] == named) return true;
    return false;
}

void check_type_decl(Checker *c, Object *o, Node *spec) {
    if (!spec) return;
    if (spec->flags & NF_ALIAS) {
        o->is_alias = true;
        if (spec->list3.len) check_errorf(c, spec, "generic type cannot be alias");
        Type *t = check_type(c, spec->x);
        o->type = t;
        return;
    }
    Type *named = types_new_named(o, NULL);
    o->type = named;
    if (spec->list3.len) {
        if (!check_allow_version(c, 1, 18)) check_version_error(c, start_pos(spec->list3.v[0]), "go1.18", "type parameter");
        /* generic type: its type parameters live in a scope of their own */
        Scope *s = types_new_scope(c->scope, "type parameters");
        int n = 0;
        named->tparams = types_declare_tparams(c, s, &spec->list3, &n);
        named->ntparams = n;
        c->scope = s;
    }
    Node *lit = spec->x;
    while (lit && lit->kind == N_PAREN) lit = lit->x;
    bool literal = !spec->list3.len && lit && (lit->kind == N_STRUCTTYPE || lit->kind == N_ARRAYTYPE || lit->kind == N_SLICETYPE ||
                           lit->kind == N_MAPTYPE);
    if (literal) vec_push(&declaring_literals, named);
    Type *rhs = check_type(c, spec->x);
    if (literal) declaring_literals.len--;
    named->rhs = rhs;
    if (rhs->kind == TY_NAMED && rhs->underlying == NULL) {
        /* the rhs is a defined type still being resolved: either a cycle
         * through names only (type A B; type B A) or a type whose
         * underlying type arrives later (type T1 struct{ n *T2 }; type T2 T1) */
        Type *cur = rhs;
        bool cycle = false;
        for (int guard = 0; cur && guard < 1000; guard++) {
            if (cur == named) {
                cycle = true;
                break;
            }
            Type *next = NULL;
            for (int i = 0; i < pending_named.len; i += 2)
                if (pending_named.v[i] == cur) next = pending_named.v[i + 1];
            cur = next;
        }
        if (cycle) {
            Object *cyc[2] = {o, rhs->obj};
            cycle_error(c, cyc, rhs->obj == o ? 1 : 2);
            named->underlying = types_typ[TY_INVALID];
            named->cflags |= 2;
        } else {
            vec_push(&pending_named, named);
            vec_push(&pending_named, rhs);
            add_methods(c, o);
            return;
        }
    } else {
        named->underlying = types_underlying(rhs);
    }
    resolve_pending_named();
    Vec path = {0};
    bool valid = valid_type_rec(c, rhs, &path, o);
    /* a completely resolved type that passed is cycle-free: later walks
     * may stop at it (types still being declared may yet close a cycle) */
    if (valid) {
        bool complete = true;
        for (int i = 0; i < c->objpath.len; i++)
            if (((Object *)c->objpath.v[i])->kind == OBJ_TYPE && c->objpath.v[i] != o) complete = false;
        if (complete) named->cflags |= 1;
    }
    if (!valid) {
        Object **cyc = NEWN(Object *, path.len + 1);
        cyc[0] = o;
        int n = 1;
        for (int i = 0; i < path.len; i++) {
            Type *t = path.v[i];
            if (t->obj != o) cyc[n++] = t->obj;
        }
        cycle_error(c, cyc, n);
        /* an interface embedding itself stays a usable interface (as in
         * types2); other cycles make the type invalid */
        if (named->underlying->kind != TY_INTERFACE) named->underlying = types_typ[TY_INVALID];
        named->cflags |= 2;
    }
    if (named->underlying->kind == TY_INTERFACE) types_iface_reset(named->underlying);
    add_methods(c, o);
    if (named->ntparams) types_instance_methods_changed(named);
}

/* The methods declared for a type name (collected in pass 1). */
typedef struct MethodList {
    Object *tname;
    Vec methods;
} MethodList;
static Vec method_lists; /* per checker run */

static MethodList *methods_of(Object *tn, bool create) {
    for (int i = 0; i < method_lists.len; i++) {
        MethodList *m = method_lists.v[i];
        if (m->tname == tn) return m;
    }
    if (!create) return NULL;
    MethodList *m = NEW(MethodList);
    m->tname = tn;
    vec_push(&method_lists, m);
    return m;
}

static void add_methods(Checker *c, Object *tn) {
    MethodList *ml = methods_of(tn, false);
    if (!ml) return;
    Type *named = tn->type;
    if (!named || named->kind != TY_NAMED) return;
    Type *u = named->underlying;
    Vec ms = {0};
    for (int i = 0; i < ml->methods.len; i++) {
        Object *m = ml->methods.v[i];
        if (!strcmp(m->name, "_")) continue;
        bool dup = false;
        for (int k = 0; k < ms.len; k++) {
            Object *o = ms.v[k];
            if (o->name == m->name) {
                check_error_at(c, m->pos, "%s.%s redeclared in this block\n\t%s: other declaration of %s", tn->name,
                               m->name, pos_string(o->pos), m->name);
                dup = true;
            }
        }
        if (dup) continue;
        if (u && u->kind == TY_STRUCT) {
            for (int k = 0; k < u->nfields; k++)
                if (u->fields[k]->name == m->name) {
                    check_error_at(c, m->pos, "field and method with the same name %s\n\t%s: other declaration of %s",
                                   m->name, pos_string(u->fields[k]->pos), m->name);
                }
        }
        if (dup) continue;
        vec_push(&ms, m);
    }
    named->methods = (Object **)ms.v;
    named->nmethods = ms.len;
}

/* Checks a function or method declaration fd for object o.  targs != NULL:
 * fd is a copy of a generic declaration and o its instance for targs: the
 * type parameters' names (the function's, or those of the receiver's
 * type) denote the type arguments. */
static void check_func_decl_ex(Checker *c, Object *o, DeclInfo *d, Node *fd, Type **targs, int ntargs) {
    FuncInfo *fi = NEW(FuncInfo);
    fi->decl = fd;
    fi->obj = o;
    fd->tinfo = fi;
    o->finfo = fi;
    /* the signature's types are resolved in a scope of their own (the
     * receiver's type parameters only): parameters are not visible there */
    Scope *ts = types_new_scope(d->file_scope, "signature");
    Scope *s = types_new_scope(ts, "function");
    s->is_func = true;
    s->fn = fi;
    s->pos = fd->pos;
    fi->scope = s;
    bool generic = false;
    Type **tparams = NULL;
    int ntparams = 0;
    if (fd->list3.len) {
        if (targs) {
            int k = 0;
            for (int i = 0; i < fd->list3.len; i++) {
                Node *f = fd->list3.v[i];
                for (int j = 0; j < f->list.len && k < ntargs; j++, k++) {
                    Node *id = f->list.v[j];
                    Object *tp = types_new_object(OBJ_TYPE, intern(id->name.p, id->name.len), types_shape_arg(targs[k], k, o->generic && o->generic->type && k < o->generic->type->ntparams ? o->generic->type->tparams[k] : NULL), id->pos, c->pkg);
                    tp->is_alias = true;
                    tp->tparam_alias = true;
                    declare(c, ts, id, tp);
                }
            }
        } else if (fd->w) {
            check_errorf(c, fd->list3.v[0], "methods cannot have type parameters");
        } else {
            if (!check_allow_version(c, 1, 18)) check_version_error(c, start_pos(fd->list3.v[0]), "go1.18", "type parameter");
            tparams = types_declare_tparams(c, ts, &fd->list3, &ntparams);
            generic = true;
        }
    }
    if (fd->w) {
        /* receiver of a generic type: func (x *T[P, Q]) ... declares P and Q */
        Node *rb = types_unparen(fd->w->x);
        if (rb && rb->kind == N_STAR) rb = types_unparen(rb->x);
        if (rb && rb->kind == N_INDEX && rb->x && rb->x->kind == N_IDENT) {
            Object *tn = types_scope_lookup(c->pkg->scope, intern(rb->x->name.p, rb->x->name.len));
            if (tn && tn->kind == OBJ_TYPE) check_obj_decl(c, tn);
            Type *g = tn ? tn->type : NULL;
            if (g && g->kind == TY_NAMED && g->ntparams == rb->list.len) {
                for (int i = 0; i < rb->list.len; i++) {
                    Node *id = rb->list.v[i];
                    if (id->kind == N_IDENT && str_eqc(id->name, "_")) {
                        /* a blank type parameter: an unnamable name of its own */
                        const char *nm = arena_printf("_$%d", i);
                        id->name = (Str){nm, (int)strlen(nm)};
                    }
                    if (id->kind != N_IDENT) {
                        check_errorf(c, id, "receiver type parameter %s must be an identifier", expr_str(id));
                        continue;
                    }
                    Type *t = targs && i < ntargs ? types_shape_arg(targs[i], i, g->tparams[i]) : g->tparams[i];
                    Object *tp = types_new_object(OBJ_TYPE, intern(id->name.p, id->name.len), t, id->pos, c->pkg);
                    if (targs) tp->is_alias = tp->tparam_alias = true;
                    declare(c, ts, id, tp);
                }
                if (!targs && !c->pkg->is_std) generic = true;
            } else if (g && g->kind == TY_NAMED) {
                check_errorf(c, rb, "got %d type parameters, but receiver base type declares %d", rb->list.len, g->ntparams);
            }
        }
    }
    Scope *saved_scope = c->scope;
    c->scope = ts;
    Type *sig = check_func_type(c, fd->x, fd->w, s, fi);
    c->scope = saved_scope;
    if (generic && tparams) {
        sig->tparams = tparams;
        sig->ntparams = ntparams;
    }
    fi->sig = sig;
    o->type = sig;
    if (fd->w && sig->recv) {
        /* receiver validity */
        Type *rt = sig->recv->type;
        bool ptr = false;
        Type *base = rt;
        if (rt->kind == TY_POINTER) {
            ptr = true;
            base = rt->elem;
        }
        (void)ptr;
        if (base->kind != TY_INVALID) {
            if (base->kind != TY_NAMED || (base->obj && base->obj->pkg != c->pkg)) {
                if (base->kind == TY_NAMED || base->kind < TY_NUM_BASIC)
                    check_error_at(c, sig->recv->pos, "cannot define new methods on non-local type %s", tstr(c, base));
                else
                    check_error_at(c, sig->recv->pos, "invalid receiver type %s", tstr(c, rt));
            } else {
                Type *bu = types_underlying(base);
                if (bu->kind == TY_POINTER || bu->kind == TY_INTERFACE) {
                    check_error_at(c, sig->recv->pos, "invalid receiver type %s (%s)", tstr(c, base),
                                 bu->kind == TY_POINTER ? "pointer or interface type" : "pointer or interface type");
                }
            }
        }
        o->recv_type = rt;
    }
    /* `//extern sym` on any line of the directive block before the func */
    const char *ext = NULL;
    for (int i = 0; i + 8 <= fd->directive.len; i++)
        if (!strncmp(fd->directive.p + i, "//extern", 8) && (i == 0 || fd->directive.p[i - 1] == '\n')) {
            ext = fd->directive.p + i;
            break;
        }
    if (o->extern_name == NULL && ext) {
        const char *p = ext + 8;
        int n = fd->directive.len - (int)(ext - fd->directive.p) - 8;
        while (n > 0 && (*p == ' ' || *p == '\t')) p++, n--;
        int k = 0;
        while (k < n && p[k] != '\n' && p[k] != ' ' && p[k] != '\r') k++;
        if (k > 0) o->extern_name = arena_strndup(p, (size_t)k);
    }
    if (generic) {
        /* only its instances are checked and compiled */
        if (o->recv_type) types_generic_method_typed(o);
        if (!c->pkg->is_std) types_note_generic(o);
        types_generic_body_uses(d->file_scope, fd->body);
        if (!c->pkg->is_std) find_generic_tdecls(c, fd->body, 0);
        return;
    }
    if (!fd->body) {
        /* gc reports these after type checking, only if it succeeded */
        if (!c->pkg->is_std && !c->cfg->allow_bodyless && !o->extern_name) vec_push(&c->bodyless, fd);
    } else {
        vec_push(&c->later, fi);
    }
    vec_push(&c->pkg->funcs, o);
}

static void check_func_decl(Checker *c, Object *o, DeclInfo *d) { check_func_decl_ex(c, o, d, d->fdecl, NULL, 0); }

/* The body of an instance: fd is a fresh copy of generic's declaration. */
void check_func_instance(Checker *c, Object *inst, Object *generic, Node *fd, Type **targs, int n) {
    DeclInfo *d = generic->dinfo;
    if (!d) return;
    Checker saved = *c;
    c->scope = d->file_scope;
    c->fn = NULL;
    c->sig = NULL;
    c->iota = NULL;
    c->errpos = (Pos){0, 0, 0};
    c->decl = d;
    inst->decl = fd;
    check_func_decl_ex(c, inst, d, fd, targs, n);
    /* callers see the plain receiver type (the body's carries shape marks) */
    if (inst->recv_type) inst->recv_type = types_unshape(inst->recv_type);
    Vec later = c->later, path = c->objpath, sl = c->shift_lhs, bl = c->bodyless, gt = c->generic_tdecls;
    int nerr = c->nerrors;
    *c = saved;
    c->later = later;
    c->objpath = path;
    c->shift_lhs = sl;
    c->bodyless = bl;
    c->generic_tdecls = gt;
    c->nerrors = nerr;
}

/* ---- local declarations (statements) ---- */

void check_local_decl(Checker *c, Node *gd) {
    Node *prev_typ = NULL;
    NodeList *prev_vals = NULL;
    for (int si = 0; si < gd->list.len; si++) {
        Node *s = gd->list.v[si];
        switch (s->kind) {
        case N_CONSTSPEC: {
            Node *typ = s->x;
            NodeList *vals = &s->list2;
            bool inherited = false;
            if (vals->len == 0 && !typ && prev_vals) {
                typ = prev_typ;
                vals = prev_vals;
                inherited = true;
            } else if (s->list2.len > 0 || s->x) {
                prev_typ = s->x;
                prev_vals = &s->list2;
            }
            int n = s->list.len;
            Object **objs = NEWN(Object *, n + 1);
            for (int i = 0; i < n; i++) {
                Node *id = s->list.v[i];
                objs[i] = types_new_object(OBJ_CONST, intern(id->name.p, id->name.len), NULL, id->pos, c->pkg);
                objs[i]->decl = id;
                objs[i]->spec = s;
                id->obj = objs[i];
            }
            check_const_decl(c, objs, n, typ, vals, s->iota, inherited);
            if (n < vals->len) {
                if (inherited) check_error_at(c, s->pos, "extra init expr at %s", pos_string(vals->v[n]->pos));
                else check_errorf(c, vals->v[n], "extra init expr %s", expr_str(vals->v[n]));
            } else if (n > vals->len) {
                check_errorf(c, s->list.v[vals->len], "missing init expr for %.*s", s->list.v[vals->len]->name.len,
                             s->list.v[vals->len]->name.p);
            }
            for (int i = 0; i < n; i++) declare(c, c->scope, s->list.v[i], objs[i]);
            break;
        }
        case N_VARSPEC: {
            int n = s->list.len;
            Object **objs = NEWN(Object *, n + 1);
            for (int i = 0; i < n; i++) {
                Node *id = s->list.v[i];
                objs[i] = new_var_obj(c, intern(id->name.p, id->name.len), NULL, id->pos, VAR_LOCAL);
                objs[i]->decl = id;
                objs[i]->spec = s;
                id->obj = objs[i];
            }
            int nv = s->list2.len;
            if (nv == 1 && n > 1) {
                check_var_decl(c, objs, n, s->x, &s->list2);
            } else {
                /* one value per name (missing or extra ones are arity errors) */
                Type *t = s->x ? check_var_type(c, s->x) : NULL;
                for (int i = 0; i < n; i++) {
                    if (t) {
                        objs[i]->type = t;
                        types_note_typed_var(c, objs[i]);
                    }
                    NodeList one = {0};
                    if (i < nv) {
                        one.v = &s->list2.v[i];
                        one.len = 1;
                    }
                    check_var_decl(c, &objs[i], 1, NULL, &one);
                    if (!objs[i]->type) objs[i]->type = types_typ[TY_INVALID];
                }
                if (!s->x || nv > 0) {
                    if (n < nv)
                        check_errorf(c, s->list2.v[n], "extra init expr %s", expr_str(s->list2.v[n]));
                    else if (n > nv && nv != 1) {
                        Node *id = s->list.v[nv];
                        check_errorf(c, id, "missing init expr for %.*s", id->name.len, id->name.p);
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                if (!objs[i]->type) objs[i]->type = types_typ[TY_INVALID];
                declare(c, c->scope, s->list.v[i], objs[i]);
            }
            break;
        }
        case N_TYPESPEC: {
            Node *id = s->y;
            const char *nm = intern(s->name.p, s->name.len);
            Object *o = types_new_object(OBJ_TYPE, nm, NULL, id ? id->pos : s->pos, c->pkg);
            o->decl = id;
            o->spec = s;
            declare(c, c->scope, id, o);
            /* a local alias is on the object path while its type is
             * resolved: `type T = T` finds itself (check_type_cycle) */
            o->color = 1;
            vec_push(&c->objpath, o);
            check_type_decl(c, o, s);
            c->objpath.len--;
            o->color = 2;
            if (!o->type) o->type = types_typ[TY_INVALID];
            break;
        }
        default:
            break;
        }
    }
}

/* ---- pass 1: collecting package objects ---- */

static const char *import_name(Package *p) { return p->name; }

/* gc numbers the package's local type declarations (not aliases) in
 * source order, generic bodies and function literals included; the number
 * shows as "main.point·1" where a type's link name is spelled (the type
 * arguments of an instance's name, %T of an instance). */
static void number_local_types(Node *n, int *next, int depth) {
    if (!n || depth > 10000) return;
    if (n->kind == N_TYPESPEC && !(n->flags & NF_ALIAS)) n->iota = ++*next;
    number_local_types(n->x, next, depth + 1);
    number_local_types(n->y, next, depth + 1);
    number_local_types(n->z, next, depth + 1);
    number_local_types(n->w, next, depth + 1);
    number_local_types(n->body, next, depth + 1);
    for (int i = 0; i < n->list.len; i++) number_local_types(n->list.v[i], next, depth + 1);
    for (int i = 0; i < n->list2.len; i++) number_local_types(n->list2.v[i], next, depth + 1);
    for (int i = 0; i < n->list3.len; i++) number_local_types(n->list3.v[i], next, depth + 1);
}

/* Numbers the package's local types (number_local_types) once: a
 * command's at its check, a standard package's when one of its local
 * types is first named (types_local_suffix), as most builds name none
 * and the walk covers every standard body. */
void types_number_locals(Package *pkg) {
    if (pkg->locals_numbered) return;
    pkg->locals_numbered = true;
    int vargen = 0;
    for (int fi = 0; fi < pkg->nfiles; fi++)
        for (int i = 0; pkg->files[fi] && i < pkg->files[fi]->list.len; i++) {
            Node *d = pkg->files[fi]->list.v[i];
            if (d && d->kind == N_GENDECL && d->op == T_TYPE) continue; /* package-level types */
            number_local_types(d, &vargen, 0);
        }
}

static void collect(Checker *c, Node **files, int n) {
    Package *pkg = c->pkg;
    if (!pkg->is_std) types_number_locals(pkg);
    pkg->file_scopes = NEWN(Scope *, n + 1);
    int order = 0;
    Vec method_decls = {0};
    for (int fi = 0; fi < n; fi++) {
        Node *f = files[fi];
        SrcFile *sf = file_get(f->pos.file);
        Scope *fs = types_new_scope(pkg->scope, arena_printf("file %s", sf ? sf->path : "?"));
        pkg->file_scopes[fi] = fs;
        for (int i = 0; i < f->list2.len; i++) {
            Node *imp = f->list2.v[i];
            if (!imp->y || (imp->y->flags & NF_BAD)) continue; /* bad literal: reported by the scanner */
            Str path = imp->y->sval;
            const char *ps = str_cstr(path);
            if (path.len == 0) {
                check_errorf(c, imp->y, "invalid import path (empty string)");
                continue;
            }
            {
                /* types2's validatedImportPath: graphic, no space, none of
                 * the characters the go command rejects */
                const char *illegal = "!\"#$%&'()*,:;<=>?[\\]^{|}`";
                int32_t bad = -1;
                for (int k = 0; k < path.len && bad < 0;) {
                    int32_t r;
                    int w = utf8_decode((const unsigned char *)path.p + k, path.len - k, &r);
                    if (w <= 0) w = 1;
                    if (!lex_is_print(r) || r == ' ' || r == 0xFFFD || (r < 0x80 && r && strchr(illegal, (int)r)))
                        bad = r;
                    k += w;
                }
                if (bad >= 0) {
                    char ub[32];
                    check_errorf(c, imp->y, "invalid import path (invalid character %s)", lex_fmt_U(ub, sizeof ub, bad));
                    continue;
                }
                if (path.p[0] == '/') {
                    check_errorf(c, imp->y, "could not import %s (import path cannot be absolute path)", ps);
                    continue;
                }
            }
            Package *ip = types_import(ps, c->cfg);
            if (!ip) {
                /* the go command stops at the first package it cannot load;
                 * gosub says so once and then stays silent */
                const char *goroot = getenv("GOROOT");
                if (!goroot || !*goroot) goroot = "/usr/lib/go-1.19";
                const char *dir = arena_printf("%s/src/%s", goroot, ps);
                DIR *dp = opendir(dir);
                Pos ip_pos = imp->y->pos;
                SrcFile *isf = file_get(f->pos.file);
                const char *mod = NULL;
                if (dp) {
                    closedir(dp);
                    check_error_at(c, ip_pos, "package %s is not supported yet (not in gosub's standard library subset)", ps);
                } else if (isf && (mod = module_of_import(isf->path, ps))) {
                    check_error_at(c, ip_pos,
                                   "package %s is not supported yet (a package of module %s: gosub compiles package main and the standard library)",
                                   ps, mod);
                } else {
                    check_error_at(c, ip_pos, "package %s is not in GOROOT (%s)", ps, dir);
                }
                c->generic_error = true;
                continue;
            }
            bool have = false;
            for (int k = 0; k < pkg->nimports; k++)
                if (pkg->imports[k] == ip) have = true;
            if (!have) {
                Package **nv = NEWN(Package *, pkg->nimports + 1);
                if (pkg->nimports) memcpy(nv, pkg->imports, sizeof(Package *) * (size_t)pkg->nimports);
                nv[pkg->nimports++] = ip;
                pkg->imports = nv;
            }
            const char *local = import_name(ip);
            Pos pos = imp->y->pos;
            Node *idn = NULL;
            if (imp->name.len) {
                local = intern(imp->name.p, imp->name.len);
                idn = imp->x;
                if (idn) pos = idn->pos;
            }
            if (!strcmp(local, "init")) {
                check_errorf(c, imp, "cannot import package as init - init must be a func");
                continue;
            }
            if (!strcmp(local, ".")) {
                /* dot import: every exported object into the file scope; a
                 * "." package name (not in any scope; parent = the file
                 * scope) records whether one of them is used (check_ident) */
                for (int k = 0; k < ip->scope->nobjs; k++) {
                    Object *o = ip->scope->objs[k];
                    if (types_is_exported(o->name)) {
                        Object *alt = types_scope_insert(fs, o);
                        (void)alt;
                    }
                }
                Object *dot = types_new_object(OBJ_PKGNAME, local, types_typ[TY_INVALID], pos, pkg);
                dot->imported = ip;
                dot->decl = imp;
                dot->parent = fs;
                vec_push(&c->pkgnames, dot);
                continue;
            }
            Object *pn = types_new_object(OBJ_PKGNAME, local, types_typ[TY_INVALID], pos, pkg);
            pn->imported = ip;
            pn->decl = imp;
            if (!strcmp(local, "_")) continue;
            vec_push(&c->pkgnames, pn);
            Object *alt = types_scope_insert(fs, pn);
            if (alt) {
                check_error_at(c, pos, "%s redeclared in this block\n\t%s: other declaration of %s", local,
                               pos_string(alt->pos), local);
            }
            if (idn) idn->obj = pn;
        }
        for (int di = 0; di < f->list.len; di++) {
            Node *d = f->list.v[di];
            if (d->kind == N_GENDECL) {
                if (d->op == T_IMPORT) continue;
                Node *prev_typ = NULL;
                NodeList *prev_vals = NULL;
                for (int si = 0; si < d->list.len; si++) {
                    Node *s = d->list.v[si];
                    if (s->kind == N_CONSTSPEC) {
                        Node *typ = s->x;
                        NodeList *vals = &s->list2;
                        bool inherited = false;
                        if (vals->len == 0 && !typ && prev_vals) {
                            typ = prev_typ;
                            vals = prev_vals;
                            inherited = true;
                        } else if (s->list2.len > 0 || s->x) {
                            prev_typ = s->x;
                            prev_vals = &s->list2;
                        }
                        for (int i = 0; i < s->list.len; i++) {
                            Node *id = s->list.v[i];
                            const char *nm = intern(id->name.p, id->name.len);
                            Object *o = types_new_object(OBJ_CONST, nm, NULL, id->pos, pkg);
                            o->decl = id;
                            o->spec = s;
                            o->order = order++;
                            DeclInfo *di2 = NEW(DeclInfo);
                            di2->file_scope = fs;
                            di2->spec = s;
                            di2->vtype = typ;
                            di2->init = i < vals->len ? vals->v[i] : NULL;
                            di2->iota = s->iota;
                            di2->inherited = inherited;
                            o->dinfo = di2;
                            if (!strcmp(nm, "init")) {
                                check_errorf(c, id, "cannot declare init - must be func");
                                continue;
                            }
                            if (!strcmp(nm, "main") && !strcmp(pkg->name, "main")) {
                                check_errorf(c, id, "cannot declare main - must be func");
                                continue;
                            }
                            declare(c, pkg->scope, id, o);
                        }
                        if (s->list.len < vals->len) {
                            if (inherited) check_error_at(c, s->pos, "extra init expr at %s", pos_string(vals->v[s->list.len]->pos));
                            else check_errorf(c, vals->v[s->list.len], "extra init expr %s", expr_str(vals->v[s->list.len]));
                        } else if (s->list.len > vals->len) {
                            Node *id = s->list.v[vals->len];
                            check_errorf(c, id, "missing init expr for %.*s", id->name.len, id->name.p);
                        }
                    } else if (s->kind == N_VARSPEC) {
                        int nl = s->list.len, nv = s->list2.len;
                        Object **lhs = NEWN(Object *, nl + 1);
                        DeclInfo *shared = NULL;
                        if (nv == 1 && nl > 1) {
                            shared = NEW(DeclInfo);
                            shared->file_scope = fs;
                            shared->spec = s;
                            shared->vtype = s->x;
                            shared->init = s->list2.v[0];
                            shared->lhs = lhs;
                            shared->nlhs = nl;
                        }
                        for (int i = 0; i < nl; i++) {
                            Node *id = s->list.v[i];
                            const char *nm = intern(id->name.p, id->name.len);
                            Object *o = types_new_object(OBJ_VAR, nm, NULL, id->pos, pkg);
                            o->vkind = VAR_PACKAGE;
                            o->decl = id;
                            o->spec = s;
                            o->order = order++;
                            lhs[i] = o;
                            if (shared) {
                                o->dinfo = shared;
                            } else {
                                DeclInfo *di2 = NEW(DeclInfo);
                                di2->file_scope = fs;
                                di2->spec = s;
                                di2->vtype = s->x;
                                di2->init = i < nv ? s->list2.v[i] : NULL;
                                if (nv != nl && nv > 1 && i == 0) {
                                    /* arity mismatch handled below */
                                }
                                o->dinfo = di2;
                            }
                            vec_push(&pkg->vars, o);
                            if (!strcmp(nm, "init")) {
                                check_errorf(c, id, "cannot declare init - must be func");
                                continue;
                            }
                            if (!strcmp(nm, "main") && !strcmp(pkg->name, "main")) {
                                check_errorf(c, id, "cannot declare main - must be func");
                                continue;
                            }
                            declare(c, pkg->scope, id, o);
                        }
                        if (nl < nv) {
                            check_errorf(c, s->list2.v[nl], "extra init expr %s", expr_str(s->list2.v[nl]));
                        } else if (nl > nv && nv != 1 && (!s->x || nv > 0)) {
                            Node *id = s->list.v[nv];
                            check_errorf(c, id, "missing init expr for %.*s", id->name.len, id->name.p);
                        }
                    } else if (s->kind == N_TYPESPEC) {
                        Node *id = s->y;
                        const char *nm = intern(s->name.p, s->name.len);
                        Object *o = types_new_object(OBJ_TYPE, nm, NULL, id ? id->pos : s->pos, pkg);
                        o->decl = id;
                        o->spec = s;
                        o->order = order++;
                        DeclInfo *di2 = NEW(DeclInfo);
                        di2->file_scope = fs;
                        di2->spec = s;
                        o->dinfo = di2;
                        if (!strcmp(nm, "init")) {
                            check_errorf(c, id ? id : s, "cannot declare init - must be func");
                            continue;
                        }
                        if (!strcmp(nm, "main") && !strcmp(pkg->name, "main")) {
                            check_errorf(c, id ? id : s, "cannot declare main - must be func");
                            continue;
                        }
                        declare(c, pkg->scope, id, o);
                    }
                }
            } else if (d->kind == N_FUNCDECL) {
                const char *nm = intern(d->name.p, d->name.len);
                Node *id = d->y;
                Object *o = types_new_object(OBJ_FUNC, nm, NULL, id ? id->pos : d->pos, pkg);
                o->decl = d;
                o->order = order++;
                DeclInfo *di2 = NEW(DeclInfo);
                di2->file_scope = fs;
                di2->fdecl = d;
                o->dinfo = di2;
                if (id) id->obj = o;
                if (d->w) {
                    /* method: attach to the base type name later */
                    vec_push(&method_decls, o);
                    bool ptr;
                    recv_base_name(d->w->x, &ptr);
                    o->ptr_recv = ptr;
                    continue;
                }
                if (!strcmp(nm, "init")) {
                    if (d->x && (d->x->list.len || d->x->list2.len))
                        check_error_at(c, id ? id->pos : d->pos, "func init must have no arguments and no return values");
                    if (!d->body) check_error_at(c, id ? id->pos : d->pos, "missing function body");
                    vec_push(&pkg->inits, o);
                    continue;
                }
                if (!strcmp(nm, "main") && !strcmp(pkg->name, "main")) {
                    if (d->x && (d->x->list.len || d->x->list2.len))
                        check_error_at(c, id ? id->pos : d->pos, "func main must have no arguments and no return values");
                }
                if (!strcmp(nm, "_")) continue;
                declare(c, pkg->scope, id, o);
            }
        }
    }
    /* package objects vs file-scope imports */
    for (int fi = 0; fi < n; fi++) {
        Scope *fs = pkg->file_scopes[fi];
        for (int k = 0; k < fs->nobjs; k++) {
            Object *pn = fs->objs[k];
            if (pn->kind != OBJ_PKGNAME) continue;
            Object *alt = types_scope_lookup(pkg->scope, pn->name);
            if (alt) {
                check_error_at(c, alt->pos, "%s already declared through import of package %s (\"%s\")\n\t%s: other declaration of %s",
                               alt->name, pn->imported->name, pn->imported->path, pos_string(pn->pos), alt->name);
            }
        }
    }
    /* methods: associate with base type names */
    for (int i = 0; i < method_decls.len; i++) {
        Object *m = method_decls.v[i];
        Node *d = m->decl;
        bool ptr;
        Node *bn = recv_base_name(d->w->x, &ptr);
        if (!bn || bn->kind != N_IDENT) continue;
        Object *tn = types_scope_lookup(pkg->scope, intern(bn->name.p, bn->name.len));
        if (!tn || tn->kind != OBJ_TYPE) continue;
        /* methods declared through an alias (type A = T) belong to T */
        for (int guard = 0; tn && tn->spec && (tn->spec->flags & NF_ALIAS) && guard < 100; guard++) {
            Node *rhs = types_unparen(tn->spec->x);
            if (!rhs || rhs->kind != N_IDENT) {
                tn = NULL;
                break;
            }
            tn = types_scope_lookup(pkg->scope, intern(rhs->name.p, rhs->name.len));
            if (tn && tn->kind != OBJ_TYPE) tn = NULL;
        }
        if (!tn || (tn->spec && (tn->spec->flags & NF_ALIAS))) continue;
        MethodList *ml = methods_of(tn, true);
        vec_push(&ml->methods, m);
    }
}

/* ---- initialisation order ---- */

typedef struct GNode {
    Object *obj;
    Vec succ, pred; /* GNode* */
    int ndeps;
    bool removed;
} GNode;

static GNode *gnode_of(Vec *nodes, Object *o) {
    for (int i = 0; i < nodes->len; i++) {
        GNode *g = nodes->v[i];
        if (g->obj == o) return g;
    }
    return NULL;
}

static void vec_add_unique(Vec *v, void *x) {
    for (int i = 0; i < v->len; i++)
        if (v->v[i] == x) return;
    vec_push(v, x);
}

static bool find_path(Object *from, Object *to, Vec *seen, Vec *path) {
    for (int i = 0; i < seen->len; i++)
        if (seen->v[i] == from) return false;
    vec_push(seen, from);
    if (!from->dinfo) return false;
    Vec *deps = &from->dinfo->deps;
    for (int i = 0; i < deps->len; i++) {
        Object *d = deps->v[i];
        if (d == to) {
            vec_push(path, d);
            return true;
        }
        if (find_path(d, to, seen, path)) {
            vec_push(path, d);
            return true;
        }
    }
    return false;
}

static void init_order(Checker *c, Vec *objs) {
    Vec nodes = {0};
    for (int i = 0; i < objs->len; i++) {
        Object *o = objs->v[i];
        if (o->kind != OBJ_CONST && o->kind != OBJ_VAR && o->kind != OBJ_FUNC) continue;
        GNode *g = NEW(GNode);
        g->obj = o;
        vec_push(&nodes, g);
    }
    for (int i = 0; i < nodes.len; i++) {
        GNode *g = nodes.v[i];
        if (!g->obj->dinfo) continue;
        Vec *deps = &g->obj->dinfo->deps;
        for (int k = 0; k < deps->len; k++) {
            GNode *d = gnode_of(&nodes, deps->v[k]);
            if (!d) continue;
            vec_add_unique(&g->succ, d);
            vec_add_unique(&d->pred, g);
        }
    }
    /* remove function nodes, connecting their predecessors and successors */
    for (int i = 0; i < nodes.len; i++) {
        GNode *n = nodes.v[i];
        if (n->obj->kind != OBJ_FUNC) continue;
        for (int p = 0; p < n->pred.len; p++) {
            GNode *pn = n->pred.v[p];
            if (pn == n) continue;
            for (int s = 0; s < n->succ.len; s++) {
                GNode *sn = n->succ.v[s];
                if (sn == n) continue;
                vec_add_unique(&pn->succ, sn);
                vec_add_unique(&sn->pred, pn);
            }
            /* drop n from pn's successors */
            for (int s = 0; s < pn->succ.len; s++)
                if (pn->succ.v[s] == n) {
                    pn->succ.v[s] = pn->succ.v[--pn->succ.len];
                    s--;
                }
        }
        for (int s = 0; s < n->succ.len; s++) {
            GNode *sn = n->succ.v[s];
            for (int p = 0; p < sn->pred.len; p++)
                if (sn->pred.v[p] == n) {
                    sn->pred.v[p] = sn->pred.v[--sn->pred.len];
                    p--;
                }
        }
        n->removed = true;
    }
    Vec live = {0};
    for (int i = 0; i < nodes.len; i++) {
        GNode *g = nodes.v[i];
        if (g->removed) continue;
        g->ndeps = g->succ.len;
        vec_push(&live, g);
    }
    Vec emitted = {0};
    bool *done = NEWN(bool, live.len + 1);
    for (int step = 0; step < live.len; step++) {
        int best = -1;
        for (int i = 0; i < live.len; i++) {
            if (done[i]) continue;
            GNode *g = live.v[i];
            if (best < 0) {
                best = i;
                continue;
            }
            GNode *b = live.v[best];
            if (g->ndeps < b->ndeps || (g->ndeps == b->ndeps && g->obj->order < b->obj->order)) best = i;
        }
        if (best < 0) break;
        done[best] = true;
        GNode *n = live.v[best];
        if (n->ndeps > 0) {
            Vec seen = {0}, path = {0};
            if (find_path(n->obj, n->obj, &seen, &path)) {
                /* path is reversed: path[0] == n->obj (closing), then back */
                Object *o = n->obj;
                char buf[8192];
                int len = snprintf(buf, sizeof buf, "initialization loop for %s", o->name);
                for (int i = path.len - 1; i >= 0 && len < (int)sizeof buf - 200; i--) {
                    len += snprintf(buf + len, sizeof buf - (size_t)len, "\n\t%s: %s refers to", pos_string(o->pos), o->name);
                    o = path.v[i];
                }
                snprintf(buf + len, sizeof buf - (size_t)len, "\n\t%s: %s", pos_string(o->pos), o->name);
                check_error_at(c, n->obj->pos, "%s", buf);
            }
        }
        for (int p = 0; p < n->pred.len; p++) ((GNode *)n->pred.v[p])->ndeps--;
        Object *v = n->obj;
        if (v->kind != OBJ_VAR || !v->dinfo || !v->dinfo->init) continue;
        bool was = false;
        for (int k = 0; k < emitted.len; k++)
            if (emitted.v[k] == v->dinfo) was = true;
        if (was) continue;
        vec_push(&emitted, v->dinfo);
        Initializer *in = NEW(Initializer);
        if (v->dinfo->nlhs > 0) {
            in->lhs = v->dinfo->lhs;
            in->nlhs = v->dinfo->nlhs;
        } else {
            in->lhs = NEWN(Object *, 1);
            in->lhs[0] = v;
            in->nlhs = 1;
        }
        in->rhs = v->dinfo->init;
        vec_push(&c->pkg->init_order, in);
    }
}

/* ---- final sweep: default types for leftover untyped expressions ---- */

static void sweep(Node *n, int depth) {
    if (!n || depth > 5000) return;
    if (n->type && types_is_untyped(n->type) && n->type->kind != TY_UNTYPED_NIL && n->tmode != TM_TYPEXPR) {
        Type *d = types_default(n->type);
        if (n->cval) {
            Const *r;
            int why;
            if (const_representable(n->cval, d, &r, &why)) n->cval = r;
        }
        n->type = d;
    }
    sweep(n->x, depth + 1);
    sweep(n->y, depth + 1);
    sweep(n->z, depth + 1);
    sweep(n->w, depth + 1);
    sweep(n->body, depth + 1);
    for (int i = 0; i < n->list.len; i++) sweep(n->list.v[i], depth + 1);
    for (int i = 0; i < n->list2.len; i++) sweep(n->list2.v[i], depth + 1);
    for (int i = 0; i < n->list3.len; i++) sweep(n->list3.v[i], depth + 1);
}

/* ---- entry points ---- */

static Package *check_files(const char *path, Node **files, int n, const TypesConfig *cfg);

static int cmp_obj_order(const void *a, const void *b) {
    const Object *x = *(Object *const *)a, *y = *(Object *const *)b;
    if (x->order != y->order) return x->order < y->order ? -1 : 1;
    return (x > y) - (x < y);
}

/* The checker recurses along the syntax tree (an expression of 100,000
 * operands nests that deep), so it runs on a thread with a large stack;
 * pages are only committed as they are touched. */
typedef struct CheckJob {
    const char *path;
    Node **files;
    int n;
    const TypesConfig *cfg;
    Package *result;
} CheckJob;

/* set on the checker's thread: the packages a check imports are checked
 * on the same thread (one thread per build, not one per package) */
static __thread bool on_check_thread;

static void *check_thread(void *arg) {
    CheckJob *j = arg;
    on_check_thread = true;
    j->result = check_files(j->path, j->files, j->n, j->cfg);
    return NULL;
}

static Package *check_files_phase(const char *path, Node **files, int n, const TypesConfig *cfg);

Package *types_check_files(const char *path, Node **files, int n, const TypesConfig *cfg) {
    int prev = diag_phase(DIAG_CHECK);
    Package *p = check_files_phase(path, files, n, cfg);
    diag_phase(prev);
    return p;
}

static Package *check_files_phase(const char *path, Node **files, int n, const TypesConfig *cfg) {
    if (on_check_thread) return check_files(path, files, n, cfg);
    CheckJob job = {path, files, n, cfg, NULL};
    pthread_attr_t attr;
    pthread_t th;
    if (pthread_attr_init(&attr) == 0) {
        pthread_attr_setstacksize(&attr, (size_t)512 << 20);
        if (pthread_create(&th, &attr, check_thread, &job) == 0) {
            pthread_join(th, NULL);
            pthread_attr_destroy(&attr);
            return job.result;
        }
        pthread_attr_destroy(&attr);
    }
    return check_files(path, files, n, cfg);
}

/* The module path of the go.mod above the directory of file `src` when
 * import path `ip` names a directory of that module (the go command would
 * build it as a package of the module), else NULL. */
static const char *module_of_import(const char *src, const char *ip) {
    char dir[4096];
    if (!realpath(src, dir)) return NULL;
    for (char *slash = strrchr(dir, '/'); slash; slash = strrchr(dir, '/')) {
        *slash = 0; /* the parent directory of what dir named */
        char gomod[4200];
        snprintf(gomod, sizeof gomod, "%s/go.mod", dir[0] ? dir : "");
        FILE *fp = fopen(gomod, "r");
        if (!fp) continue;
        char line[1024], mod[1024] = "";
        while (fgets(line, sizeof line, fp))
            if (sscanf(line, " module %1023s", mod) == 1) break;
        fclose(fp);
        size_t ml = strlen(mod);
        if (ml >= 2 && mod[0] == '"' && mod[ml - 1] == '"') { /* module "x" */
            memmove(mod, mod + 1, ml - 2);
            mod[ml - 2] = 0;
            ml -= 2;
        }
        if (!ml || strncmp(ip, mod, ml) != 0 || (ip[ml] != '/' && ip[ml] != 0)) return NULL;
        char pkgdir[8400];
        snprintf(pkgdir, sizeof pkgdir, "%s%s", dir, ip + ml);
        DIR *dp = opendir(pkgdir);
        if (!dp) return NULL;
        closedir(dp);
        return arena_strdup(mod);
    }
    return NULL;
}

static Package *check_files(const char *path, Node **files, int n, const TypesConfig *cfg) {
    types_init();
    static const TypesConfig defcfg = {0};
    if (!cfg) cfg = &defcfg;
    Package *pkg = NEW(Package);
    pkg->path = arena_strdup(path);
    pkg->link = cfg->link_path ? arena_strdup(cfg->link_path) : pkg->path;
    pkg->name = n > 0 && files[0] ? str_cstr(files[0]->name) : "main";
    pkg->name = intern_c(pkg->name);
    pkg->scope = types_new_scope(types_universe, arena_printf("package %s", pkg->name));
    pkg->files = files;
    pkg->nfiles = n;
    pkg->is_std = cfg->std_package;
    Checker *c = NEW(Checker);
    c->pkg = pkg;
    c->cfg = cfg;
    /* -lang limits the checked package only (types2's allowVersion) */
    if (cfg->lang && !cfg->std_package && sscanf(cfg->lang, "go%d.%d", &c->lang_major, &c->lang_minor) != 2)
        c->lang_major = c->lang_minor = 0;
    c->scope = pkg->scope;
    Checker *saved_cur = cur_checker;
    cur_checker = c;
    for (int i = 0; i < n; i++)
        if (files[i] && str_eqc(files[i]->name, "_"))
            check_error_at(c, files[i]->y ? files[i]->y->pos : files[i]->pos, "invalid package name _");
    Vec saved_methods = method_lists;
    method_lists = (Vec){0};

    /* package clause names must agree */
    for (int i = 1; i < n; i++) {
        if (!str_eqc(files[i]->name, pkg->name)) {
            Node *id = files[i]->y ? files[i]->y : files[i];
            check_error_at(c, id->pos, "package %.*s; expected %s", files[i]->name.len, files[i]->name.p, pkg->name);
        }
    }

    collect(c, files, n);

    /* pass 2: package-level declarations in source order */
    Vec objs = {0};
    for (int i = 0; i < pkg->scope->nobjs; i++) vec_push(&objs, pkg->scope->objs[i]);
    /* also methods, init funcs and blank-named objects (not in the scope) */
    for (int i = 0; i < method_lists.len; i++) {
        MethodList *ml = method_lists.v[i];
        for (int k = 0; k < ml->methods.len; k++) vec_push(&objs, ml->methods.v[k]);
    }
    for (int fi = 0; fi < n; fi++) {
        Node *f = files[fi];
        for (int di = 0; di < f->list.len; di++) {
            Node *d = f->list.v[di];
            if (d->kind == N_FUNCDECL && d->y && d->y->obj) vec_push(&objs, d->y->obj);
            if (d->kind == N_GENDECL)
                for (int si = 0; si < d->list.len; si++) {
                    Node *s = d->list.v[si];
                    if (s->kind == N_TYPESPEC && s->y && s->y->obj) vec_push(&objs, s->y->obj);
                    if (s->kind == N_CONSTSPEC || s->kind == N_VARSPEC)
                        for (int k = 0; k < s->list.len; k++)
                            if (s->list.v[k]->obj) vec_push(&objs, s->list.v[k]->obj);
                }
        }
    }
    /* sort by declaration order, dropping duplicates */
    if (objs.len > 1) qsort(objs.v, (size_t)objs.len, sizeof(void *), cmp_obj_order);
    {
        int k = 0;
        for (int i = 0; i < objs.len; i++)
            if (k == 0 || objs.v[k - 1] != objs.v[i]) objs.v[k++] = objs.v[i];
        objs.len = k;
    }
    /* methods whose receiver base type is not a local defined type */
    for (int i = 0; i < objs.len; i++) {
        Object *o = objs.v[i];
        if (o->kind == OBJ_FUNC && o->decl && o->decl->w) {
            bool ptr;
            Node *bn = recv_base_name(o->decl->w->x, &ptr);
            (void)bn;
        }
    }
    /* types2's order: defined types first, then aliases, then the rest,
     * so that an alias's type is there before a value needs it
     * (`type F = func(T); type T interface{ m(F) }`) */
    for (int pass = 0; pass < 3; pass++)
        for (int i = 0; i < objs.len; i++) {
            Object *o = objs.v[i];
            bool alias = o->kind == OBJ_TYPE && o->spec && (o->spec->flags & NF_ALIAS);
            int rank = o->kind != OBJ_TYPE ? 2 : alias ? 1 : 0;
            if (rank == pass) check_obj_decl(c, o);
        }
    resolve_pending_named();
    for (int i = 0; i < pending_named.len; i += 2) ((Type *)pending_named.v[i])->underlying = types_typ[TY_INVALID];
    pending_named.len = 0;

    /* pass 3: function bodies (and the instances of generic functions
     * and types they use, checked as they are met) */
    for (int i = 0;; i++) {
        types_generic_in_body(false);
        types_generic_flush(c);
        if (i >= c->later.len && !(!pkg->is_std && types_generic_complete())) break;
        if (i >= c->later.len) {
            i--;
            continue;
        }
        FuncInfo *fi = c->later.v[i];
        Object *o = fi->obj;
        c->decl = o ? o->dinfo : NULL;
        Scope *s = NULL;
        /* the function scope holds the parameters; re-create the body scope */
        c->fn = fi;
        c->sig = fi->sig;
        c->iota = NULL;
        c->errpos = (Pos){0, 0, 0};
        s = fi->scope;
        c->scope = s;
        c->in_instance = o && o->generic;
        types_generic_in_body(c->in_instance);
        c->tp_tainted = false;
        check_func_body(c, fi, fi->decl->body);
        c->in_instance = false;
        c->tp_tainted = false;
        c->fn = NULL;
        c->sig = NULL;
        c->decl = NULL;
    }
    /* generic bodies no instance reached: checked once with stand-ins */
    if (!pkg->is_std) types_check_uninstantiated(c);

    /* pass 4 */
    run_embed_checks(c);
    run_iface_checks(c);
    run_map_checks(c);
    run_var_type_checks(c);
    {
        /* drop this checker's deferred checks (the list is global) */
        int k = 0;
        for (int i = 0; i < map_checks.len; i++)
            if (((MapKeyCheck *)map_checks.v[i])->c != c) map_checks.v[k++] = map_checks.v[i];
        map_checks.len = k;
    }
    if (!pkg->is_std) {
        {
            for (int k = 0; k < c->pkgnames.len; k++) {
                Object *pn = c->pkgnames.v[k];
                if (pn->used) continue;
                Package *ip = pn->imported;
                if (!strcmp(pn->name, "."))
                    check_error_at(c, pn->pos, "imported and not used: \"%s\"", ip->path);
                else if (strcmp(pn->name, ip->name) != 0)
                    check_error_at(c, pn->pos, "imported and not used: \"%s\" as %s", ip->path, pn->name);
                else
                    check_error_at(c, pn->decl && pn->decl->y ? pn->decl->y->pos : pn->pos,
                                   "imported and not used: \"%s\"", ip->path);
            }
        }
    }
    if (!pkg->is_std) types_mono_report(c);
    init_order(c, &objs);
    if (c->nerrors == 0) {
        for (int i = 0; i < c->bodyless.len; i++) {
            Node *fd = c->bodyless.v[i];
            Pos p = fd->y ? fd->y->pos : fd->pos;
            if (fd->w) {
                /* methods: gc names the receiver list's '(' */
                p = fd->w->list.len ? fd->w->list.v[0]->pos : start_pos(fd->w->x);
                if (p.col > 1) p.col--;
            }
            check_error_at(c, p, "missing function body");
        }
        for (int i = 0; i < c->generic_tdecls.len; i++)
            check_error_at(c, ((Node *)c->generic_tdecls.v[i])->pos,
                           "type declarations inside generic functions are not currently supported");
        /* directives a declaration took but does not allow: gc's irgen
         * reports them only when nothing else failed (parse_lex.c) */
        if (diag_count() == 0)
            for (int i = 0; i < n; i++)
                for (int k = 0; k < files[i]->list3.len; k++)
                    check_error_at(c, files[i]->list3.v[k]->pos, "misplaced compiler directive");
        /* (the standard packages declare no such type) */
        if (diag_count() == 0 && !pkg->is_std)
            for (int i = 0; i < n; i++) size_walk(c, files[i], 0);
    }
    for (int i = 0; i < n; i++) sweep(files[i], 0);
    /* main package needs func main */
    if (!strcmp(pkg->name, "main") && !pkg->is_std && cfg->require_main) {
        Object *m = types_scope_lookup(pkg->scope, "main");
        if (!m) check_error_at(c, (Pos){0, 0, 0}, "function main is undeclared in the main package");
    }
    pkg->checked = true;
    cur_checker = saved_cur;
    method_lists = saved_methods;
    vec_push(&types_packages, pkg);
    return pkg;
}

/* ---- stdlib loading ---- */

typedef struct LoadedPkg {
    const char *path;
    Package *pkg;
    bool loading;
} LoadedPkg;
static Vec loaded;

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

Package *types_import(const char *path, const TypesConfig *cfg) {
    types_init();
    if (!strcmp(path, "unsafe")) return types_unsafe;
    for (int i = 0; i < loaded.len; i++) {
        LoadedPkg *l = loaded.v[i];
        if (!strcmp(l->path, path)) return l->loading ? NULL : l->pkg;
    }
    if (!cfg || !cfg->stdlib_dir) return NULL;
    /* reject odd paths */
    if (strstr(path, "..") || path[0] == '/' || path[0] == '.') return NULL;
    const char *dir = arena_printf("%s/%s", cfg->stdlib_dir, path);
    DIR *dp = opendir(dir);
    if (!dp) return NULL;
    Vec names = {0};
    struct dirent *de;
    while ((de = readdir(dp))) {
        size_t l = strlen(de->d_name);
        if (l > 3 && !strcmp(de->d_name + l - 3, ".go") && !(l > 8 && !strcmp(de->d_name + l - 8, "_test.go")))
            vec_push(&names, arena_strdup(de->d_name));
    }
    closedir(dp);
    if (names.len == 0) return NULL;
    qsort(names.v, (size_t)names.len, sizeof(char *), cmp_str);
    LoadedPkg *lp = NEW(LoadedPkg);
    lp->path = arena_strdup(path);
    lp->loading = true;
    vec_push(&loaded, lp);
    Node **files = NEWN(Node *, names.len);
    int nf = 0;
    for (int i = 0; i < names.len; i++) {
        const char *fp = arena_printf("%s/%s", dir, (char *)names.v[i]);
        int idx = file_load(fp);
        if (idx < 0) continue;
        Node *f = parse_file(idx);
        if (f) files[nf++] = f;
    }
    TypesConfig scfg = *cfg;
    scfg.allow_bodyless = true;
    scfg.require_main = false;
    scfg.std_package = true;
    scfg.link_path = NULL;
    Package *p = types_check_files(path, files, nf, &scfg);
    p->is_std = true;
    lp->pkg = p;
    lp->loading = false;
    return p;
}
