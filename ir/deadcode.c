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
 * folded first.
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

void ir_deadcode(IrFunc *fn) {
    if (fn && fn->has_body) dead_stmts(&fn->body);
}
