/*
 * stdlib_runtime.c: package runtime's introspection (Caller, Callers,
 * FuncForPC, Stack, Breakpoint, LockOSThread) and runtime/debug's
 * PrintStack/Stack, plus os.Environ.
 *
 * Go declarations implemented here (stdlib/runtime/runtime.go,
 * stdlib/runtime/debug/debug.go, stdlib/os/os.go):
 *   //extern go_runtime_Caller     func Caller(skip int) (pc uintptr, file string, line int, ok bool)
 *   //extern go_runtime_Callers    func Callers(skip int, pc []uintptr) int
 *   //extern go_runtime_FuncForPC  func FuncForPC(pc uintptr) *Func
 *   //extern go_runtime_Func_Name  func (f *Func) Name() string
 *   //extern go_runtime_Func_Entry func (f *Func) Entry() uintptr
 *   //extern go_runtime_Func_FileLine func (f *Func) FileLine(pc uintptr) (file string, line int)
 *   //extern go_runtime_Stack      func Stack(buf []byte, all bool) int
 *   //extern go_runtime_Breakpoint func Breakpoint()
 *   //extern go_runtime_LockOSThread / go_runtime_UnlockOSThread
 *   //extern go_runtime_debug_PrintStack func PrintStack()
 *   //extern go_runtime_debug_Stack      func Stack() []byte
 *   //extern go_os_Environ          func Environ() []string
 *   //extern go_runtime_GOROOT      func GOROOT() string
 *
 * Symbolization is panic_trace.c's (rt_tb_symbolize): generated C
 * carries #line directives, so the binary's DWARF line table maps machine
 * addresses to Go file:line, read with addr2line -i so that frames gcc
 * inlined are reported as the Go calls they were, with Go names from the
 * table codegen emits.  Runtime C frames are skipped.  Without addr2line,
 * Caller reports ok=false, as Go does when it has no information.  The
 * pcs Caller/Callers return are described below (PcRec).
 *
 * A *Func is a small heap record (name, entry, file, line).
 */
#include <dlfcn.h>
#include <elf.h>
#include <execinfo.h>
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gosub.h"
#include "panic_trace.h"
#include "rt_core.h"
#include "rt_fmt.h"
#include "rt_sched.h"
#include "mprof.h"

extern char **environ;

/* The Go frames of the current call stack, innermost first, starting at
 * the Go function that called into the runtime (names, inlined calls and
 * the runtime frames left out: panic_trace.c). */
static int go_frames(RtTbFrame *out, int max) {
    void *pcs[64];
    int n = backtrace(pcs, 64);
    return rt_tb_symbolize(pcs, n, out, max);
}

/* ---- the pcs Caller and Callers hand out ----
 * gcc inlines Go calls, so one machine pc can stand for several Go frames
 * (a helper inlined into main.main): FuncForPC of a machine pc would name
 * the innermost one, where Go names the frame the pc was returned for.
 * Every frame Caller/Callers report therefore gets a pc of its own: the
 * address inside a PcRec (never code), interned by function, file and
 * line, so a call site always gets the same pc and the table stays as
 * small as the set of call sites.  FuncForPC, Func.Entry and
 * Func.FileLine recognise these pcs (pc - 1 too, as Go code often asks
 * for the call instruction).  Go's own runtime frames that Callers and
 * Caller report around user frames (runtime.Callers, runtime.main,
 * runtime.goexit) get records too, with Go 1.19's file:line. */
typedef struct PcRec {
    struct PcRec *next;
    uintptr_t pad;   /* the pcs: [rec + 8, rec + 16) */
    int line;
    char func[192];
    char file[512];
} PcRec;

static PcRec *pc_recs;

#ifndef GOSUB_GOROOT
#define GOSUB_GOROOT "/usr/lib/go-1.19"
#endif

/* testing's cpu: label (Go's internal/cpu.Name): the processor's brand
 * string from cpuid leaves 0x80000002-4, trailing NULs dropped (its
 * padding spaces kept); "" where there is none (then testing reads
 * /proc/cpuinfo, as Go's internal/sysinfo does). */
