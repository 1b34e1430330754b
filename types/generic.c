/*
 * generic.c: user-defined generics: type parameter lists, constraints and
 * their type sets, function argument type inference, and instantiation.
 *
 * gosub compiles generic code by instantiation.  Every instance the
 * program uses -- a function Map[int,string], a type Stack[string] and
 * each of its methods -- gets its own copy of the generic declaration
 * (ast_clone), checked with the type parameters' names bound to the type
 * arguments (OBJ_TYPE aliases with tparam_alias set).  Later stages then
 * see ordinary functions, methods and defined types.  Only the signatures
 * of generic functions and methods and the underlying types of generic
 * types are checked with TY_TYPEPARAM types in them: that is what
 * inference (unify against the argument types), instantiation (subst) and
 * constraint satisfaction need.
 *
 * Instances are created where they are first needed (a call, an explicit
 * F[T], a type expression T[int]) with a substituted signature; their
 * bodies are queued and checked at the next safe point in pass 3
 * (types_generic_flush), which may queue further instances.
 *
 * What is checked where: a generic body is type-checked only as
 * instances.  In an instance body each type argument is a copy marked as
 * standing for its type parameter (types_shape_arg), and the checks Go
 * makes against the constraint rather than the argument consult that
 * mark: comparisons (expr.c), operators, conversions, untyped operands
 * meeting a type parameter, indexing, slicing, len/cap, range, make,
 * calls, selectors and type switches (constraint.c's rules, called from
 * expr.c, call.c and stmt.c), and errors print the type parameter
 * ("T constrained by any").  A generic function or method no concrete
 * instance reaches is checked once after pass 3 with stand-in type
 * arguments from its constraints (genbody.c), its errors reported and
 * its instance dropped.  Assignability with type parameters as types of
 * their own (int vs T, T vs U, interface == T) is checked only where both
 * types are certain (constraint.c): elsewhere a type argument cannot
 * always be told from the type parameter it stands for (other instances'
 * signatures carry the same marks), and the instances' ordinary checks
 * decide.
 *
 * Invariants: one instance per (generic, identical type arguments); an
 * instance whose type arguments mention type parameters (List[T] inside
 * List's own declaration) is a type only, never compiled; each queued body
 * is checked exactly once.
 */
#include <string.h>
#include <unistd.h>

#include "types/internal.h"
#include "types/types.h"

/* ---- type parameters and constraints ---- */

static Type *new_typeparam(Object *tn, int index) {
    Type *tp = types_new_named(tn, types_empty_iface);
    tp->kind = TY_TYPEPARAM;
    tp->tpindex = index;
    tp->bound = types_empty_iface;
    tn->type = tp;
    return tp;
}

static void add_term(TypeUnion *u, Type *t, bool tilde) {
    Type **nt = NEWN(Type *, u->n + 1);
    bool *nb = NEWN(bool, u->n + 1);
    if (u->n) {
        memcpy(nt, u->terms, sizeof(Type *) * (size_t)u->n);
        memcpy(nb, u->tilde, sizeof(bool) * (size_t)u->n);
    }
    nt[u->n] = t;
    nb[u->n] = tilde;
    u->terms = nt;
    u->tilde = nb;
    u->n++;
}

/* multi: the union has two or more terms (a lone interface term is an
 * embedded interface, checked elsewhere). */
static void union_terms(Checker *c, TypeUnion *u, Node *e, bool multi) {
    if (!e) return;
    if (e->kind == N_BINARY && e->op == T_OR) {
        union_terms(c, u, e->x, true);
        union_terms(c, u, e->y, true);
        e->tmode = TM_TYPEXPR;
        return;
    }
    if (e->kind == N_PAREN) {
        union_terms(c, u, e->x, multi);
        return;
    }
    bool tilde = e->kind == N_UNARY && e->op == T_TILDE;
    Node *te = tilde ? e->x : e;
    Type *t = check_type(c, te);
    if (tilde) {
        e->type = t;
        e->tmode = TM_TYPEXPR;
    }
    if (t->kind == TY_INVALID) return;
    Type *ut = types_underlying(t);
    if (tilde && ut && ut->kind == TY_INTERFACE) {
        check_errorf(c, e, "invalid use of ~ (%s is an interface)", tstr(c, t));
        return;
    }
    if (multi && ut && ut->kind == TY_INTERFACE) {
        /* types2: an interface term of a union may not have methods nor
         * be or embed comparable (terms are printed package-qualified) */
        int nm = 0;
        types_iface_methods(ut, &nm);
        const char *q = types_qstring(t, NULL);
        if (nm != 0) check_errorf(c, e, "cannot use %s in union (%s contains methods)", q, q);
        else if (t == types_comparable_iface) check_errorf(c, e, "cannot use comparable in union");
        else if (ut->is_comparable) check_errorf(c, e, "cannot use %s in union (%s embeds comparable)", q, q);
        if (nm != 0 || ut->is_comparable) return;
    }
    if (tilde && !types_identical(t, types_underlying(t))) {
        check_errorf(c, e, "invalid use of ~ (underlying type of %s is %s)", tstr(c, t), tstr(c, types_underlying(t)));
        return;
    }
    /* types2: terms other than interfaces must be disjoint (a|a, a|~a,
     * ~a|A where A's underlying type is a) */
    if (types_underlying(t)->kind != TY_INTERFACE && !(t->kind == TY_NAMED && !t->underlying)) {
        for (int i = 0; i < u->n; i++) {
            Type *x = u->terms[i];
            if (types_underlying(x)->kind == TY_INTERFACE || (x->kind == TY_NAMED && !x->underlying)) continue;
            Type *ux = tilde ? types_underlying(x) : x, *uy = u->tilde[i] ? types_underlying(t) : t;
            if (types_identical(ux, uy)) {
                /* types2 prints terms with package-qualified types */
                check_errorf(c, e, "overlapping terms %s%s and %s%s", tilde ? "~" : "", types_qstring(t, NULL),
                             u->tilde[i] ? "~" : "", types_qstring(x, NULL));
                break;
            }
        }
    }
    add_term(u, t, tilde);
}

/* An interface element that is a type set term or union (`~int | string`,
 * or a non-interface type): appended to it's unions. */
void types_add_union(Checker *c, Type *it, Node *e) {
    TypeUnion *u = NEW(TypeUnion);
    union_terms(c, u, e, false);
    TypeUnion **nu = NEWN(TypeUnion *, it->nunions + 1);
    if (it->nunions) memcpy(nu, it->unions, sizeof(TypeUnion *) * (size_t)it->nunions);
    nu[it->nunions++] = u;
    it->unions = nu;
}

bool check_union_version(Checker *c, Type *it, Node *e) {
    if (check_allow_version(c, 1, 18)) return true;
    TypeUnion *un = it->unions[--it->nunions]; /* dropped from the type set, as types2 does */
    const char *text = "";
    for (int k = 0; k < un->n; k++)
        text = arena_printf("%s%s%s%s", text, k ? "|" : "", un->tilde[k] ? "~" : "", tstr(c, un->terms[k]));
    check_version_error(c, start_pos(e), "go1.18", "embedding interface element %s", text);
    return false;
}

/* The constraint of a type parameter: an interface, or a union / type
 * written in its place (`[T ~int | ~string]`), which means interface{ it }. */
static Type *check_constraint(Checker *c, Node *e) {
    if (!e) return types_empty_iface;
    if ((e->kind == N_BINARY && e->op == T_OR) || (e->kind == N_UNARY && e->op == T_TILDE)) {
        Type *it = types_new_interface(NULL, 0, NULL, 0);
        types_add_union(c, it, e);
        check_union_version(c, it, e);
        it->is_implicit = true;
        return it;
    }
    Type *t = check_type(c, e);
    if (t->kind == TY_INVALID) return types_empty_iface;
    if (types_underlying(t)->kind == TY_INTERFACE) return t;
    if (!check_allow_version(c, 1, 18)) {
        check_version_error(c, start_pos(e), "go1.18", "embedding non-interface type %s", tstr(c, t));
        Type *it = types_new_interface(NULL, 0, NULL, 0);
        it->is_implicit = true;
        return it;
    }
    Type *it = types_new_interface(NULL, 0, NULL, 0);
    TypeUnion *u = NEW(TypeUnion);
    add_term(u, t, false);
    it->unions = NEWN(TypeUnion *, 1);
    it->unions[0] = u;
    it->nunions = 1;
    it->is_implicit = true;
    return it;
}

