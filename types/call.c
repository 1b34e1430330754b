/*
 * call.c: calls, conversions, built-in functions, selectors, index and
 * slice expressions (types2's call.go, conversions.go, builtins.go,
 * index.go), in our own C.
 *
 * Annotations written here: N_CALL gets sel = CALL_FUNC / CALL_CONVERSION /
 * CALL_BUILTIN (and obj = the builtin); N_SELECTOR gets sel = SEL_* and
 * tinfo = a Selection with the embedding path and receiver adjustments.
 */
#include <stdio.h>
#include <string.h>

#include "types/internal.h"
#include "types/types.h"

/* ---- argument lists ---- */

typedef struct OpList {
    Operand *v;
    int n;
    bool comma_ok;
} OpList;

static OpList expr_list(Checker *c, NodeList *el, bool allow_comma_ok) {
    OpList r = {0};
    if (el->len == 0) return r;
    if (el->len == 1) {
        Operand x;
        Node *e = el->v[0];
        check_multi_expr(c, &x, e);
        if (x.mode != TM_INVALID && x.type && x.type->kind == TY_TUPLE) {
            r.n = x.type->nfields;
            r.v = NEWN(Operand, r.n ? r.n : 1);
            for (int i = 0; i < r.n; i++) {
                r.v[i].mode = TM_VALUE;
                r.v[i].expr = e;
                r.v[i].type = x.type->fields[i]->type;
            }
            return r;
        }
        r.v = NEWN(Operand, 2);
        r.v[0] = x;
        r.n = 1;
        if (allow_comma_ok && (x.mode == TM_MAPINDEX || x.mode == TM_COMMAOK)) {
            r.v[0].mode = TM_VALUE;
            r.v[1].mode = TM_VALUE;
            r.v[1].expr = e;
            r.v[1].type = types_typ[TY_UNTYPED_BOOL];
            r.n = 2;
            r.comma_ok = true;
        }
        return r;
    }
    r.n = el->len;
    r.v = NEWN(Operand, r.n);
    for (int i = 0; i < r.n; i++) check_expr(c, &r.v[i], el->v[i]);
    return r;
}

/* exported for stmt.c / decl.c */
void *types_expr_list(Checker *c, NodeList *el, bool allow_comma_ok, int *n, bool *comma_ok) {
    OpList r = expr_list(c, el, allow_comma_ok);
    *n = r.n;
    *comma_ok = r.comma_ok;
    return r.v;
}

static const char *types_summary(Checker *c, Type **list, int n, bool variadic) {
    char *buf = arena_alloc(64);
    size_t cap = 64, len = 0;
    buf[len++] = '(';
    for (int i = 0; i < n; i++) {
        Type *t = list[i];
        const char *s;
        if (!t || t->kind == TY_INVALID) s = "<T>";
        else if (types_is_untyped(t)) {
            if (types_is_numeric(t)) s = "number";
            else if (t->kind == TY_UNTYPED_NIL) s = "nil";
            else s = t->name + strlen("untyped ");
        } else if (variadic && i == n - 1 && t->kind == TY_SLICE)
            s = arena_printf("...%s", tstr(c, t->elem));
        else
            s = tstr(c, t);
        size_t need = len + strlen(s) + 4;
        if (need > cap) {
            char *nb = arena_alloc(need * 2);
            memcpy(nb, buf, len);
            buf = nb;
            cap = need * 2;
        }
        if (i) {
            buf[len++] = ',';
            buf[len++] = ' ';
        }
        memcpy(buf + len, s, strlen(s));
        len += strlen(s);
    }
    buf[len++] = ')';
    buf[len] = 0;
    return buf;
}

const char *types_summary_ops(Checker *c, Operand *ops, int n) {
    Type **l = NEWN(Type *, n + 1);
    for (int i = 0; i < n; i++) l[i] = ops[i].type;
    return types_summary(c, l, n, false);
}

const char *types_summary_tuple(Checker *c, Type *tup, bool variadic) {
    int n = tup ? tup->nfields : 0;
    Type **l = NEWN(Type *, n + 1);
    for (int i = 0; i < n; i++) l[i] = tup->fields[i]->type;
    return types_summary(c, l, n, variadic);
}

/* The part of types2's arguments() before a generic callee is
 * instantiated: an argument that is a type or invalid, the ... forms and
 * the argument count (reported with the parameters as declared).  Sets
 * *ptypes_out to the parameter type of each argument; false when it
 * reported (or found an invalid argument). */
static bool arguments_pre(Checker *c, Node *call, Type *sig, Operand *args, int nargs, Type ***ptypes_out) {
    for (int i = 0; i < nargs; i++) {
        if (args[i].mode == TM_TYPEXPR) {
            check_errorf(c, args[i].expr, "%s used as value", opnd_str(c, &args[i]));
            return false;
        }
        if (args[i].mode == TM_INVALID) return false;
    }
    int npars = sig->params->nfields;
    bool ddd = (call->flags & NF_DOTS) != 0;
    Type **ptypes = NEWN(Type *, (nargs > npars ? nargs : npars) + 1);
    for (int i = 0; i < npars; i++) ptypes[i] = sig->params->fields[i]->type;
    if (sig->variadic) {
        if (ddd) {
            if (call->list.len == 1 && nargs > 1) {
                check_errorf(c, call, "cannot use ... with %d-valued %s", nargs, expr_str(call->list.v[0]));
                return false;
            }
        } else {
            if (nargs >= npars - 1) {
                Type *last = sig->params->fields[npars - 1]->type;
                Type *elem = last->kind == TY_SLICE ? last->elem : types_typ[TY_INVALID];
                for (int i = npars - 1; i < nargs; i++) ptypes[i] = elem;
                npars = nargs;
            } else {
                npars--;
            }
        }
    } else if (ddd) {
        check_errorf(c, call, "cannot use ... in call to non-variadic %s", expr_str(call->x));
        return false;
    }
    if (nargs != npars) {
        Node *at = call;
        const char *q = "not enough";
        Pos p;
        if (nargs > npars) {
            at = args[npars].expr;
            q = "too many";
            p = start_pos(at);
        } else if (nargs > 0) {
            at = args[nargs - 1].expr;
            p = start_pos(at);
        } else {
            p = start_pos(call);
        }
        /* types2 counts the arguments before it instantiates: a generic
         * callee's parameters print as declared, want (T, T) */
        Type *decl = sig;
        Node *f = types_unparen(call->x);
        if (f && f->kind == N_IDENT && f->obj && f->obj->generic && f->obj->generic->type &&
            f->obj->generic->type->kind == TY_FUNC)
            decl = f->obj->generic->type;
        check_error_at(c, p, "%s arguments in call to %s\n\thave %s\n\twant %s", q, expr_str(call->x),
                       types_summary_ops(c, args, nargs), types_summary_tuple(c, decl->params, decl->variadic));
        return false;
    }
    *ptypes_out = ptypes;
    return true;
}

