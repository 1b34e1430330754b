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
 *     its listed variables instead of the frame (see below);
 *   - runtime.GC() (described or not) sets a scan floor: the collector's
 *     own C frames under it are not scanned, only the caller's registers
 *     it saved on entry.  Their unwritten slots would otherwise hold
 *     addresses left there by earlier, returned calls.
 * Finalizer records and queued finalizers are roots too (gc_final.c).
 */
#include "runtime/gc_heap.h"
#include "runtime/rt_sched.h"

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
 * While precise_fr is set, the stack from the described caller's sp up to
 * the registers saved under the outermost described frame's frame pointer
 * is not scanned: the described frames' live variables come from the
 * tables codegen emitted (cg_gcsite.c).  The described frames are
 * contiguous (each record is checked against the frame-pointer chain), and
 * what lies between two of them is the inner frame's saved registers (the
 * outer frame cleared them with GO_GC_CHAIN before the call, so they hold
 * nothing but copies of listed values), its saved frame pointer and return
 * address: nothing to scan.  Only the outermost frame's saved registers
 * (its undescribed caller's values, 5 words right under its frame pointer:
 * the GO_GC_CHAIN/GO_GC_PRECISE clobbers make every described function
 * save all of rbx and r12-r15 there) are scanned conservatively.  Frame
 * slots (GO_GC_STACKOBJ) are gc's stack objects: scanned only once a
 * scanned word points into them. */
enum { MAXFRAMES = 64 };
static const GoGcFrame *precise_frs[MAXFRAMES];
static uintptr_t skip_lo, skip_hi;
static int nprecise;
static const GoGcFrame *precise_fr;

/* The scan floor (gc_roots_set_floor): the running stack is scanned from
 * there up; the collector's own frames below it are not. */
static uintptr_t scan_floor;

void gc_roots_set_floor(uintptr_t floor)
{
    scan_floor = floor & ~(uintptr_t)7;
}

/* fr's frame is [lo, hi + 40): hi is where its callee-saved registers
 * start; its outer records are checked against the frame-pointer chain: a
 * record is its caller's only if it lies in the stack above fr's frame,
 * names the frame pointer fr's frame saved and the sp at the call was
 * where fr's frame starts (no frame of a wrapper or of C code without a
 * frame pointer in between). */
void gc_roots_set_precise(const GoGcFrame *fr, uintptr_t lo, uintptr_t hi)
{
    precise_fr = fr;
    nprecise = 0;
    if (fr == NULL)
        return;
    precise_frs[0] = fr;
    skip_lo = lo;
    skip_hi = hi;
    nprecise = 1;
    while (nprecise < MAXFRAMES) {
        const GoGcFrame *in = precise_frs[nprecise - 1];
        const GoGcFrame *out = in->outer;
        uintptr_t fp = (uintptr_t)in->fp;
        if (out == NULL || (uintptr_t)out < fp + 16 || (uintptr_t)out - fp > ((uintptr_t)64 << 20))
            break;
        uintptr_t ofp = (uintptr_t)out->fp;
        /* the sp was read before the call: a pending deferred pop of an
         * earlier call's stack arguments may still lower it a little,
         * never raise it (a frame in between would) */
        uintptr_t osp = (uintptr_t)out->sp;
        if (ofp != *(const uintptr_t *)fp || ofp < fp + 16 + 40 || out->n < 0 || osp > fp + 16 || fp + 16 - osp > 256)
            break;
        precise_frs[nprecise] = out;
        skip_hi = ofp - 40;
        nprecise++;
    }
}

__attribute__((no_sanitize_address)) static const GoGcFrame *parked_record(uintptr_t lo, uintptr_t hi);
static void scan_parked(uintptr_t lo, uintptr_t hi, const GoGcFrame *fr, void *arg);

