/*
 * constraint.c: the rules of Go's type parameters for operations in a
 * generic body, applied while an instance of that body is checked.
 *
 * An instance body (generic.c) is checked with each type parameter's
 * name bound to a copy of the type argument marked as standing for that
 * parameter (shape_index, shape_tparam).  The ordinary checks then see
 * the argument (int) and accept what int allows; Go checks the body once
 * against the constraint and rejects what some type of the type set does
 * not allow.  The checks here ask the constraint's question about an
 * operand whose type stands for one of the body's own type parameters
 * (types_own_tparam): which operators every type in the set allows,
 * the core type that slicing, range, make and calls need, indexing and
 * len/cap over every type of the set, the constraint's methods, and
 * conversions to and from the type parameter.  They only ever add errors
 * on top of the ordinary checks, with types2's words, and each reports
 * only when the answer for the type parameter is certain; anything unsure
 * is left to the ordinary check (a missed error, never a false one).
 *
 * A type set with no terms (any, comparable, method-only constraints)
 * has no specific types: no operator, indexing or conversion from or to
 * a non-interface type is valid for it.
 *
 * Borrowed marks.  A marked type is not always the instance's own
 * parameter: once another instance of the same generic has had its body
 * checked, its signature carries that body's marks (value[int].get seen
 * inside value[T]'s methods returns an int marked as T).  Such a value
 * can only come from a use of that other instance, which the checker
 * meets before the value (source order), so the body is "tainted" there
 * (types_tparam_note_instance, from instantiation and method selection)
 * and every rule here is silent for the rest of that body: missed errors
 * after such a use, never false ones.
 *
 * Assignability needs more care still: a plain type can stand for T too
 * (a field of a type parameter's core type, a method of its constraint),
 * so `T vs int` is decided only where both types are certain
 * (types_gen_check_assign): a value that is the instance's parameter,
 * result or a variable declared with a written type (or arithmetic on
 * such), assigned to such a variable or result.
 */
#include <string.h>

#include "types/internal.h"
#include "types/types.h"

/* The type parameter t stands for in the instance body being checked
 * (its own parameters only: a type met through another generic's
 * signature keeps the argument's rules), or NULL. */
Type **types_own_tparams(Checker *c, int *n) {
    Object *o = c->fn ? c->fn->obj : NULL;
    *n = 0;
    if (!o || !o->generic) return NULL;
    if (o->recv_type) {
        Type *rt = o->recv_type->kind == TY_POINTER ? o->recv_type->elem : o->recv_type;
        if (!rt || !rt->orig) return NULL;
        *n = rt->orig->ntparams;
        return rt->orig->tparams;
    }
    if (!o->generic->type) return NULL;
    *n = o->generic->type->ntparams;
    return o->generic->type->tparams;
}

Type *types_own_tparam(Checker *c, Type *t) {
    Type *tp = SHAPE_TPARAM(t);
    if (!tp || c->tp_tainted) return NULL;
    int n = 0;
    Type **tps = types_own_tparams(c, &n);
    for (int i = 0; i < n; i++)
        if (tps[i] == tp) return tp;
    return NULL;
}

/* The signature gc gives a call of method `name` on a value of type t
 * that stands for one of the body's own type parameters: the
 * constraint's method, with the body's type parameters replaced by their
 * marked arguments (Clone() T returns the shape, not the argument's
 * concrete *Doc, so a method called on the result is a bound call too).
 * NULL when t is no such type or the constraint lacks the method. */
Type *types_bound_method_sig(Checker *c, Type *t, const char *name) {
    Type *tp = types_own_tparam(c, t);
    if (!tp || !tp->bound || !name) return NULL;
    Object *o = c->fn->obj;
    int n = 0;
    Type **tps = types_own_tparams(c, &n);
    if (!tps || n != o->ntargs) return NULL;
    int nm = 0;
    Object **ms = types_iface_methods(types_underlying(tp->bound), &nm);
    Object *m = NULL;
    for (int i = 0; i < nm && !m; i++)
        if (ms[i]->name && !strcmp(ms[i]->name, name)) m = ms[i];
    if (!m || !m->type || m->type->kind != TY_FUNC) return NULL;
    Type **marked = NEWN(Type *, n + 1);
    for (int i = 0; i < n; i++) marked[i] = types_shape_arg(o->targs[i], i, tps[i]);
    Type *sig = types_subst(m->type, tps, marked, n, 0);
    return sig && sig->kind == TY_FUNC ? sig : NULL;
}