static void arguments(Checker *c, Node *call, Type *sig, Operand *args, int nargs) {
    Type **ptypes;
    if (!arguments_pre(c, call, sig, args, nargs, &ptypes)) return;
    const char *context = arena_printf("argument to %s", expr_str(call->x));
    for (int i = 0; i < nargs; i++) check_assignment(c, &args[i], ptypes[i], context);
}

/* ---- conversions ---- */

static bool is_const_type(Type *t) { return types_is_const_type(t); }

void check_conversion(Checker *c, Operand *x, Type *T) {
    if (!types_gen_convertible(c, x, T)) {
        x->mode = TM_INVALID; /* not valid for every type of a type parameter's set (constraint.c) */
        return;
    }
    bool const_arg = x->mode == TM_CONSTANT;
    bool ok = false;
    const char *cause = NULL;
    if (const_arg && is_const_type(T)) {
        Type *t = types_underlying(T);
        Const *r;
        int why;
        if (const_representable(x->val, t, &r, &why)) {
            x->val = r;
            ok = true;
        } else if (types_is_integer(x->type) && types_is_string(t)) {
            uint64_t u;
            int32_t cp = 0xFFFD;
            if (const_fits_uint64(x->val, &u) && u <= 0x10FFFF && !(u >= 0xD800 && u <= 0xDFFF)) cp = (int32_t)u;
            char buf[4];
            int n = utf8_encode(cp, buf);
            x->val = const_string((Str){arena_strndup(buf, (size_t)n), n});
            ok = true;
        }
    } else if (types_convertible(x->type, T)) {
        ok = true;
        x->mode = TM_VALUE;
    } else {
        Type *vu = types_underlying(x->type), *tu = types_underlying(T);
        (void)vu;
        if (tu->kind == TY_INTERFACE && !types_is_untyped(x->type)) {
            const char *r = NULL;
            assignable_to(c, x, T, &r);
            cause = r;
        }
    }
    if (!ok) {
        if (cause)
            check_errorf(c, x->expr, "cannot convert %s to type %s:\n\t%s", opnd_str(c, x), tstr(c, T), cause);
        else
            check_errorf(c, x->expr, "cannot convert %s to type %s", opnd_str(c, x), tstr(c, T));
        x->mode = TM_INVALID;
        return;
    }
    if (types_is_untyped(x->type)) {
        Type *final = T;
        if (types_is_interface(T) || (const_arg && !is_const_type(T)) || x->mode == TM_NIL)
            final = types_default(x->type);
        else if (x->mode == TM_CONSTANT && types_is_integer(x->type) && types_is_string(T))
            final = x->type;
        update_expr_type(c, x->expr, final, true);
    }
    if (x->mode == TM_NIL) x->mode = TM_VALUE;
    x->type = T;
}

/* ---- calls ---- */

static void finish_call(Checker *c, Operand *x, Node *call, Type *sig, OpList args);
static bool arguments_pre(Checker *c, Node *call, Type *sig, Operand *args, int nargs, Type ***ptypes_out);
static void uninstantiated_call(Operand *x, Node *call, Type *sig);

void check_call(Checker *c, Operand *x, Node *call) {
    Node *fun = call->x;
    Node *ufun = types_unparen(fun);
    /* only a name or a qualified name can denote a generic function: any
     * other operand (a call, a func literal: `F[int]()["k"](x)`) would be
     * checked twice, here and again as the index expression below */
    Node *base = ufun && ufun->kind == N_INDEX ? types_unparen(ufun->x) : NULL;
    if (base && (base->kind == N_IDENT || (base->kind == N_SELECTOR && types_unparen(base->x) && types_unparen(base->x)->kind == N_IDENT)) &&
        ufun->list.len >= 1) {
        /* f[T](...): a generic function partially or fully instantiated */
        Operand f;
        check_expr_or_type(c, &f, ufun->x);
        if (f.mode == TM_VALUE && f.type && f.type->kind == TY_FUNC && f.type->ntparams) {
            int ne = ufun->list.len;
            Type **explicit = NEWN(Type *, ne + 1);
            bool bad = false;
            for (int i = 0; i < ne; i++) {
                explicit[i] = check_var_type(c, ufun->list.v[i]);
                if (explicit[i]->kind == TY_INVALID) bad = true;
            }
            OpList args = expr_list(c, &call->list, false);
            Type **unused;
            if (!bad && !arguments_pre(c, call, f.type, args.v, args.n, &unused)) {
                uninstantiated_call(x, call, f.type);
                return;
            }
            if (!check_allow_version(c, 1, 18)) check_version_error(c, ufun->pos, "go1.18", "function instantiation");
            int r = bad ? INST_FAILED : types_instantiate_call(c, &f, fun, call, explicit, ne, args.v, args.n);
            if (r == INST_FAILED) {
                x->mode = TM_INVALID;
                x->type = types_typ[TY_INVALID];
                x->expr = call;
                return;
            }
            finish_call(c, x, call, f.type, args);
            return;
        }
    }
    check_expr_or_type(c, x, fun);
    switch (x->mode) {
    case TM_INVALID:
        check_use_list(c, &call->list);
        x->expr = call;
        return;
    case TM_TYPEXPR: {
        Type *T = x->type;
        call->sel = CALL_CONVERSION;
        x->mode = TM_INVALID;
        int n = call->list.len;
        if (n == 0) {
            check_errorf(c, call, "missing argument in conversion to %s", tstr(c, T));
        } else if (n == 1) {
            check_expr(c, x, call->list.v[0]);
            if (x->mode != TM_INVALID) {
                Type *tu = types_underlying(T);
                if (tu->kind == TY_INTERFACE && tu->is_comparable) {
                    check_errorf(c, call,
                                 "cannot use interface %s in conversion (contains specific type constraints or is comparable)",
                                 tstr(c, T));
                    x->mode = TM_INVALID;
                } else if (call->flags & NF_DOTS) {
                    check_errorf(c, call->list.v[0], "invalid use of ... in type conversion to %s", tstr(c, T));
                    x->mode = TM_INVALID;
                } else {
                    check_conversion(c, x, T);
                    Node *tf = types_unparen(fun);
                    if (x->mode == TM_CONSTANT && tf && tf->kind == N_IDENT && tf->obj && tf->obj->tparam_alias) {
                        /* a conversion to a type parameter is never constant */
                        x->mode = TM_VALUE;
                        x->val = NULL;
                    }
                }
            }
        } else {
            check_use_list(c, &call->list);
            check_errorf(c, call->list.v[n - 1], "too many arguments in conversion to %s", tstr(c, T));
        }
        x->expr = call;
        return;
    }
    case TM_BUILTIN: {
        BuiltinId id = x->id;
        call->sel = CALL_BUILTIN;
        Node *f = types_unparen(fun);
        call->obj = f ? f->obj : NULL;
        check_builtin(c, x, call, id);
        x->expr = call;
        return;
    }
    default:
        break;
    }
    Type *sig = types_underlying(x->type);
    Type *ftp = types_own_tparam(c, x->type);
    if (sig->kind != TY_FUNC || (ftp && !types_tparam_has_core(ftp, false))) {
        check_errorf(c, x->expr, "invalid operation: cannot call non-function %s", opnd_str(c, x));
        x->mode = TM_INVALID;
        x->expr = call;
        return;
    }
    if (sig->ntparams) {
        /* a generic function: infer its type arguments from the call */
        OpList args = expr_list(c, &call->list, false);
        Type **unused;
        if (!arguments_pre(c, call, sig, args.v, args.n, &unused)) {
            uninstantiated_call(x, call, sig);
            return;
        }
        if (!check_allow_version(c, 1, 18)) check_version_error(c, call->pos, "go1.18", "implicit function instantiation");
        if (types_instantiate_call(c, x, fun, call, NULL, 0, args.v, args.n) == INST_FAILED) {
            x->mode = TM_INVALID;
            x->type = types_typ[TY_INVALID];
            x->expr = call;
            return;
        }
        finish_call(c, x, call, x->type, args);
        return;
    }
    OpList args = expr_list(c, &call->list, false);
    finish_call(c, x, call, sig, args);
}

