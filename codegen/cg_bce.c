/*
 * cg_bce.c: bounds-check elimination, a small syntactic version of gc's
 * prove pass.  cg_bce(f) runs before f's body is generated and sets
 * IRF_BOUNDED on the OINDEX nodes whose index is known to be in range;
 * gen_index then emits no check for them (the C compiler's own range
 * propagation removes many more, but cannot see through Go facts such as
 * "len(s) does not change while s is not assigned").
 *
 * Facts are "0 <= i < B" for an index i (a variable, or a constant k
 * standing for every index 0..k) and a bound B:
 *   len(s)   s a local slice or string variable,
 *   n        the value of a local integer variable,
 *   c        a constant.
 * A fact holds inside a region (a loop body, an if branch) that the
 * condition guards, and only if no variable it names is assigned anywhere
 * in that region.  Sources:
 *   for i := range s / range a (array) / range p (*array)
 *   for i := e; i < B; i++   (e >= 0, i changed only by the post statement)
 *   if i < B { ... }         (i known >= 0 here), also `0 <= i && i < B`
 *   if len(s) > k { ... }    (constant indexes 0..k of s)
 * Variables assigned exactly once in the whole function ("single") carry
 * their definition: s := make([]T, n) gives len(s) == n, n := len(s) gives
 * n == len(s), s := x[a:b] / []T{...} / make([]T, c) give constant lengths.
 *
 * Invariants: only local, non-address-taken, non-heap variables (PAUTO,
 * PPARAM) take part, so no call, closure or pointer store can change them
 * behind the walk's back; closure bodies are separate functions and are
 * not entered.  A node is only ever marked, never unmarked: the proof is
 * local to the subtree, which is not shared with other functions.
 */
#include <stdlib.h>
#include <string.h>

#include "codegen/cg_internal.h"

enum { B_LEN, B_VAL, B_CONST };

typedef struct Bound {
    int kind;    /* B_LEN: len(nm); B_VAL: value of nm; B_CONST: c */
    IrName *nm;
    int64_t c;
} Bound;

typedef struct Fact {
    IrName *i;   /* index variable, or NULL: every constant index <= k */
    int64_t k;
    Bound b;
} Fact;

/* Per-variable info for the whole function: assignment count and, for a
 * variable assigned once, the value it was given. */
typedef struct VarRec {
    IrName *nm;
    int nassign;
    IrNode *def;  /* the assigned expression of the single assignment */
    bool maybe_nil; /* some assignment may store nil (or is not a plain value) */
} VarRec;

static struct {
    VarRec *tab;
    int cap;
    bool overflow; /* a table filled up: prove nothing */
    IrNode **seen; /* nodes counted (a subtree can hang in two places) */
    int capseen;
    Fact *facts;
    int nfacts, capfacts;
} B;

static VarRec *rec(IrName *nm, bool add) {
    if (!B.cap) return NULL;
    uintptr_t h = ((uintptr_t)nm >> 4) * 2654435761u;
    for (int k = 0; k < B.cap; k++) {
        VarRec *r = &B.tab[(h + (uintptr_t)k) & (uintptr_t)(B.cap - 1)];
        if (r->nm == nm) return r;
        if (!r->nm) {
            if (!add) return NULL;
            r->nm = nm;
            return r;
        }
    }
    return NULL;
}

static bool local_var(IrName *nm) {
    return nm && (nm->cls == PAUTO || nm->cls == PPARAM) && !nm->addrtaken && !nm->heap;
}

static IrName *name_of(IrNode *n) {
    while (n && n->op == OCONVNOP) n = n->x;
    return n && n->op == ONAME ? n->nm : NULL;
}

static bool lit_int(IrNode *n, int64_t *v) {
    if (n && n->op == OLITERAL && n->cval && const_is_int(n->cval)) return const_fits_int64(n->cval, v);
    return false;
}

/* ---- assignments ---- */

static bool is_target(IrNode *t, IrName *nm) { return t && t->op == ONAME && t->nm == nm; }

/* Values that are never nil: addresses and fresh allocations. */
static bool nonnil_expr(IrNode *e) {
    while (e && e->op == OCONVNOP) e = e->x;
    return e && (e->op == OADDR || e->op == OPTRLIT || e->op == ONEW);
}

static void count_target(IrNode *t, IrNode *val) {
    IrName *nm = t && t->op == ONAME ? t->nm : NULL;
    if (!nm) return;
    VarRec *r = rec(nm, true);
    if (!r) {
        B.overflow = true;
        return;
    }
    r->nassign++;
    r->def = val;
    if (!nonnil_expr(val)) r->maybe_nil = true;
}

