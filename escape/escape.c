/*
 * escape.c: Go 1.19's escape analysis, written for gosub's IR.
 *
 * THE QUESTION.  A value may live in its function's stack frame only if no
 * pointer to it can outlive the frame (or a loop iteration that declared it,
 * for variables declared inside loops).  Everything else goes to the heap.
 * The answer must match gc's exactly, because -m prints it.
 *
 * THE DATA MODEL.  A *location* stands for storage: one per variable (local,
 * parameter, result) and one per allocation-like expression (new(T), &T{},
 * make, slice and map literals, closures, method values, conversions to
 * interface that box a value, string conversions and concatenations).  Two
 * special locations: the heap, and the blank location (writes to it vanish).
 *
 * A directed, weighted *edge* dst <- src says "the value of src flows into
 * dst" with a deref count:
 *     dst = src     derefs 0
 *     dst = *src    derefs 1 (and **src 2, ...)
 *     dst = &src    derefs -1 (src's address: src must live as long as dst)
 * Edges are created by walking the function's statements with a *hole*: the
 * destination an expression's value flows into, carrying the pending deref
 * count.  Evaluating `&x` into hole k flows x into k.addr() (derefs - 1);
 * `*p` into k.deref(); an allocation `new(T)` *spills*: it gets a location L,
 * L's address flows into k, and sub-expressions flow into L itself.  Values
 * without pointers flow into the blank location (they cannot keep anything
 * alive).  Unknown destinations (globals, the target of *p = ..., map and
 * channel contents, arguments of calls we know nothing about) are the heap.
 *
 * CALLS.  The call graph is split into strongly connected components and
 * analysed bottom-up, so a callee is finished before its callers.  A
 * finished function is summarised by one *leak tag* per parameter: the
 * minimal deref count with which the parameter reaches the heap and each of
 * the first 7 results ("leaking param: p", "leaking param content: p" =
 * heap with derefs >= 1, "leaking param: p to result ~r0 level=0").  At a
 * call site each argument flows into a hole built from the callee's tag
 * (heap shifted by the heap derefs, and the call's result holes shifted by
 * the result derefs).  Calls inside one component go straight to the
 * callee's parameter locations; their results flow back from the callee's
 * result locations.  Calls of unknown functions (func values, interface
 * methods) leak their arguments to the heap.  Stdlib functions without
 * bodies here use tags recorded from Go 1.19 (escape/stdlib_tags.c).
 *
 * THE SOLVER.  For every location `root` (heap first in effect, since all
 * are queued and each re-walk only lowers counts) a shortest-path walk
 * (Bellman-Ford-like, deref counts never below -1 after address-of resets)
 * over incoming edges finds every src that flows to root and with what
 * deref count.  If root *outlives* src (root is the heap or escapes; root
 * is a result of the function; root is declared in an outer loop than src;
 * root belongs to a function enclosing src's closure) and src's address
 * flows (derefs < 0), src escapes, and is re-queued so that what flows into
 * it is re-examined with it as a root.  A parameter reached from a root it
 * does not outlive... more precisely reached from any root that outlives it
 * records the leak (heap or result index, with the deref count).
 *
 * LOOPS.  Each location remembers the loop depth of its declaration (ODCL);
 * `for` and `range` bodies and labels targeted by backward gotos increase the
 * depth.  `p = &x` with p declared outside the loop and x inside moves x to
 * the heap: each iteration needs a fresh x.
 *
 * CLOSURES.  A closure literal is an allocation whose contents are its
 * captured variables; the closure's body is walked (as its own function,
 * from loop depth 1) when the literal is met.  After the walk, each captured
 * variable is captured by value when it is never reassigned after capture,
 * never address-taken and at most 128 bytes; otherwise by reference, which
 * takes its address (and moves it to the heap if the closure escapes).
 * A closure called directly where it is defined does not make its results
 * outlive the enclosing function's variables.
 *
 * GO AND DEFER.  `go f(x)` and `defer f(x)` evaluate x now into a temporary
 * captured by a wrapper closure.  The wrapper of `go` escapes; the wrapper
 * of a defer at the top loop level of a function does not (it lives until
 * the function returns: a location of its own that flows nowhere); a defer
 * in a loop escapes.  Wrappers are never reported.
 *
 * SIZE LIMITS.  Variables larger than 10 MiB and implicit allocations
 * (new, &T{}, closures, method values) larger than 64 KiB go to the heap;
 * make([]T, n) with n not a small constant goes to the heap ("non-constant
 * size"), as does one whose backing array would exceed 64 KiB.
 *
 * RESULTS (finish).  Per function, the parameter tags (and with -m their
 * messages), then for every location in creation order: variables that
 * escape are "moved to heap: x" (IrName.heap), expressions "E escapes to
 * heap" or "E does not escape" (IrNode.esc).  With -m=2 each escaping
 * value and leaking parameter is explained by its flow path, as gc does.
 */
#include "escape/escape.h"

#include <stdlib.h>
#include <string.h>

enum { NUM_RESULTS = 7 };

typedef struct Note {
    struct Note *next;
    IrNode *where;
    const char *why;
} Note;

typedef struct Loc Loc;

typedef struct Edge {
    Loc *src;
    int derefs;
    Note *notes;
} Edge;

struct Loc {
    IrNode *n;      /* allocation expression, or NULL */
    IrName *nm;     /* variable, or NULL */
    IrFunc *curfn;
    Edge *edges;
    int nedges, capedges;
    int loopdepth;
    int result_index; /* 1 + index for results of curfn, else 0 */
    int derefs;
    uint32_t walkgen;
    Loc *dst;
    int dst_edge;
    bool queued, escapes, transient, captured, reassigned, addrtaken;
    bool is_heap, is_blank, wrapper;
    uint8_t leaks[8];
    Pos capture_pos; /* a go/defer wrapper's temporary: where the wrapper captures it */
};

typedef struct Hole {
    Loc *dst;
    int derefs;
    Note *notes;
    bool addrtaken;
} Hole;

typedef struct Closure {
    Hole k;
    IrFunc *fn;
    /* go/defer wrappers: captured temporaries */
    Loc **wraptmps;
    int nwraptmps;
    Pos callpos; /* the wrapped call: where the wrapper uses its temporaries */
} Closure;

typedef struct Batch {
    Vec locs;
    Closure *closures;
    int nclosures, capclosures;
    Loc heap, blank;
    const EscFlags *fl;
    Vec fns;
} Batch;

typedef struct Label {
    Str name;
    int state; /* 1 looping, 2 nonlooping */
} Label;

typedef struct Esc {
    Batch *b;
    IrFunc *curfn;
    int loopdepth;
    Label *labels;
    int nlabels, caplabels;
} Esc;

static int mlevel;
static int64_t max_stack_var = ESC_MAX_STACK_VAR, max_implicit = ESC_MAX_IMPLICIT_STACK_VAR;

/* ---- type facts ---- */

static bool has_ptrs(Type *t) { return t && types_has_pointers(t); }
static Type *under(Type *t) { return t ? types_underlying(t) : NULL; }
static bool is_iface(Type *t) { return t && types_is_interface(t); }

/* gc's IsDirectIface: values stored directly in an interface's data word. */
static bool is_direct_iface(Type *t) {
    Type *u = under(t);
    if (!u) return false;
    switch (u->kind) {
    case TY_POINTER: return !types_notinheap(u->elem);
    case TY_CHAN: case TY_MAP: case TY_FUNC: case TY_UNSAFEPTR: return true;
    case TY_ARRAY: return u->len == 1 && is_direct_iface(u->elem);
    case TY_STRUCT: return u->nfields == 1 && is_direct_iface(u->fields[0]->type);
    default: return false;
    }
}

static int64_t tsize(Type *t) { return t ? types_sizeof(t) : 0; }
static bool is_uintptr(Type *t) { return t && under(t) && under(t)->kind == TY_UINTPTR; }

/* ---- leaks ---- */

static int leak_get(const uint8_t *l, int i) { return (int)l[i] - 1; }
static void leak_set(uint8_t *l, int i, int derefs) {
    int v = derefs + 1;
    if (v < 0) v = 0;
    if (v > 255) v = 255;
    l[i] = (uint8_t)v;
}
static void leak_add(uint8_t *l, int i, int derefs) {
    int old = leak_get(l, i);
    if (old < 0 || derefs < old) leak_set(l, i, derefs);
}
static void leak_optimize(uint8_t *l) {
    int x = leak_get(l, 0);
    if (x >= 0)
        for (int i = 0; i < NUM_RESULTS; i++)
            if (leak_get(l, 1 + i) >= x) l[1 + i] = 0;
}
static bool leak_empty(const uint8_t *l) {
    for (int i = 0; i < 8; i++)
        if (l[i]) return false;
    return true;
}

/* ---- locations ---- */

static IrName *canonical(IrName *nm) {
    while (nm && nm->outer) nm = nm->outer;
    return nm;
}

static Loc *new_loc(Esc *e, IrNode *n, IrName *nm, bool transient) {
    Loc *l = NEW(Loc);
    l->n = n;
    l->nm = nm;
    l->curfn = e->curfn;
    l->loopdepth = e->loopdepth;
    l->transient = transient;
    vec_push(&e->b->locs, l);
    if (nm) nm->opt = l;
    else if (n) n->opt = l;
    return l;
}

static Loc *old_loc(IrName *nm) {
    IrName *c = canonical(nm);
    return c ? (Loc *)c->opt : NULL;
}

static Hole as_hole(Loc *l) { return (Hole){l, 0, NULL, false}; }

static Hole note(Hole k, IrNode *where, const char *why) {
    if (mlevel >= 2 && where) {
        Note *nt = NEW(Note);
        nt->next = k.notes;
        nt->where = where;
        nt->why = why;
        k.notes = nt;
    }
    return k;
}

static Hole shift(Hole k, int delta) {
    k.derefs += delta;
    if (k.derefs < -1) k.derefs = -1;
    k.addrtaken = delta < 0;
    return k;
}
static Hole deref(Hole k, IrNode *where, const char *why) { return note(shift(k, 1), where, why); }
static Hole addr(Hole k, IrNode *where, const char *why) { return note(shift(k, -1), where, why); }
static Hole dot_type(Hole k, Type *t, IrNode *where, const char *why) {
    if (!is_iface(t) && !is_direct_iface(t)) k = shift(k, 1);
    return note(k, where, why);
}

static const char *loc_name(Batch *b, Loc *l) {
    if (l == &b->heap) return "{heap}";
    if (l->nm) {
        const char *s = ir_fmt_name(l->nm);
        if (s[0] == '~' && s[1] == 'b') return "_";
        return s;
    }
    if (!l->n) return "{temp}";
    return arena_printf("{storage for %s}", ir_fmt_expr(l->n));
}

