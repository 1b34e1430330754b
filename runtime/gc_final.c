/*
 * gc_final.c: finalizers (runtime.SetFinalizer) and the sync.Pool hook.
 *
 * A finalizer record lives in two lists: its span's (so the sweeper finds
 * the records of the objects it is about to free) and a global one (so
 * marking can treat records as roots).  Marking greys what a finalizable
 * object points to and its func value, but not the object itself: when
 * nothing else reaches it, it stays white, and the sweeper then moves the
 * record to the run queue and sets the object's mark bit, so the object
 * and everything it references survive until the finalizer has run and
 * the next cycle finds them dead for good (Go's rule: a finalizer runs at
 * most once, and a cycle of finalizable objects is never collected).
 *
 * Queued finalizers are roots until they run.  rt_gc_run_finalizers runs
 * them newest first, batch by batch, as Go's runfinq (objects are queued
 * in sweep order, so finalizers of objects allocated in a row run in
 * reverse allocation order); the scheduler calls it on its
 * finalizer goroutine, woken through the hook set with
 * rt_gc_set_finalizer_wakeup whenever the queue becomes non-empty.
 *
 * Calling a finalizer: fn is a closure (GoFunc); by gosub.h's convention
 * the C function takes the closure, then the argument: the pointer itself
 * when the parameter is a pointer type, a GoEface for interface{}, a
 * GoIface (itab from iface.c's rt_getitab) for other interfaces.  Results
 * are dropped; when they do not fit in registers (> 16 bytes) the call is
 * made through a type returning a big struct so the callee has somewhere
 * to write them.
 */
#include "runtime/gc_heap.h"

#include <stdio.h>
#include <stdlib.h>

/* iface.c's, weak so that the GC links without the interface code (a
 * program with an interface-typed finalizer has it anyway). */
extern const GoItab *rt_getitab(const GoType *inter, const GoType *t, bool canfail)
    __attribute__((weak));

typedef struct Record {
    GcFinalizer f;               /* f.next: the span list */
    struct Record *prev, *next;  /* the global list */
} Record;

static Record *all_records;

typedef struct Queued {
    GcFinalizer f;
} Queued;
static Queued *queue;
static size_t qhead, qlen, qcap;   /* ring buffer */

static void (*final_wakeup)(void);

static void (**pool_cleanups)(void);
static int npool, cappool;

static void global_unlink(Record *r)
{
    if (r->prev)
        r->prev->next = r->next;
    else
        all_records = r->next;
    if (r->next)
        r->next->prev = r->prev;
}

static void throw_cannot_pass(const GoType *objtype, const GoType *fntype)
{
    char buf[512];
    snprintf(buf, sizeof buf, "runtime.SetFinalizer: cannot pass %s to finalizer %s",
             objtype->string, fntype->string);
    rt_gc_throw(buf);
}

/* Go's acceptance rule for the finalizer's parameter type. */
static void check_param(const GoType *objtype, const GoType *fntype)
{
    if (fntype->variadic) {
        char buf[512];
        snprintf(buf, sizeof buf,
                 "runtime.SetFinalizer: cannot pass %s to finalizer %s because dotdotdot",
                 objtype->string, fntype->string);
        rt_gc_throw(buf);
    }
    if (fntype->nin != 1)
        throw_cannot_pass(objtype, fntype);
    const GoType *fint = fntype->in[0];
    if (fint == objtype)
        return;
    if (fint->kind == GO_POINTER &&
        (!(fint->tflag & GO_TF_NAMED) || !(objtype->tflag & GO_TF_NAMED)) &&
        fint->elem == objtype->elem)
        return;
    if (fint->kind == GO_INTERFACE &&
        (fint->nimethods == 0 || (rt_getitab && rt_getitab(fint, objtype, true) != NULL)))
        return;
    throw_cannot_pass(objtype, fntype);
}

