/*
 * lower.c: typed AST (parser/ast.h + types/types.h annotations) -> IR.
 *
 * The output is shaped like gc's IR after typecheck (what gc's escape
 * analysis sees), so that escape decisions and their messages can follow
 * gc's algorithm one to one.  What this file makes explicit:
 *   - assignment conversions (assignconv): to interface -> OCONVIFACE,
 *     between identical-underlying types -> OCONVNOP, both IRF_IMPLICIT;
 *     nil gets the destination type;
 *   - selector paths through embedded fields (ODOT/ODOTPTR chains);
 *   - method calls: OCALLFUNC(OMETHEXPR, recv, args...) with the receiver
 *     adjusted by an implicit & or *; interface calls OCALLINTER(ODOTINTER);
 *   - variadic calls: trailing args packed into an implicit OSLICELIT;
 *   - f(g()) and return g() with g multi-valued: temporaries assigned by an
 *     OAS2FUNC in the call's (or statement's) init list;
 *   - declarations: ODCL then OAS; := marks the defining statement (defn)
 *     of each new variable;
 *   - closures: a separate IrFunc per literal, named as gc names them
 *     (outer.func1, nested outer.func1.1, package level glob..func1), with
 *     one PAUTOHEAP IrName per captured variable whose `outer` is the
 *     variable as seen in the enclosing function.
 * Invariants: every IrName of a local belongs to exactly one IrFunc's dcl;
 * a captured variable's canonical name (following `outer`) is the
 * declaring function's IrName; constants are OLITERAL with `src` set so
 * that messages print their source text as gc does.
 */
#include "ir/ir.h"
#include "lexer/lexer.h"

#include <stdlib.h>
#include <string.h>



/* ---- maps: (function, object) -> IrName, object -> IrFunc ---- */

typedef struct MapEnt {
    const void *k1, *k2;
    void *val;
} MapEnt;

typedef struct PtrMap {
    MapEnt *v;
    int cap, len;
} PtrMap;

static unsigned long hash2(const void *a, const void *b) {
    unsigned long h = (unsigned long)(uintptr_t)a * 0x9E3779B97F4A7C15ul;
    h ^= (unsigned long)(uintptr_t)b * 0xC2B2AE3D27D4EB4Ful;
    return h ^ (h >> 29);
}

static void *map_get(PtrMap *m, const void *a, const void *b) {
    if (!m->cap) return NULL;
    unsigned long i = hash2(a, b) & (unsigned long)(m->cap - 1);
    for (;;) {
        MapEnt *e = &m->v[i];
        if (!e->k1 && !e->k2) return NULL;
        if (e->k1 == a && e->k2 == b) return e->val;
        i = (i + 1) & (unsigned long)(m->cap - 1);
    }
}

static void map_put(PtrMap *m, const void *a, const void *b, void *val) {
    if ((m->len + 1) * 2 > m->cap) {
        PtrMap nm = {0};
        nm.cap = m->cap ? m->cap * 2 : 256;
        nm.v = NEWN(MapEnt, nm.cap);
        for (int i = 0; i < m->cap; i++)
            if (m->v[i].k1 || m->v[i].k2) map_put(&nm, m->v[i].k1, m->v[i].k2, m->v[i].val);
        *m = nm;
    }
    unsigned long i = hash2(a, b) & (unsigned long)(m->cap - 1);
    for (;;) {
        MapEnt *e = &m->v[i];
        if (!e->k1 && !e->k2) {
            e->k1 = a;
            e->k2 = b;
            e->val = val;
            m->len++;
            return;
        }
        if (e->k1 == a && e->k2 == b) {
            e->val = val;
            return;
        }
        i = (i + 1) & (unsigned long)(m->cap - 1);
    }
}

static PtrMap names;     /* (IrFunc*, Object*) -> IrName*; (NULL, obj) for globals */
static PtrMap funcs;     /* (Object*, NULL) -> IrFunc* */
static PtrMap litfuncs;  /* (Node* funclit, NULL) -> IrFunc* */
static int glob_closgen;
static Package *cur_pkg;

typedef struct L {
    IrPackage *ip;
    IrFunc *fn;
    int ntemp;
} L;

static IrNode *lower_expr(L *l, Node *n);
static void lower_stmt(L *l, Node *n, IrList *out);
static void lower_block_into(L *l, Node *blk, IrList *out);
static IrNode *lower_call(L *l, Node *n);
static bool stencil_wanted(L *l, Object *o);
static Type *std_generic_sig_in(Object *m, Type *recv);
static bool user_instance(Type *t);
static IrNode *stencil_closure(L *l, Pos pos, Type *ctype, IrFunc *target, Node *ref, Object *m, IrNode *rcvr, Selection *mexpr);
static void stencil_finish(IrFunc *fn, bool glob);

/* ---- names ---- */

static IrName *new_name(const char *name, Pos pos, Type *t, IrClass cls) {
    IrName *nm = NEW(IrName);
    nm->name = name;
    nm->pos = pos;
    nm->type = t;
    nm->cls = cls;
    return nm;
}

static IrName *declare_local(L *l, Object *o, IrClass cls) {
    IrName *nm = new_name(o->name, o->pos, o->type, cls);
    nm->obj = o;
    nm->curfn = l->fn;
    nm->assigned = (o->vflags & VF_ASSIGNED) != 0;
    nm->addrtaken = (o->vflags & VF_ADDRTAKEN) != 0;
    vec_push(&l->fn->dcl, nm);
    map_put(&names, l->fn, o, nm);
    return nm;
}

static IrName *temp(L *l, Type *t, Pos pos) {
    /* gc names temporaries after the number of declarations so far */
    IrName *nm = new_name(arena_printf(".autotmp_%d", l->fn->dcl.len), pos, t, PAUTO);
    l->ntemp++;
    nm->is_temp = true;
    nm->curfn = l->fn;
    vec_push(&l->fn->dcl, nm);
    return nm;
}

/* A temporary of a call gc transforms only in its stenciling pass (a call
 * of a generic function or of a method of a generic type): it has no name
 * and no declaration yet; stencil_temps gives it both once the whole
 * function is lowered. */
static Vec deferred_temps; /* IrName*: made by temp_deferred, not yet named */

static IrName *temp_deferred(L *l, Type *t, Pos pos) {
    IrName *nm = new_name(NULL, pos, t, PAUTO);
    l->ntemp++;
    nm->is_temp = true;
    nm->curfn = l->fn;
    vec_push(&deferred_temps, nm);
    return nm;
}

static IrNode *name_node(IrName *nm, Pos pos) {
    IrNode *n = ir_node(ONAME, pos, nm->type);
    n->nm = nm;
    return n;
}

static const char *recv_base_name(Type *rt, bool *ptr) {
    *ptr = false;
    if (rt && rt->kind == TY_POINTER) {
        *ptr = true;
        rt = rt->elem;
    }
    if (rt && rt->kind == TY_NAMED && rt->obj) {
        if (rt->orig && rt->ntargs && !rt->obj->pkg->is_std) {
            /* a method of an instance of a user generic type: one function
             * per instance, named by its type arguments */
            return arena_printf("%s%s", rt->obj->name, types_targs_string(rt->targs, rt->ntargs));
        }
        return rt->obj->name;
    }
    return "?";
}

/* gc's symbol name of a function or method: "f", "T.m", "(*T).m"; other
 * packages prefixed with the package name ("strings.(*Builder).String"). */
static const char *func_sym_name(Object *o) {
    const char *base;
    if (o->recv_type) {
        bool ptr;
        const char *tn = recv_base_name(o->recv_type, &ptr);
        if (o->plain_inst) tn = arena_printf("%.*s|shaped]", (int)strlen(tn) - 1, tn); /* a symbol of its own */
        base = ptr ? arena_printf("(*%s).%s", tn, o->name) : arena_printf("%s.%s", tn, o->name);
    } else {
        base = o->name;
    }
    if (o->pkg && o->pkg != cur_pkg && o->pkg->name) return arena_printf("%s.%s", o->pkg->name, base);
    return base;
}

IrFunc *ir_func_for_object(Object *o) {
    IrFunc *f = map_get(&funcs, o, NULL);
    if (f) return f;
    f = NEW(IrFunc);
    f->name = func_sym_name(o);
    f->pkgpath = o->pkg ? o->pkg->path : "";
    f->linkname = o->extern_name;
    f->pos = o->pos;
    f->type = o->type;
    f->obj = o;
    f->decl = o->decl;
    f->mname = ir_instance_mname(o); /* shape_dup: set by each call-graph walk (ir_shape_walk_visit) */
    f->nname = new_name(f->name, o->pos, o->type, PFUNC);
    f->nname->func = f;
    f->nname->obj = o;
    map_put(&funcs, o, NULL, f);
    return f;
}

static IrName *global_name(Object *o) {
    IrName *nm = map_get(&names, NULL, o);
    if (nm) return nm;
    nm = new_name(o->name, o->pos, o->type, PEXTERN);
    nm->obj = o;
    map_put(&names, NULL, o, nm);
    return nm;
}

/* The IrName an object denotes inside the current function: its own
 * local, a closure variable (created on first reference, chained to the
 * enclosing function's view of the same variable), or a global. */
static IrName *lookup_in(IrFunc *fn, Object *o) {
    if (o->vkind == VAR_PACKAGE || !fn) return global_name(o);
    IrName *nm = map_get(&names, fn, o);
    if (nm) return nm;
    if (!fn->outer) {
        /* A local the checker knows but that we have not declared yet
         * (should not happen for well-formed input): declare it here. */
        nm = new_name(o->name, o->pos, o->type, PAUTO);
        nm->obj = o;
        nm->curfn = fn;
        vec_push(&fn->dcl, nm);
        map_put(&names, fn, o, nm);
        return nm;
    }
    IrName *outer = lookup_in(fn->outer, o);
    nm = new_name(o->name, outer->pos, o->type, PAUTOHEAP);
    nm->obj = o;
    nm->curfn = fn;
    nm->outer = outer;
    vec_push(&fn->cvars, nm);
    map_put(&names, fn, o, nm);
    return nm;
}

/* ---- type helpers ---- */

static Type *under(Type *t) { return t ? types_underlying(t) : NULL; }
static bool is_iface(Type *t) { return t && types_is_interface(t); }
static bool is_kind(Type *t, TypeKind k) { return t && under(t) && under(t)->kind == k; }

/* gc's Assignop step 2b: a value of an empty interface type meeting an
 * interface type with the identical underlying type (interface{} and a
 * defined `type Value interface{}`) needs no code: OCONVNOP, not
 * OCONVIFACE (-m=2 explains no "interface-converted" flow for it).  A
 * non-empty interface is converted (gc recomputes its itab), and so is a
 * shape-typed value in an instance (the stenciler's OCONVIFACE). */
static bool eface_to_same(Type *src, Type *dst) {
    if (!is_iface(src) || !is_iface(dst) || types_has_shape(src) || types_has_shape(dst)) return false;
    return types_identical(under(src), under(dst)) && ir_empty_iface(src);
}

static IrNode *conv_node(IrOp op, IrNode *x, Type *t, bool implicit, Pos pos) {
    IrNode *c = ir_node(op, pos, t);
    c->x = x;
    if (implicit) c->flags |= IRF_IMPLICIT;
    return c;
}

/* The leftmost token of an expression (assignment targets convert there). */
static Pos leftmost_pos(Node *n) {
    while (n) {
        switch (n->kind) {
        case N_BINARY: case N_SELECTOR: case N_INDEX: case N_SLICE: case N_CALL: case N_TYPEASSERT: case N_KEYVALUE:
            if (!n->x) return n->pos;
            n = n->x;
            continue;
        default:
            return n->pos;
        }
    }
    return (Pos){0, 0, 0};
}

/* gc's irgen keeps a running position (base.Pos) that it moves to every
 * expression node it lowers: pre-order, operands after their node;
 * constants, types, builtins and `_` leave it where it was. Two
 * transformations move it again after the operands: a function call (not
 * a conversion, not a builtin) sets it back to its own '(' before it
 * converts its arguments, and a composite literal restores it on exit to
 * where its elements left it. Struct-literal keys are field names, not
 * expressions. Many implicit conversions (assignments, sends, returns,
 * panic, append, delete, map keys) take the position reached at that
 * moment; irgen_pos computes it over one expression. */
/* In a generic instance the conversions are made later, when gc's
 * stenciler copies the body (subster.node): its running position moves to
 * every copied node that has a position of its own (ir.HasUniquePos: not
 * a name, not a named constant or type), pre-order, and a call (builtins
 * included, not conversions) sets it back to its '(' before converting
 * its arguments.  stencil_pos is set while lowering such a body. */
static bool stencil_pos;
static void irgen_stmt_pos(Node *s, Pos *p);
/* a call gc transforms only in its stenciling pass (generic code) */
static bool ast_gencall(Node *n);
static bool gc_unique_pos(Node *n);


/* irgen leaves make, real, imag, len, cap and append untransformed when
 * an argument's type has type parameters; the stenciler transforms them
 * (and its position returns to the call) */
static bool builtin_delayed(Node *n) {
    Node *fx = types_unparen(n->x);
    if (!fx || !fx->obj || fx->obj->kind != OBJ_BUILTIN) return true;
    switch (fx->obj->bid) {
    case BUILTIN_MAKE: case BUILTIN_REAL: case BUILTIN_IMAG: case BUILTIN_LEN: case BUILTIN_CAP: case BUILTIN_APPEND: break;
    default: return false;
    }
    for (int i = 0; i < n->list.len; i++)
        if (n->list.v[i] && n->list.v[i]->type && types_has_shape(n->list.v[i]->type)) return true;
    return false;
}

static void irgen_pos(Node *n, Pos *p) {
    if (!n) return;
    if (n->kind == N_PAREN) {
        irgen_pos(n->x, p);
        return;
    }
    if (stencil_pos) {
        /* names (variables, functions, named constants and types) have no
         * position of their own; a literal or folded constant has */
        bool name = n->kind == N_IDENT || (n->kind == N_SELECTOR && n->sel == SEL_QUALIFIED);
        if (n->tmode == TM_CONSTANT || n->tmode == TM_NIL) {
            *p = n->pos;
            return;
        }
        if (name) return;
    }
    if (n->tmode == TM_CONSTANT || n->tmode == TM_TYPEXPR || n->tmode == TM_BUILTIN || n->tmode == TM_PACKAGE) return;
    if (n->kind == N_IDENT && n->name.len == 1 && n->name.p[0] == '_') return;
    *p = n->pos;
    switch (n->kind) {
    case N_FUNCLIT:
        /* gc lowers the literal's body right there: the position is where
         * its last statement left it */
        irgen_stmt_pos(n->body, p);
        return;
    case N_SELECTOR: case N_TYPEASSERT: /* y: the selected name / the type */
        if (n->sel != SEL_QUALIFIED) irgen_pos(n->x, p);
        return;
    case N_CALL:
        irgen_pos(n->x, p);
        /* the stenciler's copy of an implicit instantiation F(...) is an
         * OFUNCINST with F's position, which names have not */
        if (stencil_pos && ast_gencall(n)) {
            Node *fx = types_unparen(n->x);
            if (fx && (fx->kind == N_IDENT || (fx->kind == N_SELECTOR && fx->sel == SEL_QUALIFIED))) *p = fx->pos;
        }
        for (int i = 0; i < n->list.len; i++) irgen_pos(n->list.v[i], p);
        /* transformCall moves it back to the call; irgen leaves a call of
         * generic code (OFUNCINST) untransformed */
        if (n->x && n->x->tmode != TM_TYPEXPR && (n->x->tmode != TM_BUILTIN || (stencil_pos && builtin_delayed(n))) &&
            !ast_gencall(n))
            *p = n->pos;
        return;
    case N_COMPOSITELIT: {
        Type *u = under(n->type);
        if (u && u->kind == TY_POINTER) u = under(u->elem);
        bool structlit = u && u->kind == TY_STRUCT;
        for (int i = 0; i < n->list.len; i++) {
            Node *e = n->list.v[i];
            if (stencil_pos) {
                /* the copy also visits what irgen wrapped the elements in:
                 * the key's ':', a struct key's name, a name's own position
                 * (irgen wraps a name used as an element in a node at the use) */
                Node *v = e;
                if (e->kind == N_KEYVALUE) {
                    *p = e->pos;
                    if (structlit && e->x) *p = e->x->pos;
                    else irgen_pos(e->x, p);
                    v = e->y;
                }
                Node *u = types_unparen(v);
                if (u && !gc_unique_pos(u)) *p = u->pos;
                else irgen_pos(v, p);
                continue;
            }
            if (e->kind == N_KEYVALUE) {
                if (!structlit) irgen_pos(e->x, p);
                irgen_pos(e->y, p);
            } else {
                irgen_pos(e, p);
            }
        }
        return;
    }
    default:
        irgen_pos(n->x, p);
        irgen_pos(n->y, p);
        irgen_pos(n->z, p);
        irgen_pos(n->w, p);
        for (int i = 0; i < n->list.len; i++) irgen_pos(n->list.v[i], p);
        return;
    }
}

static void irgen_stmts_pos(NodeList *l, Pos *p) {
    for (int i = 0; l && i < l->len; i++) irgen_stmt_pos(l->v[i], p);
}

/* The running position over a statement of a function literal's body
 * (irgen's stmt): statements themselves do not move it (a variable
 * declaration does, to its first name), their expressions do, an
 * assignment's right side before its left (a := defines names without
 * lowering them).  In an instance's body every copied statement moves it
 * too, and an assignment is copied left side first. */
