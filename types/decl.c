/*
 * decl.c: declarations and type expressions.
 *
 *   - type expressions (types2's typexpr.go, struct.go, interface.go,
 *     signature.go): N_* type nodes -> Type;
 *   - package-level objects are type-checked on demand (check_obj_decl),
 *     coloured white/grey/black so that cycles are found; defined types get
 *     their Named type before their right-hand side is resolved, so that
 *     `type T struct{ next *T }` works, and embedding a type in itself by
 *     value is reported as gc does ("invalid recursive type T");
 *   - constant, variable and type declarations, package-level and local;
 *   - assignments of values to variables (initVars / assignVars).
 *
 * Invariant: after check_obj_decl(o), o->type is non-NULL (invalid type on
 * error) for every object kind except builtins and package names.
 */
#include <stdio.h>
#include <string.h>

#include "types/internal.h"
#include "types/types.h"

void *types_expr_list(Checker *c, NodeList *el, bool allow_comma_ok, int *n, bool *comma_ok);
const char *types_summary_ops(Checker *c, Operand *ops, int n);
const char *types_summary_tuple(Checker *c, Type *tup, bool variadic);

Object *new_var_obj(Checker *c, const char *name, Type *t, Pos pos, VarKind k) {
    Object *o = types_new_object(OBJ_VAR, name, t, pos, c->pkg);
    o->vkind = k;
    o->fn = c->fn;
    if (c->fn && k != VAR_FIELD && k != VAR_PACKAGE) {
        FuncInfo *f = c->fn;
        /* capacity doubles at powers of two (no separate field needed) */
        int n = f->nlocals;
        if (n == 0 || (n & (n - 1)) == 0) {
            Object **nv = NEWN(Object *, n ? 2 * n : 4);
            if (n) memcpy(nv, f->locals, sizeof(Object *) * (size_t)n);
            f->locals = nv;
        }
        f->locals[f->nlocals++] = o;
    }
    return o;
}


void declare(Checker *c, Scope *s, Node *id, Object *o) {
    if (id) id->obj = o;
    if (!o->name || !strcmp(o->name, "_")) return;
    Object *alt = types_scope_insert(s, o);
    if (alt) {
        o->vflags |= VF_USED; /* not in any scope: never reported as unused */
        if (alt->pos.line)
            check_error_at(c, o->pos, "%s redeclared in this block\n\t%s: other declaration of %s", o->name,
                           pos_string(alt->pos), o->name);
        else
            check_error_at(c, o->pos, "%s redeclared in this block", o->name);
    }
}

void record_dep(Checker *c, Object *o) {
    if (!c->decl || !o) return;
    if (o->kind != OBJ_CONST && o->kind != OBJ_VAR && o->kind != OBJ_FUNC) return;
    if (!o->dinfo) return;
    Vec *d = &c->decl->deps;
    for (int i = 0; i < d->len; i++)
        if (d->v[i] == o) return;
    vec_push(d, o);
}

/* ---- type expressions ---- */

static int64_t array_length(Checker *c, Node *e) {
    if (e->kind == N_IDENT) {
        const char *nm = intern(e->name.p, e->name.len);
        Object *o = types_scope_lookup_parent(c->scope, nm, NULL);
        if (!o) {
            check_errorf(c, e, "undeclared name %s for array length", nm);
            return -1;
        }
        if (o->kind != OBJ_CONST) {
            check_errorf(c, e, "invalid array length %s", nm);
            return -1;
        }
    }
    Operand x;
    check_expr(c, &x, e);
    if (x.mode != TM_CONSTANT) {
        if (x.mode != TM_INVALID) check_errorf(c, x.expr, "array length %s must be constant", opnd_str(c, &x));
        return -1;
    }
    if (types_is_untyped(x.type) || types_is_integer(x.type)) {
        Const *v = const_to_kind(x.val, CK_INT);
        Const *r;
        int why;
        if (v && const_representable(v, types_typ[TY_INT], &r, &why)) {
            int64_t n;
            if (const_fits_int64(v, &n) && n >= 0) {
                if (types_is_untyped(x.type)) update_expr_type(c, e, types_typ[TY_INT], true);
                return n;
            }
            check_errorf(c, x.expr, "invalid array length %s", opnd_str(c, &x));
            return -1;
        }
    }
    check_errorf(c, x.expr, "array length %s must be integer", opnd_str(c, &x));
    return -1;
}

