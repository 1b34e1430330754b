/*
 * mprof.h: the heap profile's data, shared by its recording side
 * (mprof.c, called from the allocator, the sweeper and the GC cycle) and
 * its reading side (mprof_read.c: runtime.MemProfile).  See mprof.c for
 * the sampling, the buckets and the profiling cycles.
 */
#ifndef RT_MPROF_H
#define RT_MPROF_H

#include "runtime/gosub.h"

#include <stdbool.h>
#include <stdint.h>

/* Raw frames kept per sample: Go keeps 32 logical frames; the runtime C
 * frames on top (allocator, makeslice...) are dropped when symbolizing, so
 * a few more raw ones are taken.  Unwinding costs per frame (DWARF CFI). */
enum { MPROF_RAW_DEPTH = 40, MPROF_MAX_STACK = 32 };

/* Counts of one bucket over some span of time (Go's memRecordCycle). */
typedef struct MCycle {
    uintptr_t allocs, frees, alloc_bytes, free_bytes;
} MCycle;

static inline void mcycle_add(MCycle *a, const MCycle *b)
{
    a->allocs += b->allocs;
    a->frees += b->frees;
    a->alloc_bytes += b->alloc_bytes;
    a->free_bytes += b->free_bytes;
}

struct MLogical;

/* One raw stack (machine return addresses) and rounded size. */
typedef struct MBucket {
    struct MBucket *hnext;          /* hash chain */
    struct MBucket *allnext;        /* mprof_buckets, newest first */
    struct MBucket *lnext;          /* the other raw buckets of its logical one */
    struct MLogical *logical;       /* the Go stack it symbolizes to; NULL until MemProfile */
    uint64_t hash;
    uintptr_t size;
    MCycle active;                  /* published */
    MCycle future[3];               /* pending, by profiling cycle */
    int nraw;
    void *raw[];
} MBucket;

extern MBucket *mprof_buckets;
extern uint32_t mprof_cycle;
/* runtime.MemProfile is part of the program (mprof_read.c's constructor):
 * MemProfileRate then starts at 512 KiB, else at 0 (Go's linker rule). */
extern bool rt_mprof_linked;

/* The allocator's hook, called only while MemProfileRate != 0: obj of
 * the rounded size was just allocated. */
void mprof_malloc(void *obj, uintptr_t size);
/* Mark termination: a new profiling cycle (publishes the oldest slot). */
void mprof_next_cycle(void);
/* runtime.GC() after its sweep: publish the frees it found. */
void mprof_post_sweep(void);

/* stdlib_runtime.c: the pc Callers hands out for a Go frame. */
uintptr_t rt_pc_intern(const char *func, const char *file, int line);

#endif
