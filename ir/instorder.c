/*
 * instorder.c: the order in which gc 1.19's stenciler creates a package's
 * shaped functions, which is the order -m reports the ones no call graph
 * walk reaches from the package's own functions.
 *
 * gc appends every shaped function to the package's declarations as it
 * creates it, after the package's own functions; the inliner and escape
 * analysis walk the declarations in that order (callees first), so an
 * instance nobody calls directly (a method reached only through an
 * interface, or never) is reported where the stenciler created it.  The
 * stenciler (noder/stencil.go, buildInstantiations) works like this:
 *
 *   - a list of instantiated generic types with methods is filled while
 *     the front end translates the package (type declarations first,
 *     then the other declarations in source order; a type met inside
 *     another is finished after it) and while dictionaries substitute
 *     their derived types (a type's arguments, fields and method
 *     signatures before the type itself);
 *   - "instantiate methods" drains that list: for each type, each method
 *     in source order gets its shaped function (created if its shape is
 *     new) and its dictionary;
 *   - making a dictionary for concrete type arguments creates the shaped
 *     function, substitutes the derived types (new types join the list),
 *     makes the dictionaries of its sub-dictionary entries, then drains
 *     the list;
 *   - first the list is drained; then each declaration of the package is
 *     scanned (a closure before the function it is in) for calls and
 *     values of generic code: each gets its shaped function, and, outside
 *     instances or with concrete type arguments, its dictionary; the list
 *     is drained after each declaration;
 *   - then every shaped function created is scanned the same way (its
 *     closures first), in creation order, until no new one appears.
 *
 * gosub has one IrFunc per concrete instance; the first instance to
 * create a shape stands for the shaped function (inst_seq), the others of
 * that shape follow it.  The walk reads the lowered bodies (before
 * inlining) and each instance's dictionary as ir_instance_dictionary laid
 * it out.
 */
#include "ir/ir.h"

#include <stdlib.h>
#include <string.h>

typedef struct Sim {
    IrPackage *ip;
    Vec created; /* Type*: instantiated types made so far */
    Vec pending; /* Type*: gc's list of types whose methods are still to make */
    Vec shapes;  /* const char*: shaped functions made (their -m names) */
    Vec dicts;   /* IrFunc*: concrete instances whose dictionary exists */
    Vec made;    /* IrFunc*: the instances that made a shape, in order */
    int seq;
    bool generic; /* translating a generic body (through one of its instances): only the types written concretely */
} Sim;

static bool vec_has(Vec *v, void *x) {
    for (int i = 0; i < v->len; i++)
        if (v->v[i] == x) return true;
    return false;
}

/* A generic type of this package: an instance (concrete, or over type
 * parameters as generic declarations spell them), or the generic type
 * itself, which stands for its methods' receiver. */
static bool local_generic(Sim *s, Type *t) {
    if (!t || t->kind != TY_NAMED || !t->obj || !s->ip->pkg || t->obj->pkg != s->ip->pkg) return false;
    return (t->orig && t->ntargs) || (t->ntparams && !t->ntargs);
}

/* ---- types: what gc's translation and substitution create ----
 *
 * gc's front end (noder/irgen) translates each type with a top-level
 * entry (typ) that translates it depth first (typ1) and then finishes, last
 * in first out, the instantiated types with methods it met: finishing
 * one translates its methods' signatures (each method first translating
 * its receiver through the top-level entry, which finishes whatever waits
 * by then) and, for a concrete type, lists it for the stenciler.  A new
 * instance's type arguments go through the top-level entry too (its
 * name is spelled from them).  Types over type parameters take part like
 * the others (Pair[string, K] in a generic method's signature may have a
 * method whose signature is the concrete Pair[string, string]); only
 * concrete ones are listed.
 *
 * A substitution (a dictionary's derived types, a generic function's
 * signature where it is referenced) lists a new type after the types in
 * its arguments, fields and method signatures. */

