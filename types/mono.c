/*
 * mono.c: types2's check that a package's generic code can be stenciled
 * into finitely many instances (types2/mono.go's rule, our own code).
 *
 * The graph has a vertex per type parameter of the package and an edge
 * P -> Q for every instantiation, inside the body of P's declaration, of
 * Q's declaration with a type argument that mentions P: weight 0 when the
 * argument is P itself (F[T] calling G[T]), 1 when it is built from P
 * (F[T] calling F[[]T]).  A cycle of positive weight means an argument
 * that grows without end: types2 reports the first vertex whose heaviest
 * path grows past the number of vertices, after the package's other
 * checks and only when there were no other errors:
 *
 *     ./x.go:5:8: instantiation cycle:
 *             ./x.go:7:11: T instantiated as []T
 *
 * gosub checks generic bodies through their instances, where a type
 * parameter is a marked copy of its argument (generic.c): a marked type
 * that stands for one of the body's own parameters (types_own_tparam)
 * stands for that parameter here, and the argument is spelled with the
 * parameters put back.  A cycle is found as soon as the body that closes
 * it is checked; from then on no further instance body is queued (they
 * would grow forever), and the error waits for the end of the package.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "types/internal.h"
#include "types/types.h"

typedef struct MonoEdge {
    int src, dst, weight;
    Pos pos;
    const char *targ; /* the argument, spelled with the type parameters */
} MonoEdge;

typedef struct MonoVertex {
    Type *tparam;
    int weight, pre, len;
    bool growing; /* on a cycle of positive weight */
} MonoVertex;

static Vec verts; /* MonoVertex* */
static Vec edges; /* MonoEdge* */
static bool cycle_found;
static const char *cycle_msg;
static Pos cycle_pos;


static int vertex(Type *tp) {
    for (int i = 0; i < verts.len; i++)
        if (((MonoVertex *)verts.v[i])->tparam == tp) return i;
    MonoVertex *v = NEW(MonoVertex);
    v->tparam = tp;
    v->pre = -1;
    vec_push(&verts, v);
    return verts.len - 1;
}

static void add_edge(int src, int dst, int weight, Pos pos, const char *targ) {
    for (int i = 0; i < edges.len; i++) {
        MonoEdge *e = edges.v[i];
        if (e->src == src && e->dst == dst && e->weight == weight && !pos_cmp(e->pos, pos)) return; /* another instance of the same body */
    }
    MonoEdge *e = NEW(MonoEdge);
    e->src = src;
    e->dst = dst;
    e->weight = weight;
    e->pos = pos;
    e->targ = targ;
    vec_push(&edges, e);
}

/* t with the body's marked copies of its own parameters (a marked type
 * whose shape_tparam is one of own) replaced by those parameters */
static Type *to_tparams(Type *t, Type **own, int n, int depth) {
    if (!t || depth > 20) return t;
    if (t->shape_index)
        for (int i = 0; i < n; i++)
            if (t->shape_tparam == own[i]) return own[i];
    switch (t->kind) {
    case TY_POINTER: {
        Type *e = to_tparams(t->elem, own, n, depth + 1);
        return e == t->elem ? t : types_new_pointer(e);
    }
    case TY_SLICE: {
        Type *e = to_tparams(t->elem, own, n, depth + 1);
        return e == t->elem ? t : types_new_slice(e);
    }
    case TY_ARRAY: {
        Type *e = to_tparams(t->elem, own, n, depth + 1);
        return e == t->elem ? t : types_new_array(e, t->len);
    }
    case TY_CHAN: {
        Type *e = to_tparams(t->elem, own, n, depth + 1);
        return e == t->elem ? t : types_new_chan(t->dir, e);
    }
    case TY_MAP: {
        Type *k = to_tparams(t->key, own, n, depth + 1), *e = to_tparams(t->elem, own, n, depth + 1);
        return k == t->key && e == t->elem ? t : types_new_map(k, e);
    }
    case TY_STRUCT:
    case TY_TUPLE: {
        bool ch = false;
        Object **v = NEWN(Object *, t->nfields + 1);
        for (int i = 0; i < t->nfields; i++) {
            Type *ft = to_tparams(t->fields[i]->type, own, n, depth + 1);
            v[i] = t->fields[i];
            if (ft != t->fields[i]->type) {
                v[i] = NEW(Object);
                *v[i] = *t->fields[i];
                v[i]->type = ft;
                ch = true;
            }
        }
        if (!ch) return t;
        return t->kind == TY_TUPLE ? types_new_tuple(v, t->nfields) : types_new_struct(v, t->nfields);
    }
    case TY_FUNC: {
        Type *p = to_tparams(t->params, own, n, depth + 1), *r = to_tparams(t->results, own, n, depth + 1);
        return p == t->params && r == t->results ? t : types_new_func(NULL, p, r, t->variadic);
    }
    case TY_NAMED: {
        if (!t->orig || !t->ntargs) return t;
        bool ch = false;
        Type **ta = NEWN(Type *, t->ntargs + 1);
        for (int i = 0; i < t->ntargs; i++) {
            ta[i] = to_tparams(t->targs[i], own, n, depth + 1);
            if (ta[i] != t->targs[i]) ch = true;
        }
        return ch ? types_instantiate(t->orig, ta, t->ntargs) : t;
    }
    default:
        return t;
    }
}