GoString go_testing_cpuName(void) {
#if defined(__x86_64__)
    unsigned a, b, c, d;
    __asm__ volatile("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(0x80000000u), "c"(0));
    if (a < 0x80000004u) return (GoString){0};
    char brand[49] = {0};
    for (unsigned leaf = 0; leaf < 3; leaf++) {
        unsigned r[4];
        __asm__ volatile("cpuid" : "=a"(r[0]), "=b"(r[1]), "=c"(r[2]), "=d"(r[3]) : "a"(0x80000002u + leaf), "c"(0));
        memcpy(brand + leaf * 16, r, 16);
    }
    size_t n = strlen(brand);
    return rt_gostringn(brand, (intptr_t)n);
#else
    return (GoString){0};
#endif
}

/* testing's examples: what the example writes to standard output (fd 1,
 * where fmt and os.Stdout write) goes to a temporary file while it runs;
 * go_testing_captureEnd restores fd 1 and returns the text. */
static int capture_saved = -1;
static FILE *capture_file;

bool go_testing_captureStart(void) {
    if (capture_saved >= 0) return false;
    capture_file = tmpfile();
    if (!capture_file) return false;
    fflush(stdout);
    capture_saved = dup(1);
    if (capture_saved < 0 || dup2(fileno(capture_file), 1) < 0) {
        fclose(capture_file);
        capture_file = NULL;
        capture_saved = -1;
        return false;
    }
    return true;
}

GoString go_testing_captureEnd(void) {
    if (capture_saved < 0) return (GoString){0};
    fflush(stdout);
    dup2(capture_saved, 1);
    close(capture_saved);
    capture_saved = -1;
    long n = ftell(capture_file);
    GoString r = {0};
    if (n > 0) {
        char *buf = malloc((size_t)n);
        rewind(capture_file);
        size_t got = buf ? fread(buf, 1, (size_t)n, capture_file) : 0;
        r = rt_gostringn(buf, (intptr_t)got);
        free(buf);
    }
    fclose(capture_file);
    capture_file = NULL;
    return r;
}

GoString go_runtime_GOROOT(void) {
    const char *s = getenv("GOROOT");
    return rt_gostring_cstr(s && *s ? s : GOSUB_GOROOT);
}

static uintptr_t pc_intern(const char *func, const char *file, int line) {
    PcRec *r;
    for (r = pc_recs; r; r = r->next)
        if (r->line == line && strcmp(r->func, func) == 0 && strcmp(r->file, file) == 0) break;
    if (!r) {
        r = calloc(1, sizeof *r);
        if (!r) return 0;
        snprintf(r->func, sizeof r->func, "%s", func);
        snprintf(r->file, sizeof r->file, "%s", file);
        r->line = line;
        r->next = pc_recs;
        pc_recs = r;
    }
    return (uintptr_t)r + 9; /* a return address: "call site + 1" */
}

/* For the heap profile's stacks (mprof_read.c): the same pcs. */
uintptr_t rt_pc_intern(const char *func, const char *file, int line) { return pc_intern(func, file, line); }

static const PcRec *pc_lookup(uintptr_t pc) {
    for (const PcRec *r = pc_recs; r; r = r->next)
        if (pc >= (uintptr_t)r + 8 && pc < (uintptr_t)r + 16) return r;
    return NULL;
}

typedef struct CallFrame {
    uintptr_t pc;
    const char *func, *file;
    int line;
} CallFrame;

/* The logical frames of the calling goroutine as Go's Callers sees them:
 * runtime.Callers, the user frames, then runtime.main for the main
 * goroutine and runtime.goexit.  fr holds the symbolized user frames. */
static int call_frames(RtTbFrame *fr, int max, CallFrame *out) {
    int n = go_frames(fr, max);
    int k = 0;
    out[k++] = (CallFrame){0, "runtime.Callers", GOSUB_GOROOT "/src/runtime/extern.go", 247};
    bool main_g = false;
    for (int i = 0; i < n; i++) {
        size_t fl = strlen(fr[i].file);
        if (fl >= 2 && strcmp(fr[i].file + fl - 2, ".c") == 0) continue; /* a goroutine's C entry thunk */
        out[k++] = (CallFrame){0, fr[i].func, fr[i].file, fr[i].line};
        if (fr[i].is_main) main_g = true;
    }
    if (main_g) out[k++] = (CallFrame){0, "runtime.main", GOSUB_GOROOT "/src/runtime/proc.go", 250};
#if defined(__aarch64__)
    out[k++] = (CallFrame){0, "runtime.goexit", GOSUB_GOROOT "/src/runtime/asm_arm64.s", 1172};
#else
    out[k++] = (CallFrame){0, "runtime.goexit", GOSUB_GOROOT "/src/runtime/asm_amd64.s", 1594};
#endif
    for (int i = 0; i < k; i++) out[i].pc = pc_intern(out[i].func, out[i].file, out[i].line);
    return k;
}

typedef struct {
    uintptr_t r0;
    GoString r1;
    go_int r2;
    bool r3;
} RtCallerResult;

/* Caller(skip): skip 0 is the caller of Caller. */
RtCallerResult go_runtime_Caller(go_int skip) {
    RtCallerResult r = {0};
    RtTbFrame fr[32];
    CallFrame cf[35];
    int n = call_frames(fr, 32, cf);
    if (skip < 0 || skip + 1 >= n) return r;
    const CallFrame *c = &cf[skip + 1];
    r.r0 = c->pc;
    r.r1 = rt_gostringn(c->file, (intptr_t)strlen(c->file));
    r.r2 = c->line;
    r.r3 = true;
    return r;
}

/* Callers(skip): skip 0 is Callers itself, 1 its caller (Go's rule). */
go_int go_runtime_Callers(go_int skip, GoSlice pc) {
    RtTbFrame fr[64];
    CallFrame cf[67];
    int n = call_frames(fr, 64, cf);
    go_int w = 0;
    uintptr_t *dst = pc.p;
    for (int i = (int)(skip > 0 ? skip : 0); i < n && w < pc.len; i++) dst[w++] = cf[i].pc;
    return w;
}

typedef struct RtFunc {
    GoString name;
    uintptr_t entry;
    GoString file;
    go_int line;
} RtFunc;

static RtFunc *new_func(const char *name, const char *file, int line, uintptr_t entry) {
    /* One pointer-free object holds the record and its strings' bytes: the
     * strings point into it, so the *Func alone keeps everything alive. */
    size_t nl = strlen(name), fl = strlen(file);
    RtFunc *f = rt_alloc(sizeof *f + nl + fl, NULL);
    uint8_t *blk = (uint8_t *)(f + 1);
    memcpy(blk, name, nl);
    memcpy(blk + nl, file, fl);
    f->name = (GoString){blk, (intptr_t)nl};
    f->file = (GoString){blk + nl, (intptr_t)fl};
    f->entry = entry;
    f->line = line;
    return f;
}

void *go_runtime_FuncForPC(uintptr_t pc) {
    if (pc == 0) return NULL;
    const PcRec *r = pc_lookup(pc);
    if (r) return new_func(r->func, r->file, r->line, (uintptr_t)r + 8);
    void *pcs[1] = {(void *)pc};
    RtTbFrame fr;
    if (rt_tb_symbolize(pcs, 1, &fr, 1) != 1) return NULL;
    return new_func(fr.func, fr.file, fr.line, pc - fr.off);
}

GoString go_runtime_Func_Name(void *fp) {
    RtFunc *f = fp;
    return f ? f->name : (GoString){0};
}

uintptr_t go_runtime_Func_Entry(void *fp) {
    RtFunc *f = fp;
    return f ? f->entry : 0;
}

typedef struct {
    GoString r0;
    go_int r1;
} RtFileLine;

RtFileLine go_runtime_Func_FileLine(void *fp, uintptr_t pc) {
    RtFunc *f = fp;
    RtFileLine r = {0};
    if (!f) return r;
    const PcRec *rec = pc_lookup(pc);
    void *pcs[1] = {(void *)pc};
    RtTbFrame fr;
    if (rec) {
        r.r0 = rt_gostringn(rec->file, (intptr_t)strlen(rec->file));
        r.r1 = rec->line;
        return r;
    }
    if (pc && rt_tb_symbolize(pcs, 1, &fr, 1) == 1) {
        r.r0 = rt_gostringn(fr.file, (intptr_t)strlen(fr.file));
        r.r1 = fr.line;
        return r;
    }
    r.r0 = f->file;
    r.r1 = f->line;
    return r;
}

/* Go's traceback text for the current goroutine: the header, then per
 * frame "pkg.f(...)" and "\tfile:line". */
static size_t format_stack(char *buf, size_t cap) {
    RtTbFrame fr[64];
    int n = go_frames(fr, 64);
    size_t len = (size_t)snprintf(buf, cap, "goroutine %" PRId64 " [running]:\n", (int64_t)rt_goid());
    for (int i = 0; i < n && len < cap; i++) /* "()" and " +0x<offset>" for a frame not inlined, as rt_tb_print */
        len += (size_t)snprintf(buf + len, cap - len, fr[i].inlined || !fr[i].off ? "%s%s\n\t%s:%d\n" : "%s%s\n\t%s:%d +0x%" PRIxPTR "\n",
                                fr[i].func, !fr[i].inlined && fr[i].noargs ? "()" : "(...)", fr[i].file, fr[i].line, fr[i].off);
    return len < cap ? len : cap - 1;
}

go_int go_runtime_Stack(GoSlice b, bool all) {
    (void)all; /* other goroutines' frames are not walkable here: only the current one */
    char tmp[16384];
    size_t n = format_stack(tmp, sizeof tmp);
    if ((intptr_t)n > b.len) n = (size_t)b.len;
    memcpy(b.p, tmp, n);
    return (go_int)n;
}

GoSlice go_runtime_debug_Stack(void) {
    char tmp[16384];
    size_t n = format_stack(tmp, sizeof tmp);
    uint8_t *p = rt_alloc(n, NULL);
    memcpy(p, tmp, n);
    return (GoSlice){p, (intptr_t)n, (intptr_t)n};
}

void go_runtime_debug_PrintStack(void) {
    char tmp[16384];
    size_t n = format_stack(tmp, sizeof tmp);
    fflush(stdout);
    fwrite(tmp, 1, n, stderr);
    fflush(stderr);
}

/* runtime.Breakpoint: a trap instruction, as Go's (SIGTRAP ends the
 * program unless a debugger is attached). */
void go_runtime_Breakpoint(void) { raise(SIGTRAP); }

/* One OS thread runs every goroutine: locking is a no-op that keeps Go's
 * contract (the goroutine stays on this thread). */
void go_runtime_LockOSThread(void) {}
void go_runtime_UnlockOSThread(void) {}

GoSlice go_os_Environ(void) {
    intptr_t n = 0;
    while (environ[n]) n++;
    GoString *v = rt_newarray(&go_type_string, n);
    for (intptr_t i = 0; i < n; i++) v[i] = rt_gostringn(environ[i], (intptr_t)strlen(environ[i]));
    return (GoSlice){v, n, n};
}