static Vec waiting; /* Type*: the front end's types whose methods are not filled in yet */

static Type *plain(Type *t) { return t && t->shape_plain ? t->shape_plain : t; }

/* How a walk meets a new instantiated type: the front end's translation
 * (its arguments each translated completely first, its methods filled in
 * later) or a substitution (arguments, fields and method signatures, then
 * the type itself is listed). */
typedef enum { TRANSLATE, SUBSTITUTE } How;

static void walk(Sim *s, Type *t, How how, int depth);

static void walk_sig(Sim *s, Type *mt, How how, int depth) {
    if (!mt || mt->kind != TY_FUNC) return;
    for (int i = 0; i < mt->ntparams; i++) walk(s, mt->tparams[i], how, depth);
    walk(s, mt->params, how, depth);
    walk(s, mt->results, how, depth);
}

static void list_type(Sim *s, Type *t) {
    if (types_mentions_tparams(t)) return;
    vec_push(&s->pending, t);
    if (getenv("GOSUB_STENCIL_ORDER")) fprintf(stderr, "listed %s\n", types_string(t));
}

/* the signature of t's method i (an instance made while its generic
 * method's signature was being checked has none of its own yet) */
static Type *method_sig(Type *t, int i) {
    Object *m = t->methods[i];
    if (!m->type && m->generic && t->orig) return types_subst_instance(m->generic->type, t->orig, t);
    return m->type;
}

/* a type as the front end sees it: a generic body's shape marks stand for
 * its type parameters */
static Type *as_written(Sim *s, Type *t) {
    if (!types_has_shape(t)) return t;
    return s->generic ? types_reparam(t) : types_unshape(t);
}

/* gc's top-level translation (irgen.typ) */
static void translate(Sim *s, Type *t) {
    walk(s, as_written(s, t), TRANSLATE, 0);
    while (waiting.len) {
        Type *w = waiting.v[--waiting.len];
        for (int i = 0; i < w->nmethods; i++) {
            translate(s, w->methods[i]->recv_type); /* finishes the ones waiting before it */
            walk_sig(s, method_sig(w, i), TRANSLATE, 0);
        }
        list_type(s, w);
    }
}

static void substitute(Sim *s, Type *t) { walk(s, as_written(s, t), SUBSTITUTE, 0); }

static void walk_named(Sim *s, Type *t, How how, int depth) {
    if (!local_generic(s, t) || vec_has(&s->created, t)) return;
    Type **targs = t->ntargs ? t->targs : t->tparams;
    int n = t->ntargs ? t->ntargs : t->ntparams;
    if (how == TRANSLATE) {
        for (int i = 0; i < n; i++) translate(s, targs[i]);
        if (vec_has(&s->created, t)) return;
        vec_push(&s->created, t);
        walk(s, t->underlying, how, depth + 1);
        if (t->nmethods) vec_push(&waiting, t);
        return;
    }
    vec_push(&s->created, t);
    for (int i = 0; i < n; i++) walk(s, targs[i], how, depth + 1);
    walk(s, t->underlying, how, depth + 1);
    for (int i = 0; i < t->nmethods; i++) walk_sig(s, method_sig(t, i), how, depth);
    if (t->nmethods) list_type(s, t);
}

