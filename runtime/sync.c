/*
 * sync.c: package sync's blocking parts (gosub.h section 8): semaphores,
 * notify lists, and Mutex, RWMutex, WaitGroup, Once, Cond on top of them.
 * Learned from Go's runtime/sema.go and the sync package; our own code.
 *
 * Semaphores.  A semaphore is a uint32 anywhere in memory; goroutines that
 * find it zero wait in a table of buckets hashed by its address.  Release
 * increments it and wakes the first waiter of that address, which then
 * takes the count -- or, with handoff, is given it directly (ticket = 1)
 * and the releaser yields so the waiter runs at once (Mutex starvation
 * mode).  LIFO queueing puts a goroutine ahead of the address's other
 * waiters (a Mutex waiter that was woken and lost the race again).
 *
 * Mutex, RWMutex and WaitGroup keep Go 1.19's field layouts and state
 * machines, so sizes, zero values and the observable scheduling (a woken
 * waiter competes with running goroutines; after 1ms of waiting the Mutex
 * turns to FIFO hand-off) are Go's.  Spinning is never useful on one
 * thread, exactly as Go decides with GOMAXPROCS=1.  All state words are
 * accessed with C11 atomics so that the code stays right with more threads.
 *
 * Notify lists (Cond): waiters take tickets; Signal wakes the oldest
 * unserved ticket, Broadcast all; a ticket notified before its goroutine
 * parks is simply not waited for.
 */
#include "runtime/rt_sched.h"
#include "runtime/rt_core.h"
#include "runtime/rt_gc.h"

#include <stdatomic.h>
#include <stdlib.h>

#define A32(p) ((_Atomic int32_t *)(p))
#define AU32(p) ((_Atomic uint32_t *)(p))
#define AU64(p) ((_Atomic uint64_t *)(p))

/* ---------------- semaphores ---------------- */

#define SEMTAB 251

typedef struct SemRoot {
    RtSudog *first, *last; /* waiters of every address hashing here */
    uint32_t nwait;
} SemRoot;

static SemRoot semtab[SEMTAB];

static SemRoot *sem_root(uint32_t *addr) { return &semtab[((uintptr_t)addr >> 3) % SEMTAB]; }

static bool can_acquire(uint32_t *addr) {
    uint32_t v = atomic_load(AU32(addr));
    while (v != 0)
        if (atomic_compare_exchange_weak(AU32(addr), &v, v - 1)) return true;
    return false;
}

static void sem_queue(SemRoot *r, RtSudog *s, bool lifo) {
    RtSudog *at = NULL; /* insert before this one */
    if (lifo)
        for (RtSudog *x = r->first; x; x = x->next)
            if (x->addr == s->addr) {
                at = x;
                break;
            }
    s->next = at;
    s->prev = at ? at->prev : r->last;
    if (s->prev) s->prev->next = s;
    else r->first = s;
    if (at) at->prev = s;
    else r->last = s;
}

static RtSudog *sem_dequeue(SemRoot *r, uintptr_t addr) {
    for (RtSudog *s = r->first; s; s = s->next) {
        if (s->addr != addr) continue;
        if (s->prev) s->prev->next = s->next;
        else r->first = s->next;
        if (s->next) s->next->prev = s->prev;
        else r->last = s->prev;
        s->next = s->prev = NULL;
        return s;
    }
    return NULL;
}

static void semacquire(uint32_t *addr, bool lifo, int32_t reason) {
    if (can_acquire(addr)) return;
    SemRoot *r = sem_root(addr);
    for (;;) {
        r->nwait++;
        if (can_acquire(addr)) {
            r->nwait--;
            return;
        }
        RtSudog s = {.g = rt_getg(), .addr = (uintptr_t)addr};
        sem_queue(r, &s, lifo);
        rt_park(reason);
        if (s.ticket != 0 || can_acquire(addr)) return;
    }
}

