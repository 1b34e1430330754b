/*
 * cg_gcsite.c: runtime.GC() calls whose frame the collector sees precisely
 * (and debug.FreeOSMemory(), which collects the same way).
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
 *   - the function is not a generic method instance (its parameters
 *     alias); defer and recover are fine: the defer records hang off
 *     _df.defers (listed), and with defer every frame slot is scanned
 *     whenever (a deferred closure in a slot is reached only through a
 *     heap record);
 *   - the call is a statement whose ancestors are only blocks, if
 *     branches, 3-clause for bodies, range loops (their codegen
 *     temporaries that stay live across the body, the copy of the
 *     collection, a map iterator, the channel, are listed: gen_range),
 *     switch / type switch / select case bodies (the tag, the interface
 *     copy, the case array and the receive buffers are dead once a body
 *     runs), bodies of calls inlined at statement level (or as
 *     `x := f()`), and labels.
 * Invariant that makes skipping the frame safe: codegen's _tN temporaries
 * are dead at a statement boundary outside those constructs, and every Go
 * variable in the table has its address taken, so its value is in memory
 * at the call, and no value derived from it stays in a register across it.
 *
 * Chain calls (a call of a function with sites, GO_GC_CHAIN) pass this
 * frame's record to the callee through rt_gc_outer, so every described
 * frame from runtime.GC() up to the outermost is seen precisely.  Static
 * calls and static method calls qualify; so do calls through interfaces
 * and func values when a method, closure or func value of the package
 * reaches runtime.GC() (dyn_gc), and method / func-value wrappers pass the
 * record on (cg_gc_wrapper_fwd).  A chain call's own arguments may be any
 * expressions (they are consumed by the call); what the statement
 * evaluates before the call must be plain values.
 *
 * Park sites: in a package that calls runtime.GC() somewhere, a receive
 * statement, a select without send cases, time.Sleep and WaitGroup.Wait
 * get a record too, bracketed by rt_gc_park_begin/end: while the goroutine
 * waits there, another goroutine's collection scans its frames from the
 * record (gc_roots.c) instead of conservatively.
 *
 * The function is emitted GO_GCFRAME_FN (never inlined nor cloned by the C
 * compiler): inlined into a caller, the frame address would be the
 * caller's, whose variables the table does not list.
 *
 * Liveness is conservative: a variable is live at the call if any node
 * after it (pre-order, which follows execution order in structured code)
 * or anywhere in an enclosing loop reads it, or its closure captures it;
 * a plain store `x = e` does not read x, nor do reads of only the words
 * of x that hold no pointer, when gc keeps x in SSA form (word_only_read:
 * len(x), x.n, x == nil); with a backward goto in the
 * function, every variable is live.  Parameters and results moved to the
 * heap, results, closure variables and the closure context are always
 * listed.
 */
#include "codegen/cg_internal.h"

#include <string.h>

typedef struct Site {
    IrNode *call;
    bool chain;        /* a call of a function with sites (not runtime.GC itself) */
    int id;
    Vec live;          /* IrName* named at or after the call */
    bool all;          /* every variable is live (goto) */
    bool dyn;          /* a chain call the callee may not take: cleared after */
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
    bool takes_outer;  /* the entry takes rt_gc_outer (the caller's record) */
    bool has_defer;    /* defer or recover: frame slots may be reached through the defer records */
    struct State *prev;
} State;

static State *st;
static int nsite;      /* table names are unique in the C file */

/* 1: runtime.GC(), 2: debug.FreeOSMemory() (a collection, then the free
 * pages go back to the OS), 0: neither. */
static int gc_call_kind(IrNode *n)
{
    if (!(n && n->op == OCALLFUNC && n->list.len == 0 && n->x && n->x->op == ONAME && n->x->nm &&
          n->x->nm->cls == PFUNC && n->x->nm->func && n->x->nm->func->linkname))
        return 0;
    if (!strcmp(n->x->nm->func->linkname, "go_runtime_GC")) return 1;
    if (!strcmp(n->x->nm->func->linkname, "go_runtime_debug_FreeOSMemory")) return 2;
    return 0;
}

static bool is_gc_call(IrNode *n) { return gc_call_kind(n) != 0; }

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

/* n is a variable a statement only stores to (its old value is dead). */
static bool stored_name(IrNode *n)
{
    return n && n->op == ONAME && n->nm && n->init.len == 0;
}

/* gc's ssa.TypeOK: a type whose variables gc keeps in SSA form, one value
 * per word (at most 4 words; arrays of at most one element; structs of at
 * most 4 fields, each such a type). */
