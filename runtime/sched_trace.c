/*
 * sched_trace.c: frames of goroutines other than the running one, for the
 * fatal reports ("all goroutines are asleep - deadlock!", throw) that list
 * every goroutine as Go does:
 *
 *     goroutine 6 [chan receive]:
 *     main.worker(...)
 *             /path/x.go:6 +0x25
 *     created by main.main
 *             /path/x.go:11 +0x65
 *
 * A parked goroutine's registers sit in the rt_ctx_switch frame at its
 * saved sp.  To unwind it with the ordinary DWARF unwinder (glibc's
 * backtrace), we run a small collector on that goroutine's own stack,
 * just below the saved frame: rt_tb_parked_start (below) is entered by
 * rt_ctx_switch's `ret` with sp at the saved frame, and its CFI tells the
 * unwinder that the caller's registers and return address are those saved
 * in that frame, so the walk continues into switch_to, schedule, rt_park,
 * the channel operation and the Go functions above it.  The collector
 * writes only below the saved frame and switches straight back, so the
 * goroutine stays parked as it was.  Symbolizing (Go names, file:line) is
 * panic_trace.c's; without it (or under ASan, whose fiber bookkeeping we
 * would have to fake) only the headers are printed.
 *
 * "created by": rt_go records the return address of its caller (the go
 * statement) in G.gopc.  Symbolizing runs addr2line once per goroutine
 * (the frames and the go statement in one call), so only the first
 * RT_TB_MAX_GS goroutines of a report get frames; Go prints all of them,
 * but the part that tests compare is the headers.
 */
#include "runtime/rt_sched.h"
#include "runtime/rt_core.h"

#include <stdio.h>

#include <execinfo.h>
#include <stdlib.h>
#include <string.h>

#if __has_include("runtime/panic_trace.h")
#include "runtime/panic_trace.h"
#define RT_HAVE_TB 1
#pragma weak rt_tb_symbolize
#pragma weak rt_tb_print
#endif

#if defined(__SANITIZE_ADDRESS__)
#define RT_TB_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define RT_TB_ASAN 1
#endif
#endif

void rt_ctx_switch(void **save_sp, void *new_sp);

#if defined(__x86_64__) && !defined(RT_TB_ASAN)
#define RT_CAN_TRACE_PARKED 1
/* Entered with rsp at a parked goroutine's rt_ctx_switch frame
 * (r15 r14 r13 r12 rbx rbp ret) and with r13 = collector, r12 = its
 * argument (popped from the frame we put below).  The CFI describes the
 * parked frame, so unwinding from the collector continues in the
 * goroutine's own frames. */
__asm__(".text\n"
        ".globl rt_tb_parked_start\n"
        ".type rt_tb_parked_start, @function\n"
        "rt_tb_parked_start:\n"
        ".cfi_startproc\n"
        ".cfi_def_cfa %rsp, 56\n"
        ".cfi_offset %rip, -8\n"
        ".cfi_offset %rbp, -16\n"
        ".cfi_offset %rbx, -24\n"
        ".cfi_offset %r12, -32\n"
        ".cfi_offset %r13, -40\n"
        ".cfi_offset %r14, -48\n"
        ".cfi_offset %r15, -56\n"
        "  subq $8, %rsp\n"
        ".cfi_adjust_cfa_offset 8\n"
        "  movq %r12, %rdi\n"
        "  callq *%r13\n"
        "  ud2\n"
        ".cfi_endproc\n"
        ".size rt_tb_parked_start, .-rt_tb_parked_start\n");
void rt_tb_parked_start(void);
void rt_ctx_start(void);

static struct {
    void **pcs;
    int max, n;
    void *back_sp; /* the tracer's saved context */
} tb;

static _Noreturn void tb_collect(void *arg) {
    (void)arg;
    tb.n = backtrace(tb.pcs, tb.max);
    void *dummy;
    rt_ctx_switch(&dummy, tb.back_sp);
    __builtin_unreachable();
}
#endif