static void semrelease(uint32_t *addr, bool handoff) {
    SemRoot *r = sem_root(addr);
    atomic_fetch_add(AU32(addr), 1);
    if (r->nwait == 0) return;
    RtSudog *s = sem_dequeue(r, (uintptr_t)addr);
    if (!s) return;
    r->nwait--;
    if (handoff && can_acquire(addr)) s->ticket = 1;
    rt_ready(s->g);
    if (s->ticket == 1 && rt_getg()->locks == 0) rt_goyield();
}

void go_sync_runtime_Semacquire(uint32_t *addr) { semacquire(addr, false, RT_WAIT_SEMACQUIRE); }

void go_sync_runtime_SemacquireMutex(uint32_t *addr, bool lifo, go_int skipframes) {
    (void)skipframes;
    semacquire(addr, lifo, RT_WAIT_SEMACQUIRE);
}

void go_sync_runtime_Semrelease(uint32_t *addr, bool handoff, go_int skipframes) {
    (void)skipframes;
    semrelease(addr, handoff);
}

bool go_sync_runtime_canSpin(go_int i) {
    (void)i;
    return false; /* one thread: the lock holder cannot run while we spin */
}

void go_sync_runtime_doSpin(void) {}

int64_t go_sync_runtime_nanotime(void) { return rt_nanotime(); }

static _Noreturn void throw_gostring(GoString s) {
    char buf[256];
    size_t n = s.n < (intptr_t)sizeof buf - 1 ? (size_t)s.n : sizeof buf - 1;
    memcpy(buf, s.p, n);
    buf[n] = 0;
    rt_throw(buf);
}

_Noreturn void go_sync_throw(GoString s) { throw_gostring(s); }
_Noreturn void go_sync_fatal(GoString s) { throw_gostring(s); }

/* ---------------- notify lists ---------------- */

static bool ticket_less(uint32_t a, uint32_t b) { return (int32_t)(a - b) < 0; }

uint32_t go_sync_runtime_notifyListAdd(GoSyncNotifyList *l) {
    return atomic_fetch_add(AU32(&l->wait), 1);
}

void go_sync_runtime_notifyListWait(GoSyncNotifyList *l, uint32_t t) {
    if (ticket_less(t, l->notify)) return; /* already notified */
    RtSudog s = {.g = rt_getg(), .ticket = t};
    RtSudog *tail = l->tail;
    if (tail) tail->next = &s;
    else l->head = &s;
    l->tail = &s;
    rt_park(RT_WAIT_COND);
}

void go_sync_runtime_notifyListNotifyAll(GoSyncNotifyList *l) {
    if (atomic_load(AU32(&l->wait)) == l->notify) return;
    RtSudog *s = l->head;
    l->head = l->tail = NULL;
    l->notify = atomic_load(AU32(&l->wait));
    while (s) {
        RtSudog *next = s->next;
        s->next = NULL;
        rt_ready(s->g);
        s = next;
    }
}

void go_sync_runtime_notifyListNotifyOne(GoSyncNotifyList *l) {
    if (atomic_load(AU32(&l->wait)) == l->notify) return;
    uint32_t t = l->notify++;
    RtSudog *prev = NULL;
    for (RtSudog *s = l->head; s; prev = s, s = s->next) {
        if (s->ticket != t) continue;
        RtSudog *next = s->next;
        if (prev) prev->next = next;
        else l->head = next;
        if (l->tail == s) l->tail = prev;
        s->next = NULL;
        rt_ready(s->g);
        return;
    }
    /* not parked yet: its Wait will see the ticket served and return */
}

/* ---------------- Mutex ---------------- */

enum {
    MUTEX_LOCKED = 1,
    MUTEX_WOKEN = 2,
    MUTEX_STARVING = 4,
    MUTEX_WAITER_SHIFT = 3,
};
#define STARVATION_NS 1000000 /* a waiter older than 1ms turns the Mutex to hand-off */

static bool cas32(int32_t *p, int32_t old, int32_t new) {
    return atomic_compare_exchange_strong(A32(p), &old, new);
}

