/*
 * rt_chan.h: channel internals shared by chan.c and select.c (and unit
 * tests).  Generated code sees GoChan as an opaque pointer (gosub.h).
 */
#ifndef RT_CHAN_H
#define RT_CHAN_H

#include "runtime/rt_sched.h"

typedef struct RtWaitQ {
    RtSudog *first, *last;
} RtWaitQ;

struct GoChan {
    uintptr_t qcount;        /* elements in the buffer */
    uintptr_t dataqsiz;      /* buffer capacity (0: unbuffered) */
    void *buf;               /* dataqsiz elements (heap) */
    const GoType *elemtype;
    uintptr_t elemsize;
    uint32_t closed;
    uintptr_t sendx, recvx;  /* buffer indices of the next send / receive */
    RtWaitQ recvq, sendq;    /* blocked receivers / senders, FIFO */
};

/* Element copy with the write barrier on pointer words. */
void rt_chan_copy(const GoType *t, void *dst, const void *src);
void rt_waitq_enqueue(RtWaitQ *q, RtSudog *sg);
RtSudog *rt_waitq_dequeue(RtWaitQ *q);
void rt_waitq_remove(RtWaitQ *q, RtSudog *sg);
/* Non-blocking halves: send returns false if it would block (panics on a
 * closed channel); recv returns 1 received, 0 closed (zeroed), -1 would
 * block.  c must not be nil. */
bool rt_chan_trysend(GoChan *c, const void *ep);
int rt_chan_tryrecv(GoChan *c, void *ep);

#endif