/* The call of a generic function left uninstantiated: its result, unless
 * that mentions the type parameters (then invalid, as types2's callExpr
 * invalidates a parameterized result). */
static void uninstantiated_call(Operand *x, Node *call, Type *sig) {
    int nres = sig->results->nfields;
    x->val = NULL;
    x->expr = call;
    if (nres == 0) {
        x->mode = TM_NOVALUE;
        x->type = sig->results;
        return;
    }
    Type *r = nres == 1 ? sig->results->fields[0]->type : sig->results;
    bool param = false;
    for (int i = 0; i < nres; i++)
        if (types_mentions_tparams(sig->results->fields[i]->type)) param = true;
    x->mode = param ? TM_INVALID : TM_VALUE;
    x->type = param ? types_typ[TY_INVALID] : r;
}

/* The rest of a function call once the callee's signature is known. */
static void finish_call(Checker *c, Operand *x, Node *call, Type *sig, OpList args) {
    Node *fun = call->x;
    /* a generic instance's signature may carry its body's shape marks:
     * callers outside instances see plain types */
    if (!c->in_instance && types_has_shape(sig)) sig = types_unshape(sig);
    call->sel = CALL_FUNC;
    {
        Node *f = types_unparen(fun);
        if (f && f->kind == N_SELECTOR && f->tinfo && (f->sel == SEL_METHOD || f->sel == SEL_IFACEMETHOD))
            ((Selection *)f->tinfo)->is_value = false;
    }
    arguments(c, call, sig, args.v, args.n);
    int nres = sig->results->nfields;
    if (nres == 0) {
        x->mode = TM_NOVALUE;
        x->type = sig->results;
    } else if (nres == 1) {
        x->mode = TM_VALUE;
        x->type = sig->results->fields[0]->type;
    } else {
        x->mode = TM_VALUE;
        x->type = sig->results;
    }
    x->val = NULL;
    x->expr = call;
}

/* ---- builtins ---- */

static const char *bname(BuiltinId id) {
    static const char *n[] = {"append", "cap", "close", "complex", "copy", "delete", "imag",
                              "len", "make", "new", "panic", "print", "println", "real",
                              "recover", "Alignof", "Offsetof", "Sizeof", "Add", "Slice"};
    return n[id];
}

static const struct {
    int nargs;
    bool variadic;
    bool stmt; /* may appear in statement context */
} binfo[BUILTIN_NUM] = {
    [BUILTIN_APPEND] = {1, true, false},  [BUILTIN_CAP] = {1, false, false},
    [BUILTIN_CLOSE] = {1, false, true},   [BUILTIN_COMPLEX] = {2, false, false},
    [BUILTIN_COPY] = {2, false, true},    [BUILTIN_DELETE] = {2, false, true},
    [BUILTIN_IMAG] = {1, false, false},   [BUILTIN_LEN] = {1, false, false},
    [BUILTIN_MAKE] = {1, true, false},    [BUILTIN_NEW] = {1, false, false},
    [BUILTIN_PANIC] = {1, false, true},   [BUILTIN_PRINT] = {0, true, true},
    [BUILTIN_PRINTLN] = {0, true, true},  [BUILTIN_REAL] = {1, false, false},
    [BUILTIN_RECOVER] = {0, false, true}, [BUILTIN_ALIGNOF] = {1, false, false},
    [BUILTIN_OFFSETOF] = {1, false, false}, [BUILTIN_SIZEOF] = {1, false, false},
    [BUILTIN_ADD] = {2, false, false},    [BUILTIN_SLICE] = {2, false, false},
};

bool types_builtin_is_stmt(BuiltinId id) { return binfo[id].stmt; }

static Node *arg_at(Node *call, int i) { return i < call->list.len ? call->list.v[i] : NULL; }

