/*
 * cmd_test.c: `gosub test`, the go command's `go test` for one package:
 * the files named (package "command-line-arguments") or a directory of
 * the main module (".", the default).
 *
 * As go test does, it generates a test main next to the package's files
 * and the _test.go files of the same package, in that package: a
 * function that hands the Test and Benchmark functions (found by name
 * and signature) to package testing's MainStart and exits with M.Run's
 * status, or calls TestMain(m).  The package may have any name, package
 * main included (its func main is then just a function): the program
 * starts in the generated function (CompileOpts.entry).  The binary runs
 * in the package's directory with the -test.* flags; its output is kept
 * and shown (not as it comes) where go shows it (see the end).  The last line is go's
 * summary: "ok  \tPKG\t0.012s", or "FAIL\tPKG\t0.012s" and "FAIL".
 *
 * Examples with an "// Output:" comment run after the tests, their
 * standard output compared with it.  Not supported (a clear error):
 * external test packages (package x_test).
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "driver/driver.h"
#include "lexer/lexer.h"
#include "util/util.h"


typedef struct TestFlags {
    bool verbose, benchmem, shortf, failfast;
    const char *run, *bench, *count, *benchtime, *timeout, *list, *shuffle;
    char **extra; /* after -args: the test binary's own */
    int nextra;
} TestFlags;

/* A test function's name: prefix followed by nothing or by a character
 * that is not a lower-case letter (go's isTest). */
/* Go's unicode.IsLower for the scripts identifiers use in practice
 * (Latin-1, Latin Extended-A, Greek, Cyrillic; other letters are not
 * lower case, as CJK). */
static bool rune_is_lower(int32_t r) {
    if (r < 0x80) return r >= 'a' && r <= 'z';
    if (r == 0xB5 || (r >= 0xDF && r <= 0xFF && r != 0xF7)) return true;
    if (r >= 0x100 && r <= 0x17F) return (r & 1) == 1;
    if (r >= 0x3AC && r <= 0x3CE) return true;
    if (r >= 0x430 && r <= 0x45F) return true;
    return false;
}

/* go's isTest: the prefix, then the end or a rune that is not lower
 * case (TestÉcole is a test, Testing is not). */
static bool is_test_name(const char *name, size_t n, const char *prefix) {
    size_t pl = strlen(prefix);
    if (n < pl || strncmp(name, prefix, pl)) return false;
    if (n == pl) return true;
    int32_t r;
    utf8_decode((const unsigned char *)name + pl, (int)(n - pl), &r);
    return !rune_is_lower(r);
}

typedef struct Found {
    Vec tests, benchmarks; /* names */
    Vec examples;          /* Example of those with an output comment */
    bool testmain;
} Found;

typedef struct Example {
    const char *name;
    char *output; /* the comment's text after "Output:" */
    bool unordered;
} Example;

/* The example's expected output: the comment lines right before its
 * closing brace (lines[0..n)) when their text begins with "Output:" or
 * "Unordered output:", any case (go/doc's exampleOutput over the text of
 * the body's last comment group: "//" and one space stripped from each
 * line, trailing blanks too, blank lines at either end dropped). */
static bool example_output(char **lines, int n, Example *ex) {
    int first = n;
    while (first > 0) {
        const char *l = lines[first - 1];
        while (*l == ' ' || *l == '\t') l++;
        if (*l == '\n' || *l == 0) {
            if (first == n) { n--, first--; continue; } /* blank lines before the brace */
            break;
        }
        if (l[0] != '/' || l[1] != '/') break;
        first--;
    }
    if (first == n) return false;
    char *tp = NULL;
    size_t tn = 0;
    FILE *text = open_memstream(&tp, &tn);
    if (!text) return false;
    for (int i = first; i < n; i++) {
        const char *l = lines[i];
        while (*l == ' ' || *l == '\t') l++;
        l += 2;
        if (*l == ' ') l++;
        size_t len = strcspn(l, "\n");
        while (len > 0 && (l[len - 1] == ' ' || l[len - 1] == '\t' || l[len - 1] == '\r')) len--;
        fprintf(text, "%.*s\n", (int)len, l);
    }
    fclose(text);
    char *t = arena_strdup(tp ? tp : "");
    free(tp);
    while (*t == '\n') t++; /* leading blank lines */
    const char *p = t;
    while (*p == ' ' || *p == '\t' || *p == '\n') p++;
    ex->unordered = !strncasecmp(p, "unordered output:", 17);
    if (!ex->unordered && strncasecmp(p, "output:", 7)) return false;
    p += ex->unordered ? 17 : 7;
    while (*p == ' ') p++;
    if (*p == '\n') p++;
    ex->output = arena_strdup(p);
    return true;
}