/* Declares the type parameters of `fields` (N_FIELD lists) in s and checks
 * their constraints there (constraints may mention any of them). */
Type **types_declare_tparams(Checker *c, Scope *s, NodeList *fields, int *n) {
    Vec tps = {0};
    for (int i = 0; i < fields->len; i++) {
        Node *f = fields->v[i];
        for (int j = 0; j < f->list.len; j++) {
            Node *id = f->list.v[j];
            Object *tn = types_new_object(OBJ_TYPE, intern(id->name.p, id->name.len), NULL, id->pos, c->pkg);
            Type *tp = new_typeparam(tn, tps.len);
            declare(c, s, id, tn);
            id->type = tp;
            id->tmode = TM_TYPEXPR;
            vec_push(&tps, tp);
        }
    }
    Scope *saved = c->scope;
    c->scope = s;
    int k = 0;
    for (int i = 0; i < fields->len; i++) {
        Node *f = fields->v[i];
        Type *b = check_constraint(c, f->x);
        for (int j = 0; j < f->list.len; j++) ((Type *)tps.v[k++])->bound = b;
    }
    c->scope = saved;
    *n = tps.len;
    return (Type **)tps.v;
}

/* A generic body is checked only through its instances: the packages it
 * names are marked used here even when it is never instantiated. */
static void mark_pkg_uses(Scope *file_scope, Node *n, int depth) {
    if (!n || depth > 10000) return;
    if (n->kind == N_SELECTOR && n->x && n->x->kind == N_IDENT) {
        Object *o = types_scope_lookup(file_scope, intern(n->x->name.p, n->x->name.len));
        if (o && o->kind == OBJ_PKGNAME) o->used = true;
    }
    mark_pkg_uses(file_scope, n->x, depth + 1);
    mark_pkg_uses(file_scope, n->y, depth + 1);
    mark_pkg_uses(file_scope, n->z, depth + 1);
    mark_pkg_uses(file_scope, n->w, depth + 1);
    mark_pkg_uses(file_scope, n->body, depth + 1);
    for (int i = 0; i < n->list.len; i++) mark_pkg_uses(file_scope, n->list.v[i], depth + 1);
    for (int i = 0; i < n->list2.len; i++) mark_pkg_uses(file_scope, n->list2.v[i], depth + 1);
}

void types_generic_body_uses(Scope *file_scope, Node *body) { mark_pkg_uses(file_scope, body, 0); }

/* ---- type sets ---- */

typedef struct TermList {
    bool all; /* no restriction: every type */
    int n;
    Type **t;
    bool *tilde;
} TermList;

static void tl_add(TermList *l, Type *t, bool tilde) {
    Type **nt = NEWN(Type *, l->n + 1);
    bool *nb = NEWN(bool, l->n + 1);
    if (l->n) {
        memcpy(nt, l->t, sizeof(Type *) * (size_t)l->n);
        memcpy(nb, l->tilde, sizeof(bool) * (size_t)l->n);
    }
    nt[l->n] = t;
    nb[l->n] = tilde;
    l->t = nt;
    l->tilde = nb;
    l->n++;
}

/* term x is contained in term y */
static bool term_in(Type *x, bool xt, Type *y, bool yt) {
    if (yt) return types_identical(types_underlying(x), types_underlying(y));
    return !xt && types_identical(x, y);
}

static TermList tl_intersect(TermList a, TermList b) {
    if (a.all) return b;
    if (b.all) return a;
    TermList r = {0};
    for (int i = 0; i < a.n; i++) {
        for (int j = 0; j < b.n; j++) {
            if (term_in(a.t[i], a.tilde[i], b.t[j], b.tilde[j])) {
                tl_add(&r, a.t[i], a.tilde[i]);
                break;
            }
            if (term_in(b.t[j], b.tilde[j], a.t[i], a.tilde[i])) {
                tl_add(&r, b.t[j], b.tilde[j]);
                break;
            }
        }
    }
    return r;
}

static TermList typeset(Type *t, int depth);

static TermList union_set(TypeUnion *u, int depth) {
    TermList r = {0};
    for (int i = 0; i < u->n; i++) {
        Type *t = u->terms[i];
        if (!u->tilde[i] && types_underlying(t)->kind == TY_INTERFACE) {
            TermList s = typeset(t, depth + 1);
            if (s.all) return s;
            for (int k = 0; k < s.n; k++) tl_add(&r, s.t[k], s.tilde[k]);
        } else {
            tl_add(&r, t, u->tilde[i]);
        }
    }
    return r;
}

/* The type terms of an interface's type set (all: no type terms). */
static TermList typeset(Type *t, int depth) {
    TermList r = {true, 0, NULL, NULL};
    Type *it = types_underlying(t);
    if (it->kind != TY_INTERFACE || depth > 20) return r;
    for (int i = 0; i < it->nunions; i++) r = tl_intersect(r, union_set(it->unions[i], depth));
    for (int i = 0; i < it->nembeddeds; i++) r = tl_intersect(r, typeset(it->embeddeds[i], depth + 1));
    return r;
}

static bool has_comparable(Type *t, int depth) {
    Type *it = types_underlying(t);
    if (it->kind != TY_INTERFACE || depth > 20) return false;
    if (it->is_comparable) return true;
    for (int i = 0; i < it->nembeddeds; i++)
        if (has_comparable(it->embeddeds[i], depth + 1)) return true;
    return false;
}

/* Go 1.19's `comparable` wants strictly comparable types: no interface
 * (its dynamic values might not be), in a struct or array either. */
static bool strictly_comparable(Type *t, int depth) {
    if (!t || depth > 50) return true;
    if (t->kind == TY_TYPEPARAM) return types_tparam_comparable(t);
    Type *u = types_underlying(t);
    switch (u->kind) {
    case TY_INTERFACE: return false;
    case TY_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (!strictly_comparable(u->fields[i]->type, depth + 1)) return false;
        return true;
    case TY_ARRAY: return strictly_comparable(u->elem, depth + 1);
    default: return types_comparable(u);
    }
}

bool types_tparam_ordered(Type *tp) {
    if (!tp || tp->kind != TY_TYPEPARAM || !tp->bound) return true;
    TermList s = typeset(tp->bound, 0);
    if (s.all) return false;
    for (int i = 0; i < s.n; i++)
        if (!types_is_basic(s.t[i], BI_ORDERED)) return false;
    return true;
}

bool types_tparam_comparable(Type *tp) {
    if (!tp || tp->kind != TY_TYPEPARAM || !tp->bound) return true;
    if (has_comparable(tp->bound, 0)) return true;
    TermList s = typeset(tp->bound, 0);
    if (s.all) return false;
    for (int i = 0; i < s.n; i++)
        if (!types_comparable(s.t[i])) return false;
    return true; /* every type in the set is comparable (an empty set too) */
}

bool types_is_method_set(Type *iface, bool *comparable) {
    *comparable = has_comparable(iface, 0);
    return !*comparable && typeset(iface, 0).all;
}

bool types_iface_has_terms(Type *t) {
    Type *it = types_underlying(t);
    if (it->kind != TY_INTERFACE) return false;
    if (it->nunions) return true;
    for (int i = 0; i < it->nembeddeds; i++)
        if (types_iface_has_terms(it->embeddeds[i])) return true;
    return false;
}

/* The core type of a constraint: the single underlying type of all types
 * in its type set, or NULL. */
static Type *core_type(Type *bound) {
    Type *u = types_underlying(bound);
    if (u->kind != TY_INTERFACE) return u;
    TermList s = typeset(bound, 0);
    if (s.all || s.n == 0) return NULL;
    Type *cu = types_underlying(s.t[0]);
    for (int i = 1; i < s.n; i++)
        if (!types_identical(types_underlying(s.t[i]), cu)) return NULL;
    return cu;
}

Type *types_tparam_core(Type *tp) { return tp && tp->bound ? core_type(tp->bound) : NULL; }

/* Inside an instance's body a type argument is its shape (types_shape_arg),
 * whose underlying type is the argument's: [][]int for L in
 * `func F[E any, L ~[]E]`.  gc types the body from the generic's, where
 * ranging over or indexing L gives E, whose shape is go.shape.[]int_0.
 * reshape rebuilds the type parameter's core type over the argument's
 * underlying type u, each type parameter in it becoming the shape of the
 * part of u it stands for (u matches the core type: the argument
 * satisfied the constraint). */