static void irgen_stmt_pos(Node *s, Pos *p) {
    if (!s) return;
    if (stencil_pos && s->kind != N_BLOCK && s->kind != N_EMPTY) *p = s->pos;
    switch (s->kind) {
    case N_BLOCK: irgen_stmts_pos(&s->list, p); return;
    case N_EXPRSTMT: case N_INCDEC: case N_GO: case N_DEFER: irgen_pos(s->x, p); return;
    case N_SENDSTMT: irgen_pos(s->x, p); irgen_pos(s->y, p); return;
    case N_RETURN: for (int i = 0; i < s->list.len; i++) irgen_pos(s->list.v[i], p); return;
    case N_LABELED: irgen_stmt_pos(s->x, p); return;
    case N_ASSIGN: {
        bool define = s->op == T_DEFINE;
        if (stencil_pos) {
            for (int i = 0; i < s->list.len; i++) irgen_pos(s->list.v[i], p);
            for (int i = 0; i < s->list2.len; i++) irgen_pos(s->list2.v[i], p);
            return;
        }
        for (int i = 0; i < s->list2.len; i++) irgen_pos(s->list2.v[i], p);
        if (!define)
            for (int i = 0; i < s->list.len; i++) irgen_pos(s->list.v[i], p);
        return;
    }
    case N_IF:
        irgen_stmt_pos(s->x, p);
        irgen_pos(s->y, p);
        irgen_stmt_pos(s->body, p);
        irgen_stmt_pos(s->z, p);
        return;
    case N_FOR:
        irgen_stmt_pos(s->x, p);
        irgen_pos(s->y, p);
        irgen_stmt_pos(s->z, p);
        irgen_stmt_pos(s->body, p);
        return;
    case N_RANGE:
        if (s->op != T_DEFINE) {
            irgen_pos(s->x, p);
            irgen_pos(s->y, p);
        }
        irgen_pos(s->z, p);
        irgen_stmt_pos(s->body, p);
        return;
    case N_SWITCH: case N_TYPESWITCH:
        irgen_stmt_pos(s->x, p);
        irgen_pos(s->kind == N_TYPESWITCH && s->y ? s->y->x : s->y, p);
        for (int i = 0; i < s->list.len; i++) {
            Node *c = s->list.v[i];
            if (s->kind == N_SWITCH)
                for (int k = 0; k < c->list.len; k++) irgen_pos(c->list.v[k], p);
            irgen_stmts_pos(&c->list2, p);
        }
        return;
    case N_SELECT:
        for (int i = 0; i < s->list.len; i++) {
            irgen_stmt_pos(s->list.v[i]->x, p);
            irgen_stmts_pos(&s->list.v[i]->list2, p);
        }
        return;
    case N_DECLSTMT: {
        Node *d = s->x;
        if (!d || d->op != T_VAR) return;
        for (int i = 0; i < d->list.len; i++) {
            Node *spec = d->list.v[i];
            if (spec->list.len) *p = spec->list.v[0]->pos;
            for (int k = 0; k < spec->list2.len; k++) irgen_pos(spec->list2.v[k], p);
        }
        return;
    }
    default:
        return;
    }
}

/* The running position after lowering the expressions of list, in order,
 * starting from start. */
static Pos irgen_pos_list(NodeList *list, Pos start) {
    for (int i = 0; list && i < list->len; i++) irgen_pos(list->v[i], &start);
    return start;
}

/* Where an assignment's conversions go: irgen lowers the right side, then
 * the left (a := definition's names are not lowered); the stenciler
 * copies the left side, then the right. */
static Pos assign_pos(Node *n, Pos pos, bool define) {
    if (stencil_pos) return irgen_pos_list(&n->list2, irgen_pos_list(&n->list, pos));
    Pos at = irgen_pos_list(&n->list2, pos);
    return define ? at : irgen_pos_list(&n->list, at);
}

/* gc's ir.HasUniquePos as seen from the source: after lowering, a name
 * (variable or function, local or package-qualified) is an ONAME shared by
 * all its uses and carries no position of its own, so positioning code
 * (typecheckaste's SetPos) skips it; every other node has its own.  A
 * name denoting an instance of a generic function (F[int], or F inferred
 * from its use as a value) is irgen's OFUNCINST, made at the name. */
static bool gc_unique_pos(Node *n) {
    n = types_unparen(n);
    if (n->tmode == TM_CONSTANT || n->tmode == TM_NIL) return true;
    if (n->kind != N_IDENT && !(n->kind == N_SELECTOR && n->sel == SEL_QUALIFIED)) return true;
    if (n->obj && n->obj->kind == OBJ_FUNC && n->obj->generic) return true;
    return !(n->obj && (n->obj->kind == OBJ_VAR || n->obj->kind == OBJ_FUNC));
}

static Pos conv_pos; /* position for the next implicit conversion (0: the value's own) */

/* gc's assignconv: make the conversion of an assignment explicit. */
static IrNode *assignconv(IrNode *n, Type *dst) {
    if (!n || !dst || !n->type) return n;
    if (n->op == ONIL || (n->type->kind == TY_UNTYPED_NIL)) {
        n->type = dst;
        if (n->op != ONIL) n->op = ONIL;
        return n;
    }
    if (n->type == dst) return n;
    Pos at = conv_pos.line ? conv_pos : n->pos;
    if (types_identical(n->type, dst)) {
        /* gc's Assignop: a type argument's shape is identical to the type
         * it stands for but not the same type; between interfaces that is
         * an OCONVIFACE (W = io.Writer: `x = w` is x = io.Writer(w), an
         * "interface-converted" flow, one more to the inline cost) */
        if (is_iface(dst) && n->type->shape_index != dst->shape_index) return conv_node(OCONVIFACE, n, dst, true, at);
        return n;
    }
    if (n->type->kind == TY_TUPLE) return n;
    if (is_iface(dst) && !eface_to_same(n->type, dst)) return conv_node(OCONVIFACE, n, dst, true, at);
    if (types_is_untyped(n->type)) {
        n->type = dst;
        return n;
    }
    return conv_node(OCONVNOP, n, dst, true, at);
}

/* gc's transformCompare: == and != between operands of different types,
 * one assignable to the other, both interfaces or both not (an interface
 * against a concrete value is converted later, by walk, unless the value
 * is 64 KiB or more: `any(*b) == x`): the left operand
 * is converted to the right's type, else the right to the left's, by an
 * explicit conversion -m prints (`Value(e) == v`, `(interface {})(a) ==
 * b`).  Instances' shaped operands are the stenciler's business (above). */
static void cmp_conv(IrNode **x, IrNode **y, Pos pos) {
    Type *lt = (*x)->type, *rt = (*y)->type;
    if (!lt || !rt || types_is_untyped(lt) || types_is_untyped(rt) || types_identical(lt, rt)) return;
    if (lt->kind == TY_TUPLE || rt->kind == TY_TUPLE) return;
    /* (a shaped interface, Bar[go.shape.int_0], is converted like any) */
    if ((types_has_shape(lt) && !is_iface(lt)) || (types_has_shape(rt) && !is_iface(rt))) return;
    IrNode **side = NULL;
    Type *to = NULL;
    if (types_assignable(lt, rt)) side = x, to = rt;
    else if (types_assignable(rt, lt)) side = y, to = lt;
    if (!side) return;
    /* a concrete operand against an interface: only a huge one (64 KiB
     * or more, which the conversion copies) */
    if (is_iface(lt) != is_iface(rt)) {
        if (types_sizeof((*side)->type) < (1 << 16)) return;
        /* gc's noder is at the right operand's last leaf by then (*b: b) */
        IrNode *r = *y;
        while (r && r->x && (r->op == ODEREF || r->op == OADDR || r->op == OUNARY || (r->op == OBINARY && r->y)))
            r = r->op == OBINARY ? r->y : r->x;
        pos = r ? r->pos : (*y)->pos;
    }
    IrOp op = is_iface(to) && !eface_to_same((*side)->type, to) ? OCONVIFACE : OCONVNOP;
    *side = conv_node(op, *side, to, false, pos);
}

static IrNode *assignconv_at(IrNode *n, Type *dst, Pos at) {
    Pos saved = conv_pos;
    conv_pos = at;
    IrNode *r = assignconv(n, dst);
    conv_pos = saved;
    return r;
}

static IrNode *typenode(Type *t, Pos pos) { return ir_node(OTYPE, pos, t); }

static IrNode *literal(Node *src, Type *t, Const *c, Pos pos) {
    IrNode *n = ir_node(OLITERAL, pos, t);
    n->cval = c;
    n->src = src;
    return n;
}

/* Whether a constant expression is untyped as written: literals, untyped
 * named constants, and operators over them. */
static bool untyped_const_ast(Node *n) {
    if (!n) return false;
    switch (n->kind) {
    case N_BASICLIT: return true;
    case N_PAREN: case N_UNARY: return untyped_const_ast(n->x);
    case N_BINARY: return untyped_const_ast(n->x) && untyped_const_ast(n->y);
    case N_IDENT:
        return n->obj && n->obj->kind == OBJ_CONST && n->obj->type && n->obj->type->kind >= TY_UNTYPED_BOOL &&
               n->obj->type->kind <= TY_UNTYPED_NIL;
    default: return false;
    }
}

/* gc gives an untyped constant shift count the type uint (typecheck's
 * tcShift), which an inlined body's printed flows show: v >> uint(24). */
static IrNode *shift_count(int tok, Node *src, IrNode *y) {
    if ((tok == T_SHL || tok == T_SHR) && y && y->op == OLITERAL && y->type != types_typ[TY_UINT] &&
        untyped_const_ast(src))
        y->type = types_typ[TY_UINT];
    return y;
}

/* ---- selectors ---- */

/* Follows the embedded-field part of a selection path (index[0..upto-1])
 * from x, inserting implicit ODOT/ODOTPTR. */
static IrNode *walk_path(IrNode *x, Selection *s, int upto, Pos pos) {
    for (int i = 0; i < upto; i++) {
        Type *t = x->type;
        Type *st = under(t);
        IrOp op = ODOT;
        if (st && st->kind == TY_POINTER) {
            op = ODOTPTR;
            st = under(st->elem);
        }
        if (!st || st->kind != TY_STRUCT || s->index[i] >= st->nfields) return x;
        Object *f = st->fields[s->index[i]];
        IrNode *d = ir_node(op, pos, f->type);
        d->x = x;
        d->obj = f;
        d->field = s->index[i];
        d->name = str_from(f->name);
        d->flags |= IRF_IMPLICIT;
        x = d;
    }
    return x;
}

static IrNode *field_select(IrNode *x, Selection *s, Pos pos) {
    x = walk_path(x, s, s->nindex - 1, pos);
    IrNode *d = walk_path(x, s, 0, pos);
    Type *st = under(d->type);
    IrOp op = ODOT;
    if (st && st->kind == TY_POINTER) {
        op = ODOTPTR;
        st = under(st->elem);
    }
    int fi = s->index[s->nindex - 1];
    Object *f = (st && st->kind == TY_STRUCT && fi < st->nfields) ? st->fields[fi] : s->obj;
    IrNode *n = ir_node(op, pos, f ? f->type : NULL);
    n->x = d;
    n->obj = f;
    n->field = fi;
    n->name = str_from(f ? f->name : "?");
    return n;
}


/* A callee's type as the function being lowered sees it: an instance's
 * signature carries its body's shape marks, which callers outside
 * instances do not see. */
static Type *caller_view(L *l, Type *t) {
    return t && types_has_shape(t) && !ir_in_instance(l->fn) ? types_unshape(t) : t;
}

static bool gc_funcinst(Object *o);

static bool ast_gencall(Node *n) {
    if (!n || n->kind != N_CALL || n->sel == CALL_CONVERSION || n->sel == CALL_BUILTIN) return false;
    Node *fx = types_unparen(n->x);
    if (fx && fx->kind == N_INDEX) fx = types_unparen(fx->x); /* explicit instantiation F[int] */
    if (!fx) return false;
    if (fx->kind == N_SELECTOR && fx->sel == SEL_METHOD && fx->tinfo) {
        Object *m = ((Selection *)fx->tinfo)->obj;
        /* in an instance, a receiver typed with the type parameters
         * (List[T]) is an ordinary method call of the copy */
        if (stencil_pos && fx->x && types_has_shape(fx->x->type)) return false;
        return gc_funcinst(m);
    }
    return (fx->kind == N_IDENT || (fx->kind == N_SELECTOR && fx->sel == SEL_QUALIFIED)) && gc_funcinst(fx->obj);
}

/* o is what gc calls through an OFUNCINST: an instance of a generic
 * function, or a method of an instance of a generic type (user or
 * standard: atomic.Pointer[T]). */
static bool gc_funcinst(Object *o) {
    if (!o || o->kind != OBJ_FUNC) return false;
    if (o->generic) return true;
    Type *rt = o->recv_type;
    if (rt && rt->kind == TY_POINTER) rt = rt->elem;
    return rt && rt->kind == TY_NAMED && rt->orig && rt->ntargs > 0;
}

/* The position gc's stenciler is at after substituting expression n:
 * it enters the nodes in preorder and each one with a position of its own
 * (not a name, nor a named constant or type) becomes the current position;
 * nodes made by later transformations (IRF_IMPLICIT) are never entered. */
static void last_entered_pos(IrNode *n, Pos *at) {
    if (!n) return;
    bool own = !(n->flags & IRF_IMPLICIT) && n->pos.file && n->op != ONAME && n->op != OTYPE &&
               !((n->op == OLITERAL || n->op == ONIL) && n->obj);
    if (own) *at = n->pos;
    last_entered_pos(n->x, at);
    last_entered_pos(n->y, at);
    for (int i = 0; i < n->list.len; i++) last_entered_pos(n->list.v[i], at);
}

/* Receiver for a method selection: path, then & or * as the method needs. */
static IrNode *method_recv(L *l, Node *sel, Selection *s) {
    IrNode *x = lower_expr(l, sel->x);
    /* the implicit & or * of a receiver whose type mentions the type
     * parameters: in the generic body gc leaves the selection for the
     * stenciler, whose Lookdot makes them at its current position, the
     * last one it entered in the receiver (b.p in b.p.Store(v)); otherwise
     * at the selector */
    Pos implicit_at = sel->pos;
    if (ir_in_instance(l->fn) && x && types_has_shape(x->type)) last_entered_pos(x, &implicit_at);
    x = walk_path(x, s, s->nindex - 1, sel->pos);
    Object *m = s->obj;
    Type *mrecv = m && m->recv_type ? m->recv_type : NULL;
    if (m && m->type && m->type->recv) mrecv = m->type->recv->type;
    mrecv = caller_view(l, mrecv);
    /* an instance's method object carries shape marks even when the
     * receiver is a plain instance (Box[int] inside another instance): the
     * adjusted receiver has the plain type, as in gc */
    if (mrecv && types_has_shape(mrecv) && x && x->type && !types_has_shape(x->type)) mrecv = types_unshape(mrecv);
    /* the other way round: a standard generic type's method (atomic.Pointer)
     * is the plain instance's, but gc's implicit & of a shaped receiver
     * has the shaped pointer type (a derived type of the dictionary) */
    if (mrecv && is_kind(mrecv, TY_POINTER) && !types_has_shape(mrecv) && x && x->type && types_has_shape(x->type) &&
        types_identical(under(mrecv)->elem, types_unshape(x->type)))
        mrecv = types_new_pointer(x->type);
    if (s->addr || (mrecv && is_kind(mrecv, TY_POINTER) && !is_kind(x->type, TY_POINTER))) {
        IrNode *a = ir_node(OADDR, implicit_at, mrecv ? mrecv : types_new_pointer(x->type));
        a->x = x;
        a->flags |= IRF_IMPLICIT;
        if (x->op == ONAME && x->nm) x->nm->addrtaken = true;
        x = a;
    } else if (s->deref || (mrecv && !is_kind(mrecv, TY_POINTER) && is_kind(x->type, TY_POINTER) &&
                            !is_iface(mrecv))) {
        Type *et = under(x->type)->elem;
        IrNode *d = ir_node(ODEREF, implicit_at, et); /* gc: at the selector */
        d->x = x;
        d->flags |= IRF_IMPLICIT;
        x = d;
    }
    return x;
}

/* Type of a method expression T.m: the method's signature with the
 * receiver as the first parameter. */
static Type *methexpr_type(Object *m, Type *recvt) {
    Type *sig = m->type;
    if (!sig) return NULL;
    int np = sig->params ? sig->params->nfields : 0;
    Object **ps = NEWN(Object *, np + 1);
    Object *rv = sig->recv;
    if (!rv || (recvt && !types_identical(rv->type, recvt))) {
        rv = types_new_object(OBJ_VAR, "", recvt ? recvt : (rv ? rv->type : NULL), m->pos, m->pkg);
        rv->vkind = VAR_PARAM;
    }
    ps[0] = rv;
    for (int i = 0; i < np; i++) ps[i + 1] = sig->params->fields[i];
    return types_new_func(NULL, types_new_tuple(ps, np + 1), sig->results, sig->variadic);
}

static IrNode *methexpr_node(Object *m, Type *recvt, Pos pos) {
    IrNode *n = ir_node(OMETHEXPR, pos, methexpr_type(m, recvt));
    n->fn = ir_func_for_object(m);
    n->x = typenode(recvt, pos);
    n->name = str_from(m->name);
    n->obj = m;
    return n;
}

/* In an instance, for a value of type t that stands for one of its type
 * parameters: that parameter's constraint (gc's stenciler takes bound
 * method values through it), else NULL.  A constraint that mentions type
 * parameters (P interface{ *T; Name() string }) is gc's shapeToBound, the
 * constraint over the instance's shapes, an interface of its methods only
 * (interface { Get() go.shape.int_0 }), a named one its instance
 * (Getter[go.shape.int_0]); with !shaped, NULL for it (asserting an
 * interface type argument to such a bound is an ODYNAMICDOTTYPE). */
static Type *tparam_bound(L *l, Type *t, bool shaped) {
    if (!t || !t->shape_index || !t->shape_tparam || t->shape_tparam->kind != TY_TYPEPARAM || !ir_in_instance(l->fn))
        return NULL;
    Type *b = t->shape_tparam->bound;
    if (!b || !types_is_interface(b)) return NULL;
    if (!types_mentions_tparams(b)) return b;
    if (!shaped) return NULL;
    Type *sb = ir_instance_bound(l->fn, t->shape_index - 1);
    return b->kind == TY_NAMED ? sb : ir_bound_methods(sb);
}