/* s as a Go string literal. */
static char *go_quote(const char *s) {
    char *bp = NULL;
    size_t bn = 0;
    FILE *b = open_memstream(&bp, &bn);
    if (!b) return arena_strdup("\"\"");
    fputc('"', b);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\') fprintf(b, "\\%c", *p);
        else if (*p == '\n') fputs("\\n", b);
        else if (*p == '\t') fputs("\\t", b);
        else if (*p < 0x20 || *p == 0x7f) fprintf(b, "\\x%02x", *p);
        else fputc(*p, b);
    }
    fputc('"', b);
    fclose(b);
    char *r = arena_strdup(bp);
    free(bp);
    return r;
}

/* Scans a _test.go file's top-level `func Name(` lines.  Returns 1 after
 * printing go's message for a test function of the wrong signature or an
 * unsupported example. */
static int scan_test_file(const char *path, Found *fd) {
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "open %s: %s\n", path, strerror(errno));
        return 1;
    }
    char line[8192];
    int lineno = 0, rc = 0;
    const char *example = NULL; /* inside this example's body */
    Vec body = {0};
    while (fgets(line, sizeof line, f)) {
        lineno++;
        if (example) {
            if (line[0] == '}') {
                Example *ex = NEW(Example);
                ex->name = example;
                if (example_output((char **)body.v, body.len, ex)) vec_push(&fd->examples, ex);
                example = NULL;
            } else {
                vec_push(&body, arena_strdup(line));
            }
            continue;
        }
        if (strncmp(line, "func ", 5)) continue;
        const char *p = line + 5;
        size_t n = 0;
        while (isalnum((unsigned char)p[n]) || p[n] == '_' || (unsigned char)p[n] >= 0x80) n++; /* UTF-8 letters too */
        if (p[n] != '(') continue; /* a method, or type parameters */
        char *name = arena_strndup(p, n);
        const char *sig = p + n;
        char want[64];
        if (!strcmp(name, "TestMain")) {
            fd->testmain = true;
            continue;
        }
        const char *kind = is_test_name(name, n, "Test") ? "T" : is_test_name(name, n, "Benchmark") ? "B" : NULL;
        if (!kind) {
            if (is_test_name(name, n, "Example") && strstr(sig, "{") && !strchr(sig, '}')) {
                example = name;
                body.len = 0;
            }
            continue;
        }
        /* (x *testing.T) */
        snprintf(want, sizeof want, "*testing.%s)", kind);
        const char *close = strchr(sig, ')');
        const char *star = strstr(sig, want);
        if (!close || !star || star + strlen(want) - 1 != close) {
            fprintf(stderr, "%s:%d:1: wrong signature for %s, must be: func %s(%s *testing.%s)\n", display_path(path), lineno,
                    name, name, kind[0] == 'T' ? "t" : "b", kind);
            rc = 1;
            continue;
        }
        vec_push(kind[0] == 'T' ? &fd->tests : &fd->benchmarks, name);
    }
    fclose(f);
    return rc;
}

static bool file_contains(const char *path, const char *needle) {
    FILE *f = fopen(path, "r");
    if (!f) return false;
    char line[4096];
    bool found = false;
    while (!found && fgets(line, sizeof line, f)) found = strstr(line, needle) != NULL;
    fclose(f);
    return found;
}

static void copy_to_stdout(const char *path) {
    FILE *f = fopen(path, "r");
    if (!f) return;
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) fwrite(buf, 1, n, stdout);
    fclose(f);
}

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A test flag (-v, -run X, -run=X, ...): returns how many arguments it
 * took, 0 when it is not one, -1 after printing an error. */