static Type *reshape(Type *core, Type *u, int depth) {
    if (!core || !u || depth > 20) return u;
    if (core->kind == TY_TYPEPARAM) return types_shape_arg(u, core->tpindex, core);
    if (!types_mentions_tparams(core) || core->kind != u->kind) return u;
    switch (core->kind) {
    case TY_SLICE: return types_new_slice(reshape(core->elem, u->elem, depth + 1));
    case TY_ARRAY: return types_new_array(reshape(core->elem, u->elem, depth + 1), u->len);
    case TY_POINTER: return types_new_pointer(reshape(core->elem, u->elem, depth + 1));
    case TY_CHAN: return types_new_chan(u->dir, reshape(core->elem, u->elem, depth + 1));
    case TY_MAP: return types_new_map(reshape(core->key, u->key, depth + 1), reshape(core->elem, u->elem, depth + 1));
    default: return u;
    }
}

Type *types_shape_underlying(Type *t) {
    Type *u = types_underlying(t);
    if (!t || !t->shape_index || !t->shape_tparam || t->shape_tparam->kind != TY_TYPEPARAM) return u;
    Type *core = types_tparam_core(t->shape_tparam);
    return core ? reshape(core, u, 0) : u;
}

int types_tparam_terms(Type *tp, Type ***terms, bool **tilde) {
    TermList s = typeset(tp && tp->bound ? tp->bound : types_empty_iface, 0);
    if (s.all) return -1;
    *terms = s.t;
    *tilde = s.tilde;
    return s.n;
}

const char *types_unsatisfied(Checker *c, Type *tp, Type *targ);

static const char *terms_string(Checker *c, Type *bound) {
    TermList s = typeset(bound, 0);
    const char *r = "";
    for (int i = 0; i < s.n; i++) r = arena_printf("%s%s%s%s", r, i ? " | " : "", s.tilde[i] ? "~" : "", tstr(c, s.t[i]));
    return r;
}

/* A type parameter v as a type argument for constraint b (types2's
 * implements with V's type set: its bound's). */
static const char *tparam_unsatisfied(Checker *c, Type *b, Type *v) {
    Type *bu = types_underlying(b);
    if (bu->kind != TY_INTERFACE) return NULL;
    /* b has the instance's type arguments for the body's parameters (the
     * marked types): v's constraint too, to compare the two */
    Type *vb = v->bound ? v->bound : types_empty_iface;
    int n = 0;
    Type **tps = types_own_tparams(c, &n);
    Object *o = c->fn ? c->fn->obj : NULL;
    Type *rt = o && o->recv_type && o->recv_type->kind == TY_POINTER ? o->recv_type->elem : o ? o->recv_type : NULL;
    Type **targs = rt ? rt->targs : o ? o->targs : NULL;
    if (tps && targs && n == (rt ? rt->ntargs : o->ntargs)) vb = types_subst(vb, tps, targs, n, 0);
    TermList vs = typeset(vb, 0);
    if (!vs.all && vs.n == 0) return NULL; /* an empty type set is a subset of any */
    TermList ts = typeset(b, 0);
    int nm = 0;
    types_iface_methods(bu, &nm);
    if (nm == 0 && ts.all && !has_comparable(b, 0)) return NULL;
    const char *bname = tstr(c, b);
    if (!ts.all && ts.n == 0) return arena_printf("cannot implement %s (empty type set)", bname);
    if (nm > 0) {
        Object *alt = NULL;
        /* v's methods are its constraint's */
        Object *m = types_missing_method(vb, bu, true, &alt);
        if (m) return arena_printf("%s does not implement %s (missing %s method)", tstr(c, v), bname, m->name);
    }
    /* comparable: explicitly, or by the type terms */
    bool want = has_comparable(b, 0) || !ts.all; /* ts has terms here (an empty set returned above) */
    for (int i = 0; !has_comparable(b, 0) && !ts.all && i < ts.n; i++)
        if (!strictly_comparable(ts.t[i], 0)) want = false;
    const char *pending = want && !strictly_comparable(v, 0) ? arena_printf("%s does not implement comparable", tstr(c, v)) : NULL;
    if (ts.all) return pending;
    bool sub = !vs.all;
    for (int i = 0; sub && i < vs.n; i++) {
        bool in = false;
        for (int j = 0; j < ts.n && !in; j++) in = term_in(vs.t[i], vs.tilde[i], ts.t[j], ts.tilde[j]);
        sub = in;
    }
    if (!sub) return arena_printf("%s does not implement %s", tstr(c, v), bname);
    return pending;
}

/* NULL when targ satisfies tp's constraint, else the reason (types2's
 * "X does not implement Y (...)"). */
static const char *unsatisfied(Checker *c, Type *tp, Type *targ) {
    Type *b = tp->bound ? tp->bound : types_empty_iface;
    if (targ->kind == TY_TYPEPARAM) return tparam_unsatisfied(c, b, targ);
    /* in a generic body (checked through an instance): a type argument
     * that is the body's own type parameter is checked as types2 does,
     * by that parameter's constraint */
    Type *own = types_own_tparam(c, targ);
    if (own) return tparam_unsatisfied(c, b, own);
    if (c->stand_in && types_has_shape(targ)) return NULL; /* genbody.c: a stand-in is not what Go checks here */
    const char *bname = tstr(c, b);
    Type *bu = types_underlying(b);
    if (bu->kind != TY_INTERFACE) return NULL;
    /* methods */
    int nm = 0;
    types_iface_methods(bu, &nm);
    if (nm > 0) {
        Object *alt = NULL;
        Object *m = types_missing_method(targ, bu, true, &alt);
        if (m) return arena_printf("%s does not implement %s (missing %s method)", tstr(c, targ), bname, m->name);
    }
    if (has_comparable(b, 0) && !strictly_comparable(targ, 0))
        return arena_printf("%s does not implement comparable", tstr(c, targ));
    TermList s = typeset(b, 0);
    if (!s.all) {
        bool in = false;
        if (types_underlying(targ)->kind != TY_INTERFACE) {
            for (int i = 0; i < s.n && !in; i++) in = term_in(targ, false, s.t[i], s.tilde[i]);
        }
        if (!in) {
            if (s.n == 0) return arena_printf("cannot implement %s (empty type set)", bname);
            return arena_printf("%s does not implement %s (%s missing in %s)", tstr(c, targ), bname, tstr(c, targ), terms_string(c, b));
        }
    }
    return NULL;
}

const char *types_unsatisfied(Checker *c, Type *tp, Type *targ) { return unsatisfied(c, tp, targ); }

/* ---- substitution ---- */

static bool mentions_tparams(Type *t, int depth) {
    if (!t || depth > 30) return false;
    switch (t->kind) {
    case TY_TYPEPARAM:
        return true;
    case TY_POINTER:
    case TY_SLICE:
    case TY_ARRAY:
    case TY_CHAN:
        return mentions_tparams(t->elem, depth + 1);
    case TY_MAP:
        return mentions_tparams(t->key, depth + 1) || mentions_tparams(t->elem, depth + 1);
    case TY_TUPLE:
    case TY_STRUCT:
        for (int i = 0; i < t->nfields; i++)
            if (mentions_tparams(t->fields[i]->type, depth + 1)) return true;
        return false;
    case TY_FUNC:
        return mentions_tparams(t->params, depth + 1) || mentions_tparams(t->results, depth + 1);
    case TY_NAMED:
        if (t->ntparams && !t->ntargs) return true; /* the generic type itself, as its own methods' receiver */
        for (int i = 0; i < t->ntargs; i++)
            if (mentions_tparams(t->targs[i], depth + 1)) return true;
        return false;
    case TY_INTERFACE:
        for (int i = 0; i < t->nmethods; i++)
            if (mentions_tparams(t->methods[i]->type, depth + 1)) return true;
        for (int i = 0; i < t->nembeddeds; i++)
            if (mentions_tparams(t->embeddeds[i], depth + 1)) return true;
        for (int i = 0; i < t->nunions; i++)
            for (int k = 0; k < t->unions[i]->n; k++)
                if (mentions_tparams(t->unions[i]->terms[k], depth + 1)) return true;
        return false;
    default:
        return false;
    }
}

bool types_mentions_tparams(Type *t) { return mentions_tparams(t, 0); }

static Object *subst_var(Object *f, Type *nt) {
    Object *o = NEW(Object);
    *o = *f;
    o->type = nt;
    return o;
}

