/*
 * gc_stats.c: runtime.ReadMemStats with Go's field meanings.
 *
 * Object counts come from the allocator: a small span's allocations are
 * counted when it leaves the cache (flushed here first), frees when it is
 * swept; large objects are counted one by one; tiny allocations that fit
 * in an existing block count as one malloc and one free each, as in Go
 * (the block itself is the object the heap sees).  So
 *   HeapAlloc = Alloc = bytes of objects allocated and not yet swept away
 *   (dead objects stay counted until their span is swept, as in Go),
 *   HeapObjects = Mallocs - Frees,
 *   HeapSys = HeapInuse + HeapIdle, HeapIdle >= HeapReleased,
 *   Sys = every byte obtained from the OS for any purpose.
 */
#include "runtime/gc_heap.h"

void rt_gc_read_memstats(GoMemStats *m)
{
    if (!gc.inited)
        rt_gc_init();
    alloc_flush_stats();
    memset(m, 0, sizeof *m);
    uint64_t total_alloc = gc_stats.large_alloc, total_free = gc_stats.large_free;
    uint64_t nmalloc = gc_stats.large_alloc_count, nfree = gc_stats.large_free_count;
    for (int c = 1; c < GC_NUM_CLASSES; c++) {
        total_alloc += gc_stats.nmalloc[c] * rt_class_size[c];
        total_free += gc_stats.nfree[c] * rt_class_size[c];
        nmalloc += gc_stats.nmalloc[c];
        nfree += gc_stats.nfree[c];
    }
    nmalloc += gc_stats.tiny_allocs;
    nfree += gc_stats.tiny_allocs;
    for (int c = 0; c < 61; c++) {
        m->BySize[c].Size = rt_class_size[c];
        m->BySize[c].Mallocs = gc_stats.nmalloc[c];
        m->BySize[c].Frees = gc_stats.nfree[c];
    }
    uint64_t stack_inuse, stack_sys;
    rt_sched_stack_stats(&stack_inuse, &stack_sys);

    m->Alloc = total_alloc - total_free;
    m->TotalAlloc = total_alloc;
    m->Mallocs = nmalloc;
    m->Frees = nfree;
    m->HeapAlloc = total_alloc - total_free;
    m->HeapSys = gc_stats.heap_sys;
    m->HeapInuse = gc_stats.heap_inuse;
    m->HeapIdle = gc_stats.heap_sys - gc_stats.heap_inuse;
    m->HeapReleased = gc_stats.heap_released;
    m->HeapObjects = nmalloc - nfree;
    m->StackInuse = stack_inuse;
    m->StackSys = stack_sys;
    m->MSpanInuse = gc_stats.span_inuse;
    m->MSpanSys = gc_stats.span_sys;
    m->MCacheInuse = sizeof(GcCache);
    m->MCacheSys = sizeof(GcCache);
    m->BuckHashSys = 0;
    m->GCSys = gc_stats.gc_sys;
    m->OtherSys = gc_stats.other_sys;
    m->Sys = m->HeapSys + m->StackSys + m->MSpanSys + m->MCacheSys + m->BuckHashSys + m->GCSys +
             m->OtherSys;
    m->NextGC = gc.heap_goal;
    m->LastGC = gc.last_gc_unix;
    m->PauseTotalNs = gc.pause_total;
    memcpy(m->PauseNs, gc.pause_ns, sizeof m->PauseNs);
    memcpy(m->PauseEnd, gc.pause_end, sizeof m->PauseEnd);
    m->NumGC = (uint32_t)gc.numgc;
    m->NumForcedGC = (uint32_t)gc.numforced;
    uint64_t elapsed = gc_nanotime() - gc.start_ns;
    m->GCCPUFraction = elapsed ? (double)gc.total_gc_ns / (double)elapsed : 0;
    m->EnableGC = true;
    m->DebugGC = false;
}

void go_runtime_ReadMemStats(GoMemStats *m)
{
    /* Go's ReadMemStats flushes every mcache, which retires the current
     * tiny block: the next tiny allocation starts a new 16-byte block, so
     * "measure f's allocations" between two reads always sees it (B24) */
    gc_cache.tiny = 0;
    gc_cache.tiny_offset = 0;
    rt_gc_read_memstats(m);
}

/* runtime/debug.readGCStats (what debug.ReadGCStats is built on, as in
 * Go): fills *pauses, whose capacity must be at least 256+3, with the
 * recorded pause lengths (most recent first), then their end times, then
 * LastGC, NumGC and PauseTotalNs; sets its length to 2n+3. */
void go_runtime_debug_readGCStats(GoSlice *pauses)
{
    if (pauses->cap < 256 + 3)
        rt_gc_throw("short slice passed to readGCStats");
    uint64_t *p = pauses->p;
    uint64_t n = gc.numgc < 256 ? gc.numgc : 256;
    for (uint64_t i = 0; i < n; i++) {
        uint64_t j = (gc.numgc - 1 - i) % 256;
        p[i] = gc.pause_ns[j];
        p[n + i] = gc.pause_end[j];
    }
    p[2 * n] = gc.last_gc_unix;
    p[2 * n + 1] = gc.numgc;
    p[2 * n + 2] = gc.pause_total;
    pauses->len = (intptr_t)(2 * n + 3);
}
