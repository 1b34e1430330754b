/*
 * mprof.c: the heap profile's recording side (Go's mprof.go memory part):
 * which allocations are sampled, the buckets their counts go to, the
 * special records that let the sweeper count frees, and the profiling
 * cycles that decide when counts become visible.  runtime.MemProfile (the
 * reading side) is mprof_read.c.
 *
 * Sampling: runtime.MemProfileRate is read on every allocation (rt_alloc's
 * one extra test: 0, the default of a program that cannot reach
 * MemProfile, costs a predicted branch).  Otherwise, as Go, allocations
 * are a Poisson process over bytes: next_sample holds the bytes left
 * before the next sample, drawn from an exponential distribution of mean
 * MemProfileRate, so an object of size s is sampled with probability
 * about 1 - exp(-s/rate) (rate 1: every object).  The size counted is the
 * rounded one (size class, 16 for a fresh tiny block, whole pages for a
 * large object); allocations packed into an existing tiny block are not
 * sampled (Go returns before its profiling step there too).
 *
 * Buckets: a sample's stack is taken raw (backtrace: machine return
 * addresses, runtime C frames included) and hashed with its size to a
 * bucket; buckets are never freed.  Turning machine addresses into Go
 * frames needs addr2line, so that waits for MemProfile, once per bucket.
 *
 * Specials: a sampled object gets a record (object, bucket) in its span's
 * `profiled` list; the sweeper (gc_sweep.c) calls mprof_sweep for spans
 * that have one, and each record whose object is unmarked counts a free.
 * Objects kept for their finalizer are marked by then: not freed.
 *
 * Cycles (Go's scheme, so that MemProfile shows a consistent snapshot "as
 * of the last completed collection"): each bucket has published counts
 * (active) and three pending slots.  A malloc counts in slot
 * (cycle + 2) % 3, a free in (cycle + 1) % 3; mark termination increments
 * cycle and publishes slot cycle % 3; runtime.GC, once it has swept
 * everything, also publishes (cycle + 1) % 3.  So an allocation shows up
 * after two collections, or after one runtime.GC().
 *
 * Invariant: every record in a span's list names an object of that span
 * allocated since the span was last swept or still live; the lists are
 * empty when a span goes back to the page heap (all its objects died and
 * the sweeper removed their records first).
 */
#include "runtime/gc_heap.h"
#include "runtime/mprof.h"

#include <execinfo.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* runtime.MemProfileRate: the Go variable of stdlib/runtime/runtime.go,
 * whose C name codegen spells runtime_MemProfileRate; the standard library
 * object defines it.  This weak definition serves links without it (unit
 * tests, bench/rt_*.c), where it stays 0. */
__attribute__((weak)) int64_t runtime_MemProfileRate;

bool rt_mprof_linked;

MBucket *mprof_buckets;          /* every bucket, newest first */
uint32_t mprof_cycle;

enum { HASH_SIZE = 4096 };
static MBucket *hash_tab[HASH_SIZE];
uintptr_t mprof_next_sample;       /* bytes to allocate before the next sample */
static uint64_t rand_state;

typedef struct MSpecial {
    struct MSpecial *next;         /* in the span's list */
    uintptr_t obj;
    MBucket *b;
} MSpecial;
static MSpecial *special_free;     /* recycled records */

go_int go_runtime_defaultMemProfileRate(void)
{
    return rt_mprof_linked ? 512 * 1024 : 0;
}

/* xorshift64*: only the sampling distances need randomness */
static uint32_t mprof_rand(void)
{
    if (rand_state == 0) {
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        rand_state = ((uint64_t)ts.tv_nsec << 20 ^ (uint64_t)ts.tv_sec ^ (uintptr_t)&ts) | 1;
    }
    rand_state ^= rand_state >> 12;
    rand_state ^= rand_state << 25;
    rand_state ^= rand_state >> 27;
    return (uint32_t)((rand_state * 0x2545F4914F6CDD1DULL) >> 32);
}

/* A draw from the exponential distribution of mean rate (at least 1):
 * -ln(q) * rate for q uniform in (0, 1], q with 26 random bits as Go. */