void check_builtin(Checker *c, Operand *x, Node *call, BuiltinId id) {
    int nargs = call->list.len;
    if ((call->flags & NF_DOTS) && id != BUILTIN_APPEND) {
        check_errorf(c, call, "invalid operation: invalid use of ... with built-in %s", bname(id));
        check_use_list(c, &call->list);
        x->mode = TM_INVALID;
        return;
    }
    Operand *args = NULL;
    int nops = 0;
    /* make, new, offsetof, trace: the first argument is special */
    if (id != BUILTIN_MAKE && id != BUILTIN_NEW && id != BUILTIN_OFFSETOF) {
        bool dummy;
        args = types_expr_list(c, &call->list, false, &nops, &dummy);
        nargs = nops;
        /* an invalid first argument stops here; append goes on with invalid
         * later arguments (its result is still the slice type), the other
         * builtins stop too */
        for (int i = 0; i < nops; i++)
            if (args[i].mode == TM_INVALID && (i == 0 || id != BUILTIN_APPEND)) {
                x->mode = TM_INVALID;
                return;
            }
        if (nargs > 0) *x = args[0];
    }
    {
        const char *msg = NULL;
        if (nargs < binfo[id].nargs) msg = "not enough";
        else if (!binfo[id].variadic && nargs > binfo[id].nargs) msg = "too many";
        if (msg) {
            Pos p = call->end.line ? call->end : call->pos;
            if (call->end.line && p.col > 1) p.col--;
            (void)p;
            check_errorf(c, call, "invalid operation: %s arguments for %s (expected %d, found %d)", msg,
                         expr_str(call), binfo[id].nargs, nargs);
            x->mode = TM_INVALID;
            return;
        }
    }
    switch (id) {
    case BUILTIN_APPEND: {
        Type *S = x->type;
        Type *su = types_underlying(S);
        if (su->kind != TY_SLICE) {
            const char *cause;
            if (x->mode == TM_NIL || (S && S->kind == TY_UNTYPED_NIL)) cause = "have untyped nil";
            else cause = arena_printf("have %s", opnd_str(c, x));
            check_errorf(c, x->expr, "first argument to append must be a slice; %s", cause);
            x->mode = TM_INVALID;
            return;
        }
        Type *T = su->elem;
        if (nargs == 2 && (call->flags & NF_DOTS)) {
            Operand *y = &args[1];
            if (types_is_string(y->type) && (types_underlying(T)->kind == TY_UINT8)) {
                if (types_is_untyped(y->type)) convert_untyped(c, y, types_typ[TY_STRING]);
                x->mode = TM_VALUE;
                x->type = S;
                break;
            }
        }
        /* check remaining args as a call to func(S, ...T) S */
        Object **pv = NEWN(Object *, 2);
        pv[0] = types_new_object(OBJ_VAR, "", S, (Pos){0}, NULL);
        pv[1] = types_new_object(OBJ_VAR, "", types_new_slice(T), (Pos){0}, NULL);
        Object **rv = NEWN(Object *, 1);
        rv[0] = types_new_object(OBJ_VAR, "", S, (Pos){0}, NULL);
        Type *sig = types_new_func(NULL, types_new_tuple(pv, 2), types_new_tuple(rv, 1), true);
        arguments(c, call, sig, args, nargs);
        x->mode = TM_VALUE;
        x->type = S;
        break;
    }
    case BUILTIN_CAP:
    case BUILTIN_LEN: {
        Type *tp = types_own_tparam(c, x->type);
        if (tp && !types_tparam_len_ok(tp, id == BUILTIN_CAP)) {
            /* every type of the type parameter's set must have a length */
            check_errorf(c, x->expr, "invalid argument: %s for %s", opnd_str(c, x), bname(id));
            x->mode = TM_INVALID;
            return;
        }
        int mode = TM_INVALID;
        Const *val = NULL;
        Type *u = types_underlying(x->type);
        if (u->kind == TY_POINTER && types_underlying(u->elem)->kind == TY_ARRAY) u = types_underlying(u->elem);
        switch (u->kind) {
        case TY_STRING: case TY_UNTYPED_STRING:
            if (id == BUILTIN_LEN) {
                if (x->mode == TM_CONSTANT) {
                    mode = TM_CONSTANT;
                    val = const_int64(x->val->s.len);
                } else {
                    mode = TM_VALUE;
                }
            }
            break;
        case TY_ARRAY:
            mode = TM_VALUE;
            /* constant unless the argument contains calls or receives */
            {
                bool has_call = false;
                Node *stack[256];
                int sp = 0;
                stack[sp++] = x->expr;
                while (sp > 0 && !has_call) {
                    Node *n = stack[--sp];
                    if (!n) continue;
                    if ((n->kind == N_CALL && n->sel != CALL_CONVERSION && !(n->sel == CALL_BUILTIN && n->tmode == TM_CONSTANT)) ||
                        (n->kind == N_UNARY && n->op == T_ARROW))
                        has_call = true;
                    if (n->kind == N_FUNCLIT) continue;
                    if (sp < 250) {
                        stack[sp++] = n->x;
                        stack[sp++] = n->y;
                        stack[sp++] = n->z;
                        for (int i = 0; i < n->list.len && sp < 250; i++) stack[sp++] = n->list.v[i];
                    }
                }
                /* never for a type parameter's value, whatever its type set
                 * (the spec; an instance computes it at run time too) */
                if (!has_call && !tp) {
                    mode = TM_CONSTANT;
                    val = const_int64(u->len);
                }
            }
            break;
        case TY_SLICE: case TY_CHAN:
            mode = TM_VALUE;
            break;
        case TY_MAP:
            if (id == BUILTIN_LEN) mode = TM_VALUE;
            break;
        default: break;
        }
        if (mode == TM_INVALID) {
            if (x->type->kind != TY_INVALID)
                check_errorf(c, x->expr, "invalid argument: %s for %s", opnd_str(c, x), bname(id));
            x->mode = TM_INVALID;
            return;
        }
        if (x->mode != TM_CONSTANT && types_is_untyped(x->type)) update_expr_type(c, x->expr, types_default(x->type), true);
        x->mode = mode;
        x->type = types_typ[TY_INT];
        x->val = val;
        break;
    }
    case BUILTIN_CLOSE: {
        Type *u = types_underlying(x->type);
        if (u->kind != TY_CHAN) {
            check_errorf(c, x->expr, "invalid operation: cannot close non-channel %s", opnd_str(c, x));
            x->mode = TM_INVALID;
            return;
        }
        if (u->dir == DIR_RECV) {
            check_errorf(c, x->expr, "invalid operation: cannot close receive-only channel %s", opnd_str(c, x));
            x->mode = TM_INVALID;
            return;
        }
        x->mode = TM_NOVALUE;
        break;
    }
    case BUILTIN_COMPLEX: case BUILTIN_REAL: case BUILTIN_IMAG:
        check_builtin_complex(c, x, args, call, id); /* complex.c */
        if (x->mode == TM_INVALID) return;
        break;
    case BUILTIN_COPY: {
        Operand *y = &args[1];
        Type *dst = types_underlying(x->type);
        Type *src0 = types_underlying(y->type);
        Type *src = src0;
        if (types_is_string(src0)) src = types_new_slice(types_byte);
        if (dst->kind != TY_SLICE || src->kind != TY_SLICE) {
            check_errorf(c, x->expr, "invalid argument: copy expects slice arguments; found %s and %s", opnd_str(c, x),
                         opnd_str(c, y));
            x->mode = TM_INVALID;
            return;
        }
        if (!types_identical(dst->elem, src->elem)) {
            check_errorf(c, x->expr,
                         "invalid argument: arguments to copy %s and %s have different element types %s and %s",
                         opnd_str(c, x), opnd_str(c, y), tstr(c, dst->elem), tstr(c, src->elem));
            x->mode = TM_INVALID;
            return;
        }
        if (types_is_untyped(y->type)) update_expr_type(c, y->expr, types_typ[TY_STRING], true);
        x->mode = TM_VALUE;
        x->type = types_typ[TY_INT];
        break;
    }
    case BUILTIN_DELETE: {
        Type *m = types_underlying(x->type);
        if (m->kind != TY_MAP) {
            check_errorf(c, x->expr, "invalid argument: %s is not a map", opnd_str(c, x));
            x->mode = TM_INVALID;
            return;
        }
        Operand k = args[1];
        check_assignment(c, &k, m->key, "argument to delete");
        if (k.mode == TM_INVALID) {
            x->mode = TM_INVALID;
            return;
        }
        x->mode = TM_NOVALUE;
        break;
    }
    case BUILTIN_MAKE: {
        Node *a0 = arg_at(call, 0);
        Type *T = check_var_type(c, a0);
        if (T->kind == TY_INVALID) {
            check_use_list(c, &call->list);
            x->mode = TM_INVALID;
            return;
        }
        Type *tp = types_own_tparam(c, T);
        if (tp && !types_tparam_has_core(tp, false)) {
            check_errorf(c, a0, "invalid argument: cannot make %s: no core type", expr_str(a0));
            x->mode = TM_INVALID;
            return;
        }
        int min;
        switch (types_underlying(T)->kind) {
        case TY_SLICE: min = 2; break;
        case TY_MAP: case TY_CHAN: min = 1; break;
        default:
            check_errorf(c, a0, "invalid argument: cannot make %s; type must be slice, map, or channel", expr_str(a0));
            x->mode = TM_INVALID;
            return;
        }
        if (nargs < min || min + 1 < nargs) {
            check_errorf(c, call, "invalid operation: %s expects %d or %d arguments; found %d", expr_str(call), min,
                         min + 1, nargs);
            x->mode = TM_INVALID;
            return;
        }
        int64_t sizes[2] = {-1, -1};
        int ns = 0;
        bool types_ok = true;
        for (int i = 1; i < nargs; i++) {
            int64_t v;
            if (!check_index_value(c, call->list.v[i], -1, "index", &v)) types_ok = false;
            else sizes[ns++] = v;
        }
        if (types_ok && ns == 2 && sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1]) {
            check_errorf(c, call->list.v[1], "invalid argument: length and capacity swapped");
        }
        x->mode = TM_VALUE;
        x->type = T;
        break;
    }
    case BUILTIN_NEW: {
        Type *T = check_var_type(c, arg_at(call, 0));
        if (T->kind == TY_INVALID) {
            x->mode = TM_INVALID;
            return;
        }
        x->mode = TM_VALUE;
        x->type = types_new_pointer(T);
        break;
    }
    case BUILTIN_PANIC: {
        check_assignment(c, x, types_empty_iface, "argument to panic");
        if (x->mode == TM_INVALID) return;
        x->mode = TM_NOVALUE;
        break;
    }
    case BUILTIN_PRINT: case BUILTIN_PRINTLN: {
        for (int i = 0; i < nargs; i++) {
            check_assignment(c, &args[i], NULL, arena_printf("argument to %s", bname(id)));
            if (args[i].mode == TM_INVALID) {
                x->mode = TM_INVALID;
                return;
            }
        }
        x->mode = TM_NOVALUE;
        break;
    }
    case BUILTIN_RECOVER:
        x->mode = TM_VALUE;
        x->type = types_empty_iface;
        if (c->fn) c->fn->has_recover = true;
        break;
    case BUILTIN_ADD: {
        if (!check_allow_version(c, 1, 17)) {
            check_version_error(c, start_pos(call->x), "go1.17", "unsafe.Add");
            x->mode = TM_INVALID;
            return;
        }
        check_assignment(c, x, types_typ[TY_UNSAFEPTR], "argument to unsafe.Add");
        if (x->mode == TM_INVALID) return;
        /* the length may be negative (isValidIndex with allowNegative) */
        Operand y = args[1];
        convert_untyped(c, &y, types_typ[TY_INT]);
        if (y.mode == TM_INVALID) {
            x->mode = TM_INVALID;
            return;
        }
        if (!types_is_integer(y.type)) {
            check_errorf(c, y.expr, "invalid argument: length %s must be integer", opnd_str(c, &y));
            x->mode = TM_INVALID;
            return;
        }
        x->mode = TM_VALUE;
        x->type = types_typ[TY_UNSAFEPTR];
        break;
    }
    case BUILTIN_ALIGNOF: case BUILTIN_SIZEOF: {
        check_assignment(c, x, NULL, arena_printf("argument to unsafe.%s", bname(id)));
        if (x->mode == TM_INVALID) return;
        int64_t v = id == BUILTIN_SIZEOF ? types_sizeof(x->type) : types_alignof(x->type);
        x->mode = TM_CONSTANT;
        x->val = const_int64(v);
        x->type = types_typ[TY_UINTPTR];
        break;
    }
    case BUILTIN_OFFSETOF: {
        Node *a0 = types_unparen(arg_at(call, 0));
        if (!a0 || a0->kind != N_SELECTOR) {
            check_errorf(c, arg_at(call, 0), "invalid argument: %s is not a selector expression", expr_str(arg_at(call, 0)));
            check_use(c, arg_at(call, 0));
            x->mode = TM_INVALID;
            return;
        }
        check_expr(c, x, a0->x);
        if (x->mode == TM_INVALID) return;
        Type *base = x->type;
        /* derefStructPtr: a pointer to a struct selects through the pointer */
        if (types_underlying(base)->kind == TY_POINTER && types_underlying(types_underlying(base)->elem)->kind == TY_STRUCT)
            base = types_underlying(base)->elem;
        const char *sel = intern(a0->name.p, a0->name.len);
        Selection s;
        int why;
        Object *obj = types_lookup(base, false, c->pkg, sel, &s, &why);
        if (!obj) {
            check_errorf(c, x->expr, "invalid argument: %s has no single field %s", tstr(c, base), sel);
            x->mode = TM_INVALID;
            return;
        }
        if (obj->kind == OBJ_FUNC) {
            check_errorf(c, a0, "invalid argument: %s is a method value", expr_str(a0));
            x->mode = TM_INVALID;
            return;
        }
        if (s.indirect) {
            check_errorf(c, x->expr, "invalid argument: field %s is embedded via a pointer in %s", sel, tstr(c, base));
            x->mode = TM_INVALID;
            return;
        }
        Selection *sp = NEW(Selection);
        *sp = s;
        a0->tinfo = sp;
        a0->sel = SEL_FIELD;
        a0->obj = obj;
        a0->type = obj->type;
        a0->tmode = TM_VARIABLE;
        if (a0->y) a0->y->obj = obj;
        /* offset: sum along the path */
        int64_t off = 0;
        Type *t = base;
        for (int i = 0; i < s.nindex; i++) {
            Type *u = types_underlying(t);
            if (u->kind != TY_STRUCT) break;
            off += types_offsetof(u, s.index[i]);
            t = u->fields[s.index[i]]->type;
        }
        x->mode = TM_CONSTANT;
        x->val = const_int64(off);
        x->type = types_typ[TY_UINTPTR];
        break;
    }
    case BUILTIN_SLICE: {
        if (!check_allow_version(c, 1, 17)) {
            check_version_error(c, start_pos(call->x), "go1.17", "unsafe.Slice");
            x->mode = TM_INVALID;
            return;
        }
        Type *u = types_underlying(x->type);
        if (u->kind != TY_POINTER) {
            check_errorf(c, x->expr, "invalid argument: %s is not a pointer", opnd_str(c, x));
            x->mode = TM_INVALID;
            return;
        }
        int64_t v;
        check_index_value(c, call->list.v[1], -1, "length", &v);
        x->mode = TM_VALUE;
        x->type = types_new_slice(u->elem);
        break;
    }
    default:
        x->mode = TM_INVALID;
        return;
    }
    if (x->mode == TM_NOVALUE) x->type = types_new_tuple(NULL, 0);
}

