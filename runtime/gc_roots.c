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
 *   - the frame of a runtime.GC() call codegen described (GO_GC_PRECISE):
 *     its listed variables instead of the frame (see below).
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

/* ---- the frame of a precise runtime.GC() call (rt_gc_precise) ----
 * While precise_fr is set, stack ranges are scanned minus
 * [precise_lo, precise_hi), the caller's frame below the registers its
 * prologue saved; the frame's live variables come from the table codegen
 * emitted (cg_gcsite.c).  Frame slots (GO_GC_STACKOBJ) are gc's stack
 * objects: scanned only once a scanned word points into them. */
enum { MAXFRAMES = 64 };
static const GoGcFrame *precise_frs[MAXFRAMES];
static uintptr_t skip_lo[MAXFRAMES], skip_hi[MAXFRAMES];  /* ascending, disjoint */
static int nprecise;
static const GoGcFrame *precise_fr;

/* fr's frame is [lo, hi); its outer records are checked against the
 * frame-pointer chain: a record is its caller's only if it lies in the
 * stack above fr's frame and names the frame pointer fr's frame saved. */
void gc_roots_set_precise(const GoGcFrame *fr, uintptr_t lo, uintptr_t hi)
{
    precise_fr = fr;
    nprecise = 0;
    if (fr == NULL)
        return;
    precise_frs[0] = fr;
    skip_lo[0] = lo;
    skip_hi[0] = hi;
    nprecise = 1;
    while (nprecise < MAXFRAMES) {
        const GoGcFrame *in = precise_frs[nprecise - 1];
        const GoGcFrame *out = in->outer;
        uintptr_t fp = (uintptr_t)in->fp;
        if (out == NULL || (uintptr_t)out <= fp + 16 || (uintptr_t)out - fp > ((uintptr_t)64 << 20))
            break;
        uintptr_t ofp = (uintptr_t)out->fp;
        if (ofp != *(const uintptr_t *)fp || ofp < fp + 16 + 48 || out->n < 0)
            break;
        precise_frs[nprecise] = out;
        skip_lo[nprecise] = fp + 16;
        skip_hi[nprecise] = ofp - 48;
        nprecise++;
    }
}

static void scan_stack_range(void *lo, void *hi, void *arg)
{
    uintptr_t l = (uintptr_t)lo, h = (uintptr_t)hi;
    for (int i = 0; i < nprecise && l < h; i++) {
        if (h <= skip_lo[i] || l >= skip_hi[i])
            continue;
        if (l < skip_lo[i])
            gc_scan_conservative((void *)l, (void *)skip_lo[i], arg);
        if (arg) {
            uintptr_t a = l > skip_lo[i] ? l : skip_lo[i], b = h < skip_hi[i] ? h : skip_hi[i];
            *(uint64_t *)arg += b - a;
        }
        l = skip_hi[i];
    }
    if (l < h)
        gc_scan_conservative((void *)l, (void *)h, arg);
}

/* Does any word of [lo, hi) point into [olo, ohi)? */
__attribute__((no_sanitize_address)) static bool points_into(uintptr_t lo, uintptr_t hi, uintptr_t olo, uintptr_t ohi)
{
    for (const uintptr_t *p = (const uintptr_t *)((lo + 7) & ~(uintptr_t)7); (uintptr_t)(p + 1) <= hi; p++)
        if (*p - olo < ohi - olo)
            return true;
    return false;
}

static void scan_precise_frame(const GoGcFrame *fr)
{
    enum { MAXOBJ = 256 };
    bool done[MAXOBJ] = {false};
    int nobj = 0;
    for (intptr_t i = 0; i < fr->n; i++) {
        const GoGcLive *v = &fr->v[i];
        if (v->size & GO_GC_STACKOBJ) {
            if (nobj < MAXOBJ)
                nobj++;
            else    /* more slots than we track: scan them all */
                gc_scan_conservative((void *)v->addr, (char *)v->addr + (v->size & ~GO_GC_STACKOBJ), NULL);
            continue;
        }
        gc_scan_conservative((void *)v->addr, (char *)v->addr + v->size, NULL);
    }
    /* stack objects reachable from the variables, transitively */
    for (bool changed = true; changed;) {
        changed = false;
        int k = 0;
        for (intptr_t i = 0; i < fr->n && k < MAXOBJ; i++) {
            const GoGcLive *o = &fr->v[i];
            if (!(o->size & GO_GC_STACKOBJ))
                continue;
            int idx = k++;
            if (done[idx])
                continue;
            uintptr_t olo = (uintptr_t)o->addr, ohi = olo + (o->size & ~GO_GC_STACKOBJ);
            bool reached = false;
            int kk = 0;
            for (intptr_t j = 0; j < fr->n && !reached; j++) {
                const GoGcLive *v = &fr->v[j];
                uintptr_t lo = (uintptr_t)v->addr, sz = v->size & ~GO_GC_STACKOBJ;
                if (v->size & GO_GC_STACKOBJ) {
                    int jdx = kk++;
                    if (jdx >= MAXOBJ || !done[jdx])
                        continue;
                }
                reached = points_into(lo, lo + sz, olo, ohi);
            }
            if (reached) {
                done[idx] = true;
                changed = true;
                gc_scan_conservative((void *)olo, (void *)ohi, NULL);
            }
        }
    }
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
    for (int i = 0; i < nprecise; i++)
        scan_precise_frame(precise_frs[i]);
    rt_sched_scan_stacks(precise_fr ? scan_stack_range : gc_scan_conservative, &stack);
    gc.stack_scan = stack;
    if (stack > gc.max_stack_scan)
        gc.max_stack_scan = stack;
}
