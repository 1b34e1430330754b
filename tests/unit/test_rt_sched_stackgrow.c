/*
 * test_rt_sched_stackgrow.c: a goroutine other than main that recurses
 * past its 8 MiB stack moves to a 1 GiB one (sched_core.c stack_grow) and
 * keeps working: frames that point into their callers' frames and keep
 * arrays, three goroutines growing (and being preempted while deep), and
 * the released 8 MiB slots reused by the next round.
 * Only x86-64 grows; elsewhere the tests are skipped.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "runtime/gosub.h"
#include "runtime/rt_sched.h"

#if defined(__x86_64__) && defined(__GLIBC__)

/* Every frame keeps a 256-byte array and checks, after the recursive call
 * returns, that its caller's local is still reachable through the pointer
 * it was given (a pointer into the old stack before the move). */
static __attribute__((noinline)) long deep(long n, long *parent) {
    GO_POLL();
    volatile char pad[256];
    memset((char *)pad, (int)(n & 0x7f), sizeof pad);
    long local = *parent + 1;
    if (n == 0) return local;
    long r = deep(n - 1, &local);
    if (local != *parent + 1 || pad[17] != (char)(n & 0x7f)) return -1000000000;
    return r;
}

static long results[3];
static int finished;

static void worker(void *arg) {
    long idx = (long)arg;
    long start = 100 * idx;
    /* ~100,000 frames of > 256 bytes: well past 8 MiB */
    results[idx] = deep(100000 + idx, &start);
    finished++;
    rt_gosched();
}

static void main_fn(void *arg) {
    (void)arg;
    finished = 0;
    for (long i = 0; i < 3; i++) rt_go(worker, (void *)i);
    while (finished < 3) rt_gosched();
}

Test(sched_stackgrow, deep_goroutines_grow) {
    rt_sched_main(main_fn, NULL);
    for (long i = 0; i < 3; i++) cr_assert_eq(results[i], 100 * i + 100000 + i + 1, "goroutine %ld: %ld", i, results[i]);
}

/* a second round reuses the stacks the first round left behind */
Test(sched_stackgrow, grow_twice) {
    rt_sched_main(main_fn, NULL);
    rt_sched_main(main_fn, NULL);
    for (long i = 0; i < 3; i++) cr_assert_eq(results[i], 100 * i + 100000 + i + 1);
}

#else
Test(sched_stackgrow, skipped) { cr_skip_test("stack growth is x86-64 only"); }
#endif
