/*
 * util.c: arena, strings, interning, the file table and diagnostics.
 * Invariant: nothing allocated here is freed before the process exits.
 */
#include "util/util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- arena: a list of large chunks; big requests get their own chunk ---- */

#define CHUNK (1u << 20)
static char *chunk_cur, *chunk_end;
static void *chunk_list; /* each chunk's first word links the previous one: all stay reachable (LeakSanitizer) */

/* chunk_alloc: a zeroed block for a pool, never freed.  A compile touches
 * tens of megabytes; in 4 KiB pages that is thousands of page faults, a
 * third of a small program's compile time.  So blocks are carved from
 * 2 MiB-aligned regions the kernel may back with huge pages
 * (MADV_HUGEPAGE; "madvise" is Debian's default).  Under the sanitizers
 * they come from calloc, which LeakSanitizer can see. */
#if defined(__SANITIZE_ADDRESS__) || !defined(MADV_HUGEPAGE)
void *chunk_alloc(size_t n) {
    void *c = calloc(1, n);
    if (!c) fatalf("out of memory (%zu bytes)", n);
    return c;
}
#else
#define HUGE_PAGE ((size_t)2 << 20)
#define REGION ((size_t)16 << 20)
static char *region_cur, *region_end;
void *chunk_alloc(size_t n) {
    n = (n + 4095) & ~(size_t)4095;
    if ((size_t)(region_end - region_cur) < n) {
        size_t size = n > REGION ? (n + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1) : REGION;
        char *p = mmap(NULL, size + HUGE_PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED) fatalf("out of memory (%zu bytes)", n);
        char *a = (char *)(((uintptr_t)p + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1));
        madvise(a, size, MADV_HUGEPAGE);
        if (n > REGION) return a; /* a block of its own; the current region stays */
        region_cur = a;
        region_end = a + size;
    }
    char *c = region_cur;
    region_cur += n;
    return c;
}
#endif

void *arena_alloc(size_t n) {
    n = (n + 15) & ~(size_t)15;
    if (n == 0) n = 16;
    if ((size_t)(chunk_end - chunk_cur) < n) {
        if (n > CHUNK / 4) {
            void **p = chunk_alloc(n + 16);
            p[0] = chunk_list;
            chunk_list = p;
            return (char *)p + 16;
        }
        chunk_cur = chunk_alloc(CHUNK);
        chunk_end = chunk_cur + CHUNK;
        *(void **)chunk_cur = chunk_list;
        chunk_list = chunk_cur;
        chunk_cur += 16;
    }
    void *p = chunk_cur;
    chunk_cur += n;
    return p;
}