static const char *loc_text(Loc *l) {
    if (l->nm) return ir_fmt_name(l->nm);
    if (l->n) return ir_fmt_expr(l->n);
    return "?";
}

static Pos loc_pos(Loc *l) {
    if (l->nm) return l->nm->pos;
    if (l->n) return l->n->pos;
    return (Pos){0, 0, 0};
}

static void explain_flow(Batch *b, const char *pos, Loc *dst, Loc *src, int derefs, Note *notes) {
    char ops[64];
    if (derefs < 0) strcpy(ops, "&");
    else {
        int i = 0;
        for (; i < derefs && i < 60; i++) ops[i] = '*';
        ops[i] = 0;
    }
    ir_report_raw("%s:   flow: %s = %s%s:", pos, loc_name(b, dst), ops, loc_name(b, src));
    for (Note *nt = notes; nt; nt = nt->next)
        ir_report_raw("%s:     from %s (%s) at %s", pos, ir_fmt_stmt(nt->where), nt->why, ir_fmt_pos(nt->where->pos));
}

static void flow(Batch *b, Hole k, Loc *src) {
    if (k.addrtaken) src->addrtaken = true;
    Loc *dst = k.dst;
    if (dst == &b->blank) return;
    if (dst == src && k.derefs >= 0) return;
    if (dst->escapes && k.derefs < 0) {
        if (mlevel >= 2 && (src->n || src->nm) && !(src->n && (src->n->flags & IRF_STATICINIT)) &&
            !ir_quiet_instance(src->curfn)) {
            const char *pos = ir_fmt_pos(loc_pos(src));
            ir_report_raw("%s: %s escapes to heap:", pos, loc_text(src));
            explain_flow(b, pos, dst, src, k.derefs, k.notes);
        }
        src->escapes = true;
        return;
    }
    if (dst->nedges == dst->capedges) {
        int nc = dst->capedges ? dst->capedges * 2 : 4;
        Edge *ne = NEWN(Edge, nc);
        if (dst->nedges) memcpy(ne, dst->edges, sizeof(Edge) * (size_t)dst->nedges);
        dst->edges = ne;
        dst->capedges = nc;
    }
    dst->edges[dst->nedges++] = (Edge){src, k.derefs, k.notes};
}

static Hole heap_hole(Esc *e) { return as_hole(&e->b->heap); }
static Hole discard_hole(Esc *e) { return as_hole(&e->b->blank); }

static Hole tee_hole(Esc *e, Hole *ks, int n) {
    if (n == 0) return discard_hole(e);
    if (n == 1) return ks[0];
    Loc *l = new_loc(e, NULL, NULL, true);
    for (int i = 0; i < n; i++) flow(e->b, ks[i], l);
    return as_hole(l);
}

static Hole later(Esc *e, Hole k) {
    Loc *l = new_loc(e, NULL, NULL, false);
    flow(e->b, k, l);
    return as_hole(l);
}

static Hole spill(Esc *e, Hole k, IrNode *n) {
    Loc *l = new_loc(e, n, NULL, true);
    flow(e->b, addr(k, n, "spill"), l);
    return as_hole(l);
}

/* ---- walking ---- */

static void expr(Esc *e, Hole k, IrNode *n);
static void assign_list(Esc *e, IrNode **dsts, int nd, IrNode **srcs, int ns, const char *why, IrNode *where);
static void stmt(Esc *e, IrNode *n);
static void stmts(Esc *e, IrList *l);
static void call(Esc *e, Hole *ks, int nks, IrNode *n, bool wrapper, Hole wrapk, Closure *wc);
static void walk_func(Batch *b, IrFunc *fn);

static void discard(Esc *e, IrNode *n) { expr(e, discard_hole(e), n); }
static void discards(Esc *e, IrList *l) {
    for (int i = 0; i < l->len; i++) discard(e, l->v[i]);
}

static void assign_heap(Esc *e, IrNode *src, const char *why, IrNode *where) {
    expr(e, note(heap_hole(e), where, why), src);
}

static bool in_mutual_batch(IrFunc *fn) {
    return fn && fn->has_body && fn->esc_state > 0 && fn->esc_state < 3;
}

static void unsafe_value(Esc *e, Hole k, IrNode *n) {
    if (!n) return;
    stmts(e, &n->init);
    switch (n->op) {
    case OCONV: case OCONVNOP:
        if (n->x && n->x->type && under(n->x->type)->kind == TY_UNSAFEPTR) expr(e, k, n->x);
        else discard(e, n->x);
        break;
    case OUNARY:
        unsafe_value(e, k, n->x);
        break;
    case OBINARY:
        if (n->tok == T_SHL || n->tok == T_SHR) {
            unsafe_value(e, k, n->x);
            discard(e, n->y);
        } else if (n->tok == T_ADD || n->tok == T_SUB || n->tok == T_OR || n->tok == T_XOR || n->tok == T_MUL ||
                   n->tok == T_QUO || n->tok == T_REM || n->tok == T_AND || n->tok == T_AND_NOT) {
            unsafe_value(e, k, n->x);
            unsafe_value(e, k, n->y);
        } else {
            discard(e, n);
        }
        break;
    case ODOTPTR:
        discard(e, n->x);
        break;
    default:
        expr(e, discard_hole(e), n);
        break;
    }
}

static Hole dcl(Esc *e, IrName *nm) {
    Loc *l = old_loc(nm);
    if (!l) return discard_hole(e);
    l->loopdepth = e->loopdepth;
    return as_hole(l);
}

static void closure_append(Batch *b, Closure c) {
    if (b->nclosures == b->capclosures) {
        int nc = b->capclosures ? b->capclosures * 2 : 8;
        Closure *nv = NEWN(Closure, nc);
        if (b->nclosures) memcpy(nv, b->closures, sizeof(Closure) * (size_t)b->nclosures);
        b->closures = nv;
        b->capclosures = nc;
    }
    b->closures[b->nclosures++] = c;
}

static void expr_skip_init(Esc *e, Hole k, IrNode *n) {
    if (!n) return;
    if (k.derefs >= 0 && n->type && !types_is_untyped(n->type) && n->type->kind != TY_TUPLE && !has_ptrs(n->type))
        k.dst = &e->b->blank;
    switch (n->op) {
    case OLITERAL: case ONIL: case OTYPE: case OMETHEXPR: case OXXX:
        break;
    case ONAME: {
        IrName *nm = n->nm;
        if (!nm || nm->cls == PFUNC || nm->cls == PEXTERN) break;
        if (!strcmp(nm->name, "_")) break;
        Loc *l = old_loc(nm);
        if (l) flow(e->b, k, l);
        break;
    }
    case OUNARY:
        discard(e, n->x);
        break;
    case OBINARY: case OANDAND: case OOROR:
        discard(e, n->x);
        discard(e, n->y);
        break;
    case OADDR:
        expr(e, addr(k, n, "address-of"), n->x);
        break;
    case ODEREF:
        expr(e, deref(k, n, "indirection"), n->x);
        break;
    case ODOT: case ODOTINTER:
        expr(e, note(k, n, "dot"), n->x);
        break;
    case ODOTPTR:
        expr(e, deref(k, n, "dot of pointer"), n->x);
        break;
    case ODOTTYPE: case ODOTTYPE2:
        expr(e, dot_type(k, n->type, n, "dot"), n->x);
        break;
    case OINDEX:
        if (n->x && under(n->x->type) && under(n->x->type)->kind == TY_ARRAY)
            expr(e, note(k, n, "fixed-array-index-of"), n->x);
        else
            expr(e, deref(k, n, "dot of pointer"), n->x);
        discard(e, n->y);
        break;
    case OINDEXMAP:
        discard(e, n->x);
        discard(e, n->y);
        break;
    case OSLICE: case OSLICEARR: case OSLICE3: case OSLICE3ARR: case OSLICESTR:
        expr(e, note(k, n, "slice"), n->x);
        discard(e, n->y);
        discard(e, n->z);
        discard(e, n->w);
        break;
    case OCONV: case OCONVNOP:
        if (n->type && under(n->type)->kind == TY_UNSAFEPTR && n->x && n->x->type &&
            under(n->x->type)->kind == TY_UINTPTR)
            unsafe_value(e, k, n->x);
        else
            expr(e, k, n->x);
        break;
    case OCONVIFACE:
        if (ir_dict_i2i(n)) { /* gc's .autotmp_N = x; EFACE(..., IDATA(tmp)) */
            assign_list(e, &n->y->x, 1, &n->y->y, 1, "assign", n->y);
            expr(e, k, n->y->x);
            break;
        }
        if (ir_shape_conv_nop(n)) { /* gc's OCONVNOP */
            expr(e, k, n->x);
            break;
        }
        if (n->x && n->x->type && !is_iface(n->x->type) && !is_direct_iface(n->x->type)) k = spill(e, k, n);
        expr(e, note(k, n, "interface-converted"), n->x);
        break;
    case OSLICE2ARRPTR:
        expr(e, k, n->x);
        break;
    case ORECV:
        discard(e, n->x);
        break;
    case OCALLFUNC: case OCALLINTER: case OINLCALL: case OLEN: case OCAP: case OCOMPLEX: case OREAL: case OIMAG:
    case OAPPEND: case OCOPY: case ORECOVER: case OUNSAFEADD: case OUNSAFESLICE:
        call(e, &k, 1, n, false, k, NULL);
        break;
    case ONEW:
        spill(e, k, n);
        break;
    case OMAKESLICE:
        spill(e, k, n);
        discard(e, n->x);
        discard(e, n->y);
        break;
    case OMAKECHAN:
        discard(e, n->x);
        break;
    case OMAKEMAP:
        spill(e, k, n);
        discard(e, n->x);
        break;
    case OMETHVALUE: {
        Hole closk = spill(e, k, n);
        Object *m = n->obj;
        int nres = m && m->type && m->type->results ? m->type->results->nfields : 0;
        Hole ks[NUM_RESULTS + 1];
        int nks = 0;
        for (int i = 0; i < nres && nks < NUM_RESULTS; i++) ks[nks++] = heap_hole(e);
        Hole paramk;
        IrFunc *fn = n->fn;
        if (!fn) {
            paramk = heap_hole(e);
        } else {
            extern Hole esc_tag_hole(Esc * e, Hole * ks, int nks, IrFunc *fn, int param);
            paramk = esc_tag_hole(e, ks, nks, fn, 0);
        }
        Hole both[2] = {paramk, closk};
        expr(e, tee_hole(e, both, 2), n->x);
        break;
    }
    case OPTRLIT:
        expr(e, spill(e, k, n), n->x);
        break;
    case OARRAYLIT:
        for (int i = 0; i < n->list.len; i++) {
            IrNode *el = n->list.v[i];
            if (el->op == OKEY) el = el->y;
            expr(e, note(k, n, "array literal element"), el);
        }
        break;
    case OSLICELIT:
        k = spill(e, k, n);
        for (int i = 0; i < n->list.len; i++) {
            IrNode *el = n->list.v[i];
            if (el->op == OKEY) el = el->y;
            expr(e, note(k, n, "slice-literal-element"), el);
        }
        break;
    case OSTRUCTLIT:
        for (int i = 0; i < n->list.len; i++) expr(e, note(k, n, "struct literal element"), n->list.v[i]->x);
        break;
    case OMAPLIT:
        spill(e, k, n);
        for (int i = 0; i < n->list.len; i++) {
            assign_heap(e, n->list.v[i]->x, "map literal key", n);
            assign_heap(e, n->list.v[i]->y, "map literal value", n);
        }
        break;
    case OCLOSURE: {
        k = spill(e, k, n);
        IrFunc *fn = n->fn;
        if (!fn->outer) break; /* a package-level literal: a function of its own */
        closure_append(e->b, (Closure){k, fn, NULL, 0, {0, 0, 0}});
        IrName *dict = canonical(fn->dict_cv);
        if (dict && !dict->opt) {
            /* an inlined callee's .dict: the caller does not declare it */
            Esc at = {e->b, dict->curfn, e->loopdepth, NULL, 0, 0};
            new_loc(&at, NULL, dict, false);
        }
        for (int i = -1; i < fn->cvars.len; i++) {
            IrName *cv = i < 0 ? fn->dict_cv : VEC_AT(fn->cvars, IrName *, i);
            Loc *l = cv ? old_loc(cv) : NULL;
            if (l && !l->captured) {
                l->captured = true;
                if (l->loopdepth == e->loopdepth) l->reassigned = false;
            }
        }
        Esc sub = {e->b, fn, 1, NULL, 0, 0};
        for (int i = 0; i < fn->dcl.len; i++) {
            IrName *d = VEC_AT(fn->dcl, IrName *, i);
            if (!d->opt) new_loc(&sub, NULL, d, false);
        }
        if (fn->dict && !fn->dict->opt) new_loc(&sub, NULL, fn->dict, false);
        walk_func(e->b, fn);
        break;
    }
    case ORUNES2STR: case OBYTES2STR: case OSTR2RUNES: case OSTR2BYTES: case ORUNESTR:
        spill(e, k, n);
        discard(e, n->x);
        break;
    case OADDSTR:
        spill(e, k, n);
        discards(e, &n->list);
        break;
    default:
        break;
    }
}

