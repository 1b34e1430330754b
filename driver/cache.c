/*
 * cache.c: the build cache for the C compiler step, in the spirit of go's
 * GOCACHE (and ccache).  The slow part of `gosub build`/`gosub run` is the C
 * compiler; its output depends only on the generated C, the compiler's
 * command line and the runtime it links (libgosubrt.a and the headers
 * main.c includes).  A hash of exactly those inputs names a cached
 * executable; when it exists the C compiler is not run at all.
 *
 * Invariants:
 *  - The key covers every input of the cc step: the text of main.c, every
 *    argument except the two that name temporary paths (the -o output and
 *    the .c file itself, whose contents are hashed instead), the bytes of
 *    the archives linked and of the runtime headers, and $CC.  A change in
 *    any of them is a different key, so a hit is always the executable cc
 *    would have produced.
 *  - Entries are written to a temporary name and renamed into place, so a
 *    concurrent gosub never sees half an executable.
 *  - GOSUBCACHE=off disables the cache; GOSUBCACHE=DIR moves it (default
 *    $XDG_CACHE_HOME/gosub, else $HOME/.cache/gosub).  Entries unused for
 *    five days are trimmed, as go trims its cache.  Unlike go's, entries
 *    are whole executables and every rebuild of gosub's runtime makes all
 *    of them stale at once, so the cache also has a size bound: over
 *    GOSUBCACHEMAX (bytes, K/M/G suffixes; default 2G) the least recently
 *    used entries go until it is under half of it.  Trimming runs at most
 *    once an hour (the mtime of trim.txt).
 */
#include "driver/driver.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* Two independent 64-bit hashes make a 128-bit key. */
typedef struct { uint64_t a, b; } Hash;

/* Eight bytes a step: the archives hashed on every build are megabytes. */
static void hash_bytes(Hash *h, const void *p, size_t n) {
    const unsigned char *s = p;
    uint64_t a = h->a, b = h->b;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        a = (a ^ w) * 0x100000001b3ULL;
        a ^= a >> 32;
        b = (b + w + 1) * 0x9E3779B97F4A7C15ULL;
        b ^= b >> 29;
    }
    for (; i < n; i++) {
        a = (a ^ s[i]) * 0x100000001b3ULL; /* FNV-1a */
        b = (b + s[i] + 1) * 0x9E3779B97F4A7C15ULL;
        b ^= b >> 29;
    }
    a = (a ^ n) * 0x100000001b3ULL; /* the length: "ab" then "c" differs from "a" then "bc" */
    h->a = a;
    h->b = b;
}

static void hash_str(Hash *h, const char *s) { hash_bytes(h, s, strlen(s) + 1); }

/* Hashes a file's bytes (its name is hashed by the caller where it is an
 * input: the generated .c file lives in a fresh temporary directory). */
static bool hash_file(Hash *h, const char *path) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) return false;
    char buf[1 << 16];
    ssize_t r;
    while ((r = read(fd, buf, sizeof buf)) > 0) hash_bytes(h, buf, (size_t)r);
    close(fd);
    return r == 0;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Every header of the runtime directory, in name order. */
static bool hash_headers(Hash *h, const char *dir) {
    DIR *d = opendir(dir);
    if (!d) return false;
    char *names[512];
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < 512) {
        size_t l = strlen(e->d_name);
        if (l > 2 && !strcmp(e->d_name + l - 2, ".h")) names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, (size_t)n, sizeof *names, cmp_str);
    bool ok = true;
    for (int i = 0; i < n; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        hash_str(h, names[i]);
        if (!hash_file(h, path)) ok = false;
        free(names[i]);
    }
    return ok;
}

static const char *cache_dir(void) {
    static char dir[4096];
    const char *env = getenv("GOSUBCACHE");
    if (env && !strcmp(env, "off")) return NULL;
    if (env && *env) {
        snprintf(dir, sizeof dir, "%s", env);
    } else {
        const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
        if (xdg && *xdg) snprintf(dir, sizeof dir, "%s/gosub", xdg);
        else if (home && *home) snprintf(dir, sizeof dir, "%s/.cache/gosub", home);
        else return NULL;
    }
    /* mkdir -p */
    for (char *p = dir + 1; *p; p++) {
        if (*p != '/') continue;
        *p = 0;
        mkdir(dir, 0777);
        *p = '/';
    }
    if (mkdir(dir, 0777) != 0 && errno != EEXIST) return NULL;
    return dir;
}

static bool copy_file(const char *from, const char *to, mode_t mode) {
    int in = open(from, O_RDONLY);
    if (in < 0) return false;
    int out = open(to, O_WRONLY | O_CREAT | O_TRUNC, mode);
    if (out < 0) {
        close(in);
        return false;
    }
    char buf[1 << 16];
    ssize_t r;
    bool ok = true;
    while ((r = read(in, buf, sizeof buf)) > 0)
        if (write(out, buf, (size_t)r) != r) {
            ok = false;
            break;
        }
    if (r < 0) ok = false;
    close(in);
    if (close(out) != 0) ok = false;
    return ok;
}