static int test_flag(int argc, char **argv, int i, TestFlags *tf) {
    const char *a = argv[i];
    if (a[0] != '-') return 0;
    if (a[1] == '-') a++;
    if (!strncmp(a, "-test.", 6)) a += 5; /* -test.v is -v */
    static const char *valued[] = {"-run", "-bench", "-count", "-timeout", "-cpu", "-benchtime", "-parallel", "-list", "-shuffle", NULL};
    for (int k = 0; valued[k]; k++) {
        size_t l = strlen(valued[k]);
        if (strncmp(a, valued[k], l) || (a[l] != 0 && a[l] != '=')) continue;
        const char *v;
        int took = 1;
        if (a[l] == '=') v = a + l + 1;
        else if (i + 1 < argc) v = argv[i + 1], took = 2;
        else {
            fprintf(stderr, "flag needs an argument: %s\n", argv[i]);
            return -1;
        }
        if (!strcmp(valued[k], "-run")) tf->run = v;
        else if (!strcmp(valued[k], "-bench")) tf->bench = v;
        else if (!strcmp(valued[k], "-count")) tf->count = v;
        else if (!strcmp(valued[k], "-benchtime")) tf->benchtime = v;
        else if (!strcmp(valued[k], "-timeout")) tf->timeout = v;
        else if (!strcmp(valued[k], "-list")) tf->list = v;
        else if (!strcmp(valued[k], "-shuffle")) {
            /* the go command checks it: "on", "off" or an int64 */
            char *end;
            errno = 0;
            long long seed = strtoll(v, &end, 10);
            (void)seed;
            if (strcmp(v, "on") && strcmp(v, "off") && (!*v || *end || errno)) {
                fprintf(stderr,
                        "invalid value \"%s\" for flag -shuffle: -shuffle argument must be \"on\", \"off\", or an int64: "
                        "strconv.ParseInt: parsing %s: %s\n"
                        "usage: go test [build/test flags] [packages] [build/test flags & test binary flags]\n"
                        "Run 'go help test' and 'go help testflag' for details.\n",
                        v, go_quote(v), errno == ERANGE ? "value out of range" : "invalid syntax");
                return -1;
            }
            tf->shuffle = v;
        }
        /* -cpu, -parallel: accepted, not used */
        return took;
    }
    const char *eq = strchr(a, '=');
    size_t l = eq ? (size_t)(eq - a) : strlen(a);
    bool val = !eq || !strcmp(eq + 1, "true") || !strcmp(eq + 1, "1");
    if (l == 2 && !strncmp(a, "-v", 2)) tf->verbose = val;
    else if (l == 9 && !strncmp(a, "-benchmem", 9)) tf->benchmem = val;
    else if (l == 6 && !strncmp(a, "-short", 6)) tf->shortf = val;
    else if (l == 9 && !strncmp(a, "-failfast", 9)) tf->failfast = val;
    else return 0;
    return 1;
}

typedef struct TestCtx {
    CompileOpts *co;
    TestFlags *tf;
    bool x, keep;
    bool listed;  /* packages or files named: go's package-list mode */
    bool anyfail; /* a package failed: the last line is "FAIL" */
} TestCtx;

static int test_package(TestCtx *c, Vec *files, const char *dirarg);
static int finish(TestCtx *c, int rc);

/* The package directories under root (root included), for DIR/...:
 * the directories holding .go files, skipping testdata and names
 * starting with '.' or '_', in path order. */