static IrNode *lower_selector(L *l, Node *n) {
    Selection *s = (Selection *)n->tinfo;
    switch (n->sel) {
    case SEL_QUALIFIED: {
        Object *o = n->obj;
        if (!o) return ir_node(OXXX, n->pos, n->type);
        if (o->kind == OBJ_VAR) return name_node(global_name(o), n->pos);
        if (o->kind == OBJ_FUNC) return name_node(ir_func_for_object(o)->nname, n->pos);
        if (o->kind == OBJ_CONST) return literal(n, n->type, n->cval ? n->cval : o->val, n->pos);
        return typenode(n->type, n->pos);
    }
    case SEL_FIELD:
        if (!s) break;
        return field_select(lower_expr(l, n->x), s, n->pos);
    case SEL_METHODEXPR:
        if (!s) break;
        if (stencil_wanted(l, s->obj) && user_instance(s->recv))
            return stencil_closure(l, n->pos, caller_view(l, n->type), NULL, NULL, s->obj, NULL, s);
        return methexpr_node(s->obj, s->recv, n->pos);
    case SEL_METHOD: {
        if (!s) break;
        {
            /* a method value of a type parameter's value whose type
             * argument is not an interface: gc's stenciler converts the
             * value to the constraint through the dictionary's itab and
             * takes the interface's method value, `(<node EFACE>).Name`
             * (an interface's method value: the receiver escapes) */
            Type *xt = n->x ? n->x->type : NULL;
            Type *b = xt && !types_is_interface(xt) ? tparam_bound(l, xt, true) : NULL;
            Object *im = NULL;
            if (b) {
                int nm = 0;
                Object **ms = types_iface_methods(types_underlying(b), &nm);
                for (int i = 0; i < nm && !im; i++)
                    if (!strcmp(ms[i]->name, s->obj->name)) im = ms[i];
            }
            if (im) {
                IrNode *x = lower_expr(l, n->x);
                IrNode *mv = ir_node(OMETHVALUE, n->pos, n->type);
                mv->x = conv_node(OCONVIFACE, x, b, true, n->pos);
                mv->obj = im;
                mv->name = n->name;
                return mv;
            }
        }
        IrNode *r = method_recv(l, n, s);
        if (stencil_wanted(l, s->obj)) {
            /* in an instance, bound to a shaped receiver: the closure has
             * the shaped signature (func(go.shape.int_0)) */
            Type *ct = caller_view(l, n->type);
            Type *sg = ir_in_instance(l->fn) && r && r->type ? types_method_sig_in(s->obj, r->type) : NULL;
            if (ir_in_instance(l->fn) && !s->obj->generic && r && r->type) sg = std_generic_sig_in(s->obj, r->type);
            if (sg && sg != s->obj->type && sg->kind == TY_FUNC) ct = types_new_func(NULL, sg->params, sg->results, sg->variadic);
            return stencil_closure(l, n->pos, ct, NULL, NULL, s->obj, r, NULL);
        }
        IrNode *mv = ir_node(OMETHVALUE, n->pos, n->type);
        mv->x = r;
        mv->fn = ir_func_for_object(s->obj);
        mv->obj = s->obj;
        mv->name = n->name;
        return mv;
    }
    case SEL_IFACEMETHOD: {
        if (!s) break;
        IrNode *x = walk_path(lower_expr(l, n->x), s, s->nindex - 1, n->pos);
        /* a method value of a type parameter's value whose type argument
         * is an interface: gc's stenciler asserts it to the constraint
         * (assertToBound), `f := x.(Named).Name` (a bound with shapes
         * would be an ODYNAMICDOTTYPE: left as it is) */
        Type *b = x ? tparam_bound(l, x->type, false) : NULL;
        if (b) {
            IrNode *a = ir_node(ODOTTYPE, n->pos, b);
            a->x = x;
            x = a;
        }
        IrNode *mv = ir_node(OMETHVALUE, n->pos, n->type);
        mv->x = x;
        mv->obj = s->obj;
        mv->name = n->name;
        return mv;
    }
    default:
        break;
    }
    return ir_node(OXXX, n->pos, n->type);
}

/* ---- calls ---- */

/* Multi-value call used as the argument list or return list: assign its
 * results to temporaries (OAS2FUNC in *init) and return them. */
static void spread_tuple(L *l, IrNode *call, IrList *init, IrList *out, bool deferred) {
    Type *tup = call->type;
    int n = types_tuple_len(tup);
    IrNode *as = ir_node(OAS2FUNC, call->pos, NULL);
    as->y = call;
    as->flags |= IRF_IMPLICIT; /* f(g()) rewritten: -m prints the call as written (gc's Orig) */
    for (int i = 0; i < n; i++) {
        Type *tt = types_tuple_at(tup, i);
        IrName *t = deferred ? temp_deferred(l, tt, call->pos) : temp(l, tt, call->pos);
        ir_list_push(&as->list, name_node(t, call->pos));
        ir_list_push(out, name_node(t, call->pos));
    }
    ir_list_push(init, as);
}

static IrNode *noncall_temp(L *l, IrNode *call, IrNode *x, bool deferred);

/* How gc's transformCall treats a call: when it runs (irgen, or the
 * stenciling pass for calls of generic code, see stencil_temps) decides
 * when its temporaries are numbered. */
typedef struct CallTemps {
    IrNode **callee;   /* the callee or receiver RewriteNonNameCall may move to a temporary (NULL: none) */
    bool defer_callee; /* that temporary is made by the stenciling pass */
    bool defer_spread; /* so are the temporaries of f(g()) */
} CallTemps;

/* Arguments of a call to a function of signature sig, with conversions,
 * variadic packing and tuple spreading; sets IRF_DDD on the call.  gc
 * transforms a call after lowering its operands: the callee's temporary
 * (RewriteNonNameCall), then those of a multi-value argument. */
static void lower_args(L *l, Node *n, Type *sig, IrNode *call, CallTemps ct) {
    IrList raw = {0};
    if (n->list.len == 1 && n->list.v[0]->type && n->list.v[0]->type->kind == TY_TUPLE) {
        IrNode *c = lower_expr(l, n->list.v[0]);
        if (ct.callee) *ct.callee = noncall_temp(l, call, *ct.callee, ct.defer_callee);
        spread_tuple(l, c, &call->init, &raw, ct.defer_spread);
    } else {
        for (int i = 0; i < n->list.len; i++) ir_list_push(&raw, lower_expr(l, n->list.v[i]));
        if (ct.callee) *ct.callee = noncall_temp(l, call, *ct.callee, ct.defer_callee);
    }
    int np = sig && sig->params ? sig->params->nfields : 0;
    bool variadic = sig && sig->variadic;
    bool dots = (n->flags & NF_DOTS) != 0;
    int nfixed = variadic ? np - 1 : np;
    /* gc converts arguments at its running position: the call's '(',
     * moved to each argument that has a position of its own (not a name) */
    Pos at = n->pos;
    for (int i = 0; i < raw.len && (i < nfixed || !variadic || dots); i++) {
        Type *pt = i < np ? sig->params->fields[i]->type : NULL;
        if (raw.len == n->list.len && gc_unique_pos(n->list.v[i])) at = types_unparen(n->list.v[i])->pos;
        /* a constant the instance's checker typed with a shape-marked
         * parameter type that the callee, seen from here, does not have */
        if (raw.v[i]->op == OLITERAL && pt && !types_has_shape(pt) && types_has_shape(raw.v[i]->type))
            raw.v[i]->type = pt;
        ir_list_push(&call->list, assignconv_at(raw.v[i], pt, at));
    }
    if (variadic) {
        call->flags |= IRF_DDD;
        if (!dots) {
            Type *st = sig->params->fields[np - 1]->type;
            Type *et = under(st) ? under(st)->elem : NULL;
            int extra = raw.len - nfixed;
            if (extra <= 0) {
                IrNode *nil = ir_node(ONIL, call->pos, st);
                nil->flags |= IRF_IMPLICIT; /* no variadic arguments */
                ir_list_push(&call->list, nil);
            } else {
                IrNode *sl = ir_node(OSLICELIT, call->pos, st);
                sl->flags |= IRF_IMPLICIT;
                for (int i = nfixed; i < raw.len; i++) {
                    if (raw.len == n->list.len && gc_unique_pos(n->list.v[i]))
                        at = types_unparen(n->list.v[i])->pos;
                    ir_list_push(&sl->list, assignconv_at(raw.v[i], et, at));
                }
                sl->len = extra;
                ir_list_push(&call->list, sl);
            }
        }
    }
}

/* A make size as gc's checkmake leaves it: a constant of any integer
 * type stays a constant (typed as int here), so `make([]T, maxHash)` with
 * `maxHash Hash` has a constant size; other sizes convert to int. */
static IrNode *make_size(IrNode *x) {
    if (x && x->op == OLITERAL) {
        x->type = types_typ[TY_INT];
        return x;
    }
    return assignconv(x, types_typ[TY_INT]);
}

static IrNode *lower_builtin(L *l, Node *n) {
    Object *b = n->obj;
    Pos pos = n->pos;
    Node *a0 = n->list.len > 0 ? n->list.v[0] : NULL;
    Node *a1 = n->list.len > 1 ? n->list.v[1] : NULL;
    IrNode *r;
    int bid = b ? (int)b->bid : BUILTIN_NUM;
    if (n->list.len == 1 && a0 && a0->type && a0->type->kind == TY_TUPLE &&
        (bid == BUILTIN_COPY || bid == BUILTIN_DELETE || bid == BUILTIN_COMPLEX || bid == BUILTIN_APPEND ||
         bid == BUILTIN_PRINT || bid == BUILTIN_PRINTLN)) {
        /* copy(f()), delete(h(m)), complex(g()), append(f()): one call
         * yields every argument; its results go to temporaries first, as
         * gc's RewriteMultiValueCall (B49) */
        IrList v = {0}, init = {0};
        spread_tuple(l, lower_expr(l, a0), &init, &v, false);
        if (v.len < 2) return lower_expr(l, a0);
        if (bid == BUILTIN_PRINT || bid == BUILTIN_PRINTLN) {
            r = ir_node(bid == BUILTIN_PRINT ? OPRINT : OPRINTN, pos, NULL);
            r->list = v;
        } else if (bid == BUILTIN_COPY || bid == BUILTIN_COMPLEX) {
            r = ir_node(bid == BUILTIN_COPY ? OCOPY : OCOMPLEX, pos, n->type);
            r->x = v.v[0];
            r->y = v.v[1];
        } else if (bid == BUILTIN_DELETE) {
            r = ir_node(ODELETE, pos, NULL);
            ir_list_push(&r->list, v.v[0]);
            Type *mt = under(v.v[0]->type);
            ir_list_push(&r->list, assignconv_at(v.v[1], mt ? mt->key : NULL, a0->pos));
        } else {
            r = ir_node(OAPPEND, pos, n->type);
            ir_list_push(&r->list, v.v[0]);
            Type *et = under(n->type) ? under(n->type)->elem : NULL;
            Pos at = a0->pos;
            for (int i = 1; i < v.len; i++) {
                /* stenciled: at the call's '(', moved to each argument
                 * with a position of its own */
                if (stencil_pos) at = i == 1 ? n->pos : at;
                if (stencil_pos && v.len == n->list.len && gc_unique_pos(n->list.v[i])) at = types_unparen(n->list.v[i])->pos;
                ir_list_push(&r->list, assignconv_at(v.v[i], et, at));
            }
        }
        r->init = init;
        return r;
    }
    switch (bid) {
    case BUILTIN_APPEND: {
        r = ir_node(OAPPEND, pos, n->type);
        IrNode *s = lower_expr(l, a0);
        ir_list_push(&r->list, s);
        Type *et = under(n->type) ? under(n->type)->elem : NULL;
        if (n->flags & NF_DOTS) {
            r->flags |= IRF_DDD;
            if (a1) ir_list_push(&r->list, lower_expr(l, a1));
        } else {
            /* gc converts every argument after lowering them all: at the
             * running position where the last argument left it (irgen_pos) */
            Pos at = pos;
            for (int i = 0; i < n->list.len; i++) irgen_pos(n->list.v[i], &at);
            for (int i = 1; i < n->list.len; i++)
                ir_list_push(&r->list, assignconv_at(lower_expr(l, n->list.v[i]), et, at));
        }
        return r;
    }
    case BUILTIN_COPY:
        r = ir_node(OCOPY, pos, n->type);
        r->x = lower_expr(l, a0);
        r->y = lower_expr(l, a1);
        return r;
    case BUILTIN_LEN: case BUILTIN_CAP: case BUILTIN_CLOSE: case BUILTIN_REAL: case BUILTIN_IMAG: {
        IrOp op = b->bid == BUILTIN_LEN ? OLEN : b->bid == BUILTIN_CAP ? OCAP : b->bid == BUILTIN_CLOSE ? OCLOSE
                : b->bid == BUILTIN_REAL ? OREAL : OIMAG;
        r = ir_node(op, pos, n->type);
        r->x = lower_expr(l, a0);
        if ((op == OLEN || op == OCAP) && r->x && is_kind(r->x->type, TY_POINTER)) {
            IrNode *d = ir_node(ODEREF, r->x->pos, under(r->x->type)->elem);
            d->x = r->x;
            d->flags |= IRF_IMPLICIT;
            r->x = d;
        }
        return r;
    }
    case BUILTIN_COMPLEX:
        r = ir_node(OCOMPLEX, pos, n->type);
        r->x = lower_expr(l, a0);
        r->y = lower_expr(l, a1);
        return r;
    case BUILTIN_DELETE: {
        r = ir_node(ODELETE, pos, NULL);
        IrNode *m = lower_expr(l, a0);
        ir_list_push(&r->list, m);
        Type *mt = under(m->type);
        ir_list_push(&r->list, assignconv_at(lower_expr(l, a1), mt ? mt->key : NULL, irgen_pos_list(&n->list, pos)));
        return r;
    }
    case BUILTIN_PANIC:
        r = ir_node(OPANIC, pos, NULL);
        /* converted where lowering the argument left gc's running position */
        Pos at = irgen_pos_list(&n->list, pos);
        r->x = assignconv_at(lower_expr(l, a0), types_empty_iface, at);
        return r;
    case BUILTIN_RECOVER:
        return ir_node(ORECOVER, pos, types_empty_iface);
    case BUILTIN_PRINT: case BUILTIN_PRINTLN:
        r = ir_node(b->bid == BUILTIN_PRINT ? OPRINT : OPRINTN, pos, NULL);
        for (int i = 0; i < n->list.len; i++) ir_list_push(&r->list, lower_expr(l, n->list.v[i]));
        return r;
    case BUILTIN_NEW:
        r = ir_node(ONEW, pos, n->type);
        r->x = typenode(n->type ? under(n->type)->elem : NULL, a0 ? a0->pos : pos);
        return r;
    case BUILTIN_MAKE: {
        Type *t = a0 ? a0->type : n->type;
        Type *u = under(t);
        IrOp op = u && u->kind == TY_MAP ? OMAKEMAP : u && u->kind == TY_CHAN ? OMAKECHAN : OMAKESLICE;
        r = ir_node(op, pos, t);
        if (a1) r->x = make_size(lower_expr(l, a1));
        if (n->list.len > 2) r->y = make_size(lower_expr(l, n->list.v[2]));
        return r;
    }
    case BUILTIN_ADD:
        r = ir_node(OUNSAFEADD, pos, n->type);
        r->x = lower_expr(l, a0);
        r->y = lower_expr(l, a1);
        return r;
    case BUILTIN_SLICE:
        r = ir_node(OUNSAFESLICE, pos, n->type);
        r->x = lower_expr(l, a0);
        r->y = lower_expr(l, a1);
        return r;
    default:
        /* Sizeof & co are constants (handled by lower_expr). */
        return literal(n, n->type, n->cval, pos);
    }
}

/* gc's types.SimType on a 64-bit target: int is int64, uint and uintptr
 * are uint64; a numeric conversion between kinds with the same SimType is
 * an OCONVNOP (it costs nothing to the inliner). */
static TypeKind sim_kind(TypeKind k) {
    switch (k) {
    case TY_INT: return TY_INT64;
    case TY_UINT: case TY_UINTPTR: return TY_UINT64;
    default: return k;
    }
}

static IrNode *lower_conversion(L *l, Node *n) {
    Type *t = n->type;
    Node *a = n->list.len ? n->list.v[0] : NULL;
    IrNode *x = lower_expr(l, a);
    Pos pos = n->pos;
    if (!x || !x->type) return x;
    if (x->op == ONIL || x->type->kind == TY_UNTYPED_NIL) {
        x->type = t;
        x->op = ONIL;
        return conv_node(OCONVNOP, x, t, false, pos);
    }
    Type *tu = under(t), *xu = under(x->type);
    if (is_iface(t)) {
        if (types_identical(x->type, t) || eface_to_same(x->type, t)) return conv_node(OCONVNOP, x, t, false, pos);
        return conv_node(OCONVIFACE, x, t, false, pos);
    }
    if (tu && xu) {
        bool xs = types_is_string(x->type), ts = types_is_string(t);
        if (xs && tu->kind == TY_SLICE && x->op == OLITERAL && x->cval && x->cval->kind == CK_STRING &&
            under(tu->elem) && under(tu->elem)->kind == TY_INT32) {
            /* gc's typecheck turns []rune("const") into a slice literal of
             * index: value pairs (the inliner counts both) */
            IrNode *sl = ir_node(OSLICELIT, pos, t);
            Str str = x->cval->s;
            int i = 0;
            while (i < str.len) {
                int32_t r;
                int k = utf8_decode((const unsigned char *)str.p + i, str.len - i, &r); /* invalid: U+FFFD, 1 byte */
                IrNode *kv = ir_node(OKEY, pos, NULL);
                kv->x = literal(NULL, types_typ[TY_INT], const_int64(sl->list.len), pos);
                kv->y = literal(NULL, tu->elem, const_int64(r), pos);
                ir_list_push(&sl->list, kv);
                i += k;
            }
            sl->len = sl->list.len;
            return sl;
        }
        if (xs && tu->kind == TY_SLICE) {
            TypeKind ek = under(tu->elem) ? under(tu->elem)->kind : TY_INVALID;
            return conv_node(ek == TY_INT32 ? OSTR2RUNES : OSTR2BYTES, x, t, false, pos);
        }
        if (ts && xu->kind == TY_SLICE) {
            TypeKind ek = under(xu->elem) ? under(xu->elem)->kind : TY_INVALID;
            return conv_node(ek == TY_INT32 ? ORUNES2STR : OBYTES2STR, x, t, false, pos);
        }
        if (ts && types_is_integer(x->type)) return conv_node(ORUNESTR, x, t, false, pos);
        if (xu->kind == TY_SLICE && tu->kind == TY_POINTER) return conv_node(OSLICE2ARRPTR, x, t, false, pos);
        if (types_identical_ignore_tags(tu, xu)) return conv_node(OCONVNOP, x, t, false, pos);
        if ((tu->kind == TY_UNSAFEPTR && (xu->kind == TY_POINTER || xu->kind == TY_UINTPTR)) ||
            (xu->kind == TY_UNSAFEPTR && (tu->kind == TY_POINTER || tu->kind == TY_UINTPTR)))
            return conv_node(OCONVNOP, x, t, false, pos);
        if (tu->kind == TY_POINTER && xu->kind == TY_POINTER) return conv_node(OCONVNOP, x, t, false, pos);
        if (tu->kind == TY_CHAN && xu->kind == TY_CHAN) return conv_node(OCONVNOP, x, t, false, pos);
        if (tu->kind < TY_NUM_BASIC && xu->kind < TY_NUM_BASIC && sim_kind(tu->kind) == sim_kind(xu->kind))
            return conv_node(OCONVNOP, x, t, false, pos);
    }
    return conv_node(OCONV, x, t, false, pos);
}

