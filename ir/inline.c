/*
 * inline.c: Go 1.19's inliner (cmd/compile/internal/inline/inl.go) on the
 * IR, run before escape analysis so that escape sees inlined bodies (an
 * inlined constructor's &T{} can stay in the caller's frame).
 *
 * Order: functions are visited bottom-up over the call graph (callees
 * first); for each function of a component, CanInline decides whether it
 * may be inlined, then InlineCalls inlines the calls in its body.  A
 * function alone in a recursive component is never inlinable.
 *
 * CanInline: pragmas (//go:noinline ...), no body, then the "hairy
 * visitor": every IR node costs 1, calls cost 57 extra unless the callee
 * is inlinable (then its own cost), panic and a few conversions are
 * cheaper, and recover, go, defer and local type declarations forbid
 * inlining.  Budget 80.  With -m: "can inline f"; with -m=2: "can inline f
 * with cost N as: ..." or "cannot inline f: reason".
 *
 * InlineCalls: post-order over the body (arguments before the call); a
 * call of an inlinable function becomes OINLCALL: init assigns arguments
 * to copies of the parameters (ODCL + OAS2), body is a copy of the
 * callee's body where `return v` assigns the result temporaries ~R0...
 * and jumps to the end label, rlist holds the result temporaries.  Every
 * node copied from the callee gets the call's position (gc prints inlined
 * positions as their outermost call site).  Calls inside the copy are
 * inlined transitively, never into a function already being inlined on
 * the current path.  Function literals inside an inlined body become new
 * closures of the caller (named after it), capturing the caller's copies.
 * Functions of other packages: gosub's stdlib bodies
 * differ from Go's, so which stdlib functions Go inlines, their cost and
 * the calls inlined inside them come from a table recorded from Go 1.19
 * (ir/stdlib_inline.inc, ir/gen_inline.sh); such calls are reported as
 * inlined and stay calls (escape uses the recorded tags for them).
 *
 * Codegen: an OINLCALL may be compiled as its original call (x), which is
 * equivalent; escape decisions recorded inside the inlined copy apply to
 * that copy only.
 */
#include "ir/ir.h"

#include <string.h>

enum { INL_BUDGET = 80, INL_CALL_COST = 57, INL_BIG_NODES = 5000, INL_BIG_MAXCOST = 20 };

static const IrFlags *flags;
static IrPackage *cur_pkg;

/* ---- the recorded stdlib table ---- */

typedef struct StdInl {
    const char *name;
    int cost;
    const char *nested;
    int bce; /* "index bounds check elided" lines gc's walk reports for an inlined copy */
    int dcl; /* variables gc's inlined copy declares in the caller, nested inlines included */
} StdInl;

static const StdInl std_inl[] = {
#include "ir/stdlib_inline.inc"
};
enum { NSTDINL = (int)(sizeof std_inl / sizeof std_inl[0]) };

static const StdInl *std_lookup(const char *name) {
    int lo = 0, hi = NSTDINL - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        int c = strcmp(std_inl[mid].name, name);
        if (c == 0) return &std_inl[mid];
        if (c < 0) lo = mid + 1;
        else hi = mid - 1;
    }
    return NULL;
}

int ir_std_inline_bce(IrFunc *fn) {
    const StdInl *s = fn && fn->name && !fn->esc_local ? std_lookup(fn->name) : NULL;
    return s ? s->bce : 0;
}

/* ---- callee resolution ---- */

static bool can_inline(IrFunc *fn);

/* gc's inlCallee: the function a call expression statically calls;
 * closures get their inlinability decided on first use. */
static IrFunc *inl_callee(IrNode *x) {
    if (!x) return NULL;
    IrNode *v = ir_static_value(x);
    switch (v->op) {
    case OMETHEXPR: {
        if (ir_dict_methexpr(v)) return NULL; /* T.M of a type parameter: read from the dictionary */
        /* (*T).M of a value method, or a method promoted from an embedded
         * field, names gc's generated wrapper, which is never inlinable */
        Object *m = v->fn ? v->fn->obj : NULL;
        Type *rt = v->x ? v->x->type : NULL;
        if (m && m->recv_type && rt && !types_identical(rt, m->recv_type)) return NULL;
        return v->fn;
    }
    case ONAME: return (v->nm && v->nm->cls == PFUNC) ? v->nm->func : NULL;
    case OCLOSURE:
        can_inline(v->fn);
        return v->fn;
    default: return NULL;
    }
}

/* Calls gc compiles as intrinsics (ssagen's table, for the packages of
 * the subset): they cost like any node. */
static bool is_intrinsic(IrFunc *fn) {
    static const char *const names[] = {
        "atomic.AddInt32", "atomic.AddInt64", "atomic.AddUint32", "atomic.AddUint64", "atomic.AddUintptr",
        "atomic.LoadInt32", "atomic.LoadInt64", "atomic.LoadUint32", "atomic.LoadUint64", "atomic.LoadUintptr",
        "atomic.LoadPointer", "atomic.StoreInt32", "atomic.StoreInt64", "atomic.StoreUint32", "atomic.StoreUint64",
        "atomic.StoreUintptr", "atomic.SwapInt32", "atomic.SwapInt64", "atomic.SwapUint32", "atomic.SwapUint64",
        "atomic.SwapUintptr", "atomic.CompareAndSwapInt32", "atomic.CompareAndSwapInt64",
        "atomic.CompareAndSwapUint32", "atomic.CompareAndSwapUint64", "atomic.CompareAndSwapUintptr",
        /* amd64: Abs, Copysign and Round are not intrinsics there (gc inlines them) */
        "math.Sqrt", "math.Floor", "math.Ceil", "math.Trunc", "math.RoundToEven", "math.FMA", "runtime.KeepAlive",
        /* math/bits on amd64 (measured: calls gc does not report as inlined) */
        "bits.Add", "bits.Add64", "bits.Div", "bits.Div64", "bits.Len", "bits.Len8", "bits.Len16", "bits.Len32",
        "bits.Len64", "bits.Mul", "bits.Mul64", "bits.OnesCount", "bits.OnesCount16", "bits.OnesCount32",
        "bits.OnesCount64", "bits.ReverseBytes32", "bits.ReverseBytes64", "bits.RotateLeft", "bits.RotateLeft8",
        "bits.RotateLeft16", "bits.RotateLeft32", "bits.RotateLeft64", "bits.Sub", "bits.Sub64",
        "bits.TrailingZeros8", "bits.TrailingZeros16", "bits.TrailingZeros32", "bits.TrailingZeros64",
        NULL};
    if (!fn || fn->esc_local || !fn->name) return false;
    for (int i = 0; names[i]; i++)
        if (!strcmp(fn->name, names[i])) return true;
    return false;
}

/* gc's IsIntrinsicCall: the call names an intrinsic function directly.
 * Called through a variable whose value is known (f := math.Sqrt; f(x),
 * or a func parameter of an inlined body) it is an ordinary call, whose
 * callee gc inlines and costs as any function. */
static bool intrinsic_call(IrNode *call, IrFunc *fn) {
    IrNode *x = call ? call->x : NULL;
    return x && x->op == ONAME && x->nm && x->nm->cls == PFUNC && is_intrinsic(fn);
}

/* gc's special case for targets with unaligned loads (issue 42958):
 * encoding/binary's byte-order methods, called as methods, cost like any
 * node whatever their body. */
static bool is_cheap_method(IrFunc *fn) {
    static const char *const names[] = {
        "binary.littleEndian.Uint64", "binary.littleEndian.Uint32", "binary.littleEndian.Uint16",
        "binary.bigEndian.Uint64", "binary.bigEndian.Uint32", "binary.bigEndian.Uint16",
        "binary.littleEndian.PutUint64", "binary.littleEndian.PutUint32", "binary.littleEndian.PutUint16",
        "binary.bigEndian.PutUint64", "binary.bigEndian.PutUint32", "binary.bigEndian.PutUint16", NULL};
    if (!fn || fn->esc_local || !fn->name) return false;
    for (int i = 0; names[i]; i++)
        if (!strcmp(fn->name, names[i])) return true;
    return false;
}

/* Inline cost of a callee, or -1 when it cannot be inlined. */
static int callee_cost(IrNode *call, IrFunc *fn) {
    if (!fn) return -1;
    if (intrinsic_call(call, fn)) return 0;
    if (fn->esc_local) return fn->can_inline ? fn->inl_cost : -1;
    if (fn->has_body && fn->can_inline) return fn->inl_cost;
    int gc = ir_generic_cost(fn);
    if (gc >= 0) return gc;
    const StdInl *s = std_lookup(fn->name);
    return s ? s->cost : -1;
}

/* A closure in an instance starts with `.dict = .dict` (gc's stenciler
 * copies the captured dictionary to a local, for closures inside it): 3
 * nodes of inline cost. */
