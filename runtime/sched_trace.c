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
 * statement) in G.gopc.  A report symbolizes every goroutine's addresses
 * with one addr2line run (each distinct address once), so that all
 * goroutines get their frames as in Go, even 100,000 of them.
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
#pragma weak rt_tb_symbolize_many
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
#define RT_CTX_WORDS 7  /* rt_ctx_switch's frame (ctx_amd64.S) */
#define RT_CTX_RET 6    /* its return address slot */
#elif defined(__aarch64__) && !defined(RT_TB_ASAN)
#define RT_CAN_TRACE_PARKED 1
/* The same for arm64: entered by rt_ctx_switch's `ret` (lr = this) with
 * sp at the parked goroutine's 160-byte frame (x19 .. x28, fp, lr,
 * d8 .. d15: ctx_arm64.S) and x20 = collector, x19 = its argument; the CFI
 * says that the caller's fp and lr are those saved in that frame and its
 * sp is 160 bytes up. */
__asm__(".text\n"
        ".globl rt_tb_parked_start\n"
        ".type rt_tb_parked_start, %function\n"
        "rt_tb_parked_start:\n"
        ".cfi_startproc\n"
        ".cfi_def_cfa sp, 160\n"
        ".cfi_offset x29, -80\n"
        ".cfi_offset x30, -72\n"
        ".cfi_offset x19, -160\n"
        ".cfi_offset x20, -152\n"
        "  sub sp, sp, #16\n"
        ".cfi_adjust_cfa_offset 16\n"
        "  mov x0, x19\n"
        "  blr x20\n"
        "  brk #0\n"
        ".cfi_endproc\n"
        ".size rt_tb_parked_start, .-rt_tb_parked_start\n");
void rt_tb_parked_start(void);
void rt_ctx_start(void);
#define RT_CTX_WORDS 20 /* rt_ctx_switch's frame (ctx_arm64.S) */
#define RT_CTX_RET 11   /* its lr slot */
#endif

#ifdef RT_CAN_TRACE_PARKED

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
    if (!p || g == rt_getg() || p[RT_CTX_RET] == (uintptr_t)rt_ctx_start) return 0;
    uintptr_t *f = p - RT_CTX_WORDS;
    memset(f, 0, RT_CTX_WORDS * sizeof *f);
#if defined(__x86_64__)
    f[2] = (uintptr_t)tb_collect; /* r13 */
#else
    f[1] = (uintptr_t)tb_collect; /* x20 */
#endif
    f[RT_CTX_RET] = (uintptr_t)rt_tb_parked_start;
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

static int cmp_pc(const void *a, const void *b) {
    uintptr_t x = *(const uintptr_t *)a, y = *(const uintptr_t *)b;
    return x < y ? -1 : x > y;
}

/* "goroutine N [why]:" */
static void print_header(G *g, bool running) {
    const char *why = running ? "running"
                      : g->status == RT_G_RUNNABLE ? "runnable"
                                                   : rt_wait_reason_str[g->wait_reason];
    fprintf(stderr, "goroutine %lld [%s]:\n", (long long)g->goid, why);
}

#define RT_TB_DEPTH 64

#ifdef RT_HAVE_TB
/* "created by F" and the go statement's file:line +offset. */
static void print_created_by(const RtTbFrame *c) {
    char buf[1024];
    snprintf(buf, sizeof buf, "created by %.190s\n\t%.510s:%d +%#lx\n", c->func, c->file, c->line,
             (unsigned long)c->off);
    rt_print_cstr(buf);
}
#endif

