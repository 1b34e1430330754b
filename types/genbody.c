/*
 * genbody.c: checking the body of a generic function or method that no
 * instance reached.
 *
 * Generic bodies are checked through instances (generic.c): each use
 * F[int] checks a copy of F's body with T bound to a copy of int marked
 * as standing for T (a shape), and the checks that depend on T's
 * constraint rather than on int consult the mark (types_own_tparam
 * and the constraint rules in constraint.c).  A generic that no concrete
 * instance reaches would then be checked nowhere, while Go (types2)
 * checks every generic body once against its constraints.  Here such a
 * body gets a check-only instance: each type parameter is bound to a
 * stand-in from its type set (the first term of a union, ~int -> int; an
 * interface with exactly the constraint's methods when it has no terms),
 * the body is checked like any instance's, its errors are reported, and
 * everything the check registered (the instance, the instances it made,
 * their queued bodies, the functions for the later stages) is dropped.
 *
 * Why this reports no false errors: a body that Go accepts type-checks
 * for every type argument satisfying the constraints, and a stand-in
 * satisfies them by construction.  The exceptions are the checks that
 * look at a type argument where Go looks at the type parameter, and these
 * are relaxed in stand-in mode (c->stand_in): a stand-in interface passed
 * on to another generic is not checked against that generic's
 * constraints (an interface is not strictly comparable; the type
 * parameter it stands for may well be).  Constraints we cannot pick a
 * stand-in for (terms and methods together, methods mentioning the type
 * parameters, an empty type set) leave the body unchecked: a missed
 * error, never a false one.
 */
#include <string.h>

#include "types/internal.h"
#include "types/types.h"

static Vec generics; /* Object*: the user's generic functions and methods of generic types */

void types_note_generic(Object *o) { vec_push(&generics, o); }

/* A type in tp's type set (before substituting the other parameters'
 * stand-ins), or NULL. */
static Type *stand_in(Type *tp) {
    Type *b = tp->bound ? tp->bound : types_empty_iface;
    Type *bu = types_underlying(b);
    if (bu->kind != TY_INTERFACE) return NULL;
    int nm = 0;
    Object **ms = types_iface_methods(bu, &nm);
    Type **terms = NULL;
    bool *tilde = NULL;
    int n = types_tparam_terms(tp, &terms, &tilde);
    if (n < 0) {
        if (!nm) return types_empty_iface;
        for (int i = 0; i < nm; i++)
            if (types_mentions_tparams(ms[i]->type)) return NULL;
        return types_new_interface(ms, nm, NULL, 0);
    }
    if (n == 0 || nm) return NULL;
    return terms[0];
}

/* Stand-ins for the n type parameters tps, or NULL. */
static Type **stand_ins(Type **tps, int n) {
    Type **args = NEWN(Type *, n + 1);
    for (int i = 0; i < n; i++)
        if (!(args[i] = stand_in(tps[i]))) return NULL;
    /* a term may mention other parameters (S ~[]E): substitute theirs */
    for (int round = 0; round < 3; round++)
        for (int i = 0; i < n; i++) args[i] = types_subst(args[i], tps, args, n, 0);
    for (int i = 0; i < n; i++)
        if (types_mentions_tparams(args[i])) return NULL;
    return args;
}

/* Checks the bodies queued from index `from` of c->later (the check-only
 * instance's, as pass 3 checks bodies). */
static void check_queued_bodies(Checker *c, int from) {
    for (int i = from; i < c->later.len; i++) {
        FuncInfo *fi = c->later.v[i];
        Object *o = fi->obj;
        c->decl = o ? o->dinfo : NULL;
        c->fn = fi;
        c->sig = fi->sig;
        c->iota = NULL;
        c->errpos = (Pos){0, 0, 0};
        c->scope = fi->scope;
        c->in_instance = true;
        c->tp_tainted = false;
        check_func_body(c, fi, fi->decl->body);
        c->in_instance = false;
        c->tp_tainted = false;
        c->fn = NULL;
        c->sig = NULL;
        c->decl = NULL;
    }
}

static void check_with_stand_ins(Checker *c, Object *g) {
    Type *sig = g->type;
    if (!sig || sig->kind != TY_FUNC) return;
    Type **tps = sig->tparams, *recv = NULL;
    int n = sig->ntparams;
    if (g->decl->w) {
        recv = g->recv_type && g->recv_type->kind == TY_POINTER ? g->recv_type->elem : g->recv_type;
        if (!recv || recv->kind != TY_NAMED || !recv->ntparams || recv->ntargs) return;
        tps = recv->tparams;
        n = recv->ntparams;
    }
    if (n == 0) return;
    Type **args = stand_ins(tps, n);
    if (!args) return;
    int mark[3];
    types_generic_lists_mark(mark);
    int nlater = c->later.len, nfuncs = c->pkg->funcs.len, nifaces = types_interfaces.len;
    Object *inst = NULL;
    if (recv) {
        Type *in = types_instantiate(recv, args, n);
        for (int i = 0; in && i < in->nmethods; i++)
            if (in->methods[i]->generic == g) inst = in->methods[i];
    } else {
        inst = NEW(Object);
        *inst = *g;
        inst->generic = g;
        inst->targs = args;
        inst->ntargs = n;
        inst->decl = NULL;
        inst->finfo = NULL;
        inst->type = types_subst(sig, tps, args, n, 0);
        if (inst->type == sig) inst->type = types_new_func(NULL, sig->params, sig->results, sig->variadic);
    }
    if (inst) {
        bool saved = c->stand_in;
        c->stand_in = true;
        check_func_instance(c, inst, g, ast_clone(g->decl), args, n);
        check_queued_bodies(c, nlater);
        c->stand_in = saved;
    }
    /* drop what the check registered */
    types_generic_lists_rewind(mark);
    c->later.len = nlater;
    c->pkg->funcs.len = nfuncs;
    types_interfaces.len = nifaces;
}

void types_check_uninstantiated(Checker *c) {
    for (int i = 0; i < generics.len; i++) {
        Object *g = generics.v[i];
        if (g->pkg != c->pkg || !g->decl || !g->decl->body || types_generic_body_checked(g)) continue;
        check_with_stand_ins(c, g);
    }
}