static const char *embedded_name(Node *t) {
    t = types_unparen(t);
    if (t && t->kind == N_STAR) t = types_unparen(t->x);
    if (!t) return "_";
    if (t->kind == N_IDENT) return intern(t->name.p, t->name.len);
    if (t->kind == N_SELECTOR) return intern(t->name.p, t->name.len);
    if (t->kind == N_INDEX) return embedded_name(t->x);
    return "_";
}

static Type *struct_type(Checker *c, Node *e) {
    Vec fields = {0};
    for (int i = 0; i < e->list.len; i++) {
        Node *f = e->list.v[i];
        Type *t = check_var_type(c, f->x);
        Str tag = {0};
        if (f->y) tag = f->y->sval;
        if (f->list.len == 0 || (f->flags & NF_EMBEDDED)) {
            const char *nm = embedded_name(f->x);
            Node *tn = types_unparen(f->x);
            bool is_ptr = tn && tn->kind == N_STAR;
            Pos p = start_pos(tn);
            Object *fo = types_new_object(OBJ_VAR, nm, t, p, c->pkg);
            fo->vkind = VAR_FIELD;
            fo->vflags |= VF_EMBEDDED;
            fo->tag = tag;
            fo->index = fields.len;
            /* embedded type restrictions: checked once all types are
             * complete (the type may still be being declared) */
            if (t->kind != TY_INVALID) types_later_embedded(c, t, p, is_ptr);
            bool dup = false;
            for (int k = 0; k < fields.len; k++) {
                Object *g = fields.v[k];
                if (strcmp(nm, "_") && g->name == fo->name) {
                    check_error_at(c, p, "%s redeclared\n\t%s: other declaration of %s", nm, pos_string(g->pos), nm);
                    dup = true;
                }
            }
            if (!dup) vec_push(&fields, fo);
            if (f->list.len == 1) f->list.v[0]->obj = fo;
            continue;
        }
        for (int j = 0; j < f->list.len; j++) {
            Node *id = f->list.v[j];
            const char *nm = intern(id->name.p, id->name.len);
            Object *fo = types_new_object(OBJ_VAR, nm, t, id->pos, c->pkg);
            fo->vkind = VAR_FIELD;
            fo->tag = tag;
            fo->decl = id;
            id->obj = fo;
            bool dup = false;
            for (int k = 0; k < fields.len; k++) {
                Object *g = fields.v[k];
                if (strcmp(nm, "_") && g->name == nm) {
                    check_error_at(c, id->pos, "%s redeclared\n\t%s: other declaration of %s", nm, pos_string(g->pos),
                                   nm);
                    dup = true;
                }
            }
            if (!dup) {
                fo->index = fields.len;
                vec_push(&fields, fo);
            }
        }
    }
    return types_new_struct((Object **)fields.v, fields.len);
}

/* Methods an interface gets from its embedded interfaces must agree with
 * its own and with each other (types2's addMethod: same name, identical
 * signature).  Checked once every type is resolved (run_iface_checks):
 * the error sits at the embedding, the "other declaration" at the explicit
 * method or at the embedding that brought the first one. */
typedef struct IfaceCheck {
    Checker *c;
    Type *it;
    Pos *embed_pos; /* one per it->embeddeds[i] */
} IfaceCheck;
static Vec iface_checks;

static bool same_method_id(Object *a, Object *b) {
    if (a->name != b->name) return false;
    return types_is_exported(a->name) || a->pkg == b->pkg || !a->pkg || !b->pkg;
}

