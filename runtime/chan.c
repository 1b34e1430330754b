/*
 * chan.c: channels (gosub.h section 8).  Learned from Go's runtime/chan.go;
 * our own code.
 *
 * A channel is a GoChan header plus a ring buffer of dataqsiz elements.
 * Goroutines that cannot proceed wait in FIFO queues of sudogs (recvq,
 * sendq); a sudog lives in the waiting goroutine's frame, since our stacks
 * never move.  Invariants, as in Go:
 *   - sendq is non-empty only when the buffer is full (or unbuffered), and
 *     recvq only when it is empty: so a sender first hands its value to a
 *     waiting receiver directly, a receiver first takes from the buffer and
 *     refills it from the first waiting sender;
 *   - on close every waiting receiver wakes with the zero value and
 *     ok=false, every waiting sender wakes and panics;
 *   - a sudog of a goroutine blocked in select is skipped once another of
 *     its cases fired (G.select_done); select.c removes the rest.
 * One OS thread runs all goroutines, so no lock is taken; the places a
 * lock would go are the entry points.
 */
#include "runtime/rt_chan.h"
#include "runtime/rt_core.h"
#include "runtime/rt_gc.h"

#include <stdalign.h>

/* The header's GC shape: only buf points into the heap (elemtype is
 * static data, the queues point into stacks). */
static const uint8_t hchan_mask[] = {1u << (offsetof(GoChan, buf) / sizeof(void *))};
static const GoType rt_type_hchan = {
    .size = sizeof(GoChan),
    .ptrdata = offsetof(GoChan, buf) + sizeof(void *),
    .align = alignof(GoChan),
    .field_align = alignof(GoChan),
    .kind = GO_STRUCT,
    .gcmask = hchan_mask,
    .string = "runtime.hchan",
};

GoChan *rt_makechan(const GoType *chantype, intptr_t size) {
    const GoType *elem = chantype->elem;
    uintptr_t esz = elem->size;
    if (size < 0 || (esz != 0 && (uintptr_t)size > (((uintptr_t)1 << 40) / esz)))
        rt_panic_plain("makechan: size out of range");
    GoChan *c;
    if (size == 0 || esz == 0) {
        c = rt_alloc(sizeof(GoChan), NULL);
        /* unbuffered: never touched; zero-size elements: any non-NULL
         * address serves every slot (copies are of 0 bytes) */
        c->buf = c;
    } else if (elem->ptrdata == 0) {
        /* header and buffer in one pointer-free object */
        c = rt_alloc(sizeof(GoChan) + (uintptr_t)size * esz, NULL);
        c->buf = (char *)c + sizeof(GoChan);
    } else {
        c = rt_new(&rt_type_hchan);
        void *buf = rt_newarray(elem, size);
        GO_WB(&c->buf, buf);
    }
    c->elemtype = elem;
    c->elemsize = esz;
    c->dataqsiz = (uintptr_t)size;
    return c;
}

/* Copies one element, with the write barrier on its pointer words. */
void rt_chan_copy(const GoType *t, void *dst, const void *src) {
    if (t->size == 0) return;
    memmove(dst, src, t->size);
    if (__builtin_expect(rt_gc_marking, 0) && t->ptrdata) {
        void **d = dst;
        for (uintptr_t w = 0; w < t->ptrdata / sizeof(void *); w++)
            if (t->gcmask[w / 8] >> (w % 8) & 1) rt_wb_slow(&d[w], d[w]);
    }
}

static void *chan_slot(GoChan *c, uintptr_t i) { return (char *)c->buf + i * c->elemsize; }

/* ---- wait queues ---- */

void rt_waitq_enqueue(RtWaitQ *q, RtSudog *sg) {
    sg->next = NULL;
    sg->prev = q->last;
    if (q->last) q->last->next = sg;
    else q->first = sg;
    q->last = sg;
}

/* The first sudog whose goroutine can still take it (a select that already
 * fired is skipped and dropped), or NULL. */
RtSudog *rt_waitq_dequeue(RtWaitQ *q) {
    for (;;) {
        RtSudog *sg = q->first;
        if (!sg) return NULL;
        q->first = sg->next;
        if (q->first) q->first->prev = NULL;
        else q->last = NULL;
        sg->next = sg->prev = NULL;
        if (sg->is_select) {
            if (sg->g->select_done) continue;
            sg->g->select_done = true;
        }
        return sg;
    }
}

void rt_waitq_remove(RtWaitQ *q, RtSudog *sg) {
    if (!sg->prev && q->first != sg) return; /* not queued */
    if (sg->prev) sg->prev->next = sg->next;
    else q->first = sg->next;
    if (sg->next) sg->next->prev = sg->prev;
    else q->last = sg->prev;
    sg->next = sg->prev = NULL;
}

/* ---- the operations, shared with select.c ---- */

/* Hands ep to the waiting receiver sg (the buffer is empty). */
static void send_direct(GoChan *c, RtSudog *sg, const void *ep) {
    if (sg->elem) rt_chan_copy(c->elemtype, sg->elem, ep);
    sg->success = true;
    sg->g->param = sg;
    rt_ready(sg->g);
}