void types_tparam_note_instance(Checker *c, Type **tparams, Type **targs, int n) {
    for (int i = 0; i < n; i++)
        if (types_own_tparam(c, targs[i]) != tparams[i]) {
            c->tp_tainted = true;
            return;
        }
}

/* Every type of tp's type set satisfies pred (given the term's type);
 * false when the set has no specific types. */
bool types_tparam_all(Type *tp, bool (*pred)(Type *t, void *arg), void *arg) {
    Type **terms = NULL;
    bool *tilde = NULL;
    int n = types_tparam_terms(tp, &terms, &tilde);
    if (n <= 0) return false;
    for (int i = 0; i < n; i++)
        if (!pred(terms[i], arg)) return false;
    return true;
}

/* The constraint as types2 prints it after "constrained by": an implicit
 * interface (a union written in place of a constraint) prints its terms
 * with '|' and no spaces. */
const char *types_bound_string(Checker *c, Type *tp) {
    Type *b = tp->bound;
    if (!b || b == types_empty_iface) return "any";
    Type *u = types_underlying(b);
    if (b->kind == TY_INTERFACE && u->is_implicit && u->nunions == 1 && !u->nmethods && !u->nembeddeds) {
        TypeUnion *un = u->unions[0];
        const char *r = "";
        for (int i = 0; i < un->n; i++) r = arena_printf("%s%s%s%s", r, i ? "|" : "", un->tilde[i] ? "~" : "", tstr(c, un->terms[i]));
        return r;
    }
    return tstr(c, b);
}

/* ---- assignability, where the types are certain ---- */

/* a and b are identical when each own type parameter is a type of its
 * own (T and U both standing for int differ, and differ from int). */
static bool gv_identical(Checker *c, Type *a, Type *b, int depth) {
    if (a == b) return true;
    if (!a || !b || depth > 30) return false;
    Type *pa = types_own_tparam(c, a), *pb = types_own_tparam(c, b);
    if (pa || pb) return pa == pb;
    if (a->kind != b->kind) return types_identical(a, b);
    switch (a->kind) {
    case TY_POINTER:
    case TY_SLICE:
        return gv_identical(c, a->elem, b->elem, depth + 1);
    case TY_ARRAY:
        return a->len == b->len && gv_identical(c, a->elem, b->elem, depth + 1);
    case TY_CHAN:
        return a->dir == b->dir && gv_identical(c, a->elem, b->elem, depth + 1);
    case TY_MAP:
        return gv_identical(c, a->key, b->key, depth + 1) && gv_identical(c, a->elem, b->elem, depth + 1);
    default:
        return types_identical(a, b);
    }
}

/* t mentions one of the body's own type parameters (through pointers,
 * slices, arrays, channels and maps) */
static bool mentions_own(Checker *c, Type *t, int depth) {
    if (!t || depth > 30) return false;
    if (types_own_tparam(c, t)) return true;
    switch (t->kind) {
    case TY_POINTER:
    case TY_SLICE:
    case TY_ARRAY:
    case TY_CHAN:
        return mentions_own(c, t->elem, depth + 1);
    case TY_MAP:
        return mentions_own(c, t->key, depth + 1) || mentions_own(c, t->elem, depth + 1);
    default:
        return false;
    }
}

/* the types a composite type is built from are all plain or own marks
 * (no struct, function, interface or generic instance inside) */
static bool simple_type(Type *t, int depth) {
    if (!t || depth > 30) return false;
    if (t->shape_index || t->kind < TY_NUM_BASIC) return true;
    switch (t->kind) {
    case TY_POINTER:
    case TY_SLICE:
    case TY_ARRAY:
    case TY_CHAN:
        return simple_type(t->elem, depth + 1);
    case TY_MAP:
        return simple_type(t->key, depth + 1) && simple_type(t->elem, depth + 1);
    case TY_NAMED:
        return !t->ntargs && !t->shape_plain;
    default:
        return false;
    }
}

/* Variables whose type was written in the instance body being checked
 * (var x T, var s []int): their types are certain, as are the instance's
 * own parameters' and results'. */
static Vec typed_vars;

void types_note_typed_var(Checker *c, Object *o) {
    if (c->in_instance && o) vec_push(&typed_vars, o);
}

static bool certain_var(Checker *c, Object *o) {
    if (!o || o->kind != OBJ_VAR) return false;
    Type *sig = c->sig;
    for (int i = 0; sig && sig->params && i < sig->params->nfields; i++)
        if (sig->params->fields[i] == o) return true;
    for (int i = 0; sig && sig->results && i < sig->results->nfields; i++)
        if (sig->results->fields[i] == o) return true;
    for (int i = typed_vars.len - 1; i >= 0; i--)
        if (typed_vars.v[i] == o) return true;
    return false;
}