/* ---- selectors ---- */

void check_selector(Checker *c, Operand *x, Node *e) {
    const char *sel = intern(e->name.p, e->name.len);
    Node *selnode = e->y ? e->y : e;
    Node *xn = e->x;
    if (xn && xn->kind == N_IDENT) {
        Object *o = types_scope_lookup_parent(c->scope, intern(xn->name.p, xn->name.len), NULL);
        if (o && o->kind == OBJ_PKGNAME) {
            xn->obj = o;
            xn->tmode = TM_PACKAGE;
            o->used = true;
            Package *pkg = o->imported;
            Object *exp = pkg ? types_scope_lookup(pkg->scope, sel) : NULL;
            if (!exp) {
                check_errorf(c, selnode, "undefined: %s.%s", pkg ? pkg->name : o->name, sel);
                goto error;
            }
            if (!types_is_exported(sel)) {
                check_errorf(c, selnode, "%s not exported by package %s", sel, pkg->name);
            }
            e->obj = exp;
            e->sel = SEL_QUALIFIED;
            if (e->y) e->y->obj = exp;
            switch (exp->kind) {
            case OBJ_CONST:
                x->mode = TM_CONSTANT;
                x->type = exp->type;
                x->val = exp->val;
                break;
            case OBJ_TYPE:
                x->mode = TM_TYPEXPR;
                x->type = exp->type;
                break;
            case OBJ_VAR:
                x->mode = TM_VARIABLE;
                x->type = exp->type;
                break;
            case OBJ_FUNC:
                x->mode = TM_VALUE;
                x->type = exp->type;
                break;
            case OBJ_BUILTIN:
                x->mode = TM_BUILTIN;
                x->type = types_typ[TY_INVALID];
                x->id = exp->bid;
                break;
            default:
                goto error;
            }
            if (!x->type) {
                x->type = types_typ[TY_INVALID];
                x->mode = TM_INVALID;
            }
            x->expr = e;
            return;
        }
    }
    check_expr_or_type(c, x, xn);
    switch (x->mode) {
    case TM_BUILTIN:
        check_error_at(c, e->pos, "cannot select on %s", opnd_str(c, x));
        goto error;
    case TM_INVALID:
        goto error;
    default:
        break;
    }
    {
        Selection s;
        int why = 0;
        Object *obj = types_lookup(x->type, x->mode == TM_VARIABLE, c->pkg, sel, &s, &why);
        if (!obj) {
            if (types_underlying(x->type)->kind == TY_INVALID) goto error;
            if (why == 1) {
                check_errorf(c, selnode, "ambiguous selector %s.%s", expr_str(x->expr), sel);
                goto error;
            }
            if (why == 2) {
                check_errorf(c, selnode, "cannot call pointer method %s on %s", sel, tstr(c, x->type));
                goto error;
            }
            const char *whys;
            Type *xu = types_underlying(x->type);
            if (xu->kind == TY_POINTER && types_is_interface(xu->elem)) {
                whys = arena_printf("type %s is pointer to interface, not interface", tstr(c, x->type));
            } else {
                whys = arena_printf("type %s has no field or method %s", tstr(c, x->type), sel);
                if (sel[0]) {
                    char *cc = arena_strdup(sel);
                    if (cc[0] >= 'A' && cc[0] <= 'Z') cc[0] = (char)(cc[0] - 'A' + 'a');
                    else if (cc[0] >= 'a' && cc[0] <= 'z') cc[0] = (char)(cc[0] - 'a' + 'A');
                    int w2;
                    Selection s2;
                    if (strcmp(cc, sel) && types_lookup(x->type, x->mode == TM_VARIABLE, c->pkg, cc, &s2, &w2))
                        whys = arena_printf("%s, but does have %s", whys, cc);
                }
            }
            check_errorf(c, selnode, "%s.%s undefined (%s)", expr_str(x->expr), sel, whys);
            goto error;
        }
        if (obj->kind == OBJ_FUNC && obj->generic && obj->recv_type && c->fn && c->fn->obj && c->fn->obj->recv_type) {
            /* a method of another instance of the generic type whose method is being checked */
            Type *rt = obj->recv_type->kind == TY_POINTER ? obj->recv_type->elem : obj->recv_type;
            Type *own = c->fn->obj->recv_type->kind == TY_POINTER ? c->fn->obj->recv_type->elem : c->fn->obj->recv_type;
            if (rt && own && rt->orig && rt->orig == own->orig) types_tparam_note_instance(c, rt->orig->tparams, rt->targs, rt->ntargs);
        }
        Type *tp = x->mode != TM_TYPEXPR ? types_own_tparam(c, x->type) : NULL;
        if (tp && (obj->kind != OBJ_FUNC || !types_tparam_has_method(tp, sel))) {
            /* a type parameter's value has its constraint's methods only (no fields) */
            check_errorf(c, selnode, "%s.%s undefined (type %s has no field or method %s)", expr_str(x->expr), sel,
                         tstr(c, x->type), sel);
            goto error;
        }
        if (obj->kind == OBJ_FUNC && obj->pkg == c->pkg && obj->dinfo) check_obj_decl(c, obj);
        Selection *sp = NEW(Selection);
        *sp = s;
        e->tinfo = sp;
        e->obj = obj;
        if (e->y) e->y->obj = obj;
        if (x->mode == TM_TYPEXPR) {
            if (obj->kind != OBJ_FUNC) {
                check_errorf(c, selnode, "%s.%s undefined (type %s has no method %s)", expr_str(x->expr), sel,
                             tstr(c, x->type), sel);
                goto error;
            }
            sp->kind = SEL_METHODEXPR;
            e->sel = SEL_METHODEXPR;
            Type *sig = obj->type;
            if (!sig || sig->kind != TY_FUNC) goto error;
            /* func(recv T, params...) results */
            int np = sig->params->nfields;
            Object **pv = NEWN(Object *, np + 1);
            const char *rname = (sig->recv && sig->recv->name[0]) ? sig->recv->name : "_";
            pv[0] = types_new_object(OBJ_VAR, rname, x->type, sig->recv ? sig->recv->pos : (Pos){0}, c->pkg);
            pv[0]->vkind = VAR_PARAM;
            for (int i = 0; i < np; i++) pv[i + 1] = sig->params->fields[i];
            x->mode = TM_VALUE;
            x->type = types_new_func(NULL, types_new_tuple(pv, np + 1), sig->results, sig->variadic);
            record_dep(c, obj);
        } else if (obj->kind == OBJ_VAR) {
            sp->kind = SEL_FIELD;
            e->sel = SEL_FIELD;
            x->mode = (x->mode == TM_VARIABLE || s.indirect) ? TM_VARIABLE : TM_VALUE;
            x->type = obj->type;
        } else {
            e->sel = sp->kind;
            sp->is_value = true; /* a call clears it (check_call) */
            /* receiver adjustment at the end of the path */
            Type *recv_t = NULL;
            if (sp->kind == SEL_METHOD) {
                Type *t = x->type;
                for (int i = 0; i + 1 < s.nindex; i++) {
                    Type *u = types_underlying(t);
                    if (u->kind == TY_POINTER) u = types_underlying(u->elem);
                    if (u->kind != TY_STRUCT) break;
                    t = u->fields[s.index[i]]->type;
                }
                bool is_ptr = types_underlying(t)->kind == TY_POINTER && t->kind != TY_NAMED;
                if (t->kind == TY_POINTER) is_ptr = true;
                if (obj->ptr_recv && !is_ptr) {
                    sp->addr = true;
                    /* &v for a pointer-receiver call on an addressable value */
                    Node *b = types_unparen(xn);
                    while (b && (b->kind == N_SELECTOR || b->kind == N_INDEX || b->kind == N_PAREN)) {
                        if (b->kind == N_SELECTOR && b->tinfo && ((Selection *)b->tinfo)->indirect) break;
                        if (b->kind == N_INDEX && b->x && types_underlying(b->x->type)->kind != TY_ARRAY) break;
                        b = types_unparen(b->x);
                    }
                    if (!s.indirect && b && b->kind == N_IDENT && b->obj && b->obj->kind == OBJ_VAR)
                        b->obj->vflags |= VF_ADDRTAKEN;
                }
                if (!obj->ptr_recv && is_ptr) sp->deref = true;
                recv_t = t;
            }
            x->mode = TM_VALUE;
            Type *sig = obj->type;
            /* a method of a generic type's instance selected through a
             * view (an instance body's List[T]): the signature with the
             * view's arguments, not the one its own body's check marked */
            if (sp->kind == SEL_METHOD && obj->generic && recv_t) sig = types_method_sig_in(obj, recv_t);
            /* a method of a type parameter's constraint: its results are
             * typed by the constraint (gc's bound call returns shapes) */
            if ((sp->kind == SEL_METHOD || sp->kind == SEL_IFACEMETHOD) && s.nindex == 1 && x->type && x->type->shape_index) {
                Type *bs = types_bound_method_sig(c, x->type, obj->name);
                if (bs) sig = bs;
            }
            if (sig && sig->kind == TY_FUNC) x->type = types_new_func(NULL, sig->params, sig->results, sig->variadic);
            else x->type = types_typ[TY_INVALID];
            record_dep(c, obj);
        }
        x->expr = e;
        return;
    }
error:
    x->mode = TM_INVALID;
    x->type = types_typ[TY_INVALID];
    x->expr = e;
}