static int dict_capture_cost(IrFunc *fn) {
    if (!fn || !fn->outer || fn->stencil) return 0; /* gc's closure for an instance value captures its own .dictN */
    return ir_in_instance(fn) || fn->dict_copy ? 3 : 0;
}

/* ---- the hairy visitor ---- */

typedef struct Hairy {
    int budget;
    const char *reason;
    IrFunc *fn; /* the function (or closure) whose body is being visited */
} Hairy;

static bool h_node(Hairy *v, IrNode *n);

static bool h_list(Hairy *v, IrList *l) {
    for (int i = 0; i < l->len; i++)
        if (h_node(v, l->v[i])) return true;
    return false;
}

/* t has a shape, also inside an unnamed interface's method signatures
 * (gc's HasShape: `case interface{ Get() T }` is a derived type) */
static bool mentions_shape(Type *t) {
    if (types_has_shape(t)) return true;
    if (!t || t->kind != TY_INTERFACE) return false;
    int n = 0;
    Object **ms = types_iface_methods(t, &n);
    for (int i = 0; i < n; i++)
        if (ms[i] && types_has_shape(ms[i]->type)) return true;
    return false;
}

static bool h_children(Hairy *v, IrNode *n) {
    if (h_list(v, &n->init)) return true;
    if (n->op == ODCL) {
        v->budget--; /* the declared name */
        return false;
    }
    /* gc's type switch keeps the guard's name (TypeSwitchGuard.Tag) and a
     * variable per clause (CaseClause.Var): one node each */
    if ((n->op == OTYPESW || n->op == OCASE) && n->nm) v->budget--;
    /* a case of a shaped type is gc's ODYNAMICTYPE: the type read from
     * the dictionary (index, deref, name, literal), and from a non-empty
     * interface to a non-interface type the itab read too */
    if (n->op == OSWITCH && n->x && n->x->op == OTYPESW && n->x->x && n->x->x->type)
        for (int i = 0; i < n->list.len; i++) {
            IrNode *c = n->list.v[i];
            for (int j = 0; c && j < c->list.len; j++) {
                IrNode *t = c->list.v[j];
                if (!t || t->op != OTYPE || !mentions_shape(t->type)) continue;
                v->budget -= 4;
                if (!types_is_interface(t->type) && !ir_empty_iface(n->x->x->type)) v->budget -= 4;
            }
        }
    /* gc makes a select's `case <-c:` an OSELRECV2 assigning to _, _ */
    if (n->op == OCASE && n->x && n->x->op == ORECV) v->budget -= 3;
    /* gc's RewriteMultiValueCall declares each temporary (ODCL + name) */
    if ((n->op == OAS2FUNC || n->op == OAS2RECV || n->op == OAS2MAPR || n->op == OAS2DOTTYPE) && (n->flags & IRF_IMPLICIT))
        v->budget -= 2 * n->list.len;
    /* gc's typecheck gives make(map/chan) without a size the hint 0 */
    if ((n->op == OMAKEMAP || n->op == OMAKECHAN) && !n->x) v->budget--;
    if (h_node(v, n->x) || h_node(v, n->y) || h_node(v, n->z) || h_node(v, n->w)) return true;
    if (h_list(v, &n->list) || h_list(v, &n->rlist)) return true;
    if (h_list(v, &n->body) || h_list(v, &n->els)) return true;
    return false;
}

static bool lit_bool(IrNode *n, bool *b) {
    if (!n || n->op != OLITERAL || !n->cval || n->cval->kind != CK_BOOL) return false;
    *b = n->cval->b;
    return true;
}

/* gc's machine representation class of a numeric basic kind (its
 * SimType on 64-bit targets: int is int64, uint and uintptr are uint64),
 * or -1 for other kinds. */
static int sim_kind(Type *t) {
    Type *u = t ? types_underlying(t) : NULL;
    if (!u) return -1;
    switch (u->kind) {
    case TY_INT: case TY_INT64: return TY_INT64;
    case TY_UINT: case TY_UINTPTR: case TY_UINT64: return TY_UINT64;
    case TY_INT8: case TY_INT16: case TY_INT32: case TY_UINT8: case TY_UINT16: case TY_UINT32:
    case TY_FLOAT32: case TY_FLOAT64: case TY_COMPLEX64: case TY_COMPLEX128:
        return u->kind;
    default: return -1;
    }
}

/* T(c) in an instance, c an untyped numeric constant and T a type
 * parameter (gosub: a constant of the shape type under an explicit
 * OCONVNOP): gc's body converts c at its default type (types2 gives it no
 * other), an OCONV costing a node unless both types have one machine
 * representation (gc's Convertop: OCONVNOP). */
static bool shape_const_conv(IrNode *n) {
    if ((n->flags & IRF_IMPLICIT) || !n->type || !n->type->shape_index || !n->x || n->x->op != OLITERAL ||
        !n->x->cval)
        return false;
    Node *src = n->x->src ? types_unparen(n->x->src) : NULL;
    Type *def = NULL;
    if (src && src->kind == N_BASICLIT && src->op == T_CHAR) def = types_typ[TY_INT32];
    else if (n->x->cval->kind == CK_INT) def = types_typ[TY_INT];
    else if (n->x->cval->kind == CK_FLOAT) def = types_typ[TY_FLOAT64];
    else if (n->x->cval->kind == CK_COMPLEX) def = types_typ[TY_COMPLEX128];
    int a = sim_kind(def), k = sim_kind(n->type);
    return a >= 0 && k >= 0 && a != k;
}

static bool h_node(Hairy *v, IrNode *n) {
    if (!n) return false;
    switch (n->op) {
    case OCALLFUNC: {
        if (n->flags & IRF_BOUNDCALL) {
            /* gc calls the dictionary's method expression closure: an
             * unknown callee, read as (func(...))(&dict[i]) (5 nodes),
             * which replaces our method expression (and its type node):
             * the call, the dictionary read and the arguments */
            v->budget -= INL_CALL_COST + 5 + 1;
            return h_list(v, &n->init) || h_list(v, &n->list);
        }
        IrFunc *fn = inl_callee(n->x);
        int c = n->x && n->x->op == OMETHEXPR && is_cheap_method(fn) ? 0 : callee_cost(n, fn);
        /* the dictionary argument: &.dict.F[T], or a sub-dictionary read
         * out of this instance's own, (*(*[N]uintptr)(.dict))[i]; in gc's
         * closure for an instance used as a value inside another instance,
         * the captured sub-dictionary variable */
        if (ir_is_instance(fn)) v->budget -= v->fn && v->fn->stencil == 2 ? 1 : (n->flags & IRF_SUBDICT) ? 4 : 2;
        /* atomic.Pointer[T]'s method: its cost counts the static &dict */
        else if (ir_generic_cost(fn) >= 0) {
            /* its cost counts the static &dict (2); a sub-dictionary read
             * costs 4, gc's closure's captured one 1 */
            if (v->fn && v->fn->stencil == 2) v->budget += 1;
            else if (n->flags & IRF_SUBDICT) v->budget -= 2;
        }
        if (c >= 0) v->budget -= c;
        else v->budget -= INL_CALL_COST;
        break;
    }
    case OCALLINTER:
        v->budget -= INL_CALL_COST;
        if (n->flags & IRF_BOUNDCALL) v->budget -= 4; /* gc: the closure read from the dictionary */
        break;
    case ODOTTYPE:
    case ODOTTYPE2:
        if (ir_dict_assert(n)) v->budget -= 4; /* gc's ODYNAMICDOTTYPE reads the type from the dictionary */
        break;
    case OCONVIFACE:
        /* gc's OEFACE of a dictionary entry (index, deref, name, literal)
         * and OCONVIDATA: 6 nodes for the conversion's 1 */
        if (ir_dict_conv(n)) v->budget -= 5;
        if (ir_shape_conv_nop(n)) v->budget++; /* gc's OCONVNOP is free */
        /* gc's I2I through the dictionary: EFACE(convI2I(dict type,
         * ITAB(tmp)), IDATA(tmp)), a runtime call, besides the temporary's
         * assignment (n->y, visited) */
        if (ir_dict_i2i(n)) v->budget -= 66;
        break;
    case OPANIC:
        if (n->x && n->x->op == OCONVIFACE && (n->x->flags & IRF_IMPLICIT) && !ir_dict_conv(n->x)) v->budget++; /* not gc's EFACE */
        v->budget -= 1;
        break;
    case ORECOVER:
        v->reason = "call to recover";
        return true;
    case OCLOSURE: {
        v->budget -= 15 + dict_capture_cost(n->fn);
        /* gc's closure for an instance used as a value comes with the
         * enclosing function's `.dictN = dictionary` (&.dict.F[T]: 4
         * nodes; a sub-dictionary read from the instance's own: 6) */
        if (n->fn->stencil) v->budget -= n->fn->stencil == 2 ? 6 : 4;
        IrFunc *saved = v->fn;
        v->fn = n->fn;
        bool stop = h_list(v, &n->fn->body);
        v->fn = saved;
        if (stop) return true;
        break;
    }
    case OGO:
        v->reason = "unhandled op GO";
        return true;
    case ODEFER:
        v->reason = "unhandled op DEFER";
        return true;
    case ODCLTYPE:
        v->reason = "unhandled op DCLTYPE";
        return true;
    case ODEREF: {
        IrNode *p = n->x;
        while (p && p->op == OCONVNOP) p = p->x;
        if (p && p->op == OADDR) v->budget += 1;
        break;
    }
    case OCONVNOP: {
        /* gc keeps a float or complex conversion an OCONV (it rounds): it costs */
        Type *u = n->type ? types_underlying(n->type) : NULL;
        if (shape_const_conv(n)) break;
        if (!u || u->kind < TY_FLOAT32 || u->kind > TY_COMPLEX128) v->budget++;
        break;
    }
    case OFALL: case ODCLCONST: /* no code: free */
        return false;
    case OIF: {
        bool b;
        if (lit_bool(n->x, &b)) {
            if (h_list(v, &n->init)) return true;
            return b ? h_list(v, &n->body) : h_list(v, &n->els);
        }
        break;
    }
    case OBLOCK:
        v->budget++;
        break;
    case OMETHVALUE:
        v->budget--;
        break;
    case OSLICELIT:
        /* the "... argument" gc builds only after inlining decisions */
        if (n->flags & IRF_IMPLICIT) return h_list(v, &n->list);
        v->budget--;
        break;
    case ONIL:
        if (n->flags & IRF_IMPLICIT) return false;
        break;
    case OMETHEXPR:
        v->budget++;
        if (n->dict) v->budget -= 4; /* gc's (func(T))(&dict[i]): the closure read from the dictionary */
        break;
    default:
        break;
    }
    v->budget--;
    if (v->budget < 0 && flags->mlevel < 2) {
        v->reason = "too expensive";
        return true;
    }
    return h_children(v, n);
}