static void expr(Esc *e, Hole k, IrNode *n) {
    if (!n) return;
    if (n->op == OINLCALL && n->x) stmts(e, &n->x->init); /* the inlined call's own init (gc moves it to the OINLCALL) */
    stmts(e, &n->init);
    expr_skip_init(e, k, n);
}

/* ---- calls ---- */

static bool fn_param_leaks(IrFunc *fn, int param, uint8_t out[8]) {
    memset(out, 0, 8);
    if (fn->param_leaks_set && fn->param_leaks) {
        memcpy(out, fn->param_leaks[param], 8);
        return true;
    }
    if (!fn->has_body || !fn->esc_state) {
        /* A function not analysed here: another package. */
        return esc_stdlib_tag(fn->name, param, out);
    }
    return false;
}

Hole esc_tag_hole(Esc *e, Hole *ks, int nks, IrFunc *fn, int param);
Hole esc_tag_hole(Esc *e, Hole *ks, int nks, IrFunc *fn, int param) {
    if (!fn) return heap_hole(e);
    if (in_mutual_batch(fn)) {
        /* straight into the parameter's location */
        IrName *p = NULL;
        if (fn->recv) {
            if (param == 0) p = fn->recv;
            else if (param - 1 < fn->params.len) p = VEC_AT(fn->params, IrName *, param - 1);
        } else if (param < fn->params.len) {
            p = VEC_AT(fn->params, IrName *, param);
        }
        if (!p || !strcmp(p->name, "_") || !p->name[0]) return discard_hole(e);
        Loc *l = old_loc(p);
        return l ? as_hole(l) : heap_hole(e);
    }
    uint8_t lk[8];
    if (!fn_param_leaks(fn, param, lk)) {
        memset(lk, 0, 8);
        leak_set(lk, 0, 0);
    }
    Hole tag[NUM_RESULTS + 1];
    int nt = 0;
    int x = leak_get(lk, 0);
    if (x >= 0) tag[nt++] = shift(heap_hole(e), x);
    if (ks) {
        for (int i = 0; i < NUM_RESULTS && i < nks; i++) {
            int r = leak_get(lk, 1 + i);
            if (r >= 0) tag[nt++] = shift(ks[i], r);
        }
    }
    for (int i = 0; i < nt; i++) tag[i].addrtaken = false;
    return tee_hole(e, tag, nt);
}

/* Static callee of a call expression (gc's ir.StaticValue then the name). */
static IrNode *static_value(IrNode *n) {
    for (;;) {
        if (n->op == OCONVNOP && n->x) {
            n = n->x;
            continue;
        }
        if (n->op == OINLCALL && n->rlist.len == 1) { /* an inlined call: its result variable */
            n = n->rlist.v[0];
            continue;
        }
        if (n->op == ONAME && n->nm && n->nm->cls == PAUTO && n->nm->defn && !n->nm->addrtaken && !n->nm->assigned) {
            IrNode *d = n->nm->defn;
            if (d->op == OAS && d->y) {
                n = d->y;
                continue;
            }
            if (d->op == OAS2 && d->list.len == d->rlist.len) {
                for (int i = 0; i < d->list.len; i++)
                    if (d->list.v[i]->op == ONAME && d->list.v[i]->nm == n->nm) return static_value(d->rlist.v[i]);
            }
        }
        return n;
    }
}

IrNode *ir_static_value(IrNode *n) { return static_value(n); }

/* go/defer argument: evaluated now into a temporary captured by the
 * wrapper closure; returns the temporary's location. */
static int wrap_temps; /* temporaries made for go/defer wrappers in the current function */

static bool has_unique_pos(IrNode *n) {
    return n && n->op != ONAME && n->op != OLITERAL && n->op != ONIL && n->op != OTYPE;
}

/* gc's copyExpr: `.autotmp_N := arg`, N counting the declarations; arg
 * flows into the temporary's location */
static Loc *copy_expr(Esc *e, IrNode *arg, Pos pos) {
    IrName *t = NEW(IrName);
    t->name = arena_printf(".autotmp_%d", e->curfn->dcl.len + e->curfn->dcl_phantom + wrap_temps++);
    t->pos = has_unique_pos(arg) ? arg->pos : pos;
    t->type = arg->type;
    t->cls = PAUTO;
    t->curfn = e->curfn;
    t->is_temp = true;
    Loc *tmp = new_loc(e, NULL, t, false);
    tmp->wrapper = true;
    IrNode *as = ir_node(OAS, t->pos, NULL);
    as->x = ir_node(ONAME, t->pos, t->type);
    as->x->nm = t;
    as->y = arg;
    expr(e, note(as_hole(tmp), as, "assign"), arg);
    return tmp;
}

/* An argument of a go/defer call: copied now, captured by the wrapper. */
static Loc *wrap_arg(Esc *e, IrNode *arg, Closure *wc, Pos pos) {
    Loc *tmp = copy_expr(e, arg, pos);
    tmp->captured = true;
    tmp->capture_pos = pos;
    Loc **nv = NEWN(Loc *, wc->nwraptmps + 1);
    if (wc->nwraptmps) memcpy(nv, wc->wraptmps, sizeof(Loc *) * (size_t)wc->nwraptmps);
    nv[wc->nwraptmps++] = tmp;
    wc->wraptmps = nv;
    return tmp;
}

/* A go/defer call as the notes print it: argument() substitutes the
 * wrapper's temporaries into this copy's own argument list, never into
 * the call codegen compiles. */
static IrNode *wrapped_copy(IrNode *n) {
    IrNode *c = NEW(IrNode);
    *c = *n;
    c->list = (IrList){0};
    for (int i = 0; i < n->list.len; i++) ir_list_push(&c->list, n->list.v[i]);
    return c;
}

static bool needs_wrap(IrNode *a) {
    if (!a) return false;
    if (a->op == OLITERAL || a->op == ONIL || a->op == OMETHEXPR) return false;
    if (a->op == ONAME && a->nm && a->nm->cls == PFUNC) return false;
    return true;
}

/* Evaluates one argument into hole k; in a go/defer wrapper, the argument
 * is first copied into a captured temporary. */
static int callee_pragma; /* pragmas of the function whose arguments are being evaluated */

static Loc *wrap_arg(Esc *e, IrNode *arg, Closure *wc, Pos pos);

/* gc's unsafeUintptr: an argument uintptr(p), p an unsafe.Pointer, of a
 * //go:uintptrescapes or //go:uintptrkeepalive function.  p is copied into
 * a temporary that stays alive during the call (in a go/defer wrapper: a
 * captured one) and with //go:uintptrescapes p's target escapes.  The call
 * passes uintptr(.autotmp_N) from then on: returns that conversion (for
 * the notes), NULL when arg is not such an argument. */
static IrNode *unsafe_uintptr_arg(Esc *e, IrNode *arg, Closure *wc) {
    if (!(callee_pragma & (IR_UINTPTRESCAPES | IR_UINTPTRKEEPALIVE))) return NULL;
    if (!arg || arg->op != OCONVNOP || !is_uintptr(arg->type) || !arg->x || !arg->x->type ||
        under(arg->x->type)->kind != TY_UNSAFEPTR)
        return NULL;
    Loc *tmp = wc ? wrap_arg(e, arg->x, wc, arg->pos) : copy_expr(e, arg->x, arg->pos);
    IrNode *conv = NEW(IrNode);
    *conv = *arg;
    conv->x = ir_node(ONAME, tmp->nm->pos, tmp->nm->type);
    conv->x->nm = tmp->nm;
    if (callee_pragma & IR_UINTPTRESCAPES) flow(e->b, note(heap_hole(e), conv, "//go:uintptrescapes"), tmp);
    return conv;
}