Type *types_subst(Type *t, Type **tparams, Type **targs, int n, int depth) {
    if (!t || depth > 40 || n == 0) return t;
    for (int i = 0; i < n; i++)
        if (t == tparams[i]) return targs[i];
    switch (t->kind) {
    case TY_POINTER: {
        Type *e = types_subst(t->elem, tparams, targs, n, depth + 1);
        return e == t->elem ? t : types_new_pointer(e);
    }
    case TY_SLICE: {
        Type *e = types_subst(t->elem, tparams, targs, n, depth + 1);
        return e == t->elem ? t : types_new_slice(e);
    }
    case TY_ARRAY: {
        Type *e = types_subst(t->elem, tparams, targs, n, depth + 1);
        return e == t->elem ? t : types_new_array(e, t->len);
    }
    case TY_CHAN: {
        Type *e = types_subst(t->elem, tparams, targs, n, depth + 1);
        return e == t->elem ? t : types_new_chan(t->dir, e);
    }
    case TY_MAP: {
        Type *k = types_subst(t->key, tparams, targs, n, depth + 1);
        Type *e = types_subst(t->elem, tparams, targs, n, depth + 1);
        return k == t->key && e == t->elem ? t : types_new_map(k, e);
    }
    case TY_TUPLE:
    case TY_STRUCT: {
        bool ch = false;
        Object **v = NEWN(Object *, t->nfields + 1);
        for (int i = 0; i < t->nfields; i++) {
            Type *ft = types_subst(t->fields[i]->type, tparams, targs, n, depth + 1);
            v[i] = ft != t->fields[i]->type ? subst_var(t->fields[i], ft) : t->fields[i];
            if (ft != t->fields[i]->type) ch = true;
        }
        if (!ch) return t;
        if (t->kind == TY_TUPLE) return types_new_tuple(v, t->nfields);
        for (int i = 0; i < t->nfields; i++)
            if (v[i] == t->fields[i]) v[i] = subst_var(t->fields[i], t->fields[i]->type);
        return types_new_struct(v, t->nfields);
    }
    case TY_FUNC: {
        Type *p = types_subst(t->params, tparams, targs, n, depth + 1);
        Type *r = types_subst(t->results, tparams, targs, n, depth + 1);
        if (p == t->params && r == t->results && !t->ntparams) return t;
        return types_new_func(t->recv, p, r, t->variadic);
    }
    case TY_INTERFACE: {
        if (!mentions_tparams(t, depth)) return t;
        Object **ms = NEWN(Object *, t->nmethods + 1);
        for (int i = 0; i < t->nmethods; i++) {
            ms[i] = NEW(Object);
            *ms[i] = *t->methods[i];
            ms[i]->type = types_subst(t->methods[i]->type, tparams, targs, n, depth + 1);
        }
        Type **es = NEWN(Type *, t->nembeddeds + 1);
        for (int i = 0; i < t->nembeddeds; i++) es[i] = types_subst(t->embeddeds[i], tparams, targs, n, depth + 1);
        Type *it = types_new_interface(ms, t->nmethods, es, t->nembeddeds);
        it->nunions = t->nunions;
        it->unions = NEWN(TypeUnion *, t->nunions + 1);
        for (int i = 0; i < t->nunions; i++) {
            TypeUnion *u = t->unions[i], *nu = NEW(TypeUnion);
            *nu = *u;
            nu->terms = NEWN(Type *, u->n + 1);
            for (int k = 0; k < u->n; k++) nu->terms[k] = types_subst(u->terms[k], tparams, targs, n, depth + 1);
            it->unions[i] = nu;
        }
        it->is_comparable = t->is_comparable;
        it->is_implicit = t->is_implicit;
        return it;
    }
    case TY_NAMED: {
        if (t->ntparams && !t->ntargs) {
            /* the generic type itself (a method's receiver): its own
             * parameters, substituted */
            Type **na = NEWN(Type *, t->ntparams + 1);
            for (int i = 0; i < t->ntparams; i++) na[i] = types_subst(t->tparams[i], tparams, targs, n, depth + 1);
            return types_instantiate(t, na, t->ntparams);
        }
        if (!t->orig || !t->ntargs) return t;
        bool ch = false;
        Type **na = NEWN(Type *, t->ntargs + 1);
        for (int i = 0; i < t->ntargs; i++) {
            na[i] = types_subst(t->targs[i], tparams, targs, n, depth + 1);
            if (na[i] != t->targs[i]) ch = true;
        }
        return ch ? types_instantiate(t->orig, na, t->ntargs) : t;
    }
    default:
        return t;
    }
}

static Object *subst_var(Object *f, Type *nt);

/* ---- shape markers ---- */

bool types_shape_keeps_pointer(Type *t, Type *tparam) {
    Type *u = t ? types_underlying(t) : NULL;
    if (!u || u->kind != TY_POINTER) return false;
    if (u->elem && types_underlying(u->elem)->kind == TY_ARRAY) return true;
    return tparam && tparam->kind == TY_TYPEPARAM && tparam->bound && core_type(tparam->bound) != NULL;
}

static bool shape_spelled_apart(Type *t, int depth);

Type *types_shape_arg(Type *t, int k, Type *tparam) {
    /* a type argument written in another instance's body carries that
     * body's marks: this instance numbers its own, except those gc spells
     * from that body's shapes (Object.plain_inst): they keep the marks
     * inside, which spell this instance's shapes */
    if (t && types_has_shape(t) && !shape_spelled_apart(t, 0)) t = types_unshape(t);
    bool keep = types_shape_keeps_pointer(t, tparam);
    /* basic types compare by kind and unnamed composite types by structure
     * (also in codegen, whose type keys are structural): a marked copy is
     * the same type; a defined type's copy points to it (shape_plain) and
     * types_identical follows that. */
    if (!t || t->kind == TY_TUPLE || t->kind == TY_TYPEPARAM || t->kind == TY_INVALID || types_is_untyped(t) || t->shape_index)
        return t;
    static Vec cache; /* Type* copies */
    for (int i = 0; i < cache.len; i++) {
        Type *c = cache.v[i];
        if (c->shape_index == k + 1 && c->shape_keep_ptr == keep && c->shape_tparam == tparam &&
            (c->kind < TY_NUM_BASIC ? c->kind == t->kind && c->name == t->name : c->shape_plain == t))
            return c;
    }
    Type *c = NEW(Type);
    *c = *t;
    c->shape_index = k + 1;
    c->shape_keep_ptr = keep;
    c->shape_tparam = tparam;
    if (t->kind >= TY_NUM_BASIC) c->shape_plain = t; /* the cache's key (composite copies only) */
    vec_push(&cache, c);
    return c;
}

static bool has_shape(Type *t, int depth) {
    if (!t || depth > 20) return false;
    if (t->shape_index) return true;
    switch (t->kind) {
    case TY_POINTER:
    case TY_SLICE:
    case TY_ARRAY:
    case TY_CHAN:
        return has_shape(t->elem, depth + 1);
    case TY_MAP:
        return has_shape(t->key, depth + 1) || has_shape(t->elem, depth + 1);
    case TY_STRUCT:
    case TY_TUPLE:
        for (int i = 0; i < t->nfields; i++)
            if (has_shape(t->fields[i]->type, depth + 1)) return true;
        return false;
    case TY_FUNC:
        return has_shape(t->params, depth + 1) || has_shape(t->results, depth + 1);
    case TY_NAMED:
        return t->shape_plain != NULL;
    case TY_INTERFACE: /* interface{ bar() T } in an instance */
        for (int i = 0; i < t->nmethods; i++)
            if (has_shape(t->methods[i]->type, depth + 1)) return true;
        for (int i = 0; i < t->nembeddeds; i++)
            if (has_shape(t->embeddeds[i], depth + 1)) return true;
        return false;
    default:
        return false;
    }
}

bool types_has_shape(Type *t) { return has_shape(t, 0); }

/* t without shape marks; with reparam, each marked type argument becomes
 * the type parameter it stands for (the type as the generic declaration
 * spells it) instead of the plain type. */
