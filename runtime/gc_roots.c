/*
 * gc_roots.c: where marking starts.
 *
 *   - globals: tables of GoRoot registered by rt_main (codegen emits one
 *     per program), scanned precisely with each global's type;
 *   - extra ranges: runtime data outside the heap registered with
 *     rt_gc_add_root_range, scanned conservatively;
 *   - stacks: rt_sched_scan_stacks, which the scheduler defines.  Before
 *     there is a scheduler (unit tests, early start-up) the weak default
 *     below scans the calling thread's C stack from the current stack
 *     pointer to its top, after forcing the callee-saved registers onto
 *     the stack, so values held only in registers are seen too.
 * Finalizer records and queued finalizers are roots too (gc_final.c).
 */
#include "runtime/gc_heap.h"

#include <pthread.h>
#include <setjmp.h>
#include <stdlib.h>

typedef struct RootTable { const GoRoot *roots; int n; } RootTable;
static RootTable *tables;
static int ntables, captables;

typedef struct RootRange { void *lo, *hi; bool used; } RootRange;
static RootRange *ranges;
static int nranges, capranges;

static void *grow(void *p, int *cap, size_t elem)
{
    int ncap = *cap ? *cap * 2 : 16;
    void *q = realloc(p, (size_t)ncap * elem);
    if (q == NULL)
        rt_gc_throw("out of memory");
    gc_stats.other_sys += (uint64_t)(ncap - *cap) * elem;
    *cap = ncap;
    return q;
}

void rt_gc_register_roots(const GoRoot *roots, int n)
{
    if (n <= 0)
        return;
    if (ntables == captables)
        tables = grow(tables, &captables, sizeof *tables);
    tables[ntables].roots = roots;
    tables[ntables].n = n;
    ntables++;
    for (int i = 0; i < n; i++)
        if (roots[i].type)
            gc.globals_scan += roots[i].type->size;
}

int rt_gc_add_root_range(void *lo, void *hi)
{
    for (int i = 0; i < nranges; i++)
        if (!ranges[i].used) {
            ranges[i] = (RootRange){lo, hi, true};
            return i;
        }
    if (nranges == capranges)
        ranges = grow(ranges, &capranges, sizeof *ranges);
    ranges[nranges] = (RootRange){lo, hi, true};
    return nranges++;
}

void rt_gc_remove_root_range(int handle)
{
    if (handle >= 0 && handle < nranges)
        ranges[handle].used = false;
}

/* The top of the thread's stack, for the weak stack scanner. */
static void *stack_top;

static void find_stack_top(void)
{
    pthread_attr_t attr;
    void *addr;
    size_t size;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        if (pthread_attr_getstack(&attr, &addr, &size) == 0)
            stack_top = (char *)addr + size;
        pthread_attr_destroy(&attr);
    }
}

__attribute__((weak, noinline)) void rt_sched_scan_stacks(void (*scan)(void *lo, void *hi, void *arg),
                                                          void *arg)
{
    if (stack_top == NULL)
        find_stack_top();
    jmp_buf regs;
    __builtin_unwind_init();          /* spill every callee-saved register */
    setjmp(regs);
    volatile uintptr_t here = 0;
    void *lo = (void *)&here;
    if ((void *)&regs < lo)
        lo = (void *)&regs;
    scan(lo, stack_top, arg);
    (void)here;
}

__attribute__((weak)) void rt_sched_stack_stats(uint64_t *inuse, uint64_t *sys)
{
    *inuse = 0;
    *sys = 0;
}

void gc_roots_mark_all(void)
{
    for (int t = 0; t < ntables; t++)
        for (int i = 0; i < tables[t].n; i++)
            gc_scan_typed(tables[t].roots[i].addr, tables[t].roots[i].type);
    for (int i = 0; i < nranges; i++)
        if (ranges[i].used)
            gc_scan_conservative(ranges[i].lo, ranges[i].hi, NULL);
    uint64_t stack = 0;
    rt_sched_scan_stacks(gc_scan_conservative, &stack);
    gc.stack_scan = stack;
    if (stack > gc.max_stack_scan)
        gc.max_stack_scan = stack;
}