static void count_list_of(IrList *l, IrNode *owner);
static void count_list(IrList *l) { count_list_of(l, NULL); }

/* Adds n to the seen set; false if it was there already. */
static bool first_visit(IrNode *n) {
    uintptr_t h = ((uintptr_t)n >> 4) * 2654435761u;
    for (int k = 0; k < B.capseen; k++) {
        IrNode **e = &B.seen[(h + (uintptr_t)k) & (uintptr_t)(B.capseen - 1)];
        if (*e == n) return false;
        if (!*e) {
            *e = n;
            return true;
        }
    }
    B.overflow = true;
    return false;
}

/* Counts every assignment site of the function (and &x as one more). */
static void count_node(IrNode *n) {
    if (!n || !first_visit(n)) return;
    switch (n->op) {
    case OCLOSURE: return;
    case OAS: count_target(n->x, n->y); break;
    case OAS2: case OAS2FUNC: case OAS2DOTTYPE: case OAS2MAPR: case OAS2RECV:
        for (int i = 0; i < n->list.len; i++) count_target(n->list.v[i], NULL);
        break;
    case OASOP: count_target(n->x, NULL); count_target(n->x, NULL); break;
    case ORANGE: count_target(n->x, NULL); count_target(n->x, NULL); count_target(n->y, NULL); count_target(n->y, NULL); break;
    case OADDR: count_target(n->x, NULL); count_target(n->x, NULL); break;
    default: break;
    }
    count_node(n->x);
    count_node(n->y);
    count_node(n->z);
    count_node(n->w);
    count_list(&n->list);
    count_list(&n->rlist);
    count_list_of(&n->init, n);
    count_list(&n->body);
    count_list(&n->els);
}

/* owner: the node whose init list l is (x := v keeps its ODCL there) */
static void count_list_of(IrList *l, IrNode *owner) {
    for (int i = 0; i < l->len; i++) {
        IrNode *a = l->v[i], *b = i + 1 < l->len ? l->v[i + 1] : owner;
        /* `var x T` directly followed by `x = v` (inlined bodies) is one definition */
        if (a && b && a->op == OAS && !a->y && a->x && a->x->op == ONAME && b->op == OAS && b->y &&
            is_target(b->x, a->x->nm))
            continue;
        /* a bare ODCL is a zero (nil) assignment; ODCL then x = v is one */
        if (a && a->op == ODCL && a->nm) {
            if (!(b && b->op == OAS && b->y && is_target(b->x, a->nm))) {
                VarRec *r = rec(a->nm, true);
                if (!r) B.overflow = true;
                else {
                    r->nassign++;
                    r->def = NULL;
                    r->maybe_nil = true;
                }
            }
            continue;
        }
        count_node(a);
    }
}

/* A variable whose value never changes after its one definition. */
static bool single(IrName *nm) {
    if (!local_var(nm)) return false;
    VarRec *r = rec(nm, false);
    int n = r ? r->nassign : 0;
    return nm->cls == PPARAM ? n == 0 : n == 1;
}

static IrNode *single_def(IrName *nm) {
    if (!single(nm) || nm->cls == PPARAM) return NULL;
    VarRec *r = rec(nm, false);
    return r ? r->def : NULL;
}


/* True if nm may be assigned anywhere in n (skip: one statement that is
 * allowed to, the recognised loop increment). */
static bool assigns(IrNode *n, IrName *nm, IrNode *skip);
static bool assigns_list(IrList *l, IrName *nm, IrNode *skip) {
    for (int i = 0; i < l->len; i++)
        if (assigns(l->v[i], nm, skip)) return true;
    return false;
}
static bool assigns(IrNode *n, IrName *nm, IrNode *skip) {
    if (!n || n == skip) return false;
    switch (n->op) {
    case OCLOSURE: return false;
    case OAS: case OASOP: case OADDR:
        if (is_target(n->x, nm)) return true;
        break;
    case OAS2: case OAS2FUNC: case OAS2DOTTYPE: case OAS2MAPR: case OAS2RECV:
        for (int i = 0; i < n->list.len; i++)
            if (is_target(n->list.v[i], nm)) return true;
        break;
    case ORANGE:
        if (is_target(n->x, nm) || is_target(n->y, nm)) return true;
        break;
    case ODCL:
        if (n->nm == nm) return true;
        break;
    default: break;
    }
    return assigns(n->x, nm, skip) || assigns(n->y, nm, skip) || assigns(n->z, nm, skip) || assigns(n->w, nm, skip) ||
           assigns_list(&n->list, nm, skip) || assigns_list(&n->rlist, nm, skip) ||
           assigns_list(&n->init, nm, skip) || assigns_list(&n->body, nm, skip) || assigns_list(&n->els, nm, skip);
}

