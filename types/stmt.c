/*
 * stmt.c: statements and function bodies (types2's stmt.go, return.go,
 * labels and syntax.CheckBranches' rules for break/continue/goto/
 * fallthrough, which gc checks in its parser but gosub checks here).
 *
 * Invariants: every block opens a scope whose parent is the enclosing
 * one; `declared but not used` is reported per function for its own local
 * variables (closures report theirs); assignments to a variable are not
 * uses of it.
 */
#include <stdio.h>
#include <string.h>

#include "types/internal.h"
#include "types/types.h"

void *types_expr_list(Checker *c, NodeList *el, bool allow_comma_ok, int *n, bool *comma_ok);
void check_binary_assign(Checker *c, Operand *x, Node *lhs, Node *rhs, int op);
bool types_builtin_is_stmt(BuiltinId id);

enum {
    CTX_BREAK = 1,
    CTX_CONTINUE = 2,
    CTX_FALLTHROUGH = 4,
    CTX_FINAL_CASE = 8,
    CTX_TYPESWITCH = 16,
};

static void stmt(Checker *c, int ctx, Node *s);

static void open_scope(Checker *c, const char *what) { c->scope = types_new_scope(c->scope, what); }
static void close_scope(Checker *c) {
    if (c->scope->parent) c->scope = c->scope->parent;
}

static void stmt_list(Checker *c, int ctx, NodeList *l) {
    bool ok = (ctx & CTX_FALLTHROUGH) != 0;
    int inner = ctx & ~(CTX_FALLTHROUGH | CTX_FINAL_CASE);
    /* trailing empty statements are ignored for fallthrough placement */
    int last = l->len - 1;
    while (last >= 0 && l->v[last]->kind == N_EMPTY) last--;
    for (int i = 0; i < l->len; i++) {
        int ic = inner;
        if (ok && i == last) ic |= CTX_FALLTHROUGH;
        else if ((ctx & CTX_FINAL_CASE) && i == last) ic |= CTX_FINAL_CASE;
        stmt(c, ic, l->v[i]);
    }
}

void check_stmt_list(Checker *c, NodeList *l) { stmt_list(c, 0, l); }

/* ---- assignments ---- */

Type *check_assign_var(Checker *c, Node *lhs, Operand *x) {
    if (x->mode == TM_INVALID || x->type->kind == TY_INVALID) {
        check_use(c, lhs);
        return NULL;
    }
    Node *id = types_unparen(lhs);
    if (id && id->kind == N_IDENT && str_eqc(id->name, "_")) {
        id->obj = NULL;
        check_assignment(c, x, NULL, "assignment to _ identifier");
        if (x->mode == TM_INVALID) return NULL;
        return x->type;
    }
    Object *v = NULL;
    int v_flags = 0;
    if (id && id->kind == N_IDENT) {
        Object *o = types_scope_lookup_parent(c->scope, intern(id->name.p, id->name.len), NULL);
        if (o && o->kind == OBJ_VAR && o->pkg == c->pkg) {
            v = o;
            v_flags = o->vflags;
        }
    }
    Operand z;
    check_expr(c, &z, lhs);
    if (v) {
        v->vflags = (v->vflags & ~VF_USED) | (v_flags & VF_USED);
        v->vflags |= VF_ASSIGNED;
    }
    if (z.mode == TM_INVALID || z.type->kind == TY_INVALID) return NULL;
    switch (z.mode) {
    case TM_VARIABLE: case TM_MAPINDEX: break;
    default: {
        Node *sel = types_unparen(z.expr);
        if (sel && sel->kind == N_SELECTOR) {
            Node *b = types_unparen(sel->x);
            if (b && b->tmode == TM_MAPINDEX) {
                check_errorf(c, z.expr, "cannot assign to struct field %s in map", expr_str(z.expr));
                return NULL;
            }
        }
        check_errorf(c, z.expr, "cannot assign to %s", opnd_str(c, &z));
        return NULL;
    }
    }
    check_assignment(c, x, z.type, "assignment");
    if (v) types_gen_check_assign(c, x, v, "assignment");
    if (x->mode == TM_INVALID) return NULL;
    return x->type;
}

void check_assign_vars(Checker *c, NodeList *lhs, NodeList *orig_rhs) {
    int nr;
    bool comma_ok;
    Operand *rhs = types_expr_list(c, orig_rhs, lhs->len == 2, &nr, &comma_ok);
    if (lhs->len != nr) {
        for (int i = 0; i < lhs->len; i++) check_use(c, lhs->v[i]);
        for (int i = 0; i < nr; i++)
            if (rhs[i].mode == TM_INVALID) return;
        assign_error(c, orig_rhs, lhs->len, nr);
        return;
    }
    bool ok = true;
    for (int i = 0; i < lhs->len; i++)
        if (!check_assign_var(c, lhs->v[i], &rhs[i])) ok = false;
    if (!ok) {
        /* avoid follow-on "declared but not used" errors */
        for (int i = 0; i < lhs->len; i++) {
            Node *id = types_unparen(lhs->v[i]);
            if (id && id->kind == N_IDENT) {
                Object *o = types_scope_lookup_parent(c->scope, intern(id->name.p, id->name.len), NULL);
                if (o && o->kind == OBJ_VAR && o->pkg == c->pkg) o->vflags |= VF_USED;
            }
        }
    }
    if (comma_ok && orig_rhs->len == 1) orig_rhs->v[0]->tmode = TM_COMMAOK;
}

