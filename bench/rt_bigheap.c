/*
 * rt_bigheap.c: bench/bigheap.go transcribed by hand into the C that codegen will
 * emit (one rt_new per escaping object, GO_WB for heap pointer stores,
 * hand-made type descriptors), so the allocator and GC can be measured
 * against go before codegen exists.  Built and run by bench/gc_c_bench.sh.
 */
#include "runtime/rt_gc.h"
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
typedef struct node { struct node *next; int64_t val[6]; } node;
static const GoType node_t = {.size = 56, .ptrdata = 8, .kind = GO_STRUCT, .gcmask = (const uint8_t[]){1}};
static const GoType ptr_t = {.size = 8, .ptrdata = 8, .kind = GO_POINTER, .gcmask = (const uint8_t[]){1}};
static node **lists;
static const GoRoot roots[] = {{&lists, &ptr_t}};
static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec / 1e9; }
int main(int argc, char **argv) {
    rt_gc_init(); rt_gc_register_roots(roots, 1);
    long mb = argc > 1 ? atol(argv[1]) : 1024, n = (mb << 20) / 64;
    double t0 = now();
    lists = rt_newarray(&ptr_t, 1024);
    for (long i = 0; i < n; i++) { long k = i % 1024; node *x = rt_new(&node_t); x->val[0] = i; GO_WB(&x->next, lists[k]); GO_WB(&lists[k], x); }
    double built = now() - t0;
    long sum = 0;
    for (long i = 0; i < 2 * n; i++) { node *g = rt_new(&node_t); g->val[0] = i; sum += g->val[0] & 1; }
    GoMemStats ms; rt_gc_read_memstats(&ms);
    uint64_t max = 0; for (int i = 0; i < 256; i++) if (ms.PauseNs[i] > max) max = ms.PauseNs[i];
    long count = 0; for (int k = 0; k < 1024; k++) for (node *l = lists[k]; l; l = l->next) count++;
    printf("live objects %ld (want %ld), garbage checksum %ld\n", count, n, sum);
    printf("build %.3fs, total %.3fs\n", built, now() - t0);
    printf("NumGC %u, longest pause %.3f ms, total pause %.3f ms, GC CPU fraction %.3f, peak HeapSys %llu MiB\n",
           ms.NumGC, max / 1e6, ms.PauseTotalNs / 1e6, ms.GCCPUFraction, (unsigned long long)ms.HeapSys >> 20);
}