/* ---- bounds ---- */

/* The bound that `e` denotes in a comparison i < e, if any. */
static bool bound_of(IrNode *e, Bound *b) {
    int64_t c;
    if (lit_int(e, &c)) {
        *b = (Bound){B_CONST, NULL, c};
        return c > 0;
    }
    if (e && e->op == OLEN) {
        IrName *s = name_of(e->x);
        if (local_var(s)) {
            *b = (Bound){B_LEN, s, 0};
            return true;
        }
        Type *u = e->x && e->x->type ? cg_under(e->x->type) : NULL;
        if (u && u->kind == TY_ARRAY) {
            *b = (Bound){B_CONST, NULL, u->len};
            return u->len > 0;
        }
        return false;
    }
    IrName *n = name_of(e);
    if (local_var(n) && n->type && cg_under(n->type)->kind == TY_INT) {
        *b = (Bound){B_VAL, n, 0};
        return true;
    }
    return false;
}

/* Constant length of a single slice variable's definition, or -1. */
static int64_t const_len(IrName *s) {
    IrNode *d = single_def(s);
    int64_t lo = 0, hi, c;
    if (!d) return -1;
    switch (d->op) {
    case OMAKESLICE:
        return lit_int(d->x, &c) && c >= 0 ? c : -1;
    case OSLICELIT:
        return d->len;
    case OSLICE: case OSLICEARR: case OSLICESTR:
        if (d->y && !lit_int(d->y, &lo)) return -1;
        if (d->z) {
            if (!lit_int(d->z, &hi)) return -1;
        } else if (d->op == OSLICEARR && d->x && d->x->type) {
            Type *pt = cg_under(d->x->type);
            if (pt->kind != TY_POINTER || cg_under(pt->elem)->kind != TY_ARRAY) return -1;
            hi = cg_under(pt->elem)->len;
        } else {
            return -1;
        }
        return hi >= lo && lo >= 0 ? hi - lo : -1;
    case OLITERAL:
        return d->cval && d->cval->kind == CK_STRING ? (int64_t)d->cval->s.len : -1;
    default: return -1;
    }
}

/* len(t) == n for a single t := make([]T, n) with n single, or n := len(t). */
static bool len_is_val(IrName *t, IrName *n) {
    IrNode *d = single_def(t);
    if (d && d->op == OMAKESLICE && name_of(d->x) == n && single(n)) return true;
    IrNode *nd = single_def(n);
    if (nd && nd->op == OLEN && name_of(nd->x) == t && single(t)) return true;
    return false;
}

/* Is every index below b also below len(x)? */
static bool covers(IrNode *x, const Bound *b) {
    Type *u = x && x->type ? cg_under(x->type) : NULL;
    if (!u) return false;
    int64_t alen = -1;
    if (u->kind == TY_ARRAY) alen = u->len;
    if (u->kind == TY_POINTER && cg_under(u->elem)->kind == TY_ARRAY) alen = cg_under(u->elem)->len;
    if (x->op == ODEREF && x->x && x->x->type) {
        Type *pt = cg_under(x->x->type);
        if (pt->kind == TY_POINTER && cg_under(pt->elem)->kind == TY_ARRAY) alen = cg_under(pt->elem)->len;
    }
    if (alen >= 0) return b->kind == B_CONST && b->c <= alen;
    IrName *t = name_of(x);
    if (!local_var(t)) return false;
    switch (b->kind) {
    case B_CONST: {
        int64_t l = const_len(t);
        return l >= 0 && b->c <= l;
    }
    case B_LEN:
        if (b->nm == t) return true;
        /* two single slices made with the same single length */
        if (single(t) && single(b->nm)) {
            IrNode *d1 = single_def(t), *d2 = single_def(b->nm);
            IrName *n1 = d1 && d1->op == OMAKESLICE ? name_of(d1->x) : NULL;
            IrName *n2 = d2 && d2->op == OMAKESLICE ? name_of(d2->x) : NULL;
            if (n1 && n1 == n2 && single(n1)) return true;
            int64_t l1 = const_len(t), l2 = const_len(b->nm);
            if (l1 >= 0 && l2 >= 0 && l2 <= l1) return true;
        }
        return false;
    case B_VAL: return len_is_val(t, b->nm);
    }
    return false;
}