static void mutex_lock_slow(GoSyncMutex *m) {
    int64_t wait_start = 0;
    bool starving = false, awoke = false;
    int32_t old = atomic_load(A32(&m->state));
    for (;;) {
        int32_t new = old;
        /* a starving Mutex belongs to the waiters: newcomers queue */
        if (!(old & MUTEX_STARVING)) new |= MUTEX_LOCKED;
        if (old & (MUTEX_LOCKED | MUTEX_STARVING)) new += 1 << MUTEX_WAITER_SHIFT;
        if (starving && (old & MUTEX_LOCKED)) new |= MUTEX_STARVING;
        if (awoke) {
            if (!(new & MUTEX_WOKEN)) rt_throw("sync: inconsistent mutex state");
            new &= ~MUTEX_WOKEN;
        }
        if (!cas32(&m->state, old, new)) {
            old = atomic_load(A32(&m->state));
            continue;
        }
        if (!(old & (MUTEX_LOCKED | MUTEX_STARVING))) return; /* we took it */
        bool lifo = wait_start != 0;
        if (wait_start == 0) wait_start = rt_nanotime();
        semacquire(&m->sema, lifo, RT_WAIT_SEMACQUIRE);
        starving = starving || rt_nanotime() - wait_start > STARVATION_NS;
        old = atomic_load(A32(&m->state));
        if (old & MUTEX_STARVING) {
            /* handed to us: fix the state up, leave starvation when we are
             * the last waiter or did not wait long */
            if ((old & (MUTEX_LOCKED | MUTEX_WOKEN)) || (old >> MUTEX_WAITER_SHIFT) == 0)
                rt_throw("sync: inconsistent mutex state");
            int32_t delta = MUTEX_LOCKED - (1 << MUTEX_WAITER_SHIFT);
            if (!starving || (old >> MUTEX_WAITER_SHIFT) == 1) delta -= MUTEX_STARVING;
            atomic_fetch_add(A32(&m->state), delta);
            return;
        }
        awoke = true;
    }
}

void go_sync_Mutex_Lock(GoSyncMutex *m) {
    if (cas32(&m->state, 0, MUTEX_LOCKED)) return;
    mutex_lock_slow(m);
}

bool go_sync_Mutex_TryLock(GoSyncMutex *m) {
    int32_t old = atomic_load(A32(&m->state));
    if (old & (MUTEX_LOCKED | MUTEX_STARVING)) return false;
    return cas32(&m->state, old, old | MUTEX_LOCKED);
}

static void mutex_unlock_slow(GoSyncMutex *m, int32_t new) {
    if (!((new + MUTEX_LOCKED) & MUTEX_LOCKED)) rt_throw("sync: unlock of unlocked mutex");
    if (new & MUTEX_STARVING) {
        semrelease(&m->sema, true); /* hand off to the first waiter */
        return;
    }
    int32_t old = new;
    for (;;) {
        /* nobody to wake, or someone already woken / holding it */
        if ((old >> MUTEX_WAITER_SHIFT) == 0 || (old & (MUTEX_LOCKED | MUTEX_WOKEN | MUTEX_STARVING)))
            return;
        new = (old - (1 << MUTEX_WAITER_SHIFT)) | MUTEX_WOKEN;
        if (cas32(&m->state, old, new)) {
            semrelease(&m->sema, false);
            return;
        }
        old = atomic_load(A32(&m->state));
    }
}

void go_sync_Mutex_Unlock(GoSyncMutex *m) {
    int32_t new = atomic_fetch_sub(A32(&m->state), MUTEX_LOCKED) - MUTEX_LOCKED;
    if (new != 0) mutex_unlock_slow(m, new);
}

/* ---------------- RWMutex ---------------- */

#define RW_MAX_READERS (1 << 30)