void rt_sched_report(G *const *gs, int ng, G *running) {
#ifdef RT_HAVE_TB
    const char *env = getenv("GOTRACEBACK");
    bool frames = rt_tb_symbolize_many && rt_tb_print && !(env && strcmp(env, "none") == 0);
    /* every goroutine's return addresses (the go statement's last) ... */
    uintptr_t *pcs = NULL, *uniq = NULL;
    int *start = NULL, *len = NULL, *first = NULL, *count = NULL;
    RtTbFrame *fr = NULL, *mine = NULL;
    int nu = 0, nfr = 0;
    if (frames && ng > 0) {
        pcs = malloc((size_t)ng * (RT_TB_DEPTH + 1) * sizeof *pcs);
        uniq = malloc((size_t)ng * (RT_TB_DEPTH + 1) * sizeof *uniq);
        start = malloc((size_t)ng * sizeof *start);
        len = malloc((size_t)ng * sizeof *len);
        mine = malloc((RT_TB_DEPTH + 1) * 4 * sizeof *mine);
    }
    if (pcs && uniq && start && len && mine) {
        int np = 0;
        for (int i = 0; i < ng; i++) {
            G *g = gs[i];
            void **p = (void **)(pcs + np);
            int n = g == running || g == rt_getg() ? backtrace(p, RT_TB_DEPTH)
                                                   : rt_sched_parked_pcs(g, p, RT_TB_DEPTH);
            if (n < 0) n = 0;
            if (g->goid != 1 && g->gopc) pcs[np + n++] = g->gopc;
            start[i] = np;
            len[i] = n;
            np += n;
        }
        /* ... symbolized once, each distinct address once */
        memcpy(uniq, pcs, (size_t)np * sizeof *pcs);
        qsort(uniq, (size_t)np, sizeof *uniq, cmp_pc);
        for (int i = 0; i < np; i++)
            if (nu == 0 || uniq[nu - 1] != uniq[i]) uniq[nu++] = uniq[i];
        int maxfr = nu * 4 + 16;
        fr = malloc((size_t)maxfr * sizeof *fr);
        first = malloc((size_t)(nu + 1) * sizeof *first);
        count = malloc((size_t)(nu + 1) * sizeof *count);
        if (fr && first && count && nu > 0)
            nfr = rt_tb_symbolize_many((void *const *)uniq, nu, fr, maxfr, first, count);
    }
    for (int i = 0; i < ng; i++) {
        G *g = gs[i];
        fprintf(stderr, "\n");
        print_header(g, g == running);
        if (nfr > 0) {
            fflush(stderr);
            /* this goroutine's Go frames; those of the go statement last */
            int m = 0, created = -1;
            bool has_gopc = g->goid != 1 && g->gopc;
            bool stop = false;
            for (int j = 0; j < len[i] && !stop; j++) {
                uintptr_t pc = pcs[start[i] + j];
                uintptr_t *u = bsearch(&pc, uniq, (size_t)nu, sizeof *uniq, cmp_pc);
                if (!u) continue;
                int ui = (int)(u - uniq);
                if (has_gopc && j == len[i] - 1) created = m;
                for (int k = 0; k < count[ui] && m < (RT_TB_DEPTH + 1) * 4; k++) {
                    const RtTbFrame *f = &fr[first[ui] + k];
                    size_t fl = strlen(f->file);
                    if (fl <= 3 || strcmp(f->file + fl - 3, ".go") != 0) continue;
                    mine[m++] = *f;
                    if (f->is_main && created < 0 && !f->inlined) stop = true;
                }
            }
            int body = created >= 0 ? created : m;
            /* a goroutine's function is never inlined by gc (cc may have
             * put it into the go statement's thunk): a real frame */
            if (created > 0) mine[created - 1].inlined = false;
            rt_tb_print(mine, body);
            if (created >= 0 && created < m) {
                /* the function of the go statement: the innermost frame at
                 * gopc (cc may have inlined that function into its caller;
                 * gc never inlines a function with a go statement) */
                print_created_by(&mine[created]);
            }
            rt_print_flush();
        }
    }
    free(pcs);
    free(uniq);
    free(start);
    free(len);
    free(first);
    free(count);
    free(fr);
    free(mine);
#else
    for (int i = 0; i < ng; i++) {
        fprintf(stderr, "\n");
        print_header(gs[i], gs[i] == running);
    }
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
    if (m <= 0) return;
    print_created_by(&fr[0]); /* the innermost, as in rt_sched_report */
#endif
}