void check_short_var_decl(Checker *c, Node *s) {
    NodeList *lhs = &s->list;
    Scope *scope = c->scope;
    int n = lhs->len;
    Object **vars = NEWN(Object *, n + 1);
    Vec newv = {0};
    bool has_err = false;
    for (int i = 0; i < n; i++) {
        Node *l = lhs->v[i];
        if (l->kind != N_IDENT) {
            check_use(c, l);
            check_errorf(c, l, "non-name %s on left side of :=", expr_str(l));
            has_err = true;
            continue;
        }
        const char *nm = intern(l->name.p, l->name.len);
        if (strcmp(nm, "_")) {
            bool seen = false;
            for (int k = 0; k < i; k++) {
                Node *p = lhs->v[k];
                if (p->kind == N_IDENT && str_eq(p->name, l->name)) seen = true;
            }
            if (seen) {
                check_errorf(c, l, "%s repeated on left side of :=", nm);
                has_err = true;
                continue;
            }
        }
        Object *alt = types_scope_lookup(scope, nm);
        if (alt) {
            l->obj = alt;
            if (alt->kind == OBJ_VAR) {
                vars[i] = alt;
                alt->vflags |= VF_ASSIGNED;
            } else {
                check_errorf(c, l, "cannot assign to %s", nm);
                has_err = true;
            }
            continue;
        }
        Object *o = new_var_obj(c, nm, NULL, l->pos, VAR_LOCAL);
        o->decl = l;
        l->obj = o;
        vars[i] = o;
        if (strcmp(nm, "_")) vec_push(&newv, o);
    }
    for (int i = 0; i < n; i++)
        if (!vars[i]) vars[i] = new_var_obj(c, "_", NULL, lhs->v[i]->pos, VAR_LOCAL);
    /* existing variables keep their used state */
    int *used = NEWN(int, n + 1);
    for (int i = 0; i < n; i++) used[i] = vars[i]->vflags & VF_USED;
    check_init_vars(c, vars, n, &s->list2, NULL);
    for (int i = 0; i < n; i++) {
        bool is_new = false;
        for (int k = 0; k < newv.len; k++)
            if (newv.v[k] == vars[i]) is_new = true;
        if (!is_new && vars[i]->type) vars[i]->vflags = (vars[i]->vflags & ~VF_USED) | used[i];
    }
    if (newv.len == 0 && !has_err) {
        check_error_at(c, s->pos, "no new variables on left side of :=");
        return;
    }
    for (int i = 0; i < newv.len; i++) {
        Object *o = newv.v[i];
        if (!o->type) o->type = types_typ[TY_INVALID];
        types_scope_insert(scope, o);
    }
}

/* ---- terminating statements (spec "Terminating statements") ---- */

static bool has_break(Node *s, const char *label, bool implicit);

static bool has_break_list(NodeList *l, const char *label, bool implicit) {
    for (int i = 0; i < l->len; i++)
        if (has_break(l->v[i], label, implicit)) return true;
    return false;
}

static bool has_break(Node *s, const char *label, bool implicit) {
    if (!s) return false;
    switch (s->kind) {
    case N_BRANCH:
        if (s->op == T_BREAK) {
            if (s->name.len == 0) return implicit;
            return label && str_eqc(s->name, label);
        }
        return false;
    case N_LABELED:
        return has_break(s->x, label, implicit);
    case N_BLOCK:
        return has_break_list(&s->list, label, implicit);
    case N_IF:
        return has_break(s->body, label, implicit) || has_break(s->z, label, implicit);
    case N_CASECLAUSE: case N_COMMCLAUSE:
        return has_break_list(&s->list2, label, implicit);
    case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
        if (label) return has_break_list(&s->list, label, false);
        return false;
    case N_FOR: case N_RANGE:
        if (label) return has_break(s->body, label, false);
        return false;
    default:
        return false;
    }
}

bool is_terminating(Node *s, const char *label) {
    if (!s) return false;
    switch (s->kind) {
    case N_RETURN:
        return true;
    case N_BRANCH:
        return s->op == T_GOTO || s->op == T_FALLTHROUGH;
    case N_EXPRSTMT: {
        Node *call = types_unparen(s->x);
        /* a call of panic that checked (types2 records only those) */
        if (call && call->kind == N_CALL && call->sel == CALL_BUILTIN && call->obj && call->obj->bid == BUILTIN_PANIC &&
            call->tmode != TM_INVALID)
            return true;
        return false;
    }
    case N_BLOCK: {
        int n = s->list.len;
        while (n > 0 && s->list.v[n - 1]->kind == N_EMPTY) n--;
        return n > 0 && is_terminating(s->list.v[n - 1], NULL);
    }
    case N_LABELED:
        return is_terminating(s->x, arena_strndup(s->name.p, (size_t)s->name.len));
    case N_IF:
        return s->z && is_terminating(s->body, NULL) && is_terminating(s->z, NULL);
    case N_SWITCH: case N_TYPESWITCH: case N_SELECT: {
        bool has_default = s->kind == N_SELECT;
        for (int i = 0; i < s->list.len; i++) {
            Node *cl = s->list.v[i];
            if (cl->kind == N_CASECLAUSE && (cl->flags & NF_DEFAULT)) has_default = true;
            NodeList *body = &cl->list2;
            int n = body->len;
            while (n > 0 && body->v[n - 1]->kind == N_EMPTY) n--;
            if (n == 0) return false;
            Node *last = body->v[n - 1];
            if (!is_terminating(last, NULL)) return false;
            if (has_break_list(body, label, true)) return false;
        }
        return has_default;
    }
    case N_FOR:
        if (s->y) return false;
        return !has_break(s->body, label, true);
    default:
        return false;
    }
}