/* ---- the fact stack ---- */

static void push_fact(IrName *i, int64_t k, Bound b) {
    if (B.nfacts == B.capfacts) {
        int nc = B.capfacts ? 2 * B.capfacts : 16;
        Fact *nf = NEWN(Fact, nc);
        if (B.nfacts) memcpy(nf, B.facts, (size_t)B.nfacts * sizeof *nf);
        B.facts = nf;
        B.capfacts = nc;
    }
    B.facts[B.nfacts++] = (Fact){i, k, b};
}

/* i >= 0 at this point: some fact bounds it. */
static bool known_nonneg_var(IrName *i) {
    for (int k = 0; k < B.nfacts; k++)
        if (B.facts[k].i == i) return true;
    return false;
}

/* e >= 0 and e + 1 cannot overflow. */
static bool nonneg(IrNode *e) {
    int64_t c, d;
    if (lit_int(e, &c)) return c >= 0 && c < ((int64_t)1 << 40);
    if (!e) return false;
    if (e->op == OLEN || e->op == OCAP) return true;
    IrName *n = name_of(e);
    if (n) return known_nonneg_var(n);
    if (e->op == OBINARY && e->tok == T_ADD) {
        if (lit_int(e->y, &d) && d >= 0 && d < ((int64_t)1 << 40)) return nonneg(e->x) && !lit_int(e->x, &c);
        if (lit_int(e->x, &d) && d >= 0 && d < ((int64_t)1 << 40)) return nonneg(e->y);
    }
    return false;
}

/* A fact "i < B" with every named variable unchanged in region r. */
static bool region_keeps(IrList *r, IrNode *r2, IrName *i, const Bound *b, IrNode *skip) {
    if (i && (assigns_list(r, i, skip) || assigns(r2, i, skip))) return false;
    if (b->nm && (assigns_list(r, b->nm, NULL) || assigns(r2, b->nm, NULL))) return false;
    return true;
}

/* Facts from a condition that holds on entry to region (body, r2). */
static void cond_facts(IrNode *c, IrList *body, IrNode *r2, bool need_nonneg_check) {
    if (!c) return;
    if (c->op == OANDAND) {
        /* `0 <= i && i < B` / `i >= 0 && i < B`: i's lower bound first */
        IrNode *a = c->x;
        IrName *lo = NULL;
        int64_t z;
        if (a && a->op == OBINARY && ((a->tok == T_GEQ && lit_int(a->y, &z) && z == 0 && (lo = name_of(a->x))) ||
                                      (a->tok == T_LEQ && lit_int(a->x, &z) && z == 0 && (lo = name_of(a->y))))) {
            IrNode *b = c->y;
            Bound bd;
            if (b && b->op == OBINARY && b->tok == T_LSS && name_of(b->x) == lo && local_var(lo) &&
                cg_under(lo->type)->kind == TY_INT && bound_of(b->y, &bd) && region_keeps(body, r2, lo, &bd, NULL))
                push_fact(lo, 0, bd);
        }
        cond_facts(c->x, body, r2, need_nonneg_check);
        cond_facts(c->y, body, r2, need_nonneg_check);
        return;
    }
    if (c->op != OBINARY) return;
    IrNode *l = c->x, *r = c->y;
    int tok = c->tok;
    if (tok == T_GTR) {
        IrNode *t = l;
        l = r;
        r = t;
        tok = T_LSS;
    } else if (tok == T_GEQ) {
        IrNode *t = l;
        l = r;
        r = t;
        tok = T_LEQ;
    }
    Bound bd;
    int64_t k;
    /* k < len(s) / k <= len(s)-... : constant indexes */
    if ((tok == T_LSS || tok == T_LEQ) && lit_int(l, &k) && r && r->op == OLEN) {
        IrName *s = name_of(r->x);
        if (tok == T_LEQ) k--;
        if (k >= 0 && local_var(s) && !assigns_list(body, s, NULL) && !assigns(r2, s, NULL))
            push_fact(NULL, k, (Bound){B_LEN, s, 0});
        return;
    }
    if (tok != T_LSS) return;
    IrName *i = name_of(l);
    if (!local_var(i) || cg_under(i->type)->kind != TY_INT) return;
    if (!bound_of(r, &bd)) return;
    if (need_nonneg_check && !known_nonneg_var(i)) return;
    if (region_keeps(body, r2, i, &bd, NULL)) push_fact(i, 0, bd);
}

/* ---- the walk ---- */

static void walk(IrNode *n);
static void check_facts(IrNode *s);

