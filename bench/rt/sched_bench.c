/*
 * bench/rt/sched_bench.c: the concurrency benchmarks of bench/*.go written
 * directly against the runtime's C ABI (gosub.h section 8), the way
 * generated code will call it, so that the scheduler, channels and sync can
 * be compared with go before codegen exists.  Same work as pingpong.go,
 * ring.go, blocked.go, mutex.go, atomicadd.go; prints the same result.
 *   sched_bench NAME N
 * Built and compared with go by bench/rt/compare.sh.
 */
#include "runtime/rt_chan.h"
#include "runtime/rt_sched.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static const GoType chan_int = {.size = 8, .ptrdata = 0, .align = 8, .kind = GO_CHAN, .elem = &go_type_int};
static const GoType chan_empty_elem = {.size = 0, .kind = GO_STRUCT};
static const GoType chan_empty = {.size = 8, .kind = GO_CHAN, .elem = &chan_empty_elem};
static long N;
static GoChan *ping, *pong;
static void ponger(void *a) { (void)a; go_int v; while (rt_chanrecv2(ping, &v)) { v++; rt_chansend(pong, &v); } rt_closechan(pong); }
static void pingpong(void *a) { (void)a; ping = rt_makechan(&chan_int, 0); pong = rt_makechan(&chan_int, 0); rt_go(ponger, NULL);
  go_int v = 0; for (long i = 0; i < N; i++) { rt_chansend(ping, &v); rt_chanrecv1(pong, &v); } rt_closechan(ping); printf("%ld\n", (long)v); }
typedef struct { GoChan *in, *out; } Link;
static void relay(void *a) { Link *l = a; go_int t; while (rt_chanrecv2(l->in, &t)) { t++; rt_chansend(l->out, &t); } rt_closechan(l->out); }
static void ring(void *a) { (void)a; enum { SIZE = 10000 }; static Link links[SIZE];
  GoChan *first = rt_makechan(&chan_int, 0), *in = first;
  for (int i = 1; i < SIZE; i++) { GoChan *out = rt_makechan(&chan_int, 0); links[i].in = in; links[i].out = out; rt_go(relay, &links[i]); in = out; }
  GoChan *last = in; long hops = 0; go_int t = 0; rt_chansend(first, &t);
  while (hops + SIZE <= N) { rt_chanrecv1(last, &t); hops = t + 1; t = hops; rt_chansend(first, &t); }
  rt_closechan(first); while (rt_chanrecv2(last, &t)) {} printf("%ld\n", hops); }
static GoChan *gate; static GoSyncWaitGroup wg;
static void waiter(void *a) { (void)a; rt_chanrecv1(gate, NULL); go_sync_WaitGroup_Done(&wg); }
static void blocked(void *a) { (void)a; gate = rt_makechan(&chan_empty, 0); go_sync_WaitGroup_Add(&wg, N);
  for (long i = 0; i < N; i++) rt_go(waiter, NULL); rt_closechan(gate); go_sync_WaitGroup_Wait(&wg); printf("%ld\n", N); }
static GoSyncMutex mu; static long counter; static int64_t acounter;
static void locker(void *a) { (void)a; for (long i = 0; i < N; i++) { GO_POLL(); go_sync_Mutex_Lock(&mu); counter++; go_sync_Mutex_Unlock(&mu); } go_sync_WaitGroup_Done(&wg); }
static void mutex(void *a) { (void)a; go_sync_WaitGroup_Add(&wg, 8); for (int g = 0; g < 8; g++) rt_go(locker, NULL); go_sync_WaitGroup_Wait(&wg); printf("%ld\n", counter); }
static void adder(void *a) { (void)a; for (long i = 0; i < N; i++) { GO_POLL(); go_sync_atomic_AddInt64(&acounter, 1); } go_sync_WaitGroup_Done(&wg); }
static void atomicadd(void *a) { (void)a; go_sync_WaitGroup_Add(&wg, 8); for (int g = 0; g < 8; g++) rt_go(adder, NULL); go_sync_WaitGroup_Wait(&wg); printf("%ld\n", (long)acounter); }
int main(int argc, char **argv) {
  const char *w = argv[1]; N = atol(argv[2]);
  void (*f)(void *) = !strcmp(w, "pingpong") ? pingpong : !strcmp(w, "ring") ? ring : !strcmp(w, "blocked") ? blocked : !strcmp(w, "mutex") ? mutex : atomicadd;
  rt_sched_main(f, NULL); return 0; }
