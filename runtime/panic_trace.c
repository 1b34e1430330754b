/*
 * panic_trace.c: Go-shaped tracebacks of the running goroutine (see
 * panic_trace.h for the printed shape and the sources of each part).
 *
 * Invariants:
 *   - only called on the way to a fatal report (or by debugging helpers):
 *     nothing here is fast, and every failure (no addr2line, a stripped
 *     binary, odd paths) degrades to printing fewer details, never to a
 *     crash;
 *   - addresses handed to addr2line are pc - 1 (inside the call
 *     instruction), relative to the load base for a PIE and absolute for
 *     the -no-pie executables gosub builds;
 *   - a frame is "inlined" when addr2line -i reports it as an inlined
 *     call at that address (every entry but the last of the address).
 */
#include "runtime/panic_trace.h"

#include <dlfcn.h>
#include <elf.h>
#include <execinfo.h>
#include <fcntl.h>
#include <inttypes.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runtime/gosub.h"
#include "runtime/rt_core.h"

extern char **environ;

extern const RtGoFuncName rt_gofuncs[] __attribute__((weak));
/* sched_trace.c (weak: unit tests may link the tracer alone) */
void rt_sched_print_created_by(void) __attribute__((weak));
extern const RtGoFuncName rt_gofuncs_std[] __attribute__((weak)); /* libgosubstd.a's functions (codegen/cg_lib.c) */

/* Calls gosub's inliner expanded (codegen/cg_inlsite.c): a #line of an
 * inlined body names "/path/x.go#p<id>" (program) or "#s<id>" (library);
 * entry id gives the callee's Go name, the call's file:line and the
 * enclosing site (0: the function's own code).  Entry 0 is unused. */
typedef struct RtInlSite {
    int parent;
    const char *go, *file;
    int line;
} RtInlSite;
extern const RtInlSite rt_inlsites[] __attribute__((weak));
extern const RtInlSite rt_inlsites_std[] __attribute__((weak));

/* The site a file name from the line table names (its "#p12" suffix cut
 * off), or NULL; *tabp: the table it is in. */
static const RtInlSite *inl_site(char *file, const RtInlSite **tabp) {
    char *h = strrchr(file, '#');
    if (!h || (h[1] != 'p' && h[1] != 's') || h[2] < '0' || h[2] > '9') return NULL;
    const RtInlSite *tab = h[1] == 'p' ? rt_inlsites : rt_inlsites_std;
    __asm__("" : "+r"(tab)); /* weak: NULL when no generated code is linked */
    int id = atoi(h + 2);
    *h = 0;
    *tabp = tab;
    return tab && id > 0 ? &tab[id] : NULL;
}

/* ---- the executable's ELF symbol table (function entries) ---- */

static struct {
    bool loaded;
    const Elf64_Sym *syms;
    size_t nsyms;
    const char *strs;
    size_t strsz;
    uintptr_t bias; /* load base of a PIE, 0 for a fixed executable */
} elf;

static void elf_load(void) {
    if (elf.loaded) return;
    elf.loaded = true;
    Dl_info info;
    if (dladdr((void *)&elf_load, &info) && info.dli_fbase &&
        ((const Elf64_Ehdr *)info.dli_fbase)->e_type == ET_DYN)
        elf.bias = (uintptr_t)info.dli_fbase;
    int fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
    if (fd < 0) return;
    struct stat st;
    void *map = MAP_FAILED;
    if (fstat(fd, &st) == 0 && st.st_size > (off_t)sizeof(Elf64_Ehdr))
        map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (map == MAP_FAILED) return;
    const uint8_t *b = map;
    size_t size = (size_t)st.st_size;
    const Elf64_Ehdr *eh = map;
    if (memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0 || eh->e_ident[EI_CLASS] != ELFCLASS64 ||
        eh->e_shoff == 0 || eh->e_shoff + (size_t)eh->e_shnum * sizeof(Elf64_Shdr) > size)
        return;
    const Elf64_Shdr *sh = (const Elf64_Shdr *)(b + eh->e_shoff);
    for (int i = 0; i < eh->e_shnum; i++) {
        if (sh[i].sh_type != SHT_SYMTAB || sh[i].sh_link >= eh->e_shnum) continue;
        const Elf64_Shdr *ss = &sh[sh[i].sh_link];
        if (sh[i].sh_offset + sh[i].sh_size > size || ss->sh_offset + ss->sh_size > size) return;
        elf.syms = (const Elf64_Sym *)(b + sh[i].sh_offset);
        elf.nsyms = sh[i].sh_size / sizeof(Elf64_Sym);
        elf.strs = (const char *)(b + ss->sh_offset);
        elf.strsz = ss->sh_size;
        return;
    }
}

