/*
 * mprof_read.c: runtime.MemProfile, the reading side of the heap profile
 * (mprof.c records).
 *
 * Go declaration (stdlib/runtime/runtime.go):
 *   //extern go_runtime_MemProfile
 *   func MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool)
 *
 * This file is its own object in libgosubrt.a so that the linker takes it
 * only into programs that reference MemProfile: its constructor then sets
 * rt_mprof_linked and MemProfileRate starts at 512 KiB; elsewhere it
 * starts at 0, as Go's linker arranges (disableMemoryProfiling).
 *
 * Symbolizing: the raw buckets MemProfile has not seen yet are turned into
 * Go stacks with one addr2line run over all their addresses (runtime C
 * frames dropped, gcc-inlined Go calls expanded, runtime.main and
 * runtime.goexit added as Callers does, 32 frames at most, the pcs being
 * Callers' own so CallersFrames and FuncForPC name them).  Raw buckets
 * with the same Go stack and size share one logical bucket: the record
 * MemProfile reports, with the sum of their published counts.  Logical
 * buckets are listed newest first, as Go lists its buckets.
 */
#include "runtime/gc_heap.h"
#include "runtime/mprof.h"
#include "runtime/panic_trace.h"

#include <stdlib.h>
#include <string.h>

#ifndef GOSUB_GOROOT
#define GOSUB_GOROOT "/usr/lib/go-1.19"
#endif

typedef struct MLogical {
    struct MLogical *next;        /* all logical buckets, newest first */
    MBucket *raw;                 /* its raw buckets (through lnext) */
    uintptr_t size;
    int n;
    uintptr_t pcs[MPROF_MAX_STACK];
} MLogical;

static MLogical *logicals;

/* Go's runtime.MemProfileRecord. */
typedef struct {
    int64_t alloc_bytes, free_bytes, alloc_objects, free_objects;
    uintptr_t stack0[MPROF_MAX_STACK];
} RtMemProfileRecord;

typedef struct {
    go_int r0;
    bool r1;
} RtMemProfileResult;

static void __attribute__((constructor)) mprof_mark_linked(void) { rt_mprof_linked = true; }

static void attach(MBucket *b, const uintptr_t *pcs, int n)
{
    MLogical *l;
    for (l = logicals; l; l = l->next)
        if (l->size == b->size && l->n == n && memcmp(l->pcs, pcs, (size_t)n * sizeof *pcs) == 0)
            break;
    if (!l) {
        if ((l = calloc(1, sizeof *l)) == NULL)
            rt_gc_throw("runtime: cannot allocate memory");
        l->size = b->size;
        l->n = n;
        memcpy(l->pcs, pcs, (size_t)n * sizeof *pcs);
        l->next = logicals;
        logicals = l;
    }
    b->logical = l;
    b->lnext = l->raw;
    l->raw = b;
}

/* The Go stack of raw addresses whose frames are fr[first .. first+count). */
static int go_stack(const RtTbFrame *fr, const int *first, const int *count, int nraw, uintptr_t *out)
{
    int k = 0;
    bool main_g = false;
    for (int i = 0; i < nraw && !main_g; i++) {
        for (int j = first[i]; j < first[i] + count[i] && !main_g; j++) {
            size_t fl = strlen(fr[j].file);
            if (fl >= 2 && strcmp(fr[j].file + fl - 2, ".c") == 0)
                continue;                       /* a goroutine's C entry thunk */
            if (k < MPROF_MAX_STACK)
                out[k++] = rt_pc_intern(fr[j].func, fr[j].file, fr[j].line);
            main_g = fr[j].is_main;
        }
    }
    if (main_g && k < MPROF_MAX_STACK)
        out[k++] = rt_pc_intern("runtime.main", GOSUB_GOROOT "/src/runtime/proc.go", 250);
#if defined(__aarch64__)
    if (k < MPROF_MAX_STACK)
        out[k++] = rt_pc_intern("runtime.goexit", GOSUB_GOROOT "/src/runtime/asm_arm64.s", 1172);
#else
    if (k < MPROF_MAX_STACK)
        out[k++] = rt_pc_intern("runtime.goexit", GOSUB_GOROOT "/src/runtime/asm_amd64.s", 1594);
#endif
    return k;
}

