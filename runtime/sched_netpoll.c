/*
 * sched_netpoll.c: goroutines waiting for a file descriptor to become
 * readable (a much reduced netpoller).
 *
 * All goroutines share one OS thread, so a read(2) on an empty pipe or a
 * terminal would stop every goroutine until data arrives, where Go (which
 * hands the blocked thread's P to another thread) keeps them running.
 * Before such a read, os.File's read asks rt_wait_read(fd): if the fd is
 * not readable yet and something else could run (another goroutine or a
 * timer), the goroutine parks (Go's wait reason for a read on stdin:
 * "syscall") and its fd joins the waiting
 * set.  The scheduler polls the set
 *   - without waiting, at most once a millisecond while goroutines run
 *     (find_runnable calls rt_netpoll_check), and the monitor thread asks
 *     a busy goroutine to yield every 10ms while the set is not empty;
 *   - with a timeout up to the next timer when nothing is runnable: a
 *     program whose goroutines all wait for input is waiting, not
 *     deadlocked (Go reports no deadlock while a goroutine is in a
 *     system call either).
 * Regular files are always readable for poll(2), so they never park.
 * Only the scheduler thread touches the set; rt_netpoll_nwait is also read
 * by the monitor thread (relaxed).
 */
#include "runtime/rt_sched.h"

#include <errno.h>
#include <poll.h>
#include <stdatomic.h>
#include <stdlib.h>

typedef struct {
    int fd;
    G *g;
} IoWaiter;

static IoWaiter *waiters;
static size_t nwait, capwait;
static int64_t last_poll;
_Atomic int64_t rt_netpoll_nwait;


static bool readable_now(int fd) {
    struct pollfd p = {.fd = fd, .events = POLLIN};
    int r;
    do r = poll(&p, 1, 0);
    while (r < 0 && errno == EINTR);
    /* an error (bad fd...) is left to read(2) to report */
    return r != 0;
}

void rt_wait_read(int fd) {
    G *g = rt_getg();
    if (g == &rt_g0 || !rt_sched_others_can_run()) return;
    if (readable_now(fd)) return;
    if (nwait == capwait) {
        size_t ncap = capwait ? capwait * 2 : 8;
        IoWaiter *nw = realloc(waiters, ncap * sizeof *nw);
        if (!nw) return; /* just block in read */
        waiters = nw;
        capwait = ncap;
    }
    waiters[nwait++] = (IoWaiter){fd, g};
    atomic_store_explicit(&rt_netpoll_nwait, (int64_t)nwait, memory_order_relaxed);
    rt_park(RT_WAIT_SYSCALL);
}

bool rt_netpoll_pending(void) { return nwait > 0; }

/* Polls the waiting fds for up to timeout_ns (-1: no limit, 0: just
 * look) and readies the goroutines whose fd is readable.  Returns how
 * many it readied. */
int rt_netpoll(int64_t timeout_ns) {
    if (nwait == 0) return 0;
    struct pollfd stackfds[16];
    struct pollfd *fds = nwait <= 16 ? stackfds : malloc(nwait * sizeof *fds);
    if (!fds) return 0;
    for (size_t i = 0; i < nwait; i++) fds[i] = (struct pollfd){.fd = waiters[i].fd, .events = POLLIN};
    int ms = timeout_ns < 0 ? -1 : (int)((timeout_ns + 999999) / 1000000);
    if (timeout_ns > (int64_t)1 << 40) ms = 1 << 20;
    int r = poll(fds, (nfds_t)nwait, ms);
    last_poll = rt_nanotime();
    int woken = 0;
    if (r > 0) {
        size_t j = 0;
        for (size_t i = 0; i < nwait; i++) {
            if (fds[i].revents != 0) {
                rt_ready(waiters[i].g);
                woken++;
            } else {
                waiters[j++] = waiters[i];
            }
        }
        nwait = j;
        atomic_store_explicit(&rt_netpoll_nwait, (int64_t)nwait, memory_order_relaxed);
    }
    if (fds != stackfds) free(fds);
    return woken;
}

/* While goroutines run: a non-blocking look at most once a millisecond. */
void rt_netpoll_check(void) {
    if (nwait == 0) return;
    if (rt_nanotime() - last_poll < 1000000) return;
    rt_netpoll(0);
}