/* e's type is certain: a certain variable, or arithmetic on such */
static bool certain_expr(Checker *c, Node *e, int depth) {
    e = types_unparen(e);
    if (!e || depth > 20) return false;
    switch (e->kind) {
    case N_IDENT:
        return certain_var(c, e->obj);
    case N_UNARY:
        return (e->op == T_ADD || e->op == T_SUB || e->op == T_XOR) && certain_expr(c, e->x, depth + 1);
    case N_BINARY:
        switch (e->op) {
        case T_ADD: case T_SUB: case T_MUL: case T_QUO: case T_REM: case T_AND: case T_OR: case T_XOR: case T_AND_NOT:
            return (certain_expr(c, e->x, depth + 1) || (e->x->tmode == TM_CONSTANT)) &&
                   (certain_expr(c, e->y, depth + 1) || (e->y->tmode == TM_CONSTANT)) &&
                   !(e->x->tmode == TM_CONSTANT && e->y->tmode == TM_CONSTANT);
        default:
            return false;
        }
    default:
        return false;
    }
}

/* x's value of type V is assignable to T with the body's own type
 * parameters as types of their own (types2's rules); both types are
 * certain and simple.  *reason: types2's explanation, if any. */
static bool gen_assignable(Checker *c, Type *V, Type *T, const char **reason) {
    if (gv_identical(c, V, T, 0)) return true;
    Type *Vp = types_own_tparam(c, V), *Tp = types_own_tparam(c, T);
    Type *Tu = types_underlying(T);
    if (Tu->kind == TY_INTERFACE && !Tp) {
        if (!Vp) return true;
        int n = 0;
        Object **ms = types_iface_methods(Tu, &n);
        for (int i = 0; i < n; i++)
            if (!types_tparam_has_method(Vp, ms[i]->name)) {
                if (reason)
                    *reason = arena_printf("%s does not implement %s (missing %s method)", tstr(c, V), tstr(c, T), ms[i]->name);
                return false;
            }
        return true;
    }
    if (Vp || Tp) return false; /* a type parameter and a non-interface type: only identity (unnamed literal forms aside) */
    Type *Vu = types_underlying(V);
    if (Vu->kind == TY_INTERFACE || Vu->kind == TY_CHAN) return true;
    return gv_identical(c, Vu, Tu, 0) && (!types_is_named(V) || !types_is_named(T));
}

/* After the ordinary check accepted x for lhs (a variable, or the result
 * of a return statement): reports types2's error when x's type and lhs's
 * are both certain and a type parameter makes them not assignable. */
void types_gen_check_assign(Checker *c, Operand *x, Object *lhs, const char *context) {
    if (!c->in_instance || x->mode == TM_INVALID || !x->type || !lhs || !lhs->type || types_is_untyped(x->type)) return;
    Type *V = x->type, *T = lhs->type;
    if (!mentions_own(c, V, 0) && !mentions_own(c, T, 0)) return;
    if (!simple_type(V, 0) || !simple_type(T, 0)) return;
    if (!certain_var(c, lhs) || !certain_expr(c, x->expr, 0)) return;
    /* a type parameter and a type literal: every term's type, not decided here */
    bool vnamed = types_is_named(V) || types_own_tparam(c, V), tnamed = types_is_named(T) || types_own_tparam(c, T);
    if (types_own_tparam(c, V) && types_underlying(T)->kind != TY_INTERFACE && !tnamed) return;
    if (types_own_tparam(c, T) && !vnamed) return;
    const char *reason = NULL;
    if (gen_assignable(c, V, T, &reason)) return;
    if (reason)
        check_errorf(c, x->expr, "cannot use %s as type %s in %s:\n\t%s", opnd_str(c, x), tstr(c, T), context, reason);
    else
        check_errorf(c, x->expr, "cannot use %s as type %s in %s", opnd_str(c, x), tstr(c, T), context);
    x->mode = TM_INVALID;
}

/* A comparison of two operands of certain types: false when neither is
 * assignable to the other with type parameters as types of their own. */
