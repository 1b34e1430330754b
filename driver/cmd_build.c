/*
 * cmd_build.c: `gosub build`, `gosub run` and `gosub tool compile`.
 *
 * The go command's shape: flags first, then .go files (all of package
 * main), for run then the program's arguments. The compile pipeline is
 * driver/compile.c's job; this file handles the command line, the work
 * directory, the C compiler and running the result, and prints what the
 * go command prints: the "# command-line-arguments" header before any
 * compiler output, paths relative to the current directory ("./x.go"),
 * "exit status N" from run, exit status 2 for build failures (go build's),
 * 1 for tool compile failures (go tool compile's).
 */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

#include "driver/driver.h"
#include "util/util.h"

/* Splits a -gcflags value into words and applies each gc flag.
 * "pattern=flags" (e.g. all=-m) applies to our single package anyway. */
int apply_gcflags(CompileOpts *co, const char *val) {
    const char *eq = strchr(val, '=');
    if (eq && val[0] != '-') val = eq + 1;
    char *buf = arena_strdup(val);
    for (char *tok = strtok(buf, " \t"); tok; tok = strtok(NULL, " \t")) {
        if (compile_flag(co, tok) != 0) return -1;
    }
    return 0;
}

/* gc flags: -m, -m=N, -l, -N, and silently those we have no use for. */
int compile_flag(CompileOpts *co, const char *f) {
    if (f[0] != '-') return -1;
    if (f[1] == '-') f++;
    if (!strcmp(f, "-m")) co->mlevel++;
    else if (!strncmp(f, "-m=", 3)) co->mlevel = atoi(f + 3);
    else if (!strcmp(f, "-l")) co->noinline = true;
    else if (!strncmp(f, "-l=", 3)) co->noinline = atoi(f + 3) != 0;
    else if (!strcmp(f, "-N")) co->noopt = true;
    else if (!strcmp(f, "-smallframes")) co->smallframes = true;
    else if (!strcmp(f, "-e")) co->all_errors = true;
    else if (!strcmp(f, "-complete")) co->complete = true;
    else if (!strcmp(f, "-C")) co->no_columns = true;
    else if (!strncmp(f, "-p=", 3)) co->pkgpath = f + 3;
    else if (!strncmp(f, "-lang=", 6)) co->lang = f + 6;
    else if (!strncmp(f, "-d=", 3) ||
             !strcmp(f, "-std") || !strncmp(f, "-0", 2) || !strcmp(f, "-S") || !strncmp(f, "-race", 5) ||
             !strncmp(f, "-B", 2) || !strncmp(f, "-h", 2) || !strncmp(f, "-wb", 3) || !strncmp(f, "-live", 5) ||
             !strncmp(f, "-asmhdr", 7) || !strncmp(f, "-trimpath", 9) || !strncmp(f, "-importcfg", 10) ||
             !strncmp(f, "-buildid", 8) || !strncmp(f, "-goversion", 10) || !strncmp(f, "-c=", 3) ||
             !strncmp(f, "-D", 2) || !strncmp(f, "-I", 2) || !strncmp(f, "-spectre", 8))
        ; /* accepted and ignored: no effect on gosub's output */
    else {
        fprintf(stderr, "flag provided but not defined: %s\n", f);
        return -1;
    }
    return 0;
}

/* Go's display path: relative to the current directory, "./" for files
 * directly in it, as the go command rewrites compiler output. */
const char *display_path(const char *path) {
    char abs[PATH_MAX], cwd[PATH_MAX];
    if (!realpath(path, abs) || !getcwd(cwd, sizeof cwd)) return path;
    size_t n = strlen(cwd);
    if (strncmp(abs, cwd, n) == 0 && abs[n] == '/') {
        const char *rel = abs + n + 1;
        if (!strchr(rel, '/')) return arena_printf("./%s", rel);
        return arena_strdup(rel);
    }
    return arena_strdup(path);
}

int run_cmd(char *const argv[], bool echo) { return run_cmd_in(argv, NULL, NULL, echo); }