static Type *unshape(Type *t, int depth, bool reparam) {
    if (!t || depth > 30 || !has_shape(t, 0)) return t;
    if (t->shape_index && reparam && t->shape_tparam && t->shape_tparam->kind == TY_TYPEPARAM) return t->shape_tparam;
    if (t->shape_index && t->kind >= TY_NUM_BASIC) return unshape(t->shape_plain, depth + 1, reparam);
    if (t->shape_index) {
        if (t->name && !strcmp(t->name, "byte")) return types_byte;
        if (t->name && !strcmp(t->name, "rune")) return types_rune;
        return types_typ[t->kind];
    }
    switch (t->kind) {
    case TY_NAMED:
        if (reparam && t->orig && t->ntargs) {
            Type **na = NEWN(Type *, t->ntargs + 1);
            for (int i = 0; i < t->ntargs; i++) na[i] = unshape(t->targs[i], depth + 1, reparam);
            return types_instantiate(t->orig, na, t->ntargs);
        }
        return t->shape_plain;
    case TY_POINTER:
        return types_new_pointer(unshape(t->elem, depth + 1, reparam));
    case TY_SLICE:
        return types_new_slice(unshape(t->elem, depth + 1, reparam));
    case TY_ARRAY:
        return types_new_array(unshape(t->elem, depth + 1, reparam), t->len);
    case TY_CHAN:
        return types_new_chan(t->dir, unshape(t->elem, depth + 1, reparam));
    case TY_MAP:
        return types_new_map(unshape(t->key, depth + 1, reparam), unshape(t->elem, depth + 1, reparam));
    case TY_STRUCT:
    case TY_TUPLE: {
        Object **v = NEWN(Object *, t->nfields + 1);
        for (int i = 0; i < t->nfields; i++) v[i] = subst_var(t->fields[i], unshape(t->fields[i]->type, depth + 1, reparam));
        return t->kind == TY_TUPLE ? types_new_tuple(v, t->nfields) : types_new_struct(v, t->nfields);
    }
    case TY_FUNC:
        return types_new_func(t->recv, unshape(t->params, depth + 1, reparam), unshape(t->results, depth + 1, reparam), t->variadic);
    case TY_INTERFACE: { /* a value's interface type: methods and embedded ones (no unions) */
        Object **ms = NEWN(Object *, t->nmethods + 1);
        for (int i = 0; i < t->nmethods; i++) {
            ms[i] = NEW(Object);
            *ms[i] = *t->methods[i];
            ms[i]->type = unshape(t->methods[i]->type, depth + 1, reparam);
        }
        Type **es = NEWN(Type *, t->nembeddeds + 1);
        for (int i = 0; i < t->nembeddeds; i++) es[i] = unshape(t->embeddeds[i], depth + 1, reparam);
        return types_new_interface(ms, t->nmethods, es, t->nembeddeds);
    }
    default:
        return t;
    }
}

Type *types_unshape(Type *t) { return unshape(t, 0, false); }

Type *types_reparam(Type *t) { return unshape(t, 0, true); }

/* ---- instantiation ---- */

typedef struct Pending {
    Object *inst;    /* the instance function or method */
    Object *generic; /* its generic declaration's object */
    Type **targs;
    int ntargs;
} Pending;

static Vec pending;       /* Pending*: bodies to check at the next flush */
static Vec type_instances; /* Type*: instances of generic types */
static Vec func_instances; /* Object*: instances of generic functions */
static Vec checked_generics; /* Object*: generic functions and methods with an instance body checked */

/* ---- marks for a check-only instance (genbody.c) ---- */

void types_generic_lists_mark(int mark[3]) {
    mark[0] = pending.len;
    mark[1] = type_instances.len;
    mark[2] = func_instances.len;
}

void types_generic_lists_rewind(const int mark[3]) {
    pending.len = mark[0];
    type_instances.len = mark[1];
    func_instances.len = mark[2];
}

bool types_generic_body_checked(Object *g) {
    for (int i = 0; i < checked_generics.len; i++)
        if (checked_generics.v[i] == g) return true;
    return false;
}

static bool same_targs(Type **a, Type **b, int n) {
    for (int i = 0; i < n; i++)
        if (!types_identical(a[i], b[i])) return false;
    return true;
}

static bool in_body; /* checking an instance's body (types_generic_in_body) */

void types_generic_in_body(bool on) { in_body = on; }

static bool is_user_generic(Type *g) { return g->obj && g->obj->pkg && !g->obj->pkg->is_std; }

static void queue_body(Object *inst, Object *generic, Type **targs, int n) {
    if (types_mono_stops(generic)) return; /* on an instantiation cycle: its bodies would never end */
    Pending *p = NEW(Pending);
    p->inst = inst;
    p->generic = generic;
    p->targs = targs;
    p->ntargs = n;
    vec_push(&pending, p);
}

/* The instance's methods: the generic type's, with substituted
 * signatures; concrete instances of user types queue their bodies. */
static void instance_methods(Type *in) {
    Type *g = in->orig;
    Type *plain = in->shape_plain;
    /* methods of their own: gc spells the view's arguments from the body's
     * shapes (user generics: Object.plain_inst; the stdlib's atomic.Pointer:
     * only -m's spelling differs, codegen calls the plain instance's) */
    bool apart = false;
    for (int i = 0; plain && g && i < in->ntargs && !apart; i++)
        apart = !is_user_generic(g) || shape_spelled_apart(in->targs[i], 0);
    if (plain) {
        /* a view shares the plain instance's methods */
        instance_methods(plain);
        if (!apart) {
            in->methods = plain->methods;
            in->nmethods = plain->nmethods;
            return;
        }
        /* one set per spelling: the view met again inside one of these
         * methods' bodies (its receiver, marked anew) shares them */
        for (int i = 0; i < type_instances.len; i++) {
            Type *v = type_instances.v[i];
            if (v == in || v->shape_plain != plain || !v->nmethods || !v->methods[0]->plain_inst) continue;
            bool same = true;
            for (int k = 0; k < in->ntargs && same; k++) same = types_identical(v->targs[k], in->targs[k]);
            if (same) {
                in->methods = v->methods;
                in->nmethods = v->nmethods;
                return;
            }
        }
    }
    if (!g || in->nmethods == g->nmethods) return;
    int n = in->ntargs;
    Object **ms = NEWN(Object *, g->nmethods + 1);
    for (int i = 0; i < in->nmethods; i++) ms[i] = in->methods[i];
    bool concrete = !types_mentions_tparams(in);
    for (int i = in->nmethods; i < g->nmethods; i++) {
        Object *gm = g->methods[i];
        types_ensure_obj(gm);
        Object *m = NEW(Object);
        *m = *gm;
        Type *sig = gm->type;
        Type *rt = gm->ptr_recv ? types_new_pointer(in) : in;
        if (sig && sig->kind == TY_FUNC) {
            Type *ns = types_subst(sig, g->tparams, in->targs, n, 0);
            if (ns == sig) ns = types_new_func(sig->recv, sig->params, sig->results, sig->variadic);
            Object *r = NEW(Object);
            if (sig->recv) *r = *sig->recv;
            r->type = rt;
            ns->recv = r;
            m->type = ns;
        }
        m->recv_type = rt;
        if (is_user_generic(g)) {
            m->generic = gm;
            m->targs = in->targs;
            m->ntargs = n;
            m->decl = NULL;
            m->finfo = NULL;
            if (apart && i < plain->nmethods) m->plain_inst = plain->methods[i];
            if (concrete) queue_body(m, gm, in->targs, n);
        }
        ms[i] = m;
    }
    in->methods = ms;
    in->nmethods = g->nmethods;
}

/* Generic method gm's signature is known now: the instances of its type
 * made while it was being checked (Pair[string, K] in its own signature)
 * have no signature for it yet.  Substituting it may instantiate more
 * types (Pair[string, string], whose methods gc compiles). */
void types_generic_method_typed(Object *gm) {
    Type *g = gm->recv_type && gm->recv_type->kind == TY_POINTER ? gm->recv_type->elem : gm->recv_type;
    Type *sig = gm->type;
    if (!g || g->kind != TY_NAMED || !g->ntparams || g->ntargs || !sig || sig->kind != TY_FUNC) return;
    int k = -1;
    for (int i = 0; i < g->nmethods && k < 0; i++)
        if (g->methods[i] == gm) k = i;
    if (k < 0) return;
    for (int i = 0; i < type_instances.len; i++) {
        Type *in = type_instances.v[i];
        if (in->orig != g || in->nmethods <= k || in->methods[k]->type || in->ntargs != g->ntparams) continue;
        Object *m = in->methods[k];
        Type *ns = types_subst(sig, g->tparams, in->targs, in->ntargs, 0);
        if (ns == sig) ns = types_new_func(sig->recv, sig->params, sig->results, sig->variadic);
        Object *r = NEW(Object);
        if (sig->recv) *r = *sig->recv;
        r->type = m->recv_type;
        ns->recv = r;
        m->type = ns;
    }
}