static int cmp_cstr(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void expand_dots(const char *root, Vec *out) {
    DIR *d = opendir(root);
    if (!d) return;
    Vec subs = {0};
    bool gofiles = false;
    for (struct dirent *de; (de = readdir(d));) {
        const char *nm = de->d_name;
        if (nm[0] == '.' || nm[0] == '_' || !strcmp(nm, "testdata")) continue;
        char *full = strcmp(root, "/") ? arena_printf("%s/%s", root, nm) : arena_printf("/%s", nm);
        struct stat st;
        if (stat(full, &st) != 0) continue;
        size_t n = strlen(nm);
        if (S_ISDIR(st.st_mode)) vec_push(&subs, full);
        else if (n > 3 && !strcmp(nm + n - 3, ".go")) gofiles = true;
    }
    closedir(d);
    if (gofiles) vec_push(out, arena_strdup(root));
    qsort(subs.v, (size_t)subs.len, sizeof(char *), cmp_cstr);
    for (int i = 0; i < subs.len; i++) expand_dots(VEC_AT(subs, char *, i), out);
}

int cmd_test(int argc, char **argv) {
    CompileOpts co = {0};
    TestFlags tf = {0};
    bool x = false, keep = false;
    Vec files = {0}, dirs = {0};
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-args")) {
            tf.extra = argv + i + 1;
            tf.nextra = argc - i - 1;
            break;
        }
        int t = test_flag(argc, argv, i, &tf);
        if (t < 0) return 2;
        if (t > 0) {
            i += t - 1;
            continue;
        }
        if (a[0] == '-') {
            const char *b = a[1] == '-' ? a + 1 : a;
            if (!strcmp(b, "-x")) x = true;
            else if (!strcmp(b, "-work")) keep = true;
            else if (!strcmp(b, "-gcflags") && i + 1 < argc) {
                if (apply_gcflags(&co, argv[++i]) != 0) return 2;
            } else if (!strncmp(b, "-gcflags=", 9)) {
                if (apply_gcflags(&co, b + 9) != 0) return 2;
            } else {
                fprintf(stderr, "flag provided but not defined: %s\n", a);
                return 2;
            }
            continue;
        }
        size_t n = strlen(a);
        vec_push(n > 3 && !strcmp(a + n - 3, ".go") ? &files : &dirs, (void *)a);
    }
    if (files.len && dirs.len) {
        fprintf(stderr, "named files must be .go files: %s\n", VEC_AT(dirs, char *, 0));
        return 1;
    }
    TestCtx c = {&co, &tf, x, keep, files.len > 0 || dirs.len > 0, false};
    if (files.len) return finish(&c, test_package(&c, &files, NULL));
    /* DIR... and DIR/... patterns: each package in turn */
    Vec pkgs = {0};
    if (dirs.len == 0) vec_push(&pkgs, ".");
    for (int i = 0; i < dirs.len; i++) {
        const char *d = VEC_AT(dirs, char *, i);
        size_t n = strlen(d);
        if (n >= 3 && !strcmp(d + n - 3, "...") && (n == 3 || d[n - 4] == '/')) {
            char *root = n == 3 ? arena_strdup(".") : arena_strndup(d, n - 4);
            if (!*root) root = arena_strdup("/");
            int before = pkgs.len;
            expand_dots(root, &pkgs);
            if (pkgs.len == before) fprintf(stderr, "go: warning: \"%s\" matched no packages\n", d);
        } else {
            vec_push(&pkgs, (void *)d);
        }
    }
    if (pkgs.len == 1) return finish(&c, test_package(&c, NULL, VEC_AT(pkgs, char *, 0)));
    /* several packages: one gosub test process each (the compiler's state
     * is built for one package per process), the same flags, in order */
    int worst = 0;
    char self[4096];
    ssize_t sl = readlink("/proc/self/exe", self, sizeof self - 1);
    if (sl <= 0) {
        fprintf(stderr, "gosub test: cannot find the gosub executable\n");
        return 2;
    }
    self[sl] = 0;
    setenv("GOSUB_TEST_ONE", "1", 1);
    for (int i = 0; i < pkgs.len; i++) {
        char **args = NEWN(char *, argc + 4);
        int na = 0;
        args[na++] = self;
        args[na++] = "test";
        for (int k = 0; k < argc; k++) {
            if (!strcmp(argv[k], "-args")) {
                for (; k < argc; k++) args[na++] = argv[k];
                break;
            }
            bool dir = false;
            for (int j = 0; j < dirs.len; j++)
                if (argv[k] == VEC_AT(dirs, char *, j)) dir = true;
            if (!dir) args[na++] = argv[k];
        }
        /* the package goes before -args */
        int at = na;
        for (int k = 2; k < na; k++)
            if (!strcmp(args[k], "-args")) { at = k; break; }
        memmove(args + at + 1, args + at, sizeof(char *) * (size_t)(na - at));
        args[at] = VEC_AT(pkgs, char *, i);
        args[++na] = NULL;
        int rc = run_cmd_in(args, NULL, NULL, false);
        if (rc != 0) c.anyfail = true;
        if (rc > worst) worst = rc;
    }
    unsetenv("GOSUB_TEST_ONE");
    return finish(&c, worst);
}