/* ---- printing the inline body for -m=2 ---- */

static void fmt_body(char **buf, IrList *l);

static const char *stmt_text(IrNode *n) {
    switch (n->op) {
    case OBLOCK: {
        char *b = arena_strdup("");
        fmt_body(&b, &n->list);
        return b;
    }
    case ODCL: return arena_printf("var %s %s", n->nm->name, ir_fmt_type(n->nm->type));
    case OIF: {
        char *b = arena_strdup("");
        fmt_body(&b, &n->body);
        char *e = arena_strdup("");
        fmt_body(&e, &n->els);
        /* gc prints an if's init only when it is one statement without an
         * init of its own (not a definition, whose names are declared in
         * its init); any other init is left out */
        const char *init = "";
        if (n->init.len == 1 && n->init.v[0]->op != ODCL && !n->init.v[0]->init.len &&
            !(n->init.v[0]->flags & IRF_DEFINE))
            init = arena_printf("%s; ", stmt_text(n->init.v[0]));
        if (n->els.len) return arena_printf("if %s%s { %s } else { %s }", init, ir_fmt_expr(n->x), b, e);
        return arena_printf("if %s%s { %s }", init, ir_fmt_expr(n->x), b);
    }
    case OFOR: case ORANGE: return "for loop";
    case OSWITCH: return "switch statement";
    case OSELECT: return "select statement";
    case OLABEL: return arena_printf("%.*s: ", n->name.len, n->name.p);
    case OGOTO: return arena_printf("goto %.*s", n->name.len, n->name.p);
    case OBREAK: return n->name.len ? arena_printf("break %.*s", n->name.len, n->name.p) : "break";
    case OCONTINUE: return n->name.len ? arena_printf("continue %.*s", n->name.len, n->name.p) : "continue";
    default: return ir_fmt_stmt(n);
    }
}

static bool init_temp_def(IrNode *s) {
    return s->op == OAS && (s->flags & IRF_DEFINE) && s->x && s->x->op == ONAME && s->x->nm && s->x->nm->is_temp;
}

static void fmt_body(char **buf, IrList *l) {
    for (int i = 0; i < l->len; i++) {
        IrNode *n = l->v[i];
        for (int j = 0; n->op != OFOR && n->op != ORANGE && n->op != OSWITCH && n->op != OIF && j < n->init.len; j++) {
            if (n->init.v[j]->op == ODCL) continue;
            /* gc's RewriteMultiValueCall temporaries live in the init, never printed */
            if ((n->init.v[j]->flags & IRF_IMPLICIT) && (n->init.v[j]->op == OAS2FUNC || n->init.v[j]->op == OAS2RECV ||
                                                         n->init.v[j]->op == OAS2MAPR || n->init.v[j]->op == OAS2DOTTYPE))
                continue;
            /* nor a call statement's RewriteNonNameCall temporary (t := g(); t.M()) */
            if ((n->op == OCALLFUNC || n->op == OCALLINTER) && init_temp_def(n->init.v[j])) continue;
            *buf = arena_printf("%s%s%s", *buf, **buf ? "; " : "", stmt_text(n->init.v[j]));
        }
        *buf = arena_printf("%s%s%s", *buf, **buf ? "; " : "", stmt_text(n));
    }
}

static const char *sig_text(IrFunc *fn) {
    Type *t = fn->type;
    if (t && t->kind == TY_FUNC && !fn->is_wrapper && ir_is_instance(fn)) {
        /* gc's shaped function is a plain func: the dictionary (uintptr)
         * first, then the receiver of a method, then the parameters */
        int np = t->params ? t->params->nfields : 0, k = 0;
        Object **ps = NEWN(Object *, np + 2);
        ps[k] = NEW(Object);
        ps[k]->kind = OBJ_VAR;
        ps[k++]->type = types_typ[TY_UINTPTR];
        if (t->recv) ps[k++] = t->recv;
        for (int i = 0; i < np; i++) ps[k++] = t->params->fields[i];
        return ir_fmt_type(types_new_func(NULL, types_new_tuple(ps, k), t->results, t->variadic));
    }
    if (t && (t->recv || (fn->is_wrapper && fn->recv))) {
        /* a wrapper's receiver is its own (.this), not its method's */
        Type *rt = fn->is_wrapper && fn->recv ? fn->recv->type : t->recv->type;
        Type *nt = types_new_func(NULL, t->params, t->results, t->variadic);
        return arena_printf("method(%s) %s", ir_fmt_type(rt), ir_fmt_type(nt));
    }
    return ir_fmt_type(t);
}

/* ---- CanInline ---- */

/* gc saves a pristine copy of the body before inlining into it. */
static IrNode *clone_node(IrNode *n);
static void clone_list(IrList *dst, IrList *src) {
    IrList out = {0};
    for (int i = 0; i < src->len; i++) ir_list_push(&out, clone_node(src->v[i]));
    *dst = out;
}
static IrNode *clone_node(IrNode *n) {
    if (!n) return NULL;
    IrNode *c = NEW(IrNode);
    *c = *n;
    clone_list(&c->init, &n->init);
    c->x = clone_node(n->x);
    c->y = clone_node(n->y);
    c->z = clone_node(n->z);
    c->w = clone_node(n->w);
    clone_list(&c->list, &n->list);
    clone_list(&c->rlist, &n->rlist);
    clone_list(&c->body, &n->body);
    clone_list(&c->els, &n->els);
    /* keep defining statements pointing at the clone's statements */
    if (n->op == OAS && n->x && n->x->op == ONAME && n->x->nm && n->x->nm->defn == n) c->x->nm = n->x->nm;
    if (n->op == OCLOSURE && n->fn) {
        /* a function literal's body is saved too (gc's inlcopy): the
         * closure gets calls inlined into it later, its copies must not */
        IrFunc *f = NEW(IrFunc);
        *f = *n->fn;
        clone_list(&f->body, &n->fn->body);
        c->fn = f;
    }
    return c;
}