/* ---- branches and labels (syntax.CheckBranches' rules) ---- */

typedef struct LabelInfo {
    const char *name;
    Node *stmt; /* N_LABELED */
    Node *block; /* enclosing block */
    bool used;
} LabelInfo;

typedef struct BranchCtx {
    Checker *c;
    Vec labels; /* LabelInfo* of the function */
    Vec gotos;  /* N_BRANCH gotos */
} BranchCtx;

static Pos label_pos(Node *br) {
    if (br->y) return br->y->pos;
    Pos p = br->pos;
    switch (br->op) {
    case T_GOTO: p.col += 5; break;
    case T_BREAK: p.col += 6; break;
    case T_CONTINUE: p.col += 9; break;
    default: break;
    }
    return p;
}

static void collect_labels(BranchCtx *b, Node *s, Node *block) {
    if (!s) return;
    switch (s->kind) {
    case N_LABELED: {
        const char *nm = intern(s->name.p, s->name.len);
        if (strcmp(nm, "_")) {
            LabelInfo *dup = NULL;
            for (int i = 0; i < b->labels.len; i++) {
                LabelInfo *l = b->labels.v[i];
                if (l->name == nm) dup = l;
            }
            if (dup) {
                Pos dp = dup->stmt->y ? dup->stmt->y->pos : dup->stmt->pos;
                check_error_at(b->c, s->y ? s->y->pos : s->pos, "label %s already defined at %s", nm, pos_string(dp));
            } else {
                LabelInfo *l = NEW(LabelInfo);
                l->name = nm;
                l->stmt = s;
                l->block = block;
                vec_push(&b->labels, l);
                Object *o = types_new_object(OBJ_LABEL, nm, NULL, s->pos, b->c->pkg);
                s->obj = o;
            }
        }
        collect_labels(b, s->x, block);
        break;
    }
    case N_BLOCK:
        for (int i = 0; i < s->list.len; i++) collect_labels(b, s->list.v[i], s);
        break;
    case N_IF:
        collect_labels(b, s->body, block);
        collect_labels(b, s->z, block);
        break;
    case N_FOR: case N_RANGE:
        collect_labels(b, s->body, block);
        break;
    case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
        for (int i = 0; i < s->list.len; i++) {
            Node *cl = s->list.v[i];
            for (int k = 0; k < cl->list2.len; k++) collect_labels(b, cl->list2.v[k], cl);
        }
        break;
    default:
        break;
    }
}

static LabelInfo *find_label(BranchCtx *b, Str name) {
    for (int i = 0; i < b->labels.len; i++) {
        LabelInfo *l = b->labels.v[i];
        if (str_eqc(name, l->name)) return l;
    }
    return NULL;
}

/* Walk with the stack of enclosing breakable/continuable statements. */
typedef struct Encl {
    Node *stmt;
    const char *label;
    struct Encl *outer;
} Encl;

static void walk_branches(BranchCtx *b, Node *s, Encl *encl, int ctx, const char *curlabel);

static void walk_list(BranchCtx *b, NodeList *l, Encl *encl, int ctx) {
    int last = l->len - 1;
    while (last >= 0 && l->v[last]->kind == N_EMPTY) last--;
    for (int i = 0; i < l->len; i++) {
        int ic = ctx & ~(CTX_FALLTHROUGH | CTX_FINAL_CASE);
        if (i == last) ic |= ctx & (CTX_FALLTHROUGH | CTX_FINAL_CASE);
        walk_branches(b, l->v[i], encl, ic, NULL);
    }
}