/* Return addresses of parked goroutine g, innermost first; 0 when they
 * cannot be had (g never ran, another architecture, ASan). */
int rt_sched_parked_pcs(G *g, void **pcs, int max) {
#ifdef RT_CAN_TRACE_PARKED
    uintptr_t *p = g->sp;
    if (!p || g == rt_getg() || p[6] == (uintptr_t)rt_ctx_start) return 0;
    uintptr_t *f = p - 7;
    f[0] = f[1] = 0;
    f[2] = (uintptr_t)tb_collect; /* r13 */
    f[3] = 0;                     /* r12 */
    f[4] = f[5] = 0;
    f[6] = (uintptr_t)rt_tb_parked_start;
    tb.pcs = pcs;
    tb.max = max;
    tb.n = 0;
    rt_ctx_switch(&tb.back_sp, f);
    return tb.n;
#else
    (void)g, (void)pcs, (void)max;
    return 0;
#endif
}

/* Prints g's frames and its "created by" lines (nothing without the
 * symbolizer or when GOTRACEBACK=none).  Called inside the fatal report,
 * after the header. */
void rt_sched_print_frames(G *g, bool running) {
#ifdef RT_HAVE_TB
    if (!rt_tb_symbolize || !rt_tb_print) return;
    const char *env = getenv("GOTRACEBACK");
    if (env && strcmp(env, "none") == 0) return;
    static RtTbFrame fr[65];
    void *pcs[65];
    /* the goroutine whose stack we run on unwinds itself, whatever its
     * status (deadlock() runs on the last goroutine that parked) */
    int n = running || g == rt_getg() ? backtrace(pcs, 64) : rt_sched_parked_pcs(g, pcs, 64);
    if (n < 0) n = 0;
    void *gopc = g->goid != 1 ? (void *)g->gopc : NULL;
    if (gopc) pcs[n++] = gopc;
    if (n == 0) return;
    int m = rt_tb_symbolize(pcs, n, fr, 65);
    /* keep Go frames only (the go statement's thunk is generated C) */
    int j = 0;
    for (int i = 0; i < m; i++) {
        size_t fl = strlen(fr[i].file);
        if (fl > 3 && strcmp(fr[i].file + fl - 3, ".go") == 0) fr[j++] = fr[i];
    }
    m = j;
    int k = 0;
    while (k < m && !(gopc && fr[k].pc == (uintptr_t)gopc)) k++;
    rt_tb_print(fr, k);
    if (k < m) {
        /* the go statement: its function, not the inlined calls in it */
        RtTbFrame *c = &fr[k];
        while (k + 1 < m && fr[k].inlined) c = &fr[++k];
        char buf[1024];
        snprintf(buf, sizeof buf, "created by %s\n\t%s:%d +%#lx\n", c->func, c->file, c->line,
                 (unsigned long)c->off);
        rt_print_cstr(buf);
    }
    rt_print_flush();
#else
    (void)g, (void)running;
#endif
}

/* The "created by" lines of the running goroutine alone, for the panic
 * report (panic.c prints the frames itself); nothing for main. */
void rt_sched_print_created_by(void) {
#ifdef RT_HAVE_TB
    G *g = rt_getg();
    if (!rt_tb_symbolize || g == &rt_g0 || g->goid == 1 || !g->gopc) return;
    const char *env = getenv("GOTRACEBACK");
    if (env && strcmp(env, "none") == 0) return;
    static RtTbFrame fr[8];
    void *pc = (void *)g->gopc;
    int m = rt_tb_symbolize(&pc, 1, fr, 8);
    int k = 0;
    while (k + 1 < m && fr[k].inlined) k++;
    if (m <= 0) return;
    char buf[1024];
    snprintf(buf, sizeof buf, "created by %s\n\t%s:%d +%#lx\n", fr[k].func, fr[k].file, fr[k].line,
             (unsigned long)fr[k].off);
    rt_print_cstr(buf);
#endif
}