static bool can_inline(IrFunc *fn) {
    if (!fn || !fn->esc_local) return false;
    if (fn->inl_cost < 0 || fn->can_inline || fn->cannot_inline) return fn->can_inline;
    const char *reason = NULL;
    if (fn->pragma & IR_NOINLINE) reason = "marked go:noinline";
    else if (fn->pragma & IR_CGOUNSAFEARGS) reason = "marked go:cgo_unsafe_args";
    else if (fn->pragma & IR_UINTPTRKEEPALIVE) reason = "marked as having a keep-alive uintptr argument";
    else if (fn->pragma & IR_UINTPTRESCAPES) reason = "marked as having an escaping uintptr argument";
    else if (fn->pragma & IR_YESWRITEBARRIERREC) reason = "marked go:yeswritebarrierrec";
    else if (!fn->has_body) reason = "no function body";
    if (!reason) {
        fn->inl_cost = -1; /* checking: a call to itself costs a plain call */
        Hairy v = {INL_BUDGET, NULL, fn};
        v.budget -= dict_capture_cost(fn);
        bool stop = h_list(&v, &fn->body);
        fn->inl_cost = 0;
        if (!stop && v.budget < 0) {
            reason = arena_printf("function too complex: cost %d exceeds budget %d", INL_BUDGET - v.budget, INL_BUDGET);
        } else if (stop) {
            reason = v.reason;
        } else {
            fn->can_inline = true;
            fn->inl_cost = INL_BUDGET - v.budget;
            clone_list(&fn->inl_body, &fn->body);
            if (flags->mlevel > 1 && !ir_quiet_instance(fn)) {
                /* gc gives an empty body one empty block, which prints as
                 * nothing: after the dictionary copy it leaves a "; " */
                char *b = arena_strdup(!dict_capture_cost(fn) ? "" : fn->body.len ? ".dict = .dict" : ".dict = .dict; ");
                ir_fmt_unfixed_calls = true;
                fmt_body(&b, &fn->body);
                ir_fmt_unfixed_calls = false;
                ir_report(fn->pos, "can inline %s with cost %d as: %s { %s }", ir_fmt_func(fn), fn->inl_cost,
                          sig_text(fn), b);
            } else if (flags->mlevel && !ir_quiet_instance(fn)) {
                ir_report(fn->pos, "can inline %s", ir_fmt_func(fn));
            }
            return true;
        }
    }
    fn->cannot_inline = reason;
    if (flags->mlevel > 1 && !ir_quiet_instance(fn)) ir_report(fn->pos, "cannot inline %s: %s", ir_fmt_func(fn), reason);
    return false;
}

/* ---- copying a body ---- */

typedef struct Subst {
    IrFunc *caller;
    IrFunc *callee;
    Pos pos;
    IrName **from, **to;
    int n, cap;
    IrName **retvars;
    int nret;
    Str retlabel;
    bool delay;
    bool failed;
    bool foreign; /* callee from another package: its body comes from export data in gc */
    IrFunc *clo_stack[16]; /* closures being copied (innermost last) */
    int clo_depth;
    int site;     /* the inlined call's index in caller->inlsites */
} Subst;

/* A node made for an inlined call (argument copies, result
 * temporaries, the end label) belongs where the call is. */
static IrNode *at_call(IrNode *x, IrNode *call) {
    x->opos = call->opos;
    x->inl = call->inl;
    return x;
}

/* A node of the inlined body (not inside a function literal) prints at the
 * call; its own position and the site are kept for tracebacks. */
static void inl_place(Subst *s, IrNode *c, Pos own) {
    if (s->clo_depth) return;
    c->pos = s->pos;
    c->opos = own;
    c->inl = s->site;
}

static void subst_map(Subst *s, IrName *a, IrName *b) {
    if (s->n == s->cap) {
        int nc = s->cap ? s->cap * 2 : 16;
        IrName **nf = NEWN(IrName *, nc), **nt = NEWN(IrName *, nc);
        if (s->n) {
            memcpy(nf, s->from, sizeof(IrName *) * (size_t)s->n);
            memcpy(nt, s->to, sizeof(IrName *) * (size_t)s->n);
        }
        s->from = nf;
        s->to = nt;
        s->cap = nc;
    }
    s->from[s->n] = a;
    s->to[s->n++] = b;
}

static IrName *subst_lookup(Subst *s, IrName *a) {
    for (int i = 0; i < s->n; i++)
        if (s->from[i] == a) return s->to[i];
    return NULL;
}

/* The variables an inline body declares (ODCL), each once. */
static void used_names(IrList *l, Vec *out) {
    for (int i = 0; i < l->len; i++) {
        IrNode *n = l->v[i];
        if (!n) continue;
        if (n->op == ODCL && n->nm) {
            bool dup = false;
            for (int j = 0; j < out->len && !dup; j++) dup = VEC_AT(*out, IrName *, j) == n->nm;
            if (!dup) vec_push(out, n->nm);
        }
        if (n->op == OCLOSURE) continue;
        IrList one = {0};
        IrNode *kids[4] = {n->x, n->y, n->z, n->w};
        for (int k = 0; k < 4; k++)
            if (kids[k]) ir_list_push(&one, kids[k]);
        used_names(&one, out);
        used_names(&n->list, out);
        used_names(&n->rlist, out);
        used_names(&n->init, out);
        used_names(&n->body, out);
        used_names(&n->els, out);
    }
}

static IrName *inlvar(Subst *s, IrName *v, const char *name) {
    IrName *nv = NEW(IrName);
    *nv = *v;
    nv->name = name ? name : v->name;
    if (s->foreign && !name && s->callee->obj && s->callee->obj->pkg && s->callee->obj->pkg->name)
        nv->name = arena_printf("%s.%s", s->callee->obj->pkg->name, v->name); /* gc: "sort.x" */
    nv->pos = s->pos;
    nv->cls = PAUTO;
    nv->curfn = s->caller;
    nv->opt = NULL;
    nv->aux = NULL;
    nv->heap = false;
    nv->esc = 0;
    nv->defn = NULL;
    nv->outer = NULL;
    nv->has_leaks = false;
    memset(nv->leaks, 0, sizeof nv->leaks);
    vec_push(&s->caller->dcl, nv);
    return nv;
}

static IrNode *copy_node(Subst *s, IrNode *n);

static void copy_list(Subst *s, IrList *dst, IrList *src) {
    IrList out = {0};
    for (int i = 0; i < src->len; i++) {
        IrNode *c = copy_node(s, src->v[i]);
        if (c) ir_list_push(&out, c);
    }
    *dst = out;
}

static IrNode *name_ref(IrName *nm, Pos pos) {
    IrNode *r = ir_node(ONAME, pos, nm->type);
    r->nm = nm;
    return r;
}

static IrNode *copy_node(Subst *s, IrNode *n);

/* The variable a closure variable v finally captures, as the caller sees
 * it: the first of v's outer chain mapped by this inlining or declared by
 * the caller itself (NULL: none, v gets a copy). */
static IrName *outer_in_caller(Subst *s, IrName *v) {
    for (IrName *x = v->outer; x; x = x->outer) {
        IrName *m = subst_lookup(s, x);
        if (m) return m;
        if (x->curfn == s->caller) return x;
        if (x->cls != PAUTOHEAP) break;
    }
    return NULL;
}

/* A fresh copy of a closure's variable, owned by the copied closure nf. */
static IrName *clo_var(Subst *s, IrName *v, IrFunc *nf) {
    IrName *nv = NEW(IrName);
    *nv = *v;
    nv->curfn = nf;
    nv->opt = NULL;
    nv->aux = NULL;
    nv->heap = false;
    nv->esc = 0;
    nv->has_leaks = false;
    memset(nv->leaks, 0, sizeof nv->leaks);
    subst_map(s, v, nv);
    return nv;
}

/* gc's inlsubst.closure: a function literal inside an inlined body becomes
 * a new closure of the caller, capturing the caller's copies. */