static void walk_branches(BranchCtx *b, Node *s, Encl *encl, int ctx, const char *curlabel) {
    if (!s) return;
    Checker *c = b->c;
    switch (s->kind) {
    case N_LABELED: {
        const char *nm = intern(s->name.p, s->name.len);
        walk_branches(b, s->x, encl, ctx, nm);
        break;
    }
    case N_BLOCK:
        walk_list(b, &s->list, encl, ctx & ~(CTX_FALLTHROUGH | CTX_FINAL_CASE));
        break;
    case N_IF:
        walk_branches(b, s->body, encl, ctx & ~(CTX_FALLTHROUGH | CTX_FINAL_CASE), NULL);
        walk_branches(b, s->z, encl, ctx & ~(CTX_FALLTHROUGH | CTX_FINAL_CASE), NULL);
        break;
    case N_FOR: case N_RANGE: {
        Encl e = {s, curlabel, encl};
        walk_branches(b, s->body, &e, (ctx | CTX_BREAK | CTX_CONTINUE) & ~(CTX_FALLTHROUGH | CTX_FINAL_CASE | CTX_TYPESWITCH), NULL);
        break;
    }
    case N_SWITCH: case N_TYPESWITCH: case N_SELECT: {
        Encl e = {s, curlabel, encl};
        for (int i = 0; i < s->list.len; i++) {
            Node *cl = s->list.v[i];
            int ic = (ctx | CTX_BREAK) & ~(CTX_FALLTHROUGH | CTX_FINAL_CASE | CTX_TYPESWITCH);
            if (s->kind == N_SWITCH) {
                if (i + 1 < s->list.len) ic |= CTX_FALLTHROUGH;
                else ic |= CTX_FINAL_CASE;
            } else if (s->kind == N_TYPESWITCH) {
                ic |= CTX_TYPESWITCH;
            }
            walk_list(b, &cl->list2, &e, ic);
        }
        break;
    }
    case N_BRANCH: {
        const char *lname = s->name.len ? intern(s->name.p, s->name.len) : NULL;
        switch (s->op) {
        case T_BREAK:
            if (!lname) {
                Encl *e = encl;
                if (!e) {
                    check_error_at(c, s->pos, "break is not in a loop, switch, or select");
                } else {
                    s->tinfo = e->stmt;
                }
            } else {
                Encl *e = encl;
                while (e && (!e->label || e->label != lname)) e = e->outer;
                LabelInfo *l = find_label(b, s->name);
                if (l) l->used = true;
                if (e) {
                    s->tinfo = e->stmt;
                    if (l) s->obj = l->stmt->obj;
                } else if (l) {
                    check_error_at(c, label_pos(s), "invalid break label %s", lname);
                } else {
                    check_error_at(c, label_pos(s), "break label not defined: %s", lname);
                }
            }
            break;
        case T_CONTINUE:
            if (!lname) {
                Encl *e = encl;
                while (e && e->stmt->kind != N_FOR && e->stmt->kind != N_RANGE) e = e->outer;
                if (!e) check_error_at(c, s->pos, "continue is not in a loop");
                else s->tinfo = e->stmt;
            } else {
                Encl *e = encl;
                while (e && (!e->label || e->label != lname)) e = e->outer;
                LabelInfo *l = find_label(b, s->name);
                if (l) l->used = true;
                if (e && (e->stmt->kind == N_FOR || e->stmt->kind == N_RANGE)) {
                    s->tinfo = e->stmt;
                    if (l) s->obj = l->stmt->obj;
                } else if (l) {
                    check_error_at(c, label_pos(s), "invalid continue label %s", lname);
                } else {
                    check_error_at(c, label_pos(s), "continue label not defined: %s", lname);
                }
            }
            break;
        case T_FALLTHROUGH:
            if (!(ctx & CTX_FALLTHROUGH)) {
                const char *msg = "fallthrough statement out of place";
                if (ctx & CTX_TYPESWITCH) msg = "cannot fallthrough in type switch";
                else if (ctx & CTX_FINAL_CASE) msg = "cannot fallthrough final case in switch";
                check_error_at(c, s->pos, "%s", msg);
            }
            break;
        case T_GOTO:
            if (lname) {
                LabelInfo *l = find_label(b, s->name);
                if (l) {
                    l->used = true;
                    s->tinfo = l->stmt;
                    s->obj = l->stmt->obj;
                } else {
                    check_error_at(c, label_pos(s), "label %s not defined", lname);
                }
                vec_push(&b->gotos, s);
            }
            break;
        default:
            break;
        }
        break;
    }
    default:
        break;
    }
}

/* goto rules: no jumping into a block, no jumping over variable
 * declarations (in the label's block, between goto and label). */
static bool block_contains(Node *blk, Node *target, int depth) {
    if (!blk || depth > 10000) return false;
    if (blk == target) return true;
    switch (blk->kind) {
    case N_BLOCK:
        for (int i = 0; i < blk->list.len; i++)
            if (block_contains(blk->list.v[i], target, depth + 1)) return true;
        return false;
    case N_LABELED: return block_contains(blk->x, target, depth + 1);
    case N_IF: return block_contains(blk->body, target, depth + 1) || block_contains(blk->z, target, depth + 1);
    case N_FOR: case N_RANGE: return block_contains(blk->body, target, depth + 1);
    case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
        for (int i = 0; i < blk->list.len; i++) {
            Node *cl = blk->list.v[i];
            if (cl == target) return true;
            for (int k = 0; k < cl->list2.len; k++)
                if (block_contains(cl->list2.v[k], target, depth + 1)) return true;
        }
        return false;
    case N_CASECLAUSE: case N_COMMCLAUSE:
        for (int k = 0; k < blk->list2.len; k++)
            if (block_contains(blk->list2.v[k], target, depth + 1)) return true;
        return false;
    default: return false;
    }
}

static void check_gotos(BranchCtx *b, Node *body) {
    for (int gi = 0; gi < b->gotos.len; gi++) {
        Node *g = b->gotos.v[gi];
        LabelInfo *l = find_label(b, g->name);
        if (!l) continue;
        Node *lblock = l->block;
        /* jumping into a block: the goto must be inside the label's block */
        if (!block_contains(lblock, g, 0)) {
            check_error_at(b->c, label_pos(g), "goto %s jumps into block starting at %s", l->name,
                           pos_string(lblock->pos));
            continue;
        }
        /* jumping forward over a variable declaration in the label's block */
        NodeList *stmts = lblock->kind == N_BLOCK ? &lblock->list : &lblock->list2;
        int gidx = -1, lidx = -1;
        for (int i = 0; i < stmts->len; i++) {
            if (block_contains(stmts->v[i], g, 0)) gidx = i;
            if (stmts->v[i] == l->stmt) lidx = i;
        }
        if (gidx >= 0 && lidx > gidx) {
            Node *last_id = NULL;
            Pos last_pos = {0, 0, 0};
            for (int i = gidx + 1; i < lidx; i++) {
                Node *s = stmts->v[i];
                Node *decl_id = NULL;
                Pos dpos = {0, 0, 0};
                if (s->kind == N_ASSIGN && s->op == T_DEFINE && s->list.len) {
                    decl_id = s->list.v[0];
                    dpos = s->pos; /* the := */
                }
                if (s->kind == N_DECLSTMT && s->x && s->x->op == T_VAR && s->x->list.len && s->x->list.v[0]->list.len) {
                    decl_id = s->x->list.v[0]->list.v[0];
                    dpos = decl_id->pos;
                }
                if (decl_id) {
                    last_id = decl_id;
                    last_pos = dpos;
                }
            }
            if (last_id) {
                check_error_at(b->c, label_pos(g), "goto %s jumps over declaration of %.*s at %s", l->name,
                               last_id->name.len, last_id->name.p, pos_string(last_pos));
            }
        }
    }
    (void)body;
}