bool types_gen_comparable_operands(Checker *c, Operand *x, Operand *y) {
    if (!c->in_instance || types_is_untyped(x->type) || types_is_untyped(y->type)) return true;
    if (!mentions_own(c, x->type, 0) && !mentions_own(c, y->type, 0)) return true;
    if (!simple_type(x->type, 0) || !simple_type(y->type, 0)) {
        /* an interface operand: its type is written in the signature too */
        Type *a = types_underlying(x->type), *b = types_underlying(y->type);
        if (!((a->kind == TY_INTERFACE && simple_type(y->type, 0)) || (b->kind == TY_INTERFACE && simple_type(x->type, 0))))
            return true;
    }
    if (!certain_expr(c, x->expr, 0) || !certain_expr(c, y->expr, 0)) return true;
    return gen_assignable(c, x->type, y->type, NULL) || gen_assignable(c, y->type, x->type, NULL);
}

/* ---- methods ---- */

/* the method set of tp's constraint has a method named name */
bool types_tparam_has_method(Type *tp, const char *name) {
    Type *bu = types_underlying(tp->bound ? tp->bound : types_empty_iface);
    if (bu->kind != TY_INTERFACE) return false;
    int n = 0;
    Object **ms = types_iface_methods(bu, &n);
    for (int i = 0; i < n; i++)
        if (ms[i] && ms[i]->name && !strcmp(ms[i]->name, name)) return true;
    return false;
}

/* ---- untyped constants ---- */

typedef struct ConstArg {
    Checker *c;
    Operand *x;
    Type *bad; /* the first term that does not take the value */
} ConstArg;

static bool takes_const(Type *t, void *arg) {
    ConstArg *a = arg;
    Operand y = *a->x;
    Type *u = types_underlying(t);
    bool ok;
    if (y.mode == TM_NIL) {
        ok = types_has_nil(u);
    } else if (y.mode == TM_CONSTANT && y.val && u->kind < TY_NUM_BASIC) {
        ok = const_representable(y.val, u, NULL, NULL);
    } else if (u->kind < TY_NUM_BASIC) {
        /* an untyped non-constant value (a comparison, a shift) */
        ok = (types_is_boolean(y.type) && types_is_boolean(u)) || (types_is_numeric(y.type) && types_is_numeric(u)) ||
             (types_is_string(y.type) && types_is_string(u));
    } else {
        ok = false;
    }
    if (!ok && !a->bad) a->bad = t;
    return ok;
}

/* An untyped operand x may become the own type parameter tp: every type
 * of its set takes the value.  *bad: the first term that does not. */
bool types_tparam_takes_untyped(Checker *c, Operand *x, Type *tp, Type **bad) {
    ConstArg a = {c, x, NULL};
    bool ok = types_tparam_all(tp, takes_const, &a);
    if (bad) *bad = a.bad;
    return ok;
}

/* ---- conversions ---- */

/* x converts to t by the ordinary rules (a constant: its value) */
static bool conv_ok(Operand *x, Type *t) {
    Type *u = types_underlying(t);
    if (x->mode == TM_CONSTANT && x->val && types_is_const_type(t))
        return const_representable(x->val, u, NULL, NULL) || (types_is_integer(x->type) && types_is_string(u));
    return types_convertible(x->type, t);
}

typedef struct ConvArg {
    Checker *c;
    Operand *x;
    Type *T;
    Type *bad;
} ConvArg;

static bool term_convertible_to(Type *t, void *arg) {
    ConvArg *a = arg;
    if (types_mentions_tparams(t)) return true; /* a term naming type parameters: not decided here */
    Operand y = *a->x;
    y.type = t;
    y.mode = TM_VALUE;
    y.val = NULL;
    bool ok = conv_ok(&y, a->T);
    if (!ok && !a->bad) a->bad = t;
    return ok;
}

static bool convertible_to_term(Type *t, void *arg) {
    ConvArg *a = arg;
    if (types_mentions_tparams(t)) return true;
    bool ok = conv_ok(a->x, t);
    if (!ok && !a->bad) a->bad = t;
    return ok;
}

/* Checks the conversion of x to T against the body's own type
 * parameters, before the ordinary check: reports and returns false when
 * some type of a type parameter's set does not convert (types2 names the
 * first such term). */