/* Symbolize the raw buckets not seen yet, oldest first (so that the
 * logical list ends newest first). */
static void symbolize_new(void)
{
    int nb = 0, naddr = 0;
    for (MBucket *b = mprof_buckets; b && !b->logical; b = b->allnext) {
        nb++;
        naddr += b->nraw;
    }
    if (nb == 0)
        return;
    MBucket **bs = malloc((size_t)nb * sizeof *bs);
    void **addrs = malloc((size_t)(naddr ? naddr : 1) * sizeof *addrs);
    int *first = malloc((size_t)(naddr ? naddr : 1) * sizeof(int));
    int *count = malloc((size_t)(naddr ? naddr : 1) * sizeof(int));
    int maxfr = naddr * 4 + 16;
    RtTbFrame *fr = malloc((size_t)maxfr * sizeof *fr);
    if (!bs || !addrs || !first || !count || !fr)
        rt_gc_throw("runtime: cannot allocate memory");
    int i = nb, a = 0;
    for (MBucket *b = mprof_buckets; b && !b->logical; b = b->allnext)
        bs[--i] = b;
    for (i = 0; i < nb; i++)
        for (int j = 0; j < bs[i]->nraw; j++)
            addrs[a++] = bs[i]->raw[j];
    memset(first, 0, (size_t)(naddr ? naddr : 1) * sizeof(int));
    memset(count, 0, (size_t)(naddr ? naddr : 1) * sizeof(int));
    if (naddr)
        rt_tb_symbolize_many(addrs, naddr, fr, maxfr, first, count);
    a = 0;
    for (i = 0; i < nb; i++) {
        uintptr_t pcs[MPROF_MAX_STACK];
        int n = go_stack(fr, first + a, count + a, bs[i]->nraw, pcs);
        a += bs[i]->nraw;
        attach(bs[i], pcs, n);
    }
    free(bs);
    free(addrs);
    free(first);
    free(count);
    free(fr);
}

static MCycle logical_active(const MLogical *l)
{
    MCycle c = {0, 0, 0, 0};
    for (const MBucket *b = l->raw; b; b = b->lnext)
        mcycle_add(&c, &b->active);
    return c;
}

RtMemProfileResult go_runtime_MemProfile(GoSlice p, bool inuse_zero)
{
    RtMemProfileResult r = {0, false};
    symbolize_new();
    bool clear = true;
    for (MBucket *b = mprof_buckets; b; b = b->allnext)
        if (b->active.allocs || b->active.frees)
            clear = false;
    if (clear) {
        /* nothing published yet (no collection so far, GOGC=off from the
         * start): take everything recorded, as Go does */
        for (MBucket *b = mprof_buckets; b; b = b->allnext)
            for (int c = 0; c < 3; c++) {
                mcycle_add(&b->active, &b->future[c]);
                memset(&b->future[c], 0, sizeof b->future[c]);
            }
    }
    go_int n = 0;
    for (MLogical *l = logicals; l; l = l->next) {
        MCycle c = logical_active(l);
        if (inuse_zero || c.alloc_bytes != c.free_bytes)
            n++;
    }
    r.r0 = n;
    if (n > p.len)
        return r;
    r.r1 = true;
    RtMemProfileRecord *rec = p.p;
    for (MLogical *l = logicals; l; l = l->next) {
        MCycle c = logical_active(l);
        if (!inuse_zero && c.alloc_bytes == c.free_bytes)
            continue;
        rec->alloc_bytes = (int64_t)c.alloc_bytes;
        rec->free_bytes = (int64_t)c.free_bytes;
        rec->alloc_objects = (int64_t)c.allocs;
        rec->free_objects = (int64_t)c.frees;
        memset(rec->stack0, 0, sizeof rec->stack0);
        memcpy(rec->stack0, l->pcs, (size_t)l->n * sizeof l->pcs[0]);
        rec++;
    }
    return r;
}