/* ---- gc's closures for instances used as values ---- */

/* gc's stenciler (noder/stencil.go, buildClosure) never lets an instance
 * of a generic function or a method of an instance of a generic type be
 * used as a value: `Greater[float64]`, `acc.Add`, `(*Acc[int]).Add`, and
 * a method expression even when called (`Box[int].Get(b)`), each become a
 * closure of the function they occur in that calls the shaped function
 * directly:
 *     func(a0 T0, a1 T1) (r0 R0) { return F[shape](dict, a0, a1) }
 * A method value's receiver is evaluated first into .rcvrN, a local of
 * the enclosing function the closure captures; a method expression's
 * receiver is the first parameter, followed through its embedded fields
 * and dereferenced for a value method reached through a pointer.  The
 * closure is a wrapper (escape analysis reports nothing about it) that
 * the inliner handles like any function literal ("can inline main.func5",
 * "inlining call to main.func5").
 *
 * gc builds these closures after irgen has numbered the function
 * literals, so stencil_finish names them (main.funcN after the literals of
 * their function) once their function is lowered, and only then declares
 * the locals gc adds to that function (.dictN: the dictionary, which gosub
 * does not otherwise represent; .rcvrN), so that the temporaries lowering
 * made in the meantime keep gc's numbers.
 *
 * In a package variable's initializer the closure is a top-level
 * function, glob..funcN, numbered after the package's function literals
 * (stencil_finish on the initialization).
 *
 * Not done (older form kept): method values in package variable
 * initializers (gc: glob..funcN capturing a global .rcvrN), method values
 * of stdlib generic types (atomic.Pointer), and a method promoted to a
 * non-generic type from an embedded generic one (gc's generated method
 * wrapper handles it, without a closure). */
typedef struct Stencil {
    IrFunc *f;
    IrName *dict, *rcvr; /* the enclosing function's .dictN and .rcvrN (NULL: none) */
} Stencil;
static Vec stencils;     /* Stencil*: closures waiting for their function's lowering to end (NULL: done) */
static Vec subdict_calls; /* IrNode* call, IrFunc* closure pairs: stencil closures passing a captured sub-dictionary */
static int stencil_dnum; /* gc's genInst.dnum: numbers .dictN and .rcvrN */
static int stencil_dnum_dup; /* the same names in instances gc does not stencil (dnum_quiet) */
static Vec stencil_shapes; /* IrFunc*: the first instance lowered of each shaped name */
/* Package-level stencil closures binding a receiver, waiting for their
 * .rcvrN number: gc scans the package's declarations in source order, so
 * a package variable's closure is numbered between the functions around
 * it (glob_rcvr_flush), not first, when gosub lowers the variables. */
static Vec glob_rcvrs;    /* IrName* */
static Vec *glob_vars;    /* the package's IrPackage.globals: where they are declared */

/* t (or what it points to) is an instance of a user generic type. */
static bool user_instance(Type *t) {
    if (t && t->kind == TY_POINTER) t = t->elem;
    return t && t->kind == TY_NAMED && t->ntargs > 0 && t->obj && t->obj->pkg && !t->obj->pkg->is_std;
}

/* The signature of m, a method of the standard atomic.Pointer[T], as gc's
 * shaped function has it when the receiver (recv, or what it points to)
 * is shaped: the generic method's, over the receiver's type arguments.
 * NULL when recv is not shaped. */
static Type *std_generic_sig_in(Object *m, Type *recv) {
    Type *rt = recv && recv->kind == TY_POINTER ? recv->elem : recv;
    Type *g = rt && rt->kind == TY_NAMED && types_has_shape(rt) ? rt->orig : NULL;
    for (int i = 0; g && m->name && i < g->nmethods; i++) {
        Object *gm = g->methods[i];
        if (gm && gm->name && !strcmp(gm->name, m->name) && gm->type) return types_subst_instance(gm->type, g, rt);
    }
    return NULL;
}

/* gc makes a closure for this reference (see above). */
static bool stencil_wanted(L *l, Object *o) {
    if (!l->fn || !o || o->kind != OBJ_FUNC) return false;
    /* the standard atomic.Pointer[T]'s methods are instances too */
    if (!o->generic) return o->recv_type && ir_generic_cost(ir_func_for_object(o)) >= 0;
    return !o->recv_type || user_instance(o->recv_type);
}

/* The closure for: instance `target` (a function) as a value; method m
 * bound to receiver rcvr (already adjusted: &x, *p, embedded path); or
 * method expression m with selection mexpr.  ctype: the closure's type. */
static IrNode *stencil_closure(L *l, Pos pos, Type *ctype, IrFunc *target, Node *ref, Object *m, IrNode *rcvr, Selection *mexpr) {
    IrFunc *outer = l->fn;
    IrFunc *f = NEW(IrFunc);
    f->name = "?"; /* stencil_finish */
    f->pkgpath = l->ip->path;
    f->pos = pos;
    f->endpos = pos;
    f->type = ctype;
    /* in a package variable's initializer: a top-level function, gc's
     * glob..funcN */
    f->outer = outer == l->ip->initfn ? NULL : outer;
    f->has_body = true;
    f->is_wrapper = true;
    /* inside an instance, when the type arguments depend on the
     * instance's, gc passes a sub-dictionary of the instance's own
     * (computed in the enclosing function, captured by the closure);
     * otherwise the static dictionary */
    bool subdict = false;
    if (ir_in_instance(outer)) {
        if (ref) subdict = types_instref_shaped((InstRef *)ref->tinfo);
        else subdict = ir_shaped_instance(rcvr ? rcvr->type : mexpr ? mexpr->recv : NULL);
    }
    f->stencil = subdict ? 2 : 1;
    f->nname = new_name(f->name, pos, ctype, PFUNC);
    f->nname->func = f;
    IrNode *clo = ir_node(OCLOSURE, pos, ctype);
    clo->fn = f;
    f->clo = clo;
    vec_push(&l->ip->funcs, f);

    Stencil *st = NEW(Stencil);
    st->f = f;
    st->dict = new_name(".dict", pos, types_typ[TY_UINTPTR], PAUTO); /* numbered by stencil_finish */
    st->dict->curfn = outer;
    st->dict->is_temp = true;
    IrName *cv = NULL;
    if (rcvr && !f->outer) {
        /* a package variable's method value: the receiver is copied to a
         * global (gc's PEXTERN .rcvrN), which the closure reads without
         * capturing anything */
        st->rcvr = new_name(".rcvr", pos, rcvr->type, PEXTERN);
        IrNode *as = ir_node(OAS, pos, NULL);
        as->x = name_node(st->rcvr, pos);
        as->y = rcvr;
        st->rcvr->defn = as;
        ir_list_push(&clo->init, as);
    } else if (rcvr) {
        st->rcvr = new_name(".rcvr", pos, rcvr->type, PAUTO);
        st->rcvr->curfn = outer;
        IrNode *as = ir_node(OAS, pos, NULL);
        as->x = name_node(st->rcvr, pos);
        as->y = rcvr;
        st->rcvr->defn = as;
        ir_list_push(&clo->init, as);
        cv = new_name(st->rcvr->name, pos, rcvr->type, PAUTOHEAP);
        cv->curfn = f;
        cv->outer = st->rcvr;
        cv->used = true;
        vec_push(&f->cvars, cv);
    }
    vec_push(&stencils, st);

    /* the body: one call of the shaped function */
    L sub = *l;
    sub.fn = f;
    Type *sig = under(ctype);
    Type *res = sig && sig->results ? sig->results : types_new_tuple(NULL, 0);
    int np = sig && sig->params ? sig->params->nfields : 0, nres = res->nfields;
    IrNode *call = ir_node(OCALLFUNC, pos, nres == 1 ? res->fields[0]->type : res);
    if (m) {
        Type *rt = m->type && m->type->recv ? m->type->recv->type : m->recv_type;
        call->x = methexpr_node(m, rt, pos);
    } else {
        call->x = name_node(target->nname, pos);
        call->x->src = ref; /* its InstRef (the dictionary layout reads it) */
    }
    if (subdict) {
        /* an entry of the instance's dictionary, which the enclosing
         * function reads into its .dictN and the closure captures (gc's
         * first closure variable): the call passes that variable */
        call->flags |= IRF_SUBDICT;
        f->dict_cv = new_name(st->dict->name, pos, types_typ[TY_UINTPTR], PAUTOHEAP);
        f->dict_cv->curfn = f;
        f->dict_cv->outer = st->dict;
        f->dict_cv->used = true;
        vec_push(&subdict_calls, call);
        vec_push(&subdict_calls, f);
    }
    if (cv) ir_list_push(&call->list, name_node(cv, pos));
    else if (st->rcvr) ir_list_push(&call->list, name_node(st->rcvr, pos));
    for (int i = 0; i < np; i++) {
        IrName *a = new_name(arena_printf("a%d", i), pos, sig->params->fields[i]->type, PPARAM);
        a->curfn = f;
        a->param_index = i;
        vec_push(&f->dcl, a);
        vec_push(&f->params, a);
        IrNode *arg = name_node(a, pos);
        if (i == 0 && mexpr) {
            arg = walk_path(arg, mexpr, mexpr->nindex - 1, pos);
            if (m->ptr_recv && !is_kind(arg->type, TY_POINTER)) {
                IrNode *ad = ir_node(OADDR, pos, types_new_pointer(arg->type));
                ad->x = arg;
                ad->flags |= IRF_IMPLICIT;
                arg = ad;
            } else if (!m->ptr_recv && is_kind(arg->type, TY_POINTER)) {
                IrNode *d = ir_node(ODEREF, pos, under(arg->type)->elem); /* gc writes *a0 */
                d->x = arg;
                arg = d;
            }
        }
        ir_list_push(&call->list, arg);
    }
    if (sig && sig->variadic) call->flags |= IRF_DDD;
    for (int i = 0; i < nres; i++) {
        IrName *r = new_name(arena_printf("r%d", i), pos, res->fields[i]->type, PPARAMOUT);
        r->curfn = f;
        r->param_index = i;
        vec_push(&f->dcl, r);
        vec_push(&f->results, r);
    }
    if (nres == 0) {
        ir_list_push(&f->body, call);
    } else {
        IrNode *ret = ir_node(ORETURN, pos, NULL);
        if (nres == 1) ir_list_push(&ret->list, call);
        else spread_tuple(&sub, call, &ret->init, &ret->list, false);
        ir_list_push(&f->body, ret);
    }
    l->ntemp = sub.ntemp;
    return clo;
}

/* gc stencils one function per shape: an instance whose shaped name an
 * instance lowered before it already has (Pipeline[main.F] after
 * Pipeline[float64], both Pipeline[go.shape.float64_0]) is never made by
 * gc, and its closures take no .dictN number; gosub still needs names for
 * them, from a counter of their own (reported by nobody: shape_dup). */
static bool dnum_quiet(IrFunc *fn) {
    IrFunc *top = fn;
    while (top && top->outer) top = top->outer;
    if (!ir_is_instance(top) || !top->mname) return false;
    for (int i = 0; i < stencil_shapes.len; i++) {
        IrFunc *g = VEC_AT(stencil_shapes, IrFunc *, i);
        if (g != top && !strcmp(g->mname, top->mname)) return true;
        if (g == top) return false;
    }
    vec_push(&stencil_shapes, top);
    return false;
}

/* fn's body is lowered: name its closures made by stencil_closure after
 * its function literals and declare their variables in fn.  glob: fn is
 * the package's variable initialization, whose closures are top-level
 * glob..funcN. */
static void stencil_finish(IrFunc *fn, bool glob) {
    bool quiet = !glob && dnum_quiet(fn);
    int *dnum = quiet ? &stencil_dnum_dup : &stencil_dnum;
    for (int i = 0; i < stencils.len; i++) {
        Stencil *st = VEC_AT(stencils, Stencil *, i);
        if (!st || st->f->outer != (glob ? NULL : fn)) continue;
        IrFunc *f = st->f;
        if (glob) f->name = arena_printf("glob..func%d", ++glob_closgen);
        else f->name = fn->outer ? arena_printf("%s.%d", fn->name, ++fn->nclosures)
                                 : arena_printf("%s.func%d", fn->name, ++fn->nclosures);
        if (fn->mname) f->mname = arena_printf("%s%s", fn->mname, strrchr(f->name, '.'));
        f->nname->name = f->name;
        /* gc numbers .dictN and .rcvrN as it scans each function for
         * generic references, a function's closures before it: here,
         * when its lowering ends (after its closures') */
        /* a package-level closure's dictionary is a constant: gc makes no
         * .dictN for it and takes no number */
        st->dict->name = glob ? ".dict" : arena_printf(".dict%d", (*dnum)++);
        if (f->dict_cv) f->dict_cv->name = st->dict->name;
        if (st->rcvr && glob) {
            vec_push(&glob_rcvrs, st->rcvr); /* numbered by glob_rcvr_flush */
            vec_push(glob_vars, st->rcvr);
        } else if (st->rcvr) {
            st->rcvr->name = arena_printf(".rcvr%d", (*dnum)++);
            for (int k = 0; k < f->cvars.len; k++)
                if (VEC_AT(f->cvars, IrName *, k)->outer == st->rcvr) VEC_AT(f->cvars, IrName *, k)->name = st->rcvr->name;
        }
        if (!glob) vec_push(&fn->dcl, st->dict);
        if (st->rcvr && !glob) vec_push(&fn->dcl, st->rcvr);
        stencils.v[i] = NULL;
    }
}

/* gc's callOrChan over an expression (new(T) excepted): calls, builtins
 * and receives.  Closure bodies are not part of the expression. */
static bool any_call_or_chan(IrNode *n) {
    if (!n) return false;
    switch (n->op) {
    case OCALLFUNC: case OCALLINTER: case OAPPEND: case OCAP: case OCLOSE: case OCOMPLEX: case OCOPY:
    case ODELETE: case OIMAG: case OLEN: case OMAKESLICE: case OMAKEMAP: case OMAKECHAN: case OPANIC:
    case OPRINT: case OPRINTN: case OREAL: case ORECOVER: case ORECV: case OUNSAFEADD: case OUNSAFESLICE:
        return true;
    case OCLOSURE:
        return false;
    default:
        break;
    }
    if (any_call_or_chan(n->x) || any_call_or_chan(n->y) || any_call_or_chan(n->z) || any_call_or_chan(n->w))
        return true;
    for (int i = 0; i < n->list.len; i++)
        if (any_call_or_chan(n->list.v[i])) return true;
    for (int i = 0; i < n->rlist.len; i++)
        if (any_call_or_chan(n->rlist.v[i])) return true;
    return false;
}

/* gc's RewriteNonNameCall: a callee (or a method call's receiver) that
 * contains a call or a receive is evaluated into a temporary first
 * (t := g(); t.M(...)), in the call's init. */
static IrNode *noncall_temp(L *l, IrNode *call, IrNode *x, bool deferred) {
    if (!any_call_or_chan(x) || !l->fn) return x;
    IrName *t = deferred ? temp_deferred(l, x->type, call->pos) : temp(l, x->type, call->pos);
    IrNode *as = ir_node(OAS, call->pos, NULL);
    as->flags |= IRF_DEFINE;
    as->x = name_node(t, call->pos);
    as->y = x;
    t->defn = as;
    ir_list_push(&call->init, as);
    return name_node(t, call->pos);
}

static IrNode *lower_call(L *l, Node *n) {
    if (n->sel == CALL_CONVERSION) return lower_conversion(l, n);
    if (n->sel == CALL_BUILTIN) return lower_builtin(l, n);
    Node *fx = types_unparen(n->x);
    Type *sig = types_call_sig(n);
    sig = caller_view(l, sig);
    IrNode *call;
    /* in an instance, a method called on a value of a type parameter's
     * type is a bound call: gc calls the method expression closure its
     * dictionary holds (the callee is unknown to inlining and escape) */
    bool bound = fx->kind == N_SELECTOR && (fx->sel == SEL_METHOD || fx->sel == SEL_IFACEMETHOD) && fx->tinfo &&
                 ir_in_instance(l->fn) && fx->x && types_unparen(fx->x)->type && types_unparen(fx->x)->type->shape_index;
    if (fx->kind == N_SELECTOR && fx->sel == SEL_METHOD && fx->tinfo) {
        Selection *s = (Selection *)fx->tinfo;
        IrNode *recv = method_recv(l, fx, s);
        call = ir_node(OCALLFUNC, n->pos, n->type);
        call->flags |= IRF_METHCALL;
        Type *rt = recv->type;
        Object *m = s->obj;
        if (m && m->type && m->type->recv) rt = m->type->recv->type;
        call->x = methexpr_node(m, rt, fx->pos);
        ir_list_push(&call->list, recv);
        /* a method of an instantiated generic type is gc's OFUNCINST: its
         * call is transformed by the stenciling pass; inside an instance
         * only when the receiver's type does not mention the type
         * parameters (List[int], not List[T]) */
        bool inst = gc_funcinst(m);
        if (ir_in_instance(l->fn)) inst = inst && !types_has_shape(recv->type);
        /* a bound call becomes a call of the dictionary's closure with
         * the receiver as an argument: gc's RewriteNonNameCall never sees
         * it, no temporary for a receiver with calls in it */
        CallTemps ct = {bound ? NULL : &call->list.v[0], inst, inst && !ir_in_instance(l->fn)};
        Type *msig = m ? caller_view(l, m->type) : sig;
        /* a plain instance's method called from an instance: its
         * arguments convert to the plain parameter types (gc typechecks
         * them before the shaped function is installed) */
        if (msig && types_has_shape(msig) && !types_has_shape(recv->type)) msig = types_unshape(msig);
        lower_args(l, n, msig, call, ct);
        if (ir_in_instance(l->fn) && m && m->generic && !bound) {
            /* the shaped method returns shape-typed results */
            Type *vs = types_method_sig_in(m, recv->type);
            if (vs && vs != m->type && vs->results && vs->results->nfields)
                call->type = vs->results->nfields == 1 ? vs->results->fields[0]->type : vs->results;
        }
        if (bound) {
            call->flags |= IRF_BOUNDCALL;
        } else if (ir_in_instance(l->fn) && m && (m->generic || ir_generic_cost(ir_func_for_object(m)) >= 0)) {
            /* a method of a generic type (a user's, or the standard
             * atomic.Pointer[T]) whose arguments depend on this instance's:
             * gc passes it a sub-dictionary (atomic.Pointer's methods
             * are the plain instance's: the receiver before its implicit
             * & has the shaped type) */
            IrNode *r = recv->op == OADDR && (recv->flags & IRF_IMPLICIT) ? recv->x : recv;
            if (ir_shaped_instance(recv->type) || (r && ir_shaped_instance(r->type))) call->flags |= IRF_SUBDICT;
            /* and its shaped function returns shape-typed results (Load: *go.shape.S) */
            Type *sg = !m->generic && (call->flags & IRF_SUBDICT) && r ? std_generic_sig_in(m, r->type) : NULL;
            Type *res = sg ? sg->results : NULL;
            if (res && res->nfields) call->type = res->nfields == 1 ? res->fields[0]->type : res;
        }
        return call;
    }
    if (fx->kind == N_SELECTOR && fx->sel == SEL_IFACEMETHOD && fx->tinfo) {
        Selection *s = (Selection *)fx->tinfo;
        IrNode *x = walk_path(lower_expr(l, fx->x), s, s->nindex - 1, fx->pos);
        IrNode *d = ir_node(ODOTINTER, fx->pos, s->obj ? s->obj->type : sig);
        d->x = x;
        d->obj = s->obj;
        d->name = fx->name;
        d->field = s->index[s->nindex - 1];
        call = ir_node(OCALLINTER, n->pos, n->type);
        d->x = x;
        call->x = d;
        CallTemps ct = {bound ? NULL : &d->x, false, false};
        lower_args(l, n, sig, call, ct);
        if (bound) call->flags |= IRF_BOUNDCALL; /* a type argument that is an interface */
        return call;
    }
    call = ir_node(OCALLFUNC, n->pos, n->type);
    if (fx->kind == N_IDENT && fx->obj && fx->obj->kind == OBJ_FUNC) {
        /* a called instance is called directly (no closure, see stencil_closure) */
        call->x = name_node(ir_func_for_object(fx->obj)->nname, fx->pos);
        if (fx->obj->generic && fx->tinfo) call->x->src = fx; /* its InstRef */
    } else {
        call->x = lower_expr(l, fx);
    }
    /* a generic function's instance (gc's OFUNCINST): transformed by the
     * stenciling pass, which inside an instance only makes the callee's
     * temporary (the arguments were transformed when the body was
     * substituted) */
    bool inst = call->x && call->x->op == ONAME && call->x->nm && call->x->nm->cls == PFUNC &&
                call->x->nm->func && gc_funcinst(call->x->nm->func->obj);
    CallTemps ct = {&call->x, inst, inst && !ir_in_instance(l->fn)};
    lower_args(l, n, sig, call, ct);
    /* T.M(x, ...) of a type parameter: gc calls the method expression's
     * closure from the dictionary, with the receiver first (a bound call) */
    if (ir_in_instance(l->fn) && ir_dict_methexpr(call->x)) call->flags |= IRF_BOUNDCALL;
    if (ir_in_instance(l->fn) && call->x && call->x->op == ONAME && call->x->src) {
        /* a generic function instantiated with this instance's type
         * arguments: gc passes it a sub-dictionary */
        InstRef *ref = (InstRef *)call->x->src->tinfo;
        if (types_instref_shaped(ref)) call->flags |= IRF_SUBDICT;
        /* the shaped function returns shape-typed results */
        Type *rs = ref->sig && ref->sig->kind == TY_FUNC ? ref->sig->results : NULL;
        if ((call->flags & IRF_SUBDICT) && rs && rs->nfields) call->type = rs->nfields == 1 ? rs->fields[0]->type : rs;
    }
    return call;
}