void run_iface_checks(Checker *c) {
    int keep = 0;
    for (int i = 0; i < iface_checks.len; i++) {
        IfaceCheck *ic = iface_checks.v[i];
        if (ic->c != c) {
            iface_checks.v[keep++] = ic;
            continue;
        }
        Type *it = ic->it;
        Vec seen = {0}, seen_pos = {0};
        for (int k = 0; k < it->nmethods; k++) {
            vec_push(&seen, it->methods[k]);
            vec_push(&seen_pos, NULL); /* explicit: its own position */
        }
        for (int e = 0; e < it->nembeddeds; e++) {
            Type *u = types_underlying(it->embeddeds[e]);
            if (u->kind != TY_INTERFACE) continue;
            int n;
            Object **ms = types_iface_methods(u, &n);
            for (int j = 0; j < n; j++) {
                Object *m = ms[j], *other = NULL;
                Pos opos = {0, 0, 0};
                for (int k = 0; k < seen.len && !other; k++)
                    if (same_method_id(seen.v[k], m)) {
                        other = seen.v[k];
                        opos = seen_pos.v[k] ? *(Pos *)seen_pos.v[k] : other->pos;
                    }
                if (!other) {
                    vec_push(&seen, m);
                    vec_push(&seen_pos, &ic->embed_pos[e]);
                    continue;
                }
                /* before go1.14, overlapping embedded methods are duplicates */
                bool overlap_ok = m->pkg != c->pkg || check_allow_version(c, 1, 14);
                if ((other != m && !types_identical(other->type, m->type)) || !overlap_ok)
                    check_error_at(c, ic->embed_pos[e], "duplicate method %s\n\t%s: other declaration of %s", m->name,
                                   pos_string(opos), m->name);
            }
        }
    }
    iface_checks.len = keep;
}

static void push_embed(Vec *embeds, Vec *embed_pos, Type *t, Node *tx) {
    Pos *p = NEW(Pos);
    *p = start_pos(tx);
    vec_push(embeds, t);
    vec_push(embed_pos, p);
}

static Type *interface_type(Checker *c, Node *e) {
    Vec methods = {0}, embeds = {0}, embed_pos = {0};
    Type *it = types_new_interface(NULL, 0, NULL, 0);
    for (int i = 0; i < e->list.len; i++) {
        Node *f = e->list.v[i];
        if (f->list.len == 0) {
            Node *tx = f->x;
            if (tx && (tx->kind == N_BINARY || (tx->kind == N_UNARY && tx->op == T_TILDE))) {
                types_add_union(c, it, tx);
                it->unions[it->nunions - 1]->at = embeds.len;
                check_union_version(c, it, tx);
                continue;
            }
            Type *t = check_type(c, tx);
            if (t->kind == TY_INVALID) continue;
            Type *u = types_underlying(t);
            if (u->kind != TY_INTERFACE) {
                if (t->kind == TY_NAMED && !t->underlying) {
                    /* embeds a type still being declared (its cycle is
                     * reported by the type declaration) */
                    push_embed(&embeds, &embed_pos, t, tx);
                    continue;
                }
                if (!check_allow_version(c, 1, 18)) {
                    check_version_error(c, start_pos(tx), "go1.18", "embedding non-interface type %s", tstr(c, t));
                    continue;
                }
                types_add_union(c, it, tx);
                it->unions[it->nunions - 1]->at = embeds.len;
                continue;
            }
            push_embed(&embeds, &embed_pos, t, tx);
            continue;
        }
        Node *id = f->list.v[0];
        const char *nm = intern(id->name.p, id->name.len);
        if (!strcmp(nm, "_")) {
            check_errorf(c, id, "methods must have a unique non-blank name");
            continue;
        }
        Scope *s = types_new_scope(c->scope, "function");
        Type *sig = check_func_type(c, f->x, NULL, s, NULL);
        Object *recv = types_new_object(OBJ_VAR, "", it, id->pos, c->pkg);
        recv->vkind = VAR_PARAM;
        sig->recv = recv;
        Object *m = types_new_object(OBJ_FUNC, nm, sig, id->pos, c->pkg);
        m->decl = id;
        id->obj = m;
        bool dup = false;
        for (int k = 0; k < methods.len; k++)
            if (((Object *)methods.v[k])->name == nm) {
                Object *o = methods.v[k];
                check_error_at(c, id->pos, "duplicate method %s\n\t%s: other declaration of %s", nm,
                               pos_string(o->pos), nm);
                dup = true;
            }
        if (!dup) vec_push(&methods, m);
    }
    it->methods = (Object **)methods.v;
    it->nmethods = methods.len;
    it->embeddeds = (Type **)embeds.v;
    it->nembeddeds = embeds.len;
    if (embeds.len) {
        IfaceCheck *ic = NEW(IfaceCheck);
        ic->c = c;
        ic->it = it;
        ic->embed_pos = NEWN(Pos, embeds.len);
        for (int k = 0; k < embeds.len; k++) ic->embed_pos[k] = embed_pos.v[k] ? *(Pos *)embed_pos.v[k] : e->pos;
        vec_push(&iface_checks, ic);
    }
    return it;
}