void go_sync_RWMutex_RLock(GoSyncRWMutex *rw) {
    if (atomic_fetch_add(A32(&rw->readerCount), 1) + 1 < 0)
        semacquire(&rw->readerSem, false, RT_WAIT_SEMACQUIRE); /* a writer is pending */
}

bool go_sync_RWMutex_TryRLock(GoSyncRWMutex *rw) {
    for (;;) {
        int32_t c = atomic_load(A32(&rw->readerCount));
        if (c < 0) return false;
        if (cas32(&rw->readerCount, c, c + 1)) return true;
    }
}

void go_sync_RWMutex_RUnlock(GoSyncRWMutex *rw) {
    int32_t r = atomic_fetch_sub(A32(&rw->readerCount), 1) - 1;
    if (r >= 0) return;
    if (r + 1 == 0 || r + 1 == -RW_MAX_READERS) rt_throw("sync: RUnlock of unlocked RWMutex");
    /* a writer waits: the last departing reader lets it in */
    if (atomic_fetch_sub(A32(&rw->readerWait), 1) - 1 == 0) semrelease(&rw->writerSem, false);
}

void go_sync_RWMutex_Lock(GoSyncRWMutex *rw) {
    go_sync_Mutex_Lock(&rw->w);
    int32_t r = atomic_fetch_sub(A32(&rw->readerCount), RW_MAX_READERS);
    if (r != 0 && atomic_fetch_add(A32(&rw->readerWait), r) + r != 0)
        semacquire(&rw->writerSem, false, RT_WAIT_SEMACQUIRE);
}

bool go_sync_RWMutex_TryLock(GoSyncRWMutex *rw) {
    if (!go_sync_Mutex_TryLock(&rw->w)) return false;
    if (!cas32(&rw->readerCount, 0, -RW_MAX_READERS)) {
        go_sync_Mutex_Unlock(&rw->w);
        return false;
    }
    return true;
}

void go_sync_RWMutex_Unlock(GoSyncRWMutex *rw) {
    int32_t r = atomic_fetch_add(A32(&rw->readerCount), RW_MAX_READERS) + RW_MAX_READERS;
    if (r >= RW_MAX_READERS) rt_throw("sync: Unlock of unlocked RWMutex");
    for (int32_t i = 0; i < r; i++) semrelease(&rw->readerSem, false);
    go_sync_Mutex_Unlock(&rw->w);
}

/* ---------------- WaitGroup ---------------- */

/* panic("...") with a string value, as package sync does */
static _Noreturn void panic_string(const char *msg) {
    GoString *s = rt_new(&go_type_string);
    *s = rt_cstr(msg);
    GoEface e = {&go_type_string, s};
    rt_gopanic(e);
}

/* state1: counter in the high 32 bits, waiters in the low; state2: sema */
void go_sync_WaitGroup_Add(GoSyncWaitGroup *wg, go_int delta) {
    uint64_t state = atomic_fetch_add(AU64(&wg->state1), (uint64_t)delta << 32) + ((uint64_t)delta << 32);
    int32_t v = (int32_t)(state >> 32);
    uint32_t w = (uint32_t)state;
    if (v < 0) panic_string("sync: negative WaitGroup counter");
    if (w != 0 && delta > 0 && v == (int32_t)delta)
        panic_string("sync: WaitGroup misuse: Add called concurrently with Wait");
    if (v > 0 || w == 0) return;
    /* counter hit zero with waiters: reset and wake them all */
    if (atomic_load(AU64(&wg->state1)) != state)
        panic_string("sync: WaitGroup misuse: Add called concurrently with Wait");
    atomic_store(AU64(&wg->state1), 0);
    for (; w != 0; w--) semrelease(&wg->state2, false);
}

void go_sync_WaitGroup_Done(GoSyncWaitGroup *wg) { go_sync_WaitGroup_Add(wg, -1); }