/* callnode is call()'s copy for the notes: arg becomes by in its list */
static void note_arg(IrNode *callnode, IrNode *arg, IrNode *by) {
    for (int j = 0; j < callnode->list.len; j++)
        if (callnode->list.v[j] == arg) {
            callnode->list.v[j] = by;
            return;
        }
}

static void argument(Esc *e, Hole k, IrNode *callnode, IrNode *arg, bool wrapper, Closure *wc) {
    if (!wrapper) {
        if (callee_pragma && arg && arg->op == OSLICELIT) {
            stmts(e, &arg->init);
            /* (the elements are then evaluated again as scalars: harmless) */
            for (int i = 0; i < arg->list.len; i++) unsafe_uintptr_arg(e, arg->list.v[i], NULL);
            IrList saved = arg->init;
            arg->init = (IrList){0};
            expr(e, note(k, callnode, "call parameter"), arg);
            arg->init = saved;
            return;
        }
        IrNode *conv = unsafe_uintptr_arg(e, arg, NULL);
        if (conv) {
            note_arg(callnode, arg, conv);
            return;
        }
        expr(e, note(k, callnode, "call parameter"), arg);
        return;
    }
    if (arg && arg->op == OSLICELIT) {
        /* the ... slice is built inside the wrapper; its elements are copied
         * into temporaries first (gc rewrites them before the call) */
        stmts(e, &arg->init);
        k = note(k, callnode, "call parameter");
        Loc **tmps = NEWN(Loc *, arg->list.len + 1);
        bool *kept = NEWN(bool, arg->list.len + 1); /* uintptr(.autotmp_N): nothing left to evaluate */
        for (int i = 0; i < arg->list.len; i++) {
            IrNode *el = arg->list.v[i];
            if (el->op == OKEY) el = el->y;
            kept[i] = unsafe_uintptr_arg(e, el, wc) != NULL;
            tmps[i] = !kept[i] && needs_wrap(el) ? wrap_arg(e, el, wc, arg->pos) : NULL;
        }
        Hole sk = spill(e, k, arg);
        for (int i = 0; i < arg->list.len; i++) {
            IrNode *el = arg->list.v[i];
            if (el->op == OKEY) el = el->y;
            Hole ek = note(sk, arg, "slice-literal-element");
            (void)0;
            if (kept[i]) continue;
            if (tmps[i]) {
                if (ek.derefs >= 0 && el->type && !has_ptrs(el->type)) ek.dst = &e->b->blank;
                flow(e->b, ek, tmps[i]);
            } else {
                expr(e, ek, el);
            }
        }
        return;
    }
    IrNode *conv = unsafe_uintptr_arg(e, arg, wc);
    if (conv) {
        note_arg(callnode, arg, conv);
        return;
    }
    /* a bound call's callee is the method expression closure read from
     * the dictionary: a value like any other, captured at the selector */
    bool bound_callee = callnode->op == OCALLFUNC && (callnode->flags & IRF_BOUNDCALL) && callnode->x == arg;
    if (!needs_wrap(arg) && !bound_callee) {
        expr(e, note(k, callnode, "call parameter"), arg);
        return;
    }
    if (k.derefs >= 0 && arg->type && !has_ptrs(arg->type)) k.dst = &e->b->blank;
    Loc *t = wrap_arg(e, arg, wc, bound_callee ? arg->pos : callnode->pos);
    if (bound_callee) callnode->flags &= ~IRF_BOUNDCALL; /* the notes print .autotmp_N(...) */
    IrNode *ref = ir_node(ONAME, t->nm->pos, t->nm->type);
    ref->nm = t->nm;
    note_arg(callnode, arg, ref); /* the wrapped call passes the temporary: "f(.autotmp_N)" */
    /* a callee value (".autotmp_N(...)"), a builtin's operand ("panic(.autotmp_N)") */
    if (callnode->op != OCALLINTER && callnode->x == arg) callnode->x = ref;
    else if (callnode->op != OCALLINTER && callnode->op != OCALLFUNC && callnode->y == arg) callnode->y = ref;
    if (callnode->op == OCALLINTER && callnode->x && callnode->x->x == arg) {
        /* an interface method's receiver: ".autotmp_N.M()" */
        IrNode *m = NEW(IrNode);
        *m = *callnode->x;
        m->x = ref;
        callnode->x = m;
    }
    flow(e->b, note(k, callnode, "call parameter"), t);
}

static bool slice_elem_has_ptrs(Type *t) {
    Type *u = under(t);
    return u && u->kind == TY_SLICE && has_ptrs(u->elem);
}

/* A call gc inlines but gosub keeps as a call (IRF_STDINL: a standard
 * function without a Go-shaped body here): in gc each argument is first
 * assigned to the inlined copy of its parameter, a local of the caller,
 * so no argument flows straight into the heap while the graph is built
 * (where -m=2 would explain it at once). The parameter's leak tag then
 * applies to that local. */
static Hole inlined_param(Esc *e, Hole k, IrNode *call, IrFunc *fn, int param) {
    if (!(call->flags & IRF_STDINL) || !fn || k.dst == &e->b->blank) return k;
    /* the parameter, from the signature (an //extern function has no
     * IrName parameters): the receiver first */
    Object *p = NULL;
    Type *sig = fn->type;
    int i = param;
    if (sig && sig->recv) {
        if (i == 0) p = sig->recv;
        i--;
    }
    if (!p && sig && sig->params && i >= 0 && i < sig->params->nfields) p = sig->params->fields[i];
    IrName *t = NEW(IrName);
    const char *pkg = fn->obj && fn->obj->pkg && fn->obj->pkg->name ? fn->obj->pkg->name : "";
    t->name = arena_printf("%s.%s", pkg, p && p->name && p->name[0] ? p->name : "~p");
    t->pos = call->pos;
    t->type = p ? p->type : NULL;
    t->cls = PAUTO;
    t->curfn = e->curfn;
    Loc *l = new_loc(e, NULL, t, false);
    flow(e->b, k, l);
    return as_hole(l);
}

static void call(Esc *e, Hole *ks, int nks, IrNode *n, bool wrapper, Hole wrapk, Closure *wc) {
    (void)wrapk;
    switch (n->op) {
    case OCALLFUNC: case OCALLINTER: {
        n->flags |= IRF_ESCFIXED; /* from now on -m prints it with its "... argument" */
        IrFunc *fn = NULL;
        /* the callee is a method expression T.M, called directly or
         * through a variable holding it (f := (*T).M; f(&x)): the
         * receiver is the first argument */
        bool methexpr = false;
        if (n->op == OCALLFUNC && n->x && !(n->flags & IRF_BOUNDCALL)) { /* bound: gc's callee is a closure from the dictionary */
            if (n->x->op == OCLOSURE) n->x->fn->closure_called = true;
            IrNode *v = static_value(n->x);
            if (v->op == ONAME && v->nm && v->nm->cls == PFUNC) fn = v->nm->func;
            else if (v->op == OCLOSURE) fn = v->fn;
            else if (v->op == OMETHEXPR && !(v->flags & IRF_INSTMETHOD) && !ir_dict_methexpr(v)) fn = v->fn, methexpr = true;
            /* devirtualized to a generic type's method: gc calls the
             * instance's method wrapper, which it analyses only after the
             * package's functions: no tags yet, the arguments escape */
            if (fn && (n->flags & IRF_DEVIRT) && ir_is_instance(fn)) fn = NULL;
        }
        if (ks && fn && in_mutual_batch(fn)) {
            for (int i = 0; i < fn->results.len && i < nks; i++) {
                IrName *r = VEC_AT(fn->results, IrName *, i);
                Loc *rl = old_loc(r);
                if (rl) flow(e->b, ks[i], rl);
            }
        }
        int argi = 0;
        int saved_pragma = callee_pragma;
        callee_pragma = 0;
        IrNode *call_node = n;
        if (wrapper || (fn && (fn->pragma & (IR_UINTPTRESCAPES | IR_UINTPTRKEEPALIVE)))) {
            /* the notes print the wrapped call, whose arguments become
             * temporaries (argument() substitutes them in this copy) */
            n = wrapped_copy(n);
            if (wrapper && n->op == OCALLINTER && (n->flags & IRF_BOUNDCALL) && n->x) {
                /* a bound call of a type argument that is an interface:
                 * in gc too a call of the dictionary's closure with the
                 * receiver first (its callee captured like the others) */
                IrList args = {0};
                ir_list_push(&args, n->x->x);
                for (int i = 0; i < n->list.len; i++) ir_list_push(&args, n->list.v[i]);
                n->op = OCALLFUNC;
                n->list = args;
            }
        }
        if (n->op == OCALLFUNC) {
            argument(e, discard_hole(e), n, n->x, wrapper, wc);
            const char *dict = wrapper ? ir_fmt_call_dict(call_node) : NULL;
            if (dict) {
                /* a generic's instance takes its dictionary (a uintptr) as
                 * the first argument: copied into a temporary like the rest */
                IrNode *d = ir_node(OXXX, n->pos, types_typ[TY_UINTPTR]);
                Loc *t = wrap_arg(e, d, wc, n->pos);
                n->flags |= IRF_SUBDICT;
                n->dict = t->nm->name;
            }
        } else {
            /* interface method: the receiver leaks to the heap */
            IrNode *recv = n->x ? n->x->x : NULL;
            argument(e, heap_hole(e), n, recv, wrapper, wc);
        }
        Type *sig = n->x ? n->x->type : NULL;
        if (fn && fn->type && !methexpr) sig = fn->type;
        int pi = 0;
        if (methexpr && fn) {
            /* receiver is the first argument */
            if (argi < n->list.len) {
                /* (*T).M of a value method passes a pointer to M's receiver:
                 * a receiver without pointers has no tag (gc's paramTag
                 * skips scalars), which at a call site means the heap */
                IrNode *ra = n->list.v[argi];
                bool untagged = fn->recv && !has_ptrs(fn->recv->type) && ra && has_ptrs(ra->type) && !in_mutual_batch(fn);
                argument(e, untagged ? heap_hole(e) : inlined_param(e, esc_tag_hole(e, ks, nks, fn, 0), n, fn, 0), n, ra,
                         wrapper, wc);
                argi++;
            }
            pi = 1;
            sig = fn->type;
        }
        int np = sig && sig->params ? sig->params->nfields : 0;
        if (n->x && n->x->op == OMETHEXPR && !fn) np = n->list.len;
        callee_pragma = fn ? fn->pragma & (IR_UINTPTRESCAPES | IR_UINTPTRKEEPALIVE) : 0;
        for (int i = 0; argi < n->list.len; i++, argi++) {
            Hole k = (fn && i < np + 1) ? inlined_param(e, esc_tag_hole(e, ks, nks, fn, pi + i), n, fn, pi + i)
                                        : heap_hole(e);
            argument(e, k, n, n->list.v[argi], wrapper, wc);
        }
        callee_pragma = saved_pragma;
        n = call_node;
        break;
    }
    case OINLCALL:
        stmts(e, &n->body);
        for (int i = 0; i < n->rlist.len; i++) {
            Hole k = (ks && i < nks) ? ks[i] : discard_hole(e);
            expr(e, k, n->rlist.v[i]);
        }
        break;
    case OAPPEND: {
        if (n->list.len == 0) break;
        IrNode *a0 = n->list.v[0];
        Hole appendee = ks ? ks[0] : discard_hole(e);
        Type *st = under(a0->type);
        if (st && st->kind == TY_SLICE && has_ptrs(st->elem)) {
            Hole two[2] = {appendee, deref(heap_hole(e), n, "appendee slice")};
            appendee = tee_hole(e, two, 2);
        }
        argument(e, appendee, n, a0, wrapper, wc);
        if (n->flags & IRF_DDD) {
            Hole appended = discard_hole(e);
            if (n->list.len > 1 && slice_elem_has_ptrs(n->list.v[1]->type))
                appended = deref(heap_hole(e), n, "appended slice...");
            if (n->list.len > 1) argument(e, appended, n, n->list.v[1], wrapper, wc);
        } else {
            for (int i = 1; i < n->list.len; i++) argument(e, heap_hole(e), n, n->list.v[i], wrapper, wc);
        }
        break;
    }
    case OCOPY: {
        if (wrapper) n = wrapped_copy(n); /* the notes print the wrapper's temporaries */
        argument(e, discard_hole(e), n, n->x, wrapper, wc);
        Hole copied = discard_hole(e);
        if (n->y && slice_elem_has_ptrs(n->y->type)) copied = deref(heap_hole(e), n, "copied slice");
        argument(e, copied, n, n->y, wrapper, wc);
        break;
    }
    case OPANIC:
        if (wrapper) n = wrapped_copy(n);
        argument(e, heap_hole(e), n, n->x, wrapper, wc);
        break;
    case OCOMPLEX:
        if (wrapper) n = wrapped_copy(n);
        argument(e, discard_hole(e), n, n->x, wrapper, wc);
        argument(e, discard_hole(e), n, n->y, wrapper, wc);
        break;
    case ORECOVER:
        n->flags |= IRF_ESCFIXED; /* gc's fixRecoverCall: an ORECOVERFP now, which -m prints as "<node RECOVERFP>" */
        if (wrapper && n->list.len == 0) {
            /* gc's ORECOVERFP takes the caller's frame pointer (a uintptr
             * computed at the call): deferred, it is copied into a
             * temporary of the wrapper like any argument */
            IrNode *fp = ir_node(OXXX, n->pos, types_typ[TY_UINTPTR]);
            wrap_arg(e, fp, wc, n->pos);
        }
        break;
    case ODELETE: case OPRINT: case OPRINTN:
        if (wrapper) n = wrapped_copy(n); /* codegen still sees the operands (B59) */
        for (int i = 0; i < n->list.len; i++) argument(e, discard_hole(e), n, n->list.v[i], wrapper, wc);
        break;
    case OLEN: case OCAP: case OREAL: case OIMAG: case OCLOSE:
        if (wrapper) n = wrapped_copy(n);
        argument(e, discard_hole(e), n, n->x, wrapper, wc);
        break;
    case OUNSAFEADD: case OUNSAFESLICE:
        if (wrapper) n = wrapped_copy(n);
        argument(e, ks ? ks[0] : discard_hole(e), n, n->x, wrapper, wc);
        argument(e, discard_hole(e), n, n->y, wrapper, wc);
        break;
    default:
        expr(e, ks ? ks[0] : discard_hole(e), n);
        break;
    }
}