/* A statement list: an index that a statement checks on every execution
 * stays in range for the statements after it while neither the slice nor
 * the index variable is assigned (gc's prove learns the same from the
 * dominating bounds check). */
static void walk_list(IrList *l) {
    int save = B.nfacts;
    for (int i = 0; i < l->len; i++) {
        IrNode *s = l->v[i];
        /* facts of this list end at a label (reachable without the check)
         * and before a statement that assigns one of their variables */
        int k = save;
        for (int j = save; j < B.nfacts; j++) {
            Fact *f = &B.facts[j];
            if (s && (s->op == OLABEL || (f->i && assigns(s, f->i, NULL)) || (f->b.nm && assigns(s, f->b.nm, NULL))))
                continue;
            B.facts[k++] = *f;
        }
        B.nfacts = k;
        walk(s);
        check_facts(s);
    }
    B.nfacts = save;
}

static void mark_index(IrNode *n) {
    if (n->flags & IRF_BOUNDED) return;
    int64_t c;
    IrName *i = name_of(n->y);
    bool isconst = lit_int(n->y, &c) && c >= 0;
    if (!i && !isconst) return;
    for (int k = B.nfacts - 1; k >= 0; k--) {
        Fact *f = &B.facts[k];
        if (i ? f->i != i : (f->i != NULL || c > f->k)) continue;
        if (covers(n->x, &f->b)) {
            n->flags |= IRF_BOUNDED;
            return;
        }
    }
    if (isconst) {
        IrName *t = name_of(n->x);
        int64_t l = local_var(t) ? const_len(t) : -1;
        if (l >= 0 && c < l) n->flags |= IRF_BOUNDED;
    }
}

/* Index expressions s[i] / s[k] that evaluating e always checks. */
static void checked_indexes(IrNode *e, IrNode **out, int *n, int max) {
    if (!e || *n >= max) return;
    switch (e->op) {
    case OINDEX: {
        Type *u = e->x && e->x->type ? cg_under(e->x->type) : NULL;
        int64_t c;
        if (u && (u->kind == TY_SLICE || u->kind == TY_STRING) && local_var(name_of(e->x)) &&
            ((local_var(name_of(e->y)) && cg_under(name_of(e->y)->type)->kind == TY_INT) || (lit_int(e->y, &c) && c >= 0)))
            out[(*n)++] = e;
        checked_indexes(e->x, out, n, max);
        checked_indexes(e->y, out, n, max);
        return;
    }
    case OANDAND: case OOROR: checked_indexes(e->x, out, n, max); return;
    case OAS: case OASOP: case OBINARY: case OUNARY: case OCONV: case OCONVNOP: case ODOT: case ODOTPTR:
    case ODEREF: case OADDR:
        checked_indexes(e->x, out, n, max);
        checked_indexes(e->y, out, n, max);
        return;
    case OAS2:
        for (int i = 0; i < e->list.len; i++) checked_indexes(e->list.v[i], out, n, max);
        for (int i = 0; i < e->rlist.len; i++) checked_indexes(e->rlist.v[i], out, n, max);
        return;
    default: return;
    }
}

static void check_facts(IrNode *s) {
    if (!s || (s->op != OAS && s->op != OASOP && s->op != OAS2)) return;
    for (int j = 0; j < s->init.len; j++)
        if (s->init.v[j] && s->init.v[j]->op != ODCL) return;
    IrNode *ix[8];
    int n = 0;
    checked_indexes(s, ix, &n, 8);
    for (int k = 0; k < n; k++) {
        IrName *sv = name_of(ix[k]->x), *iv = name_of(ix[k]->y);
        int64_t c = 0;
        if (!iv && !lit_int(ix[k]->y, &c)) continue;
        /* the statement itself must not change them after the check
         * (i = s[i]); walk_list drops the fact at the next assignment */
        if (!assigns(s, sv, NULL) && (!iv || !assigns(s, iv, NULL))) push_fact(iv, iv ? 0 : c, (Bound){B_LEN, sv, 0});
    }
}

/* i++ / i += c (c > 0) / i = i + c */
static bool is_increment(IrNode *s, IrName *i) {
    int64_t c;
    if (!s) return false;
    /* small steps: i < B <= max int, so i + c cannot wrap */
    if (s->op == OASOP && s->tok == T_ADD && is_target(s->x, i)) return lit_int(s->y, &c) && c > 0 && c <= 1 << 20;
    if (s->op == OAS && is_target(s->x, i) && s->y && s->y->op == OBINARY && s->y->tok == T_ADD && name_of(s->y->x) == i)
        return lit_int(s->y->y, &c) && c > 0 && c <= 1 << 20;
    return false;
}

