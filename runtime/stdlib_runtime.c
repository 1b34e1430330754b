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
 *
 * Symbolization: generated C carries #line directives, so the binary's
 * DWARF line table maps machine addresses to Go file:line.  We ask
 * addr2line (binutils) for function, file and line of return addresses,
 * with -i so that frames gcc inlined are reported as the Go calls they
 * were.  C names are pkg_name; Go names print as pkg.name.  Runtime C
 * frames are skipped.  Without addr2line, Caller reports ok=false, as Go
 * does when it has no information.
 *
 * A *Func is a small heap record (name, entry, the pc it was made for).
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
#include "rt_core.h"
#include "rt_sched.h"

extern char **environ;

typedef struct GoFrame {
    uintptr_t pc;    /* return address (as Go's Callers reports: call site + 1) */
    uintptr_t entry; /* function entry, from dladdr (0 if unknown) */
    char func[160];  /* Go spelling: main.f, main.(*T).M is main.T_M in C: best effort */
    char file[512];
    int line;
} GoFrame;

/* Go spelling of a generated C function name: the first '_' separates
 * the package, as codegen names functions pkg_name. */
static void go_func_name(const char *c, char *out, size_t n) {
    size_t l = strlen(c);
    if (l >= n) l = n - 1;
    memcpy(out, c, l);
    out[l] = 0;
    char *us = strchr(out, '_');
    if (us) *us = '.';
}

static bool is_runtime_frame(const char *fn, const char *file) {
    return fn[0] == '?' || strncmp(fn, "rt_", 3) == 0 || strncmp(fn, "go_runtime", 10) == 0 ||
           strncmp(fn, "go_os_", 6) == 0 || strstr(file, "/runtime/") != NULL || strncmp(file, "??", 2) == 0;
}

/* Symbolizes pcs[0..n) into Go frames (inlined calls expanded), skipping
 * runtime C frames and stopping after main.main. Returns the count. */
static int symbolize(void *const *pcs, int n, GoFrame *out, int max) {
    char exe[512];
    ssize_t el = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (el <= 0 || strchr(exe, '\'') != NULL || n <= 0) return 0;
    exe[el] = 0;
    size_t cap = 640 + (size_t)n * 24;
    char *cmd = malloc(cap);
    if (!cmd) return 0;
    size_t len = (size_t)snprintf(cmd, cap, "addr2line -a -i -f -e '%s'", exe);
    uintptr_t *base = calloc((size_t)n, sizeof *base), *entry = calloc((size_t)n, sizeof *entry);
    if (!base || !entry) {
        free(cmd);
        free(base);
        free(entry);
        return 0;
    }
    for (int i = 0; i < n; i++) {
        Dl_info info;
        if (dladdr(pcs[i], &info)) {
            /* PIE: addr2line wants offsets from the load base; a fixed
             * (-no-pie) executable is addressed absolutely. */
            if (info.dli_fbase && ((const Elf64_Ehdr *)info.dli_fbase)->e_type == ET_DYN)
                base[i] = (uintptr_t)info.dli_fbase;
            if (info.dli_saddr) entry[i] = (uintptr_t)info.dli_saddr;
        }
        len += (size_t)snprintf(cmd + len, cap - len, " 0x%" PRIxPTR, (uintptr_t)pcs[i] - 1 - base[i]);
    }
    snprintf(cmd + len, cap - len, " 2>/dev/null");
    fflush(stdout);
    FILE *f = popen(cmd, "r");
    free(cmd);
    int k = 0;
    if (f) {
        char fn[512], loc[1024];
        int i = -1;
        bool done = false;
        while (!done && fgets(fn, sizeof fn, f)) {
            fn[strcspn(fn, "\n")] = 0;
            if (strncmp(fn, "0x", 2) == 0) {
                i++;
                continue;
            }
            if (i < 0 || i >= n || !fgets(loc, sizeof loc, f)) break;
            loc[strcspn(loc, "\n")] = 0;
            char *disc = strchr(loc, ' ');
            if (disc) *disc = 0;
            if (is_runtime_frame(fn, loc)) continue;
            if (k < max) {
                GoFrame *g = &out[k++];
                g->pc = (uintptr_t)pcs[i];
                g->entry = entry[i];
                go_func_name(fn, g->func, sizeof g->func);
                char *colon = strrchr(loc, ':');
                g->line = colon ? atoi(colon + 1) : 0;
                if (colon) *colon = 0;
                size_t fl = strlen(loc);
                if (fl >= sizeof g->file) fl = sizeof g->file - 1;
                memcpy(g->file, loc, fl);
                g->file[fl] = 0;
            }
            if (strcmp(fn, "main_main") == 0) done = true;
        }
        while (fgets(fn, sizeof fn, f)) {
        }
        pclose(f);
    }
    free(base);
    free(entry);
    return k;
}