static void go_defer(Esc *e, IrNode *n) {
    Hole k = heap_hole(e);
    if (n->op == ODEFER && e->loopdepth == 1) {
        k = later(e, discard_hole(e));
        n->esc = IR_ESC_NEVER;
    }
    IrNode *c = n->x;
    if (!c) return;
    stmts(e, &n->init);
    stmts(e, &c->init);
    if (c->op == OCALLFUNC && c->x && c->x->type) {
        Type *sig = under(c->x->type);
        if (sig && sig->kind == TY_FUNC && (!sig->params || sig->params->nfields == 0) &&
            (!sig->results || sig->results->nfields == 0) && c->list.len == 0) {
            if (c->x->op == OCLOSURE && n->op == OGO) c->x->flags |= IRF_GOWRAP;
            expr(e, k, c->x);
            return;
        }
    }
    /* The wrapper closure gc builds (`func() { f(tmps...) }`): a location
     * of its own, explained at -m=2 but never reported as a decision. */
    n->flags |= IRF_GDWRAPPED;
    IrFunc *wf = NEW(IrFunc);
    wf->name = e->curfn->name;
    wf->is_wrapper = true;
    wf->outer = e->curfn;
    IrNode *wn = ir_node(OCLOSURE, n->pos, NULL);
    wn->fn = wf;
    wf->clo = wn;
    /* gc analyses the call (its arguments into the temporaries) before it
     * spills the wrapper: the location and the edge come after theirs */
    Closure wc = {{0}, NULL, NULL, 0, c->pos};
    call(e, NULL, 0, c, true, k, &wc);
    Loc *clo = new_loc(e, wn, NULL, true);
    clo->wrapper = true;
    flow(e->b, addr(k, wn, "spill"), clo);
    wc.k = as_hole(clo);
    closure_append(e->b, wc);
}

/* ---- assignments ---- */

static bool same_safe_expr(IrNode *a, IrNode *b) {
    if (!a || !b) return false;
    a = a->op == OCONVNOP && a->x ? a->x : a;
    b = b->op == OCONVNOP && b->x ? b->x : b;
    if (a->op != b->op) return false;
    switch (a->op) {
    case ONAME: return a->nm == b->nm && a->nm;
    case ODOT: case ODOTPTR: return a->field == b->field && str_eq(a->name, b->name) && same_safe_expr(a->x, b->x);
    case ODEREF: return same_safe_expr(a->x, b->x);
    case OINDEX: return same_safe_expr(a->x, b->x) && same_safe_expr(a->y, b->y);
    case OLITERAL:
        if (!a->cval || !b->cval) return false;
        if (a->cval->kind != b->cval->kind) return false;
        if (a->cval->kind == CK_INT) return mpz_cmp(a->cval->i, b->cval->i) == 0;
        if (a->cval->kind == CK_STRING) return str_eq(a->cval->s, b->cval->s);
        if (a->cval->kind == CK_BOOL) return a->cval->b == b->cval->b;
        return false;
    case OUNARY: case OCONV: return a->tok == b->tok && same_safe_expr(a->x, b->x);
    case OBINARY: return a->tok == b->tok && same_safe_expr(a->x, b->x) && same_safe_expr(a->y, b->y);
    default: return false;
    }
}

static bool may_affect_memory(IrNode *n) {
    if (!n) return false;
    switch (n->op) {
    case ONAME: case OLITERAL: case ONIL: return false;
    case OBINARY: return may_affect_memory(n->x) || may_affect_memory(n->y);
    case OINDEX: return may_affect_memory(n->x) || may_affect_memory(n->y);
    case OCONVNOP: case OCONV: case OLEN: case OCAP: case OUNARY: case ODOT: case ODOTPTR: case ODEREF:
        return may_affect_memory(n->x);
    default: return true;
    }
}

static bool is_slice_self_assign(IrNode *dst, IrNode *src) {
    IrNode *dx;
    if (dst->op == ODEREF || dst->op == ODOTPTR) dx = dst->x;
    else return false;
    if (!dx || dx->op != ONAME) return false;
    switch (src->op) {
    case OSLICE: case OSLICE3: case OSLICESTR: break;
    case OSLICEARR: case OSLICE3ARR:
        if (src->x && src->x->op == OADDR) return false;
        break;
    default: return false;
    }
    IrNode *bx = src->x;
    if (!bx || (bx->op != ODEREF && bx->op != ODOTPTR)) return false;
    bx = bx->x;
    if (!bx || bx->op != ONAME) return false;
    return dx->nm == bx->nm;
}

static bool is_self_assign(IrNode *dst, IrNode *src) {
    if (is_slice_self_assign(dst, src)) return true;
    if (!dst || !src || dst->op != src->op) return false;
    switch (dst->op) {
    case ODOT: case ODOTPTR: return same_safe_expr(dst->x, src->x);
    case OINDEX:
        if (may_affect_memory(dst->y) || may_affect_memory(src->y)) return false;
        return same_safe_expr(dst->x, src->x);
    default: return false;
    }
}

static Hole addr_of(Esc *e, IrNode *n) {
    if (!n || ir_is_blank(n)) return discard_hole(e);
    Hole k = heap_hole(e);
    switch (n->op) {
    case ONAME:
        if (n->nm->cls == PEXTERN) break;
        {
            Loc *l = old_loc(n->nm);
            if (l) k = as_hole(l);
        }
        break;
    case ODOT:
        k = addr_of(e, n->x);
        break;
    case OINDEX:
        discard(e, n->y);
        if (n->x && under(n->x->type) && under(n->x->type)->kind == TY_ARRAY) k = addr_of(e, n->x);
        else discard(e, n->x);
        break;
    case ODEREF: case ODOTPTR:
        discard(e, n);
        break;
    case OINDEXMAP:
        discard(e, n->x);
        assign_heap(e, n->y, "key of map put", n);
        break;
    default:
        break;
    }
    return k;
}

static void reassigned(Esc *e, Hole *ks, int n, IrNode *where) {
    (void)e;
    if (where->op == OAS && !where->y && where->x && where->x->op == ONAME && where->x->nm && !where->x->nm->defn)
        return;
    for (int i = 0; i < n; i++) {
        Loc *l = ks[i].dst;
        if (l->nm && l->nm->defn == where && where->op != ORANGE) continue;
        l->reassigned = true;
    }
}

static void assign_list(Esc *e, IrNode **dsts, int nd, IrNode **srcs, int ns, const char *why, IrNode *where) {
    Hole *ks = NEWN(Hole, nd > 0 ? nd : 1);
    for (int i = 0; i < nd; i++) ks[i] = addr_of(e, dsts[i]);
    for (int i = 0; i < nd; i++) {
        IrNode *src = i < ns ? srcs[i] : NULL;
        Hole k = ks[i];
        IrNode *dst = dsts[i];
        if (dst && src && is_self_assign(dst, src)) {
            if (mlevel && !ir_quiet_instance(e->curfn))
                ir_report(where->pos, "%s ignoring self-assignment in %s", ir_fmt_func(e->curfn), ir_fmt_stmt(where));
            k = discard_hole(e);
        }
        expr(e, note(k, where, why), src);
    }
    reassigned(e, ks, nd, where);
}