/* ---- short loops: no preemption poll on their back-edge ----
 *
 * A loop needs GO_POLL at its back-edge only if it can run long without
 * reaching another poll.  An innermost loop whose body makes no calls and
 * whose trip count is bounded by a length in memory does not: a range over
 * a slice, array or string, or a `for` whose body evaluates s[v] on every
 * iteration while v moves by a constant step (the check panics within
 * len(s)/step + 1 iterations).  Such a loop costs as much as the work it
 * does on len(s) elements, like any single runtime call (copy, append). */

const char cg_short_loop_tag[1];
const char cg_nonnil_tag[1];

/* math functions gosub.h compiles to instructions (GOSUB_INTRINSICS) */
static bool intrinsic_call(IrNode *n) {
    IrNode *f = n->x;
    if (!f || f->op != ONAME || !f->nm || f->nm->cls != PFUNC || !f->nm->func) return false;
    IrFunc *fn = f->nm->func;
    if (!fn->pkgpath || strcmp(fn->pkgpath, "math") != 0 || !fn->name) return false;
    const char *nm = strrchr(fn->name, '.'); /* "Sqrt" or "math.Sqrt" */
    nm = nm ? nm + 1 : fn->name;
    static const char *const names[] = {"Sqrt", "Abs", "Floor", "Ceil", "Trunc", "Copysign", "Float64bits", "Float64frombits"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(nm, names[i]) == 0) return true;
    return false;
}

static bool call_free(IrNode *n);
static bool call_free_list(IrList *l) {
    for (int i = 0; i < l->len; i++)
        if (!call_free(l->v[i])) return false;
    return true;
}
static bool call_free(IrNode *n) {
    if (!n) return true;
    switch (n->op) {
    case OCALLFUNC:
        if (intrinsic_call(n)) return call_free_list(&n->list) && call_free_list(&n->init);
        return false;
    case OCALLINTER: case OGO: case ODEFER: case OFOR: case ORANGE: case OSELECT:
    case OSEND: case ORECV: case OGOTO: case OLABEL: case OCLOSURE: case OMETHVALUE:
        return false;
    case OINLCALL:
        /* the inlined statements run; x is only the call as written,
         * except for escape-model bodies, whose call codegen compiles */
        if (n->flags & IRF_ESCMODEL) return false;
        return call_free_list(&n->init) && call_free_list(&n->body) && call_free_list(&n->rlist);
    default: break;
    }
    return call_free(n->x) && call_free(n->y) && call_free(n->z) && call_free(n->w) && call_free_list(&n->list) &&
           call_free_list(&n->rlist) && call_free_list(&n->init) && call_free_list(&n->body) && call_free_list(&n->els);
}

/* The constant step by which statement s moves v (0: none or unknown). */
static int64_t step_of(IrNode *s, IrName *v) {
    int64_t c;
    if (!s) return 0;
    if (s->op == OASOP && is_target(s->x, v) && (s->tok == T_ADD || s->tok == T_SUB) && lit_int(s->y, &c) && c != 0)
        return s->tok == T_ADD ? c : -c;
    IrNode *val = NULL;
    if (s->op == OAS && is_target(s->x, v)) val = s->y;
    if (s->op == OAS2)
        for (int i = 0; i < s->list.len && i < s->rlist.len; i++)
            if (is_target(s->list.v[i], v)) val = s->rlist.v[i];
    if (val && val->op == OBINARY && (val->tok == T_ADD || val->tok == T_SUB) && name_of(val->x) == v &&
        lit_int(val->y, &c) && c != 0)
        return val->tok == T_ADD ? c : -c;
    return 0;
}

/* Does evaluating e always evaluate an index s[v] with s's length fixed in
 * the loop (s a local not assigned in it, or an array)? */