/* Takes from the waiting sender sg: directly when unbuffered, else the
 * buffer's head (the buffer is full) and sg's value goes to its tail. */
static void recv_direct(GoChan *c, RtSudog *sg, void *ep) {
    if (c->dataqsiz == 0) {
        if (ep) rt_chan_copy(c->elemtype, ep, sg->elem);
    } else {
        void *slot = chan_slot(c, c->recvx);
        if (ep) rt_chan_copy(c->elemtype, ep, slot);
        rt_chan_copy(c->elemtype, slot, sg->elem);
        if (++c->recvx == c->dataqsiz) c->recvx = 0;
        c->sendx = c->recvx;
    }
    sg->success = true;
    sg->g->param = sg;
    rt_ready(sg->g);
}

bool rt_chan_trysend(GoChan *c, const void *ep) {
    if (c->closed) rt_panic_plain("send on closed channel");
    RtSudog *sg = rt_waitq_dequeue(&c->recvq);
    if (sg) {
        send_direct(c, sg, ep);
        return true;
    }
    if (c->qcount < c->dataqsiz) {
        rt_chan_copy(c->elemtype, chan_slot(c, c->sendx), ep);
        if (++c->sendx == c->dataqsiz) c->sendx = 0;
        c->qcount++;
        return true;
    }
    return false;
}

int rt_chan_tryrecv(GoChan *c, void *ep) {
    RtSudog *sg = rt_waitq_dequeue(&c->sendq);
    if (sg) {
        recv_direct(c, sg, ep);
        return 1;
    }
    if (c->qcount > 0) {
        void *slot = chan_slot(c, c->recvx);
        if (ep) rt_chan_copy(c->elemtype, ep, slot);
        memset(slot, 0, c->elemsize); /* the GC must not see a stale copy */
        if (++c->recvx == c->dataqsiz) c->recvx = 0;
        c->qcount--;
        return 1;
    }
    if (c->closed) {
        if (ep) memset(ep, 0, c->elemsize);
        return 0;
    }
    return -1;
}

static bool chansend(GoChan *c, const void *ep, bool block) {
    if (!c) {
        if (!block) return false;
        rt_park(RT_WAIT_CHAN_SEND_NIL); /* forever */
        rt_throw("unreachable");
    }
    if (rt_chan_trysend(c, ep)) return true;
    if (!block) return false;
    RtSudog sg = {.g = rt_getg(), .elem = (void *)ep, .c = c};
    rt_waitq_enqueue(&c->sendq, &sg);
    rt_park(RT_WAIT_CHAN_SEND);
    if (!sg.success) rt_panic_plain("send on closed channel");
    return true;
}

/* returns -1: would block (non-blocking only), 0: closed, 1: received */
static int chanrecv(GoChan *c, void *ep, bool block) {
    if (!c) {
        if (!block) return -1;
        rt_park(RT_WAIT_CHAN_RECV_NIL); /* forever */
        rt_throw("unreachable");
    }
    int r = rt_chan_tryrecv(c, ep);
    if (r >= 0 || !block) return r;
    RtSudog sg = {.g = rt_getg(), .elem = ep, .c = c};
    rt_waitq_enqueue(&c->recvq, &sg);
    rt_park(RT_WAIT_CHAN_RECV);
    return sg.success ? 1 : 0;
}

void rt_chansend(GoChan *c, const void *elem) { chansend(c, elem, true); }

void rt_chanrecv1(GoChan *c, void *elem) { chanrecv(c, elem, true); }

bool rt_chanrecv2(GoChan *c, void *elem) { return chanrecv(c, elem, true) == 1; }

bool rt_selectnbsend(GoChan *c, const void *elem) { return chansend(c, elem, false); }

GoSelectNbRecv rt_selectnbrecv(GoChan *c, void *elem) {
    int r = chanrecv(c, elem, false);
    GoSelectNbRecv res = {r >= 0, r == 1};
    return res;
}

void rt_closechan(GoChan *c) {
    if (!c) rt_panic_plain("close of nil channel");
    if (c->closed) rt_panic_plain("close of closed channel");
    c->closed = 1;
    /* Like Go, gather the waiters (receivers, then senders, in queue
     * order) on a stack and ready them popping it: the last gathered is
     * readied first, and since each ready takes the runnext slot, the first
     * receiver ends up running next. */
    RtSudog *stack = NULL, *sg;
    while ((sg = rt_waitq_dequeue(&c->recvq))) {
        if (sg->elem) memset(sg->elem, 0, c->elemsize);
        sg->success = false;
        sg->next = stack;
        stack = sg;
    }
    while ((sg = rt_waitq_dequeue(&c->sendq))) {
        sg->success = false;
        sg->next = stack;
        stack = sg;
    }
    while (stack) {
        sg = stack;
        stack = sg->next;
        sg->next = NULL;
        sg->g->param = sg;
        rt_ready(sg->g);
    }
}

intptr_t rt_chanlen(GoChan *c) { return c ? (intptr_t)c->qcount : 0; }

intptr_t rt_chancap(GoChan *c) { return c ? (intptr_t)c->dataqsiz : 0; }