/* gc's front end translates every instantiated type it meets in full, its
 * underlying type and its methods' signatures, and compiles the methods
 * of the concrete instances that reach (BarType[int]'s method Int(IntType[int])
 * in an interface instance's underlying type).  An instance made while
 * its generic type was still being declared gets its underlying type
 * here.  Returns whether that queued bodies. */
bool types_generic_complete(void) {
    int before = pending.len;
    for (int i = 0; i < type_instances.len; i++) { /* the list grows */
        Type *in = type_instances.v[i];
        if (!in->orig || in->shape_plain) continue;
        types_complete_instance(in);
        for (int k = 0; k < in->nmethods && k < in->orig->nmethods; k++)
            if (!in->methods[k]->type && in->orig->methods[k]->type) types_generic_method_typed(in->orig->methods[k]);
    }
    return pending.len > before;
}

Type *types_subst_instance(Type *t, Type *g, Type *in) {
    if (!t || !g || !in || g->ntparams != in->ntargs) return t;
    return types_subst(t, g->tparams, in->targs, in->ntargs, 0);
}

Type *types_subst_targs(Type *t, Type **tparams, Type **targs, int n) {
    return types_subst(t, tparams, targs, n, 0);
}

bool types_instref_shaped(const InstRef *ref) {
    for (int i = 0; ref && i < ref->ntargs; i++)
        if (types_has_shape(ref->targs[i])) return true;
    return false;
}

Type *types_method_sig_in(Object *m, Type *recv) {
    Type *rt = recv && recv->kind == TY_POINTER ? recv->elem : recv;
    if (!m || !m->generic || !rt || rt->kind != TY_NAMED || !rt->shape_plain || !rt->orig) return m ? m->type : NULL;
    Type *g = rt->orig, *sig = m->generic->type;
    if (!sig || sig->kind != TY_FUNC) return m->type;
    return types_subst(sig, g->tparams, rt->targs, rt->ntargs, 0);
}

void types_instance_methods_changed(Type *g) {
    for (int i = 0; i < type_instances.len; i++) {
        Type *in = type_instances.v[i];
        if (in->orig == g) instance_methods(in);
    }
}

/* The underlying type of an instance created while its generic type was
 * still being declared. */
void types_complete_instance(Type *in) {
    Type *g = in->orig;
    if (!g || in->underlying || !g->underlying) return;
    in->underlying = types_subst(types_underlying(g), g->tparams, in->targs, in->ntargs, 0);
}

Type *types_instantiate(Type *g, Type **targs, int n) {
    if (!g || g->kind != TY_NAMED || g->ntparams != n) return types_typ[TY_INVALID];
    bool self = true;
    for (int k = 0; k < n; k++)
        if (targs[k] != g->tparams[k]) self = false;
    if (self) return g; /* the generic type itself, inside its own declaration */
    bool marked = false;
    for (int k = 0; k < n; k++)
        if (types_has_shape(targs[k])) marked = true;
    Type *plain = NULL;
    if (marked) {
        Type **pt = NEWN(Type *, n + 1);
        for (int k = 0; k < n; k++) pt[k] = types_unshape(targs[k]);
        plain = types_instantiate(g, pt, n);
    }
    for (int i = 0; i < type_instances.len; i++) {
        Type *in = type_instances.v[i];
        if (in->orig != g || (in->shape_plain != NULL) != marked) continue;
        bool same = true;
        for (int k = 0; k < n && same; k++)
            same = marked ? in->targs[k] == targs[k] || (types_identical(in->targs[k], targs[k]) && !types_has_shape(targs[k]) &&
                                                         !types_has_shape(in->targs[k]))
                          : types_identical(in->targs[k], targs[k]);
        if (same) return in;
    }
    Type *in = types_new_named(NULL, NULL);
    in->shape_plain = plain;
    in->made_in_body = in_body;
    in->obj = g->obj;
    in->orig = g;
    in->targs = NEWN(Type *, n);
    memcpy(in->targs, targs, sizeof(Type *) * (size_t)n);
    in->ntargs = n;
    vec_push(&type_instances, in);
    if (g->underlying) in->underlying = types_subst(types_underlying(g), g->tparams, targs, n, 0);
    instance_methods(in);
    return in;
}

Type **types_type_instances(int *n) {
    *n = type_instances.len;
    return (Type **)type_instances.v;
}

const char *types_targs_string(Type **targs, int n) {
    const char *r = "[";
    for (int i = 0; i < n; i++) r = arena_printf("%s%s%s", r, i ? "," : "", types_targ_string(targs[i]));
    return arena_printf("%s]", r);
}

/* t, a type argument written in an instance's body, has inside it (not
 * at its top) a shape that gc's shape spelling replaces by something
 * else: a defined type's shape is its underlying type, a pointer's
 * (unless kept) *uint8.  []T with T = Named is spelled
 * []struct { main.a int } from inside the body, []main.Named outside. */
static bool shape_spelled_apart(Type *t, int depth) {
    if (!t || depth > 20) return false;
    if (depth > 0 && t->shape_index && t->kind >= TY_NUM_BASIC) {
        if (t->kind == TY_NAMED) return true;
        if (types_underlying(t)->kind == TY_POINTER && !t->shape_keep_ptr) return true;
    }
    switch (t->kind) {
    case TY_POINTER:
    case TY_SLICE:
    case TY_ARRAY:
    case TY_CHAN:
        return shape_spelled_apart(t->elem, depth + 1);
    case TY_MAP:
        return shape_spelled_apart(t->key, depth + 1) || shape_spelled_apart(t->elem, depth + 1);
    case TY_STRUCT:
    case TY_TUPLE:
        for (int i = 0; i < t->nfields; i++)
            if (shape_spelled_apart(t->fields[i]->type, depth + 1)) return true;
        return false;
    case TY_FUNC:
        return shape_spelled_apart(t->params, depth + 1) || shape_spelled_apart(t->results, depth + 1);
    case TY_NAMED:
        if (t->shape_index) return shape_spelled_apart(types_underlying(t), depth + 1);
        for (int i = 0; t->shape_plain && i < t->ntargs; i++)
            if (shape_spelled_apart(t->targs[i], depth + 1)) return true;
        return false;
    default:
        return false;
    }
}

/* The instance of generic function g for targs (its signature now, its
 * body at the next flush).  Type arguments that gc spells from the
 * calling instance's shapes make an instance of their own (see
 * Object.plain_inst), after the plain one. */
static Object *instantiate_func(Object *g, Type **targs, int n) {
    Object *plain = NULL;
    for (int i = 0; i < n && !plain; i++)
        if (shape_spelled_apart(targs[i], 0)) {
            Type **ut = NEWN(Type *, n + 1);
            for (int k = 0; k < n; k++) ut[k] = types_unshape(targs[k]);
            plain = instantiate_func(g, ut, n);
        }
    for (int i = 0; i < func_instances.len; i++) {
        Object *in = func_instances.v[i];
        if (in->generic == g && (in->plain_inst != NULL) == (plain != NULL) && same_targs(in->targs, targs, n)) return in;
    }
    Type *sig = g->type;
    Object *in = NEW(Object);
    *in = *g;
    in->name = arena_printf("%s%s", g->name, types_targs_string(targs, n));
    if (plain) {
        /* its own symbol (codegen compiles it apart); runtime names hide
         * what is between the brackets */
        in->name = arena_printf("%.*s|shaped]", (int)strlen(in->name) - 1, in->name);
        in->plain_inst = plain;
    }
    in->generic = g;
    in->targs = NEWN(Type *, n);
    memcpy(in->targs, targs, sizeof(Type *) * (size_t)n);
    in->ntargs = n;
    in->decl = NULL;
    in->finfo = NULL;
    Type *ns = types_subst(sig, sig->tparams, targs, n, 0);
    if (ns == sig) ns = types_new_func(NULL, sig->params, sig->results, sig->variadic);
    in->type = ns;
    vec_push(&func_instances, in);
    bool concrete = true;
    for (int i = 0; i < n; i++)
        if (types_mentions_tparams(targs[i])) concrete = false;
    if (concrete) queue_body(in, g, in->targs, n);
    return in;
}

void check_func_instance(Checker *c, Object *inst, Object *generic, Node *fd, Type **targs, int n);