/* ---- composite literals ---- */

static IrNode *lower_complit(L *l, Node *n, Type *t) {
    Type *u = under(t);
    Pos pos = n->pos;
    if (u && u->kind == TY_POINTER) {
        /* elided &T in a literal of pointers: implicit &T{...} */
        IrNode *inner = lower_complit(l, n, u->elem);
        IrNode *p = ir_node(OPTRLIT, pos, t);
        p->x = inner;
        p->flags |= IRF_IMPLICIT;
        return p;
    }
    if (!u) return ir_node(OXXX, pos, t);
    switch (u->kind) {
    case TY_STRUCT: {
        IrNode *r = ir_node(OSTRUCTLIT, pos, t);
        for (int i = 0; i < n->list.len; i++) {
            Node *e = n->list.v[i];
            int fi = i;
            Node *v = e;
            if (e->kind == N_KEYVALUE) {
                v = e->y;
                Node *k = e->x;
                fi = -1;
                for (int j = 0; j < u->nfields; j++)
                    if (str_eqc(k->name, u->fields[j]->name)) fi = j;
                if (fi < 0) continue;
            }
            if (fi >= u->nfields) continue;
            Object *f = u->fields[fi];
            IrNode *sk = ir_node(OSTRUCTKEY, e->pos, f->type);
            sk->field = fi;
            sk->obj = f;
            sk->name = str_from(f->name);
            sk->x = (v->kind == N_COMPOSITELIT && !v->x) ? lower_complit(l, v, f->type)
                                                          : assignconv_at(lower_expr(l, v), f->type, e->kind == N_KEYVALUE ? e->pos : types_unparen(v)->pos);
            ir_list_push(&r->list, sk);
        }
        return r;
    }
    case TY_ARRAY: case TY_SLICE: case TY_MAP: {
        IrOp op = u->kind == TY_ARRAY ? OARRAYLIT : u->kind == TY_SLICE ? OSLICELIT : OMAPLIT;
        IrNode *r = ir_node(op, pos, t);
        int64_t idx = 0, maxidx = 0;
        Type *et = u->elem;
        for (int i = 0; i < n->list.len; i++) {
            Node *e = n->list.v[i];
            Node *v = e, *k = NULL;
            if (e->kind == N_KEYVALUE) {
                k = e->x;
                v = e->y;
            }
            /* gc converts each element at its own position (a name gets
             * one from the wrapper irgen puts around it), a keyed one at
             * its ':' */
            Pos vat = k ? e->pos : gc_unique_pos(v) ? types_unparen(v)->pos : v->pos;
            IrNode *val = (v->kind == N_COMPOSITELIT && !v->x) ? lower_complit(l, v, et)
                                                                : assignconv_at(lower_expr(l, v), et, vat);
            if (op == OMAPLIT) {
                IrNode *kv = ir_node(OKEY, e->pos, NULL);
                kv->x = (k && k->kind == N_COMPOSITELIT && !k->x) ? lower_complit(l, k, u->key)
                                                                   : assignconv_at(lower_expr(l, k), u->key, e->pos);
                kv->y = val;
                ir_list_push(&r->list, kv);
                continue;
            }
            if (k) {
                int64_t iv = 0;
                if (k->cval) const_fits_int64(k->cval, &iv);
                idx = iv;
                IrNode *kv = ir_node(OKEY, e->pos, NULL);
                kv->x = literal(k, types_typ[TY_INT], k->cval, k->pos);
                kv->y = val;
                ir_list_push(&r->list, kv);
            } else {
                ir_list_push(&r->list, val);
            }
            idx++;
            if (idx > maxidx) maxidx = idx;
        }
        r->len = op == OARRAYLIT ? u->len : maxidx;
        return r;
    }
    default:
        return ir_node(OXXX, pos, t);
    }
}

/* ---- closures ---- */

static void lower_func_body(L *l, IrFunc *f, Node *ftype, Node *body, Type *sig, Object *recvobj);

/* gc captures a closure's free variables in the order its irgen meets
 * them: source order, except that an assignment's right side comes before
 * its left side and an if's else after its body. The checker's list gives
 * the set; this walk gives the order. */
typedef struct CaptureOrder {
    Object **set, **out;
    int n, nout;
} CaptureOrder;

static void capture_walk(CaptureOrder *co, Node *n);
static void capture_walk_list(CaptureOrder *co, NodeList *l) {
    for (int i = 0; i < l->len; i++) capture_walk(co, l->v[i]);
}
static void capture_walk(CaptureOrder *co, Node *n) {
    if (!n || co->nout == co->n) return;
    if (n->kind == N_IDENT) {
        for (int i = 0; i < co->n; i++) {
            if (co->set[i] != n->obj) continue;
            for (int j = 0; j < co->nout; j++)
                if (co->out[j] == n->obj) return;
            co->out[co->nout++] = n->obj;
            return;
        }
        return;
    }
    switch (n->kind) {
    case N_ASSIGN:
        capture_walk_list(co, &n->list2);
        capture_walk_list(co, &n->list);
        return;
    case N_IF:
        capture_walk(co, n->x);
        capture_walk(co, n->y);
        capture_walk(co, n->body);
        capture_walk(co, n->z);
        return;
    default:
        capture_walk(co, n->x);
        capture_walk(co, n->y);
        capture_walk(co, n->z);
        capture_walk(co, n->w);
        capture_walk_list(co, &n->list);
        capture_walk_list(co, &n->list2);
        capture_walk_list(co, &n->list3);
        capture_walk(co, n->body);
        return;
    }
}

/* Package-level function literals are numbered in source order
 * (glob..func1, ...: gc's noder names them as it meets them), while
 * lowering follows the initialization order. */
static Vec glob_lits; /* Node*: the package's top-level literals, numbered by index + 1 */

static void collect_glob_lits(Node *n) {
    if (!n) return;
    if (n->kind == N_FUNCLIT) {
        vec_push(&glob_lits, n);
        return;
    }
    collect_glob_lits(n->x);
    collect_glob_lits(n->y);
    collect_glob_lits(n->z);
    collect_glob_lits(n->w);
    for (int i = 0; i < n->list.len; i++) collect_glob_lits(n->list.v[i]);
    for (int i = 0; i < n->list2.len; i++) collect_glob_lits(n->list2.v[i]);
    for (int i = 0; i < n->list3.len; i++) collect_glob_lits(n->list3.v[i]);
    collect_glob_lits(n->body);
}

static int node_pos_cmp(const void *a, const void *b) {
    return pos_cmp((*(Node *const *)a)->pos, (*(Node *const *)b)->pos);
}

static int glob_lit_num(Node *n) {
    for (int i = 0; i < glob_lits.len; i++)
        if (VEC_AT(glob_lits, Node *, i) == n) return i + 1;
    return 0;
}

/* gc's dictionary variables of f (IrFunc.dict, dict_cv): an instance's
 * `.dict` parameter; in a closure inside one, the captured dictionary and
 * its local copy.  Escape analysis alone sees them (a closure captures the
 * dictionary by value: "F[go.shape.int_0] capturing by value: .dict"). */
static void dict_names(IrFunc *f) {
    if (f->dict || f->stencil || !ir_in_instance(f)) return;
    Type *u = types_typ[TY_UINTPTR];
    if (!f->outer) {
        f->dict = new_name(".dict", f->pos, u, PPARAM);
        f->dict->curfn = f;
        f->dict->param_index = -1;
        return;
    }
    dict_names(f->outer);
    if (!f->outer->dict) return;
    f->dict_cv = new_name(".dict", f->pos, u, PAUTOHEAP);
    f->dict_cv->curfn = f;
    f->dict_cv->outer = f->outer->dict;
    f->dict_cv->used = true;
    f->dict = new_name(".dict", f->pos, u, PAUTO);
    f->dict->curfn = f;
}

static IrNode *lower_funclit(L *l, Node *n) {
    FuncInfo *fi = (FuncInfo *)n->tinfo;
    IrFunc *outer = l->fn;
    IrFunc *f = NEW(IrFunc);
    if (!outer || outer == l->ip->initfn) {
        int num = glob_lit_num(n);
        f->name = arena_printf("glob..func%d", num ? num : ++glob_closgen);
    } else if (outer->outer || outer->clo) { /* inside a literal (a package-level one too): glob..func2.1 */
        f->name = arena_printf("%s.%d", outer->name, ++outer->nclosures);
    } else {
        f->name = arena_printf("%s.func%d", outer->name, ++outer->nclosures);
    }
    if (outer && outer->mname) {
        /* a closure in a generic instance: named after the shaped function */
        const char *dot = strrchr(f->name, '.');
        f->mname = arena_printf("%s%s", outer->mname, dot ? dot : "");
    }
    f->pkgpath = l->ip->path;
    f->pos = n->pos;
    f->endpos = n->body ? n->body->end : n->pos;
    f->type = n->type;
    f->decl = n;
    /* package-level literals are ordinary top-level functions in gc */
    f->outer = (outer == l->ip->initfn) ? NULL : outer;
    f->has_body = true;
    f->nname = new_name(f->name, n->pos, n->type, PFUNC);
    f->nname->func = f;
    IrNode *clo = ir_node(OCLOSURE, n->pos, n->type);
    clo->fn = f;
    f->clo = clo;
    map_put(&litfuncs, n, NULL, f);
    vec_push(&l->ip->funcs, f);
    dict_names(f);
    /* Captured variables in the checker's first-use order (gc's order). */
    if (fi && fi->ncaptured) {
        CaptureOrder co = {fi->captured, NEWN(Object *, fi->ncaptured), fi->ncaptured, 0};
        capture_walk(&co, n->body);
        for (int i = 0; i < co.nout; i++) lookup_in(f, co.out[i]);
        for (int i = 0; i < fi->ncaptured; i++) lookup_in(f, fi->captured[i]); /* any the walk missed */
    }
    L sub = *l;
    sub.fn = f;
    lower_func_body(&sub, f, n->x, n->body, n->type, NULL);
    l->ntemp = sub.ntemp;
    return clo;
}

/* ---- expressions ---- */

static IrNode *lower_ident(L *l, Node *n) {
    Object *o = n->obj;
    if (!o) {
        if (str_eqc(n->name, "_")) {
            IrName *b = new_name("_", n->pos, n->type, PAUTO);
            return name_node(b, n->pos);
        }
        return ir_node(OXXX, n->pos, n->type);
    }
    switch (o->kind) {
    case OBJ_VAR: {
        if (!strcmp(o->name, "_")) return name_node(new_name("_", n->pos, n->type, PAUTO), n->pos);
        IrName *nm = lookup_in(l->fn, o);
        /* a closure variable is positioned at its first use (gc); an
         * enclosing closure that captures it only for an inner one, at
         * that inner closure's func literal */
        Pos up = n->pos;
        for (IrName *c = nm; c && c->cls == PAUTOHEAP && !c->used; c = c->outer) {
            c->used = true;
            c->pos = up;
            if (c->curfn) up = c->curfn->pos;
        }
        IrNode *r = name_node(nm, n->pos);
        return r;
    }
    case OBJ_FUNC: {
        if (stencil_wanted(l, o) && !o->recv_type)
            return stencil_closure(l, n->pos, caller_view(l, n->type), ir_func_for_object(o), n->tinfo ? n : NULL, NULL, NULL, NULL);
        IrNode *r = name_node(ir_func_for_object(o)->nname, n->pos);
        if (o->generic && n->tinfo) r->src = n; /* its InstRef: the type arguments as referenced here */
        return r;
    }
    case OBJ_CONST: return literal(n, n->type, n->cval ? n->cval : o->val, n->pos);
    case OBJ_NIL: return ir_node(ONIL, n->pos, n->type);
    case OBJ_TYPE: return typenode(n->type, n->pos);
    default: return ir_node(OXXX, n->pos, n->type);
    }
}

static IrNode *lower_expr(L *l, Node *n) {
    if (!n) return NULL;
    if (n->kind == N_PAREN) {
        IrNode *r = lower_expr(l, n->x);
        if (r) r->flags |= IRF_PARENS;
        return r;
    }
    if (n->tmode == TM_CONSTANT && n->cval) return literal(n, n->type, n->cval, n->pos);
    if (n->tmode == TM_TYPEXPR) return typenode(n->type, n->pos);
    if (n->tmode == TM_NIL) return ir_node(ONIL, n->pos, n->type);
    switch (n->kind) {
    case N_IDENT: return lower_ident(l, n);
    case N_BASICLIT: return literal(n, n->type, n->cval, n->pos);
    case N_COMPOSITELIT: return lower_complit(l, n, n->type);
    case N_FUNCLIT: return lower_funclit(l, n);
    case N_SELECTOR: return lower_selector(l, n);
    case N_INDEX: {
        IrNode *x = lower_expr(l, n->x);
        Node *ix = n->list.len ? n->list.v[0] : NULL;
        Type *xu = under(x->type);
        if (xu && xu->kind == TY_MAP) {
            IrNode *r = ir_node(OINDEXMAP, n->pos, n->type);
            r->x = x;
            /* the key converts where lowering m and the key left gc's running position */
            Pos kat = n->pos;
            irgen_pos(n->x, &kat);
            irgen_pos(ix, &kat);
            r->y = assignconv_at(lower_expr(l, ix), xu->key, kat);
            return r;
        }
        if (xu && xu->kind == TY_POINTER) {
            IrNode *d = ir_node(ODEREF, x->pos, xu->elem);
            d->x = x;
            d->flags |= IRF_IMPLICIT;
            x = d;
        }
        IrNode *r = ir_node(OINDEX, n->pos, n->type);
        r->x = x;
        r->y = lower_expr(l, ix);
        return r;
    }
    case N_SLICE: {
        IrNode *x = lower_expr(l, n->x);
        Type *xu = under(x->type);
        bool three = (n->flags & NF_SLICE3) != 0;
        IrOp op = three ? OSLICE3 : OSLICE;
        if (types_is_string(x->type)) {
            op = OSLICESTR;
        } else if (xu && xu->kind == TY_ARRAY) {
            /* gc's tcSlice takes the array's address at irgen's running
             * position: the last operand lowered (arr[:k] at k) */
            Pos ap = n->pos;
            irgen_pos(n, &ap);
            IrNode *a = ir_node(OADDR, ap, types_new_pointer(x->type));
            a->x = x;
            a->flags |= IRF_IMPLICIT;
            if (x->op == ONAME && x->nm) x->nm->addrtaken = true;
            x = a;
            op = three ? OSLICE3ARR : OSLICEARR;
        } else if (xu && xu->kind == TY_POINTER) {
            op = three ? OSLICE3ARR : OSLICEARR;
        }
        IrNode *r = ir_node(op, n->pos, n->type);
        r->x = x;
        r->y = lower_expr(l, n->y);
        r->z = lower_expr(l, n->z);
        r->w = lower_expr(l, n->w);
        return r;
    }
    case N_TYPEASSERT: {
        IrNode *r = ir_node(n->tmode == TM_COMMAOK ? ODOTTYPE2 : ODOTTYPE, n->pos, n->type);
        r->x = lower_expr(l, n->x);
        return r;
    }
    case N_CALL: return lower_call(l, n);
    case N_STAR: {
        IrNode *r = ir_node(ODEREF, n->pos, n->type);
        r->x = lower_expr(l, n->x);
        return r;
    }
    case N_UNARY: {
        if (n->op == T_AND) {
            Node *x = types_unparen(n->x);
            if (x->kind == N_COMPOSITELIT) {
                IrNode *r = ir_node(OPTRLIT, n->pos, n->type);
                r->x = lower_complit(l, x, x->type);
                return r;
            }
            IrNode *r = ir_node(OADDR, n->pos, n->type);
            r->x = lower_expr(l, n->x);
            if (r->x && r->x->op == ONAME && r->x->nm) r->x->nm->addrtaken = true;
            return r;
        }
        if (n->op == T_ARROW) {
            IrNode *r = ir_node(ORECV, n->pos, n->type);
            r->x = lower_expr(l, n->x);
            return r;
        }
        IrNode *r = ir_node(OUNARY, n->pos, n->type);
        r->tok = n->op;
        r->x = lower_expr(l, n->x);
        return r;
    }
    case N_BINARY: {
        if (n->op == T_LAND || n->op == T_LOR) {
            IrNode *r = ir_node(n->op == T_LAND ? OANDAND : OOROR, n->pos, n->type);
            r->x = lower_expr(l, n->x);
            r->y = lower_expr(l, n->y);
            return r;
        }
        IrNode *x = lower_expr(l, n->x), *y = lower_expr(l, n->y);
        if (n->op == T_ADD && types_is_string(n->type)) {
            IrNode *r = ir_node(OADDSTR, n->pos, n->type);
            if (x->op == OADDSTR) for (int i = 0; i < x->list.len; i++) ir_list_push(&r->list, x->list.v[i]);
            else ir_list_push(&r->list, x);
            if (y->op == OADDSTR) for (int i = 0; i < y->list.len; i++) ir_list_push(&r->list, y->list.v[i]);
            else ir_list_push(&r->list, y);
            return r;
        }
        bool cmp = n->op == T_EQL || n->op == T_NEQ || n->op == T_LSS || n->op == T_LEQ || n->op == T_GTR || n->op == T_GEQ;
        if (cmp && x->type && y->type) {
            if (x->op == ONIL || x->type->kind == TY_UNTYPED_NIL) x = assignconv(x, y->type);
            else if (y->op == ONIL || y->type->kind == TY_UNTYPED_NIL) y = assignconv(y, x->type);
            else if (n->op == T_EQL || n->op == T_NEQ) cmp_conv(&x, &y, n->pos);
            /* in an instance, a type argument's value compared with an
             * interface is converted through the dictionary first (gc's
             * stenciler, at the operator) */
            if ((n->op == T_EQL || n->op == T_NEQ) && ir_in_instance(l->fn)) {
                bool xi = types_is_interface(x->type), yi = types_is_interface(y->type);
                Pos at = n->pos; /* where the stenciler's copy of the operands left it */
                if (stencil_pos) irgen_pos(n, &at);
                if (yi && !xi && types_has_shape(x->type)) x = conv_node(OCONVIFACE, x, y->type, false, at);
                else if (xi && !yi && types_has_shape(y->type)) y = conv_node(OCONVIFACE, y, x->type, false, at);
            }
        }
        IrNode *r = ir_node(OBINARY, n->pos, n->type);
        r->tok = n->op;
        r->x = x;
        r->y = shift_count(n->op, n->y, y);
        return r;
    }
    case N_KEYVALUE:
        return lower_expr(l, n->y);
    default:
        return ir_node(OXXX, n->pos, n->type);
    }
}

