/*
 * cg_gcsite.c: runtime.GC() calls whose frame the collector sees precisely.
 *
 * The collector scans goroutine stacks conservatively, so a dead copy of a
 * pointer that the C compiler left in the frame (the sret slot of a call
 * that returned a slice, a spill slot, a callee-saved register) keeps an
 * object alive after the Go program dropped it: `big = nil; runtime.GC()`
 * would not free big, and a finalizer would not run, where gc's precise
 * stack maps free it.  For a `runtime.GC()` statement in a position where
 * every pointer the rest of the function can read is held by one of its
 * Go variables, codegen instead emits GO_GC_PRECISE (gosub.h) with a table
 * of the variables that may still be read after the call; the collector
 * then skips the frame itself and scans only those variables (and the
 * frame slots of non-escaping allocations, as gc's stack objects, when a
 * scanned variable points into them).
 *
 * A position qualifies when:
 *   - the function has no defer and no recover (their records live in the
 *     frame), and is not a generic method instance (its parameters alias);
 *   - the call is a statement whose ancestors are only blocks, if
 *     branches, 3-clause for bodies and labels: no range, switch, select or
 *     inlined body, whose codegen temporaries stay live across statements.
 * Invariant that makes skipping the frame safe: codegen's _tN temporaries
 * are dead at a statement boundary outside those constructs, and every Go
 * variable in the table has its address taken, so its value is in memory
 * at the call, and no value derived from it stays in a register across it.
 *
 * The function is emitted GO_GCFRAME_FN (never inlined nor cloned by the C
 * compiler): inlined into a caller, the frame address would be the
 * caller's, whose variables the table does not list.
 *
 * Liveness is conservative: a variable is live at the call if any node
 * after it (pre-order, which follows execution order in structured code)
 * or anywhere in an enclosing loop names it, or its closure captures it;
 * with a backward goto in the function, every variable is live.
 * Parameters and results moved to the heap, results, closure variables and
 * the closure context are always listed.
 */
#include "codegen/cg_internal.h"

#include <string.h>

typedef struct Site {
    IrNode *call;
    int id;
    Vec live;          /* IrName* named at or after the call */
    bool all;          /* every variable is live (goto) */
} Site;

typedef struct Local {
    IrName *nm;        /* NULL: a frame slot */
    const char *cname;
    bool always;
    bool slot;         /* a frame slot: scanned only if a listed word points into it */
} Local;

/* One per function being generated (cg_func may nest: a stack). */
typedef struct State {
    Vec sites;         /* Site* */
    Vec locals;        /* Local* */
    IrFunc *f;
    bool enabled;
    struct State *prev;
} State;

static State *st;
static int nsite;      /* table names are unique in the C file */

static bool is_gc_call(IrNode *n)
{
    return n && n->op == OCALLFUNC && n->list.len == 0 && n->x && n->x->op == ONAME && n->x->nm &&
           n->x->nm->cls == PFUNC && n->x->nm->func && n->x->nm->func->linkname &&
           !strcmp(n->x->nm->func->linkname, "go_runtime_GC");
}

/* Pre-order walk: is there a goto to a label seen before it (a backward
 * jump, which makes code before a site run after it)?  Forward gotos, as
 * the inliner makes for returns, keep pre-order an execution order. */
static bool back_goto(IrNode *n, Vec *labels)
{
    if (!n) return false;
    if (n->op == OINLCALL && labels->len) {
        /* an inlined body has its own labels (the same names in every copy) */
        Vec own = {0};
        return back_goto(n, &own);
    }
    if (n->op == OLABEL) vec_push(labels, n);
    if (n->op == OGOTO)
        for (int i = 0; i < labels->len; i++)
            if (str_eq(((IrNode *)labels->v[i])->name, n->name)) return true;
    if (back_goto(n->x, labels) || back_goto(n->y, labels) || back_goto(n->z, labels) || back_goto(n->w, labels))
        return true;
    IrList *ls[5] = {&n->list, &n->rlist, &n->init, &n->body, &n->els};
    for (int k = 0; k < 5; k++)
        for (int i = 0; i < ls[k]->len; i++)
            if (back_goto(ls[k]->v[i], labels)) return true;
    return false;
}

/* Adds every variable n names (captured ones included) to out. */
static void names_in(IrNode *n, Vec *out)
{
    if (!n) return;
    if (n->nm) vec_push(out, n->nm);
    if (n->op == OCLOSURE && n->fn)
        for (int i = 0; i < n->fn->cvars.len; i++) {
            IrName *cv = n->fn->cvars.v[i];
            for (IrName *o = cv; o; o = o->cls == PAUTOHEAP ? o->outer : NULL) vec_push(out, o);
        }
    names_in(n->x, out);
    names_in(n->y, out);
    names_in(n->z, out);
    names_in(n->w, out);
    IrList *ls[5] = {&n->list, &n->rlist, &n->init, &n->body, &n->els};
    for (int k = 0; k < 5; k++)
        for (int i = 0; i < ls[k]->len; i++) names_in(ls[k]->v[i], out);
}