void go_sync_WaitGroup_Wait(GoSyncWaitGroup *wg) {
    for (;;) {
        uint64_t state = atomic_load(AU64(&wg->state1));
        if ((int32_t)(state >> 32) == 0) return;
        if (atomic_compare_exchange_strong(AU64(&wg->state1), &state, state + 1)) {
            semacquire(&wg->state2, false, RT_WAIT_SEMACQUIRE);
            if (atomic_load(AU64(&wg->state1)) != 0)
                panic_string("sync: WaitGroup is reused before previous Wait has returned");
            return;
        }
    }
}

/* ---------------- Once ---------------- */

/* Deferred calls of Once.Do, as closures for the core runtime's defer
 * machinery (so a panicking f still marks done and unlocks, as in Go). */
typedef struct OnceClosure {
    void (*fn)(void);
    GoSyncOnce *o;
} OnceClosure;

static void once_unlock(GoFunc *c) { go_sync_Mutex_Unlock(&((OnceClosure *)c)->o->m); }
static void once_set_done(GoFunc *c) { atomic_store(AU32(&((OnceClosure *)c)->o->done), 1); }

static void once_do_slow(GoSyncOnce *o, GoFunc *f) {
    OnceClosure unlock = {(void (*)(void))once_unlock, o};
    OnceClosure done = {(void (*)(void))once_set_done, o};
    GoDefer d_unlock = {.fn = (GoFunc *)&unlock, .ident = (const void *)once_unlock};
    GoDefer d_done = {.fn = (GoFunc *)&done, .ident = (const void *)once_set_done};
    GoDeferFrame df;
    GO_DEFER_SETUP(&df, ret); /* not taken: nothing here recovers */
    go_sync_Mutex_Lock(&o->m);
    rt_defer_push(&df, &d_unlock);
    if (atomic_load(AU32(&o->done)) == 0) {
        rt_defer_push(&df, &d_done);
        if (!f) rt_panic_nil();
        ((void (*)(GoFunc *))f->fn)(f);
    }
ret:
    rt_defer_return(&df);
}

void go_sync_Once_Do(GoSyncOnce *o, GoFunc *f) {
    if (atomic_load(AU32(&o->done)) == 0) once_do_slow(o, f);
}

/* ---------------- Cond ---------------- */

static void locker_call(GoIface *l, int method) {
    if (!l->tab) rt_panic_nil();
    ((void (*)(void *))l->tab->fun[method])(l->data);
}

void go_sync_Cond_Wait(GoSyncCond *c) {
    uint32_t t = go_sync_runtime_notifyListAdd(&c->notify);
    locker_call(&c->L, 1); /* Unlock */
    go_sync_runtime_notifyListWait(&c->notify, t);
    locker_call(&c->L, 0); /* Lock */
}

void go_sync_Cond_Signal(GoSyncCond *c) { go_sync_runtime_notifyListNotifyOne(&c->notify); }

void go_sync_Cond_Broadcast(GoSyncCond *c) { go_sync_runtime_notifyListNotifyAll(&c->notify); }

/* ---------------- Pool ----------------
 *
 * Go 1.19 keeps, per P, a private slot and a shared deque, plus last
 * cycle's caches as the victim, which the next collection drops.  With one
 * P: Pool.local points to a heap array of GoEface, slot 0 the private
 * value and slots 1..localSize the shared deque (head at the end); victim
 * and victimSize are last cycle's.  Put fills private first, then pushes
 * the head; Get takes private, then the head (newest), then the victim's
 * private, then the victim's tail (oldest) -- Go's order.  The array's
 * capacity follows from its length (8, then powers of two), so nothing
 * else is stored.  Pools with something cached are listed (a GC root) so
 * that the cleanup hook, which the collector runs before marking, can age
 * them. */

static GoSyncPool **all_pools, **old_pools;
static intptr_t n_all, cap_all, n_old, cap_old;
static int all_root = -1, old_root = -1;
static bool pool_hook;

static uintptr_t pool_cap(uintptr_t n) {
    uintptr_t c = 8;
    while (c < n) c *= 2;
    return c;
}