void check_branches(Checker *c, FuncInfo *fi, Node *body) {
    int prev = diag_phase(DIAG_BRANCH); /* gc's parser reports these */
    BranchCtx b = {0};
    b.c = c;
    collect_labels(&b, body, body);
    if (b.labels.len && fi) fi->has_labels = true;
    walk_branches(&b, body, NULL, 0, NULL);
    check_gotos(&b, body);
    for (int i = 0; i < b.labels.len; i++) {
        LabelInfo *l = b.labels.v[i];
        if (!l->used) check_error_at(c, l->stmt->y ? l->stmt->y->pos : l->stmt->pos, "label %s defined and not used", l->name);
    }
    diag_phase(prev);
}

/* ---- function bodies ---- */

void check_func_body(Checker *c, FuncInfo *fi, Node *body) {
    if (!body) return;
    c->fn = fi;
    stmt_list(c, 0, &body->list);
    /* gc: no branch checks in a body that had scanner or parser errors */
    if (!(body->flags & NF_BODYERR)) check_branches(c, fi, body);
    if (fi->sig && fi->sig->results->nfields > 0 && !is_terminating(body, NULL)) {
        Pos p = body->end; /* N_BLOCK: the closing brace */
        if (!p.line) p = body->pos;
        check_error_at(c, p, "missing return");
    }
    /* declared but not used: this function's own locals */
    for (int i = 0; i < fi->nlocals; i++) {
        Object *v = fi->locals[i];
        if (v->vkind != VAR_LOCAL || (v->vflags & (VF_USED | VF_IMPLICIT))) continue;
        if (!v->name[0] || !strcmp(v->name, "_")) continue;
        if (!c->cfg->no_unused_errors) check_error_at(c, v->pos, "%s declared but not used", v->name);
    }
}

/* ---- switch helpers ---- */

static void multiple_defaults(Checker *c, NodeList *clauses) {
    Node *first = NULL;
    for (int i = 0; i < clauses->len; i++) {
        Node *cl = clauses->v[i];
        bool def = cl->kind == N_CASECLAUSE ? (cl->flags & NF_DEFAULT) != 0 : cl->x == NULL;
        if (!def) continue;
        if (first) {
            check_error_at(c, cl->pos, "multiple defaults (first at %s)", pos_string(first->pos));
        } else {
            first = cl;
        }
    }
}

typedef struct SeenVal {
    Const *v;
    Type *t;
    Pos pos;
} SeenVal;

static void case_values(Checker *c, Operand *x, NodeList *values, Vec *seen) {
    for (int i = 0; i < values->len; i++) {
        Node *e = values->v[i];
        Operand v;
        check_expr(c, &v, e);
        if (x->mode == TM_INVALID || v.mode == TM_INVALID) continue;
        convert_untyped(c, &v, x->type);
        if (v.mode == TM_INVALID) continue;
        Operand res = v;
        check_comparison(c, &res, x, T_EQL, true);
        if (res.mode == TM_INVALID) continue;
        if (v.mode != TM_CONSTANT) continue;
        if (v.val->kind == CK_COMPLEX) continue; /* types2 checks no complex duplicates (goVal has none) */
        for (int k = 0; k < seen->len; k++) {
            SeenVal *sv = seen->v[k];
            bool same_kind = (sv->v->kind == CK_STRING) == (v.val->kind == CK_STRING) &&
                             (sv->v->kind == CK_BOOL) == (v.val->kind == CK_BOOL);
            if (same_kind && sv->v->kind != CK_BOOL && const_compare(T_EQL, sv->v, v.val) && types_identical(v.type, sv->t) &&
                !c->in_instance) {
                check_errorf(c, v.expr, "duplicate case %s in expression switch\n\t%s: previous case",
                             opnd_str(c, &v), pos_string(sv->pos));
                goto next;
            }
        }
        {
            SeenVal *sv = NEW(SeenVal);
            sv->v = v.val;
            sv->t = v.type;
            sv->pos = v.expr->pos; /* operand.Pos(): the expression's own position */
            vec_push(seen, sv);
        }
    next:;
    }
}

static Type *case_types(Checker *c, Operand *x, NodeList *types, Vec *seen) {
    Type *T = NULL;
    for (int i = 0; i < types->len; i++) {
        Node *e = types->v[i];
        Node *u = types_unparen(e);
        if (u && u->kind == N_IDENT && str_eqc(u->name, "nil")) {
            Object *o = types_scope_lookup_parent(c->scope, "nil", NULL);
            if (o && o->kind == OBJ_NIL) {
                T = NULL;
                e->type = types_typ[TY_UNTYPED_NIL];
                e->tmode = TM_NIL;
                u->obj = o;
                bool dup = false;
                for (int k = 0; k < seen->len; k += 2) {
                    if (seen->v[k] == NULL) {
                        Node *o2 = seen->v[k + 1];
                        check_errorf(c, e, "duplicate case nil in type switch\n\t%s: previous case",
                                     pos_string(start_pos(o2)));
                        dup = true;
                        break;
                    }
                }
                if (!dup) {
                    vec_push(seen, NULL);
                    vec_push(seen, e);
                }
                continue;
            }
        }
        T = check_var_type(c, e);
        if (T->kind == TY_INVALID) continue;
        for (int k = 0; k < seen->len; k += 2) {
            Type *t = seen->v[k];
            if (t && types_identical(t, T) && !c->in_instance) {
                Node *o2 = seen->v[k + 1];
                check_errorf(c, e, "duplicate case %s in type switch\n\t%s: previous case", tstr(c, T),
                             pos_string(start_pos(o2)));
                T = NULL;
                break;
            }
        }
        if (!T) continue;
        vec_push(seen, T);
        vec_push(seen, e);
        if (x && T) {
            Operand xx = *x;
            check_type_assertion(c, e, &xx, T, true);
        }
    }
    return T;
}