/* Pre-order walk recording, for the site being analysed, the names after
 * it.  *after turns true once the site was passed. */
static void names_after(IrNode *n, IrNode *site, bool *after, Vec *out)
{
    if (!n) return;
    if (*after) {
        names_in(n, out);
        return;
    }
    if (n == site) {
        *after = true;
        return;
    }
    names_after(n->x, site, after, out);
    names_after(n->y, site, after, out);
    names_after(n->z, site, after, out);
    names_after(n->w, site, after, out);
    IrList *ls[5] = {&n->list, &n->rlist, &n->init, &n->body, &n->els};
    for (int k = 0; k < 5; k++)
        for (int i = 0; i < ls[k]->len; i++) names_after(ls[k]->v[i], site, after, out);
}

static IrNode *loops[256];
static int nloops;

static void add_site(IrNode *call, bool all)
{
    Site *s = NEW(Site);
    s->call = call;
    s->id = ++nsite;
    s->all = all;
    if (!all) {
        bool after = false;
        for (int i = 0; i < st->f->body.len; i++) names_after(st->f->body.v[i], call, &after, &s->live);
        for (int i = 0; i < nloops; i++) names_in(loops[i], &s->live);
    }
    vec_push(&st->sites, s);
}

/* Statements in positions that qualify; anything else is not entered. */
static void find_sites(IrList *l, bool all)
{
    for (int i = 0; i < l->len; i++) {
        IrNode *n = l->v[i];
        if (!n) continue;
        switch (n->op) {
        case OCALLFUNC:
            if (is_gc_call(n) && n->init.len == 0) add_site(n, all);
            break;
        case OBLOCK:
            if (n->init.len == 0) find_sites(&n->list, all);
            break;
        case OIF:
            find_sites(&n->body, all);
            find_sites(&n->els, all);
            break;
        case OFOR:
            if (nloops < (int)(sizeof loops / sizeof *loops)) {
                loops[nloops++] = n;
                find_sites(&n->body, all);
                nloops--;
            }
            break;
        default: break;
        }
    }
}

void cg_gc_begin(IrFunc *f, bool eligible)
{
    State *n = NEW(State);
    memset(n, 0, sizeof *n);
    n->f = f;
    n->prev = st;
    st = n;
    if (!eligible || !f->has_body) return;
    bool all = false;
    Vec labels = {0};
    for (int i = 0; i < f->body.len && !all; i++)
        if (back_goto(f->body.v[i], &labels)) all = true;
    nloops = 0;
    find_sites(&f->body, all);
    st->enabled = st->sites.len > 0;
}

void cg_gc_local(IrName *nm, const char *cname, bool always)
{
    if (!st || !st->enabled) return;
    Local *l = NEW(Local);
    memset(l, 0, sizeof *l);
    l->nm = nm;
    l->cname = cname;
    l->always = always || nm == NULL;
    vec_push(&st->locals, l);
}

void cg_gc_slot(const char *cname)
{
    if (!st || !st->enabled) return;
    Local *l = NEW(Local);
    memset(l, 0, sizeof *l);
    l->cname = cname;
    l->slot = true;
    vec_push(&st->locals, l);
}

const char *cg_gc_site(IrNode *n)
{
    if (!st || !st->enabled) return NULL;
    for (int i = 0; i < st->sites.len; i++) {
        Site *s = st->sites.v[i];
        if (s->call == n)
            return arena_printf("GO_GC_PRECISE(_gclv%d, (intptr_t)(sizeof _gclv%d / sizeof _gclv%d[0]) - 1);", s->id,
                                s->id, s->id);
    }
    return NULL;
}

static bool names(Vec *live, IrName *nm)
{
    for (int i = 0; i < live->len; i++) {
        IrName *x = live->v[i];
        if (x == nm) return true;
        /* a closure variable named in an inlined copy of the closure body */
        for (IrName *o = x; o && o->cls == PAUTOHEAP; o = o->outer)
            if (o->outer == nm) return true;
    }
    return false;
}

/* The tables, declared after every local of the function. */
bool cg_gc_end(Buf *decls)
{
    State *cs = st;
    if (!cs) return false;
    st = cs->prev;
    if (!cs->enabled) return false;
    for (int i = 0; i < cs->sites.len; i++) {
        Site *s = cs->sites.v[i];
        buf_printf(decls, "    const GoGcLive _gclv%d[] = {", s->id);
        for (int j = 0; j < cs->locals.len; j++) {
            Local *l = cs->locals.v[j];
            if (l->slot) {
                buf_printf(decls, "{&%s, sizeof %s | GO_GC_STACKOBJ}, ", l->cname, l->cname);
                continue;
            }
            if (!l->always && !s->all && !l->nm->addrtaken && l->nm->cls != PPARAMOUT && !names(&s->live, l->nm))
                continue;
            buf_printf(decls, "{&%s, sizeof %s}, ", l->cname, l->cname);
        }
        buf_puts(decls, "{0, 0}};\n");
    }
    return true;
}