static void scan_stack_range(void *lo, void *hi, void *arg)
{
    uintptr_t l = (uintptr_t)lo, h = (uintptr_t)hi;
    const GoGcFrame *parked = parked_record(l, h);
    if (parked) {
        scan_parked(l, h, parked, arg);
        return;
    }
    if (scan_floor && l <= scan_floor && scan_floor < h)
        l = scan_floor;
    if (nprecise && l < skip_hi && skip_lo < h) {
        if (l < skip_lo)
            gc_scan_conservative((void *)l, (void *)skip_lo, arg);
        if (arg) {
            uintptr_t a = l > skip_lo ? l : skip_lo, b = h < skip_hi ? h : skip_hi;
            *(uint64_t *)arg += b - a;
        }
        l = skip_hi;
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

/* The described frames' listed variables, then their stack objects
 * reachable from those, transitively and across frames (a callee's
 * parameter may point to a stack object of its caller): a stack object is
 * scanned once some scanned variable or scanned stack object points into
 * it.  Past MAXOBJ stack objects, the rest are scanned unconditionally. */
static void scan_chain(const GoGcFrame *const *frs, int nfr)
{
    enum { MAXOBJ = 512 };
    static const GoGcLive *objs[MAXOBJ];
    static bool done[MAXOBJ];
    int nobj = 0;
    for (int f = 0; f < nfr; f++) {
        const GoGcFrame *fr = frs[f];
        for (intptr_t i = 0; i < fr->n; i++) {
            const GoGcLive *v = &fr->v[i];
            uintptr_t sz = v->size & ~GO_GC_STACKOBJ;
            if (!(v->size & GO_GC_STACKOBJ)) {
                gc_scan_conservative((void *)v->addr, (char *)v->addr + sz, NULL);
            } else if (nobj < MAXOBJ) {
                done[nobj] = false;
                objs[nobj++] = v;
            } else {
                gc_scan_conservative((void *)v->addr, (char *)v->addr + sz, NULL);
            }
        }
    }
    for (bool changed = nobj > 0; changed;) {
        changed = false;
        for (int k = 0; k < nobj; k++) {
            if (done[k])
                continue;
            uintptr_t olo = (uintptr_t)objs[k]->addr, ohi = olo + (objs[k]->size & ~GO_GC_STACKOBJ);
            bool reached = false;
            for (int f = 0; f < nfr && !reached; f++) {
                const GoGcFrame *fr = frs[f];
                for (intptr_t j = 0; j < fr->n && !reached; j++) {
                    const GoGcLive *v = &fr->v[j];
                    if (v->size & GO_GC_STACKOBJ)
                        continue;
                    reached = points_into((uintptr_t)v->addr, (uintptr_t)v->addr + v->size, olo, ohi);
                }
            }
            for (int j = 0; j < nobj && !reached; j++)
                if (done[j])
                    reached = points_into((uintptr_t)objs[j]->addr,
                                          (uintptr_t)objs[j]->addr + (objs[j]->size & ~GO_GC_STACKOBJ), olo, ohi);
            if (reached) {
                done[k] = true;
                changed = true;
                gc_scan_conservative((void *)olo, (void *)ohi, NULL);
            }
        }
    }
}

static void scan_precise_frames(void)
{
    scan_chain(precise_frs, nprecise);
}

/* ---- goroutines parked at a described blocking operation ----
 * Codegen brackets a channel operation, select, time.Sleep or
 * WaitGroup.Wait at a park site (cg_gcsite.c) with rt_gc_park_begin(record)
 * and rt_gc_park_end(): while the goroutine waits, G.user[0] holds the
 * record and user[1] a cookie of it.  A parked goroutine's stack is then
 * scanned conservatively from its saved sp up to the record's sp (the
 * runtime's frames: scheduler, channel code, their saved registers),
 * precisely over the described frames (the record and the outer records
 * its frame chain validates, as for runtime.GC()), and conservatively
 * above them.  Only a goroutine that is still waiting uses its record: once
 * readied, a receive buffer in the frame (a block temporary, not listed)
 * may hold what a sender handed over, so a runnable goroutine is scanned
 * conservatively whole.  A record left behind by a panic out of the
 * operation is caught by the cookie and the bounds checks. */
static uintptr_t park_cookie(const GoGcFrame *fr)
{
    return (uintptr_t)fr->fp ^ ((uintptr_t)fr->sp << 1) ^ (uintptr_t)fr->v ^ (uintptr_t)fr->n ^ 0x9e3779b97f4a7c15u;
}

void rt_gc_park_begin(const GoGcFrame *fr)
{
    G *g = rt_curg;
    if (g == NULL || g == &rt_g0)
        return;
    g->user[0] = (uintptr_t)fr;
    g->user[1] = park_cookie(fr);
}

void rt_gc_park_end(void)
{
    G *g = rt_curg;
    if (g == NULL || g == &rt_g0)
        return;
    g->user[0] = 0;
}

/* The G whose stack [lo, hi) is (its struct sits at the top of the range:
 * scan_g's layout), if it is parked with a valid record; else NULL.  On
 * other ranges (the OS thread's stack) the candidate words are whatever the
 * range holds at that offset: read without ASan, rejected by the checks. */
#define GC_GSIZE ((sizeof(G) + 63) & ~(uintptr_t)63)  /* sched_core.c's RT_GSIZE */
__attribute__((no_sanitize_address)) static const GoGcFrame *parked_record(uintptr_t lo, uintptr_t hi)
{
    if (hi < lo + GC_GSIZE)
        return NULL;
    const G *g = (const G *)(hi - GC_GSIZE);   /* inside the range: readable */
    if (g->stack_hi != (const void *)g || ((uintptr_t)g->sp & ~(uintptr_t)7) != lo || g == rt_curg ||
        g->status != RT_G_WAITING || g->user[0] == 0)
        return NULL;
    const GoGcFrame *fr = (const GoGcFrame *)g->user[0];
    uintptr_t r = (uintptr_t)fr;
    if (r < lo || r + sizeof *fr > hi || (r & 7) || g->user[1] != park_cookie(fr))
        return NULL;
    uintptr_t sp = (uintptr_t)fr->sp, fp = (uintptr_t)fr->fp, v = (uintptr_t)fr->v;
    if (sp <= lo || fp < sp + 40 || fp >= hi || fr->n < 0 || fr->n > 100000 || v == 0)
        return NULL;
    return fr;
}

static void scan_parked(uintptr_t lo, uintptr_t hi, const GoGcFrame *fr, void *arg)
{
    const GoGcFrame *frs[MAXFRAMES];
    int n = 1;
    frs[0] = fr;
    uintptr_t top = (uintptr_t)fr->fp - 40;
    while (n < MAXFRAMES) {
        const GoGcFrame *in = frs[n - 1], *out = in->outer;
        uintptr_t fp = (uintptr_t)in->fp;
        if (out == NULL || (uintptr_t)out < fp + 16 || (uintptr_t)out >= hi)
            break;
        uintptr_t ofp = (uintptr_t)out->fp, osp = (uintptr_t)out->sp;
        if (ofp >= hi || ofp != *(const uintptr_t *)fp || ofp < fp + 16 + 40 || out->n < 0 || osp > fp + 16 ||
            fp + 16 - osp > 256)
            break;
        frs[n++] = out;
        top = ofp - 40;
    }
    gc_scan_conservative((void *)lo, (void *)fr->sp, arg);
    if (arg)
        *(uint64_t *)arg += top - (uintptr_t)fr->sp;
    scan_chain(frs, n);
    gc_scan_conservative((void *)top, (void *)hi, arg);
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
    scan_precise_frames();
    rt_sched_scan_stacks(scan_stack_range, &stack);
    gc.stack_scan = stack;
    if (stack > gc.max_stack_scan)
        gc.max_stack_scan = stack;
}
