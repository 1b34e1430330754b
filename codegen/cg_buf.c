/*
 * cg_buf.c: the code generator's text helpers: growable buffers (heap,
 * freed at exit with the process), C identifiers from Go names, string
 * literals with every non-printable byte escaped (Go strings may hold any
 * byte, NUL included, so the length is always explicit).
 */
#include "codegen/cg_internal.h"

#include <stdlib.h>
#include <string.h>

CgOut cg_out;
int cg_nerrors;

static void buf_grow(Buf *b, size_t need) {
    if (b->len + need + 1 <= b->cap) return;
    size_t nc = b->cap ? b->cap * 2 : 256;
    while (nc < b->len + need + 1) nc *= 2;
    /* arena memory (never freed): the compiler's allocation discipline */
    char *np = arena_alloc(nc);
    if (b->len) memcpy(np, b->p, b->len);
    b->p = np;
    b->cap = nc;
}

void buf_printf(Buf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    buf_grow(b, (size_t)n);
    vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    b->len += (size_t)n;
}

void buf_puts(Buf *b, const char *s) {
    size_t n = strlen(s);
    buf_grow(b, n);
    memcpy(b->p + b->len, s, n + 1);
    b->len += n;
}

void buf_append(Buf *b, const Buf *src) {
    if (!src->len) return;
    buf_grow(b, src->len);
    memcpy(b->p + b->len, src->p, src->len);
    b->len += src->len;
    b->p[b->len] = 0;
}

const char *buf_str(Buf *b) {
    if (!b->p) buf_grow(b, 0);
    b->p[b->len] = 0;
    return b->p;
}

void cg_error(Pos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    diag_verror(pos, fmt, ap);
    va_end(ap);
    cg_nerrors++;
}

const char *cg_strlit(const char *p, intptr_t n) {
    if (n == 0) return "((GoString){0})";
    Buf b = {0};
    buf_puts(&b, "((GoString){(const uint8_t *)\"");
    int prev_oct = 0;
    for (intptr_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c == '"' || c == '\\') {
            buf_printf(&b, "\\%c", c);
            prev_oct = 0;
        } else if (c == '\n') {
            buf_puts(&b, "\\n");
            prev_oct = 0;
        } else if (c < 32 || c >= 127 || c == '?' || (prev_oct && c >= '0' && c <= '7')) {
            /* octal escapes (at most 3 digits) never swallow a following
             * digit since that digit is escaped too; '?' avoids trigraphs */
            buf_printf(&b, "\\%03o", c);
            prev_oct = 1;
        } else {
            buf_grow(&b, 1);
            b.p[b.len++] = (char)c;
            prev_oct = 0;
        }
    }
    buf_printf(&b, "\", %ld})", (long)n);
    const char *r = arena_strdup(buf_str(&b));
    return r;
}

const char *cg_cstr(const char *s) {
    Buf b = {0};
    buf_puts(&b, "\"");
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\') buf_printf(&b, "\\%c", *p);
        else if (*p < 32 || *p >= 127 || *p == '?') buf_printf(&b, "\\%03o", *p);
        else buf_printf(&b, "%c", *p);
    }
    buf_puts(&b, "\"");
    return arena_strdup(buf_str(&b));
}

const char *cg_ident(const char *s) {
    size_t n = strlen(s);
    char *r = arena_alloc(n * 4 + 2);
    size_t j = 0;
    int brackets = 0; /* inside a generic instance's type arguments every byte counts: Zero[int] vs Zero[*int] */
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '[') brackets++;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
            r[j++] = (char)c;
        } else if (brackets) {
            j += (size_t)sprintf(r + j, "x%02x", c);
            if (c == ']') brackets--;
        } else if (c == '.' || c == '/' || c == '-') {
            if (j && r[j - 1] != '_') r[j++] = '_';
        } else if (c == '(' || c == ')' || c == '*' || c == '~') {
            /* (*T).m -> T_m */
        } else {
            /* non-ASCII identifier bytes: hex, keeps names unique */
            j += (size_t)sprintf(r + j, "x%02x", c);
        }
    }
    r[j] = 0;
    if (j == 0 || (r[0] >= '0' && r[0] <= '9')) return arena_printf("_%s", r);
    return r;
}

const char *cg_pkgprefix(const char *path) { return cg_ident(path && *path ? path : "main"); }

/* The name the runtime shows for a Go function (tracebacks, FuncForPC):
 * "pkg.name", with a generic instance's type arguments written "[...]" as
 * gc's symbol names do (main.Map[...], main.(*Stack[...]).Push). */
const char *cg_runtime_name(const char *pkgpath, const char *name) {
    const char *full = arena_printf("%s.%s", pkgpath && *pkgpath ? pkgpath : "main", name);
    if (!strchr(full, '[')) return full;
    size_t n = strlen(full);
    char *r = arena_alloc(n + 4);
    size_t j = 0;
    int depth = 0;
    for (size_t i = 0; i < n; i++) {
        char c = full[i];
        if (c == '[') {
            if (depth++ == 0) {
                memcpy(r + j, "[...]", 5);
                j += 5;
            }
            continue;
        }
        if (c == ']') {
            depth--;
            continue;
        }
        if (depth == 0) r[j++] = c;
    }
    r[j] = 0;
    return r;
}