/* Parameters of a signature: declares named params in scope. */
static Type *param_tuple(Checker *c, NodeList *l, Scope *s, VarKind k, bool *variadic, bool allow_dots) {
    Vec vars = {0};
    for (int i = 0; i < l->len; i++) {
        Node *f = l->v[i];
        Node *tx = f->x;
        bool dots = false;
        if (tx && tx->kind == N_DOTS) {
            if (allow_dots && i == l->len - 1 && f->list.len <= 1) {
                dots = true;
                *variadic = true;
            } else {
                check_errorf(c, tx, "can only use ... with final parameter in list");
            }
            tx = tx->x;
        }
        Type *t = check_var_type(c, tx);
        if (dots) t = types_new_slice(t);
        if (f->list.len == 0) {
            Object *o = new_var_obj(c, "", t, f->pos, k); /* types2: the field's start */
            o->index = vars.len;
            vec_push(&vars, o);
            continue;
        }
        for (int j = 0; j < f->list.len; j++) {
            Node *id = f->list.v[j];
            const char *nm = intern(id->name.p, id->name.len);
            Object *o = new_var_obj(c, nm, t, id->pos, k);
            o->decl = id;
            o->index = vars.len;
            if (s) declare(c, s, id, o);
            else id->obj = o;
            vec_push(&vars, o);
        }
    }
    return types_new_tuple((Object **)vars.v, vars.len);
}

Node *recv_base_name(Node *t, bool *ptr) {
    *ptr = false;
    t = types_unparen(t);
    if (t && t->kind == N_STAR) {
        *ptr = true;
        t = types_unparen(t->x);
    }
    if (t && t->kind == N_INDEX) t = t->x;
    return t;
}

Type *check_func_type(Checker *c, Node *ft, Node *recv, Scope *scope, FuncInfo *fi) {
    FuncInfo *saved = c->fn;
    if (fi) c->fn = fi;
    Object *rv = NULL;
    if (recv) {
        bool dummy = false;
        NodeList rl = {&recv, 1};
        Type *rt = param_tuple(c, &rl, scope, VAR_PARAM, &dummy, false);
        if (rt->nfields >= 1) {
            rv = rt->fields[0];
            rv->vflags |= VF_RECEIVER;
        }
    }
    bool variadic = false;
    Type *params = ft ? param_tuple(c, &ft->list, scope, VAR_PARAM, &variadic, true) : types_new_tuple(NULL, 0);
    bool dummy = false;
    Type *results = ft ? param_tuple(c, &ft->list2, scope, VAR_RESULT, &dummy, false) : types_new_tuple(NULL, 0);
    c->fn = saved;
    Type *sig = types_new_func(rv, params, results, variadic);
    if (ft) {
        ft->type = sig;
        ft->tmode = TM_TYPEXPR;
    }
    return sig;
}