/* Checks the queued instance bodies (and those they queue in turn). */
void types_generic_flush(Checker *c) {
    while (pending.len) {
        Pending *p = pending.v[0];
        for (int i = 1; i < pending.len; i++) pending.v[i - 1] = pending.v[i];
        pending.len--;
        Object *g = p->generic;
        if (!g->decl || g->decl->kind != N_FUNCDECL) continue;
        if (g->pkg != c->pkg) {
            /* another package's generic (not in the subset): keep it for its checker */
            continue;
        }
        Node *fd = ast_clone(g->decl);
        if (!types_generic_body_checked(g)) vec_push(&checked_generics, g);
        check_func_instance(c, p->inst, g, fd, p->targs, p->ntargs);
    }
}

/* ---- inference ---- */

typedef struct Unifier {
    Type **tparams;
    Type **targs; /* NULL: not inferred yet */
    int n;
} Unifier;

static int tp_index(Unifier *u, Type *t) {
    for (int i = 0; i < u->n; i++)
        if (u->tparams[i] == t) return i;
    return -1;
}

static bool unify(Unifier *u, Type *x, Type *y, int depth) {
    if (!x || !y || depth > 40) return true;
    int i = tp_index(u, x);
    if (i >= 0) {
        if (!u->targs[i]) {
            u->targs[i] = y;
            return true;
        }
        Type *b = u->targs[i];
        if (types_identical(b, y)) return true;
        /* inexact: a defined type and a type literal with its underlying
         * type unify (the defined type is kept) */
        if (b->kind == TY_NAMED && y->kind != TY_NAMED) return types_identical(types_underlying(b), y);
        if (y->kind == TY_NAMED && b->kind != TY_NAMED && types_identical(types_underlying(y), b)) {
            u->targs[i] = y;
            return true;
        }
        return false;
    }
    if (!types_mentions_tparams(x)) return true; /* assignability decides */
    if (x->kind == TY_NAMED && y->kind == TY_NAMED) {
        Type *xo = x->orig ? x->orig : x, *yo = y->orig ? y->orig : y;
        if (xo != yo) return false;
        if (x->ntparams && !x->ntargs) {
            for (int k = 0; k < y->ntargs && k < x->ntparams; k++)
                if (!unify(u, x->tparams[k], y->targs[k], depth + 1)) return false;
            return true;
        }
        for (int k = 0; k < x->ntargs && k < y->ntargs; k++)
            if (!unify(u, x->targs[k], y->targs[k], depth + 1)) return false;
        return true;
    }
    if (y->kind == TY_NAMED && x->kind != TY_NAMED) y = types_underlying(y);
    if (x->kind == TY_NAMED && y->kind != TY_NAMED) x = types_underlying(x);
    if (x->kind != y->kind) return false;
    switch (x->kind) {
    case TY_POINTER:
    case TY_SLICE:
    case TY_CHAN:
        return unify(u, x->elem, y->elem, depth + 1);
    case TY_ARRAY:
        return x->len == y->len && unify(u, x->elem, y->elem, depth + 1);
    case TY_MAP:
        return unify(u, x->key, y->key, depth + 1) && unify(u, x->elem, y->elem, depth + 1);
    case TY_TUPLE:
    case TY_STRUCT:
        if (x->nfields != y->nfields) return false;
        for (int k = 0; k < x->nfields; k++)
            if (!unify(u, x->fields[k]->type, y->fields[k]->type, depth + 1)) return false;
        return true;
    case TY_FUNC:
        return x->variadic == y->variadic && unify(u, x->params, y->params, depth + 1) &&
               unify(u, x->results, y->results, depth + 1);
    default:
        return true;
    }
}

/* Constraint type inference: a type parameter whose constraint has a core
 * type (S ~[]E) unifies with it.  Returns the index of a parameter whose known type
 * argument does not match its core type (types2's "T does not match
 * ~[]E"), else -1. */
static int infer_core(Unifier *u) {
    for (int round = 0; round < u->n + 1; round++) {
        bool changed = false;
        for (int i = 0; i < u->n; i++) {
            Type *tp = u->tparams[i];
            Type *core = core_type(tp->bound);
            if (!core) continue;
            /* single tilde-free term: the type argument is that type */
            TermList s = typeset(tp->bound, 0);
            bool exact = !s.all && s.n == 1 && !s.tilde[0];
            if (u->targs[i]) {
                int before = 0;
                for (int k = 0; k < u->n; k++) before += u->targs[k] != NULL;
                if (!unify(u, core, types_underlying(u->targs[i]), 0)) return i;
                int after = 0;
                for (int k = 0; k < u->n; k++) after += u->targs[k] != NULL;
                if (after != before) changed = true;
            } else if (exact) {
                /* an unknown one is set only from a single tilde-free
                 * term (types2): `S ~[]E` alone infers nothing */
                /* type parameters not inferred yet stay themselves: the
                 * core type is taken once they are all known (a later
                 * round: B ~[]C, C ~*A) */
                Type **partial = NEWN(Type *, u->n + 1);
                for (int k = 0; k < u->n; k++) partial[k] = u->targs[k] ? u->targs[k] : u->tparams[k];
                Type *t = types_subst(exact ? s.t[0] : core, u->tparams, partial, u->n, 0);
                if (!types_mentions_tparams(t)) {
                    u->targs[i] = t;
                    changed = true;
                }
            }
        }
        if (!changed) break;
    }
    return -1;
}

/* The core term of tp's constraint as types2 prints it: ~ when any term
 * has one. */
static const char *core_term_string(Checker *c, Type *tp) {
    TermList s = typeset(tp->bound, 0);
    bool tilde = false;
    for (int k = 0; k < s.n; k++) tilde |= s.tilde[k];
    return arena_printf("%s%s", tilde ? "~" : "", tstr(c, core_type(tp->bound)));
}

static Pos tparam_pos(Type *tp) { return tp->obj ? tp->obj->pos : (Pos){0, 0, 0}; }

static const char *pos_full(Pos p) {
    SrcFile *f = file_get(p.file);
    if (!f) return "?";
    const char *path = f->path;
    if (path && path[0] != '/') {
        char cwd[4096];
        if (getcwd(cwd, sizeof cwd)) path = arena_printf("%s/%s", cwd, path[0] == '.' && path[1] == '/' ? path + 2 : path);
    }
    return arena_printf("%s:%d:%d", path ? path : f->display, p.line, p.col);
}

/* Infers the missing type arguments of a call of a generic function with
 * signature sig from the arguments; reports and returns false on failure. */