/* ---- statements ---- */

/* gc's stenciler switches on a value of (or with) a type argument's type
 * by converting the tag to interface{}, and likewise each case value of
 * such a type (a constant too): at the position its walk of the whole
 * switch left.  Empty interfaces and incomparable tags stay as they are. */
static bool switch_to_any(IrNode *v) {
    return v && v->type && !ir_empty_iface(v->type) && types_has_shape(v->type);
}

static void switch_dict_convs(Node *n, IrNode *s) {
    Pos at = n->pos;
    irgen_stmt_pos(n, &at);
    /* a tag of a type not comparable (a slice, map or func compared with
     * nil cases): nothing converted, its cases neither (gc) */
    if (s->x && s->x->type && !types_comparable(s->x->type)) return;
    if (switch_to_any(s->x)) s->x = conv_node(OCONVIFACE, s->x, types_empty_iface, false, at);
    for (int i = 0; i < s->list.len; i++) {
        IrNode *c = s->list.v[i];
        for (int j = 0; j < c->list.len; j++)
            if (switch_to_any(c->list.v[j])) c->list.v[j] = conv_node(OCONVIFACE, c->list.v[j], types_empty_iface, false, at);
    }
}

static IrNode *dcl_node(IrName *nm, Pos pos) {
    IrNode *d = ir_node(ODCL, pos, NULL);
    d->nm = nm;
    return d;
}

/* Lowers the left side of an assignment; for := declares new variables
 * (returning the ODCLs in *dcls) and marks their defining statement. */
static IrNode *lower_lhs(L *l, Node *e, bool define, IrList *dcls, IrNode *stmt) {
    if (define && e->kind == N_IDENT && e->obj && e->obj->kind == OBJ_VAR && e->obj->decl == e &&
        strcmp(e->obj->name, "_") != 0) {
        IrName *nm = declare_local(l, e->obj, PAUTO);
        nm->defn = stmt;
        if (dcls) ir_list_push(dcls, dcl_node(nm, e->pos));
        return name_node(nm, e->pos);
    }
    return lower_expr(l, e);
}

static void rewrite_multi_call(L *l, IrNode *s, Pos at);
static void rewrite_comma_ok(L *l, IrNode *s, Node *r);

static Type *lhs_type(IrNode *x) {
    if (!x || ir_is_blank(x)) return NULL;
    return x->type;
}

static void lower_assign(L *l, Node *n, IrList *out) {
    bool define = n->op == T_DEFINE;
    Pos pos = n->pos;
    if (n->op != T_ASSIGN && n->op != T_DEFINE) {
        IrNode *s = ir_node(OASOP, pos, NULL);
        switch (n->op) {
        case T_ADD_ASSIGN: s->tok = T_ADD; break;
        case T_SUB_ASSIGN: s->tok = T_SUB; break;
        case T_MUL_ASSIGN: s->tok = T_MUL; break;
        case T_QUO_ASSIGN: s->tok = T_QUO; break;
        case T_REM_ASSIGN: s->tok = T_REM; break;
        case T_AND_ASSIGN: s->tok = T_AND; break;
        case T_OR_ASSIGN: s->tok = T_OR; break;
        case T_XOR_ASSIGN: s->tok = T_XOR; break;
        case T_SHL_ASSIGN: s->tok = T_SHL; break;
        case T_SHR_ASSIGN: s->tok = T_SHR; break;
        case T_AND_NOT_ASSIGN: s->tok = T_AND_NOT; break;
        default: break;
        }
        s->x = lower_expr(l, n->list.v[0]);
        s->y = shift_count(s->tok, n->list2.v[0], lower_expr(l, n->list2.v[0]));
        if (s->x && s->x->op == ONAME && s->x->nm) s->x->nm->assigned = true;
        ir_list_push(out, s);
        return;
    }
    int nl = n->list.len, nr = n->list2.len;
    if (nl == 1 && nr == 1) {
        IrNode *s = ir_node(OAS, pos, NULL);
        if (define) s->flags |= IRF_DEFINE;
        IrNode *rhs = lower_expr(l, n->list2.v[0]);
        s->x = lower_lhs(l, n->list.v[0], define, &s->init, s);
        /* gc lowers the right side, then the left (names a := defines
         * are not lowered), then converts at its running position; an
         * instance's copy goes left side first */
        Pos at = assign_pos(n, pos, define);
        s->y = assignconv_at(rhs, lhs_type(s->x), at);
        ir_list_push(out, s);
        return;
    }
    if (nl == nr) {
        IrNode *s = ir_node(OAS2, pos, NULL);
        if (define) s->flags |= IRF_DEFINE;
        IrList rhs = {0};
        for (int i = 0; i < nr; i++) ir_list_push(&rhs, lower_expr(l, n->list2.v[i]));
        for (int i = 0; i < nl; i++) ir_list_push(&s->list, lower_lhs(l, n->list.v[i], define, &s->init, s));
        Pos at = assign_pos(n, pos, define);
        for (int i = 0; i < nr; i++) ir_list_push(&s->rlist, assignconv_at(rhs.v[i], lhs_type(s->list.v[i]), at));
        ir_list_push(out, s);
        return;
    }
    /* v1, v2 = multi-valued rhs */
    Node *r = types_unparen(n->list2.v[0]);
    IrNode *rhs = lower_expr(l, r);
    IrOp op = OAS2FUNC;
    if (rhs->op == ODOTTYPE2 || rhs->op == ODOTTYPE) {
        op = OAS2DOTTYPE;
        rhs->op = ODOTTYPE2;
        rhs->flags |= IRF_COMMAOK;
    } else if (rhs->op == OINDEXMAP) {
        op = OAS2MAPR;
    } else if (rhs->op == ORECV) {
        op = OAS2RECV;
    }
    IrNode *s = ir_node(op, pos, NULL);
    if (define) s->flags |= IRF_DEFINE;
    s->y = rhs;
    for (int i = 0; i < nl; i++) ir_list_push(&s->list, lower_lhs(l, n->list.v[i], define, &s->init, s));
    if (!define || ir_in_instance(l->fn)) rewrite_multi_call(l, s, n->list.v[nl - 1]->pos);
    if (!define && ir_in_instance(l->fn)) rewrite_comma_ok(l, s, r);
    ir_list_push(out, s);
}

/* gc's stenciler (transformAssign, issue 50642): in an instance,
 * `x, ok = <-c` (or m[k], v.(T)) whose value has a shaped type and x an
 * interface becomes `t1, t2 = <-c; x, ok = T(t1), t2`, so that the
 * conversion, through the dictionary, exists before escape analysis:
 *     unsafe.Pointer(.autotmp_4) escapes to heap
 * at the position irgen last set in the right side. */
static void rewrite_comma_ok(L *l, IrNode *s, Node *r) {
    if (s->op != OAS2RECV && s->op != OAS2MAPR && s->op != OAS2DOTTYPE) return;
    if (!s->y || !s->y->type || !types_has_shape(s->y->type) || s->list.len != 2) return;
    IrNode *x = s->list.v[0];
    Type *lt = ir_is_blank(x) ? NULL : lhs_type(x);
    if (!lt || !types_is_interface(lt) || (types_has_shape(lt) && types_identical(lt, s->y->type))) return;
    IrNode *as = ir_node(s->op, s->y->pos, NULL);
    as->flags |= IRF_IMPLICIT | IRF_DEFINE; /* its two ODCLs count in inline costs; bodies print without it */
    as->y = s->y;
    IrName *v = temp(l, s->y->type, s->y->pos), *ok = temp(l, types_typ[TY_BOOL], s->y->pos);
    ir_list_push(&as->list, name_node(v, s->y->pos));
    ir_list_push(&as->list, name_node(ok, s->y->pos));
    ir_list_push(&s->init, as);
    s->op = OAS2;
    s->y = NULL;
    Pos at = s->pos;
    irgen_pos(r, &at);
    ir_list_push(&s->rlist, assignconv_at(name_node(v, s->pos), lt, at));
    ir_list_push(&s->rlist, name_node(ok, s->pos));
}

/* gc's RewriteMultiValueCall: `x, s = f()` where a left side's type is
 * not the result's (an interface) becomes `t1, t2 = f(); x, s = T(t1), t2`
 * with a temporary per result, so that the conversions exist (and are
 * reported by -m) before escape analysis.  at: where gc puts them (the
 * last left side of an assignment, the call of a var declaration). */
/* The type a left side converts to: a blank of an assignment none, a
 * declared blank (var h, _ T = f()) its declared type. */
static Type *blank_or_lhs_type(IrNode *x) {
    if (!ir_is_blank(x)) return lhs_type(x);
    return x->nm && x->nm->defn == NULL && x->nm->type && x->nm->type->kind != TY_INVALID ? x->nm->type : NULL;
}

static void rewrite_multi_call(L *l, IrNode *s, Pos at) {
    if (s->op != OAS2FUNC || !s->y || !s->y->type || s->y->type->kind != TY_TUPLE) return;
    Type *tup = s->y->type;
    if (tup->nfields != s->list.len) return;
    bool mismatch = false;
    for (int i = 0; i < s->list.len; i++) {
        IrNode *x = s->list.v[i];
        Type *lt = blank_or_lhs_type(x);
        if (lt && !types_identical(lt, tup->fields[i]->type)) mismatch = true;
        /* an instance's body is a substituted copy whose `_` is a fresh
         * name of blank type: gc sees a mismatch there too */
        if (ir_is_blank(x) && ir_in_instance(l->fn)) mismatch = true;
    }
    if (!mismatch) return;
    IrNode *as = ir_node(OAS2FUNC, s->y->pos, NULL);
    as->flags |= IRF_IMPLICIT; /* gc's ODCLs of the temporaries count in inline costs; bodies print without it */
    as->y = s->y;
    for (int i = 0; i < tup->nfields; i++) {
        IrName *t = temp(l, tup->fields[i]->type, s->y->pos);
        ir_list_push(&as->list, name_node(t, s->y->pos));
    }
    ir_list_push(&s->init, as);
    s->op = OAS2; /* a := keeps its Def (only an instance's body rewrites one: `h, _ := .autotmp_4, .autotmp_5`) */
    s->y = NULL;
    for (int i = 0; i < tup->nfields; i++) {
        IrNode *x = s->list.v[i];
        IrNode *v = name_node(as->list.v[i]->nm, s->pos);
        Type *lt = blank_or_lhs_type(x);
        ir_list_push(&s->rlist, lt ? assignconv_at(v, lt, at) : v);
    }
}

static void lower_varspec(L *l, Node *spec, IrList *out) {
    int nn = spec->list.len, nv = spec->list2.len;
    /* gc declares the names (blanks aside) before it lowers the values:
     * the values' temporaries are numbered after them */
    IrName **names = NEWN(IrName *, nn + 1);
    for (int i = 0; i < nn; i++) {
        Node *id = spec->list.v[i];
        if (id->obj && strcmp(id->obj->name, "_")) names[i] = declare_local(l, id->obj, PAUTO);
    }
    if (nv == 0 || nv == nn) {
        for (int i = 0; i < nn; i++) {
            Node *id = spec->list.v[i];
            IrNode *val = nv ? lower_expr(l, spec->list2.v[i]) : NULL;
            if (!id->obj || !strcmp(id->obj->name, "_")) {
                if (val) {
                    /* gc declares a blank name too (var _ T; _ = v): the
                     * ODCL costs the inliner 2, escape analysis skips it;
                     * the value is converted to the declared type */
                    Type *dt = spec->x && spec->x->type ? spec->x->type : NULL;
                    if (dt && dt->kind != TY_INVALID) {
                        Pos at = spec->list.v[0]->pos; /* as for a named variable below */
                        for (int k = 0; k < nv; k++)
                            if (!stencil_pos || k == i) irgen_pos(spec->list2.v[k], &at);
                        val = assignconv_at(val, dt, at);
                    }
                    IrName *bn = new_name("_", id->pos, val->type, PAUTO);
                    ir_list_push(out, dcl_node(bn, spec->list.v[0]->pos));
                    IrNode *s = ir_node(OAS, spec->list.v[0]->pos, NULL);
                    s->x = name_node(bn, id->pos);
                    s->y = val;
                    ir_list_push(out, s);
                } else if (spec->x && spec->x->type && spec->x->type->kind != TY_INVALID) {
                    /* var _ T, or var _, y T: gc keeps the blank's
                     * declaration and zeroing (var _ T; _ = <nil>), which the
                     * inliner charges as a named variable's */
                    IrName *bn = new_name("_", id->pos, spec->x->type, PAUTO);
                    ir_list_push(out, dcl_node(bn, id->pos));
                    IrNode *s = ir_node(OAS, spec->list.v[0]->pos, NULL);
                    s->x = name_node(bn, id->pos);
                    ir_list_push(out, s);
                }
                continue;
            }
            IrName *nm = names[i];
            ir_list_push(out, dcl_node(nm, id->pos));
            /* gc positions each name's assignment at the declaration (its
             * first name): `var p, q = a, b` assigns q at p's column */
            IrNode *s = ir_node(OAS, spec->list.v[0]->pos, NULL);
            s->x = name_node(nm, id->pos);
            Pos at = spec->list.v[0]->pos; /* gc's running position (irgen_pos) over all the values */
            for (int k = 0; k < nv; k++)
                if (!stencil_pos || k == i) irgen_pos(spec->list2.v[k], &at); /* an instance's copy: its own value */
            if (!nv) at = id->pos;
            s->y = val ? assignconv_at(val, nm->type, at) : NULL;
            if (val) nm->defn = s;
            else nm->zero_decl = true;
            ir_list_push(out, s);
        }
        return;
    }
    /* var a, b = f() */
    IrNode *rhs = lower_expr(l, spec->list2.v[0]);
    IrOp op = rhs->op == ODOTTYPE || rhs->op == ODOTTYPE2 ? OAS2DOTTYPE : rhs->op == OINDEXMAP ? OAS2MAPR
            : rhs->op == ORECV ? OAS2RECV : OAS2FUNC;
    if (op == OAS2DOTTYPE) {
        rhs->op = ODOTTYPE2;
        rhs->flags |= IRF_COMMAOK;
    }
    /* gc: an assignment (=, not :=) after one ODCL per name, blank
     * names too (each costs the inliner 2) */
    IrNode *s = ir_node(op, spec->list.v[0]->pos, NULL);
    s->y = rhs;
    for (int i = 0; i < nn; i++) {
        Node *id = spec->list.v[i];
        if (!id->obj || !strcmp(id->obj->name, "_")) {
            Type *bt = op != OAS2FUNC ? (i ? types_typ[TY_BOOL] : rhs->type) /* v, ok */
                     : rhs->type && rhs->type->kind == TY_TUPLE && i < rhs->type->nfields ? rhs->type->fields[i]->type : NULL;
            /* var h, _ interface{} = g(): the blank has the declared type */
            if (spec->x && spec->x->type && spec->x->type->kind != TY_INVALID) bt = spec->x->type;
            IrName *bn = new_name("_", id->pos, bt, PAUTO);
            ir_list_push(out, dcl_node(bn, spec->list.v[0]->pos));
            ir_list_push(&s->list, name_node(bn, id->pos));
            continue;
        }
        IrName *nm = names[i];
        nm->defn = s;
        ir_list_push(out, dcl_node(nm, id->pos));
        ir_list_push(&s->list, name_node(nm, id->pos));
    }
    rewrite_multi_call(l, s, rhs->pos);
    ir_list_push(out, s);
}

