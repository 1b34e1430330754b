/*
 * pkgdir.c: `gosub build [DIR]` and `gosub run DIR`: a package named by
 * its directory, as the go command (module mode, Go 1.19) loads it.
 *
 * A new Go user writes `go mod init example.com/x`, then `go run .` or
 * `go build -gcflags=-m`: no file names.  The go command then
 *   - finds go.mod in the current directory or a parent (the main module;
 *     there is no GOPATH mode here) and reads its `module` path;
 *   - maps the argument ("." by default, "./sub", "sub/dir", an absolute
 *     directory, or an import path inside the main module) to a directory
 *     of the module; the package's import path is the module path joined
 *     with that directory relative to the module root;
 *   - takes the directory's .go files in name order, leaving out _test.go
 *     files, names starting with "_" or ".", and files whose build
 *     constraints (a _GOOS/_GOARCH name suffix, //go:build or // +build
 *     lines before the package clause) this machine does not satisfy;
 *   - checks they all declare one package.
 * The compiler output is then headed "# IMPORTPATH" instead of
 * "# command-line-arguments", the default executable is named after the
 * import path's last element, and each failure above is one line of go's
 * own wording with exit status 1.
 */
#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "driver/driver.h"
#include "util/util.h"

static const char *const known_os[] = {"aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios",
                                       "js", "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "windows",
                                       "zos", NULL};
static const char *const known_arch[] = {"386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64",
                                         "mips", "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc",
                                         "ppc64", "ppc64le", "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64",
                                         "wasm", NULL};

static const char *host_arch(void) {
#if defined(__aarch64__)
    return "arm64";
#else
    return "amd64";
#endif
}

static bool in_list(const char *const *l, const char *s, size_t n) {
    for (; *l; l++)
        if (strlen(*l) == n && !strncmp(*l, s, n)) return true;
    return false;
}

/* A build tag this machine satisfies: go's default context on linux. */
static bool tag_ok(const char *t, size_t n) {
#define IS(lit) (n == sizeof lit - 1 && !strncmp(t, lit, n))
    if (IS("linux") || IS("unix") || IS("gc") || IS("cgo")) return true;
    if (n == strlen(host_arch()) && !strncmp(t, host_arch(), n)) return true;
    if (n > 4 && !strncmp(t, "go1.", 4)) {
        int minor = atoi(t + 4);
        return minor >= 1 && minor <= 19;
    }
    return false;
#undef IS
}

/* The name's _GOOS, _GOARCH or _GOOS_GOARCH suffix (before .go and
 * _test), when it has one, matches this machine. */
static bool name_ok(const char *name) {
    size_t n = strlen(name) - 3;
    if (n > 5 && !strncmp(name + n - 5, "_test", 5)) n -= 5;
    const char *parts[2];
    size_t lens[2];
    int np = 0;
    /* the last two "_"-separated elements; the first element never counts */
    const char *end = name + n;
    for (const char *p = end; p > name && np < 2; p--) {
        if (p[-1] == '_') {
            parts[np] = p;
            lens[np] = (size_t)(end - p);
            np++;
            end = p - 1;
        }
    }
    if (np >= 2 && in_list(known_os, parts[1], lens[1]) && in_list(known_arch, parts[0], lens[0]))
        return tag_ok(parts[1], lens[1]) && tag_ok(parts[0], lens[0]);
    if (np >= 1 && in_list(known_os, parts[0], lens[0])) return tag_ok(parts[0], lens[0]);
    if (np >= 1 && in_list(known_arch, parts[0], lens[0])) return tag_ok(parts[0], lens[0]);
    return true;
}

/* //go:build expressions: || over && over ! and parentheses. */
typedef struct Expr {
    const char *p;
    bool bad;
} Expr;

static void skip_sp(Expr *x) {
    while (*x->p == ' ' || *x->p == '\t') x->p++;
}

static bool or_expr(Expr *x);

static bool unary_expr(Expr *x) {
    skip_sp(x);
    if (*x->p == '!') {
        x->p++;
        return !unary_expr(x);
    }
    if (*x->p == '(') {
        x->p++;
        bool v = or_expr(x);
        skip_sp(x);
        if (*x->p == ')') x->p++;
        else x->bad = true;
        return v;
    }
    const char *s = x->p;
    while (*x->p && (strchr("_.", *x->p) || (*x->p >= 'a' && *x->p <= 'z') || (*x->p >= 'A' && *x->p <= 'Z') ||
                     (*x->p >= '0' && *x->p <= '9')))
        x->p++;
    if (x->p == s) {
        x->bad = true;
        return false;
    }
    return tag_ok(s, (size_t)(x->p - s));
}

static bool and_expr(Expr *x) {
    bool v = unary_expr(x);
    for (;;) {
        skip_sp(x);
        if (x->p[0] != '&' || x->p[1] != '&') return v;
        x->p += 2;
        bool w = unary_expr(x);
        v = v && w;
    }
}

static bool or_expr(Expr *x) {
    bool v = and_expr(x);
    for (;;) {
        skip_sp(x);
        if (x->p[0] != '|' || x->p[1] != '|') return v;
        x->p += 2;
        bool w = and_expr(x);
        v = v || w;
    }
}