/* ---- statements ---- */

static int label_state(Esc *e, Str name) {
    for (int i = 0; i < e->nlabels; i++)
        if (str_eq(e->labels[i].name, name)) return e->labels[i].state;
    return 0;
}

static void label_set(Esc *e, Str name, int st) {
    for (int i = 0; i < e->nlabels; i++)
        if (str_eq(e->labels[i].name, name)) {
            e->labels[i].state = st;
            return;
        }
    if (e->nlabels == e->caplabels) {
        int nc = e->caplabels ? e->caplabels * 2 : 8;
        Label *nv = NEWN(Label, nc);
        if (e->nlabels) memcpy(nv, e->labels, sizeof(Label) * (size_t)e->nlabels);
        e->labels = nv;
        e->caplabels = nc;
    }
    e->labels[e->nlabels++] = (Label){name, st};
}

static void block(Esc *e, IrList *l) {
    int old = e->loopdepth;
    stmts(e, l);
    e->loopdepth = old;
}

static void stmt(Esc *e, IrNode *n) {
    if (!n) return;
    if (n->op == OINLCALL && n->x) stmts(e, &n->x->init); /* as in expr */
    stmts(e, &n->init);
    switch (n->op) {
    case OFALL: case OINLMARK: case OBREAK: case OCONTINUE: case OGOTO: case ODCLCONST:
        break;
    case OBLOCK:
        stmts(e, &n->list);
        break;
    case ODCL:
        if (n->nm && strcmp(n->nm->name, "_") != 0) dcl(e, n->nm);
        break;
    case OLABEL:
        if (str_eqc(n->name, "_")) break;
        if (label_state(e, n->name) == 1) e->loopdepth++;
        break;
    case OIF:
        discard(e, n->x);
        block(e, &n->body);
        block(e, &n->els);
        break;
    case OFOR:
        e->loopdepth++;
        discard(e, n->x);
        stmt(e, n->y);
        block(e, &n->body);
        e->loopdepth--;
        break;
    case ORANGE: {
        Loc *tmp = new_loc(e, NULL, NULL, false);
        expr(e, as_hole(tmp), n->z);
        e->loopdepth++;
        Hole ks[2] = {addr_of(e, n->x), addr_of(e, n->y)};
        Type *zt = n->z ? under(n->z->type) : NULL;
        if (zt && zt->kind == TY_ARRAY) flow(e->b, note(ks[1], n, "range"), tmp);
        else flow(e->b, deref(ks[1], n, "range-deref"), tmp);
        reassigned(e, ks, 2, n);
        block(e, &n->body);
        e->loopdepth--;
        break;
    }
    case OSWITCH:
        if (n->x && n->x->op == OTYPESW) {
            IrNode *g = n->x;
            Hole *ks = NEWN(Hole, n->list.len + 1);
            int nk = 0;
            if (g->nm) {
                for (int i = 0; i < n->list.len; i++) {
                    IrNode *cas = n->list.v[i];
                    if (!cas->nm) continue;
                    Hole k = dcl(e, cas->nm);
                    if (has_ptrs(cas->nm->type)) ks[nk++] = dot_type(k, cas->nm->type, cas, "switch case");
                }
            }
            expr(e, tee_hole(e, ks, nk), g->x);
        } else {
            discard(e, n->x);
        }
        for (int i = 0; i < n->list.len; i++) {
            discards(e, &n->list.v[i]->list);
            block(e, &n->list.v[i]->body);
        }
        break;
    case OSELECT:
        for (int i = 0; i < n->list.len; i++) {
            stmt(e, n->list.v[i]->x);
            block(e, &n->list.v[i]->body);
        }
        break;
    case ORECV:
        expr_skip_init(e, discard_hole(e), n);
        break;
    case OSEND:
        discard(e, n->x);
        assign_heap(e, n->y, "send", n);
        break;
    case OAS: case OASOP:
        assign_list(e, &n->x, 1, &n->y, 1, "assign", n);
        break;
    case OAS2:
        assign_list(e, n->list.v, n->list.len, n->rlist.v, n->rlist.len, "assign-pair", n);
        break;
    case OAS2DOTTYPE:
        assign_list(e, n->list.v, n->list.len, &n->y, 1, "assign-pair-dot-type", n);
        break;
    case OAS2MAPR:
        assign_list(e, n->list.v, n->list.len, &n->y, 1, "assign-pair-mapr", n);
        break;
    case OAS2RECV:
        assign_list(e, n->list.v, n->list.len, &n->y, 1, "assign-pair-receive", n);
        break;
    case OAS2FUNC: {
        if (n->y && n->y->op == OINLCALL && n->y->x) stmts(e, &n->y->x->init); /* as in expr */
        if (n->y) stmts(e, &n->y->init);
        Hole *ks = NEWN(Hole, n->list.len + 1);
        for (int i = 0; i < n->list.len; i++) ks[i] = addr_of(e, n->list.v[i]);
        if (n->y) call(e, ks, n->list.len, n->y, false, ks[0], NULL);
        reassigned(e, ks, n->list.len, n);
        break;
    }
    case ORETURN: {
        IrFunc *f = e->curfn;
        IrNode **dsts = NEWN(IrNode *, f->results.len + 1);
        for (int i = 0; i < f->results.len; i++) {
            IrName *r = VEC_AT(f->results, IrName *, i);
            IrNode *rn = ir_node(ONAME, r->pos, r->type);
            rn->nm = r;
            dsts[i] = rn;
        }
        if (n->list.len) assign_list(e, dsts, f->results.len, n->list.v, n->list.len, "return", n);
        break;
    }
    case OCALLFUNC: case OCALLINTER: case OINLCALL: case OCLOSE: case OCOPY: case ODELETE: case OPANIC:
    case OPRINT: case OPRINTN: case ORECOVER: case OAPPEND: case OLEN: case OCAP:
        call(e, NULL, 0, n, false, discard_hole(e), NULL);
        break;
    case OGO: case ODEFER:
        go_defer(e, n);
        break;
    default:
        /* expression statements of other kinds (e.g. <-c handled above) */
        discard(e, n);
        break;
    }
}

static void stmts(Esc *e, IrList *l) {
    for (int i = 0; i < l->len; i++) stmt(e, l->v[i]);
}

/* ---- functions and batches ---- */

static void visit_labels(Esc *e, IrList *l);
static void visit_labels_node(Esc *e, IrNode *n) {
    if (!n) return;
    if (n->op == OLABEL && !str_eqc(n->name, "_")) label_set(e, n->name, 2);
    if (n->op == OGOTO && label_state(e, n->name) == 2) label_set(e, n->name, 1);
    if (n->op == OCLOSURE) return;
    visit_labels(e, &n->init);
    visit_labels_node(e, n->x);
    visit_labels_node(e, n->y);
    visit_labels_node(e, n->z);
    visit_labels_node(e, n->w);
    visit_labels(e, &n->list);
    visit_labels(e, &n->rlist);
    visit_labels(e, &n->body);
    visit_labels(e, &n->els);
}
static void visit_labels(Esc *e, IrList *l) {
    for (int i = 0; i < l->len; i++) visit_labels_node(e, l->v[i]);
}

static void walk_func(Batch *b, IrFunc *fn) {
    Esc e = {b, fn, 1, NULL, 0, 0};
    int saved_wrap_temps = wrap_temps;
    wrap_temps = 0;
    fn->esc_state = 2;
    visit_labels(&e, &fn->body);
    block(&e, &fn->body);
    wrap_temps = saved_wrap_temps;
}

static void init_func(Batch *b, IrFunc *fn) {
    Esc e = {b, fn, 1, NULL, 0, 0};
    fn->esc_state = 1;
    /* an instance's .dict parameter comes first in gc's declarations; a
     * closure's local copy of its dictionary after its own */
    if (fn->dict && !fn->outer && !fn->dict->opt) new_loc(&e, NULL, fn->dict, false);
    for (int i = 0; i < fn->dcl.len; i++) {
        IrName *d = VEC_AT(fn->dcl, IrName *, i);
        if (!d->opt) new_loc(&e, NULL, d, false);
    }
    if (fn->dict && fn->outer && !fn->dict->opt) new_loc(&e, NULL, fn->dict, false);
    if (fn->recv && !fn->recv->opt) new_loc(&e, NULL, fn->recv, false);
    for (int i = 0; i < fn->params.len; i++) {
        IrName *p = VEC_AT(fn->params, IrName *, i);
        if (!p->opt) new_loc(&e, NULL, p, false);
    }
    for (int i = 0; i < fn->results.len; i++) {
        IrName *r = VEC_AT(fn->results, IrName *, i);
        if (!r->opt) new_loc(&e, NULL, r, false);
        ((Loc *)r->opt)->result_index = 1 + i;
    }
}

static void flow_closure(Batch *b, Closure *c) {
    if (c->fn) {
        IrFunc *fn = c->fn;
        for (int i = -1; i < fn->cvars.len; i++) { /* -1: the dictionary, gc's first closure variable */
            IrName *cv = i < 0 ? fn->dict_cv : VEC_AT(fn->cvars, IrName *, i);
            if (!cv) continue;
            IrName *n = canonical(cv);
            Loc *l = old_loc(cv);
            if (!l) continue;
            bool byval = !l->addrtaken && !l->reassigned && tsize(n->type) <= 128;
            n->byval = byval;
            cv->byval = byval;
            if (!byval) n->addrtaken = true;
            if (mlevel > 1 && !ir_quiet_instance(n->curfn)) {
                IrFunc *decl = n->curfn;
                ir_report(n->pos, "%s capturing by %s: %s (addr=%s assign=%s width=%lld)", ir_fmt_func(decl),
                          byval ? "value" : "ref", n->name, l->addrtaken ? "true" : "false",
                          l->reassigned ? "true" : "false", (long long)tsize(n->type));
            }
            Hole k = c->k;
            IrNode *where = ir_node(ONAME, cv->pos, cv->type);
            where->nm = cv;
            if (!byval) k = addr(k, where, "reference");
            flow(b, note(k, where, "captured by a closure"), l);
        }
        return;
    }
    for (int i = 0; i < c->nwraptmps; i++) {
        Loc *t = c->wraptmps[i];
        IrName *tn = t->nm;
        bool byval = !t->addrtaken && !t->reassigned && tsize(tn->type) <= 128;
        if (mlevel > 1 && !ir_quiet_instance(tn->curfn))
            ir_report(tn->pos, "%s capturing by %s: %s (addr=%s assign=%s width=%lld)", ir_fmt_func(tn->curfn),
                      byval ? "value" : "ref", tn->name, t->addrtaken ? "true" : "false",
                      t->reassigned ? "true" : "false", (long long)tsize(tn->type));
        Pos at = t->capture_pos.file ? t->capture_pos : c->callpos.file ? c->callpos : tn->pos;
        IrNode *where = ir_node(ONAME, at, tn->type);
        where->nm = tn;
        Hole k = c->k;
        if (!byval) {
            k = addr(k, where, "reference");
            tn->addrtaken = true; /* gc reports it if it escapes: moved to heap: .autotmp_5 */
        }
        flow(b, note(k, where, "captured by a closure"), t);
    }
}