static void walk(Sim *s, Type *t, How how, int depth) {
    t = plain(t);
    if (!t || depth > 12) return;
    switch (t->kind) {
    case TY_NAMED:
        walk_named(s, t, how, depth);
        return;
    case TY_TYPEPARAM:
        /* its constraint, the first time */
        if (vec_has(&s->created, t)) return;
        vec_push(&s->created, t);
        walk(s, t->bound, how, depth + 1);
        return;
    case TY_POINTER:
    case TY_SLICE:
    case TY_ARRAY:
    case TY_CHAN:
        walk(s, t->elem, how, depth + 1);
        return;
    case TY_MAP:
        walk(s, t->key, how, depth + 1);
        walk(s, t->elem, how, depth + 1);
        return;
    case TY_FUNC:
        walk_sig(s, t, how, depth);
        return;
    case TY_STRUCT:
    case TY_TUPLE:
        for (int i = 0; i < t->nfields; i++) walk(s, t->fields[i]->type, how, depth + 1);
        return;
    case TY_INTERFACE:
        for (int i = 0; i < t->nembeddeds; i++) walk(s, t->embeddeds[i], how, depth + 1);
        for (int i = 0; i < t->nmethods; i++) walk_sig(s, t->methods[i]->type, how, depth);
        for (int i = 0; i < t->nunions; i++)
            for (int k = 0; k < t->unions[i]->n; k++) walk(s, t->unions[i]->terms[k], how, depth + 1);
        return;
    default:
        return;
    }
}

/* ---- functions ---- */

static void make_dict(Sim *s, IrFunc *f);

/* the shaped function of instance f */
static void make_shape(Sim *s, IrFunc *f) {
    if (!f || !f->mname || f->outer) return;
    for (int i = 0; i < s->shapes.len; i++)
        if (!strcmp(VEC_AT(s->shapes, const char *, i), f->mname)) return;
    vec_push(&s->shapes, (void *)f->mname);
    vec_push(&s->made, f);
    f->inst_seq = 2 * ++s->seq;
    if (getenv("GOSUB_STENCIL_ORDER")) fprintf(stderr, "stenciled %s\n", f->mname);
}

static void drain(Sim *s) {
    while (s->pending.len) {
        Vec batch = s->pending;
        s->pending = (Vec){0};
        for (int i = 0; i < batch.len; i++) {
            Type *t = batch.v[i];
            for (int j = 0; j < t->nmethods; j++) {
                IrFunc *m = ir_func_for_object(t->methods[j]);
                if (!ir_is_instance(m)) continue;
                make_shape(s, m);
                make_dict(s, m);
            }
        }
    }
}

static void make_dict(Sim *s, IrFunc *f) {
    if (!ir_is_instance(f) || vec_has(&s->dicts, f)) return;
    vec_push(&s->dicts, f);
    make_shape(s, f);
    for (int i = 0; i < f->dict_types.len; i++) substitute(s, VEC_AT(f->dict_types, Type *, i));
    for (int i = 0; i < f->dict_callees.len; i++) make_dict(s, VEC_AT(f->dict_callees, IrFunc *, i));
    drain(s);
    vec_push(&s->ip->dict_order, f); /* finished: gc writes its itabs in this order */
}

/* ---- scanning declarations for generic code ---- */

typedef struct Scan {
    Sim *s;
    bool inst;  /* scanning an instance: shaped references take sub-dictionaries */
    Vec later;  /* IrFunc*: gc's closures for generic code used as a value, built after the scan */
} Scan;

static void scan_node(Scan *c, IrNode *n);

static void scan_list(Scan *c, IrList *l) {
    for (int i = 0; i < l->len; i++) scan_node(c, l->v[i]);
}

static void reference(Scan *c, IrFunc *f, bool shaped) {
    if (!ir_is_instance(f)) return;
    make_shape(c->s, f);
    if (!(c->inst && shaped)) make_dict(c->s, f);
}

static void scan_node(Scan *c, IrNode *n) {
    if (!n) return;
    switch (n->op) {
    case ONAME:
        if (n->nm && n->nm->cls == PFUNC && n->nm->func && ir_is_instance(n->nm->func)) {
            InstRef *ref = n->src ? (InstRef *)n->src->tinfo : NULL;
            reference(c, n->nm->func, ref && types_instref_shaped(ref));
        }
        return;
    case OMETHEXPR:
    case OMETHVALUE:
        if (n->fn && ir_is_instance(n->fn)) reference(c, n->fn, n->x && types_has_shape(n->x->type));
        break;
    case OCLOSURE:
        /* a closure is its own declaration, scanned before this one; the
         * stenciler's own closures are built after this one's scan */
        if (n->fn && n->fn->stencil) vec_push(&c->later, n->fn);
        return;
    default:
        break;
    }
    scan_list(c, &n->init);
    scan_node(c, n->x);
    scan_node(c, n->y);
    scan_node(c, n->z);
    scan_node(c, n->w);
    scan_list(c, &n->list);
    scan_list(c, &n->rlist);
    scan_list(c, &n->body);
    scan_list(c, &n->els);
}