/* One "// +build" line: space-separated options (any), each a
 * comma-separated list of terms (all), each term maybe negated. */
static bool plus_build_ok(const char *s) {
    bool any = false;
    while (*s) {
        while (*s == ' ' || *s == '\t') s++;
        if (!*s) break;
        bool all = true;
        while (*s && *s != ' ' && *s != '\t') {
            bool neg = false;
            while (*s == '!') neg = !neg, s++;
            const char *t = s;
            while (*s && *s != ',' && *s != ' ' && *s != '\t') s++;
            bool v = tag_ok(t, (size_t)(s - t));
            if (neg) v = !v;
            all = all && v;
            if (*s == ',') s++;
        }
        any = any || all;
    }
    return any;
}

/* Reads the file's header: whether its build constraints are satisfied,
 * and the package clause's name (into pkg, NULL when there is none). */
static bool header_ok(const char *path, char **pkg) {
    *pkg = NULL;
    FILE *f = fopen(path, "r");
    if (!f) return false;
    char line[4096];
    bool have_go_build = false, go_build = true, plus = true, in_block = false;
    while (fgets(line, sizeof line, f)) {
        char *s = line;
        while (*s == ' ' || *s == '\t' || *s == '\r') s++;
        s[strcspn(s, "\r\n")] = 0;
        if (in_block) {
            char *e = strstr(s, "*/");
            if (!e) continue;
            in_block = false;
            s = e + 2;
            while (*s == ' ' || *s == '\t') s++;
        }
        if (!*s) continue;
        if (!strncmp(s, "/*", 2)) {
            if (!strstr(s + 2, "*/")) in_block = true;
            continue;
        }
        if (!strncmp(s, "//", 2)) {
            if (!strncmp(s, "//go:build", 10) && (s[10] == ' ' || s[10] == '\t') && !have_go_build) {
                Expr x = {s + 11, false};
                go_build = or_expr(&x);
                skip_sp(&x);
                if (*x.p || x.bad) go_build = false;
                have_go_build = true;
            } else if (!strncmp(s, "// +build", 9) && (s[9] == ' ' || s[9] == '\t')) {
                plus = plus && plus_build_ok(s + 10);
            }
            continue;
        }
        if (!strncmp(s, "package", 7) && (s[7] == ' ' || s[7] == '\t')) {
            s += 8;
            while (*s == ' ' || *s == '\t') s++;
            size_t n = strcspn(s, " \t;/");
            *pkg = arena_strndup(s, n);
        }
        break;
    }
    fclose(f);
    return have_go_build ? go_build : plus;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The directory holding go.mod, from the current directory up (NULL when
 * none); *modpath gets its module path, *golang its go directive as gc's
 * -lang value (`go 1.16` is "go1.16"; NULL when there is none). */
static char *find_module(char **modpath, char **golang) {
    char dir[PATH_MAX];
    if (!getcwd(dir, sizeof dir)) return NULL;
    for (;;) {
        char *gomod = arena_printf("%s/go.mod", dir);
        FILE *f = fopen(gomod, "r");
        if (f) {
            char line[4096];
            *modpath = NULL;
            *golang = NULL;
            while (fgets(line, sizeof line, f)) {
                char *s = line;
                while (*s == ' ' || *s == '\t') s++;
                int major, minor;
                if (!strncmp(s, "go", 2) && (s[2] == ' ' || s[2] == '\t') && sscanf(s + 3, " %d.%d", &major, &minor) == 2)
                    *golang = arena_printf("go%d.%d", major, minor);
                if (strncmp(s, "module", 6) || (s[6] != ' ' && s[6] != '\t')) continue;
                s += 7;
                while (*s == ' ' || *s == '\t') s++;
                size_t n = strcspn(s, " \t\r\n/");
                if (*s == '"') s++, n = strcspn(s, "\"");
                else n = strcspn(s, " \t\r\n");
                *modpath = arena_strndup(s, n);
            }
            fclose(f);
            return arena_strdup(dir);
        }
        char *slash = strrchr(dir, '/');
        if (!slash || slash == dir) return NULL;
        *slash = 0;
    }
}

static bool is_dir(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

const char *go_file_package(const char *path) {
    char *pkg = NULL;
    header_ok(path, &pkg);
    return pkg ? pkg : "";
}

int load_package_dir(const char *arg, bool is_run, PackageDir *pd) {
    memset(pd, 0, sizeof *pd);
    char *modpath = NULL, *golang = NULL;
    char *root = find_module(&modpath, &golang);
    pd->golang = golang;
    if (!root || !modpath) {
        fprintf(stderr, "go: go.mod file not found in current directory or any parent directory; see 'go help modules'\n");
        return 1;
    }
    bool local = arg[0] == '.' || arg[0] == '/';
    size_t ml = strlen(modpath);
    char *dirarg;
    if (local) {
        dirarg = arena_strdup(arg);
    } else if (!strcmp(arg, modpath)) {
        dirarg = root;
    } else if (!strncmp(arg, modpath, ml) && arg[ml] == '/') {
        dirarg = arena_printf("%s/%s", root, arg + ml + 1);
    } else {
        /* a standard package, or another module's: not what gosub builds */
        fprintf(stderr, "gosub: building package %s by import path is not supported yet (name its directory or files)\n", arg);
        return 1;
    }
    char abs[PATH_MAX];
    if (!realpath(dirarg, abs) || !is_dir(abs)) {
        char cwd[PATH_MAX];
        const char *a = dirarg[0] == '/' || !getcwd(cwd, sizeof cwd) ? dirarg : arena_printf("%s/%s", cwd, dirarg);
        /* go cleans the path: "./x/" and "x/./" are "x" */
        char *clean = arena_strdup(a);
        size_t n = strlen(clean);
        while (n > 1 && clean[n - 1] == '/') clean[--n] = 0;
        for (char *d; (d = strstr(clean, "/./"));) memmove(d, d + 2, strlen(d + 2) + 1);
        fprintf(stderr, "stat %s: directory not found\n", clean);
        return 1;
    }
    size_t rl = strlen(root);
    if (strncmp(abs, root, rl) || (abs[rl] != '/' && abs[rl] != 0)) {
        fprintf(stderr, "directory %s outside main module or its selected dependencies\n", arg);
        return 1;
    }
    pd->importpath = abs[rl] ? arena_printf("%s/%s", modpath, abs + rl + 1) : modpath;
    DIR *d = opendir(abs);
    if (!d) {
        fprintf(stderr, "open %s: cannot read directory\n", abs);
        return 1;
    }
    Vec names = {0}, tnames = {0};
    int gofiles = 0;
    for (struct dirent *de; (de = readdir(d));) {
        const char *nm = de->d_name;
        size_t n = strlen(nm);
        if (n <= 3 || strcmp(nm + n - 3, ".go") != 0) continue;
        char *full = arena_printf("%s/%s", abs, nm);
        if (is_dir(full)) continue;
        if (nm[0] == '_' || nm[0] == '.') continue;
        if (n > 8 && !strcmp(nm + n - 8, "_test.go")) {
            vec_push(&tnames, arena_strdup(nm));
            continue;
        }
        gofiles++;
        vec_push(&names, arena_strdup(nm));
    }
    closedir(d);
    qsort(names.v, (size_t)names.len, sizeof(char *), cmp_str);
    char **files = NEWN(char *, names.len + 1);
    int nf = 0;
    const char *pkgname = NULL, *first = NULL;
    for (int i = 0; i < names.len; i++) {
        const char *nm = VEC_AT(names, char *, i);
        char *full = arena_printf("%s/%s", abs, nm);
        char *pkg = NULL;
        if (!name_ok(nm) || !header_ok(full, &pkg)) continue;
        if (pkg && pkgname && strcmp(pkg, pkgname)) {
            fprintf(stderr, "found packages %s (%s) and %s (%s) in %s\n", pkgname, first, pkg, nm, abs);
            return 1;
        }
        if (pkg && !pkgname) pkgname = pkg, first = nm;
        /* the compiler sees the path relative to the current directory, as
         * go's output shows it ("./x.go", "sub/x.go") */
        files[nf++] = full;
    }
    if (gofiles == 0) {
        if (is_run) fprintf(stderr, "go: no packages loaded from %s\n", arg);
        else fprintf(stderr, "no Go files in %s\n", abs);
        return 1;
    }
    if (nf == 0) {
        fprintf(stderr, "package %s: build constraints exclude all Go files in %s\n", pd->importpath, abs);
        return 1;
    }
    if (is_run && pkgname && strcmp(pkgname, "main")) {
        fprintf(stderr, "package %s is not a main package\n", pd->importpath);
        return 1;
    }
    pd->is_main = pkgname && !strcmp(pkgname, "main");
    pd->files = files;
    pd->nfiles = nf;
    pd->dir = arena_strdup(abs);
    /* the _test.go files, for gosub test */
    qsort(tnames.v, (size_t)tnames.len, sizeof(char *), cmp_str);
    pd->testfiles = NEWN(char *, tnames.len + 1);
    for (int i = 0; i < tnames.len; i++) {
        const char *nm = VEC_AT(tnames, char *, i);
        char *full = arena_printf("%s/%s", abs, nm);
        char *pkg = NULL;
        if (name_ok(nm) && header_ok(full, &pkg)) pd->testfiles[pd->ntestfiles++] = full;
    }
    /* the executable's default name: the import path's last element (a
     * major-version suffix "/v2" names the element before it) */
    const char *ip = pd->importpath;
    const char *last = strrchr(ip, '/');
    const char *elem = last ? last + 1 : ip;
    if (last && elem[0] == 'v' && elem[1] >= '1' && elem[1] <= '9' && strspn(elem + 1, "0123456789") == strlen(elem + 1)) {
        const char *p = last;
        while (p > ip && p[-1] != '/') p--;
        elem = arena_strndup(p, (size_t)(last - p));
    }
    pd->exename = elem;
    return 0;
}