/* Entry address (run-time) of the function containing pc, or 0. */
static uintptr_t func_entry(uintptr_t pc) {
    elf_load();
    uintptr_t a = pc - elf.bias;
    for (size_t i = 0; i < elf.nsyms; i++) {
        const Elf64_Sym *s = &elf.syms[i];
        if (ELF64_ST_TYPE(s->st_info) != STT_FUNC || s->st_value == 0) continue;
        if (a >= s->st_value && a < s->st_value + (s->st_size ? s->st_size : 1)) return (uintptr_t)s->st_value + elf.bias;
    }
    return 0;
}

/* ---- names ---- */

void rt_tb_goname(const char *csym, char *out, size_t n, int *nparams) {
    char c[256];
    size_t l = strcspn(csym, "."); /* main_f.constprop.0 -> main_f */
    if (l >= sizeof c) l = sizeof c - 1;
    memcpy(c, csym, l);
    c[l] = 0;
    if (nparams) *nparams = -1;
    const RtGoFuncName *tabs[2] = {rt_gofuncs, rt_gofuncs_std};
    for (int t = 0; t < 2; t++) {
        const RtGoFuncName *tab = tabs[t];
        __asm__("" : "+r"(tab)); /* weak: NULL when no generated code is linked */
        if (!tab) continue;
        for (const RtGoFuncName *e = tab; e->c; e++) {
            if (strcmp(e->c, c) != 0) continue;
            snprintf(out, n, "%s", e->go);
            if (nparams) *nparams = e->nparams;
            return;
        }
    }
    snprintf(out, n, "%s", c);
    char *us = strchr(out, '_');
    if (us) *us = '.';
}

static bool runtime_frame(const char *fn, const char *file) {
    return fn[0] == '?' || strncmp(fn, "rt_", 3) == 0 || strncmp(fn, "go_runtime", 10) == 0 ||
           strncmp(fn, "g_entry", 7) == 0 || strstr(file, "/runtime/") != NULL || strncmp(file, "??", 2) == 0;
}

/* ---- symbolization ---- */

/* Reads addr2line -a -i -f output for the addresses pcs[0..n) (in that
 * order) from f into out[0..max).  Per address: "0x...", then (function,
 * file:line) pairs, innermost inlined call first; the last pair of an
 * address is the real (not inlined) frame.  first/count (optional) receive,
 * per address, where its frames start in out and how many there are.
 * stop_main: stop after main.main (the walk of one goroutine). */
static int parse_addr2line(FILE *f, void *const *pcs, int n, RtTbFrame *out, int max,
                           bool stop_main, int *first, int *count) {
    char fn[512], loc[1024];
    int k = 0, i = -1, first_of_addr = 0;
    bool done = false;
    if (first)
        for (int j = 0; j < n; j++) first[j] = count[j] = 0;
    while (!done && fgets(fn, sizeof fn, f)) {
        fn[strcspn(fn, "\n")] = 0;
        if (strncmp(fn, "0x", 2) == 0) {
            i++;
            first_of_addr = k;
            if (first && i < n) first[i] = k;
            continue;
        }
        if (i < 0 || i >= n || !fgets(loc, sizeof loc, f)) break;
        loc[strcspn(loc, "\n")] = 0;
        char *disc = strchr(loc, ' '); /* " (discriminator N)" */
        if (disc) *disc = 0;
        if (runtime_frame(fn, loc)) continue;
        if (k >= max) break;
        RtTbFrame *g = &out[k++];
        if (first) count[i]++;
        memset(g, 0, sizeof *g);
        g->pc = (uintptr_t)pcs[i];
        int np = -1;
        rt_tb_goname(fn, g->func, sizeof g->func, &np);
        g->noargs = np == 0;
        char *colon = strrchr(loc, ':');
        g->line = colon ? atoi(colon + 1) : 0;
        if (colon) *colon = 0;
        size_t fl = strlen(loc);
        if (fl >= sizeof g->file) fl = sizeof g->file - 1;
        memcpy(g->file, loc, fl);
        g->file[fl] = 0;
        uintptr_t entry = func_entry(g->pc - 1);
        g->off = entry ? g->pc - entry : 0;
        /* in a body gosub's inliner expanded: the callee's frame, then one
         * per enclosing call, the last being the C function's own */
        const RtInlSite *tab = NULL, *site = inl_site(g->file, &tab);
        /* a //line directive's relative file name (codegen/cg_func.c emit_line_site) */
        if (!strncmp(g->file, "/.gosub-line/", 13)) memmove(g->file, g->file + 13, strlen(g->file + 13) + 1);
        if (site) {
            RtTbFrame fn_frame = *g;
            snprintf(g->func, sizeof g->func, "%s", site->go);
            g->noargs = false;
            for (int guard = 0; guard < 64 && k < max; guard++) {
                RtTbFrame *c = &out[k++];
                if (first) count[i]++;
                *c = fn_frame;
                snprintf(c->file, sizeof c->file, "%s", site->file);
                c->line = site->line;
                if (!site->parent) break;
                site = &tab[site->parent];
                snprintf(c->func, sizeof c->func, "%s", site->go);
                c->noargs = false;
            }
            g = &out[k - 1];
        }
        /* every earlier frame of this address was inlined into this one */
        for (int j = first_of_addr; j < k - 1; j++) out[j].inlined = true;
        if (strcmp(g->func, "main.main") == 0) {
            g->is_main = true;
            if (stop_main) done = true;
        }
    }
    while (fgets(fn, sizeof fn, f)) {
    }
    return k;
}