static void lower_simple_into(L *l, Node *n, IrList *out) {
    if (n) lower_stmt(l, n, out);
}

static IrNode *lower_one_stmt(L *l, Node *n) {
    IrList tmp = {0};
    lower_stmt(l, n, &tmp);
    if (tmp.len == 1) return tmp.v[0];
    IrNode *b = ir_node(OBLOCK, n ? n->pos : (Pos){0, 0, 0}, NULL);
    b->list = tmp;
    return b;
}

static void set_label(IrNode *s, Str label) {
    if (s) s->name = label;
}

static void lower_select_comm(L *l, Node *c, IrNode *cas) {
    if (!c) return;
    if (c->kind == N_SENDSTMT) {
        IrNode *s = ir_node(OSEND, c->pos, NULL);
        s->x = lower_expr(l, c->x);
        Type *ct = under(s->x->type);
        Pos at = c->pos;
        irgen_pos(c->x, &at);
        irgen_pos(c->y, &at);
        s->y = assignconv_at(lower_expr(l, c->y), ct ? ct->elem : NULL, at);
        cas->x = s;
        return;
    }
    if (c->kind == N_EXPRSTMT) {
        cas->x = lower_expr(l, c->x);
        return;
    }
    if (c->kind == N_ASSIGN) {
        bool define = c->op == T_DEFINE;
        IrNode *s = ir_node(OAS2RECV, c->pos, NULL);
        if (define) s->flags |= IRF_DEFINE;
        s->y = lower_expr(l, types_unparen(c->list2.v[0]));
        for (int i = 0; i < c->list.len; i++) ir_list_push(&s->list, lower_lhs(l, c->list.v[i], define, &s->init, s));
        if (s->list.len == 1) ir_list_push(&s->list, name_node(new_name("_", c->pos, types_typ[TY_BOOL], PAUTO), c->pos));
        cas->x = s;
        return;
    }
    cas->x = lower_one_stmt(l, c);
}

static void lower_stmt(L *l, Node *n, IrList *out) {
    if (!n) return;
    switch (n->kind) {
    case N_EMPTY: return;
    case N_BLOCK: {
        IrNode *b = ir_node(OBLOCK, n->pos, NULL);
        lower_block_into(l, n, &b->list);
        ir_list_push(out, b);
        return;
    }
    case N_EXPRSTMT: {
        IrNode *e = lower_expr(l, n->x);
        if (e) ir_list_push(out, e);
        return;
    }
    case N_SENDSTMT: {
        IrNode *s = ir_node(OSEND, n->pos, NULL);
        s->x = lower_expr(l, n->x);
        Type *ct = under(s->x->type);
        Pos at = n->pos; /* after lowering the channel and the value */
        irgen_pos(n->x, &at);
        irgen_pos(n->y, &at);
        s->y = assignconv_at(lower_expr(l, n->y), ct ? ct->elem : NULL, at);
        ir_list_push(out, s);
        return;
    }
    case N_INCDEC: {
        IrNode *s = ir_node(OASOP, n->pos, NULL);
        s->tok = n->op == T_INC ? T_ADD : T_SUB;
        s->flags |= IRF_INCDEC;
        s->x = lower_expr(l, n->x);
        s->y = literal(NULL, s->x->type, const_int64(1), n->pos);
        if (s->x && s->x->op == ONAME && s->x->nm) s->x->nm->assigned = true;
        ir_list_push(out, s);
        return;
    }
    case N_ASSIGN: lower_assign(l, n, out); return;
    case N_GO: case N_DEFER: {
        IrNode *s = ir_node(n->kind == N_GO ? OGO : ODEFER, n->pos, NULL);
        s->x = lower_expr(l, n->x);
        ir_list_push(out, s);
        return;
    }
    case N_RETURN: {
        IrNode *s = ir_node(ORETURN, n->pos, NULL);
        IrFunc *f = l->fn;
        IrList vals = {0};
        if (n->list.len == 1 && n->list.v[0]->type && n->list.v[0]->type->kind == TY_TUPLE) {
            IrNode *c = lower_expr(l, n->list.v[0]);
            spread_tuple(l, c, &s->init, &vals, false);
        } else {
            for (int i = 0; i < n->list.len; i++) ir_list_push(&vals, lower_expr(l, n->list.v[i]));
        }
        /* as for call arguments, but starting where lowering all the
         * results left gc's running position (`return g()`: g's call, its
         * '(', or its last argument when g is generic) */
        Pos at = irgen_pos_list(&n->list, n->pos);
        for (int i = 0; i < vals.len; i++) {
            Type *rt = i < f->results.len ? VEC_AT(f->results, IrName *, i)->type : NULL;
            if (vals.len == n->list.len && gc_unique_pos(n->list.v[i])) at = types_unparen(n->list.v[i])->pos;
            ir_list_push(&s->list, assignconv_at(vals.v[i], rt, at));
        }
        ir_list_push(out, s);
        return;
    }
    case N_BRANCH: {
        IrOp op = n->op == T_BREAK ? OBREAK : n->op == T_CONTINUE ? OCONTINUE : n->op == T_GOTO ? OGOTO : OFALL;
        IrNode *s = ir_node(op, n->pos, NULL);
        s->name = n->name;
        ir_list_push(out, s);
        return;
    }
    case N_LABELED: {
        IrNode *lab = ir_node(OLABEL, n->pos, NULL);
        lab->name = n->name;
        ir_list_push(out, lab);
        IrList tmp = {0};
        lower_stmt(l, n->x, &tmp);
        for (int i = 0; i < tmp.len; i++) {
            IrNode *s = tmp.v[i];
            if (s->op == OFOR || s->op == ORANGE || s->op == OSWITCH || s->op == OSELECT) set_label(s, n->name);
            ir_list_push(out, s);
        }
        return;
    }
    case N_IF: {
        IrNode *s = ir_node(OIF, n->pos, NULL);
        lower_simple_into(l, n->x, &s->init);
        s->x = lower_expr(l, n->y);
        lower_block_into(l, n->body, &s->body);
        if (n->z) {
            if (n->z->kind == N_BLOCK) lower_block_into(l, n->z, &s->els);
            else lower_stmt(l, n->z, &s->els);
        }
        ir_list_push(out, s);
        return;
    }
    case N_FOR: {
        IrNode *s = ir_node(OFOR, n->pos, NULL);
        lower_simple_into(l, n->x, &s->init);
        s->x = lower_expr(l, n->y);
        if (n->z) s->y = lower_one_stmt(l, n->z);
        lower_block_into(l, n->body, &s->body);
        ir_list_push(out, s);
        return;
    }
    case N_RANGE: {
        IrNode *s = ir_node(ORANGE, n->pos, n->type);
        s->z = lower_expr(l, n->z);
        if (n->z) { /* gc positions a range statement at its `range` keyword */
            Pos zp = leftmost_pos(n->z);
            Node *zu = types_unparen(n->z);
            if (zu->kind == N_COMPOSITELIT && zu->x) zp = zu->x->pos; /* range []T{...}: at its type */
            if (zp.line == n->pos.line && zp.col > 6) {
                s->pos = zp;
                s->pos.col -= 6;
            }
        }
        bool define = n->op == T_DEFINE;
        if (define) s->flags |= IRF_DEFINE;
        /* as gc's initDefn: the new variables are declared (ODCL) in the
         * statement's init, i.e. at the loop depth outside the loop */
        if (n->x) s->x = lower_lhs(l, n->x, define, &s->init, s);
        if (n->y) s->y = lower_lhs(l, n->y, define, &s->init, s);
        s->type = s->z ? s->z->type : n->type;
        lower_block_into(l, n->body, &s->body);
        ir_list_push(out, s);
        return;
    }
    case N_SWITCH: {
        IrNode *s = ir_node(OSWITCH, n->pos, NULL);
        lower_simple_into(l, n->x, &s->init);
        s->x = lower_expr(l, n->y);
        for (int i = 0; i < n->list.len; i++) {
            Node *cc = n->list.v[i];
            IrNode *c = ir_node(OCASE, cc->pos, NULL);
            if (cc->flags & NF_DEFAULT) c->flags |= IRF_DEFAULT;
            for (int j = 0; j < cc->list.len; j++) {
                IrNode *v = lower_expr(l, cc->list.v[j]);
                if (s->x && s->x->type && v && v->type) {
                    if (v->op == ONIL) v->type = s->x->type;
                }
                ir_list_push(&c->list, v);
            }
            for (int j = 0; j < cc->list2.len; j++) lower_stmt(l, cc->list2.v[j], &c->body);
            ir_list_push(&s->list, c);
        }
        if (stencil_pos && ir_in_instance(l->fn) && s->x && s->x->type) switch_dict_convs(n, s);
        ir_list_push(out, s);
        return;
    }
    case N_TYPESWITCH: {
        IrNode *s = ir_node(OSWITCH, n->pos, NULL);
        lower_simple_into(l, n->x, &s->init);
        Node *guard = n->y;
        IrNode *g = ir_node(OTYPESW, guard ? guard->pos : n->pos, NULL);
        g->x = guard ? lower_expr(l, guard->x) : NULL;
        if (n->name.len && n->w) {
            g->name = n->name;
            g->nm = new_name(intern(n->name.p, n->name.len), n->w->pos, NULL, PAUTO);
        }
        s->x = g;
        for (int i = 0; i < n->list.len; i++) {
            Node *cc = n->list.v[i];
            IrNode *c = ir_node(OCASE, cc->pos, NULL);
            if (cc->flags & NF_DEFAULT) c->flags |= IRF_DEFAULT;
            for (int j = 0; j < cc->list.len; j++) {
                Node *te = cc->list.v[j];
                if (te->tmode == TM_NIL || te->obj == NULL ? (te->type && te->type->kind == TY_UNTYPED_NIL) : te->obj->kind == OBJ_NIL)
                    ir_list_push(&c->list, ir_node(ONIL, te->pos, NULL));
                else
                    ir_list_push(&c->list, typenode(te->type, te->pos));
            }
            if (cc->obj) {
                IrName *cv = declare_local(l, cc->obj, PAUTO);
                cv->defn = g;
                cv->pos = cc->end.line ? cc->end : cc->pos; /* gc reports clause variables at their case's colon */
                c->nm = cv;
            }
            for (int j = 0; j < cc->list2.len; j++) lower_stmt(l, cc->list2.v[j], &c->body);
            ir_list_push(&s->list, c);
        }
        ir_list_push(out, s);
        return;
    }
    case N_SELECT: {
        IrNode *s = ir_node(OSELECT, n->pos, NULL);
        for (int i = 0; i < n->list.len; i++) {
            Node *cc = n->list.v[i];
            IrNode *c = ir_node(OCASE, cc->pos, NULL);
            if (!cc->x) c->flags |= IRF_DEFAULT;
            lower_select_comm(l, cc->x, c);
            for (int j = 0; j < cc->list2.len; j++) lower_stmt(l, cc->list2.v[j], &c->body);
            ir_list_push(&s->list, c);
        }
        ir_list_push(out, s);
        return;
    }
    case N_DECLSTMT: {
        Node *g = n->x;
        if (g && g->op == T_TYPE) {
            ir_list_push(out, ir_node(ODCLTYPE, n->pos, NULL));
            return;
        }
        if (g && g->op == T_CONST) {
            /* gc keeps a declaration node per constant name (nothing to
             * run; the inliner's body text shows each as <node DCLCONST>) */
            for (int i = 0; i < g->list.len; i++)
                for (int j = 0; j < g->list.v[i]->list.len; j++)
                    ir_list_push(out, ir_node(ODCLCONST, g->list.v[i]->list.v[j]->pos, NULL));
            return;
        }
        if (!g || g->op != T_VAR) return;
        for (int i = 0; i < g->list.len; i++) lower_varspec(l, g->list.v[i], out);
        return;
    }
    default:
        return;
    }
}

static void lower_block_into(L *l, Node *blk, IrList *out) {
    if (!blk) return;
    if (blk->kind != N_BLOCK) {
        lower_stmt(l, blk, out);
        return;
    }
    for (int i = 0; i < blk->list.len; i++) lower_stmt(l, blk->list.v[i], out);
}

/* ---- functions ---- */

static IrName *param_name(L *l, Object *o, IrClass cls, int idx, int ridx) {
    IrName *nm;
    const char *name = o->name;
    if (cls == PPARAMOUT) {
        if (!name || !*name) name = arena_printf("~r%d", ridx);
        else if (!strcmp(name, "_")) name = arena_printf("~b%d", ridx);
    }
    if (name && *name && strcmp(name, "_") != 0 && o->name && *o->name && strcmp(o->name, "_") != 0) {
        nm = declare_local(l, o, cls);
    } else {
        nm = new_name(name && *name ? name : "", o->pos, o->type, cls);
        nm->obj = o;
        nm->curfn = l->fn;
        vec_push(&l->fn->dcl, nm);
        map_put(&names, l->fn, o, nm);
    }
    nm->name = name ? name : "";
    nm->param_index = idx;
    return nm;
}

/* ---- gc's numbering of temporaries ----
 * gc names a temporary .autotmp_N after the length of its function's
 * declaration list when it is made (typecheck.TempAt).  Two things make
 * that differ from the lowering order:
 *   - calls of generic code (OFUNCINST) are transformed only by the
 *     stenciling pass (noder/stencil.go scanForGenCalls), after the whole
 *     function is built: their temporaries (temp_deferred) are numbered
 *     after every declaration and every other temporary of the function,
 *     in a pre-order walk of the body (ir.Visit);
 *   - an instance's body is a substituted copy of the generic body whose
 *     declaration list starts with the dictionary parameter and every
 *     declaration of the generic function (parameters, results, locals):
 *     the temporaries made while substituting come after all of them. */
static void name_deferred(IrFunc *f, IrNode *x) {
    if (x && x->op == ONAME && x->nm && !x->nm->name && x->nm->is_temp) {
        x->nm->name = arena_printf(".autotmp_%d", f->dcl.len + f->dcl_phantom);
        vec_push(&f->dcl, x->nm);
    }
}

static void stencil_walk(IrFunc *f, IrNode *n);
static void stencil_walk_list(IrFunc *f, IrList *l) {
    for (int i = 0; i < l->len; i++) stencil_walk(f, l->v[i]);
}

static void stencil_walk(IrFunc *f, IrNode *n) {
    if (!n) return;
    /* the temporaries a call's transformation put in its init */
    for (int i = 0; i < n->init.len; i++) {
        IrNode *s = n->init.v[i];
        if (s->op == OAS) name_deferred(f, s->x);
        if (s->op == OAS2FUNC)
            for (int k = 0; k < s->list.len; k++) name_deferred(f, s->list.v[k]);
    }
    if (n->op == OCLOSURE) return; /* its body is a function of its own */
    stencil_walk_list(f, &n->init);
    if (n->op == ORANGE) stencil_walk(f, n->z); /* gc: the range expression first */
    if (n->op == OAS2FUNC || n->op == OAS2DOTTYPE || n->op == OAS2MAPR || n->op == OAS2RECV) {
        stencil_walk_list(f, &n->list); /* left sides, then the right */
        stencil_walk(f, n->y);
        return;
    }
    stencil_walk(f, n->x);
    stencil_walk(f, n->y);
    if (n->op != ORANGE) stencil_walk(f, n->z);
    stencil_walk(f, n->w);
    stencil_walk_list(f, &n->list);
    stencil_walk_list(f, &n->rlist);
    stencil_walk_list(f, &n->body);
    stencil_walk_list(f, &n->els);
}

/* gc's convertUsingDictionary of an interface value to a non-empty
 * interface type with shapes (dictPass, after the stenciler's own
 * temporaries, post-order): `.autotmp_N = x` in the conversion's init,
 * then EFACE(runtime.convI2I(dict type, ITAB(tmp)), IDATA(tmp)).  The
 * assignment is kept in the conversion's y (ir_dict_i2i) for escape
 * analysis and the inliner; codegen converts x as before. */
static void i2i_walk(IrFunc *f, IrNode *n);
static void i2i_walk_list(IrFunc *f, IrList *l) {
    for (int i = 0; i < l->len; i++) i2i_walk(f, l->v[i]);
}
static void i2i_walk(IrFunc *f, IrNode *n) {
    if (!n || n->op == OCLOSURE) return;
    i2i_walk_list(f, &n->init);
    i2i_walk(f, n->x);
    i2i_walk(f, n->y);
    i2i_walk(f, n->z);
    i2i_walk(f, n->w);
    i2i_walk_list(f, &n->list);
    i2i_walk_list(f, &n->rlist);
    i2i_walk_list(f, &n->body);
    i2i_walk_list(f, &n->els);
    if (n->op != OCONVIFACE || n->y || !n->x || !n->x->type || !n->type || !types_is_interface(n->x->type) ||
        ir_empty_iface(n->type) || !types_has_shape(n->type) || ir_shape_conv_nop(n))
        return;
    IrName *t = new_name(arena_printf(".autotmp_%d", f->dcl.len + f->dcl_phantom), n->pos, n->x->type, PAUTO);
    t->is_temp = true;
    t->curfn = f;
    vec_push(&f->dcl, t);
    IrNode *as = ir_node(OAS, n->pos, NULL);
    as->x = name_node(t, n->pos);
    as->y = n->x;
    t->defn = as;
    n->y = as;
}

static void stencil_temps(IrFunc *f, IrList *body) {
    if (ir_in_instance(f)) {
        int named = 0;
        for (int i = 0; i < f->dcl.len; i++) named += !VEC_AT(f->dcl, IrName *, i)->is_temp;
        int k = 1 + named; /* .dict, the generic function's declarations */
        for (int i = 0; i < f->dcl.len; i++) {
            IrName *t = VEC_AT(f->dcl, IrName *, i);
            if (t->is_temp) t->name = arena_printf(".autotmp_%d", k++);
        }
        f->dcl_phantom = 1; /* .dict counts for later temporaries too */
    }
    stencil_walk_list(f, body);
    /* any the walk did not reach still gets a name (after the others) */
    int keep = 0;
    for (int i = 0; i < deferred_temps.len; i++) {
        IrName *t = VEC_AT(deferred_temps, IrName *, i);
        if (t->curfn == f && !t->name) {
            t->name = arena_printf(".autotmp_%d", f->dcl.len + f->dcl_phantom);
            vec_push(&f->dcl, t);
        }
        if (!t->name) deferred_temps.v[keep++] = t;
    }
    deferred_temps.len = keep;
    if (ir_in_instance(f)) i2i_walk_list(f, body);
}