/* gc's HeapAllocReason. */
static const char *heap_alloc_reason(Loc *l) {
    if (l->nm) {
        if (l->nm->cls == PPARAM || l->nm->cls == PPARAMOUT) return NULL;
        if (tsize(l->nm->type) > max_stack_var) return "too large for stack";
        return NULL;
    }
    IrNode *n = l->n;
    if (!n || !n->type) return NULL;
    if (tsize(n->type) > max_stack_var) return "too large for stack";
    if ((n->op == ONEW || n->op == OPTRLIT) && under(n->type) && under(n->type)->elem &&
        tsize(under(n->type)->elem) > max_implicit)
        return "too large for stack";
    if (n->op == OCLOSURE) {
        int64_t sz = n->fn->dict_cv ? 16 : 8; /* the function pointer, the dictionary */
        for (int i = 0; i < n->fn->cvars.len; i++) {
            IrName *cv = VEC_AT(n->fn->cvars, IrName *, i);
            sz += canonical(cv)->byval ? tsize(cv->type) : 8;
        }
        if (sz > max_implicit) return "too large for stack";
    }
    if (n->op == OMETHVALUE && n->x && 8 + tsize(n->x->type) > max_implicit) return "too large for stack";
    if (n->op == OMAKESLICE) {
        IrNode *r = n->y ? n->y : n->x;
        int64_t v = 0;
        if (!r || r->op != OLITERAL || !r->cval || !const_fits_int64(r->cval, &v) || v < -2147483648LL ||
            v > 2147483647LL)
            return "non-constant size";
        Type *u = under(n->type);
        int64_t es = u && u->elem ? tsize(u->elem) : 0;
        if (es != 0 && v > max_implicit / es) return "too large for stack";
    }
    return NULL;
}

static bool contains_closure(IrFunc *f, IrFunc *c) {
    if (f == c || !c) return false;
    for (IrFunc *o = c->outer; o; o = o->outer)
        if (o == f) return true;
    return false;
}

static bool outlives(Batch *b, Loc *l, Loc *other) {
    if (l->escapes || l == &b->heap) return true;
    if (l->nm && l->nm->cls == PPARAMOUT) {
        if (contains_closure(other->curfn, l->curfn) && l->curfn->closure_called) return false;
        return true;
    }
    if (l->curfn == other->curfn && l->loopdepth < other->loopdepth) return true;
    if (contains_closure(l->curfn, other->curfn)) return true;
    return false;
}

static void leak_to(Loc *l, Loc *sink, int derefs) {
    if (!sink->escapes && sink->nm && sink->nm->cls == PPARAMOUT && sink->curfn == l->curfn) {
        int ri = sink->result_index - 1;
        if (ri >= 0 && ri < NUM_RESULTS) {
            leak_add(l->leaks, 1 + ri, derefs);
            return;
        }
    }
    leak_add(l->leaks, 0, derefs);
}

static void explain_path(Batch *b, Loc *root, Loc *src) {
    const char *pos = ir_fmt_pos(loc_pos(src));
    Loc **visited = NULL;
    int nv = 0, cv = 0;
    for (;;) {
        for (int i = 0; i < nv; i++)
            if (visited[i] == src) {
                ir_report_raw("%s:   warning: truncated explanation due to assignment cycle; see golang.org/issue/35518", pos);
                return;
            }
        if (nv == cv) {
            cv = cv ? cv * 2 : 8;
            Loc **nvv = NEWN(Loc *, cv);
            if (nv) memcpy(nvv, visited, sizeof(Loc *) * (size_t)nv);
            visited = nvv;
        }
        visited[nv++] = src;
        Loc *dst = src->dst;
        if (!dst) return;
        Edge *ed = &dst->edges[src->dst_edge];
        explain_flow(b, pos, dst, src, ed->derefs, ed->notes);
        if (dst == root) return;
        src = dst;
    }
}

typedef struct LocQ {
    Loc **v;
    int len, cap;
} LocQ;

static void q_push(LocQ *q, Loc *l) {
    if (q->len == q->cap) {
        int nc = q->cap ? q->cap * 2 : 64;
        Loc **nv = malloc(sizeof(Loc *) * (size_t)nc);
        if (!nv) fatalf("out of memory");
        if (q->len) memcpy(nv, q->v, sizeof(Loc *) * (size_t)q->len);
        free(q->v);
        q->v = nv;
        q->cap = nc;
    }
    q->v[q->len++] = l;
}

static void enqueue(LocQ *todo, Loc *l) {
    if (!l->queued) {
        q_push(todo, l);
        l->queued = true;
    }
}

static void walk_one(Batch *b, Loc *root, uint32_t walkgen, LocQ *todo_all) {
    root->walkgen = walkgen;
    root->derefs = 0;
    root->dst = NULL;
    LocQ todo = {0};
    q_push(&todo, root);
    while (todo.len > 0) {
        Loc *l = todo.v[--todo.len];
        int derefs = l->derefs;
        bool address_of = derefs < 0;
        if (address_of) {
            derefs = 0;
            if (!root->transient && l->transient) {
                l->transient = false;
                enqueue(todo_all, l);
            }
        }
        if (outlives(b, root, l)) {
            ir_report_off = ir_quiet_instance(l->curfn); /* a second instance of one shape: gc has one function */
            if (l->nm && l->nm->cls == PPARAM) {
                if (mlevel >= 2 && !l->escapes) {
                    ir_report_raw("%s: parameter %s leaks to %s with derefs=%d:", ir_fmt_pos(l->nm->pos), l->nm->name,
                                  loc_name(b, root), derefs);
                    explain_path(b, root, l);
                }
                leak_to(l, root, derefs);
            }
            if (address_of && !l->escapes) {
                /* gc lays out static initialisers before escape analysis: no explanation */
                if (mlevel >= 2 && (l->n || l->nm) && !(l->n && (l->n->flags & IRF_STATICINIT))) {
                    ir_report_raw("%s: %s escapes to heap:", ir_fmt_pos(loc_pos(l)), loc_text(l));
                    explain_path(b, root, l);
                }
                l->escapes = true;
                enqueue(todo_all, l);
                ir_report_off = false;
                continue;
            }
            ir_report_off = false;
        }
        for (int i = 0; i < l->nedges; i++) {
            Edge *ed = &l->edges[i];
            if (ed->src->escapes) continue;
            int d = derefs + ed->derefs;
            if (ed->src->walkgen != walkgen || ed->src->derefs > d) {
                ed->src->walkgen = walkgen;
                ed->src->derefs = d;
                ed->src->dst = l;
                ed->src->dst_edge = i;
                q_push(&todo, ed->src);
            }
        }
    }
    free(todo.v);
}

static void walk_all(Batch *b) {
    LocQ todo = {0};
    for (int i = 0; i < b->locs.len; i++) enqueue(&todo, VEC_AT(b->locs, Loc *, i));
    enqueue(&todo, &b->heap);
    uint32_t walkgen = 0;
    while (todo.len > 0) {
        Loc *root = todo.v[--todo.len];
        root->queued = false;
        walkgen++;
        walk_one(b, root, walkgen, &todo);
    }
    free(todo.v);
}


/* Computes (and with -m reports) the tag of one parameter. */
static void param_tag(Batch *b, IrFunc *fn, IrName *p, int narg, uint8_t out[8]) {
    memset(out, 0, 8);
    bool diagnose = mlevel != 0 && !fn->is_wrapper;
    const char *name = p->name && p->name[0] ? p->name : arena_printf("arg#%d", narg);
    bool named = p->name && p->name[0];
    if (!fn->has_body) {
        if (is_uintptr(p->type)) {
            if (diagnose) ir_report(p->pos, "assuming %s is unsafe uintptr", name);
            return;
        }
        if (!has_ptrs(p->type)) return;
        if (fn->pragma & IR_NOESCAPE) {
            if (diagnose && named) ir_report(p->pos, "%s does not escape", name);
        } else {
            if (diagnose && named) ir_report(p->pos, "leaking param: %s", name);
            leak_add(out, 0, 0);
        }
        return;
    }
    if (fn->pragma & IR_UINTPTRESCAPES) {
        if (is_uintptr(p->type)) {
            if (diagnose) ir_report(p->pos, "marking %s as escaping uintptr", name);
            return;
        }
        Type *u = under(p->type);
        bool last = fn->params.len && VEC_AT(fn->params, IrName *, fn->params.len - 1) == p;
        if (last && fn->type && fn->type->variadic && u && u->kind == TY_SLICE && is_uintptr(u->elem)) {
            if (diagnose) ir_report(p->pos, "marking %s as escaping ...uintptr", name);
            leak_add(out, 0, 0); /* gc's empty tag: the slice leaks */
            return;
        }
    }
    if (!has_ptrs(p->type)) return;
    if (!named || !strcmp(p->name, "_")) return;
    Loc *l = old_loc(p);
    if (!l) return;
    memcpy(out, l->leaks, 8);
    leak_optimize(out);
    if (diagnose && !l->escapes) {
        if (leak_empty(out)) ir_report(p->pos, "%s does not escape", name);
        int x = leak_get(out, 0);
        if (x >= 0) {
            if (x == 0) ir_report(p->pos, "leaking param: %s", name);
            else ir_report(p->pos, "leaking param content: %s", name);
        }
        for (int i = 0; i < NUM_RESULTS; i++) {
            int r = leak_get(out, 1 + i);
            if (r >= 0 && i < fn->results.len) {
                IrName *res = VEC_AT(fn->results, IrName *, i);
                ir_report(p->pos, "leaking param: %s to result %s level=%d", name, res->name, r);
            }
        }
    }
}