static IrNode *copy_closure(Subst *s, IrNode *n) {
    IrFunc *of = n->fn;
    if (s->clo_depth >= 16) {
        s->failed = true;
        return n;
    }
    IrFunc *outer = s->clo_depth ? s->clo_stack[s->clo_depth - 1] : s->caller;
    IrFunc *nf = NEW(IrFunc);
    *nf = *of;
    nf->outer = outer;
    nf->dcl = (Vec){0};
    nf->cvars = (Vec){0};
    nf->params = (Vec){0};
    nf->results = (Vec){0};
    nf->recv = NULL;
    nf->nclosures = 0;
    nf->dcl_phantom = 0;
    nf->closure_called = false;
    nf->dict_copy = dict_capture_cost(of) > 0; /* gc copies the statement with the body */
    nf->is_wrapper = false; /* gc's copy of a stenciling closure is no wrapper: escape reports it */
    nf->can_inline = false;
    nf->inl_cost = 0;
    nf->cannot_inline = NULL;
    nf->inl_body = (IrList){0};
    nf->esc_state = 0;
    nf->esc_id = 0;
    nf->esc_local = true;
    nf->param_leaks = NULL;
    nf->param_leaks_set = false;
    nf->aux = NULL;
    IrName *nn = NEW(IrName);
    *nn = *of->nname;
    nn->name = nf->name;
    nn->func = nf;
    nf->nname = nn;
    for (int i = 0; i < of->cvars.len; i++) {
        IrName *cv = VEC_AT(of->cvars, IrName *, i);
        IrName *ncv = clo_var(s, cv, nf);
        IrName *o = cv->outer ? subst_lookup(s, cv->outer) : NULL;
        if (!o && cv->outer) o = outer_in_caller(s, cv);
        if (!o && cv->outer && cv->outer->curfn == s->callee) {
            o = inlvar(s, cv->outer, NULL);
            subst_map(s, cv->outer, o);
        }
        if (o) ncv->outer = o;
        vec_push(&nf->cvars, ncv);
    }
    if (of->dict_cv) {
        /* the dictionary the literal captures: the caller's own, or the
         * inlined callee's .dict parameter, whose copy gc's inliner
         * declares at the call (gosub's caller does not declare it: only
         * escape analysis sees it, through this closure) */
        IrName *cv = of->dict_cv;
        IrName *o = subst_lookup(s, cv->outer);
        if (!o) o = outer_in_caller(s, cv);
        if (!o && cv->outer->curfn == s->callee) {
            o = NEW(IrName);
            *o = *cv->outer;
            o->pos = s->pos;
            o->cls = PAUTO;
            o->curfn = s->caller;
            o->opt = NULL;
            subst_map(s, cv->outer, o);
        }
        nf->dict_cv = clo_var(s, cv, nf);
        if (o) nf->dict_cv->outer = o;
    }
    if (of->dict) nf->dict = clo_var(s, of->dict, nf);
    for (int i = 0; i < of->dcl.len; i++) {
        IrName *d = VEC_AT(of->dcl, IrName *, i);
        IrName *nd = clo_var(s, d, nf);
        vec_push(&nf->dcl, nd);
    }
    for (int i = 0; i < of->params.len; i++) {
        IrName *p = VEC_AT(of->params, IrName *, i);
        IrName *np = subst_lookup(s, p);
        vec_push(&nf->params, np ? np : clo_var(s, p, nf));
    }
    for (int i = 0; i < of->results.len; i++) {
        IrName *r = VEC_AT(of->results, IrName *, i);
        IrName *nr = subst_lookup(s, r);
        vec_push(&nf->results, nr ? nr : clo_var(s, r, nf));
    }
    IrNode *c = NEW(IrNode);
    *c = *n;
    inl_place(s, c, n->pos);
    c->opt = NULL;
    c->esc = 0;
    c->fn = nf;
    nf->clo = c;
    s->clo_stack[s->clo_depth++] = nf;
    copy_list(s, &nf->body, &of->body);
    s->clo_depth--;
    /* its init (a stenciling closure's `.rcvrN = x`) is the caller's code */
    copy_list(s, &c->init, &n->init);
    /* gc's stenciler made that assignment outside the inlined body: it
     * keeps its own position ("from .rcvr1 = c (assign) at" the literal) */
    if (of->stencil)
        for (int i = 0; i < c->init.len && i < n->init.len; i++) c->init.v[i]->pos = n->init.v[i]->pos;
    /* gc names the copy when it typechecks it, after its body (so a
     * nested literal first), after the function being inlined into, even
     * when the literal was nested in another: main.func1, main.func2 */
    IrFunc *namer = s->caller;
    bool in_closure = namer->outer || namer->clo; /* a package-level literal too: glob..func1.1 */
    nf->name = in_closure ? arena_printf("%s.%d", namer->name, ++namer->nclosures)
                            : arena_printf("%s.func%d", namer->name, ++namer->nclosures);
    nn->name = nf->name;
    /* in a generic instance: named after the caller's shaped function */
    const char *dot = strrchr(nf->name, '.');
    nf->mname = namer->mname ? arena_printf("%s%s", namer->mname, dot ? dot : "") : NULL;
    return c;
}

/* The copy cx of name nx assigned by statement n (copied as c) is
 * defined by c when n defined nx.  A variable of a closure copied with
 * the body (gc's clovar) also when n is the clone, in an inline body, of
 * its defining statement (the clone shares the original's names): the one
 * statement of that kind assigning a never-reassigned name.  The
 * inlined function's own variables get no definition (gc's inlvar). */
static void move_defn(Subst *s, IrNode *cx, IrNode *nx, IrNode *n, IrNode *c) {
    if (!cx || !nx || cx->op != ONAME || nx->op != ONAME || !cx->nm || !nx->nm || cx->nm == nx->nm) return;
    IrName *nm = nx->nm;
    if (nm->defn == n ||
        (nm->defn && cx->nm->curfn != s->caller && nm->defn->op == n->op && !nm->assigned))
        cx->nm->defn = c;
}

static IrNode *copy_node(Subst *s, IrNode *n) {
    if (!n) return NULL;
    if (n->op == OCLOSURE) return copy_closure(s, n);
    if (n->op == ORETURN && s->clo_depth == 0) {
        IrNode *blk = ir_node(OBLOCK, s->pos, NULL);
        inl_place(s, blk, n->pos);
        IrList init = {0};
        copy_list(s, &init, &n->init);
        for (int i = 0; i < init.len; i++) ir_list_push(&blk->list, init.v[i]);
        if (s->nret && n->list.len) {
            IrNode *as = ir_node(OAS2, s->pos, NULL);
            inl_place(s, as, n->pos);
            for (int i = 0; i < s->nret; i++) ir_list_push(&as->list, name_ref(s->retvars[i], s->pos));
            copy_list(s, &as->rlist, &n->list);
            if (s->delay) {
                for (int i = 0; i < s->nret; i++) {
                    IrNode *d = ir_node(ODCL, s->pos, NULL);
                    inl_place(s, d, n->pos);
                    d->nm = s->retvars[i];
                    ir_list_push(&as->init, d);
                    s->retvars[i]->defn = as;
                }
            }
            ir_list_push(&blk->list, as);
        }
        IrNode *g = ir_node(OGOTO, s->pos, NULL);
        inl_place(s, g, n->pos);
        g->name = s->retlabel;
        ir_list_push(&blk->list, g);
        return blk;
    }
    IrNode *c = NEW(IrNode);
    *c = *n;
    /* nodes of the inlined body print at the call; inside a function
     * literal they keep their own positions (gc: the closure is not
     * inlined into, only its literal moves) */
    inl_place(s, c, n->pos);
    if (s->foreign) {
        /* export data keeps no implicit marks and no constant source text */
        if (c->op == OCONV || c->op == OCONVNOP || c->op == OCONVIFACE || c->op == OADDR || c->op == ODEREF)
            c->flags &= ~IRF_IMPLICIT;
        if (c->op == OLITERAL) c->src = NULL;
    }
    c->opt = NULL;
    c->aux = NULL;
    c->esc = 0;
    if (n->op == ONAME && n->nm && n->nm->cls != PFUNC && n->nm->cls != PEXTERN) {
        IrName *m = subst_lookup(s, n->nm);
        if (!m && n->nm->curfn == s->callee) {
            /* a closure's captured variable, inlined where the closure is
             * defined: the caller's own variable (not a fresh copy) */
            if (n->nm->cls == PAUTOHEAP && n->nm->outer) m = outer_in_caller(s, n->nm);
            if (!m) m = inlvar(s, n->nm, NULL);
            subst_map(s, n->nm, m);
        }
        if (m) c->nm = m;
    }
    if ((n->op == ODCL) && n->nm) {
        IrName *m = subst_lookup(s, n->nm);
        if (!m) {
            m = inlvar(s, n->nm, NULL);
            subst_map(s, n->nm, m);
        }
        c->nm = m;
    }
    if ((n->op == OLABEL || n->op == OGOTO || ((n->op == OBREAK || n->op == OCONTINUE || n->op == OFOR ||
                                                 n->op == ORANGE || n->op == OSWITCH || n->op == OSELECT) &&
                                                n->name.len))) {
        /* every label of the copy, also a switch's (break L inside it) */
        c->name = str_from(arena_printf("%.*s·inl%d", n->name.len, n->name.p, s->caller->nclosures));
    }
    copy_list(s, &c->init, &n->init);
    c->x = copy_node(s, n->x);
    c->y = copy_node(s, n->y);
    c->z = copy_node(s, n->z);
    c->w = copy_node(s, n->w);
    copy_list(s, &c->list, &n->list);
    copy_list(s, &c->rlist, &n->rlist);
    copy_list(s, &c->body, &n->body);
    copy_list(s, &c->els, &n->els);
    /* defining statements of copied names point at the copies */
    if (c->op == OAS) move_defn(s, c->x, n->x, n, c);
    if (c->op == ORANGE) {
        move_defn(s, c->x, n->x, n, c);
        move_defn(s, c->y, n->y, n, c);
    }
    if (c->op == OAS2 || c->op == OAS2FUNC || c->op == OAS2DOTTYPE || c->op == OAS2MAPR || c->op == OAS2RECV)
        for (int i = 0; i < c->list.len && i < n->list.len; i++) move_defn(s, c->list.v[i], n->list.v[i], n, c);
    /* The copy's value definition for codegen (IrName.value_def): unlike
     * defn (gc's Defn, which its inliner does not carry into the copies
     * of a saved body, so that ir.StaticValue fails there), the copy of
     * `x := v` defines x's value for gc's SSA all the same. */
    if (c->op == OAS && c->x && c->x->op == ONAME && c->x->nm && n->x && n->x->op == ONAME && n->x->nm) {
        IrNode *d = n->x->nm->value_def ? n->x->nm->value_def : n->x->nm->defn;
        if (d && d->op == OAS && (d == n || pos_cmp(d->pos, n->pos) == 0)) c->x->nm->value_def = c;
    }
    if (c->op == OCASE && n->nm) {
        IrName *m = subst_lookup(s, n->nm);
        if (!m) {
            m = inlvar(s, n->nm, NULL);
            subst_map(s, n->nm, m);
        }
        c->nm = m;
    }
    return c;
}