static bool indexes_by(IrNode *e, IrName *v, IrNode *loop) {
    if (!e) return false;
    switch (e->op) {
    case OINDEX: {
        if (name_of(e->y) == v) {
            Type *u = e->x && e->x->type ? cg_under(e->x->type) : NULL;
            IrName *s = name_of(e->x);
            if (u && u->kind == TY_ARRAY) return true;
            if (u && (u->kind == TY_SLICE || u->kind == TY_STRING) && local_var(s) &&
                !assigns_list(&loop->body, s, NULL) && !assigns(loop->y, s, NULL) && !assigns(loop->x, s, NULL))
                return true;
        }
        return indexes_by(e->x, v, loop) || indexes_by(e->y, v, loop);
    }
    case OANDAND: case OOROR: return indexes_by(e->x, v, loop); /* y may not run */
    case OINLCALL: case OCLOSURE: return false;
    case OAS: case OASOP: return indexes_by(e->x, v, loop) || indexes_by(e->y, v, loop);
    case OAS2:
        for (int i = 0; i < e->list.len; i++)
            if (indexes_by(e->list.v[i], v, loop)) return true;
        for (int i = 0; i < e->rlist.len; i++)
            if (indexes_by(e->rlist.v[i], v, loop)) return true;
        return false;
    case OBINARY: case OUNARY: case OCONV: case OCONVNOP: case ODOT: case ODOTPTR: case ODEREF: case OLEN: case OADDR:
        return indexes_by(e->x, v, loop) || indexes_by(e->y, v, loop);
    default: return false;
    }
}

static void mark_short_for(IrNode *n) {
    if (!call_free(n->x) || !call_free(n->y) || !call_free_list(&n->body)) return;
    /* candidates: variables the post statement steps */
    IrName *cand[4];
    int nc = 0;
    IrNode *post = n->y;
    if (!post) return;
    if ((post->op == OASOP || post->op == OAS) && post->x && post->x->op == ONAME) cand[nc++] = post->x->nm;
    if (post->op == OAS2)
        for (int i = 0; i < post->list.len && nc < 4; i++)
            if (post->list.v[i] && post->list.v[i]->op == ONAME) cand[nc++] = post->list.v[i]->nm;
    for (int k = 0; k < nc; k++) {
        IrName *v = cand[k];
        if (!local_var(v) || !v->type || cg_under(v->type)->kind != TY_INT || step_of(post, v) == 0) continue;
        if (assigns_list(&n->body, v, NULL)) continue;
        bool found = indexes_by(n->x, v, n);
        /* top-level statements that run on every iteration, up to the
         * first one that may branch */
        for (int i = 0; !found && i < n->body.len; i++) {
            IrNode *s = n->body.v[i];
            if (!s) continue;
            if (s->op != OAS && s->op != OASOP && s->op != OAS2 && s->op != ODCL) break;
            bool plain_init = true; /* x := v keeps its ODCL in init */
            for (int j = 0; j < s->init.len; j++)
                if (s->init.v[j] && s->init.v[j]->op != ODCL) plain_init = false;
            if (!plain_init) break;
            found = indexes_by(s, v, n);
        }
        if (found) {
            n->aux = (void *)cg_short_loop_tag;
            return;
        }
    }
}

static void mark_short_range(IrNode *n) {
    Type *u = n->z && n->z->type ? cg_under(n->z->type) : NULL;
    if (!u || !(u->kind == TY_SLICE || u->kind == TY_ARRAY || u->kind == TY_STRING ||
                (u->kind == TY_POINTER && cg_under(u->elem)->kind == TY_ARRAY)))
        return;
    if (call_free_list(&n->body)) n->aux = (void *)cg_short_loop_tag;
}

static void walk_for(IrNode *n) {
    if (!getenv("GOSUB_POLLALL")) mark_short_for(n);
    walk_list(&n->init);
    walk(n->x);
    int save = B.nfacts;
    IrNode *c = n->x;
    /* conjuncts of the condition that have the form i < B, i increasing from >= 0 */
    IrNode *conj[8];
    int nc = 0;
    IrNode *stack[8];
    int ns = 0;
    if (c) stack[ns++] = c;
    while (ns && nc < 8) {
        IrNode *e = stack[--ns];
        if (e->op == OANDAND && ns + 2 <= 8) {
            stack[ns++] = e->y;
            stack[ns++] = e->x;
        } else {
            conj[nc++] = e;
        }
    }
    for (int k = 0; k < nc; k++) {
        IrNode *e = conj[k];
        if (e->op != OBINARY) continue;
        IrNode *l = e->x, *r = e->y;
        if (e->tok == T_GTR) {
            l = e->y;
            r = e->x;
        } else if (e->tok != T_LSS) {
            continue;
        }
        IrName *i = name_of(l);
        Bound bd;
        if (!local_var(i) || cg_under(i->type)->kind != TY_INT || !bound_of(r, &bd)) continue;
        if (n->y && !is_increment(n->y, i) && assigns(n->y, i, NULL)) continue;
        /* lower bound on entry: the init gives it a nonnegative value, or
         * a fact already bounds it and the init leaves it alone */
        bool lo = false;
        IrNode *last = NULL;
        for (int j = 0; j < n->init.len; j++)
            if (assigns(n->init.v[j], i, NULL)) last = n->init.v[j];
        if (last) lo = last->op == OAS && is_target(last->x, i) && nonneg(last->y);
        else lo = known_nonneg_var(i);
        if (!lo) continue;
        if (assigns_list(&n->body, i, NULL)) continue;
        if (bd.nm && (assigns_list(&n->body, bd.nm, NULL) || assigns(n->y, bd.nm, NULL))) continue;
        push_fact(i, 0, bd);
    }
    walk_list(&n->body);
    B.nfacts = save;
    walk(n->y);
}