static bool infer(Checker *c, Node *call, Pos at, Type *sig, Type **targs, Operand *args, int nargs) {
    Unifier u = {sig->tparams, targs, sig->ntparams};
    int npars = sig->params->nfields;
    bool ddd = call && (call->flags & NF_DOTS) != 0;
    Type **ptypes = NEWN(Type *, (nargs > npars ? nargs : npars) + 1);
    for (int i = 0; i < npars; i++) ptypes[i] = sig->params->fields[i]->type;
    if (sig->variadic && !ddd && nargs >= npars - 1) {
        Type *last = ptypes[npars - 1];
        for (int i = npars - 1; i < nargs; i++) ptypes[i] = last->kind == TY_SLICE ? last->elem : last;
        npars = nargs;
    }
    int n = nargs < npars ? nargs : npars;
    for (int i = 0; i < n; i++) {
        Operand *a = &args[i];
        if (a->mode == TM_INVALID || !a->type || types_is_untyped(a->type)) continue;
        if (!types_mentions_tparams(ptypes[i])) continue;
        if (!unify(&u, ptypes[i], a->type, 0)) {
            /* types2: with nothing inferred yet, "(cannot infer T)"; else
             * the parameter type with what was inferred substituted, when
             * that changes it */
            bool none = true;
            for (int k = 0; k < u.n; k++)
                if (targs[k]) none = false;
            if (none) {
                const char *tps = "";
                for (int k = 0; k < u.n; k++) {
                    const char *nm = u.tparams[k]->obj ? u.tparams[k]->obj->name : "?";
                    const char *sep = k == 0 ? "" : (u.n == 2 ? " and " : (k + 1 == u.n ? ", and " : ", "));
                    tps = arena_printf("%s%s%s", tps, sep, nm);
                }
                check_errorf(c, a->expr, "type %s of %s does not match %s (cannot infer %s)", tstr(c, a->type), expr_str(a->expr),
                             tstr(c, ptypes[i]), tps);
                return false;
            }
            Type **partial = NEWN(Type *, u.n + 1);
            for (int k = 0; k < u.n; k++) partial[k] = targs[k] ? targs[k] : u.tparams[k];
            Type *inferred = types_subst(ptypes[i], u.tparams, partial, u.n, 0);
            const char *is = tstr(c, inferred), *ps = tstr(c, ptypes[i]);
            if (strcmp(is, ps) != 0)
                check_errorf(c, a->expr, "type %s of %s does not match inferred type %s for %s", tstr(c, a->type), expr_str(a->expr), is, ps);
            else
                check_errorf(c, a->expr, "type %s of %s does not match %s", tstr(c, a->type), expr_str(a->expr), ps);
            return false;
        }
    }
    int bad = infer_core(&u);
    if (bad >= 0) {
        check_error_at(c, at, "%s does not match %s", u.tparams[bad]->obj->name, core_term_string(c, u.tparams[bad]));
        return false;
    }
    Type **snap = NEWN(Type *, u.n + 1);
    memcpy(snap, targs, sizeof(Type *) * (size_t)u.n);
    for (int i = 0; i < n; i++) {
        Operand *a = &args[i];
        if (a->mode == TM_INVALID || !a->type || !types_is_untyped(a->type)) continue;
        int k = tp_index(&u, ptypes[i]);
        if (k < 0 || snap[k]) continue;
        Type *d = types_default(a->type);
        if (types_is_untyped(d)) continue; /* nil */
        if (!targs[k]) {
            targs[k] = d;
        } else if (!types_identical(targs[k], d)) {
            check_errorf(c, a->expr, "default type %s of %s does not match inferred type %s for %s", tstr(c, d), expr_str(a->expr),
                         tstr(c, targs[k]), tstr(c, ptypes[i]));
            return false;
        }
    }
    bad = infer_core(&u);
    if (bad >= 0) {
        check_error_at(c, at, "%s does not match %s", u.tparams[bad]->obj->name, core_term_string(c, u.tparams[bad]));
        return false;
    }
    for (int k = 0; k < u.n; k++)
        if (!targs[k]) {
            check_error_at(c, at, "cannot infer %s (%s)", u.tparams[k]->obj->name, pos_full(tparam_pos(u.tparams[k])));
            return false;
        }
    return true;
}

/* Checks each type argument against its constraint; an error is reported
 * at the type argument when it was written (xlist: the explicit ones, may
 * be NULL), else at `at`. */
static bool verify(Checker *c, Pos at, NodeList *xlist, Type **tparams, Type **targs, int n) {
    for (int i = 0; i < n; i++) {
        /* constraints may mention other parameters: substitute them */
        Type *tp = tparams[i];
        Type *b = tp->bound ? types_subst(tp->bound, tparams, targs, n, 0) : NULL;
        Type tmp = *tp;
        tmp.bound = b;
        const char *why = unsatisfied(c, &tmp, targs[i]);
        if (why) {
            check_error_at(c, xlist && i < xlist->len ? start_pos(xlist->v[i]) : at, "%s", why);
            return false;
        }
    }
    return true;
}

/* x is a generic function (value mode, signature with type parameters):
 * the instance for the explicit type arguments `explicit` (n of them, may
 * be fewer than needed) and, when args != NULL, inference from the call's
 * arguments.  Rewrites the callee expression `fun` (an identifier, maybe
 * indexed) to denote the instance.  Returns false after reporting. */
int types_instantiate_call(Checker *c, Operand *x, Node *fun, Node *call, Type **explicit, int nexplicit, Operand *args, int nargs) {
    Type *sig = x->type;
    Node *id = types_unparen(fun);
    if (id && id->kind == N_INDEX) id = types_unparen(id->x);
    Object *g = id && id->kind == N_IDENT ? id->obj : NULL;
    if (!g || g->kind != OBJ_FUNC || !sig || sig->kind != TY_FUNC || !sig->ntparams) {
        check_errorf(c, fun, "generic functions from other packages are not supported yet");
        return INST_FAILED;
    }
    int n = sig->ntparams;
    if (nexplicit > n) {
        Node *ix = types_unparen(fun);
        Node *at = ix && ix->kind == N_INDEX && ix->list.len > n ? ix->list.v[n] : fun;
        check_errorf(c, at, "got %d type arguments but want %d", nexplicit, n);
        return INST_FAILED;
    }
    Type **targs = NEWN(Type *, n + 1);
    for (int i = 0; i < nexplicit; i++) targs[i] = explicit[i];
    if (nexplicit < n) {
        if (!call && nexplicit == 0) {
            check_errorf(c, fun, "cannot use generic function %s without instantiation", expr_str(id));
            return INST_FAILED;
        }
        /* f[A] used as a value: the rest come from the constraints' core
         * types (types2's funcInst infers without arguments) */
        if (!infer(c, call, call ? call->pos : fun->pos, sig, targs, args, nargs)) return INST_FAILED;
    }
    Node *ix = types_unparen(fun);
    if (!verify(c, call ? call->pos : fun->pos, ix && ix->kind == N_INDEX ? &ix->list : NULL, sig->tparams, targs, n)) {
        /* types2 instantiates the signature all the same (its verify runs
         * later): the call's arguments and result are checked with it */
        x->type = types_subst(sig, sig->tparams, targs, n, 0);
        return INST_UNSATISFIED;
    }
    types_mono_record(c, call ? call->pos : fun->pos, ix && ix->kind == N_INDEX ? &ix->list : NULL, sig->tparams, targs, n);
    /* another instance of the generic whose body is being checked */
    if (c->fn && c->fn->obj && c->fn->obj->generic == g) types_tparam_note_instance(c, sig->tparams, targs, n);
    Object *inst = instantiate_func(g, targs, n);
    /* the callee expression now names the instance */
    Node *f = fun;
    while (f->kind == N_PAREN) f = f->x;
    if (f->kind == N_INDEX) {
        /* F[T] becomes the name F, denoting the instance; types2's
         * messages still print call.Fun as written (argument to Max[int]) */
        Str written = str_from(types_expr_string(f));
        *f = *types_unparen(f->x);
        if (f->kind == N_IDENT) {
            f->sval = written;
            f->flags |= NF_INSTANTIATED;
        }
    }
    InstRef *ref = NEW(InstRef);
    ref->targs = targs;
    ref->ntargs = n;
    ref->sig = types_subst(sig, sig->tparams, targs, n, 0);
    /* once its body is checked the instance's signature carries the body's
     * shape marks; a reference whose type arguments do not depend on the
     * type parameters of the instance it is in (F[int] inside G[T]) sees
     * the plain signature, as gc's OFUNCINST in G's shaped copy has it */
    Type *vt = types_instref_shaped(ref) ? inst->type : types_unshape(inst->type);
    f->obj = inst;
    f->type = vt;
    f->tmode = TM_VALUE;
    f->tinfo = ref;
    x->type = vt;
    x->mode = TM_VALUE;
    return INST_OK;
}

/* T[A, B] for a generic type T: the instance (constraints verified). */
Type *types_instantiate_type(Checker *c, Type *g, Node *e) {
    int n = e->list.len;
    if (n != g->ntparams) {
        check_errorf(c, e, "got %d arguments but %d type parameters", n, g->ntparams);
        for (int i = 0; i < n; i++) check_type(c, e->list.v[i]);
        return types_typ[TY_INVALID];
    }
    Type **targs = NEWN(Type *, n + 1);
    for (int i = 0; i < n; i++) {
        targs[i] = check_var_type(c, e->list.v[i]);
        if (targs[i]->kind == TY_INVALID) return targs[i];
    }
    if (g->underlying && !verify(c, e->list.v[0]->pos, &e->list, g->tparams, targs, n)) return types_typ[TY_INVALID];
    types_mono_record(c, e->pos, &e->list, g->tparams, targs, n);
    return types_instantiate(g, targs, n);
}

/* A generic type as types2 names it in errors: S[T any], Pair[K comparable, V any]. */
const char *types_generic_decl_string(Checker *c, Type *g) {
    const char *r = arena_printf("%s[", tstr(c, g));
    for (int i = 0; i < g->ntparams; i++) {
        Type *tp = g->tparams[i];
        r = arena_printf("%s%s%s %s", r, i ? ", " : "", tp->obj ? tp->obj->name : "?",
                         tp->bound == types_empty_iface || !tp->bound ? "any" : tstr(c, tp->bound));
    }
    return arena_printf("%s]", r);
}