static void finish(Batch *b) {
    for (int i = 0; i < b->fns.len; i++) {
        IrFunc *fn = VEC_AT(b->fns, IrFunc *, i);
        fn->esc_state = 3;
        int np = (fn->recv ? 1 : 0) + fn->params.len;
        fn->param_leaks = arena_alloc(sizeof(uint8_t[8]) * (size_t)(np > 0 ? np : 1));
        int narg = 0;
        if (fn->recv) {
            narg++;
            ir_report_off = ir_is_instance(fn); /* gc's shaped functions are DUPOK: no parameter tags */
            param_tag(b, fn, fn->recv, narg, fn->param_leaks[0]);
            ir_report_off = false;
        }
        for (int j = 0; j < fn->params.len; j++) {
            narg++;
            IrName *p = VEC_AT(fn->params, IrName *, j);
            ir_report_off = ir_is_instance(fn);
            param_tag(b, fn, p, narg, fn->param_leaks[(fn->recv ? 1 : 0) + j]);
            ir_report_off = false;
            memcpy(p->leaks, fn->param_leaks[(fn->recv ? 1 : 0) + j], 8);
            p->has_leaks = true;
        }
        if (fn->recv) {
            memcpy(fn->recv->leaks, fn->param_leaks[0], 8);
            fn->recv->has_leaks = true;
        }
        fn->param_leaks_set = true;
    }
    for (int i = 0; i < b->locs.len; i++) {
        Loc *l = VEC_AT(b->locs, Loc *, i);
        ir_report_off = ir_quiet_instance(l->curfn); /* a second instance of one shape: gc has one function */
        if (l->nm) {
            l->nm->opt = NULL;
            if (l->escapes) {
                l->nm->heap = true;
                l->nm->esc = IR_ESC_HEAP;
                /* a temporary is reported when a closure captured it by
                 * reference (a go or defer statement's argument over 128 bytes) */
                if (mlevel && (!l->nm->is_temp || l->nm->addrtaken)) ir_report(l->nm->pos, "moved to heap: %s", l->nm->name);
            } else {
                l->nm->esc = IR_ESC_NONE;
            }
            continue;
        }
        IrNode *n = l->n;
        if (!n) continue;
        n->opt = NULL;
        bool wrapper = n->op == OCLOSURE && n->fn && n->fn->is_wrapper;
        /* a method value of a generic instance is a closure gc's stenciler
         * generates (a wrapper): not reported */
        if (n->op == OMETHVALUE && n->fn && ir_is_instance(n->fn)) wrapper = true;
        /* package initialisation: gc allocates these statically (staticinit) */
        if (n->flags & IRF_STATICINIT) wrapper = true;
        if (l->escapes) {
            if (mlevel && !wrapper) ir_report(n->pos, "%s escapes to heap", ir_fmt_expr(n));
            n->esc = IR_ESC_HEAP;
        } else {
            if (mlevel && !wrapper) ir_report(n->pos, "%s does not escape", ir_fmt_expr(n));
            n->esc = IR_ESC_NONE;
            if (l->transient && (n->op == OCLOSURE || n->op == OMETHVALUE || n->op == OSLICELIT))
                n->flags |= IRF_TRANSIENT;
        }
    }
    ir_report_off = false;
}

static void run_batch(IrFunc **fns, int n) {
    Batch *b = NEW(Batch);
    b->heap.is_heap = true;
    b->heap.escapes = true;
    b->blank.is_blank = true;
    for (int i = 0; i < n; i++) vec_push(&b->fns, fns[i]);
    /* explanations printed while the graph is built show calls not yet
     * visited as written (gc fixes variadic calls as it visits them) */
    ir_fmt_escape_pending = true;
    for (int i = 0; i < n; i++) init_func(b, fns[i]);
    for (int i = 0; i < n; i++)
        if (!fns[i]->outer && fns[i]->has_body) walk_func(b, fns[i]);
    for (int i = 0; i < b->nclosures; i++) flow_closure(b, &b->closures[i]);
    b->nclosures = 0;
    for (int i = 0; i < b->locs.len; i++) {
        Loc *l = VEC_AT(b->locs, Loc *, i);
        const char *why = heap_alloc_reason(l);
        if (why) {
            IrNode *where = l->n;
            if (!where && l->nm) { /* a variable: the note names it */
                where = ir_node(ONAME, l->nm->pos, l->nm->type);
                where->nm = l->nm;
            }
            flow(b, addr(heap_hole(&(Esc){b, NULL, 1, NULL, 0, 0}), where, why), l);
        }
    }
    ir_fmt_escape_pending = false;
    walk_all(b);
    finish(b);
}

/* ---- call graph: strongly connected components, bottom-up ----
 * Tarjan's algorithm as gc's VisitFuncsBottomUp runs it: functions are
 * roots in source order, edges go to referenced functions of this package
 * (calls, function values, method expressions and values) and to closures,
 * which can never be the root of a component: a closure is analysed with
 * the function that contains it. */

typedef struct Scc {
    IrFunc **stack;
    int sp, cap;
    uint32_t visitgen;
} Scc;

static uint32_t scc_visit(Scc *v, IrFunc *fn);

static void scc_do(Scc *v, IrFunc *f, uint32_t *min) {
    if (f && !f->esc_local && mlevel > 1) ir_generic_escape(f); /* a stdlib generic's shaped method: its own batch */
    if (!f || !f->esc_local) return;
    uint32_t m = scc_visit(v, f);
    if (m < *min) *min = m;
}

static void scc_walk(Scc *v, IrNode *n, uint32_t *min);
static void scc_walk_list(Scc *v, IrList *l, uint32_t *min) {
    for (int i = 0; i < l->len; i++) scc_walk(v, l->v[i], min);
}
static void scc_walk(Scc *v, IrNode *n, uint32_t *min) {
    if (!n) return;
    switch (n->op) {
    case ONAME:
        if (n->nm && n->nm->cls == PFUNC) scc_do(v, n->nm->func, min);
        break;
    case OMETHEXPR: case OMETHVALUE:
        if (!(n->flags & IRF_INSTMETHOD) && !ir_dict_methexpr(n)) scc_do(v, n->fn, min);
        break;
    case OCLOSURE:
        scc_do(v, n->fn, min);
        break;
    default:
        break;
    }
    scc_walk_list(v, &n->init, min);
    /* an inlined call keeps the original call in x only for printing: gc's
     * bottom-up walk sees just the inlined body, so the callee is no edge
     * (its arguments, evaluated in the call's init, still are) */
    if (n->op == OINLCALL) {
        if (n->x) scc_walk_list(v, &n->x->init, min);
        /* an inlined atomic.Pointer[T] method: its shaped function is one
         * of the declarations gc appends, analysed after the package's */
        IrNode *cx = n->x && n->x->op == OCALLFUNC ? n->x->x : NULL;
        if (cx && cx->op == OMETHEXPR && cx->fn && !cx->fn->esc_local && mlevel > 1) ir_generic_escape_note(cx->fn);
    } else if ((n->op == OCALLFUNC || n->op == OCALLINTER) && (n->flags & IRF_BOUNDCALL)) {
        /* gc calls a closure read from the dictionary: no edge to the method */
    } else {
        scc_walk(v, n->x, min);
    }
    scc_walk(v, n->y, min);
    scc_walk(v, n->z, min);
    scc_walk(v, n->w, min);
    scc_walk_list(v, &n->list, min);
    scc_walk_list(v, &n->rlist, min);
    scc_walk_list(v, &n->body, min);
    scc_walk_list(v, &n->els, min);
}

static uint32_t scc_visit(Scc *v, IrFunc *fn) {
    if (fn->esc_id > 0) return fn->esc_id;
    uint32_t id = ++v->visitgen;
    fn->esc_id = id;
    uint32_t min = ++v->visitgen;
    if (v->sp == v->cap) {
        int nc = v->cap ? v->cap * 2 : 64;
        IrFunc **ns = NEWN(IrFunc *, nc);
        if (v->sp) memcpy(ns, v->stack, sizeof(IrFunc *) * (size_t)v->sp);
        v->stack = ns;
        v->cap = nc;
    }
    v->stack[v->sp++] = fn;
    ir_shape_walk_visit(fn);
    scc_walk_list(v, &fn->body, &min);
    if ((min == id || min == id + 1) && !fn->outer) {
        int i;
        for (i = v->sp - 1; i >= 0; i--) {
            v->stack[i]->esc_id = UINT32_MAX;
            if (v->stack[i] == fn) break;
        }
        int n = v->sp - i;
        IrFunc **block = v->stack + i;
        run_batch(block, n);
        v->sp = i;
    }
    return min;
}

static bool vec_has_func(Vec *v, IrFunc *f) {
    for (int i = 0; i < v->len; i++)
        if (VEC_AT(*v, IrFunc *, i) == f) return true;
    return false;
}

/* A method wrapper of ir_method_wrappers: its own batch, as gc's escape.Batch. */
static void wrapper_batch(IrFunc *w) { run_batch(&w, 1); }

void esc_analyze(IrPackage *p, const EscFlags *fl) {
    mlevel = fl ? fl->mlevel : 0;
    ir_mlevel = mlevel;
    max_stack_var = fl && fl->smallframes ? ESC_SMALL_STACK_VAR : ESC_MAX_STACK_VAR;
    max_implicit = fl && fl->smallframes ? ESC_SMALL_IMPLICIT_STACK_VAR : ESC_MAX_IMPLICIT_STACK_VAR;
    for (int i = 0; i < p->funcs.len; i++) {
        IrFunc *f = VEC_AT(p->funcs, IrFunc *, i);
        f->esc_local = true;
        f->esc_id = 0;
    }
    Scc v = {0};
    ir_shape_walk_start();
    for (int i = 0; i < p->funcs.len; i++) {
        IrFunc *f = VEC_AT(p->funcs, IrFunc *, i);
        if (!f->outer) ir_generic_escape_rest_before(f); /* see ir_generic_rest_before */
        if (!f->outer && f->esc_id == 0 && f != p->initfn) scc_visit(&v, f);
    }
    ir_generic_escape_rest(); /* the stdlib generics' shaped methods no function called, appended */
    if (mlevel) ir_dict_wrappers_escape(wrapper_batch); /* written with the dictionaries */
    /* gc builds the package's init function (its variables'
     * initialization) after stenciling: it comes last */
    if (p->initfn && p->initfn->esc_id == 0 && vec_has_func(&p->funcs, p->initfn)) scc_visit(&v, p->initfn);
    if (mlevel) ir_static_wrappers_escape(wrapper_batch); /* its static itabs' */
    if (mlevel) ir_method_wrappers(p, wrapper_batch); /* gc analyses its method wrappers last */
}
