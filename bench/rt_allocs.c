/*
 * rt_allocs.c: bench/allocs.go transcribed by hand into the C that codegen will
 * emit (one rt_new per escaping object, GO_WB for heap pointer stores,
 * hand-made type descriptors), so the allocator and GC can be measured
 * against go before codegen exists.  Built and run by bench/gc_c_bench.sh.
 */
#include "runtime/rt_gc.h"
#include <stdio.h>
#include <stdlib.h>
typedef struct small { struct small *next; int64_t val; } small;
typedef struct medium { small *a, *b, *c; int64_t x[4], y[4]; } medium;
typedef struct flat { double x, y, z, w; } flat;
static const GoType small_t = {.size = 16, .ptrdata = 8, .kind = GO_STRUCT, .gcmask = (const uint8_t[]){1}};
static const GoType medium_t = {.size = 88, .ptrdata = 24, .kind = GO_STRUCT, .gcmask = (const uint8_t[]){7}};
static const GoType flat_t = {.size = 32, .ptrdata = 0, .kind = GO_STRUCT};
static const GoType ptr_t = {.size = 8, .ptrdata = 8, .kind = GO_POINTER, .gcmask = (const uint8_t[]){1}};
static const GoType slice_t = {.size = 24, .ptrdata = 8, .kind = GO_SLICE, .gcmask = (const uint8_t[]){1}};
static GoEface window[256];
static const GoType window_t = {.size = sizeof window, .ptrdata = sizeof window, .kind = GO_ARRAY,
  .gcmask = (const uint8_t[64]){0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff}};
static const GoRoot roots[] = {{window, &window_t}};
int main(int argc, char **argv) {
    rt_gc_init(); rt_gc_register_roots(roots, 1);
    long n = argc > 1 ? atol(argv[1]) : 20000000, sum = 0;
    for (long i = 0; i < n; i++) {
        GoEface v;
        switch (i & 7) {
        case 0: case 1: case 2: { small *s = rt_new(&small_t); s->val = i; sum += s->val & 1; v = (GoEface){&small_t, s}; break; }
        case 3: { medium *m = rt_new(&medium_t); for (int k = 0; k < 4; k++) m->x[k] = i; sum += m->x[0] & 1; v = (GoEface){&medium_t, m}; break; }
        case 4: { flat *f = rt_new(&flat_t); f->x = (double)i; sum += (long)f->x & 1; v = (GoEface){&flat_t, f}; break; }
        case 5: { long len = 8 + (i & 63); uint8_t *b = rt_alloc(len, NULL); b[0] = (uint8_t)i; sum += b[0] & 1;
                  GoSlice *h = rt_new(&slice_t); *h = (GoSlice){b, len, len}; v = (GoEface){&slice_t, h}; break; }
        case 6: { long len = 4 + (i & 15); void **p = rt_newarray(&ptr_t, len); sum += len & 1;
                  GoSlice *h = rt_new(&slice_t); *h = (GoSlice){p, len, len}; v = (GoEface){&slice_t, h}; break; }
        default: { long len = 1000 + (i & 1023); uint8_t *b = rt_alloc(len, NULL); sum += len & 1;
                  GoSlice *h = rt_new(&slice_t); *h = (GoSlice){b, len, len}; v = (GoEface){&slice_t, h}; break; }
        }
        window[i & 255] = v;
    }
    printf("%ld allocations, checksum %ld\n", n, sum);
    GoMemStats m; rt_gc_read_memstats(&m);
    fprintf(stderr, "NumGC %u Mallocs %llu\n", m.NumGC, (unsigned long long)m.Mallocs);
}