/* ---- index and slice ---- */

/* Checks an index expression; *out = constant value or -1.  Returns false
 * on error. max >= 0: constant must be < max. */
bool check_index_value(Checker *c, Node *e, int64_t max, const char *what, int64_t *out) {
    *out = -1;
    Operand x;
    check_expr(c, &x, e);
    if (x.mode == TM_INVALID) return false;
    convert_untyped(c, &x, types_typ[TY_INT]);
    if (x.mode == TM_INVALID) return false;
    if (!types_is_integer(x.type)) {
        check_errorf(c, x.expr, "invalid argument: %s %s must be integer", what, opnd_str(c, &x));
        return false;
    }
    if (x.mode == TM_CONSTANT) {
        if (const_sign(x.val) < 0) {
            check_errorf(c, x.expr, "invalid argument: %s %s must not be negative", what, opnd_str(c, &x));
            return false;
        }
        Const *r;
        int why;
        if (!const_representable(x.val, types_typ[TY_INT], &r, &why)) {
            check_errorf(c, x.expr, "invalid argument: %s %s overflows int", what, opnd_str(c, &x));
            return false;
        }
        int64_t v = const_to_int64(x.val);
        if (max >= 0 && v >= max) {
            check_errorf(c, x.expr, "invalid argument: %s %s out of bounds [0:%lld]", what, const_format(x.val),
                         (long long)max);
            return false;
        }
        *out = v;
    }
    return true;
}