/* The executable's path for addr2line, or false (odd paths are refused:
 * the path is quoted for the shell). */
static bool exe_path(char *exe, size_t cap) {
    ssize_t el = readlink("/proc/self/exe", exe, cap - 1);
    if (el <= 0) return false;
    exe[el] = 0;
    return strchr(exe, '\'') == NULL;
}

/* runtime.Caller and Callers symbolize a stack at every call (a test's
 * t.Log does, a logger may in a loop): one addr2line process, started at
 * the first, serves them all, as addr2line answers each address read
 * from its input at once.  A request is the addresses, then the sentinel
 * address ~0; the answer ends at the sentinel's "0xff..ff" line and its
 * "??" and "??:0" lines.  On any failure the server is abandoned and
 * each request runs an addr2line of its own, as before. */
static pthread_mutex_t a2l_mu = PTHREAD_MUTEX_INITIALIZER;
static FILE *a2l_in, *a2l_out;
static bool a2l_failed;

static bool a2l_start(const char *exe) {
    int to[2], from[2];
    if (pipe2(to, O_CLOEXEC) != 0) return false;
    if (pipe2(from, O_CLOEXEC) != 0) {
        close(to[0]), close(to[1]);
        return false;
    }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, to[0], 0);
    posix_spawn_file_actions_adddup2(&fa, from[1], 1);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    char *argv[] = {"addr2line", "-a", "-i", "-f", "-e", (char *)exe, NULL};
    pid_t pid;
    int err = posix_spawnp(&pid, "addr2line", &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    close(to[0]);
    close(from[1]);
    if (err) {
        close(to[1]);
        close(from[0]);
        return false;
    }
    a2l_in = fdopen(to[1], "w");
    a2l_out = fdopen(from[0], "r");
    if (!a2l_in || !a2l_out) return false;
    signal(SIGPIPE, SIG_IGN); /* a dead server: an error, not the end of the program */
    return true;
}

static void a2l_abandon(void) {
    if (a2l_in) fclose(a2l_in);
    if (a2l_out) fclose(a2l_out);
    a2l_in = a2l_out = NULL;
    a2l_failed = true;
}

/* The server's answer for pcs[0..n) in a malloc'd buffer (*len bytes). */
static char *a2l_ask(const char *exe, void *const *pcs, int n, size_t *len) {
    if (a2l_failed || (!a2l_in && !a2l_start(exe))) {
        a2l_failed = true;
        return NULL;
    }
    for (int i = 0; i < n; i++) fprintf(a2l_in, "0x%" PRIxPTR "\n", (uintptr_t)pcs[i] - 1 - elf.bias);
    fprintf(a2l_in, "0xffffffffffffffff\n");
    if (fflush(a2l_in) != 0) {
        a2l_abandon();
        return NULL;
    }
    size_t cap = 4096, used = 0;
    char *buf = malloc(cap), line[2048];
    int tail = -1; /* lines of the sentinel's answer still to read */
    while (buf && tail != 0 && fgets(line, sizeof line, a2l_out)) {
        if (tail > 0) {
            tail--;
            continue;
        }
        if (!strncmp(line, "0xffffffffffffffff", 18)) {
            tail = 2;
            continue;
        }
        size_t l = strlen(line);
        if (used + l + 1 > cap) {
            char *nb = realloc(buf, cap * 2 + l);
            if (!nb) break;
            buf = nb, cap = cap * 2 + l;
        }
        memcpy(buf + used, line, l);
        used += l;
    }
    if (tail != 0) {
        free(buf);
        a2l_abandon();
        return NULL;
    }
    *len = used;
    return buf;
}

