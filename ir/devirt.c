/*
 * devirt.c: gc's devirtualization pass (cmd/compile/internal/devirtualize),
 * which runs after inlining and before escape analysis, also with -l.
 *
 * An interface method call x.M(...) whose receiver x is a local never
 * reassigned after `x = T-value` (gc's ir.StaticValue reaches an
 * OCONVIFACE from the concrete type T) becomes the direct call
 * x.(T).M(...): escape analysis then uses T.M's parameter tags instead of
 * leaking the receiver to the heap.  -m reports "devirtualizing x.M to T"
 * ("partially devirtualizing" when T gets M from an embedded interface).
 * The pass runs after gc's stenciling: a method of an instantiated generic
 * type is then called as written, T[int].M(x.(T[int])), not through its
 * shaped function and dictionary (IRF_DEVIRT tells the printer).
 */
#include "ir/ir.h"

#include <string.h>

static IrPackage *dv_pkg;

static void dv_call(IrNode *call) {
    IrNode *sel = call->x;
    if (!sel || sel->op != ODOTINTER || !sel->x) return;
    IrNode *r = ir_static_value(sel->x);
    if (!r || r->op != OCONVIFACE || !r->x || !r->x->type) return;
    Type *typ = r->x->type;
    if (types_is_interface(typ)) return;
    /* in a generic instance: a type argument's methods are called through
     * the dictionary, and a shaped instance type's methods want one */
    if (types_has_shape(typ)) return;
    const char *mname = str_cstr(sel->name);
    Selection s = {0};
    int why = 0;
    Object *m = types_lookup(typ, false, dv_pkg ? dv_pkg->pkg : NULL, intern_c(mname), &s, &why);
    if (!m) {
        /* pointer method on a non-addressable value: gc gives up silently */
        return;
    }
    IrNode *dt = ir_node(ODOTTYPE, sel->pos, typ);
    dt->x = sel->x;
    if (s.kind == SEL_IFACEMETHOD) {
        if (ir_mlevel) ir_report(call->pos, "partially devirtualizing %s to %s", ir_fmt_expr(sel), ir_fmt_type(typ));
        /* x.(T).Embedded.M(...): still an interface call, on the field */
        IrNode *x = dt;
        for (int i = 0; i + 1 < s.nindex; i++) {
            Type *u = types_underlying(x->type);
            IrOp op = ODOT;
            if (u->kind == TY_POINTER) {
                op = ODOTPTR;
                u = types_underlying(u->elem);
            }
            if (u->kind != TY_STRUCT) return;
            Object *f = u->fields[s.index[i]];
            IrNode *d = ir_node(op, sel->pos, f->type);
            d->x = x;
            d->obj = f;
            d->field = s.index[i];
            d->name = str_from(f->name);
            d->flags |= IRF_IMPLICIT;
            x = d;
        }
        sel->x = x;
        return;
    }
    if (s.kind != SEL_METHOD) return;
    if (ir_mlevel) ir_report(call->pos, "devirtualizing %s to %s", ir_fmt_expr(sel), ir_fmt_type(typ));
    /* receiver path and adjustment */
    IrNode *x = dt;
    for (int i = 0; i + 1 < s.nindex; i++) {
        Type *u = types_underlying(x->type);
        IrOp op = ODOT;
        if (u->kind == TY_POINTER) {
            op = ODOTPTR;
            u = types_underlying(u->elem);
        }
        if (u->kind != TY_STRUCT) return;
        Object *f = u->fields[s.index[i]];
        IrNode *d = ir_node(op, sel->pos, f->type);
        d->x = x;
        d->obj = f;
        d->field = s.index[i];
        d->name = str_from(f->name);
        d->flags |= IRF_IMPLICIT;
        x = d;
    }
    Type *rt = m->type && m->type->recv ? m->type->recv->type : NULL;
    bool mptr = rt && types_underlying(rt)->kind == TY_POINTER;
    bool xptr = types_underlying(x->type)->kind == TY_POINTER;
    if (mptr && !xptr) {
        IrNode *a = ir_node(OADDR, x->pos, rt);
        a->x = x;
        a->flags |= IRF_IMPLICIT;
        x = a;
    } else if (!mptr && xptr) {
        IrNode *d = ir_node(ODEREF, x->pos, types_underlying(x->type)->elem);
        d->x = x;
        d->flags |= IRF_IMPLICIT;
        x = d;
    }
    IrFunc *fn = ir_func_for_object(m);
    IrNode *me = ir_node(OMETHEXPR, sel->pos, NULL);
    me->fn = fn;
    /* an instance's method carries its body's shape marks: the call is
     * of the plain instantiated type's method */
    Type *mt = rt ? rt : x->type;
    if (types_has_shape(mt)) mt = types_unshape(mt);
    me->x = ir_node(OTYPE, sel->pos, mt);
    me->name = sel->name;
    me->obj = m;
    if (ir_is_instance(fn)) me->flags |= IRF_INSTMETHOD; /* not the shaped function: no call-graph edge */
    /* the method expression's type: receiver first */
    Type *sig = m->type;
    int np = sig->params ? sig->params->nfields : 0;
    Object **ps = NEWN(Object *, np + 1);
    ps[0] = sig->recv;
    for (int i = 0; i < np; i++) ps[i + 1] = sig->params->fields[i];
    me->type = types_new_func(NULL, types_new_tuple(ps, np + 1), sig->results, sig->variadic);
    IrList args = {0};
    ir_list_push(&args, x);
    for (int i = 0; i < call->list.len; i++) ir_list_push(&args, call->list.v[i]);
    call->op = OCALLFUNC;
    call->x = me;
    call->list = args;
    call->flags |= IRF_METHCALL | IRF_DEVIRT;
}

static void dv_node(IrNode *n);
static void dv_list(IrList *l) {
    for (int i = 0; i < l->len; i++) dv_node(l->v[i]);
}
static void dv_node(IrNode *n) {
    if (!n) return;
    dv_list(&n->init);
    dv_node(n->x);
    dv_node(n->y);
    dv_node(n->z);
    dv_node(n->w);
    dv_list(&n->list);
    dv_list(&n->rlist);
    dv_list(&n->body);
    dv_list(&n->els);
    if (n->op == OCALLINTER) dv_call(n);
}

/* f after its closures (gc appends a function literal to the package's
 * declarations when it meets it, before the function holding it): the
 * closures of group[from..to) whose outer is f, each after its own. */
static void dv_func(IrFunc **group, int n, IrFunc *f) {
    for (int i = 0; i < n; i++)
        if (group[i]->outer == f) dv_func(group, n, group[i]);
    if (f->has_body) dv_list(&f->body);
}

void ir_devirtualize_package(IrPackage *p) {
    dv_pkg = p;
    /* closures follow their outermost function in p->funcs */
    for (int i = 0; i < p->funcs.len;) {
        IrFunc *f = VEC_AT(p->funcs, IrFunc *, i);
        int j = i + 1;
        while (j < p->funcs.len && VEC_AT(p->funcs, IrFunc *, j)->outer) j++;
        if (f->outer) { /* not grouped: on its own */
            if (f->has_body) dv_list(&f->body);
            i++;
            continue;
        }
        dv_func((IrFunc **)p->funcs.v + i + 1, j - i - 1, f);
        i = j;
    }
}