void rt_gc_set_finalizer(void *obj, const GoType *objtype, GoFunc *fn, const GoType *fntype)
{
    if (!gc.inited)
        rt_gc_init();
    uintptr_t size;
    uintptr_t base = (uintptr_t)rt_gc_find_object(obj, &size);
    if (base == 0)
        return;                      /* a global or zero-sized value: Go ignores these */
    if ((uintptr_t)obj != base) {
        const GoType *e = objtype->elem;
        if (e == NULL || e->ptrdata != 0 || e->size >= GC_TINY_SIZE)
            rt_gc_throw("runtime.SetFinalizer: pointer not at beginning of allocated block");
    }
    GcSpan *s = span_of((uintptr_t)obj);
    if (fn == NULL) {
        for (GcFinalizer **pp = &s->finalizers; *pp; pp = &(*pp)->next) {
            if ((*pp)->obj == (uintptr_t)obj) {
                Record *r = (Record *)*pp;
                *pp = r->f.next;
                global_unlink(r);
                free(r);
                gc_stats.other_sys -= sizeof(Record);
                return;
            }
        }
        return;
    }
    if (fntype == NULL || fntype->kind != GO_FUNC) {
        char buf[512];
        snprintf(buf, sizeof buf, "runtime.SetFinalizer: second argument is %s, not a function",
                 fntype ? fntype->string : "nil");
        rt_gc_throw(buf);
    }
    check_param(objtype, fntype);
    for (GcFinalizer *f = s->finalizers; f && f->obj <= (uintptr_t)obj; f = f->next)
        if (f->obj == (uintptr_t)obj)
            rt_gc_throw("runtime.SetFinalizer: finalizer already set");
    Record *r = calloc(1, sizeof *r);
    if (r == NULL)
        rt_gc_throw("out of memory");
    gc_stats.other_sys += sizeof(Record);
    /* Kept sorted by address, as Go keeps a span's specials by offset: the
     * sweeper then queues them in address order. */
    GcFinalizer **pp = &s->finalizers;
    while (*pp && (*pp)->obj < (uintptr_t)obj)
        pp = &(*pp)->next;
    r->f = (GcFinalizer){*pp, (uintptr_t)obj, fn, fntype, objtype};
    *pp = &r->f;
    r->next = all_records;
    if (all_records)
        all_records->prev = r;
    all_records = r;
}

void gc_final_mark_roots(void)
{
    for (Record *r = all_records; r; r = r->next) {
        gc_scan_object_fields(r->f.obj);
        gc_mark_object((uintptr_t)r->f.fn);
    }
    for (size_t i = 0; i < qlen; i++) {
        Queued *q = &queue[(qhead + i) % qcap];
        gc_mark_object(q->f.obj);
        gc_mark_object((uintptr_t)q->f.fn);
    }
}

void gc_final_queue(GcSpan *s, GcFinalizer *f)
{
    (void)s;
    Record *r = (Record *)f;
    global_unlink(r);
    if (qlen == qcap) {
        size_t ncap = qcap ? qcap * 2 : 16;
        Queued *nq = malloc(ncap * sizeof *nq);
        if (nq == NULL)
            rt_gc_throw("out of memory");
        for (size_t i = 0; i < qlen; i++)
            nq[i] = queue[(qhead + i) % qcap];
        free(queue);
        gc_stats.other_sys += (ncap - qcap) * sizeof *nq;
        queue = nq;
        qcap = ncap;
        qhead = 0;
    }
    queue[(qhead + qlen) % qcap].f = *f;
    qlen++;
    free(r);
    gc_stats.other_sys -= sizeof(Record);
    if (qlen == 1 && final_wakeup)
        final_wakeup();
}

typedef struct { char bytes[4096]; } BigResult;