static void lower_func_body(L *l, IrFunc *f, Node *ftype, Node *body, Type *sig, Object *recvobj) {
    int idx = 0;
    dict_names(f);
    Object *rv = recvobj ? recvobj : (sig ? sig->recv : NULL);
    if (rv) {
        f->recv = param_name(l, rv, PPARAM, idx++, 0);
    }
    if (sig && sig->params)
        for (int i = 0; i < sig->params->nfields; i++) vec_push(&f->params, param_name(l, sig->params->fields[i], PPARAM, idx++, 0));
    if (sig && sig->results)
        for (int i = 0; i < sig->results->nfields; i++)
            vec_push(&f->results, param_name(l, sig->results->fields[i], PPARAMOUT, i, i));
    if (body) {
        f->has_body = true;
        f->endpos = body->end;
        bool saved = stencil_pos;
        stencil_pos = ir_in_instance(f);
        lower_block_into(l, body, &f->body);
        stencil_pos = saved;
        stencil_temps(f, &f->body);
    }
    stencil_finish(f, false);
    ir_instance_dictionary(f); /* an instance (not its closures): its dictionary's layout */
    /* the sub-dictionaries its stencil closures capture: their calls pass
     * the captured .dictN, not the dictionary read (set by the layout) */
    for (int i = 0; !f->outer && i + 1 < subdict_calls.len; i += 2) {
        IrFunc *c = VEC_AT(subdict_calls, IrFunc *, i + 1), *top = c;
        while (top->outer) top = top->outer;
        if (top != f) continue;
        VEC_AT(subdict_calls, IrNode *, i)->dict = c->dict_cv->name;
    }
}

static int pragma_of(Str d) {
    int p = 0;
    const char *s = d.p;
    int n = d.len;
    for (int i = 0; i < n; i++) {
        if (i + 3 < n && !strncmp(s + i, "//go:", 5 > n - i ? (size_t)(n - i) : 5)) {
            const char *w = s + i + 5;
            int rest = n - i - 5;
#define PR(name, flag) if (rest >= (int)strlen(name) && !strncmp(w, name, strlen(name))) p |= flag;
            PR("noinline", IR_NOINLINE)
            PR("noescape", IR_NOESCAPE)
            PR("nosplit", IR_NOSPLIT)
            PR("norace", IR_NORACE)
            PR("nocheckptr", IR_NOCHECKPTR)
            PR("uintptrescapes", IR_UINTPTRESCAPES)
            PR("uintptrkeepalive", IR_UINTPTRKEEPALIVE)
            PR("yeswritebarrierrec", IR_YESWRITEBARRIERREC)
            PR("registerparams", IR_REGISTERPARAMS)
            PR("cgo_unsafe_args", IR_CGOUNSAFEARGS)
            PR("systemstack", IR_SYSTEMSTACK)
#undef PR
        }
    }
    return p;
}

/* Lowers a declared function's body (any package: the inliner lowers
 * stdlib bodies on demand through this). */

void ir_lower_func_decl(IrPackage *ip, IrFunc *f) {
    if (f->has_body || !f->decl || f->decl->kind != N_FUNCDECL || !f->decl->body) return;
    L l = {ip, f, 0};
    f->pragma = pragma_of(f->decl->directive);
    Object *recvobj = f->obj && f->obj->type ? f->obj->type->recv : NULL;
    lower_func_body(&l, f, f->decl->x, f->decl->body, f->type, recvobj);
    /* another package's body, read for inlining: gc's importer renames
     * the temporaries of an imported inline body in the order of its
     * declarations, from 0 (iimport's autotmpgen): os..autotmp_0 */
    if (f->obj && f->obj->pkg && f->obj->pkg != cur_pkg && f->obj->pkg->is_std) {
        int k = 0;
        for (int i = 0; i < f->dcl.len; i++) {
            IrName *t = VEC_AT(f->dcl, IrName *, i);
            if (t->is_temp && t->name && !strncmp(t->name, ".autotmp_", 9)) t->name = arena_printf(".autotmp_%d", k++);
        }
    }
}

typedef struct TopOrd {
    IrFunc *f;
    int seq;
} TopOrd;

static int top_cmp(const void *a, const void *b) {
    const TopOrd *x = a, *y = b;
    /* instances of generics follow the package's functions, in the order
     * they were instantiated (gc appends them to the declarations) */
    bool xi = (x->f->obj && x->f->obj->generic) || x->f->stencil, yi = (y->f->obj && y->f->obj->generic) || y->f->stencil;
    if (xi != yi) return xi ? 1 : -1;
    if (xi) {
        /* in the stenciler's order (ir_instance_order: an instance
         * follows the one that made its shape; 0, not reached, last) */
        unsigned xs = (unsigned)x->f->inst_seq - 1, ys = (unsigned)y->f->inst_seq - 1;
        if (xs != ys) return xs < ys ? -1 : 1;
        return x->seq - y->seq;
    }
    int c = pos_cmp(x->f->pos, y->f->pos);
    return c ? c : x->seq - y->seq;
}

/* gc's staticinit lays out these parts of package initializers in static
 * data: escape analysis never reports them. */
static void mark_static(IrNode *n) {
    if (!n) return;
    if (n->op == OSLICELIT || n->op == OPTRLIT || n->op == OCLOSURE || n->op == OCONVIFACE) n->flags |= IRF_STATICINIT;
    /* []byte("constant"): the bytes are static data (InitSliceBytes) */
    if (n->op == OSTR2BYTES && n->x && n->x->op == OLITERAL) n->flags |= IRF_STATICINIT;
    if (n->op == OCLOSURE || n->op == OMAPLIT || n->op == OCALLFUNC || n->op == OCALLINTER) return; /* built by init code */
    mark_static(n->x);
    mark_static(n->y);
    mark_static(n->z);
    mark_static(n->w);
    for (int i = 0; i < n->list.len; i++) mark_static(n->list.v[i]);
    for (int i = 0; i < n->rlist.len; i++) mark_static(n->rlist.v[i]);
}

/* The parts of a package initializer that gc's StaticAssign follows:
 * struct, array and slice literals, &T{...}, and the concrete value of a
 * conversion to an interface.  Its initplan skips a blank field's key, so
 * the value is never evaluated (nor analysed: this runs after inlining,
 * whose "inlining call" lines gc has printed by then). */
static void static_blank(IrNode *n) {
    while (n && (n->op == OCONVNOP || n->op == OCONVIFACE)) n = n->x;
    if (!n) return;
    switch (n->op) {
    case OADDR: case OPTRLIT:
        if (n->x && (n->x->op == OSTRUCTLIT || n->x->op == OARRAYLIT || n->x->op == OSLICELIT)) static_blank(n->x);
        return;
    case OSTRUCTLIT: {
        int keep = 0;
        for (int i = 0; i < n->list.len; i++) {
            IrNode *k = n->list.v[i];
            if (k && k->op == OSTRUCTKEY && k->obj && !strcmp(k->obj->name, "_")) continue;
            if (k) static_blank(k->op == OSTRUCTKEY ? k->x : k);
            n->list.v[keep++] = k;
        }
        n->list.len = keep;
        return;
    }
    case OARRAYLIT: case OSLICELIT:
        for (int i = 0; i < n->list.len; i++) {
            IrNode *e = n->list.v[i];
            static_blank(e && e->op == OKEY ? e->y : e);
        }
        return;
    default:
        return;
    }
}

void ir_static_blank_fields(IrPackage *p) {
    for (int i = 0; i < p->init.len; i++) {
        IrNode *s = p->init.v[i];
        if (s && s->op == OAS && s->x && s->x->op == ONAME) static_blank(s->y);
    }
}

/* gc's staticinit.AnySideEffects: whether evaluating n may do more than
 * compute a value (a call, a receive, an index that may panic, a division
 * by a non-constant or zero, a make with a size). */
static bool any_side_effects(IrNode *n) {
    if (!n) return false;
    switch (n->op) {
    case ONAME: case OTYPE: case OLITERAL: case ONIL: case OUNARY: case OANDAND: case OOROR: case OADDSTR:
    case OADDR: case OBYTES2STR: case ORUNES2STR: case OSTR2BYTES: case OSTR2RUNES: case ORUNESTR: case OCAP:
    case OLEN: case OCOMPLIT: case OMAPLIT: case OSTRUCTLIT: case OARRAYLIT: case OSLICELIT: case OPTRLIT:
    case OCONV: case OCONVIFACE: case OCONVNOP: case ODOT: case OKEY: case OSTRUCTKEY: case ONEW: case OREAL:
    case OIMAG: case OCOMPLEX:
        break;
    case OBINARY:
        if ((n->tok == T_QUO || n->tok == T_REM) &&
            (!n->y || n->y->op != OLITERAL || !n->y->cval || const_sign(n->y->cval) == 0))
            return true;
        break;
    case OMAKEMAP: case OMAKECHAN:
        /* no size: gc's typecheck made it a literal 0 */
        if (n->x && (n->x->op != OLITERAL || !n->x->cval || const_sign(n->x->cval) != 0)) return true;
        break;
    default:
        return true;
    }
    if (any_side_effects(n->x) || any_side_effects(n->y) || any_side_effects(n->z) || any_side_effects(n->w)) return true;
    for (int i = 0; i < n->init.len; i++)
        if (any_side_effects(n->init.v[i])) return true;
    for (int i = 0; i < n->list.len; i++)
        if (any_side_effects(n->list.v[i])) return true;
    for (int i = 0; i < n->rlist.len; i++)
        if (any_side_effects(n->rlist.v[i])) return true;
    return false;
}

static const char *entry_name = "main";

void ir_set_entry(const char *name) { entry_name = name ? name : "main"; }

IrFunc *ir_main_func(IrPackage *ip) {
    for (int i = 0; i < ip->funcs.len; i++) {
        IrFunc *f = ip->funcs.v[i];
        if (!f->outer && f->obj && !f->obj->recv_type && f->obj->name && !strcmp(f->obj->name, entry_name)) return f;
    }
    return NULL;
}

/* Numbers the pending package-level .rcvrN declared before `at` (all of
 * them when at is the zero position). */
static void glob_rcvr_flush(Pos at) {
    int keep = 0;
    for (int i = 0; i < glob_rcvrs.len; i++) {
        IrName *r = VEC_AT(glob_rcvrs, IrName *, i);
        bool before = !at.file || pos_cmp(r->pos, at) < 0;
        if (before && keep == 0) r->name = arena_printf(".rcvr%d", stencil_dnum++);
        else glob_rcvrs.v[keep++] = r; /* and every one after it, in order */
    }
    glob_rcvrs.len = keep;
}

IrPackage *ir_package_vars(Package *pkg) {
    IrPackage *ip = NEW(IrPackage);
    ip->pkg = pkg;
    ip->path = pkg->path;
    for (int i = 0; i < pkg->vars.len; i++) vec_push(&ip->globals, global_name(VEC_AT(pkg->vars, Object *, i)));
    return ip;
}

IrPackage *ir_lower(Package *pkg) {
    IrPackage *ip = NEW(IrPackage);
    ip->pkg = pkg;
    ip->path = pkg->path;
    cur_pkg = pkg;
    ir_fmt_set_local(pkg);
    glob_closgen = 0;
    stencil_dnum = 0;
    stencil_dnum_dup = 1000000;
    stencil_shapes = (Vec){0};
    stencils = (Vec){0};
    glob_rcvrs = (Vec){0};
    glob_vars = &ip->globals;

    IrFunc *initfn = NEW(IrFunc);
    initfn->name = "init";
    initfn->pkgpath = pkg->path;
    initfn->has_body = true;
    initfn->is_wrapper = true;
    initfn->type = types_new_func(NULL, types_new_tuple(NULL, 0), types_new_tuple(NULL, 0), false);
    initfn->nname = new_name("init", (Pos){0, 0, 0}, initfn->type, PFUNC);
    initfn->nname->func = initfn;
    ip->initfn = initfn;

    for (int i = 0; i < pkg->vars.len; i++) vec_push(&ip->globals, global_name(VEC_AT(pkg->vars, Object *, i)));

    glob_lits = (Vec){0};
    for (int i = 0; i < pkg->init_order.len; i++) collect_glob_lits(VEC_AT(pkg->init_order, Initializer *, i)->rhs);
    if (glob_lits.len > 1) qsort(glob_lits.v, (size_t)glob_lits.len, sizeof(void *), node_pos_cmp);
    glob_closgen = glob_lits.len;

    /* Package variable initialisation, in Go's order. */
    L li = {ip, initfn, 0};
    for (int i = 0; i < pkg->init_order.len; i++) {
        Initializer *in = VEC_AT(pkg->init_order, Initializer *, i);
        if (!in->rhs) continue;
        if (in->nlhs == 1) {
            IrNode *s = ir_node(OAS, in->rhs->pos, NULL);
            Object *o = in->lhs[0];
            s->x = (o && strcmp(o->name, "_") != 0) ? name_node(global_name(o), o->pos)
                                                    : name_node(new_name("_", in->rhs->pos, NULL, PAUTO), in->rhs->pos);
            s->y = lower_expr(&li, in->rhs);
            Pos at = o ? o->pos : in->rhs->pos;
            irgen_pos(in->rhs, &at);
            s->y = assignconv_at(s->y, lhs_type(s->x), at);
            if (o) s->pos = o->pos;
            /* `var a, b = x, y`: gc's assignments are all at the
             * declaration, its first name */
            if (o && o->spec && o->spec->kind == N_VARSPEC && o->spec->list.len > 1) s->pos = o->spec->list.v[0]->pos;
            /* `var _ = v` without side effects: gc's staticinit discards it */
            if (s->x->nm && !strcmp(s->x->nm->name, "_") && !any_side_effects(s->y)) continue;
            ir_list_push(&ip->init, s);
        } else {
            IrNode *rhs = lower_expr(&li, in->rhs);
            IrOp op = rhs->op == ODOTTYPE || rhs->op == ODOTTYPE2 ? OAS2DOTTYPE : rhs->op == OINDEXMAP ? OAS2MAPR
                    : rhs->op == ORECV ? OAS2RECV : OAS2FUNC;
            if (op == OAS2DOTTYPE) {
                rhs->op = ODOTTYPE2;
                rhs->flags |= IRF_COMMAOK;
            }
            IrNode *s = ir_node(op, in->lhs[0] ? in->lhs[0]->pos : in->rhs->pos, NULL);
            s->y = rhs;
            for (int k = 0; k < in->nlhs; k++) {
                Object *o = in->lhs[k];
                ir_list_push(&s->list, (o && strcmp(o->name, "_") != 0) ? name_node(global_name(o), o->pos)
                                                                        : name_node(new_name("_", s->pos, NULL, PAUTO), s->pos));
            }
            ir_list_push(&ip->init, s);
        }
    }
    stencil_temps(initfn, &ip->init);
    stencil_finish(initfn, true); /* gc's stenciler names its glob..funcN after the literals */
    initfn->body = ip->init;
    for (int i = 0; i < ip->init.len; i++) mark_static(ip->init.v[i]);

    /* Functions in source order; closures are appended as they are met,
     * right after their enclosing function. */
    int ninit = 0;
    for (int i = 0; i < pkg->funcs.len; i++) {
        Object *o = VEC_AT(pkg->funcs, Object *, i);
        IrFunc *f = ir_func_for_object(o);
        if (glob_rcvrs.len) glob_rcvr_flush(ir_is_instance(f) || !o->decl ? (Pos){0, 0, 0} : o->decl->pos);
        bool is_init = !o->recv_type && !strcmp(o->name, "init");
        if (is_init) {
            f->name = arena_printf("init.%d", ninit++);
            f->nname->name = f->name;
            vec_push(&ip->inits, f);
        }
        vec_push(&ip->funcs, f);
        if (o->decl && o->decl->kind == N_FUNCDECL && !f->has_body) { /* has_body: lowered already (inliner) */
            f->pragma = pragma_of(o->decl->directive);
            if (o->decl->y) f->pos = o->decl->y->pos;
            if (o->decl->w) { /* methods: gc's position is the receiver's '(' */
                f->pos = o->decl->pos;
                /* (the parser puts N_FUNCDECL at the token after `func`) */
            }
            L l = {ip, f, 0};
            Object *recvobj = o->type ? o->type->recv : NULL;
            lower_func_body(&l, f, o->decl->x, o->decl->body, o->type, recvobj);
        }
    }
    glob_rcvr_flush((Pos){0, 0, 0});
    /* gc's declaration order: top-level functions (package-level literals
     * included) by source position, each followed by its closures */
    {
        int n = ip->funcs.len;
        TopOrd *tops = NEWN(TopOrd, n + 1);
        int nt = 0;
        for (int i = 0; i < n; i++) {
            IrFunc *f = VEC_AT(ip->funcs, IrFunc *, i);
            f->index = -1;
            if (!f->outer) {
                tops[nt].f = f;
                tops[nt].seq = nt;
                nt++;
            }
        }
        ir_instance_order(ip);
        qsort(tops, (size_t)nt, sizeof(TopOrd), top_cmp);
        for (int i = 0; i < nt; i++) tops[i].f->index = i;
        /* bucket closures under their outermost function, keeping order */
        int *count = NEWN(int, nt + 1);
        for (int i = 0; i < n; i++) {
            IrFunc *c = VEC_AT(ip->funcs, IrFunc *, i);
            if (!c->outer) continue;
            IrFunc *o = c->outer;
            while (o->outer) o = o->outer;
            if (o->index >= 0) count[o->index]++;
        }
        int *start = NEWN(int, nt + 1);
        int acc = 0;
        for (int i = 0; i < nt; i++) {
            start[i] = acc + i + 1; /* slot after the top-level function itself */
            acc += count[i];
        }
        IrFunc **out = NEWN(IrFunc *, n + 1);
        int *fill = NEWN(int, nt + 1);
        for (int i = 0; i < nt; i++) out[start[i] - 1] = tops[i].f;
        for (int i = 0; i < n; i++) {
            IrFunc *c = VEC_AT(ip->funcs, IrFunc *, i);
            if (!c->outer) continue;
            IrFunc *o = c->outer;
            while (o->outer) o = o->outer;
            if (o->index >= 0) out[start[o->index] + fill[o->index]++] = c;
        }
        Vec sorted = {0};
        for (int i = 0; i < nt + acc; i++)
            if (out[i]) vec_push(&sorted, out[i]);
        ip->funcs = sorted;
    }
    if (ip->init.len) vec_push(&ip->funcs, initfn);
    for (int i = 0; i < ip->funcs.len; i++) ir_deadcode(VEC_AT(ip->funcs, IrFunc *, i));
    for (int i = 0; i < ip->funcs.len; i++) VEC_AT(ip->funcs, IrFunc *, i)->index = i;
    return ip;
}