/* ---- statements ---- */

static void suspended_call(Checker *c, const char *kw, Node *call) {
    Operand x;
    Node *u = types_unparen(call);
    if (!u || u->kind != N_CALL) {
        check_raw_expr(c, &x, call, NULL);
        check_errorf(c, call, "expression in %s must be function call", kw);
        return;
    }
    check_raw_expr(c, &x, call, NULL);
    const char *msg = NULL;
    if (u->sel == CALL_CONVERSION) msg = "requires function call, not conversion";
    else if (u->sel == CALL_BUILTIN && u->obj && !types_builtin_is_stmt(u->obj->bid)) msg = "discards result of";
    if (msg && x.mode != TM_INVALID) check_errorf(c, x.expr, "%s %s %s", kw, msg, opnd_str(c, &x));
}

static void stmt(Checker *c, int ctx, Node *s) {
    if (!s) return;
    int inner = ctx & ~(CTX_FALLTHROUGH | CTX_FINAL_CASE | CTX_TYPESWITCH);
    switch (s->kind) {
    case N_EMPTY: case N_BAD:
        break;
    case N_DECLSTMT:
        if (s->x) check_local_decl(c, s->x);
        break;
    case N_LABELED:
        stmt(c, ctx, s->x);
        break;
    case N_EXPRSTMT: {
        Operand x;
        check_raw_expr(c, &x, s->x, NULL);
        const char *msg = NULL;
        Node *u = types_unparen(s->x);
        switch (x.mode) {
        case TM_INVALID:
            return;
        case TM_BUILTIN: msg = "must be called"; break;
        case TM_TYPEXPR: msg = "is not an expression"; break;
        default: {
            bool is_stmt = false;
            if (u && u->kind == N_CALL) {
                if (u->sel == CALL_FUNC) is_stmt = true;
                else if (u->sel == CALL_BUILTIN && u->obj && types_builtin_is_stmt(u->obj->bid)) is_stmt = true;
            }
            if (u && u->kind == N_UNARY && u->op == T_ARROW) is_stmt = true;
            if (is_stmt) return;
            msg = "is not used";
        }
        }
        check_errorf(c, x.expr, "%s %s", opnd_str(c, &x), msg);
        break;
    }
    case N_SENDSTMT: {
        Operand ch, val;
        check_expr(c, &ch, s->x);
        check_expr(c, &val, s->y);
        if (ch.mode == TM_INVALID || val.mode == TM_INVALID) return;
        Type *u = types_underlying(ch.type);
        if (u->kind != TY_CHAN) {
            check_errorf(c, s, "invalid operation: cannot send to non-channel %s", opnd_str(c, &ch));
            return;
        }
        if (u->dir == DIR_RECV) {
            check_errorf(c, s, "invalid operation: cannot send to receive-only channel %s", opnd_str(c, &ch));
            return;
        }
        check_assignment(c, &val, u->elem, "send");
        break;
    }
    case N_INCDEC: {
        Operand x;
        check_expr(c, &x, s->x);
        if (x.mode == TM_INVALID) return;
        if (!types_is_numeric(x.type)) {
            const char *op = s->op == T_INC ? "++" : "--";
            check_errorf(c, s->x, "invalid operation: %s%s (non-numeric type %s)", expr_str(s->x), op, tstr(c, x.type));
            return;
        }
        check_assign_var(c, s->x, &x);
        break;
    }
    case N_ASSIGN:
        if (s->op == T_ASSIGN) {
            check_assign_vars(c, &s->list, &s->list2);
        } else if (s->op == T_DEFINE) {
            check_short_var_decl(c, s);
        } else {
            if (s->list.len != 1 || s->list2.len != 1) {
                check_errorf(c, s, "assignment operation %s requires single-valued expressions", tok_name(s->op));
                return;
            }
            int op;
            switch (s->op) {
            case T_ADD_ASSIGN: op = T_ADD; break;
            case T_SUB_ASSIGN: op = T_SUB; break;
            case T_MUL_ASSIGN: op = T_MUL; break;
            case T_QUO_ASSIGN: op = T_QUO; break;
            case T_REM_ASSIGN: op = T_REM; break;
            case T_AND_ASSIGN: op = T_AND; break;
            case T_OR_ASSIGN: op = T_OR; break;
            case T_XOR_ASSIGN: op = T_XOR; break;
            case T_SHL_ASSIGN: op = T_SHL; break;
            case T_SHR_ASSIGN: op = T_SHR; break;
            case T_AND_NOT_ASSIGN: op = T_AND_NOT; break;
            default: op = T_ADD;
            }
            Operand x;
            check_binary_assign(c, &x, s->list.v[0], s->list2.v[0], op);
            check_assign_var(c, s->list.v[0], &x);
        }
        break;
    case N_GO:
        suspended_call(c, "go", s->x);
        break;
    case N_DEFER:
        if (c->fn) c->fn->has_defer = true;
        suspended_call(c, "defer", s->x);
        break;
    case N_RETURN: {
        Type *res = c->sig ? c->sig->results : NULL;
        int nres = res ? res->nfields : 0;
        if (s->list.len == 0 && nres > 0 && res->fields[0]->name[0]) {
            for (int i = 0; i < nres; i++) {
                Object *o = res->fields[i];
                Object *alt = types_scope_lookup_parent(c->scope, o->name, NULL);
                if (alt && alt != o) {
                    check_error_at(c, s->pos, "result parameter %s not in scope at return\n\t%s: inner declaration of var %s %s",
                                   o->name, pos_string(alt->pos), alt->name, tstr(c, alt->type));
                }
            }
        } else if (s->list.len > 0 || nres > 0) {
            Object **lhs = res ? res->fields : NULL;
            if (nres == 0 && s->list.len > 0) {
                /* too many return values */
                int nr;
                bool ok;
                Operand *rhs = types_expr_list(c, &s->list, false, &nr, &ok);
                for (int i = 0; i < nr; i++)
                    if (rhs[i].mode == TM_INVALID) return;
                returns_error(c, rhs[0].expr, "too many", rhs, nr, res);
                return;
            }
            check_init_vars(c, lhs, nres, &s->list, s);
        }
        break;
    }
    case N_BRANCH:
        break;
    case N_BLOCK:
        open_scope(c, "block");
        stmt_list(c, inner, &s->list);
        close_scope(c);
        break;
    case N_IF: {
        open_scope(c, "if");
        if (s->x) stmt(c, 0, s->x);
        Operand x;
        check_expr(c, &x, s->y);
        if (x.mode != TM_INVALID && !types_is_boolean(x.type))
            check_errorf(c, s->y, "non-boolean condition in if statement");
        stmt(c, inner, s->body);
        if (s->z) stmt(c, inner, s->z);
        close_scope(c);
        break;
    }
    case N_SWITCH: {
        inner |= CTX_BREAK;
        open_scope(c, "switch");
        if (s->x) stmt(c, 0, s->x);
        Operand x;
        if (s->y) {
            check_expr(c, &x, s->y);
            check_assignment(c, &x, NULL, "switch expression");
            if (x.mode != TM_INVALID && !types_comparable(x.type) && !types_has_nil(x.type)) {
                check_errorf(c, x.expr, "cannot switch on %s (%s is not comparable)", opnd_str(c, &x), tstr(c, x.type));
                x.mode = TM_INVALID;
            }
        } else {
            x.mode = TM_CONSTANT;
            x.type = types_typ[TY_BOOL];
            x.val = const_bool(true);
            Node *t = node_new(N_IDENT, s->list.len ? s->list.v[0]->pos : s->end);
            t->name = STR_LIT("true");
            x.expr = t;
        }
        multiple_defaults(c, &s->list);
        Vec seen = {0};
        for (int i = 0; i < s->list.len; i++) {
            Node *cl = s->list.v[i];
            int ic = inner;
            if (i + 1 < s->list.len) ic |= CTX_FALLTHROUGH;
            else ic |= CTX_FINAL_CASE;
            case_values(c, &x, &cl->list, &seen);
            open_scope(c, "case");
            stmt_list(c, ic, &cl->list2);
            close_scope(c);
        }
        close_scope(c);
        break;
    }
    case N_TYPESWITCH: {
        inner |= CTX_BREAK | CTX_TYPESWITCH;
        open_scope(c, "type switch");
        if (s->x) stmt(c, 0, s->x);
        Node *lhs = s->w;
        const char *lname = NULL;
        if (lhs || s->name.len) {
            lname = intern(s->name.p, s->name.len);
            if (!strcmp(lname, "_")) {
                check_errorf(c, lhs ? lhs : s, "no new variable on left side of :=");
                lname = NULL;
            }
        }
        Node *guard = s->y;
        Operand x;
        check_expr(c, &x, guard ? guard->x : NULL);
        if (guard) {
            guard->type = x.type;
            guard->tmode = x.mode;
        }
        if (x.mode == TM_INVALID) {
            close_scope(c);
            break;
        }
        Operand *sx = NULL;
        if (types_own_tparam(c, x.type))
            check_errorf(c, x.expr, "cannot use type switch on type parameter value %s", opnd_str(c, &x));
        else if (types_underlying(x.type)->kind == TY_INTERFACE) sx = &x;
        else check_errorf(c, x.expr, "%s is not an interface", opnd_str(c, &x));
        multiple_defaults(c, &s->list);
        Vec seen = {0};
        Vec lvars = {0};
        for (int i = 0; i < s->list.len; i++) {
            Node *cl = s->list.v[i];
            Type *T = case_types(c, sx, &cl->list, &seen);
            open_scope(c, "case");
            if (lname) {
                if (cl->list.len != 1 || !T) T = x.type;
                Object *o = new_var_obj(c, lname, T, lhs ? lhs->pos : s->pos, VAR_LOCAL);
                o->vflags |= VF_IMPLICIT;
                o->decl = lhs;
                types_scope_insert(c->scope, o);
                cl->obj = o;
                vec_push(&lvars, o);
            }
            stmt_list(c, inner, &cl->list2);
            close_scope(c);
        }
        if (lname) {
            bool used = false;
            for (int i = 0; i < lvars.len; i++)
                if (((Object *)lvars.v[i])->vflags & VF_USED) used = true;
            if (lhs) lhs->obj = lvars.len ? lvars.v[0] : NULL;
            if (!used) check_error_at(c, lhs ? lhs->pos : s->pos, "%s declared but not used", lname);
        }
        close_scope(c);
        break;
    }
    case N_SELECT: {
        inner |= CTX_BREAK;
        multiple_defaults(c, &s->list);
        for (int i = 0; i < s->list.len; i++) {
            Node *cl = s->list.v[i];
            Node *comm = cl->x;
            bool valid = false;
            if (!comm) valid = true;
            else if (comm->kind == N_SENDSTMT) valid = true;
            else {
                Node *rhs = NULL;
                if (comm->kind == N_EXPRSTMT) rhs = comm->x;
                else if (comm->kind == N_ASSIGN && comm->list2.len == 1 && (comm->op == T_ASSIGN || comm->op == T_DEFINE))
                    rhs = comm->list2.v[0];
                rhs = types_unparen(rhs);
                if (rhs && rhs->kind == N_UNARY && rhs->op == T_ARROW) valid = true;
            }
            if (!valid) {
                check_errorf(c, comm, "select case must be send or receive (possibly with assignment)");
                continue;
            }
            open_scope(c, "case");
            if (comm) stmt(c, inner, comm);
            stmt_list(c, inner, &cl->list2);
            close_scope(c);
        }
        break;
    }
    case N_FOR: {
        inner |= CTX_BREAK | CTX_CONTINUE;
        open_scope(c, "for");
        if (s->x) stmt(c, 0, s->x);
        if (s->y) {
            Operand x;
            check_expr(c, &x, s->y);
            if (x.mode != TM_INVALID && !types_is_boolean(x.type))
                check_errorf(c, s->y, "non-boolean condition in for statement");
        }
        if (s->z) {
            stmt(c, 0, s->z);
            if (s->z->kind == N_ASSIGN && s->z->op == T_DEFINE) check_errorf(c, s->z, "cannot declare in post statement of for loop");
        }
        stmt(c, inner, s->body);
        close_scope(c);
        break;
    }
    case N_RANGE: {
        inner |= CTX_BREAK | CTX_CONTINUE;
        Operand x;
        check_expr(c, &x, s->z);
        s->type = x.type;
        Type *key = NULL, *val = NULL;
        if (x.mode != TM_INVALID) {
            const char *cause = NULL;
            Type *u = types_shape_underlying(x.type);
            if (u->kind == TY_POINTER && types_underlying(u->elem)->kind == TY_ARRAY) u = types_underlying(u->elem);
            Type *tp = types_own_tparam(c, x.type);
            if (tp && !types_tparam_has_core(tp, false)) cause = arena_printf("%s has no core type", tstr(c, x.type));
            switch (u->kind) {
            case TY_STRING: case TY_UNTYPED_STRING: key = types_typ[TY_INT]; val = types_rune; break;
            case TY_ARRAY: case TY_SLICE: key = types_typ[TY_INT]; val = u->elem; break;
            case TY_MAP: key = u->key; val = u->elem; break;
            case TY_CHAN:
                key = u->elem;
                val = types_typ[TY_INVALID];
                if (s->y) check_errorf(c, s->y, "range over %s permits only one iteration variable", opnd_str(c, &x));
                if (u->dir == DIR_SEND) cause = "receive from send-only channel";
                break;
            default: break;
            }
            if (u->kind != TY_CHAN && s->w) check_errorf(c, s->w, "range clause permits at most two iteration variables");
            if (!key || cause) {
                if (!cause) check_errorf(c, x.expr, "cannot range over %s", opnd_str(c, &x));
                else check_errorf(c, x.expr, "cannot range over %s (%s)", opnd_str(c, &x), cause);
                key = val = NULL;
            }
            if (key && types_is_untyped(x.type) && types_is_string(x.type))
                update_expr_type(c, x.expr, types_typ[TY_STRING], true);
        }
        open_scope(c, "range");
        Node *lhs[2] = {s->x, s->y};
        Type *rhs[2] = {key, val};
        if (s->op == T_DEFINE) {
            Vec vars = {0};
            for (int i = 0; i < 2; i++) {
                Node *l = lhs[i];
                if (!l) continue;
                Object *o;
                if (l->kind == N_IDENT) {
                    const char *nm = intern(l->name.p, l->name.len);
                    o = new_var_obj(c, nm, NULL, l->pos, VAR_LOCAL);
                    o->decl = l;
                    l->obj = o;
                    if (strcmp(nm, "_")) vec_push(&vars, o);
                } else {
                    check_errorf(c, l, "cannot declare %s", expr_str(l));
                    o = new_var_obj(c, "_", NULL, l->pos, VAR_LOCAL);
                }
                if (rhs[i]) {
                    Operand v = {TM_VALUE, l, rhs[i], NULL, 0};
                    check_init_var(c, o, &v, "range clause");
                    l->type = o->type;
                } else {
                    o->type = types_typ[TY_INVALID];
                    o->vflags |= VF_USED;
                }
            }
            if (vars.len > 0) {
                for (int i = 0; i < vars.len; i++) declare(c, c->scope, NULL, vars.v[i]);
            } else {
                check_error_at(c, s->pos, "no new variables on left side of :=");
            }
        } else {
            for (int i = 0; i < 2; i++) {
                Node *l = lhs[i];
                if (!l) continue;
                if (rhs[i]) {
                    Operand v = {TM_VALUE, l, rhs[i], NULL, 0};
                    check_assign_var(c, l, &v);
                }
            }
        }
        stmt(c, inner, s->body);
        close_scope(c);
        break;
    }
    case N_CASECLAUSE: case N_COMMCLAUSE:
        break;
    default:
        check_errorf(c, s, "invalid statement");
    }
}