int rt_tb_symbolize(void *const *pcs, int n, RtTbFrame *out, int max) {
    char exe[512];
    if (n <= 0 || max <= 0 || !exe_path(exe, sizeof exe)) return 0;
    elf_load();
    pthread_mutex_lock(&a2l_mu);
    size_t blen = 0;
    char *ans = a2l_ask(exe, pcs, n, &blen);
    pthread_mutex_unlock(&a2l_mu);
    if (ans) {
        int k = 0;
        FILE *f = blen ? fmemopen(ans, blen, "r") : NULL;
        if (f) {
            k = parse_addr2line(f, pcs, n, out, max, true, NULL, NULL);
            fclose(f);
        }
        free(ans);
        return k;
    }
    size_t cap = 640 + (size_t)n * 24;
    char *cmd = malloc(cap);
    if (!cmd) return 0;
    size_t len = (size_t)snprintf(cmd, cap, "addr2line -a -i -f -e '%s'", exe);
    for (int i = 0; i < n; i++)
        len += (size_t)snprintf(cmd + len, cap - len, " 0x%" PRIxPTR, (uintptr_t)pcs[i] - 1 - elf.bias);
    snprintf(cmd + len, cap - len, " 2>/dev/null");
    fflush(stdout);
    FILE *f = popen(cmd, "r");
    free(cmd);
    if (!f) return 0;
    int k = parse_addr2line(f, pcs, n, out, max, true, NULL, NULL);
    pclose(f);
    return k;
}

int rt_tb_symbolize_many(void *const *pcs, int n, RtTbFrame *out, int max, int *first, int *count) {
    char exe[512];
    if (n <= 0 || max <= 0 || !exe_path(exe, sizeof exe)) return 0;
    elf_load();
    /* the addresses go through a file: a command line has room for a few
     * thousand only */
    char tmpl[] = "/tmp/gosub-tb-XXXXXX";
    int fd = mkstemp(tmpl);
    if (fd < 0) return 0;
    unlink(tmpl);
    FILE *in = fdopen(fd, "w+");
    if (!in) {
        close(fd);
        return 0;
    }
    for (int i = 0; i < n; i++) fprintf(in, "0x%" PRIxPTR "\n", (uintptr_t)pcs[i] - 1 - elf.bias);
    fflush(in);
    rewind(in);
    char cmd[700];
    snprintf(cmd, sizeof cmd, "addr2line -a -i -f -e '%s' </dev/fd/%d 2>/dev/null", exe, fileno(in));
    fflush(stdout);
    FILE *f = popen(cmd, "r");
    int k = 0;
    if (f) {
        k = parse_addr2line(f, pcs, n, out, max, false, first, count);
        pclose(f);
    }
    fclose(in);
    return k;
}

void rt_tb_print(const RtTbFrame *fr, int n) {
    char line[1024];
    for (int i = 0; i < n; i++) {
        const RtTbFrame *g = &fr[i];
        const char *args = g->inlined ? "(...)" : g->noargs ? "()" : "(...)";
        if (g->inlined || !g->off)
            snprintf(line, sizeof line, "%s%s\n\t%s:%d\n", g->func, args, g->file, g->line);
        else
            snprintf(line, sizeof line, "%s%s\n\t%s:%d +0x%" PRIxPTR "\n", g->func, args, g->file, g->line, g->off);
        rt_print_cstr(line);
    }
}

void rt_tb_print_current(int skip) {
    const char *tb = getenv("GOTRACEBACK");
    if (tb && strcmp(tb, "none") == 0) return;
    void *pcs[48];
    int n = backtrace(pcs, 48);
    if (skip < 0) skip = 0;
    if (skip >= n) return;
    RtTbFrame fr[48];
    int k = rt_tb_symbolize(pcs + skip, n - skip, fr, 48);
    /* Go frames only: the go statement's thunk is generated C */
    int j = 0;
    for (int i = 0; i < k; i++) {
        size_t fl = strlen(fr[i].file);
        if (fl > 3 && strcmp(fr[i].file + fl - 3, ".go") == 0) fr[j++] = fr[i];
    }
    rt_tb_print(fr, j);
    /* a goroutine other than main: where it was created (Go's shape) */
    if (rt_sched_print_created_by) rt_sched_print_created_by();
}