static void walk_range(IrNode *n) {
    if (!getenv("GOSUB_POLLALL")) mark_short_range(n);
    walk(n->z);
    walk(n->x);
    walk(n->y);
    int save = B.nfacts;
    IrName *i = n->x ? name_of(n->x) : NULL;
    Type *u = n->z && n->z->type ? cg_under(n->z->type) : NULL;
    if (i && local_var(i) && u && !assigns_list(&n->body, i, NULL)) {
        if (u->kind == TY_ARRAY) {
            if (u->len > 0) push_fact(i, 0, (Bound){B_CONST, NULL, u->len});
        } else if (u->kind == TY_POINTER && cg_under(u->elem)->kind == TY_ARRAY) {
            if (cg_under(u->elem)->len > 0) push_fact(i, 0, (Bound){B_CONST, NULL, cg_under(u->elem)->len});
        } else if (u->kind == TY_SLICE || u->kind == TY_STRING) {
            IrName *s = name_of(n->z);
            if (local_var(s) && !assigns_list(&n->body, s, NULL)) push_fact(i, 0, (Bound){B_LEN, s, 0});
        }
    }
    walk_list(&n->body);
    B.nfacts = save;
}

static void walk(IrNode *n) {
    if (!n) return;
    switch (n->op) {
    case OCLOSURE: return;
    case OFOR: walk_for(n); return;
    case ORANGE: walk_range(n); return;
    case OIF: {
        walk_list(&n->init);
        walk(n->x);
        int save = B.nfacts;
        cond_facts(n->x, &n->body, NULL, true);
        walk_list(&n->body);
        B.nfacts = save;
        walk_list(&n->els);
        return;
    }
    case OINDEX:
        walk(n->x);
        walk(n->y);
        mark_index(n);
        return;
    case ODOTPTR: case ODEREF: {
        /* p.f / *p of a local pointer only ever assigned &x or new(T):
         * never nil, no check (gc's nilcheck elimination does the same) */
        IrName *p = name_of(n->x);
        VarRec *r = local_var(p) && p->cls == PAUTO ? rec(p, false) : NULL;
        if (r && r->nassign > 0 && !r->maybe_nil) n->aux = (void *)cg_nonnil_tag;
        break;
    }
    default: break;
    }
    walk(n->x);
    walk(n->y);
    walk(n->z);
    walk(n->w);
    walk_list(&n->list);
    walk_list(&n->rlist);
    walk_list(&n->init);
    walk_list(&n->body);
    walk_list(&n->els);
}

static int size_node(IrNode *n);
static int size_list(IrList *l) {
    int k = 0;
    for (int i = 0; i < l->len; i++) k += size_node(l->v[i]);
    return k;
}
static int size_node(IrNode *n) {
    if (!n || n->op == OCLOSURE) return 1;
    return 1 + size_node(n->x) + size_node(n->y) + size_node(n->z) + size_node(n->w) + size_list(&n->list) +
           size_list(&n->rlist) + size_list(&n->init) + size_list(&n->body) + size_list(&n->els);
}

void cg_bce(IrFunc *f) {
    if (getenv("GOSUB_NOBCE")) return;
    int cap = 64;
    while (cap < 4 * (f->dcl.len + 16)) cap *= 2;
    B.tab = NEWN(VarRec, cap);
    B.cap = cap;
    /* the seen set is reused from function to function */
    static IrNode **seen;
    static int seencap;
    int nodes = size_list(&f->body), want = 64;
    while (want < 2 * nodes) want *= 2;
    if (want > seencap) {
        free(seen);
        seen = calloc((size_t)want, sizeof *seen);
        seencap = seen ? want : 0;
        if (!seen) return;
    } else {
        memset(seen, 0, (size_t)want * sizeof *seen);
    }
    B.seen = seen;
    B.capseen = want;
    B.nfacts = 0;
    B.overflow = false;
    count_list(&f->body);
    if (!B.overflow) walk_list(&f->body);
    B.cap = 0;
}