bool types_gen_convertible(Checker *c, Operand *x, Type *T) {
    if (!c->in_instance || !x->type) return true;
    Type *Vp = types_own_tparam(c, x->type), *Tp = types_own_tparam(c, T);
    if (!Vp && !Tp) return true;
    if (Vp && Tp) return true; /* pairs of terms: left to the ordinary check */
    ConvArg a = {c, x, T, NULL};
    const char *cause = NULL;
    if (Tp) {
        if (types_underlying(x->type)->kind == TY_INTERFACE && !types_is_untyped(x->type)) return true;
        if (types_tparam_all(Tp, convertible_to_term, &a)) return true;
        if (a.bad) {
            if (x->mode == TM_CONSTANT && types_is_untyped(x->type))
                cause = arena_printf("cannot convert %s to %s (in %s)", opnd_str(c, x), tstr(c, a.bad), tstr(c, T));
            else
                cause = arena_printf("cannot convert %s to %s (in %s)", tstr(c, x->type), tstr(c, a.bad), tstr(c, T));
        }
        if (x->mode == TM_CONSTANT && types_is_untyped(x->type)) {
            /* types2 reports the operand as a value once the constant meets a type parameter */
            Operand y = *x;
            y.mode = TM_VALUE;
            x = &y;
            if (cause)
                check_errorf(c, x->expr, "cannot convert %s to type %s:\n\t%s", opnd_str(c, x), tstr(c, T), cause);
            else
                check_errorf(c, x->expr, "cannot convert %s to type %s", opnd_str(c, x), tstr(c, T));
            return false;
        }
    } else {
        if (types_underlying(T)->kind == TY_INTERFACE) return true;
        if (types_tparam_all(Vp, term_convertible_to, &a)) return true;
        if (a.bad) cause = arena_printf("cannot convert %s (in %s) to %s", tstr(c, a.bad), tstr(c, x->type), tstr(c, T));
    }
    if (cause)
        check_errorf(c, x->expr, "cannot convert %s to type %s:\n\t%s", opnd_str(c, x), tstr(c, T), cause);
    else
        check_errorf(c, x->expr, "cannot convert %s to type %s", opnd_str(c, x), tstr(c, T));
    return false;
}

/* ---- builtins, indexing, slicing, range, make ---- */

static bool term_len_ok(Type *t, void *arg) {
    bool cap = *(bool *)arg;
    Type *u = types_underlying(t);
    if (u->kind == TY_POINTER && types_underlying(u->elem)->kind == TY_ARRAY) return true;
    switch (u->kind) {
    case TY_STRING: case TY_MAP: return !cap;
    case TY_ARRAY: case TY_SLICE: case TY_CHAN: return true;
    default: return types_mentions_tparams(t); /* not decided here */
    }
}

/* len (cap: cap) applies to every type of tp's set */
bool types_tparam_len_ok(Type *tp, bool cap) { return types_tparam_all(tp, term_len_ok, &cap); }

/* Every type of tp's set can be indexed, all alike: maps with one key
 * type, or strings, arrays and slices with one element type.  Terms that
 * name type parameters are not decided here (true). */
bool types_tparam_indexable(Type *tp) {
    Type **terms = NULL;
    bool *tilde = NULL;
    int n = types_tparam_terms(tp, &terms, &tilde);
    if (n <= 0) return false;
    Type *key = NULL, *elem = NULL;
    int maps = 0;
    for (int i = 0; i < n; i++) {
        if (types_mentions_tparams(terms[i])) return true;
        Type *u = types_underlying(terms[i]), *e;
        if (u->kind == TY_POINTER && types_underlying(u->elem)->kind == TY_ARRAY) u = types_underlying(u->elem);
        switch (u->kind) {
        case TY_STRING: e = types_byte; break;
        case TY_ARRAY: case TY_SLICE: e = u->elem; break;
        case TY_MAP:
            maps++;
            if (key && !types_identical(key, u->key)) return false;
            key = u->key;
            e = u->elem;
            break;
        default: return false;
        }
        if (elem && !types_identical(elem, e)) return false;
        elem = e;
    }
    return maps == 0 || maps == n;
}

/* tp's set has a core type (or, with bytestring, only strings and byte
 * slices: slicing's rule); terms naming type parameters: true */
bool types_tparam_has_core(Type *tp, bool bytestring) {
    if (types_tparam_core(tp)) return true;
    Type **terms = NULL;
    bool *tilde = NULL;
    int n = types_tparam_terms(tp, &terms, &tilde);
    if (n <= 0) return false;
    bool bs = bytestring;
    for (int i = 0; i < n; i++) {
        if (types_mentions_tparams(terms[i])) return true;
        Type *u = types_underlying(terms[i]);
        if (u->kind == TY_CHAN) return true; /* directions: not decided here */
        if (!(u->kind == TY_STRING || (u->kind == TY_SLICE && types_identical(types_underlying(u->elem), types_typ[TY_UINT8]))))
            bs = false;
    }
    return bs;
}
