/*
 * deadcode.c: gc's early dead-code elimination (cmd/compile/internal/
 * deadcode), which runs after type checking and before inlining and escape
 * analysis, so its effects are visible in -m output: code under `if false`
 * produces no escape facts, closures in it are never analysed.
 *
 * Rules (as gc's): an `if` with a constant condition keeps only the branch
 * taken; if that branch ends in return or panic, the statements after the
 * `if` in the same list are dropped, unless a label follows the `if`
 * (a goto could reach them).  `&&`/`||` with a constant left operand are
 * folded first.  A body that is then only constant `if`s with empty
 * branches and `for false` loops becomes one empty block.
 */
#include "ir/ir.h"

static bool lit_bool(IrNode *n, bool *v) {
    if (!n || n->op != OLITERAL || !n->cval || n->cval->kind != CK_BOOL) return false;
    *v = n->cval->b;
    return true;
}

static IrNode *fold(IrNode *n) {
    if (!n) return n;
    if (n->op == OANDAND || n->op == OOROR) {
        n->x = fold(n->x);
        n->y = fold(n->y);
        bool v;
        if (lit_bool(n->x, &v)) {
            if (n->op == OANDAND) return v ? n->y : n->x;
            return v ? n->x : n->y;
        }
    }
    return n;
}

static void dead_stmts(IrList *l);

static bool const_eq(Const *a, Const *b) {
    if (!a || !b || a->kind != b->kind) {
        if (a && b && (a->kind == CK_INT || a->kind == CK_FLOAT) && (b->kind == CK_INT || b->kind == CK_FLOAT))
            return const_compare(T_EQL, a, b);
        return false;
    }
    return const_compare(T_EQL, a, b);
}

static bool has_fall(IrList *body) {
    for (int i = 0; i < body->len; i++)
        if (body->v[i]->op == OFALL) return true;
    return false;
}

/* switch on a constant with constant cases: keep only the case taken
 * (gc gives up on fallthrough and on non-constant cases). */
static void fold_switch(IrNode *n) {
    if (n->x && n->x->op == OTYPESW) return;
    Const *x;
    Const t = {0};
    if (n->x) {
        if (n->x->op != OLITERAL || !n->x->cval) return;
        x = n->x->cval;
    } else {
        t.kind = CK_BOOL;
        t.b = true;
        x = &t;
    }
    IrNode *def = NULL;
    for (int i = 0; i < n->list.len; i++) {
        IrNode *cas = n->list.v[i];
        if (cas->list.len == 0) {
            def = cas;
            continue;
        }
        for (int j = 0; j < cas->list.len; j++) {
            IrNode *c = cas->list.v[j];
            if (c->op != OLITERAL || !c->cval) return;
            if (const_eq(x, c->cval)) {
                if (has_fall(&cas->body)) return;
                cas->list.v[0] = c;
                cas->list.len = 1;
                n->list.v[0] = cas;
                n->list.len = 1;
                return;
            }
        }
    }
    if (def) {
        if (has_fall(&def->body)) return;
        n->list.v[0] = def;
        n->list.len = 1;
        return;
    }
    n->list.len = 0;
}

static void dead_stmts(IrList *l) {
    int last_label = -1;
    for (int i = 0; i < l->len; i++)
        if (l->v[i] && l->v[i]->op == OLABEL) last_label = i;
    for (int i = 0; i < l->len; i++) {
        IrNode *n = l->v[i];
        if (!n) continue;
        bool cut = false;
        if (n->op == OIF) {
            n->x = fold(n->x);
            bool v;
            if (lit_bool(n->x, &v)) {
                IrList *body;
                if (v) {
                    n->els = (IrList){0};
                    body = &n->body;
                } else {
                    n->body = (IrList){0};
                    body = &n->els;
                }
                if (body->len) {
                    IrOp last = body->v[body->len - 1]->op;
                    if ((last == ORETURN || last == OPANIC) && i > last_label) cut = true;
                }
            }
        }
        if (n->op == OSWITCH) fold_switch(n);
        dead_stmts(&n->init);
        switch (n->op) {
        case OBLOCK: dead_stmts(&n->list); break;
        case OFOR: dead_stmts(&n->body); break;
        case OIF: dead_stmts(&n->body); dead_stmts(&n->els); break;
        case ORANGE: dead_stmts(&n->body); break;
        case OSELECT: case OSWITCH:
            for (int j = 0; j < n->list.len; j++) dead_stmts(&n->list.v[j]->body);
            break;
        default: break;
        }
        if (cut) {
            l->len = i + 1;
            break;
        }
    }
}

/* A body left with nothing but constant `if`s with empty branches and
 * `for false` loops does nothing: gc replaces it with one empty block
 * ("can inline f with cost 0 as: func() {  }"). */
static bool does_nothing(IrList *body) {
    if (body->len == 0) return false;
    for (int i = 0; i < body->len; i++) {
        IrNode *n = body->v[i];
        bool v;
        if (!n || n->init.len) return false;
        if (n->op == OIF) {
            if (!lit_bool(n->x, &v) || n->body.len || n->els.len) return false;
        } else if (n->op == OFOR) {
            if (!lit_bool(n->x, &v) || v) return false;
        } else {
            return false;
        }
    }
    return true;
}

void ir_deadcode(IrFunc *fn) {
    if (!fn || !fn->has_body) return;
    dead_stmts(&fn->body);
    if (does_nothing(&fn->body)) {
        IrNode *blk = ir_node(OBLOCK, fn->body.v[0]->pos, NULL);
        fn->body.len = 0;
        ir_list_push(&fn->body, blk);
    }
}