static int count_returns(IrList *l, bool *empty);
static int count_returns_node(IrNode *n, bool *empty) {
    if (!n) return 0;
    int c = 0;
    if (n->op == ORETURN) {
        c++;
        if (n->list.len == 0) {
            c++;
            *empty = true;
        }
    }
    if (n->op == OCLOSURE) return c;
    c += count_returns_node(n->x, empty) + count_returns_node(n->y, empty) + count_returns_node(n->z, empty) +
         count_returns_node(n->w, empty);
    c += count_returns(&n->init, empty) + count_returns(&n->list, empty) + count_returns(&n->rlist, empty) +
         count_returns(&n->body, empty) + count_returns(&n->els, empty);
    return c;
}
static int count_returns(IrList *l, bool *empty) {
    int c = 0;
    for (int i = 0; i < l->len; i++) c += count_returns_node(l->v[i], empty);
    return c;
}

static bool can_delay_results(IrFunc *fn) {
    bool empty = false;
    if (count_returns(&fn->inl_body, &empty) != 1) return false;
    for (int i = 0; i < fn->results.len; i++) {
        IrName *r = VEC_AT(fn->results, IrName *, i);
        if (r->name[0] && r->name[0] != '~' && strcmp(r->name, "_") != 0) return false;
    }
    return true;
}

/* ---- InlineCalls ---- */

typedef struct InlState {
    IrFunc *curfn;
    int maxcost;
    IrFunc **path; /* functions being inlined on the current path */
    int npath, cappath;
    int retgen;
    /* inside the copy of a stdlib body: the calls Go inlines there (its
     * recorded transitive list); gosub's own body may call other things */
    const char *allowed;
} InlState;

static bool in_list(const char *list, const char *name) {
    size_t n = strlen(name);
    for (const char *p = list; p && *p;) {
        const char *e = strchr(p, ',');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (len == n && !strncmp(p, name, n)) return true;
        p += len;
        if (*p == ',') p++;
    }
    return false;
}

static IrNode *inl_node(InlState *st, IrNode *n);

static void inl_list(InlState *st, IrList *l) {
    for (int i = 0; i < l->len; i++) l->v[i] = inl_node(st, l->v[i]);
}

/* Children are visited in gc's field order (its EditChildren), which decides
 * the order of the `inlining call to` lines: an assignment's left side
 * before its right side (OAS2FUNC, OAS2MAPR, OAS2RECV, OAS2DOTTYPE keep the
 * left side in `list` and the single right side in `y`), and a range
 * statement's operand before its key and value. */
static void inl_children(InlState *st, IrNode *n) {
    inl_list(st, &n->init);
    if (n->op == OAS2FUNC || n->op == OAS2MAPR || n->op == OAS2RECV || n->op == OAS2DOTTYPE) {
        inl_list(st, &n->list);
        n->y = inl_node(st, n->y);
        return;
    }
    if (n->op == ORANGE) {
        n->z = inl_node(st, n->z);
        n->x = inl_node(st, n->x);
        n->y = inl_node(st, n->y);
        inl_list(st, &n->body);
        return;
    }
    n->x = inl_node(st, n->x);
    n->y = inl_node(st, n->y);
    n->z = inl_node(st, n->z);
    n->w = inl_node(st, n->w);
    inl_list(st, &n->list);
    inl_list(st, &n->rlist);
    inl_list(st, &n->body);
    inl_list(st, &n->els);
}

static bool on_path(InlState *st, IrFunc *fn) {
    for (int i = 0; i < st->npath; i++)
        if (st->path[i] == fn) return true;
    return false;
}

static void path_push(InlState *st, IrFunc *fn) {
    if (st->npath == st->cappath) {
        int nc = st->cappath ? st->cappath * 2 : 8;
        IrFunc **np = NEWN(IrFunc *, nc);
        if (st->npath) memcpy(np, st->path, sizeof(IrFunc *) * (size_t)st->npath);
        st->path = np;
        st->cappath = nc;
    }
    st->path[st->npath++] = fn;
}

/* Reports the transitive inlines recorded for a stdlib function.  The
 * recorded list is already transitive (gc reports every call inlined into
 * the function's body, nested ones included), so it is not expanded again. */
static void std_nested(Pos pos, const StdInl *s, int depth) {
    (void)depth;
    if (!s->nested[0]) return;
    const char *p = s->nested;
    while (*p) {
        const char *e = strchr(p, ',');
        int len = e ? (int)(e - p) : (int)strlen(p);
        char *name = arena_strndup(p, (size_t)len);
        const StdInl *t = std_lookup(name);
        if (t && t->cost <= INL_BUDGET) {
            ir_report(pos, "inlining call to %s", name);
        }
        p += len;
        if (*p == ',') p++;
    }
}

/* The model of an external stdlib function: Go 1.19's body for gosub's
 * //extern F, written in the package as gcinl_F (methods: gcinl_T_M with
 * the receiver first).  NULL when there is none. */
static IrFunc *std_model(IrFunc *fn) {
    if (!fn->obj || !fn->obj->pkg || !fn->obj->pkg->scope || !fn->name) return NULL;
    const char *dot = strchr(fn->name, '.');
    if (!dot) return NULL;
    char *nm = arena_printf("gcinl_%s", dot + 1), *w = nm + 6;
    for (const char *r = dot + 1; *r; r++) {
        if (*r == '(' || *r == ')' || *r == '*') continue;
        *w++ = *r == '.' ? '_' : *r;
    }
    *w = 0;
    Object *o = types_scope_lookup(fn->obj->pkg->scope, intern(nm, strlen(nm)));
    if (!o || o->kind != OBJ_FUNC || !o->decl) return NULL;
    IrFunc *m = ir_func_for_object(o);
    if (!m->has_body) {
        ir_lower_func_decl(cur_pkg, m);
        ir_deadcode(m);
    }
    return m->has_body ? m : NULL;
}

/* The generic method an instantiated standard generic type's method is
 * (atomic.(*Pointer[T]).Store): its body is Go's, written over its own
 * parameters, where the instance's method object only shares the
 * declaration.  NULL when fn is not one. */
static IrFunc *std_generic_body(IrFunc *fn) {
    if (ir_generic_body_cost(fn) < 0 || !fn->obj->name) return NULL;
    Type *rt = fn->obj->recv_type;
    if (rt && rt->kind == TY_POINTER) rt = rt->elem;
    Type *g = rt ? rt->orig : NULL;
    for (int i = 0; g && i < g->nmethods; i++) {
        Object *gm = g->methods[i];
        if (!gm || !gm->name || strcmp(gm->name, fn->obj->name)) continue;
        IrFunc *b = ir_func_for_object(gm);
        if (!b->has_body) {
            ir_lower_func_decl(cur_pkg, b);
            ir_deadcode(b);
        }
        return b->has_body ? b : NULL;
    }
    return NULL;
}

/* The declared type of a call's i'th argument (the receiver first for a
 * method), NULL when unknown. */
static Type *call_param_type(IrFunc *fn, int i) {
    Type *sig = fn->type;
    if (!sig || sig->kind != TY_FUNC) return NULL;
    if (fn->recv) {
        if (i == 0) return fn->recv->type;
        i--;
    }
    return sig->params && i < sig->params->nfields ? sig->params->fields[i]->type : NULL;
}

static bool shaped_arg(Type *arg, Type *param) {
    if (!arg || !types_has_shape(arg)) return false;
    return !(types_is_interface(arg) && param && types_is_interface(param) && !types_has_shape(param));
}