char *arena_strndup(const char *s, size_t n) {
    char *p = arena_alloc(n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *arena_strdup(const char *s) { return arena_strndup(s, strlen(s)); }

char *arena_printf(const char *fmt, ...) {
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *p = arena_alloc((size_t)n + 1);
    vsnprintf(p, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    return p;
}

/* ---- strings ---- */

Str str_from(const char *s) { return (Str){s, (int)strlen(s)}; }
bool str_eq(Str a, Str b) { return a.len == b.len && (a.len == 0 || memcmp(a.p, b.p, (size_t)a.len) == 0); }
bool str_eqc(Str a, const char *c) { return str_eq(a, str_from(c)); }
char *str_cstr(Str s) { return arena_strndup(s.p, (size_t)s.len); }

/* Open-addressing hash set of interned strings (length-prefixed so that
 * strings with NUL bytes intern correctly). */
typedef struct InternEnt {
    const char *s;
    int len;
    uint32_t hash;
} InternEnt;
static InternEnt *itab;
static size_t icap, icount;

static uint32_t hash_bytes(const char *p, int len) {
    uint32_t h = 2166136261u;
    for (int i = 0; i < len; i++) h = (h ^ (uint8_t)p[i]) * 16777619u;
    return h;
}

const char *intern(const char *p, int len) {
    if (icount * 2 >= icap) {
        size_t ncap = icap ? icap * 2 : 4096;
        InternEnt *nt = calloc(ncap, sizeof *nt);
        if (!nt) fatalf("out of memory");
        for (size_t i = 0; i < icap; i++) {
            if (!itab[i].s) continue;
            size_t j = itab[i].hash & (ncap - 1);
            while (nt[j].s) j = (j + 1) & (ncap - 1);
            nt[j] = itab[i];
        }
        free(itab);
        itab = nt;
        icap = ncap;
    }
    uint32_t h = hash_bytes(p, len);
    size_t j = h & (icap - 1);
    while (itab[j].s) {
        if (itab[j].hash == h && itab[j].len == len && memcmp(itab[j].s, p, (size_t)len) == 0) return itab[j].s;
        j = (j + 1) & (icap - 1);
    }
    itab[j].s = arena_strndup(p, (size_t)len);
    itab[j].len = len;
    itab[j].hash = h;
    icount++;
    return itab[j].s;
}

const char *intern_c(const char *s) { return intern(s, (int)strlen(s)); }

/* ---- vectors ---- */

void vec_push(Vec *v, void *x) {
    if (v->len == v->cap) {
        int ncap = v->cap ? v->cap * 2 : 8;
        void **nv = arena_alloc(sizeof(void *) * (size_t)ncap);
        if (v->len) memcpy(nv, v->v, sizeof(void *) * (size_t)v->len);
        v->v = nv;
        v->cap = ncap;
    }
    v->v[v->len++] = x;
}

/* ---- file table ---- */

static Vec files; /* of SrcFile*; index 0 is a placeholder */

static int file_register(SrcFile *f) {
    if (files.len == 0) vec_push(&files, NEW(SrcFile));
    vec_push(&files, f);
    return files.len - 1;
}

int file_add(const char *name, const char *data, size_t len) {
    SrcFile *f = NEW(SrcFile);
    f->path = f->display = arena_strdup(name);
    char *d = arena_alloc(len + 1);
    memcpy(d, data, len);
    d[len] = 0;
    f->data = d;
    f->len = len;
    return file_register(f);
}

int file_load(const char *path) {
    struct stat st;
    if (stat(path, &st) != 0) return -1;
    if (S_ISDIR(st.st_mode)) {
        errno = EISDIR;
        return -1;
    }
    FILE *fp = fopen(path, "rb");
    if (!fp) return -1;
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    if (!buf) fatalf("out of memory");
    for (;;) {
        if (len == cap) {
            cap *= 2;
            buf = realloc(buf, cap);
            if (!buf) fatalf("out of memory");
        }
        size_t n = fread(buf + len, 1, cap - len, fp);
        if (n == 0) break;
        len += n;
    }
    int err = ferror(fp);
    fclose(fp);
    if (err) {
        free(buf);
        errno = EIO;
        return -1;
    }
    int idx = file_add(path, buf, len);
    free(buf);
    return idx;
}

SrcFile *file_get(int idx) {
    if (idx <= 0 || idx >= files.len) return NULL;
    return files.v[idx];
}

void file_set_display(int idx, const char *display) {
    SrcFile *f = file_get(idx);
    if (f) f->display = arena_strdup(display);
}

/* ---- line directives ----
 * A //line directive (or its block-comment form) gives the source after it another file
 * name, line and (optionally) column: gc's relative position bases.
 * Positions stay physical everywhere (errors and -m lines sort by them,
 * as gc sorts); pos_rel maps one to what is printed.  The lexer adds a
 * file's bases in source order. */
typedef struct LineBase {
    Pos at;           /* the physical position the base starts at */
    int vfile;        /* the file table entry naming the directive's file */
    int32_t vline, vcol; /* vcol 0: columns unknown until the next base */
} LineBase;
static Vec line_bases; /* of LineBase*, each file's in order */

static Vec named_files; /* file table indexes of the directives' file names */

static int file_named(const char *name) {
    for (int i = 0; i < named_files.len; i++) {
        int idx = (int)(intptr_t)named_files.v[i];
        if (!strcmp(file_get(idx)->path, name)) return idx;
    }
    int idx = file_add(name, "", 0);
    vec_push(&named_files, (void *)(intptr_t)idx);
    return idx;
}

/* The index of the line base in effect at p, or -1 (a linear scan: files
 * with directives are generated ones, and have few). */
static int base_index(Pos p) {
    for (int i = line_bases.len - 1; i >= 0; i--) {
        LineBase *b = line_bases.v[i];
        if (b->at.file == p.file && pos_cmp(b->at, p) <= 0) return i;
    }
    return -1;
}

static LineBase *base_at(Pos p) {
    int i = base_index(p);
    return i < 0 ? NULL : line_bases.v[i];
}

void file_line_base(Pos at, const char *filename, int line, int col) {
    LineBase *b = NEW(LineBase);
    LineBase *cur = filename ? NULL : base_at(at);
    b->at = at;
    b->vfile = filename ? file_named(filename) : cur ? cur->vfile : at.file;
    b->vline = line;
    b->vcol = col;
    vec_push(&line_bases, b);
}

/* The position base p lies in: its file (> 0), or the line directive in effect (< 0). */
static int pos_base(Pos p) {
    int i = base_index(p);
    return i < 0 ? p.file : -(i + 1);
}

Pos pos_rel(Pos p) {
    if (!line_bases.len || p.file <= 0) return p;
    LineBase *base = base_at(p);
    if (!base) return p;
    Pos r = {base->vfile, base->vline + (p.line - base->at.line), 0};
    if (base->vcol) r.col = p.line == base->at.line ? base->vcol + (p.col - base->at.col) : p.col;
    return r;
}

static const char *pos_text(const char *name, int line, int col) {
    return col ? arena_printf("%s:%d:%d", name, line, col) : arena_printf("%s:%d", name, line);
}

/* The name gc's position base has for a source file: the go command hands
 * the compiler absolute paths and shortens them to ./x.go only where a
 * path starts a line or follows a space; a file given with a display
 * name (gosub build) is spelled absolute, one as given (tool compile) as
 * given. */
static const char *file_base_name(SrcFile *f) {
    if (f->display == f->path || f->path[0] == '/') return f->path;
    /* the working directory as go's os.Getwd spells it: $PWD when it
     * names the same directory (a path through a symbolic link) */
    char cwd[4096];
    const char *dir = getenv("PWD");
    struct stat a, b;
    if (!dir || dir[0] != '/' || stat(dir, &a) != 0 || stat(".", &b) != 0 || a.st_dev != b.st_dev || a.st_ino != b.st_ino)
        dir = getcwd(cwd, sizeof cwd);
    if (!dir) return f->display;
    const char *p = f->path[0] == '.' && f->path[1] == '/' ? f->path + 2 : f->path;
    return arena_printf("%s/%s", dir, p);
}

const char *pos_string(Pos p) {
    SrcFile *pf = file_get(p.file);
    if (!pf) return "?";
    Pos r = pos_rel(p);
    int i = base_index(p);
    if (i < 0) return pos_text(pf->display, r.line, r.col);
    const char *rel = pos_text(file_get(r.file)->display, r.line, r.col);
    const char *abs = pos_text(file_base_name(pf), p.line, p.col); /* the physical position */
    return strcmp(rel, abs) ? arena_printf("%s[%s]", rel, abs) : rel;
}

int pos_cmp(Pos a, Pos b) {
    if (a.file != b.file) return a.file < b.file ? -1 : 1;
    if (a.line != b.line) return a.line < b.line ? -1 : 1;
    if (a.col != b.col) return a.col < b.col ? -1 : 1;
    return 0;
}

/* ---- diagnostics ---- */

typedef struct Diag {
    Pos pos;
    const char *msg;
    int seq;
    int phase;
    int base_order; /* diag_flush: when its position base was first reported */
} Diag;
static Vec diags;
static int diag_cur_phase = DIAG_PARSE;

int diag_phase(int phase) {
    int prev = diag_cur_phase;
    diag_cur_phase = phase;
    return prev;
}

/* reporting order: by phase, then as reported */
static int diag_phase_cmp(const void *a, const void *b) {
    const Diag *x = *(Diag *const *)a, *y = *(Diag *const *)b;
    if (x->phase != y->phase) return x->phase - y->phase;
    return x->seq - y->seq;
}

void diag_verror(Pos pos, const char *fmt, va_list ap) {
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    char *m = arena_alloc((size_t)n + 1);
    vsnprintf(m, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    Diag *d = NEW(Diag);
    d->pos = pos;
    d->msg = m;
    d->seq = diags.len;
    d->phase = diag_cur_phase;
    vec_push(&diags, d);
}

void diag_error(Pos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    diag_verror(pos, fmt, ap);
    va_end(ap);
}

int diag_count(void) { return diags.len; }

/* gc sorts by position base, in the order the bases were first seen (a
 * file, or a //line directive's region: first through an error reported
 * in it), then by physical position */
static int diag_sort_cmp(const void *a, const void *b) {
    const Diag *x = *(Diag *const *)a, *y = *(Diag *const *)b;
    if (x->base_order != y->base_order) return x->base_order - y->base_order;
    int c = pos_cmp(x->pos, y->pos);
    if (c) return c;
    return x->seq - y->seq;
}

int diag_flush(int limit) {
    int n = diags.len;
    /* gc counts errors in the order they are reported (an error repeating
     * the previous one on the same line is not counted), stops at the
     * limit-th, prints those sorted by position (dropping repeated lines)
     * and then "too many errors" at the position of the one that hit the
     * limit. */
    Vec taken = {0};
    const Diag *last = NULL, *limit_hit = NULL;
    if (diags.len > 1) qsort(diags.v, (size_t)diags.len, sizeof(void *), diag_phase_cmp);
    for (int i = 0; i < diags.len; i++) {
        const Diag *d = diags.v[i];
        if (last && last->pos.file == d->pos.file && last->pos.line == d->pos.line && strcmp(last->msg, d->msg) == 0)
            continue;
        vec_push(&taken, (void *)d);
        last = d;
        if (limit > 0 && taken.len == limit) {
            limit_hit = d;
            break;
        }
    }
    Vec seen = {0}; /* the bases, in the order their first error was reported */
    for (int i = 0; i < taken.len; i++) {
        Diag *d = taken.v[i];
        int b = pos_base(d->pos), k = 0;
        while (k < seen.len && (int)(intptr_t)seen.v[k] != b) k++;
        if (k == seen.len) vec_push(&seen, (void *)(intptr_t)b);
        d->base_order = k;
    }
    if (taken.len > 1) qsort(taken.v, (size_t)taken.len, sizeof(void *), diag_sort_cmp);
    const Diag *prev = NULL;
    for (int i = 0; i < taken.len; i++) {
        const Diag *d = taken.v[i];
        /* gc's FlushErrors drops a line identical to the previous one
         * (position included) */
        if (prev && strcmp(prev->msg, d->msg) == 0 && pos_cmp(prev->pos, d->pos) == 0) continue;
        Pos rp = pos_rel(d->pos);
        const SrcFile *f = file_get(rp.file);
        if (f && rp.line > 0 && (rp.col == 0 || rp.col >= 255 || d->pos.col >= 255)) /* unknown column; gc keeps 8 bits of it */
            fprintf(stderr, "%s:%d: %s\n", f->display, rp.line, d->msg);
        else if (f && rp.line > 0)
            fprintf(stderr, "%s:%d:%d: %s\n", f->display, rp.line, rp.col, d->msg);
        else if (f)
            fprintf(stderr, "%s: %s\n", f->display, d->msg);
        else
            fprintf(stderr, "%s\n", d->msg);
        prev = d;
    }
    if (limit_hit) {
        Pos rp = pos_rel(limit_hit->pos);
        const SrcFile *f = file_get(rp.file);
        if (f && rp.line > 0 && rp.col == 0)
            fprintf(stderr, "%s:%d: too many errors\n", f->display, rp.line);
        else if (f && rp.line > 0)
            fprintf(stderr, "%s:%d:%d: too many errors\n", f->display, rp.line, rp.col);
        else
            fprintf(stderr, "too many errors\n");
    }
    diags.len = 0;
    return n;
}

_Noreturn void fatalf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "gosub: internal error: ");
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(2);
}