static bool ssa_type(Type *t)
{
    Type *u = cg_under(t);
    if (!u || types_sizeof(t) > 32) return false;
    if (u->kind == TY_ARRAY) return u->len <= 1 && ssa_type(u->elem);
    if (u->kind == TY_STRUCT) {
        if (u->nfields > 4) return false;
        for (int i = 0; i < u->nfields; i++)
            if (!ssa_type(u->fields[i]->type)) return false;
    }
    return true;
}

/* The variable under a path of field selections x.f.g, when gc keeps it
 * in SSA form (a local or parameter whose address is never taken, not
 * moved to the heap, of a type ssa_type accepts), else NULL. */
static IrName *ssa_root(IrNode *x)
{
    while (x && x->op == ODOT && x->init.len == 0) x = x->x;
    if (!(x && x->op == ONAME && x->nm && x->init.len == 0)) return NULL;
    IrName *nm = x->nm;
    if (!(nm->cls == PAUTO || nm->cls == PPARAM) || nm->addrtaken || nm->heap || !ssa_type(nm->type)) return NULL;
    return nm;
}

/* n reads only words of an SSA variable that hold no pointer: gc's
 * liveness is per word, so where nothing else reads the variable its
 * pointer words are dead, and what only they reach is freed
 * (`buf = make(...); runtime.GC(); println(len(buf))`).  Such reads:
 * len(s) and cap(s) of a slice or string (its length or capacity word),
 * a field path of a pointer-free type (h.n), and the comparison of an
 * interface with nil (its type word).  They do not make the variable
 * live at a site. */
static bool word_only_read(IrNode *n)
{
    if (n->init.len) return false;
    if (n->op == OLEN || n->op == OCAP) {
        Type *u = n->x ? cg_under(n->x->type) : NULL;
        return u && (u->kind == TY_SLICE || u->kind == TY_STRING) && ssa_root(n->x);
    }
    if (n->op == ODOT) return n->type && !cg_has_pointers(n->type) && ssa_root(n);
    if (n->op == OBINARY && (n->tok == T_EQL || n->tok == T_NEQ) && n->x && n->y) {
        IrNode *v = n->y->op == ONIL ? n->x : n->x->op == ONIL ? n->y : NULL;
        return v && v->op == ONAME && types_is_interface(v->type) && ssa_root(v);
    }
    return false;
}

/* Adds every variable n reads (captured ones included) to out: a plain
 * store `x = e`, a declaration and the variables a range, a receive or a
 * type switch clause assigns do not read x, so x is dead before a store
 * that comes first (gc's liveness: a variable is live where a later read
 * may see its current value). */