static void pool_list_add(GoSyncPool ***list, intptr_t *n, intptr_t *cap, int *root, GoSyncPool *p) {
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 16;
        if (*root >= 0) rt_gc_remove_root_range(*root);
        *list = realloc(*list, (size_t)*cap * sizeof **list);
        if (!*list) rt_throw("out of memory (sync.Pool)");
        *root = rt_gc_add_root_range(*list, *list + *cap);
    }
    (*list)[(*n)++] = p;
}

static void pool_cleanup(void) {
    for (intptr_t i = 0; i < n_old; i++) {
        old_pools[i]->victim = NULL;
        old_pools[i]->victimSize = 0;
        old_pools[i] = NULL;
    }
    n_old = 0;
    for (intptr_t i = 0; i < n_all; i++) {
        GoSyncPool *p = all_pools[i];
        p->victim = p->local;
        p->victimSize = p->localSize;
        p->local = NULL;
        p->localSize = 0;
    }
    /* the pools just aged are the old ones now */
    GoSyncPool **tl = old_pools;
    intptr_t tc = cap_old;
    int tr = old_root;
    old_pools = all_pools, cap_old = cap_all, old_root = all_root, n_old = n_all;
    all_pools = tl, cap_all = tc, all_root = tr, n_all = 0;
}

void *go_sync_poolPinSlow(GoSyncPool *p) {
    if (!pool_hook) {
        pool_hook = true;
        rt_gc_register_pool_cleanup(pool_cleanup);
    }
    GoEface *items = p->local;
    if (!items) {
        items = rt_newarray(&go_type_empty_iface, (intptr_t)pool_cap(1) + 1);
        GO_WB(&p->local, (void *)items);
        p->localSize = 0;
        pool_list_add(&all_pools, &n_all, &cap_all, &all_root, p);
    }
    return items;
}

void go_sync_poolPut(GoSyncPool *p, GoEface x) {
    if (!x.type) return;
    GoEface *items = go_sync_poolPinSlow(p);
    if (!items[0].type) {
        items[0].type = x.type;
        GO_WB(&items[0].data, x.data);
        return;
    }
    uintptr_t n = p->localSize;
    if (n == pool_cap(n) && n >= 8) {
        GoEface *bigger = rt_newarray(&go_type_empty_iface, (intptr_t)pool_cap(n + 1) + 1);
        if (p->local != items) {
            /* the allocation collected and the cleanup aged this pool:
             * start again on the now empty cache */
            go_sync_poolPut(p, x);
            return;
        }
        for (uintptr_t i = 0; i <= n; i++) {
            bigger[i].type = items[i].type;
            GO_WB(&bigger[i].data, items[i].data);
        }
        items = bigger;
        GO_WB(&p->local, (void *)items);
    }
    items[n + 1].type = x.type;
    GO_WB(&items[n + 1].data, x.data);
    p->localSize = n + 1;
}

GoEface go_sync_poolGet(GoSyncPool *p) {
    GoEface x = {NULL, NULL};
    GoEface *items = p->local;
    if (items) {
        if (items[0].type) {
            x = items[0];
            items[0] = (GoEface){NULL, NULL};
            return x;
        }
        if (p->localSize > 0) {
            x = items[p->localSize];
            items[p->localSize] = (GoEface){NULL, NULL};
            p->localSize--;
            return x;
        }
    }
    return go_sync_poolGetSlow(p);
}

GoEface go_sync_poolGetSlow(GoSyncPool *p) {
    GoEface x = {NULL, NULL};
    GoEface *v = p->victim;
    if (v) {
        if (v[0].type) {
            x = v[0];
            v[0] = (GoEface){NULL, NULL};
            return x;
        }
        if (p->victimSize > 0) {
            x = v[1]; /* the victim is drained from its tail, the oldest */
            memmove(&v[1], &v[2], (p->victimSize - 1) * sizeof *v);
            v[p->victimSize] = (GoEface){NULL, NULL};
            p->victimSize--;
            return x;
        }
    }
    return x;
}