static uintptr_t sample_distance(int64_t rate)
{
    if (rate == 1)
        return 0;
    if (rate > 0x7000000)
        rate = 0x7000000;
    double q = (double)((mprof_rand() & ((1u << 26) - 1)) + 1) / (double)(1u << 26);
    return (uintptr_t)(-log(q) * (double)rate) + 1;
}

static uint64_t stack_hash(void *const *pcs, int n, uintptr_t size)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (int i = 0; i < n; i++)
        h = (h ^ (uintptr_t)pcs[i]) * 0x100000001b3ULL;
    return (h ^ size) * 0x100000001b3ULL;
}

static MBucket *bucket_for(void *const *pcs, int n, uintptr_t size)
{
    uint64_t h = stack_hash(pcs, n, size);
    MBucket **slot = &hash_tab[h % HASH_SIZE];
    for (MBucket *b = *slot; b; b = b->hnext)
        if (b->hash == h && b->size == size && b->nraw == n &&
            memcmp(b->raw, pcs, (size_t)n * sizeof *pcs) == 0)
            return b;
    MBucket *b = calloc(1, sizeof *b + (size_t)n * sizeof *pcs);
    if (b == NULL)
        rt_gc_throw("runtime: cannot allocate memory");
    gc_stats.other_sys += sizeof *b + (size_t)n * sizeof *pcs;
    b->hash = h;
    b->size = size;
    b->nraw = n;
    memcpy(b->raw, pcs, (size_t)n * sizeof *pcs);
    b->hnext = *slot;
    *slot = b;
    b->allnext = mprof_buckets;
    mprof_buckets = b;
    return b;
}

static void record_sample(uintptr_t obj, uintptr_t size)
{
    void *pcs[MPROF_RAW_DEPTH];
    int n = backtrace(pcs, MPROF_RAW_DEPTH);
    /* this function and mprof_malloc: the same two addresses every time */
    int skip = n > 2 ? 2 : 0;
    MBucket *b = bucket_for(pcs + skip, n - skip, size);
    MCycle *c = &b->future[(mprof_cycle + 2) % 3];
    c->allocs++;
    c->alloc_bytes += size;

    MSpecial *sp = special_free;
    if (sp)
        special_free = sp->next;
    else if ((sp = malloc(sizeof *sp)) == NULL)
        rt_gc_throw("runtime: cannot allocate memory");
    else
        gc_stats.other_sys += sizeof *sp;
    GcSpan *s = span_of(obj);
    sp->obj = obj;
    sp->b = b;
    sp->next = s->profiled;
    s->profiled = sp;
}

__attribute__((noinline)) void mprof_malloc(void *obj, uintptr_t size)
{
    int64_t rate = runtime_MemProfileRate;
    if (rate <= 0)
        return;
    if (rate != 1 && size < mprof_next_sample) {
        mprof_next_sample -= size;
        return;
    }
    mprof_next_sample = sample_distance(rate);
    record_sample((uintptr_t)obj, size);
}

void mprof_sweep(GcSpan *s)
{
    uintptr_t size = s->state == SPAN_LARGE ? s->npages << GC_PAGE_SHIFT : s->elemsize;
    MCycle *c = NULL;
    MSpecial **pp = &s->profiled;
    while (*pp) {
        MSpecial *sp = *pp;
        uint32_t idx = s->state == SPAN_LARGE ? 0 : span_obj_index(s, sp->obj);
        if (bit_get(s->mark_bits, idx)) {
            pp = &sp->next;
            continue;
        }
        c = &sp->b->future[(mprof_cycle + 1) % 3];
        c->frees++;
        c->free_bytes += size;
        *pp = sp->next;
        sp->next = special_free;
        special_free = sp;
    }
}

static void publish(unsigned slot)
{
    for (MBucket *b = mprof_buckets; b; b = b->allnext) {
        MCycle *f = &b->future[slot];
        mcycle_add(&b->active, f);
        memset(f, 0, sizeof *f);
    }
}

void mprof_next_cycle(void)
{
    mprof_cycle++;
    if (mprof_buckets)
        publish(mprof_cycle % 3);
}

void mprof_post_sweep(void)
{
    if (mprof_buckets)
        publish((mprof_cycle + 1) % 3);
}