static Type *typ_internal(Checker *c, Node *e) {
    if (!e) return types_typ[TY_INVALID];
    switch (e->kind) {
    case N_BAD:
        return types_typ[TY_INVALID];
    case N_IDENT: {
        if (str_eqc(e->name, "_")) {
            check_errorf(c, e, "cannot use _ as value or type");
            return types_typ[TY_INVALID];
        }
        Operand x;
        check_ident(c, &x, e, true);
        x.expr = e;
        switch (x.mode) {
        case TM_TYPEXPR:
            if (!x.type) return types_typ[TY_INVALID];
            if (x.type->kind == TY_NAMED && x.type->ntparams > 0) {
                check_errorf(c, e, "cannot use generic type %s without instantiation", types_generic_decl_string(c, x.type));
                return types_typ[TY_INVALID];
            }
            return x.type;
        case TM_INVALID:
            return types_typ[TY_INVALID];
        case TM_NOVALUE:
            check_errorf(c, e, "%s used as type", opnd_str(c, &x));
            return types_typ[TY_INVALID];
        default:
            check_errorf(c, e, "%s is not a type", opnd_str(c, &x));
            return types_typ[TY_INVALID];
        }
    }
    case N_SELECTOR: {
        Operand x;
        check_selector(c, &x, e);
        x.expr = e;
        switch (x.mode) {
        case TM_TYPEXPR:
            if (x.type && x.type->kind == TY_NAMED && x.type->ntparams > 0) {
                check_errorf(c, e, "cannot use generic type %s without instantiation", types_generic_decl_string(c, x.type));
                return types_typ[TY_INVALID];
            }
            return x.type ? x.type : types_typ[TY_INVALID];
        case TM_INVALID:
            return types_typ[TY_INVALID];
        case TM_NOVALUE:
            check_errorf(c, e, "%s used as type", opnd_str(c, &x));
            return types_typ[TY_INVALID];
        default:
            check_errorf(c, e, "%s is not a type", opnd_str(c, &x));
            return types_typ[TY_INVALID];
        }
    }
    case N_INDEX: {
        /* instantiation of a generic type */
        if (!check_allow_version(c, 1, 18)) check_version_error(c, e->pos, "go1.18", "type instantiation");
        Operand x;
        check_expr_or_type(c, &x, e->x);
        if (x.mode == TM_TYPEXPR && x.type && x.type->kind == TY_NAMED && x.type->ntparams > 0)
            return types_instantiate_type(c, x.type, e);
        if (x.mode == TM_TYPEXPR && x.type && x.type->kind != TY_INVALID) {
            check_errorf(c, e->x, "%s is not a generic type", tstr(c, x.type));
            return types_typ[TY_INVALID];
        }
        if (x.mode != TM_INVALID) check_errorf(c, e, "%s is not a type", expr_str(e));
        return types_typ[TY_INVALID];
    }
    case N_PAREN:
        return check_type(c, e->x);
    case N_ARRAYTYPE: {
        int64_t n = -1;
        if (e->x && e->x->kind != N_ELLIPSIS_LEN) {
            n = array_length(c, e->x);
        } else {
            check_errorf(c, e, "invalid use of [...] array (outside a composite literal)");
        }
        Type *el = check_var_type(c, e->y);
        if (n < 0) return types_typ[TY_INVALID];
        return types_new_array(el, n);
    }
    case N_SLICETYPE:
        return types_new_slice(check_var_type(c, e->y));
    case N_DOTS:
        check_errorf(c, e, "invalid use of '...'");
        check_use(c, e->x);
        return types_typ[TY_INVALID];
    case N_STRUCTTYPE:
        return struct_type(c, e);
    case N_STAR: {
        Type *b = check_var_type(c, e->x);
        if (b->kind == TY_INVALID) return b;
        return types_new_pointer(b);
    }
    case N_FUNCTYPE: {
        Scope *s = types_new_scope(c->scope, "function");
        return check_func_type(c, e, NULL, s, NULL);
    }
    case N_INTERFACETYPE:
        return interface_type(c, e);
    case N_MAPTYPE: {
        Type *k = check_var_type(c, e->x);
        Type *v = check_var_type(c, e->y);
        Type *m = types_new_map(k, v);
        /* key comparability is checked once all types are complete */
        types_later_map_key(c, e->x, m);
        return m;
    }
    case N_CHANTYPE: {
        ChanDir d = e->op == CHAN_SEND ? DIR_SEND : e->op == CHAN_RECV ? DIR_RECV : DIR_BOTH;
        return types_new_chan(d, check_var_type(c, e->y));
    }
    default:
        check_errorf(c, e, "%s is not a type", expr_str(e));
        check_use(c, e);
        return types_typ[TY_INVALID];
    }
}

Type *check_type(Checker *c, Node *e) {
    Type *t = typ_internal(c, e);
    if (e) {
        e->type = t;
        e->tmode = t->kind == TY_INVALID ? TM_INVALID : TM_TYPEXPR;
    }
    return t;
}

Type *check_var_type(Checker *c, Node *e) {
    Type *t = check_type(c, e);
    /* a constraint interface is no value type; its underlying type may
     * still be in the making here, so the check waits for pass 4 */
    if (t->kind != TY_INVALID && t->kind != TY_TYPEPARAM) types_later_var_type(c, e, t);
    return t;
}