/* f's closures, innermost first, in the order their bodies end */
static void closures(IrNode *n, Vec *out);
static void closures_list(IrList *l, Vec *out) {
    for (int i = 0; i < l->len; i++) closures(l->v[i], out);
}
static void closures(IrNode *n, Vec *out) {
    if (!n) return;
    if (n->op == OCLOSURE && n->fn) {
        if (n->fn->stencil) return;
        closures_list(&n->fn->body, out);
        vec_push(out, n->fn);
        return;
    }
    closures_list(&n->init, out);
    closures(n->x, out);
    closures(n->y, out);
    closures(n->z, out);
    closures(n->w, out);
    closures_list(&n->list, out);
    closures_list(&n->rlist, out);
    closures_list(&n->body, out);
    closures_list(&n->els, out);
}

/* One declaration (a function's body, or a package variable's
 * assignment): its references, then the stenciling closures it needs.  A
 * package variable's closure is a top-level function, appended to the
 * declarations after the instance it calls. */
static void scan_decl(Scan *c, IrList *body) {
    c->later = (Vec){0};
    scan_list(c, body);
    for (int j = 0; j < c->later.len; j++) {
        IrFunc *g = VEC_AT(c->later, IrFunc *, j);
        scan_list(c, &g->body);
        if (!g->outer) g->inst_seq = 2 * ++c->s->seq;
    }
    drain(c->s);
}

static void scan_func(Scan *c, IrFunc *f) {
    Vec cl = {0};
    closures_list(&f->body, &cl);
    vec_push(&cl, f);
    for (int i = 0; i < cl.len; i++) scan_decl(c, &VEC_AT(cl, IrFunc *, i)->body);
}

static void types_walk(Sim *s, IrNode *n);
static void types_walk_list(Sim *s, IrList *l) {
    for (int i = 0; i < l->len; i++) types_walk(s, l->v[i]);
}
static void types_walk(Sim *s, IrNode *n) {
    if (!n) return;
    if (n->op == ONAME && n->nm && n->nm->cls == PFUNC && ir_is_instance(n->nm->func)) {
        /* a generic function referenced: its type arguments translated,
         * its signature substituted (in a generic body: over the body's
         * type parameters) */
        IrFunc *f = n->nm->func;
        InstRef *ref = n->src ? (InstRef *)n->src->tinfo : NULL;
        Type **targs = f->obj ? f->obj->targs : NULL;
        int nt = f->obj ? f->obj->ntargs : 0;
        if (ref && ref->ntargs) targs = ref->targs, nt = ref->ntargs;
        for (int i = 0; i < nt; i++) translate(s, targs[i]);
        Type *sig = ref && ref->sig ? ref->sig : f->type;
        if (sig && sig->kind == TY_FUNC) {
            substitute(s, sig->params);
            substitute(s, sig->results);
        }
    }
    if (n->op == OCLOSURE && n->fn) {
        IrFunc *f = n->fn;
        if (f->type && f->type->kind == TY_FUNC) {
            translate(s, f->type->params);
            translate(s, f->type->results);
        }
        types_walk_list(s, &f->body);
        return;
    }
    types_walk_list(s, &n->init);
    if (n->op >= OAS && n->op <= OASOP) {
        /* the front end translates an assignment's right side first */
        types_walk(s, n->y);
        types_walk_list(s, &n->rlist);
        types_walk(s, n->x);
        types_walk_list(s, &n->list);
        translate(s, n->type);
        return;
    }
    types_walk(s, n->x);
    types_walk(s, n->y);
    types_walk(s, n->z);
    types_walk(s, n->w);
    types_walk_list(s, &n->list);
    types_walk_list(s, &n->rlist);
    types_walk_list(s, &n->body);
    types_walk_list(s, &n->els);
    translate(s, n->type);
}