static void call_finalizer(const GcFinalizer *f)
{
    const GoType *ft = f->fntype, *fint = ft->in[0];
    uintptr_t nret = 0;
    for (int i = 0; i < ft->nout; i++) {
        const GoType *t = ft->in[ft->nin + i];
        uintptr_t a = t->align ? t->align : 1;
        nret = (nret + a - 1) / a * a + t->size;
    }
    bool big = nret > 16;
    void *obj = (void *)f->obj;
    if (fint->kind == GO_INTERFACE && fint->nimethods > 0) {
        /* a non-empty interface: {itab, data}, the same two words */
        GoIface i = {rt_getitab(fint, f->objtype, false), obj};
        if (big)
            ((BigResult(*)(GoFunc *, GoIface))f->fn->fn)(f->fn, i);
        else
            ((void (*)(GoFunc *, GoIface))f->fn->fn)(f->fn, i);
    } else if (fint->kind == GO_INTERFACE) {
        GoEface e = {f->objtype, obj};
        if (big)
            ((BigResult(*)(GoFunc *, GoEface))f->fn->fn)(f->fn, e);
        else
            ((void (*)(GoFunc *, GoEface))f->fn->fn)(f->fn, e);
    } else {
        if (big)
            ((BigResult(*)(GoFunc *, void *))f->fn->fn)(f->fn, obj);
        else
            ((void (*)(GoFunc *, void *))f->fn->fn)(f->fn, obj);
    }
}

int rt_gc_run_finalizers(void)
{
    int n = 0;
    while (qlen > 0) {
        /* Take the whole queue as one batch and run it newest first, as
         * Go's runfinq does; finalizers queued meanwhile (a finalizer may
         * allocate and collect) form the next batch.  The batch stays a
         * root through the conservative scan of this frame's array. */
        size_t m = qlen;
        GcFinalizer *batch = malloc(m * sizeof *batch);
        if (batch == NULL)
            rt_gc_throw("out of memory");
        int handle = rt_gc_add_root_range(batch, batch + m);
        for (size_t i = 0; i < m; i++)
            batch[i] = queue[(qhead + i) % qcap].f;
        qhead = (qhead + m) % qcap;
        qlen -= m;
        for (size_t i = m; i-- > 0;) {
            call_finalizer(&batch[i]);
            batch[i].obj = 0;
            batch[i].fn = NULL;
            n++;
        }
        rt_gc_remove_root_range(handle);
        free(batch);
    }
    return n;
}

int rt_gc_finalizers_pending(void)
{
    return (int)qlen;
}

void rt_gc_set_finalizer_wakeup(void (*wake)(void))
{
    final_wakeup = wake;
}

void rt_gc_register_pool_cleanup(void (*fn)(void))
{
    if (npool == cappool) {
        int ncap = cappool ? cappool * 2 : 4;
        void (**p)(void) = realloc(pool_cleanups, (size_t)ncap * sizeof *p);
        if (p == NULL)
            rt_gc_throw("out of memory");
        pool_cleanups = p;
        cappool = ncap;
    }
    pool_cleanups[npool++] = fn;
}

void gc_pool_cleanup_all(void)
{
    for (int i = 0; i < npool; i++)
        pool_cleanups[i]();
}

void gc_final_after_cycle(void)
{
    if (qlen > 0 && final_wakeup)
        final_wakeup();
}

void go_runtime_SetFinalizer(GoEface obj, GoEface finalizer)
{
    const GoType *et = obj.type;
    if (et == NULL)
        rt_gc_throw("runtime.SetFinalizer: first argument is nil");
    if (et->kind != GO_POINTER) {
        char buf[512];
        snprintf(buf, sizeof buf, "runtime.SetFinalizer: first argument is %s, not pointer", et->string);
        rt_gc_throw(buf);
    }
    if (et->elem == NULL)
        rt_gc_throw("nil elem type!");
    if (finalizer.type == NULL) {
        rt_gc_set_finalizer(obj.data, et, NULL, NULL);
        return;
    }
    if (finalizer.type->kind != GO_FUNC) {
        char buf[512];
        snprintf(buf, sizeof buf, "runtime.SetFinalizer: second argument is %s, not a function",
                 finalizer.type->string);
        rt_gc_throw(buf);
    }
    if (finalizer.data == NULL)
        rt_gc_set_finalizer(obj.data, et, NULL, NULL);
    else
        rt_gc_set_finalizer(obj.data, et, (GoFunc *)finalizer.data, finalizer.type);
}