static IrNode *mkinlcall(InlState *st, IrNode *call, IrFunc *fn) {
    {
        /* gc 1.19 (inl.go, issues 49309 and 51909): a function without
         * shape-typed parameters is not inlined when an argument has a
         * shape type, and a shaped function with shape-typed parameters
         * only when one does (a call from inside another instance) */
        /* gc looks at the arguments as written (its ... slice is built
         * later), plus an instance's dictionary, which is never shaped */
        /* a value of an interface shape passed as a plain interface went
         * through gc's implicit conversion (T to any): that argument has
         * the parameter's type, which is not shaped */
        bool shape_arg = false;
        int nargs = ir_is_instance(fn) ? 1 : 0;
        for (int i = 0; i < call->list.len && !shape_arg; i++) {
            IrNode *a = call->list.v[i];
            if (i + 1 == call->list.len && ir_packed_ddd(a)) {
                for (int j = 0; a->op == OSLICELIT && j < a->list.len && !shape_arg; j++, nargs++)
                    shape_arg = a->list.v[j] && shaped_arg(a->list.v[j]->type, a->type ? types_underlying(a->type)->elem : NULL);
                continue;
            }
            nargs++;
            shape_arg = a && shaped_arg(a->type, call_param_type(fn, i));
        }
        /* a closure in an instance has the shaped types of its body */
        /* atomic.Pointer[T]'s methods are shaped functions too (their
         * receiver is *Pointer[go.shape.S]) */
        bool shape_params = ir_is_instance(fn)                ? ir_instance_shape_params(fn)
                            : ir_generic_body_cost(fn) >= 0 ? true
                                                            : fn->type && fn->type->kind == TY_FUNC && types_has_shape(fn->type->params);
        if (shape_params ? !shape_arg && nargs : shape_arg) return call;
    }
    bool foreign = !fn->esc_local;
    IrFunc *body = fn; /* where params, results and the body come from */
    if (foreign) {
        /* another package: Go's verdict and cost come from the table; the
         * body is gosub's own when it has one shaped as Go's */
        const StdInl *s = std_lookup(fn->name);
        /* atomic.Pointer[T]'s methods, called from an instance on a shaped
         * receiver (a sub-dictionary): gosub's bodies are Go's */
        StdInl generic = {fn->name, ir_generic_body_cost(fn), "", 0, 0};
        if (!s && generic.cost >= 0 && (call->flags & IRF_SUBDICT)) s = &generic;
        if (!s || s->cost > st->maxcost) return call;
        if (st->allowed && !in_list(st->allowed, fn->name)) return call;
        if (!fn->has_body && fn->decl && fn->decl->kind == N_FUNCDECL && fn->decl->body) {
            ir_lower_func_decl(cur_pkg, fn);
            ir_deadcode(fn);
        }
        /* a model shaped as Go's body wins over gosub's own body */
        IrFunc *model = s == &generic ? std_generic_body(fn) : std_model(fn);
        if (model) body = model;
        else if (!fn->has_body) body = NULL;
        if (body && body != fn && !body->can_inline) {
            body->can_inline = true;
            body->inl_cost = s->cost;
            clone_list(&body->inl_body, &body->body);
        }
        if (!body) {
            call->flags |= IRF_STDINL;
            st->curfn->dcl_phantom += s->dcl; /* gc's copy would declare them (temporaries count after them) */
            if (flags->mlevel) ir_report(call->pos, "inlining call to %s", ir_fmt_func(fn));
            if (flags->mlevel) std_nested(call->pos, s, 0);
            return call;
        }
        if (body == fn && !fn->can_inline) {
            fn->can_inline = true;
            fn->inl_cost = s->cost;
            clone_list(&fn->inl_body, &fn->body);
        }
    }
    if (!body->can_inline || body->inl_cost > st->maxcost) return call;
    if (fn == st->curfn) return call;
    if (on_path(st, fn)) {
        if (flags->mlevel > 1)
            ir_report(call->pos, "cannot inline %s into %s: repeated recursive cycle", ir_fmt_func(fn),
                      ir_fmt_func(st->curfn));
        return call;
    }

    Subst s = {0};
    s.caller = st->curfn;
    s.callee = body;
    s.pos = call->pos;
    s.retlabel = str_from(arena_printf(".i%d", st->retgen++));
    s.delay = can_delay_results(body);
    s.foreign = foreign;
    {
        IrInlSite *site = NEW(IrInlSite);
        site->callee = fn;
        site->call = call->inl ? call->opos : call->pos;
        site->parent = call->inl;
        vec_push(&st->curfn->inlsites, site);
        s.site = st->curfn->inlsites.len;
    }
    /* an inlined closure's captured variables are the caller's own (gc maps
     * each to its Outer); a closure called from elsewhere is not inlined */
    for (int i = 0; i < body->cvars.len; i++) {
        IrName *cv = VEC_AT(body->cvars, IrName *, i);
        if (!cv->outer || cv->outer->curfn != st->curfn) return call;
        subst_map(&s, cv, cv->outer);
    }

    if (flags->mlevel) ir_report(call->pos, "inlining call to %s", ir_fmt_func(fn));

    IrNode *inl = at_call(ir_node(OINLCALL, call->pos, call->type), call);
    inl->x = call;
    fn->was_inlined = true;
    /* arguments -> parameter copies */
    IrNode *as = at_call(ir_node(OAS2, call->pos, NULL), call);
    as->flags |= IRF_DEFINE;
    as->dict = ir_fmt_call_dict(call); /* gc's .dict parameter comes first (printed only) */
    /* gc's copy of the callee's .dict parameter (or of an instance's
     * closure's local .dict) is a declaration of the caller: later
     * temporaries count it */
    if (as->dict || (body->outer && body->dict)) st->curfn->dcl_phantom++;
    int argi = 0;
    IrList args = call->list;
    if (call->x && call->x->op != OMETHEXPR && call->x->op != ONAME && call->x->op != OCLOSURE) {
        /* callee through a func value: evaluate it for its effects */
    }
    IrName *params[64];
    int np = 0;
    if (body->recv && np < 64) params[np++] = body->recv;
    for (int i = 0; i < body->params.len && np < 64; i++) params[np++] = VEC_AT(body->params, IrName *, i);
    for (int i = 0; i < np; i++) {
        IrName *p = params[i];
        IrNode *arg = argi < args.len ? args.v[argi++] : NULL;
        if (!arg) break;
        if (!p->name[0] || !strcmp(p->name, "_")) {
            IrNode *blank = ir_node(ONAME, call->pos, arg->type);
            IrName *bn = NEW(IrName);
            bn->name = "_";
            bn->cls = PAUTO;
            blank->nm = bn;
            ir_list_push(&as->list, blank);
        } else {
            IrName *v = inlvar(&s, p, NULL);
            subst_map(&s, p, v);
            v->defn = as;
            IrNode *d = at_call(ir_node(ODCL, call->pos, NULL), call);
            d->nm = v;
            ir_list_push(&as->init, d);
            ir_list_push(&as->list, name_ref(v, call->pos));
        }
        ir_list_push(&as->rlist, arg);
    }
    if (as->rlist.len) ir_list_push(&inl->init, as);
    /* the callee's named locals get their copies before the result
     * temporaries, in the callee's declaration order (gc's mkinlcall walks
     * fn.Inl.Dcl first): escape analysis creates locations in that order */
    {
        Vec used = {0};
        used_names(&body->inl_body, &used);
        for (int i = 0; i < body->dcl.len; i++) {
            IrName *d = VEC_AT(body->dcl, IrName *, i);
            if (d->cls != PAUTO || !d->name || !d->name[0] || d->name[0] == '.' || d->name[0] == '~' ||
                !strcmp(d->name, "_") || subst_lookup(&s, d))
                continue;
            bool u = false;
            for (int j = 0; j < used.len && !u; j++) u = VEC_AT(used, IrName *, j) == d;
            if (u) subst_map(&s, d, inlvar(&s, d, NULL));
        }
    }
    /* result temporaries */
    IrName **rv = NEWN(IrName *, body->results.len + 1);
    for (int i = 0; i < body->results.len; i++) {
        IrName *r = VEC_AT(body->results, IrName *, i);
        /* a named result keeps its name (inlvar qualifies a foreign one: "math.is") */
        const char *nm = (r->name[0] && r->name[0] != '~') ? NULL : arena_printf("~R%d", i);
        IrName *v = inlvar(&s, r, nm);
        /* an instance inlined into another: gc's shaped function returns
         * shape-typed results (the caller converts them through its
         * dictionary: unsafe.Pointer(~R0)) */
        Type *ct = call->type && call->type->kind == TY_TUPLE
                       ? (i < call->type->nfields ? call->type->fields[i]->type : NULL)
                       : i == 0 ? call->type : NULL;
        if (ir_is_instance(fn) && ct && types_has_shape(ct)) v->type = ct;
        subst_map(&s, r, v);
        rv[i] = v;
        if (!s.delay) {
            IrNode *d = at_call(ir_node(ODCL, call->pos, NULL), call);
            d->nm = v;
            ir_list_push(&inl->init, d);
            IrNode *z = at_call(ir_node(OAS, call->pos, NULL), call);
            z->x = name_ref(v, call->pos);
            ir_list_push(&inl->init, z);
        }
    }
    s.retvars = rv;
    s.nret = body->results.len;
    copy_list(&s, &inl->body, &body->inl_body);
    if (s.failed) return call;
    IrNode *lab = at_call(ir_node(OLABEL, call->pos, NULL), call);
    lab->name = s.retlabel;
    ir_list_push(&inl->body, lab);
    for (int i = 0; i < body->results.len; i++) ir_list_push(&inl->rlist, name_ref(rv[i], call->pos));
    if (body != fn) inl->flags |= IRF_ESCMODEL;

    /* transitive inlining */
    path_push(st, fn);
    const char *saved_allowed = st->allowed;
    if (foreign) {
        const StdInl *fs = std_lookup(fn->name);
        st->allowed = fs ? fs->nested : "";
    }
    inl_list(st, &inl->body); /* init holds the arguments: already visited */
    st->allowed = saved_allowed;
    st->npath--;
    return inl;
}