/* The size bound: GOSUBCACHEMAX, else 2 GiB. */
static uint64_t cache_max(void) {
    const char *v = getenv("GOSUBCACHEMAX");
    if (!v || !*v) return (uint64_t)2 << 30;
    char *end;
    unsigned long long n = strtoull(v, &end, 10);
    switch (*end) {
    case 'k': case 'K': n <<= 10; break;
    case 'm': case 'M': n <<= 20; break;
    case 'g': case 'G': n <<= 30; break;
    default: break;
    }
    return n ? (uint64_t)n : (uint64_t)2 << 30;
}

typedef struct Entry {
    char name[64];
    time_t used;
    uint64_t size;
} Entry;

static int cmp_used(const void *a, const void *b) {
    const Entry *x = a, *y = b;
    return x->used < y->used ? -1 : x->used > y->used;
}

/* Removes entries not used for five days, then the least recently used
 * while the cache is over its bound; runs at most once an hour. */
static void trim(const char *dir) {
    char mark[4200];
    snprintf(mark, sizeof mark, "%s/trim.txt", dir);
    struct stat st;
    time_t now = time(NULL);
    if (stat(mark, &st) == 0 && now - st.st_mtime < 3600) return;
    FILE *f = fopen(mark, "w");
    if (f) {
        fprintf(f, "%lld\n", (long long)now);
        fclose(f);
    }
    DIR *d = opendir(dir);
    if (!d) return;
    Entry *es = NULL;
    size_t n = 0, cap = 0;
    uint64_t total = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t l = strlen(e->d_name);
        if (l < 5 || l >= sizeof es->name || strcmp(e->d_name + l - 4, "-exe")) continue;
        char path[4400];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        if (stat(path, &st) != 0) continue;
        if (now - st.st_mtime > 5 * 24 * 3600) {
            unlink(path);
            continue;
        }
        if (n == cap) {
            cap = cap ? cap * 2 : 256;
            Entry *ne = realloc(es, cap * sizeof *es);
            if (!ne) break;
            es = ne;
        }
        memcpy(es[n].name, e->d_name, l + 1); /* l < sizeof name: checked above */
        es[n].used = st.st_mtime;
        es[n].size = (uint64_t)st.st_size;
        total += es[n].size;
        n++;
    }
    closedir(d);
    uint64_t max = cache_max();
    if (total > max) {
        qsort(es, n, sizeof *es, cmp_used);
        for (size_t i = 0; i < n && total > max / 2; i++) {
            char path[4400];
            snprintf(path, sizeof path, "%s/%s", dir, es[i].name);
            if (unlink(path) == 0) total -= es[i].size;
        }
    }
    free(es);
}

char *cache_key_path(char *const argv[], const char *cfile, const char *out, const char *rtdir) {
    const char *dir = cache_dir();
    if (!dir) return NULL;
    Hash h = {0xcbf29ce484222325ULL, 0x243F6A8885A308D3ULL};
    hash_str(&h, "gosub build cache v2");
    const char *cc = getenv("CC");
    hash_str(&h, cc ? cc : "");
    char cwd[4096]; /* the debug info records cc's directory */
    hash_str(&h, getcwd(cwd, sizeof cwd) ? cwd : "");
    for (int i = 0; argv[i]; i++) {
        const char *a = argv[i];
        if (a == out || a == cfile) continue; /* temporary paths: contents below */
        hash_str(&h, a);
        size_t l = strlen(a);
        if (l > 2 && !strcmp(a + l - 2, ".a") && !hash_file(&h, a)) return NULL;
    }
    if (!hash_file(&h, cfile) || !hash_headers(&h, rtdir)) return NULL;
    trim(dir);
    char *path = malloc(strlen(dir) + 64);
    sprintf(path, "%s/%016llx%016llx-exe", dir, (unsigned long long)h.a, (unsigned long long)h.b);
    return path;
}

bool cache_fetch(const char *entry, const char *out) {
    if (!entry || access(entry, R_OK) != 0) return false;
    unlink(out); /* a running binary cannot be rewritten in place */
    if (!copy_file(entry, out, 0777)) return false;
    utimensat(AT_FDCWD, entry, NULL, 0); /* used now: survives trimming */
    return true;
}

void cache_store(const char *entry, const char *out) {
    if (!entry) return;
    size_t n = strlen(entry);
    char *tmp = malloc(n + 32);
    snprintf(tmp, n + 32, "%s.%ld.tmp", entry, (long)getpid());
    if (copy_file(out, tmp, 0777) && rename(tmp, entry) == 0) {
        free(tmp);
        return;
    }
    unlink(tmp);
    free(tmp);
}