static int node_by_pos(const void *a, const void *b) {
    return pos_cmp((*(IrNode *const *)a)->pos, (*(IrNode *const *)b)->pos);
}

static int by_pos(const void *a, const void *b) {
    return pos_cmp((*(IrFunc *const *)a)->pos, (*(IrFunc *const *)b)->pos);
}

/* A function's signature and body as gc's front end translates them:
 * the parameters' types (each through the top-level entry), then the
 * statements. */
static void translate_body(Sim *s, IrFunc *f) {
    s->generic = ir_is_instance(f);
    Object *g = s->generic && f->obj ? f->obj->generic : NULL;
    Type *t = g ? g->type : f->type; /* a generic one's over its type parameters */
    if (t && t->kind == TY_FUNC) {
        if (g && g->recv_type) translate(s, g->recv_type);
        else if (t->recv) translate(s, t->recv->type);
        for (int i = 0; t->params && i < t->params->nfields; i++) translate(s, t->params->fields[i]->type);
        for (int i = 0; t->results && i < t->results->nfields; i++) translate(s, t->results->fields[i]->type);
    }
    types_walk_list(s, &f->body);
    s->generic = false;
}

/* gc's translation of the package-level type declarations (irgen.typeDecl):
 * the type as written, its type parameters, then each method's receiver
 * (top-level) and signature (whose new types wait for the next top-level
 * translation) */
static void translate_type_decl(Sim *s, Node *sp) {
    Object *o = sp->y->obj;
    if (sp->flags & NF_ALIAS) {
        translate(s, o->type);
        return;
    }
    Type *t = sp->x && sp->x->type ? sp->x->type : o->type;
    if (t && t->kind == TY_NAMED && !t->orig && t->obj == o) t = t->underlying; /* type Frozen Stack[string]: as written */
    translate(s, t);
    Type *nt = o->type;
    if (!nt || nt->kind != TY_NAMED || nt->obj != o) return;
    for (int i = 0; !nt->ntargs && i < nt->ntparams; i++) translate(s, nt->tparams[i]);
    for (int i = 0; i < nt->nmethods; i++) {
        Object *m = nt->methods[i];
        if (!m || m->kind != OBJ_FUNC || !m->recv_type) continue;
        translate(s, m->recv_type);
        walk_sig(s, m->type, TRANSLATE, 0);
    }
}