int run_cmd_in(char *const argv[], const char *dir, const char *capture, bool echo) {
    if (echo) {
        for (int i = 0; argv[i]; i++) fprintf(stderr, "%s%s", i ? " " : "", argv[i]);
        fputc('\n', stderr);
    }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    if (capture) {
        posix_spawn_file_actions_addopen(&fa, 1, capture, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        posix_spawn_file_actions_adddup2(&fa, 1, 2);
    }
    if (dir) posix_spawn_file_actions_addchdir_np(&fa, dir);
    /* posix_spawn, not fork: the compiler's memory is tens of megabytes in
     * huge pages, and a forked child's copy-on-write of them cost more
     * than a small program's whole check. */
    pid_t pid;
    fflush(stdout);
    fflush(stderr);
    int err = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    if (err) {
        fprintf(stderr, "gosub: exec %s: %s\n", argv[0], strerror(err));
        return 127;
    }
    int st;
    while (waitpid(pid, &st, 0) < 0)
        if (errno != EINTR) return -1;
    if (WIFEXITED(st)) return WEXITSTATUS(st);
    if (WIFSIGNALED(st)) return 128 + WTERMSIG(st);
    return -1;
}

/* The C compiler and the flags every piece of generated C is compiled
 * with (a program and the standard library alike); returns the count. */
int cc_base_args(char **args) {
    const char *cc = getenv("CC");
    if (!cc || !*cc) cc = "cc";
    int n = 0;
    args[n++] = (char *)cc;
    args[n++] = "-O2";
    args[n++] = "-g1"; /* line tables and function names (tracebacks, runtime.Caller, sanitizers): -g costs 20% more cc time */
    args[n++] = "-pipe"; /* cc1 | as without temp files: hello's cc step 1.05 -> 0.8 s wall on the loaded machine */
    args[n++] = "-std=gnu11";
    args[n++] = "-fwrapv";
    args[n++] = "-fno-strict-aliasing";
    args[n++] = "-no-pie"; /* globals at low addresses, as gc links (test/nilptr.go) */
    args[n++] = "-fno-math-errno";     /* generated code never reads errno: sqrt is one instruction */
    args[n++] = "-DGOSUB_INTRINSICS"; /* gosub.h's inline math.Sqrt & co, as gc's intrinsics */
    args[n++] = "-fno-optimize-sibling-calls"; /* Go has no tail calls: unbounded recursion must overflow (qa_stack_overflow) */
    args[n++] = "-w";
    char *san = arena_strdup(GOSUB_SANFLAGS);
    for (char *t = strtok(san, " "); t && n < 40; t = strtok(NULL, " ")) args[n++] = t;
    args[n++] = arena_printf("-I%s/runtime", gosub_root());
    return n;
}

const char *lib_dir(void) {
    const char *r = getenv("GOSUB_LIBDIR");
    return r && *r ? r : GOSUB_LIBDIR;
}

/* gold links a program in about 60% of ld.bfd's CPU time (it is most of
 * a small program's build now that the standard packages are prebuilt):
 * used with the default C compiler when ld.gold is on PATH ($CC may be a
 * cross compiler with linkers of its own). */
static bool use_gold(void) {
    const char *cc = getenv("CC"), *path = getenv("PATH");
    if ((cc && *cc && strcmp(cc, "cc") != 0) || !path) return false;
    static int found = -1;
    if (found < 0) {
        found = 0;
        for (const char *p = path; *p && !found;) {
            size_t n = strcspn(p, ":");
            if (n && access(arena_printf("%.*s/ld.gold", (int)n, p), X_OK) == 0) found = 1;
            p += n;
            if (*p == ':') p++;
        }
    }
    return found == 1;
}

/* Links a program's C with the standard library (prebuilt by make, see
 * codegen/cg_lib.c) and the runtime: $CC -O2 ... */
static int cc_link(const char *cfile, const char *out, bool echo) {
    char *args[64];
    int n = cc_base_args(args);
    args[n++] = "-o";
    args[n++] = (char *)out;
    args[n++] = (char *)cfile;
    if (use_gold()) args[n++] = "-fuse-ld=gold";
    args[n++] = "-Wl,--gc-sections"; /* the library's functions are in sections of their own */
    args[n++] = arena_printf("%s/libgosubstd.a", lib_dir());
    args[n++] = arena_printf("%s/libgosubrt.a", lib_dir());
    args[n++] = "-lffi";
    args[n++] = "-lpthread";
    args[n++] = "-lm";
    args[n] = NULL;
    char *entry = cache_key_path(args, cfile, out, arena_printf("%s/runtime", gosub_root()));
    if (cache_fetch(entry, out)) {
        free(entry);
        return 0;
    }
    int rc = run_cmd(args, echo);
    if (rc == 0) cache_store(entry, out);
    free(entry);
    return rc;
}

typedef struct BuildArgs {
    CompileOpts co;
    const char *out;
    bool x, work;
    char **files;
    int nfiles;
    char **prog_args;
    int nprog;
    const char *header;  /* "# command-line-arguments", or "# IMPORTPATH" of a package directory */
    const char *exename; /* go build's default output name */
    bool lib;            /* a package directory that is not package main: go build writes nothing */
} BuildArgs;

/* go-command flags, then files ending in .go or one package directory;
 * for run, the rest are the program's arguments.  Returns 0 or the go
 * command's exit status (2 for bad flags, 1 for the rest). */
static int parse_build_args(int argc, char **argv, bool is_run, BuildArgs *ba) {
    int i = 0;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-') break;
        if (!strcmp(a, "--")) {
            i++;
            break;
        }
        if (a[1] == '-') a++;
        if (!strcmp(a, "-o") && i + 1 < argc) ba->out = argv[++i];
        else if (!strncmp(a, "-o=", 3)) ba->out = a + 3;
        else if (!strcmp(a, "-x")) ba->x = true;
        else if (!strcmp(a, "-work")) ba->work = true;
        else if (!strcmp(a, "-gcflags") && i + 1 < argc) {
            if (apply_gcflags(&ba->co, argv[++i]) != 0) return 2;
        } else if (!strncmp(a, "-gcflags=", 9)) {
            if (apply_gcflags(&ba->co, a + 9) != 0) return 2;
        } else if (!strcmp(a, "-a") || !strcmp(a, "-v") || !strcmp(a, "-i"))
            ; /* accepted: nothing is cached, nothing to list */
        else {
            fprintf(stderr, "flag provided but not defined: %s\n", argv[i]);
            return 2;
        }
    }
    ba->files = argv + i;
    int nf = 0;
    while (i + nf < argc && strlen(argv[i + nf]) > 3 && !strcmp(argv[i + nf] + strlen(argv[i + nf]) - 3, ".go")) nf++;
    ba->nfiles = nf;
    ba->prog_args = argv + i + nf;
    ba->nprog = argc - i - nf;
    ba->header = "# command-line-arguments";
    if (nf == 0) {
        /* a package directory: "." when build names none */
        if (is_run && ba->nprog == 0) {
            fprintf(stderr, "go: no go files listed\n");
            return 1;
        }
        if (!is_run && ba->nprog > 1) {
            fprintf(stderr, "gosub: building several packages at once is not supported yet\n");
            return 1;
        }
        PackageDir pd;
        int rc = load_package_dir(ba->nprog ? ba->prog_args[0] : ".", is_run, &pd);
        if (rc != 0) return rc;
        ba->files = pd.files;
        ba->nfiles = pd.nfiles;
        ba->header = arena_printf("# %s", pd.importpath);
        ba->exename = pd.exename;
        ba->lib = !pd.is_main;
        if (!ba->co.lang) ba->co.lang = pd.golang; /* go passes the module's -lang; -gcflags come after it */
        if (ba->nprog) ba->prog_args++, ba->nprog--;
        return 0;
    }
    if (!is_run && ba->nprog) {
        fprintf(stderr, "named files must be .go files: %s\n", ba->prog_args[0]);
        return 1;
    }
    /* go's default name: the first file's, without .go */
    const char *b = strrchr(ba->files[0], '/');
    b = b ? b + 1 : ba->files[0];
    ba->exename = arena_strndup(b, strlen(b) - 3);
    return 0;
}

