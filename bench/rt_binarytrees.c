/*
 * rt_binarytrees.c: bench/binarytrees.go transcribed by hand into the C that codegen will
 * emit (one rt_new per escaping object, GO_WB for heap pointer stores,
 * hand-made type descriptors), so the allocator and GC can be measured
 * against go before codegen exists.  Built and run by bench/gc_c_bench.sh.
 */
#include "runtime/rt_gc.h"
#include <stdio.h>
#include <stdlib.h>
typedef struct Node { struct Node *left, *right; } Node;
static const uint8_t mask[] = {3};
static const GoType node_type = {.size = 16, .ptrdata = 16, .align = 8, .kind = GO_STRUCT, .gcmask = mask, .string = "main.Node"};
static Node *bottomUp(int d) {
    Node *n = rt_new(&node_type);
    if (d > 0) { Node *l = bottomUp(d - 1); GO_WB(&n->left, l); Node *r = bottomUp(d - 1); GO_WB(&n->right, r); }
    return n;
}
static long check(Node *n) { return n->left == NULL ? 1 : 1 + check(n->left) + check(n->right); }
int main(int argc, char **argv) {
    rt_gc_init();
    int n = argc > 1 ? atoi(argv[1]) : 21, minD = 4, maxD = n < 6 ? 6 : n;
    printf("stretch tree of depth %d\t check: %ld\n", maxD + 1, check(bottomUp(maxD + 1)));
    Node *ll = bottomUp(maxD);
    for (int d = minD; d <= maxD; d += 2) {
        long iters = 1L << (maxD - d + minD), c = 0;
        for (long i = 0; i < iters; i++) c += check(bottomUp(d));
        printf("%ld\t trees of depth %d\t check: %ld\n", iters, d, c);
    }
    printf("long lived tree of depth %d\t check: %ld\n", maxD, check(ll));
    GoMemStats m; rt_gc_read_memstats(&m);
    fprintf(stderr, "NumGC %u pause total %.1f ms HeapSys %llu MB\n", m.NumGC, m.PauseTotalNs/1e6, (unsigned long long)m.HeapSys>>20);
    return 0;
}
