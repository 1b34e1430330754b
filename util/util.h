/*
 * util: the bottom layer every compiler stage may use.
 *
 * - Arena: all compiler memory comes from one arena per compilation and is
 *   never freed piecemeal (STYLE.md: no ownership puzzles).
 * - Str: a byte slice (pointer + length), not NUL-terminated in general;
 *   Go strings may contain NUL bytes.
 * - Vec: a growable array of pointers, arena-backed.
 * - Files and positions: a Pos is (file index, line, col), col counted in
 *   bytes from 1, exactly as gc prints them.
 * - Diagnostics: errors are collected with positions and printed sorted by
 *   position, at most 10 then "too many errors" (gc's rule), by diag_flush.
 */
#ifndef GOSUB_UTIL_H
#define GOSUB_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- arena ---- */
void *arena_alloc(size_t n);            /* zeroed, 16-byte aligned */
char *arena_strdup(const char *s);
void *chunk_alloc(size_t n);            /* zeroed, 16-byte aligned, never freed: a pool block */
char *arena_strndup(const char *s, size_t n);
char *arena_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
#define NEW(T) ((T *)arena_alloc(sizeof(T)))
#define NEWN(T, n) ((T *)arena_alloc(sizeof(T) * (size_t)(n)))

/* ---- strings ---- */
typedef struct Str {
    const char *p;
    int len;
} Str;
#define STR_LIT(s) ((Str){(s), (int)sizeof(s) - 1})
Str str_from(const char *s);
bool str_eq(Str a, Str b);
bool str_eqc(Str a, const char *c);
char *str_cstr(Str s); /* arena copy, NUL-terminated */
/* Interning: equal byte strings give the same pointer, so names can be
 * compared with ==. */
const char *intern(const char *p, int len);
const char *intern_c(const char *s);

/* ---- growable pointer vector ---- */
typedef struct Vec {
    void **v;
    int len, cap;
} Vec;
void vec_push(Vec *v, void *x);
#define VEC_AT(vec, T, i) ((T)(vec).v[(i)])

/* ---- files and positions ---- */
typedef struct Pos {
    int32_t file; /* index into the file table; 0 = no position */
    int32_t line; /* 1-based */
    int32_t col;  /* 1-based, in bytes */
} Pos;

typedef struct SrcFile {
    const char *path;    /* as opened */
    const char *display; /* as printed in diagnostics (e.g. "./x.go") */
    const char *data;    /* contents, NUL-terminated copy (may hold NULs) */
    size_t len;
} SrcFile;

/* Reads a file into the table; returns its index (>0) or -1 with errno set. */
int file_load(const char *path);
/* Adds in-memory source (tests, fuzzers); returns its index. */
int file_add(const char *name, const char *data, size_t len);
SrcFile *file_get(int idx);
void file_set_display(int idx, const char *display);
int pos_cmp(Pos a, Pos b);
/* //line directives: from the physical position at on, positions print as
 * filename:line(:col); col 0 means the columns are unknown; a NULL
 * filename keeps the file of the base in effect at `at`. */
void file_line_base(Pos at, const char *filename, int line, int col);
/* What p prints as: the file table entry, line and column (0: unknown)
 * its line directive gives it, or p itself. */
Pos pos_rel(Pos p);
/* A position quoted inside a message, as gc's syntax.Pos.String: the
 * position pos_rel gives ("file:line:col", "file:line" without a column),
 * followed by the physical one in brackets when a line directive makes
 * them differ ("gen.y:10:3[./x.go:5:3]"). */
const char *pos_string(Pos p);


/* ---- diagnostics ---- */
void diag_error(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void diag_verror(Pos pos, const char *fmt, va_list ap);
int diag_count(void);
/* gc reports in phases: parse errors, then the parser's branch checks
 * (syntax.CheckBranches: break/continue/goto/labels), then type errors;
 * the error limit counts in that order.  Sets the phase of the errors
 * reported from now on; returns the previous one. */
enum { DIAG_PARSE, DIAG_BRANCH, DIAG_CHECK };
int diag_phase(int phase);
/* Prints collected errors sorted by position to stderr (at most `limit`,
 * then "too many errors" when more; limit <= 0 means all); clears the list;
 * returns how many there were. */
int diag_flush(int limit);
/* Fatal internal error: prints and exits 2 (never for bad user input). */
_Noreturn void fatalf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
