/*
 * select.c: the select statement (gosub.h section 8).  Learned from Go's
 * runtime/select.go; our own code.
 *
 * Three passes, as in Go:
 *   1. visit the cases in a random order (a fresh random permutation per
 *      execution, so every ready case is equally likely) and complete the
 *      first one that can proceed now;
 *   2. otherwise, with a default case, take it; with no case at all (or
 *      only nil channels), block forever;
 *   3. otherwise queue one sudog per case on its channel, all in this
 *      frame, and park.  Whoever completes one of them marks the goroutine
 *      select_done (so the other sudogs are skipped by rt_waitq_dequeue)
 *      and leaves that sudog in G.param; on waking, the other sudogs are
 *      taken out of their queues before this frame goes away.
 */
#include "runtime/rt_chan.h"
#include "runtime/rt_core.h"

/* The wait reason a goroutine blocked in this select shows.  gc compiles
 * a select of one case and no default as the plain send or receive:
 * "chan receive", "chan send (nil chan)", ...; `select {}` parks in
 * runtime.block. */
static int select_wait_reason(GoSelectCase *cases, intptr_t n) {
    if (n == 0) return RT_WAIT_SELECT_NO_CASES;
    if (n > 1) return RT_WAIT_SELECT;
    if (cases[0].send) return cases[0].c ? RT_WAIT_CHAN_SEND : RT_WAIT_CHAN_SEND_NIL;
    return cases[0].c ? RT_WAIT_CHAN_RECV : RT_WAIT_CHAN_RECV_NIL;
}

GoSelectResult rt_select(GoSelectCase *cases, intptr_t n, bool has_default) {
    GoSelectResult res = {-1, false};
    intptr_t order_buf[16];
    intptr_t *order = n <= 16 ? order_buf : rt_alloc((uintptr_t)n * sizeof(intptr_t), NULL);
    intptr_t norder = 0;
    for (intptr_t i = 0; i < n; i++) {
        if (!cases[i].c) continue; /* a nil channel's case never proceeds */
        intptr_t j = (intptr_t)rt_fastrandn((uint32_t)norder + 1);
        order[norder] = order[j];
        order[j] = i;
        norder++;
    }

    /* pass 1: a case that can proceed now */
    for (intptr_t k = 0; k < norder; k++) {
        intptr_t i = order[k];
        GoSelectCase *cs = &cases[i];
        if (cs->send) {
            if (rt_chan_trysend(cs->c, cs->elem)) {
                res.r0 = i;
                return res;
            }
        } else {
            int r = rt_chan_tryrecv(cs->c, cs->elem);
            if (r >= 0) {
                res.r0 = i;
                res.r1 = r == 1;
                return res;
            }
        }
    }
    if (has_default) return res;
    if (norder == 0) {
        rt_park(select_wait_reason(cases, n)); /* forever */
        rt_throw("unreachable");
    }

    /* pass 3: wait on every channel */
    G *g = rt_getg();
    RtSudog sgs_buf[8];
    RtSudog *sgs = norder <= 8 ? sgs_buf : rt_alloc((uintptr_t)norder * sizeof(RtSudog), NULL);
    g->select_done = false;
    g->param = NULL;
    for (intptr_t k = 0; k < norder; k++) {
        intptr_t i = order[k];
        RtSudog *sg = &sgs[k];
        memset(sg, 0, sizeof *sg);
        sg->g = g;
        sg->elem = cases[i].elem;
        sg->c = cases[i].c;
        sg->is_select = true;
        sg->ticket = (uint32_t)k;
        rt_waitq_enqueue(cases[i].send ? &cases[i].c->sendq : &cases[i].c->recvq, sg);
    }
    rt_park(select_wait_reason(cases, n));

    RtSudog *fired = g->param;
    g->param = NULL;
    g->select_done = false;
    intptr_t chosen = -1;
    for (intptr_t k = 0; k < norder; k++) {
        RtSudog *sg = &sgs[k];
        intptr_t i = order[k];
        if (sg == fired) {
            chosen = i;
            continue;
        }
        rt_waitq_remove(cases[i].send ? &cases[i].c->sendq : &cases[i].c->recvq, sg);
    }
    if (chosen < 0) rt_throw("select: woken without a case");
    if (cases[chosen].send) {
        if (!fired->success) rt_panic_plain("send on closed channel");
    } else {
        res.r1 = fired->success;
    }
    res.r0 = chosen;
    return res;
}