char *make_workdir(bool keep) {
    const char *tmp = getenv("TMPDIR");
    char *tmpl = arena_printf("%s/gosub-build-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(tmpl)) return NULL;
    if (keep) fprintf(stderr, "WORK=%s\n", tmpl);
    return tmpl;
}

static int remove_entry(const char *path, const struct stat *st, int type, struct FTW *ftw) {
    (void)st; (void)type; (void)ftw;
    remove(path); /* best effort, as rm -rf: a leftover is harmless */
    return 0;
}

/* Removes the work directory and what is in it (children first), in this
 * process: a build is one of thousands in the test suites, and an rm
 * process per build costs more than the removal. */
void remove_workdir(const char *dir) {
    nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

int build_exe(CompileOpts *co, char **files, int nfiles, const char *exe, const char *work, bool echo) {
    char *cfile = arena_printf("%s/main.c", work);
    if (compile_package(co, files, nfiles, cfile) != 0) return 2;
    if (access(cfile, F_OK) != 0) return 0; /* not package main: nothing to link, as go build */
    if (echo) fprintf(stderr, "WORK=%s\n", work);
    int rc = cc_link(cfile, exe, echo);
    if (rc != 0) {
        fprintf(stderr, "gosub: C compiler failed on %s (exit %d)\n", cfile, rc);
        return 2;
    }
    return 0;
}

/* Builds into `exe`; returns 0 or the go command's failure status. */
static int build_to(BuildArgs *ba, const char *exe, const char *work) {
    ba->co.header = ba->header;
    ba->co.display_rel = true;
    return build_exe(&ba->co, ba->files, ba->nfiles, exe, work, ba->x);
}

int cmd_build(int argc, char **argv) {
    BuildArgs ba = {0};
    int prc = parse_build_args(argc, argv, false, &ba);
    if (prc != 0) return prc;
    const char *name = ba.exename;
    const char *out = ba.out ? ba.out : name;
    struct stat st;
    if (!ba.out && !ba.lib && stat(out, &st) == 0 && S_ISDIR(st.st_mode)) {
        fprintf(stderr, "go: build output \"%s\" already exists and is a directory\n", out);
        return 1;
    }
    char *work = make_workdir(ba.work);
    if (!work) {
        perror("gosub: mkdtemp");
        return 2;
    }
    /* As go does, -o DIR writes DIR/<name of the first file>, and -o
     * /dev/null (or any other non-regular file) means "build and discard":
     * the linker must never replace a device node. */
    if (stat(out, &st) == 0 && S_ISDIR(st.st_mode)) {
        out = arena_printf("%s/%s", out, name);
    } else if (stat(out, &st) == 0 && !S_ISREG(st.st_mode)) {
        out = arena_printf("%s/a.out", work);
    }
    int rc = build_to(&ba, out, work);
    if (!ba.work) remove_workdir(work);
    return rc;
}

int cmd_run(int argc, char **argv) {
    BuildArgs ba = {0};
    int prc = parse_build_args(argc, argv, true, &ba);
    if (prc != 0) return prc;
    char *work = make_workdir(ba.work);
    if (!work) {
        perror("gosub: mkdtemp");
        return 2;
    }
    char *exe = arena_printf("%s/%s", work, ba.exename);
    int rc = build_to(&ba, exe, work);
    if (rc == 0 && access(exe, F_OK) != 0) {
        fprintf(stderr, "package command-line-arguments is not a main package\n");
        rc = 1;
    }
    if (rc != 0) {
        if (!ba.work) remove_workdir(work);
        return rc;
    }
    char **args = NEWN(char *, ba.nprog + 2);
    args[0] = exe;
    for (int i = 0; i < ba.nprog; i++) args[i + 1] = ba.prog_args[i];
    args[ba.nprog + 1] = NULL;
    fflush(stdout);
    rc = run_cmd(args, ba.x);
    if (!ba.work) remove_workdir(work);
    if (rc != 0) {
        fprintf(stderr, "exit status %d\n", rc);
        return 1;
    }
    return 0;
}

/* go tool compile: one package, no linking; -o names the C output. */
int cmd_tool_compile(int argc, char **argv) {
    CompileOpts co = {0};
    const char *out = NULL;
    int i = 0;
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (!strcmp(argv[i], "-o") && i + 1 < argc) out = argv[++i];
        else if (!strcmp(argv[i], "-p") && i + 1 < argc) co.pkgpath = argv[++i];
        else if (!strcmp(argv[i], "-lang") && i + 1 < argc) co.lang = argv[++i];
        else if (!strcmp(argv[i], "-importcfg") ||
                 !strcmp(argv[i], "-D") || !strcmp(argv[i], "-I") || !strcmp(argv[i], "-asmhdr") ||
                 !strcmp(argv[i], "-trimpath") || !strcmp(argv[i], "-buildid") || !strcmp(argv[i], "-goversion"))
            i++; /* flags with a separate value we ignore */
        else if (compile_flag(&co, argv[i]) != 0) return 2;
    }
    if (i == argc) {
        fprintf(stderr, "usage: gosub tool compile [options] file.go...\n");
        return 2;
    }
    co.tool_compile = true;
    char *work = NULL;
    const char *cfile = out;
    if (!cfile) {
        work = make_workdir(false);
        if (!work) return 2;
        cfile = arena_printf("%s/out.c", work);
    }
    int rc = compile_package(&co, argv + i, argc - i, cfile);
    if (work) remove_workdir(work);
    return rc ? 1 : 0;
}