static void names_in(IrNode *n, Vec *out)
{
    if (!n) return;
    if (word_only_read(n)) return;
    bool lhs_list = false;
    switch (n->op) {
    case ODCL: case OCASE: case OTYPESW:
        break;                                  /* their nm is a store */
    default:
        if (n->nm) vec_push(out, n->nm);
        break;
    }
    if (n->op == OCLOSURE && n->fn)
        for (int i = 0; i < n->fn->cvars.len; i++) {
            IrName *cv = n->fn->cvars.v[i];
            for (IrName *o = cv; o; o = o->cls == PAUTOHEAP ? o->outer : NULL) vec_push(out, o);
        }
    if (!((n->op == OAS || n->op == ORANGE) && stored_name(n->x))) names_in(n->x, out);
    if (!(n->op == ORANGE && stored_name(n->y))) names_in(n->y, out);
    names_in(n->z, out);
    names_in(n->w, out);
    if (n->op == OAS2 || n->op == OAS2FUNC || n->op == OAS2DOTTYPE || n->op == OAS2MAPR || n->op == OAS2RECV)
        lhs_list = true;
    for (int i = 0; i < n->list.len; i++)
        if (!(lhs_list && stored_name(n->list.v[i]))) names_in(n->list.v[i], out);
    IrList *ls[4] = {&n->rlist, &n->init, &n->body, &n->els};
    for (int k = 0; k < 4; k++)
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
    if (n->op == OINLCALL) {
        /* emitted as: the call's arguments, init, body, then the results */
        IrList *ls[5] = {&n->list, &n->init, &n->body, &n->rlist, &n->els};
        names_after(n->x, site, after, out);
        for (int k = 0; k < 5; k++)
            for (int i = 0; i < ls[k]->len; i++) names_after(ls[k]->v[i], site, after, out);
        names_after(n->y, site, after, out);
        names_after(n->z, site, after, out);
        names_after(n->w, site, after, out);
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

static Package *cur_pkg;   /* the package of the function being analysed */
static Package *pkg_of(IrFunc *f);

static IrNode *loops[256];
static int nloops;
static IrNode *cur_stmt;

/* ---- which functions have sites (GcFn memo; -1 while being decided, so
 * recursion counts as "no") ---- */
typedef struct GcFn { IrFunc *f; int state; } GcFn;
static Vec gcfns;

static bool has_defer_recover(IrNode *n)
{
    if (!n) return false;
    if (n->op == ODEFER || n->op == ORECOVER) return true;
    if (has_defer_recover(n->x) || has_defer_recover(n->y) || has_defer_recover(n->z) || has_defer_recover(n->w))
        return true;
    IrList *ls[5] = {&n->list, &n->rlist, &n->init, &n->body, &n->els};
    for (int k = 0; k < 5; k++)
        for (int i = 0; i < ls[k]->len; i++)
            if (has_defer_recover(ls[k]->v[i])) return true;
    return false;
}

static bool fn_has_defer(IrFunc *f)
{
    for (int i = 0; i < f->body.len; i++)
        if (has_defer_recover(f->body.v[i])) return true;
    return false;
}

static bool eligible_fn(IrFunc *f)
{
    return f && f->has_body;
}

static void find_sites(IrList *l, bool all, bool record);
static int nfound;

/* Does f have a qualifying site (runtime.GC() or a call of such a function)? */
static bool fn_has_sites(IrFunc *f)
{
    for (int i = 0; i < gcfns.len; i++) {
        GcFn *g = gcfns.v[i];
        if (g->f == f) return g->state > 0;
    }
    GcFn *g = NEW(GcFn);
    g->f = f;
    g->state = -1;
    vec_push(&gcfns, g);
    bool yes = false;
    if (eligible_fn(f)) {
        /* a walk inside another function's walk: save that one's state */
        int save = nfound, savel = nloops;
        Package *savep = cur_pkg;
        cur_pkg = pkg_of(f);
        IrNode *saves = cur_stmt, **savedl = NEWN(IrNode *, savel + 1);
        for (int i = 0; i < savel; i++) savedl[i] = loops[i];
        nfound = 0;
        nloops = 0;
        find_sites(&f->body, false, false);
        yes = nfound > 0;
        nfound = save;
        nloops = savel;
        cur_stmt = saves;
        cur_pkg = savep;
        for (int i = 0; i < savel; i++) loops[i] = savedl[i];
    }
    g->state = yes ? 1 : 0;
    return yes;
}

/* The static callee of a plain function call or of a static method call,
 * or NULL. */
static IrFunc *static_callee(IrNode *n)
{
    if (!n || n->op != OCALLFUNC || !n->x) return NULL;
    if (n->x->op == OMETHEXPR) return n->x->fn;
    if (n->x->op != ONAME || !n->x->nm || n->x->nm->cls != PFUNC) return NULL;
    return n->x->nm->func;
}

/* ---- calls through interfaces and func values ----
 * A dynamic call is a chain call when some method or closure of the
 * calling function's package reaches runtime.GC() (at any position): the
 * callee, if it has sites, takes the record; the runtime accepts it only if
 * the callee's frame starts exactly at the sp the record names (so a
 * wrapper frame in between breaks the chain: its frame is then scanned
 * conservatively), and the caller clears rt_gc_outer after the call in
 * case the callee did not take it. */
typedef struct Reach { IrFunc *f; int state; } Reach;
static Vec reaches;
static bool reaches_gc(IrFunc *f);

static bool node_reaches_gc(IrNode *n)
{
    if (!n) return false;
    if (is_gc_call(n)) return true;
    IrFunc *g = static_callee(n);
    if (g && g->has_body && reaches_gc(g)) return true;
    if (n->op == OCLOSURE && n->fn && reaches_gc(n->fn)) return true;
    if (node_reaches_gc(n->x) || node_reaches_gc(n->y) || node_reaches_gc(n->z) || node_reaches_gc(n->w)) return true;
    IrList *ls[5] = {&n->list, &n->rlist, &n->init, &n->body, &n->els};
    for (int k = 0; k < 5; k++)
        for (int i = 0; i < ls[k]->len; i++)
            if (node_reaches_gc(ls[k]->v[i])) return true;
    return false;
}

/* Does f call runtime.GC() (or debug.FreeOSMemory()), directly or through
 * static calls, at any position?  (Recursion counts as no.) */
static bool reaches_gc(IrFunc *f)
{
    for (int i = 0; i < reaches.len; i++) {
        Reach *r = reaches.v[i];
        if (r->f == f) return r->state > 0;
    }
    Reach *r = NEW(Reach);
    r->f = f;
    r->state = -1;
    vec_push(&reaches, r);
    bool yes = false;
    for (int i = 0; i < f->body.len && !yes; i++) yes = node_reaches_gc(f->body.v[i]);
    r->state = yes ? 1 : 0;
    return yes;
}

static bool closure_reaches_gc(IrNode *n)
{
    if (!n) return false;
    if (n->op == OCLOSURE && n->fn && reaches_gc(n->fn)) return true;
    if (n->op == OCALLFUNC && n->x && n->x->op == ONAME) {
        /* the callee itself is not a func value */
        for (int i = 0; i < n->list.len; i++)
            if (closure_reaches_gc(n->list.v[i])) return true;
        return closure_reaches_gc(n->y) || closure_reaches_gc(n->z) || closure_reaches_gc(n->w);
    }
    if (n->op == ONAME && n->nm && n->nm->cls == PFUNC && n->nm->func &&
        (is_gc_call(&(IrNode){.op = OCALLFUNC, .x = n}) || (n->nm->func->has_body && reaches_gc(n->nm->func))))
        return true;  /* runtime.GC or a function reaching it used as a func value */
    if (closure_reaches_gc(n->x) || closure_reaches_gc(n->y) || closure_reaches_gc(n->z) || closure_reaches_gc(n->w))
        return true;
    IrList *ls[5] = {&n->list, &n->rlist, &n->init, &n->body, &n->els};
    for (int k = 0; k < 5; k++)
        for (int i = 0; i < ls[k]->len; i++)
            if (closure_reaches_gc(ls[k]->v[i])) return true;
    return false;
}

typedef struct DynPkg { Package *pkg; bool yes; } DynPkg;
static Vec dynpkgs;

/* Can a dynamic call in pkg reach runtime.GC(): does one of its methods or
 * closures? */
static bool dyn_gc(Package *pkg)
{
    if (!pkg || pkg->is_std) return false;
    for (int i = 0; i < dynpkgs.len; i++) {
        DynPkg *d = dynpkgs.v[i];
        if (d->pkg == pkg) return d->yes;
    }
    DynPkg *d = NEW(DynPkg);
    d->pkg = pkg;
    d->yes = false;
    vec_push(&dynpkgs, d);
    for (int i = 0; i < pkg->funcs.len && !d->yes; i++) {
        IrFunc *f = ir_func_for_object(pkg->funcs.v[i]);
        if (!f || !f->has_body) continue;
        if (f->recv && reaches_gc(f)) d->yes = true;
        for (int j = 0; j < f->body.len && !d->yes; j++)
            if (closure_reaches_gc(f->body.v[j])) d->yes = true;
    }
    return d->yes;
}

/* Does some function of pkg reach runtime.GC()?  Only then do blocking
 * operations get records (park sites): they cost a register-clearing
 * record per channel operation, which programs that never ask for a
 * collection do not pay. */
static bool pkg_gc(Package *pkg)
{
    static Vec memo; /* DynPkg */
    if (!pkg || pkg->is_std) return false;
    for (int i = 0; i < memo.len; i++) {
        DynPkg *d = memo.v[i];
        if (d->pkg == pkg) return d->yes;
    }
    DynPkg *d = NEW(DynPkg);
    d->pkg = pkg;
    d->yes = false;
    vec_push(&memo, d);
    for (int i = 0; i < pkg->funcs.len && !d->yes; i++) {
        IrFunc *f = ir_func_for_object(pkg->funcs.v[i]);
        if (f && f->has_body && reaches_gc(f)) d->yes = true;
    }
    return d->yes;
}

/* Runtime functions that park the goroutine: a call of one is a park site
 * (the scheduler keeps the record while the goroutine waits). */
static bool parks(IrFunc *g)
{
    if (!g || !g->linkname) return false;
    static const char *const names[] = {"go_time_Sleep", "go_sync_WaitGroup_Wait", "go_sync_Cond_Wait"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (!strcmp(g->linkname, names[i])) return true;
    return false;
}

/* A select that cannot panic (no send case: a send on a closed channel
 * panics out of the bracket, which would leave the record behind). */
static bool select_parks(IrNode *n)
{
    for (int i = 0; i < n->list.len; i++) {
        IrNode *c = n->list.v[i];
        if (c && c->x && c->x->op == OSEND) return false;
    }
    return true;
}

/* The blocking operation a statement starts with, when it is one codegen
 * emits as a single runtime call that cannot panic: `<-c`, `x := <-c`,
 * `x = <-c`.  (Sends can panic on a closed channel; a recovered panic
 * would leave the record in the G, describing a frame that moved on.) */
static IrNode *park_op(IrNode *n)
{
    if (!n) return NULL;
    switch (n->op) {
    case ORECV: return n->init.len == 0 ? n : NULL;
    case OAS:
        for (int i = 0; i < n->init.len; i++)
            if (n->init.v[i]->op != ODCL) return NULL;
        if (!n->x || (n->x->op != ONAME && !ir_is_blank(n->x))) return NULL;
        return n->y && n->y->op == ORECV && n->y->init.len == 0 ? n->y : NULL;
    default: return NULL;
    }
}

static Package *pkg_of(IrFunc *f)
{
    while (f && !f->obj && f->outer) f = f->outer;
    return f && f->obj ? f->obj->pkg : NULL;
}

/* A call through an interface or a func value (a local or global variable). */
static bool dynamic_call(IrNode *n)
{
    if (!n || n->init.len) return false;
    if (n->op == OCALLINTER)
        return n->x && n->x->op == ODOTINTER && n->x->x && n->x->x->op == ONAME && n->x->x->init.len == 0;
    return n->op == OCALLFUNC && n->x && n->x->op == ONAME && n->x->nm && n->x->nm->cls != PFUNC;
}

/* Pure values evaluated before a chain call in its statement: nothing that
 * leaves a pointer in a codegen temporary (no call, no allocation, no
 * pointer-typed operand). */
static bool plain_value(IrNode *n)
{
    if (!n) return true;
    switch (n->op) {
    case OLITERAL: return true;
    case ONAME: return n->type && !cg_has_pointers(n->type);
    case OLEN: case OCAP: return n->x && n->x->op == ONAME && n->init.len == 0;
    case OCONVIFACE: return n->x && n->x->op == OLITERAL;
    case OCONV: case OCONVNOP: case OUNARY: return n->type && !cg_has_pointers(n->type) && plain_value(n->x);
    case OBINARY: return n->type && !cg_has_pointers(n->type) && plain_value(n->x) && plain_value(n->y);
    default: return false;
    }
}

/* The chain call inside expression n, evaluated first among its calls, or
 * NULL: the path down to it only goes through call arguments, conversions
 * and operators, with plain values before it. */
static IrNode *first_chain_call(IrNode *n)
{
    if (!n) return NULL;
    switch (n->op) {
    case OCALLINTER:
    case OCALLFUNC: {
        IrFunc *g = static_callee(n);
        /* The call's own arguments may be anything: their temporaries
         * are consumed by the call (the callee's parameters, listed in its
         * own record), never read after it. */
        bool argsok = true;
        if (g && !g->linkname && argsok && fn_has_sites(g)) return n;
        if (g && parks(g) && pkg_gc(cur_pkg)) return n;
        if (!g && argsok && dynamic_call(n) && dyn_gc(cur_pkg)) return n;
        if (n->op == OCALLINTER) return NULL;
        if (n->init.len || (n->x && n->x->op != ONAME)) return NULL;
        for (int i = 0; i < n->list.len; i++) {
            IrNode *c = first_chain_call(n->list.v[i]);
            if (c) return c;
            if (!plain_value(n->list.v[i])) return NULL;
        }
        return NULL;
    }
    case OINLCALL:
        if ((n->flags & IRF_ESCMODEL) && n->x) return first_chain_call(n->x);
        return NULL;
    case OSLICELIT:
        /* the ... argument: elements in order, into a frame slot */
        if (n->init.len) return NULL;
        for (int i = 0; i < n->list.len; i++) {
            IrNode *c = first_chain_call(n->list.v[i]);
            if (c) return c;
            if (!plain_value(n->list.v[i])) return NULL;
        }
        return NULL;
    case OCONV: case OCONVNOP: case OUNARY: case OCONVIFACE:
    case OLEN: case OCAP:
        return n->init.len ? NULL : first_chain_call(n->x);
    case OBINARY: {
        if (n->init.len || n->tok == T_LAND || n->tok == T_LOR) return NULL;
        IrNode *c = first_chain_call(n->x);
        if (c) return c;
        if (!plain_value(n->x)) return NULL;
        return first_chain_call(n->y);
    }
    default: return NULL;
    }
}


static void add_site(IrNode *call, bool chain, bool all, bool record)
{
    nfound++;
    if (!record) return;
    Site *s = NEW(Site);
    memset(s, 0, sizeof *s);
    s->call = call;
    s->chain = chain;
    s->dyn = chain && !(call->op == OCALLFUNC && call->x && call->x->op == ONAME && call->x->nm && call->x->nm->cls == PFUNC &&
                        !(call->x->nm->func && call->x->nm->func->linkname));
    s->id = ++nsite;
    s->all = all;
    if (!all) {
        bool after = false;
        for (int i = 0; i < st->f->body.len; i++) names_after(st->f->body.v[i], call, &after, &s->live);
        for (int i = 0; i < nloops; i++) names_in(loops[i], &s->live);
        names_in(cur_stmt, &s->live); /* the rest of the call's statement */
    }
    vec_push(&st->sites, s);
}

/* A chain call the statement n makes first, if it qualifies. */
static IrNode *stmt_chain_call(IrNode *n)
{

    switch (n->op) {
    case OCALLFUNC: case OCALLINTER: case OINLCALL: return first_chain_call(n);
    case OAS:
        for (int i = 0; i < n->init.len; i++)
            if (n->init.v[i]->op != ODCL) return NULL; /* x := f(): only the declaration */
        if (!n->y || !n->x || (n->x->op != ONAME && !ir_is_blank(n->x))) return NULL;
        return first_chain_call(n->y);
    default: return NULL;
    }
}

/* A range loop whose body may hold sites: codegen lists the temporaries
 * the loop reads across its body (the copy of the collection, the map
 * iterator, the channel: gen_range with cg_gc_listing) as always live. */
static bool simple_range(IrNode *n)
{
    for (int i = 0; i < n->init.len; i++)
        if (n->init.v[i]->op != ODCL) return false; /* the key and value variables */
    return n->z && n->z->type;
}

/* An inlined call whose body codegen emits as statements (not a stdlib
 * model, which stays a call). */
static IrNode *inlined_body(IrNode *n)
{
    if (!n) return NULL;
    if (n->op == OAS) {
        for (int i = 0; i < n->init.len; i++)
            if (n->init.v[i]->op != ODCL) return NULL;
        if (!n->x || (n->x->op != ONAME && !ir_is_blank(n->x))) return NULL;
        n = n->y;
    }
    if (n && n->op == OINLCALL && !(n->flags & IRF_ESCMODEL)) return n;
    return NULL;
}

/* Statements in positions that qualify; anything else is not entered.
 * Switch and select case bodies qualify: the tag, the type switch's
 * interface copy, the select's case array and receive buffers are all
 * dead once a body runs (the clause variables are Go variables).  So do
 * the bodies of calls inlined at statement level (their parameters and
 * results are Go variables of this function). */
static void find_sites(IrList *l, bool all, bool record)
{
    for (int i = 0; i < l->len; i++) {
        IrNode *n = l->v[i];
        if (!n) continue;
        cur_stmt = n;
        switch (n->op) {
        case OBLOCK:
            if (n->init.len == 0) find_sites(&n->list, all, record);
            break;
        case OIF:
            find_sites(&n->body, all, record);
            find_sites(&n->els, all, record);
            break;
        case OSWITCH:
        case OSELECT:
            if (n->op == OSELECT && select_parks(n) && pkg_gc(cur_pkg)) add_site(n, true, all, record);
            for (int k = 0; k < n->list.len; k++) {
                IrNode *c = n->list.v[k];
                if (c && c->op == OCASE) find_sites(&c->body, all, record);
                cur_stmt = n;
            }
            break;
        case ORANGE:
        case OFOR:
            if (n->op == ORANGE && !simple_range(n)) break;
            if (nloops < (int)(sizeof loops / sizeof *loops)) {
                loops[nloops++] = n;
                find_sites(&n->body, all, record);
                nloops--;
            }
            break;
        default:
            if (is_gc_call(n) && n->init.len == 0) {
                add_site(n, false, all, record);
            } else {
                IrNode *c = stmt_chain_call(n);
                IrNode *p = c ? NULL : park_op(n);
                if (c) {
                    add_site(c, true, all, record);
                } else if (p && pkg_gc(cur_pkg)) {
                    add_site(p, true, all, record);
                } else {
                    IrNode *in = inlined_body(n);
                    if (in) find_sites(&in->body, all, record);
                }
            }
            break;
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
    /* callers' chain calls set rt_gc_outer for this function's entry */
    cur_pkg = pkg_of(f);
    n->takes_outer = f->has_body && fn_has_sites(f);
    cur_pkg = pkg_of(f);
    if (!eligible || !n->takes_outer) return;
    n->has_defer = fn_has_defer(f);
    bool all = false;
    Vec labels = {0};
    for (int i = 0; i < f->body.len && !all; i++)
        if (back_goto(f->body.v[i], &labels)) all = true;
    nloops = 0;
    find_sites(&f->body, all, true);
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

bool cg_gc_listing(void) { return st && st->enabled; }

void cg_gc_slot(const char *cname)
{
    if (!st || !st->enabled) return;
    Local *l = NEW(Local);
    memset(l, 0, sizeof *l);
    l->cname = cname;
    l->slot = true;
    vec_push(&st->locals, l);
}

/* ---- stale words in the frames of a recursion ----
 * Collections triggered by allocation scan every frame conservatively, so
 * a frame slot the compiled code never writes (alignment padding, a spill
 * slot used only on a cold path) still holds whatever an earlier call left
 * at that address.  The common bad case is a recursion that builds a
 * structure right after another recursion walked the previous one
 * (binarytrees: check() of a dead tree, then bottomUp() of the next): the
 * top frames of the new recursion then hold pointers to the old
 * structure's root, which keeps all of it alive.  A call from outside a
 * self-recursive function into it clears the dead stack just below the
 * caller's sp (GO_CLEAR_STACK, 256 bytes: the callee's first few frames),
 * where those frames are about to be laid out.  Deeper frames may still
 * hold stale words, but they point at small subtrees. */
typedef struct SelfRec { IrFunc *f; bool yes; } SelfRec;
static Vec selfrecs;

static bool calls_fn(IrNode *n, IrFunc *f)
{
    if (!n) return false;
    if (static_callee(n) == f) return true;
    if (n->op == OCLOSURE) return false;   /* another function */
    if (calls_fn(n->x, f) || calls_fn(n->y, f) || calls_fn(n->z, f) || calls_fn(n->w, f)) return true;
    IrList *ls[5] = {&n->list, &n->rlist, &n->init, &n->body, &n->els};
    for (int k = 0; k < 5; k++)
        for (int i = 0; i < ls[k]->len; i++)
            if (calls_fn(ls[k]->v[i], f)) return true;
    return false;
}

static bool self_recursive(IrFunc *f)
{
    for (int i = 0; i < selfrecs.len; i++) {
        SelfRec *r = selfrecs.v[i];
        if (r->f == f) return r->yes;
    }
    SelfRec *r = NEW(SelfRec);
    r->f = f;
    r->yes = false;
    for (int i = 0; i < f->body.len && !r->yes; i++) r->yes = calls_fn(f->body.v[i], f);
    vec_push(&selfrecs, r);
    return r->yes;
}

static const char *chain_call(IrNode *call, const char *txt, const char **pre);

const char *cg_gc_call(IrNode *call, const char *txt, const char **pre)
{
    const char *r = chain_call(call, txt, pre);
    IrFunc *g = static_callee(call);
    if (g && g->has_body && st && g != st->f && self_recursive(g))
        *pre = *pre ? arena_printf("GO_CLEAR_STACK(); %s", *pre) : "GO_CLEAR_STACK();";
    return r;
}

static const char *chain_call(IrNode *call, const char *txt, const char **pre)
{
    *pre = NULL;
    if (!st || !st->enabled) return txt;
    for (int i = 0; i < st->sites.len; i++) {
        Site *s = st->sites.v[i];
        if (s->call == call && s->chain) {
            *pre = arena_printf("GO_GC_CHAIN(_gcf%d, _gclv%d, (intptr_t)(sizeof _gclv%d / sizeof _gclv%d[0]) - 1);",
                                s->id, s->id, s->id, s->id);
            if (!s->dyn) return arena_printf("(rt_gc_outer = &_gcf%d, %s)", s->id, txt);
            IrFunc *g = static_callee(call);
            if (g && parks(g)) /* time.Sleep, WaitGroup.Wait: void */
                return arena_printf("({ rt_gc_park_begin(&_gcf%d); %s; rt_gc_park_end(); })", s->id, txt);
            /* the callee may leave the record: clear it after the call */
            if (types_tuple_len(call->type) == 0)
                return arena_printf("({ rt_gc_outer = &_gcf%d; %s; rt_gc_outer = NULL; })", s->id, txt);
            return arena_printf("({ rt_gc_outer = &_gcf%d; __typeof__(%s) _gcr = %s; rt_gc_outer = NULL; _gcr; })", s->id,
                                txt, txt);
        }
    }
    return txt;
}

const char *cg_gc_site(IrNode *n)
{
    if (!st || !st->enabled) return NULL;
    for (int i = 0; i < st->sites.len; i++) {
        Site *s = st->sites.v[i];
        if (s->call == n && !s->chain)
            return arena_printf("GO_GC_PRECISE%s(_gclv%d, (intptr_t)(sizeof _gclv%d / sizeof _gclv%d[0]) - 1);",
                                gc_call_kind(n) == 2 ? "_FREE" : "", s->id, s->id, s->id);
    }
    return NULL;
}

/* A blocking operation (ORECV, OSEND, OSELECT node) at a park site: the
 * statements to emit right before its runtime call (the record, then
 * rt_gc_park_begin with its address) and after it (*post:
 * rt_gc_park_end), or NULL. */
const char *cg_gc_park(IrNode *op, const char **post)
{
    *post = NULL;
    if (!st || !st->enabled) return NULL;
    for (int i = 0; i < st->sites.len; i++) {
        Site *s = st->sites.v[i];
        if (s->call == op && s->chain) {
            *post = "rt_gc_park_end();";
            return arena_printf("GO_GC_CHAIN(_gcf%d, _gclv%d, (intptr_t)(sizeof _gclv%d / sizeof _gclv%d[0]) - 1); "
                                "rt_gc_park_begin(&_gcf%d);",
                                s->id, s->id, s->id, s->id, s->id);
        }
    }
    return NULL;
}

/* A method wrapper (interface or promoted method) calling target: when
 * target takes a chain record, the wrapper passes the caller's record on
 * with a record of its own (nothing of the wrapper's frame is live across
 * the call: the receiver and arguments are the callee's parameters), so
 * the frames above stay precise.  The text goes right before the call;
 * the wrapper must then be GO_GCFRAME_FN. */
const char *cg_gc_wrapper_fwd(IrFunc *target)
{
    if (!target || !target->has_body || target->linkname) return NULL;
    Package *save = cur_pkg;
    cur_pkg = pkg_of(target);
    bool yes = fn_has_sites(target);
    cur_pkg = save;
    if (!yes) return NULL;
    return "    const GoGcFrame *_gcout = rt_gc_outer;\n"
           "    static const GoGcLive _gcw[1] = {{0, 0}};\n"
           "    GO_GC_CHAIN(_gcfw, _gcw, 0);\n"
           "    rt_gc_outer = &_gcfw;\n";
}

/* The body of the func-value wrapper of runtime.GC / debug.FreeOSMemory
 * (`f := runtime.GC; f()`): a precise site with an empty frame that takes
 * the caller's record, or NULL for other functions. */
const char *cg_gc_funcval_body(IrFunc *f)
{
    if (!f || !f->linkname) return NULL;
    IrNode nm = {.op = ONAME, .nm = f->nname};
    IrNode call = {.op = OCALLFUNC, .x = &nm};
    if (!f->nname) return NULL;
    int k = gc_call_kind(&call);
    if (!k) return NULL;
    return k == 2 ? "const GoGcFrame *_gcout = rt_gc_outer; rt_gc_outer = NULL; "
                    "static const GoGcLive _gcw[1] = {{0, 0}}; GO_GC_PRECISE_FREE(_gcw, 0);"
                  : "const GoGcFrame *_gcout = rt_gc_outer; rt_gc_outer = NULL; "
                    "static const GoGcLive _gcw[1] = {{0, 0}}; GO_GC_PRECISE(_gcw, 0);";
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
    if (cs->takes_outer) {
        /* first thing at entry: nothing may run between the caller's store
         * and this load */
        Buf nb = {0};
        buf_puts(&nb, "    const GoGcFrame *_gcout = rt_gc_outer;\n    rt_gc_outer = NULL;\n");
        buf_append(&nb, decls);
        *decls = nb;
    }
    if (!cs->enabled) return cs->takes_outer;
    for (int i = 0; i < cs->sites.len; i++) {
        Site *s = cs->sites.v[i];
        buf_printf(decls, "    const GoGcLive _gclv%d[] = {", s->id);
        for (int j = 0; j < cs->locals.len; j++) {
            Local *l = cs->locals.v[j];
            if (l->slot) {
                /* with defer, a slot may be reached only through a defer
                 * record on the heap: scan it whenever */
                buf_printf(decls, "{&%s, sizeof %s%s}, ", l->cname, l->cname, cs->has_defer ? "" : " | GO_GC_STACKOBJ");
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