static void collect(Type *t, Type **tps, int n, bool *seen, int depth) {
    if (!t || depth > 20) return;
    for (int i = 0; i < n; i++)
        if (t == tps[i]) {
            seen[i] = true;
            return;
        }
    switch (t->kind) {
    case TY_POINTER:
    case TY_SLICE:
    case TY_ARRAY:
    case TY_CHAN:
        collect(t->elem, tps, n, seen, depth + 1);
        return;
    case TY_MAP:
        collect(t->key, tps, n, seen, depth + 1);
        collect(t->elem, tps, n, seen, depth + 1);
        return;
    case TY_STRUCT:
    case TY_TUPLE:
        for (int i = 0; i < t->nfields; i++) collect(t->fields[i]->type, tps, n, seen, depth + 1);
        return;
    case TY_FUNC:
        collect(t->params, tps, n, seen, depth + 1);
        collect(t->results, tps, n, seen, depth + 1);
        return;
    case TY_NAMED:
        for (int i = 0; i < t->ntargs; i++) collect(t->targs[i], tps, n, seen, depth + 1);
        return;
    default:
        return;
    }
}

/* Bellman-Ford over the weights: a path longer than the number of
 * vertices has gone round a positive cycle; reports from its end. */
static void detect(void) {
    for (int i = 0; i < verts.len; i++) {
        MonoVertex *v = verts.v[i];
        v->weight = v->len = 0;
        v->pre = -1;
    }
    for (bool again = true; again;) {
        again = false;
        for (int i = 0; i < edges.len; i++) {
            MonoEdge *e = edges.v[i];
            MonoVertex *s = verts.v[e->src], *d = verts.v[e->dst];
            int w = s->weight + e->weight;
            if (w <= d->weight) continue;
            d->pre = i;
            d->len = s->len + 1;
            if (d->len == verts.len) {
                /* walk back to a vertex on the cycle, then list it in order */
                int nv = verts.len;
                bool *on = NEWN(bool, nv + 1);
                int at = e->dst;
                int *stack = NEWN(int, nv + 1), ns = 0;
                while (!on[at]) {
                    on[at] = true;
                    stack[ns++] = at;
                    at = ((MonoEdge *)edges.v[((MonoVertex *)verts.v[at])->pre])->src;
                }
                int first = 0;
                while (stack[first] != at) first++;
                Type *tp0 = ((MonoVertex *)verts.v[at])->tparam;
                const char *msg = "instantiation cycle:";
                for (int k = first; k < ns; k++) {
                    MonoEdge *pe = edges.v[((MonoVertex *)verts.v[stack[k]])->pre];
                    Type *dst = ((MonoVertex *)verts.v[pe->dst])->tparam;
                    msg = arena_printf("%s\n\t%s: %s instantiated as %s", msg, pos_string(pe->pos),
                                       dst->obj && dst->obj->name ? dst->obj->name : "?", pe->targ);
                }
                cycle_found = true;
                cycle_msg = msg;
                cycle_pos = tp0->obj ? tp0->obj->pos : (Pos){0, 0, 0};
                return;
            }
            d->weight = w;
            again = true;
        }
    }
}