void ir_instance_order(IrPackage *ip) {
    Sim s = {0};
    s.ip = ip;
    ip->dict_order = (Vec){0};
    waiting.len = 0;
    /* the package's own top-level functions, in source order */
    Vec tops = {0};
    for (int i = 0; i < ip->funcs.len; i++) {
        IrFunc *f = VEC_AT(ip->funcs, IrFunc *, i);
        f->inst_seq = 0;
        if (!f->outer && !ir_is_instance(f) && f != ip->initfn) vec_push(&tops, f);
    }
    if (tops.len > 1) qsort(tops.v, (size_t)tops.len, sizeof(void *), by_pos);
    /* the front end also translates the generic declarations' bodies:
     * one instance of each shows the types written there, its shape
     * marks standing for the type parameters */
    Vec units = {0}, generics = {0};
    for (int i = 0; i < tops.len; i++) vec_push(&units, tops.v[i]);
    for (int i = 0; i < ip->funcs.len; i++) {
        IrFunc *f = VEC_AT(ip->funcs, IrFunc *, i);
        if (f->outer || !ir_is_instance(f) || vec_has(&generics, f->obj->generic)) continue;
        vec_push(&generics, f->obj->generic);
        vec_push(&units, f);
    }
    if (units.len > 1) qsort(units.v, (size_t)units.len, sizeof(void *), by_pos);
    /* package variables' assignments, in source order */
    IrList *init = ip->initfn ? &ip->initfn->body : NULL;
    int nin = init ? init->len : 0;
    IrNode **ins = NEWN(IrNode *, nin + 1);
    for (int i = 0; i < nin; i++) ins[i] = init->v[i];
    if (nin > 1) qsort(ins, (size_t)nin, sizeof(IrNode *), node_by_pos);
    /* the front end, in gc's passes: package type declarations; then
     * the other declarations' types (functions' signatures, variables'
     * types); then functions' bodies and variables' values, in source
     * order */
    Package *pkg = ip->pkg;
    for (int i = 0; pkg && i < pkg->nfiles; i++) {
        Node *file = pkg->files[i];
        for (int j = 0; file && j < file->list.len; j++) {
            Node *d = file->list.v[j];
            if (!d || d->kind != N_GENDECL || d->op != T_TYPE) continue;
            for (int k = 0; k < d->list.len; k++) {
                Node *sp = d->list.v[k];
                if (sp && sp->kind == N_TYPESPEC && sp->y && sp->y->obj) translate_type_decl(&s, sp);
            }
        }
    }
    for (int i = 0; pkg && i < pkg->nfiles; i++) {
        Node *file = pkg->files[i];
        for (int j = 0; file && j < file->list.len; j++) {
            Node *d = file->list.v[j];
            if (!d) continue;
            if (d->kind == N_FUNCDECL && !d->w && d->y && d->y->obj) {
                s.generic = false;
                translate(&s, d->y->obj->type); /* a generic one over its type parameters */
            } else if (d->kind == N_GENDECL && d->op == T_VAR) {
                for (int k = 0; k < d->list.len; k++) {
                    Node *sp = d->list.v[k];
                    for (int m = 0; sp && m < sp->list.len; m++) {
                        Node *id = sp->list.v[m];
                        if (id && id->obj) translate(&s, id->obj->type);
                    }
                }
            }
        }
    }
    for (int i = 0, k = 0; i < units.len || k < nin;) {
        IrFunc *f = i < units.len ? VEC_AT(units, IrFunc *, i) : NULL;
        if (f && (k == nin || pos_cmp(f->pos, ins[k]->pos) < 0)) {
            translate_body(&s, f);
            i++;
        } else {
            types_walk(&s, ins[k++]);
        }
    }
    /* the stenciler */
    drain(&s);
    Scan c = {&s, false, {0}};
    /* the declarations in source order: functions and package variables'
     * assignments */
    for (int i = 0, k = 0; i < tops.len || k < nin;) {
        IrFunc *f = i < tops.len ? VEC_AT(tops, IrFunc *, i) : NULL;
        if (f && (k == nin || pos_cmp(f->pos, ins[k]->pos) < 0)) {
            scan_func(&c, f);
            i++;
        } else {
            IrList one = {&ins[k++], 1, 1}; /* the assignment alone */
            scan_decl(&c, &one);
        }
    }
    c.inst = true;
    for (int i = 0; i < s.made.len; i++) scan_func(&c, VEC_AT(s.made, IrFunc *, i));
    /* the other instances of a shape follow the one that made it */
    for (int i = 0; i < ip->funcs.len; i++) {
        IrFunc *f = VEC_AT(ip->funcs, IrFunc *, i);
        for (int k = 0; !f->outer && !f->inst_seq && f->mname && k < s.made.len; k++) {
            IrFunc *m = VEC_AT(s.made, IrFunc *, k);
            if (!strcmp(m->mname, f->mname)) f->inst_seq = m->inst_seq + 1;
        }
    }
}