/* The Go frames of the current call stack, innermost first, starting at
 * the Go function that called into the runtime. */
static int go_frames(GoFrame *out, int max) {
    void *pcs[64];
    int n = backtrace(pcs, 64);
    return symbolize(pcs, n, out, max);
}

typedef struct {
    uintptr_t r0;
    GoString r1;
    go_int r2;
    bool r3;
} RtCallerResult;

RtCallerResult go_runtime_Caller(go_int skip) {
    RtCallerResult r = {0};
    GoFrame fr[32];
    int n = go_frames(fr, 32);
    if (skip < 0 || skip >= n) return r;
    r.r0 = fr[skip].pc;
    r.r1 = rt_gostringn(fr[skip].file, (intptr_t)strlen(fr[skip].file));
    r.r2 = fr[skip].line;
    r.r3 = true;
    return r;
}

/* Callers(skip): skip 0 is Callers itself, 1 its caller (Go's rule). */
go_int go_runtime_Callers(go_int skip, GoSlice pc) {
    GoFrame fr[64];
    int n = go_frames(fr, 64);
    go_int w = 0;
    uintptr_t *dst = pc.p;
    for (int i = (int)(skip > 0 ? skip - 1 : 0); i < n && w < pc.len; i++) dst[w++] = fr[i].pc;
    return w;
}

typedef struct RtFunc {
    GoString name;
    uintptr_t entry;
    GoString file;
    go_int line;
} RtFunc;

void *go_runtime_FuncForPC(uintptr_t pc) {
    if (pc == 0) return NULL;
    void *pcs[1] = {(void *)pc};
    GoFrame fr;
    if (symbolize(pcs, 1, &fr, 1) != 1) return NULL;
    /* One pointer-free object holds the record and its strings' bytes: the
     * strings point into it, so the *Func alone keeps everything alive. */
    size_t nl = strlen(fr.func), fl = strlen(fr.file);
    RtFunc *f = rt_alloc(sizeof *f + nl + fl, NULL);
    uint8_t *blk = (uint8_t *)(f + 1);
    memcpy(blk, fr.func, nl);
    memcpy(blk + nl, fr.file, fl);
    f->name = (GoString){blk, (intptr_t)nl};
    f->file = (GoString){blk + nl, (intptr_t)fl};
    f->entry = fr.entry;
    f->line = fr.line;
    return f;
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
    void *pcs[1] = {(void *)pc};
    GoFrame fr;
    if (pc && symbolize(pcs, 1, &fr, 1) == 1) {
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
    GoFrame fr[64];
    int n = go_frames(fr, 64);
    size_t len = (size_t)snprintf(buf, cap, "goroutine %" PRId64 " [running]:\n", (int64_t)rt_goid());
    for (int i = 0; i < n && len < cap; i++)
        len += (size_t)snprintf(buf + len, cap - len, "%s(...)\n\t%s:%d\n", fr[i].func, fr[i].file, fr[i].line);
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