static IrNode *inl_node(InlState *st, IrNode *n) {
    if (!n) return n;
    if (n->op == OCLOSURE || n->op == OINLCALL) return n; /* an OINLCALL's body was processed when made */
    if ((n->op == OGO || n->op == ODEFER) && n->x && n->x->op == OCALLFUNC) n->x->flags |= IRF_NOINLINE;
    inl_children(st, n);
    if (n->op == OCALLFUNC && !(n->flags & (IRF_NOINLINE | IRF_BOUNDCALL))) {
        IrFunc *fn = inl_callee(n->x);
        if (fn && !intrinsic_call(n, fn)) return mkinlcall(st, n, fn);
    }
    return n;
}

static int count_nodes(IrList *l, int budget);
static int count_node(IrNode *n, int budget) {
    if (!n || budget <= 0) return budget;
    budget--;
    budget = count_node(n->x, budget);
    budget = count_node(n->y, budget);
    budget = count_node(n->z, budget);
    budget = count_node(n->w, budget);
    budget = count_nodes(&n->init, budget);
    budget = count_nodes(&n->list, budget);
    budget = count_nodes(&n->rlist, budget);
    budget = count_nodes(&n->body, budget);
    budget = count_nodes(&n->els, budget);
    return budget;
}
static int count_nodes(IrList *l, int budget) {
    for (int i = 0; i < l->len && budget > 0; i++) budget = count_node(l->v[i], budget);
    return budget;
}

static void inline_calls(IrFunc *fn) {
    InlState st = {0};
    st.curfn = fn;
    st.maxcost = count_nodes(&fn->body, INL_BIG_NODES) <= 0 ? INL_BIG_MAXCOST : INL_BUDGET;
    inl_list(&st, &fn->body);
}

void ir_inline_check(IrFunc *fn) {
    if (ir_inline_on()) can_inline(fn);
}

bool ir_inline_on(void) { return flags && !flags->noinline; }

/* Method wrappers (ir/wrappers.c): gc inlines into those it generates
 * after escape analysis (late) even with -l, which only keeps the package's
 * own functions from getting inline bodies: another package's inlinable
 * functions (the table) are still inlined there.  Wrappers generated
 * before (generic dictionaries' wrappers) go through the inliner's pass,
 * which -l turns off. */
void ir_inline_calls(IrFunc *fn, bool late) {
    if (flags && (late || !flags->noinline)) inline_calls(fn);
}

/* ---- bottom-up over the call graph (as escape.c's walk) ---- */

typedef struct Bu {
    IrFunc **stack;
    int sp, cap;
    uint32_t gen;
} Bu;

static uint32_t bu_visit(Bu *v, IrFunc *fn);

static void bu_do(Bu *v, IrFunc *f, uint32_t *min) {
    if (f && !f->esc_local && flags->mlevel) ir_generic_callee(f, v->sp ? v->stack[v->sp - 1] : NULL); /* instantiated stdlib generics */
    if (!f || !f->esc_local) return;
    uint32_t m = bu_visit(v, f);
    if (m < *min) *min = m;
}

static void bu_walk(Bu *v, IrNode *n, uint32_t *min);
static void bu_walk_list(Bu *v, IrList *l, uint32_t *min) {
    for (int i = 0; i < l->len; i++) bu_walk(v, l->v[i], min);
}
static void bu_walk(Bu *v, IrNode *n, uint32_t *min) {
    if (!n) return;
    if (n->op == ONAME && n->nm && n->nm->cls == PFUNC) bu_do(v, n->nm->func, min);
    if (n->op == OMETHEXPR || n->op == OMETHVALUE || n->op == OCLOSURE) bu_do(v, n->fn, min);
    bu_walk_list(v, &n->init, min);
    /* a bound call: gc calls a closure read from the dictionary, no edge */
    if (!((n->op == OCALLFUNC || n->op == OCALLINTER) && (n->flags & IRF_BOUNDCALL))) bu_walk(v, n->x, min);
    bu_walk(v, n->y, min);
    bu_walk(v, n->z, min);
    bu_walk(v, n->w, min);
    bu_walk_list(v, &n->list, min);
    bu_walk_list(v, &n->rlist, min);
    bu_walk_list(v, &n->body, min);
    bu_walk_list(v, &n->els, min);
}

static void analyze(IrFunc **list, int n, bool recursive) {
    int numfns = 0;
    for (int i = 0; i < n; i++)
        if (!list[i]->outer) numfns++;
    for (int i = 0; i < n; i++) {
        IrFunc *fn = list[i];
        if (!recursive || numfns > 1) {
            can_inline(fn);
        } else {
            fn->cannot_inline = "recursive";
            if (flags->mlevel > 1) ir_report(fn->pos, "cannot inline %s: recursive", ir_fmt_func(fn));
        }
        /* a second instance of one shape: gc has one function, reported once */
        bool quiet = ir_quiet_instance(fn);
        if (quiet) ir_report_off = true;
        if (!flags->noinline && fn->has_body) inline_calls(fn);
        if (quiet) ir_report_off = false;
    }
}

static uint32_t bu_visit(Bu *v, IrFunc *fn) {
    if (fn->esc_id > 0) return fn->esc_id;
    uint32_t id = ++v->gen;
    fn->esc_id = id;
    uint32_t min = ++v->gen;
    if (v->sp == v->cap) {
        int nc = v->cap ? v->cap * 2 : 64;
        IrFunc **ns = NEWN(IrFunc *, nc);
        if (v->sp) memcpy(ns, v->stack, sizeof(IrFunc *) * (size_t)v->sp);
        v->stack = ns;
        v->cap = nc;
    }
    v->stack[v->sp++] = fn;
    ir_shape_walk_visit(fn);
    bu_walk_list(v, &fn->body, &min);
    if ((min == id || min == id + 1) && !fn->outer) {
        bool recursive = min == id;
        int i;
        for (i = v->sp - 1; i >= 0; i--) {
            v->stack[i]->esc_id = UINT32_MAX;
            if (v->stack[i] == fn) break;
        }
        int n = v->sp - i;
        IrFunc **block = NEWN(IrFunc *, n);
        memcpy(block, v->stack + i, sizeof(IrFunc *) * (size_t)n);
        v->sp = i;
        analyze(block, n, recursive);
    }
    return min;
}

void ir_inline_package(IrPackage *p, const IrFlags *fl) {
    static IrFlags none;
    flags = fl ? fl : &none;
    ir_mlevel = flags->mlevel;
    cur_pkg = p;
    for (int i = 0; i < p->funcs.len; i++) {
        IrFunc *f = VEC_AT(p->funcs, IrFunc *, i);
        f->esc_local = true;
        f->esc_id = 0;
    }
    if (flags->noinline) return; /* -l: gc does not run the inliner at all */
    Bu v = {0};
    ir_shape_walk_start();
    for (int i = 0; i < p->funcs.len; i++) {
        IrFunc *f = VEC_AT(p->funcs, IrFunc *, i);
        /* at an instance method's place in the declarations, visited or
         * not: gc appended the atomic.Pointer fields' methods before it */
        if (flags->mlevel && !f->outer) ir_generic_rest_before(f);
        if (!f->outer && f->esc_id == 0 && f != p->initfn) bu_visit(&v, f);
    }
    if (flags->mlevel) ir_generic_rest(); /* uncalled methods of instances: appended after the package's functions */
    for (int i = 0; i < p->funcs.len; i++) VEC_AT(p->funcs, IrFunc *, i)->esc_id = 0;
}

void ir_inline_package_init(IrPackage *p) {
    /* package variable initialisation is inlined into last, as gc does
     * (after the wrappers the instances' dictionaries wrote) */
    if (!ir_inline_on()) return;
    if (p->initfn && p->initfn->has_body && p->initfn->body.len) inline_calls(p->initfn);
}