/* go test's last line in package-list mode when anything failed. */
static int finish(TestCtx *c, int rc) {
    /* (GOSUB_TEST_ONE: one package of several; the parent ends the report) */
    if (c->listed && c->anyfail && !getenv("GOSUB_TEST_ONE")) printf("FAIL\n");
    fflush(stdout);
    return rc;
}

/* One package: the files named, or the package directory dirarg.
 * Returns 0, 1 (its tests failed) or 2 (it did not build). */
static int test_package(TestCtx *c, Vec *filesp, const char *dirarg) {
    CompileOpts co = *c->co;
    TestFlags tf = *c->tf;
    bool x = c->x, keep = c->keep;
    Vec files = filesp ? *filesp : (Vec){0};
    /* the package: its files, its _test.go files, its directory */
    const char *pkgpath = "command-line-arguments", *dir = ".";
    Vec src = {0}, tests = {0};
    if (files.len) {
        for (int i = 0; i < files.len; i++) {
            const char *f = VEC_AT(files, char *, i);
            size_t n = strlen(f);
            vec_push(n > 8 && !strcmp(f + n - 8, "_test.go") ? &tests : &src, (void *)f);
        }
        const char *f0 = VEC_AT(files, char *, 0);
        const char *slash = strrchr(f0, '/');
        if (slash) dir = arena_strndup(f0, (size_t)(slash - f0 ? slash - f0 : 1));
    } else {
        PackageDir pd;
        int rc = load_package_dir(dirarg, false, &pd);
        if (rc != 0) {
            c->anyfail = true;
            return rc;
        }
        pkgpath = pd.importpath;
        dir = pd.dir;
        if (!co.lang) co.lang = pd.golang; /* the module's go directive, as go test's -lang */
        for (int i = 0; i < pd.nfiles; i++) vec_push(&src, pd.files[i]);
        for (int i = 0; i < pd.ntestfiles; i++) vec_push(&tests, pd.testfiles[i]);
    }
    if (tests.len == 0) {
        printf("?   \t%s\t[no test files]\n", pkgpath);
        return 0;
    }
    const char *pkgname = src.len ? go_file_package(VEC_AT(src, char *, 0)) : go_file_package(VEC_AT(tests, char *, 0));
    Found fd = {0};
    int bad = 0;
    for (int i = 0; i < tests.len; i++) {
        const char *t = VEC_AT(tests, char *, i);
        const char *pn = go_file_package(t);
        size_t pl = strlen(pn);
        if (pl > 5 && !strcmp(pn + pl - 5, "_test")) {
            fprintf(stderr, "gosub test: %s: external test packages (package %s) are not supported yet\n", display_path(t), pn);
            return 1;
        }
        if (strcmp(pn, pkgname)) {
            fprintf(stderr, "found packages %s and %s in %s\n", pkgname, pn, dir);
            return 1;
        }
        bad |= scan_test_file(t, &fd);
    }
    if (bad) {
        printf("FAIL\t%s [setup failed]\n", pkgpath);
        c->anyfail = true;
        return 1;
    }

    char *work = make_workdir(keep);
    if (!work) {
        perror("gosub: mkdtemp");
        return 2;
    }
    /* the generated test main */
    char *mainfile = arena_printf("%s/_testmain.go", work);
    FILE *mf = fopen(mainfile, "w");
    if (!mf) {
        fprintf(stderr, "open %s: %s\n", mainfile, strerror(errno));
        return 2;
    }
    fprintf(mf, "package %s\n\nimport (\n\tgosubos \"os\"\n\tgosubtesting \"testing\"\n)\n\n", pkgname);
    fprintf(mf, "var gosubTests = []gosubtesting.InternalTest{\n");
    for (int i = 0; i < fd.tests.len; i++) fprintf(mf, "\t{%s, %s},\n", arena_printf("\"%s\"", VEC_AT(fd.tests, char *, i)), VEC_AT(fd.tests, char *, i));
    fprintf(mf, "}\n\nvar gosubBenchmarks = []gosubtesting.InternalBenchmark{\n");
    for (int i = 0; i < fd.benchmarks.len; i++)
        fprintf(mf, "\t{%s, %s},\n", arena_printf("\"%s\"", VEC_AT(fd.benchmarks, char *, i)), VEC_AT(fd.benchmarks, char *, i));
    /* go's test main hands over the import path ("pkg:" of benchmarks), empty for files */
    fprintf(mf, "}\n\nvar gosubExamples = []gosubtesting.InternalExample{\n");
    for (int i = 0; i < fd.examples.len; i++) {
        Example *ex = VEC_AT(fd.examples, Example *, i);
        fprintf(mf, "\t{%s, %s, %s, %s},\n", go_quote(ex->name), ex->name, go_quote(ex->output), ex->unordered ? "true" : "false");
    }
    fprintf(mf, "}\n\nfunc gosubTestMain() {\n\tm := gosubtesting.MainStart(\"%s\", gosubTests, gosubBenchmarks, gosubExamples)\n",
            files.len ? "" : pkgpath);
    if (fd.testmain) fprintf(mf, "\tTestMain(m)\n\tgosubos.Exit(gosubtesting.ExitCode(m))\n}\n");
    else fprintf(mf, "\tgosubos.Exit(m.Run())\n}\n");
    fclose(mf);

    char **all = NEWN(char *, src.len + tests.len + 2);
    int nall = 0;
    for (int i = 0; i < src.len; i++) all[nall++] = VEC_AT(src, char *, i);
    for (int i = 0; i < tests.len; i++) all[nall++] = VEC_AT(tests, char *, i);
    all[nall++] = mainfile;
    co.header = arena_printf("# %s [%s.test]", pkgpath, pkgpath);
    co.display_rel = true;
    co.entry = "gosubTestMain";
    co.hide_file = mainfile; /* go reports its test main as a package of its own */
    char *exe = arena_printf("%s/%s.test", work, pkgname);
    int rc = build_exe(&co, all, nall, exe, work, x);
    if (rc != 0) {
        printf("FAIL\t%s [build failed]\n", pkgpath);
        c->anyfail = true;
        if (!keep) remove_workdir(work);
        return 2;
    }

    /* the test binary, in the package's directory */
    char **args = NEWN(char *, 16 + tf.nextra);
    int na = 0;
    char absexe[4096];
    args[na++] = realpath(exe, absexe) ? absexe : exe;
    /* go test's two flags it always passes */
    args[na++] = "-test.paniconexit0";
    args[na++] = arena_printf("-test.timeout=%s", tf.timeout ? tf.timeout : "10m0s");
    if (tf.verbose) args[na++] = "-test.v=true";
    if (tf.run) args[na++] = arena_printf("-test.run=%s", tf.run);
    if (tf.bench) args[na++] = arena_printf("-test.bench=%s", tf.bench);
    if (tf.benchmem) args[na++] = "-test.benchmem=true";
    if (tf.shortf) args[na++] = "-test.short=true";
    if (tf.failfast) args[na++] = "-test.failfast=true";
    if (tf.count) args[na++] = arena_printf("-test.count=%s", tf.count);
    if (tf.benchtime) args[na++] = arena_printf("-test.benchtime=%s", tf.benchtime);
    if (tf.list) args[na++] = arena_printf("-test.list=%s", tf.list);
    if (tf.shuffle) args[na++] = arena_printf("-test.shuffle=%s", tf.shuffle);
    for (int i = 0; i < tf.nextra; i++) args[na++] = tf.extra[i];
    args[na] = NULL;
    char *out = arena_printf("%s/test.out", work);
    double t0 = now_seconds();
    rc = run_cmd_in(args, dir, out, x);
    double secs = now_seconds() - t0;
    /* go's two modes: with no package named (local directory mode) or
     * under -bench it streams the binary's output, and a failure shows
     * the exit status; else it shows the output of a failed test binary
     * (or any under -v) and ends a failure with a line "FAIL" */
    bool listed = c->listed, stream = !listed || tf.bench;
    bool none = file_contains(out, "testing: warning: no tests to run");
    if (rc == 0) {
        if (tf.verbose || stream || tf.list) copy_to_stdout(out); /* go test shows what -list printed */
        printf("ok  \t%s\t%.3fs%s\n", pkgpath, secs, none ? " [no tests to run]" : "");
    } else {
        copy_to_stdout(out);
        if (stream) printf("exit status %d\n", rc);
        printf("FAIL\t%s\t%.3fs\n", pkgpath, secs);
        c->anyfail = true;
    }
    fflush(stdout);
    if (!keep) remove_workdir(work);
    return rc == 0 ? 0 : 1;
}