void check_index(Checker *c, Operand *x, Node *e) {
    check_expr_or_type(c, x, e->x);
    if (x->mode == TM_INVALID) {
        check_use_list(c, &e->list);
        return;
    }
    if (x->mode == TM_TYPEXPR) {
        Type *u = x->type;
        if (!check_allow_version(c, 1, 18)) check_version_error(c, e->pos, "go1.18", "type instantiation");
        if (u->kind == TY_NAMED && u->ntparams > 0) {
            x->type = types_instantiate_type(c, u, e);
            e->type = x->type;
            e->tmode = TM_TYPEXPR;
            x->mode = x->type->kind == TY_INVALID ? TM_INVALID : TM_TYPEXPR;
            return;
        }
        check_errorf(c, e->x, "%s is not a generic type", tstr(c, u));
        x->mode = TM_INVALID;
        return;
    }
    if (x->mode == TM_VALUE && x->type && x->type->kind == TY_FUNC && x->type->ntparams) {
        /* F[T] as a value: every type argument given */
        if (!check_allow_version(c, 1, 18)) check_version_error(c, e->pos, "go1.18", "function instantiation");
        int ne = e->list.len;
        Type **explicit = NEWN(Type *, ne + 1);
        for (int i = 0; i < ne; i++) {
            explicit[i] = check_var_type(c, e->list.v[i]);
            if (explicit[i]->kind == TY_INVALID) {
                x->mode = TM_INVALID;
                return;
            }
        }
        if (types_instantiate_call(c, x, e, NULL, explicit, ne, NULL, 0) != INST_OK) {
            x->mode = TM_INVALID;
            return;
        }
        x->expr = e;
        return;
    }
    Type *tp = types_own_tparam(c, x->type);
    if (tp && !types_tparam_indexable(tp)) {
        check_error_at(c, e->pos, "invalid operation: cannot index %s", opnd_str(c, x));
        check_use_list(c, &e->list);
        x->mode = TM_INVALID;
        return;
    }
    bool valid = false;
    int64_t length = -1;
    /* gc types a map index from the map's shape: its plain element */
    Type *u = types_underlying(x->type);
    if (u->kind != TY_MAP) u = types_shape_underlying(x->type);
    switch (u->kind) {
    case TY_STRING: case TY_UNTYPED_STRING:
        valid = true;
        if (x->mode == TM_CONSTANT) length = x->val->s.len;
        if (types_is_untyped(x->type)) update_expr_type(c, x->expr, types_typ[TY_STRING], true);
        x->mode = TM_VALUE;
        x->type = types_byte;
        break;
    case TY_ARRAY:
        valid = true;
        length = u->len;
        if (x->mode != TM_VARIABLE) x->mode = TM_VALUE;
        x->type = u->elem;
        break;
    case TY_POINTER: {
        Type *a = types_underlying(u->elem);
        if (a->kind == TY_ARRAY) {
            valid = true;
            length = a->len;
            x->mode = TM_VARIABLE;
            x->type = a->elem;
        }
        break;
    }
    case TY_SLICE:
        valid = true;
        x->mode = TM_VARIABLE;
        x->type = u->elem;
        break;
    case TY_MAP: {
        if (e->list.len == 0) {
            x->mode = TM_INVALID;
            return;
        }
        if (e->list.len > 1) check_errorf(c, e->list.v[1], "invalid operation: more than one index");
        Operand key;
        check_expr(c, &key, e->list.v[0]);
        check_assignment(c, &key, u->key, "map index");
        x->mode = TM_MAPINDEX;
        x->type = u->elem;
        x->expr = e;
        return;
    }
    default: break;
    }
    if (!valid) {
        check_error_at(c, e->pos, "invalid operation: cannot index %s", opnd_str(c, x));
        check_use_list(c, &e->list);
        x->mode = TM_INVALID;
        return;
    }
    if (e->list.len == 0) {
        x->mode = TM_INVALID;
        return;
    }
    if (e->list.len > 1) check_errorf(c, e->list.v[1], "invalid operation: more than one index");
    int64_t v;
    check_index_value(c, e->list.v[0], length, "index", &v);
}