/* Marks the vertices on a cycle through an edge of weight 1: v -> w of
 * weight 1 with a path back from w to v puts every vertex on such a path
 * on the cycle (reachability by Warshall's algorithm; graphs are small). */
static void mark_growing(void) {
    int n = verts.len;
    bool *r = NEWN(bool, (size_t)n * (size_t)n + 1);
    for (int i = 0; i < edges.len; i++) {
        MonoEdge *e = edges.v[i];
        r[e->src * n + e->dst] = true;
    }
    for (int k = 0; k < n; k++)
        for (int i = 0; i < n; i++)
            if (r[i * n + k])
                for (int j = 0; j < n; j++)
                    if (r[k * n + j]) r[i * n + j] = true;
    for (int i = 0; i < edges.len; i++) {
        MonoEdge *e = edges.v[i];
        if (e->weight == 0 || !(e->src == e->dst || r[e->dst * n + e->src])) continue;
        for (int v = 0; v < n; v++)
            if ((v == e->src || r[v * n + e->src]) && (v == e->dst || r[e->dst * n + v]) &&
                (v == e->src || v == e->dst || r[e->src * n + v] || r[v * n + e->src]))
                ((MonoVertex *)verts.v[v])->growing = true;
    }
}

static bool growing(Type *tp) {
    for (int i = 0; i < verts.len; i++)
        if (((MonoVertex *)verts.v[i])->tparam == tp) return ((MonoVertex *)verts.v[i])->growing;
    return false;
}

bool types_mono_stops(Object *generic) {
    if (!cycle_found || !generic) return false;
    Type *g = generic->type;
    if (generic->recv_type) {
        g = generic->recv_type->kind == TY_POINTER ? generic->recv_type->elem : generic->recv_type;
        if (g && g->orig) g = g->orig;
    }
    for (int i = 0; g && i < g->ntparams; i++)
        if (growing(g->tparams[i])) return true;
    return false;
}

void types_mono_record(Checker *c, Pos pos, NodeList *xlist, Type **tparams, Type **targs, int n) {
    if (!c->in_instance) return;
    int nown = 0;
    Type **own = types_own_tparams(c, &nown);
    if (!own || c->tp_tainted) return;
    bool added = false;
    for (int i = 0; i < n; i++) {
        if (!tparams[i] || !tparams[i]->obj || tparams[i]->obj->pkg != c->pkg) continue;
        Type *t = to_tparams(targs[i], own, nown, 0);
        bool *seen = NEWN(bool, nown + 1);
        collect(t, own, nown, seen, 0);
        Pos at = xlist && i < xlist->len && xlist->v[i] ? xlist->v[i]->pos : pos;
        for (int k = 0; k < nown; k++) {
            if (!seen[k]) continue;
            add_edge(vertex(own[k]), vertex(tparams[i]), t == own[k] ? 0 : 1, at, tstr(c, t));
            added = true;
        }
    }
    if (added) {
        bool had = cycle_found;
        cycle_found = false;
        detect();
        if (cycle_found) mark_growing();
        cycle_found = cycle_found || had;
    }
}

static int edge_by_pos(const void *a, const void *b) {
    return pos_cmp((*(MonoEdge *const *)a)->pos, (*(MonoEdge *const *)b)->pos);
}

void types_mono_report(Checker *c) {
    if (!cycle_found || c->nerrors) return;
    /* types2 finds the cycle it reports walking the edges in the order it
     * verified the instantiations: function bodies in source order, each
     * body's instantiations in order */
    if (edges.len > 1) qsort(edges.v, (size_t)edges.len, sizeof(void *), edge_by_pos);
    cycle_found = false;
    detect();
    if (cycle_found && cycle_msg) check_error_at(c, cycle_pos, "%s", cycle_msg);
}