void check_slice(Checker *c, Operand *x, Node *e) {
    check_expr(c, x, e->x);
    if (x->mode == TM_INVALID) {
        check_use(c, e->y);
        check_use(c, e->z);
        check_use(c, e->w);
        return;
    }
    Type *tp = types_own_tparam(c, x->type);
    if (tp && !types_tparam_has_core(tp, true)) {
        check_errorf(c, x->expr, "invalid operation: cannot slice %s: %s has no core type", opnd_str(c, x), tstr(c, x->type));
        x->mode = TM_INVALID;
        return;
    }
    bool valid = false;
    int64_t length = -1;
    bool full = (e->flags & NF_SLICE3) != 0;
    Type *u = types_underlying(x->type);
    switch (u->kind) {
    case TY_STRING: case TY_UNTYPED_STRING:
        if (full) {
            check_errorf(c, e->w ? e->w : e, "invalid operation: 3-index slice of string");
            x->mode = TM_INVALID;
            return;
        }
        valid = true;
        if (x->mode == TM_CONSTANT) length = x->val->s.len;
        if (types_is_untyped(x->type)) {
            update_expr_type(c, x->expr, types_typ[TY_STRING], true);
            x->type = types_typ[TY_STRING];
        }
        break;
    case TY_ARRAY:
        valid = true;
        length = u->len;
        if (x->mode != TM_VARIABLE) {
            check_errorf(c, x->expr, "invalid operation: %s (slice of unaddressable value)", opnd_str(c, x));
            x->mode = TM_INVALID;
            return;
        }
        {
            Node *b = types_unparen(e->x);
            while (b && (b->kind == N_SELECTOR || b->kind == N_INDEX || b->kind == N_PAREN)) {
                if (b->kind == N_SELECTOR && b->tinfo && ((Selection *)b->tinfo)->indirect) break;
                if (b->kind == N_INDEX && b->x && types_underlying(b->x->type)->kind != TY_ARRAY) break;
                b = types_unparen(b->x);
            }
            if (b && b->kind == N_IDENT && b->obj && b->obj->kind == OBJ_VAR) b->obj->vflags |= VF_ADDRTAKEN;
        }
        x->type = types_new_slice(u->elem);
        break;
    case TY_POINTER: {
        Type *a = types_underlying(u->elem);
        if (a->kind == TY_ARRAY) {
            valid = true;
            length = a->len;
            x->type = types_new_slice(a->elem);
        }
        break;
    }
    case TY_SLICE:
        valid = true;
        break;
    default: break;
    }
    if (!valid) {
        check_errorf(c, x->expr, "invalid operation: cannot slice %s", opnd_str(c, x));
        x->mode = TM_INVALID;
        return;
    }
    x->mode = TM_VALUE;
    if (full && (!e->z || !e->w)) {
        check_errorf(c, e, "invalid AST: 2nd and 3rd index required in 3-index slice");
        x->mode = TM_INVALID;
        return;
    }
    Node *idx[3] = {e->y, e->z, e->w};
    int64_t ind[3];
    int nind = full ? 3 : 2;
    for (int i = 0; i < nind; i++) {
        int64_t v = -1;
        if (idx[i]) {
            int64_t max = length >= 0 ? length + 1 : -1;
            int64_t r;
            if (check_index_value(c, idx[i], max, "index", &r) && r >= 0) v = r;
        } else if (i == 0) {
            v = 0;
        } else if (length >= 0) {
            v = length;
        }
        ind[i] = v;
    }
    for (int i = 0; i < nind - 1; i++) {
        if (ind[i] > 0) {
            for (int j = i + 1; j < nind; j++) {
                if (ind[j] >= 0 && ind[j] < ind[i]) {
                    check_errorf(c, idx[j], "invalid slice indices: %lld < %lld", (long long)ind[j], (long long)ind[i]);
                    return;
                }
            }
        }
    }
}
