/*
 * lexer.re: Go 1.19 source bytes -> tokens.  re2c generates the token
 * dispatcher (operators, keywords, ASCII identifiers, whitespace); the
 * literal and comment bodies are small hand-written loops because their
 * error rules are character-by-character (they mirror what gc's scanner
 * reports, message for message and position for position).
 *
 * Invariants:
 * - The file data is NUL-terminated (util.h); a NUL at `end` is the end of
 *   input, a NUL before `end` is an error ("invalid NUL character") that is
 *   skipped.  No regular expression below can match a NUL byte, so the
 *   generated DFA never reads past `end`.
 * - Like gc's source reader, bytes that are not characters (NUL, invalid
 *   UTF-8, a BOM anywhere but at the very start) are reported once and then
 *   skipped wherever they occur: between tokens, inside literals, inside
 *   comments.  Token text still spans them.
 * - Positions: line 1-based, col = byte offset from the line start + 1
 *   (a leading BOM counts, as in gc).
 * - No per-token heap allocation: token text and, when no escape or CR is
 *   involved, literal values point into the file data; decoded values that
 *   differ from the source are copied into the arena.  Identifiers are
 *   interned (text.p is the interned, NUL-terminated copy).
 * - re2c runs in byte mode (no --utf8): [\x80-\xff] below means bytes;
 *   UTF-8 is decoded by utf8_decode and classified with the tables that
 *   lexer/gen_unicode.go extracts from Go 1.19 (Unicode 13).
 *
 * Known differences from gc, all on input that is already an error: a
 * dropped byte inside an operator splits it ("+\0=" is '+' '=' here, "+="
 * in gc), and inside a comment's closing star-slash it does not close the
 * comment.
 * - Line directives (a //line comment, or its block-comment form; gc's
 *   syntax.updateBase) do not change the positions the lexer gives: they
 *   register a position base (file_line_base) through which positions
 *   are printed (pos_rel).
 */
#include "lexer/lexer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexer/unicode_tables.h"

typedef unsigned char uchar;

struct Lexer {
    int file;
    const uchar *base, *cur, *end;
    const uchar *line_start; /* first byte of the current line */
    int line;
    bool nlsemi; /* a newline or EOF here becomes T_SEMI */
    Str directive; /* pending //go: or //extern lines for the next token */
    LexDirective *dirs; /* every //go: comment so far (lex_directives) */
    int ndirs, capdirs;
    int buflen;    /* bytes used in scratch while decoding a literal */
};

/* Scratch space for decoding literals with escapes, shared by all lexers
 * (the compiler lexes one token at a time on one thread); it only grows,
 * and stays reachable (no leak report under ASan). */
static char *scratch;
static int scratch_cap;

/* ---- Unicode classes and formatting (gc's %#U and %q) ---- */

static bool in_table(const uint32_t (*t)[2], int n, uint32_t r) {
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (r < t[mid][0]) hi = mid - 1;
        else if (r > t[mid][1]) lo = mid + 1;
        else return true;
    }
    return false;
}
#define TABLEN(t) ((int)(sizeof(t) / sizeof((t)[0])))

static bool is_letter(int32_t r) {
    if (r < 0x80) return (r | 0x20) >= 'a' && (r | 0x20) <= 'z';
    return in_table(uni_letter, TABLEN(uni_letter), (uint32_t)r);
}
static bool is_udigit(int32_t r) {
    if (r < 0x80) return r >= '0' && r <= '9';
    return in_table(uni_digit, TABLEN(uni_digit), (uint32_t)r);
}
static bool is_print(int64_t r) {
    if (r < 0) return false;
    if (r < 0x80) return r >= 0x20 && r < 0x7f;
    if (r > 0x10FFFF) return false;
    return in_table(uni_print, TABLEN(uni_print), (uint32_t)r);
}

int utf8_encode(int32_t r, char out[4]) {
    uint32_t u = (uint32_t)r;
    if (u > 0x10FFFF || (u >= 0xD800 && u < 0xE000)) u = 0xFFFD;
    if (u < 0x80) {
        out[0] = (char)u;
        return 1;
    }
    if (u < 0x800) {
        out[0] = (char)(0xC0 | (u >> 6));
        out[1] = (char)(0x80 | (u & 0x3F));
        return 2;
    }
    if (u < 0x10000) {
        out[0] = (char)(0xE0 | (u >> 12));
        out[1] = (char)(0x80 | ((u >> 6) & 0x3F));
        out[2] = (char)(0x80 | (u & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (u >> 18));
    out[1] = (char)(0x80 | ((u >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((u >> 6) & 0x3F));
    out[3] = (char)(0x80 | (u & 0x3F));
    return 4;
}

/* Strict UTF-8 as Go decodes it: the lead byte's range and the tighter
 * second-byte ranges after E0, ED, F0, F4 rule out overlong forms,
 * surrogates and code points above U+10FFFF. */
int utf8_decode(const unsigned char *s, int n, int32_t *rune) {
    if (n <= 0) {
        *rune = 0xFFFD;
        return 0;
    }
    uchar c = s[0];
    if (c < 0x80) {
        *rune = c;
        return 1;
    }
    int need;
    uint32_t r;
    uchar lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) need = 1, r = c & 0x1F;
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 2, r = c & 0x0F;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3, r = c & 0x07;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        *rune = 0xFFFD;
        return 1;
    }
    if (n < need + 1) {
        *rune = 0xFFFD;
        return 1;
    }
    for (int i = 1; i <= need; i++) {
        uchar b = s[i];
        if (b < (i == 1 ? lo : 0x80) || b > (i == 1 ? hi : 0xBF)) {
            *rune = 0xFFFD;
            return 1;
        }
        r = (r << 6) | (b & 0x3F);
    }
    *rune = (int32_t)r;
    return need + 1;
}

/* gc's %#U: "U+0040 '@'" (the quoted part only when printable). */
static const char *fmt_U(char *out, size_t n, int64_t r) {
    int k = snprintf(out, n, "U+%04llX", (unsigned long long)r);
    if (is_print(r)) {
        char u[4];
        int w = utf8_encode((int32_t)r, u);
        snprintf(out + k, n - (size_t)k, " '%.*s'", w, u);
    }
    return out;
}

bool lex_is_print(int32_t r) { return is_print(r); }
const char *lex_fmt_U(char *out, size_t n, int32_t r) { return fmt_U(out, n, r); }

/* gc's %q of a rune (strconv.QuoteRune). */
static const char *fmt_q(char *out, size_t n, int32_t r) {
    switch (r) {
    case '\a': return "'\\a'";
    case '\b': return "'\\b'";
    case '\f': return "'\\f'";
    case '\n': return "'\\n'";
    case '\r': return "'\\r'";
    case '\t': return "'\\t'";
    case '\v': return "'\\v'";
    case '\'': return "'\\''";
    case '\\': return "'\\\\'";
    }
    if (is_print(r)) {
        char u[4];
        int w = utf8_encode(r, u);
        snprintf(out, n, "'%.*s'", w, u);
    } else if (r < 0x80) {
        snprintf(out, n, "'\\x%02x'", (unsigned)r);
    } else if (r < 0x10000) {
        snprintf(out, n, "'\\u%04x'", (unsigned)r);
    } else {
        snprintf(out, n, "'\\U%08x'", (unsigned)r);
    }
    return out;
}

/* ---- positions and errors ---- */

static Pos pos_at(Lexer *lx, const uchar *p) {
    return (Pos){lx->file, lx->line, (int32_t)(p - lx->line_start) + 1};
}

#define ERR_AT(lx, p, ...) diag_error(pos_at((lx), (p)), __VA_ARGS__)

/* Error at a byte offset from the token start (gc's errorAtf). */
static void err_tok(Token *t, int off, const char *msg) {
    Pos p = t->pos;
    p.col += off;
    diag_error(p, "%s", msg);
}

/*
 * The character at lx->cur, after skipping (with their errors) the bytes
 * gc's source reader drops.  *w gets its width; -1 means end of input.
 * Calling it again at the same place reports nothing new.
 */
static int32_t ch_peek(Lexer *lx, int *w) {
    for (;;) {
        const uchar *p = lx->cur;
        uchar c = *p;
        if (c != 0 && c < 0x80) {
            *w = 1;
            return c;
        }
        if (c == 0) {
            if (p >= lx->end) {
                *w = 0;
                return -1;
            }
            ERR_AT(lx, p, "invalid NUL character");
            lx->cur++;
            continue;
        }
        int32_t r;
        int n = utf8_decode(p, (int)(lx->end - p), &r);
        if (n == 1) {
            ERR_AT(lx, p, "invalid UTF-8 encoding");
            lx->cur++;
            continue;
        }
        if (r == 0xFEFF) {
            ERR_AT(lx, p, "invalid BOM in the middle of the file");
            lx->cur += n;
            continue;
        }
        *w = n;
        return r;
    }
}

/* Consumes the character just peeked (width w); keeps line bookkeeping. */
static inline void ch_next(Lexer *lx, int32_t ch, int w) {
    lx->cur += w;
    if (ch == '\n') {
        lx->line++;
        lx->line_start = lx->cur;
    }
}

/* ---- scratch buffer for decoded literal values ---- */

static void buf_put(Lexer *lx, const char *s, int n) {
    if (n == 0) return; /* scratch may still be NULL */
    if (lx->buflen + n > scratch_cap) {
        int ncap = scratch_cap ? scratch_cap * 2 : 256;
        while (ncap < lx->buflen + n) ncap *= 2;
        char *nb = realloc(scratch, (size_t)ncap);
        if (!nb) fatalf("out of memory");
        scratch = nb;
        scratch_cap = ncap;
    }
    memcpy(scratch + lx->buflen, s, (size_t)n);
    lx->buflen += n;
}

static Str buf_take(Lexer *lx) {
    Str s = {arena_strndup(scratch ? scratch : "", (size_t)lx->buflen), lx->buflen};
    lx->buflen = 0;
    return s;
}

/* ---- identifiers ---- */

/*
 * Continues an identifier from lx->cur once a non-ASCII character (or a
 * byte gc drops) was seen: letters and digits of any script continue it;
 * any other non-ASCII character is reported and still taken, as gc does.
 */
static void ident_slow(Lexer *lx, bool first) {
    char ub[48];
    for (;;) {
        int w;
        int32_t ch = ch_peek(lx, &w);
        if (ch < 0) return;
        if (ch < 0x80) {
            if (!(is_letter(ch) || ch == '_' || (ch >= '0' && ch <= '9'))) return;
        } else if (is_letter(ch)) {
            /* ok */
        } else if (is_udigit(ch)) {
            if (first) ERR_AT(lx, lx->cur, "identifier cannot begin with digit %s", fmt_U(ub, sizeof ub, ch));
        } else {
            ERR_AT(lx, lx->cur, "invalid character %s in identifier", fmt_U(ub, sizeof ub, ch));
        }
        first = false;
        lx->cur += w;
    }
}

/* ---- numbers (gc's rules: which characters are consumed, which errors) ---- */

static const char *base_name(int base) {
    switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    default: return "hexadecimal";
    }
}

static inline int lower(int32_t c) { return c | 0x20; }
static inline bool is_dec(int32_t c) { return c >= '0' && c <= '9'; }
static inline bool is_hex(int32_t c) { return is_dec(c) || (lower(c) >= 'a' && lower(c) <= 'f'); }

/*
 * Consumes { digit | '_' } for `base`; for bases <= 10 any decimal digit is
 * taken but the offset of the first one out of range is recorded in
 * *invalid (relative to the token start).  Returns bit 0 = saw a digit,
 * bit 1 = saw '_'.
 */
static int num_digits(Lexer *lx, const uchar *start, int base, int *invalid) {
    int ds = 0, w;
    for (;;) {
        int32_t c = ch_peek(lx, &w);
        if (c == '_') ds |= 2;
        else if (base <= 10 ? is_dec(c) : is_hex(c)) {
            ds |= 1;
            if (base < 10 && c >= '0' + base && invalid && *invalid < 0) *invalid = (int)(lx->cur - start);
        } else return ds;
        lx->cur++;
    }
}

/* Offset in x of the first '_' that does not sit between two digits, or -1. */
static int invalid_sep(const uchar *x, int n) {
    int x1 = ' ';
    int d = '.'; /* previous: '_', '0' (a digit) or '.' (other) */
    int i = 0;
    if (n >= 2 && x[0] == '0') {
        x1 = lower(x[1]);
        if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
            d = '0';
            i = 2;
        }
    }
    for (; i < n; i++) {
        int p = d;
        d = x[i];
        if (d == '_') {
            if (p != '0') return i;
        } else if (is_dec(d) || (x1 == 'x' && is_hex(d))) {
            d = '0';
        } else {
            if (p == '_') return i - 1;
            d = '.';
        }
    }
    return d == '_' ? n - 1 : -1;
}

static void lex_number(Lexer *lx, Token *t, const uchar *start, bool seen_point) {
    char qb[24];
    bool ok = true;
    TokKind kind = T_INT;
    int base = 10, prefix = 0, ds = 0, invalid = -1, w;
    int32_t c;

    lx->cur = start + (seen_point ? 1 : 0);
    if (!seen_point) {
        if (*lx->cur == '0') {
            lx->cur++;
            c = ch_peek(lx, &w);
            switch (lower(c)) {
            case 'x': lx->cur++; base = 16, prefix = 'x'; break;
            case 'o': lx->cur++; base = 8, prefix = 'o'; break;
            case 'b': lx->cur++; base = 2, prefix = 'b'; break;
            default: base = 8, prefix = '0', ds = 1; break;
            }
        }
        ds |= num_digits(lx, start, base, &invalid);
        if (ch_peek(lx, &w) == '.') {
            if (prefix == 'o' || prefix == 'b') {
                ERR_AT(lx, lx->cur, "invalid radix point in %s literal", base_name(base));
                ok = false;
            }
            lx->cur++;
            seen_point = true;
        }
    }
    if (seen_point) {
        kind = T_FLOAT;
        ds |= num_digits(lx, start, base, &invalid);
    }
    if (!(ds & 1) && ok) {
        ch_peek(lx, &w);
        ERR_AT(lx, lx->cur, "%s literal has no digits", base_name(base));
        ok = false;
    }
    c = ch_peek(lx, &w);
    int e = lower(c);
    if (c >= 0 && (e == 'e' || e == 'p')) {
        if (ok) {
            if (e == 'e' && prefix != 0 && prefix != '0') {
                ERR_AT(lx, lx->cur, "%s exponent requires decimal mantissa", fmt_q(qb, sizeof qb, c));
                ok = false;
            } else if (e == 'p' && prefix != 'x') {
                ERR_AT(lx, lx->cur, "%s exponent requires hexadecimal mantissa", fmt_q(qb, sizeof qb, c));
                ok = false;
            }
        }
        lx->cur++;
        kind = T_FLOAT;
        c = ch_peek(lx, &w);
        if (c == '+' || c == '-') lx->cur++;
        ds = num_digits(lx, start, 10, NULL) | (ds & 2);
        if (!(ds & 1) && ok) {
            ch_peek(lx, &w);
            ERR_AT(lx, lx->cur, "exponent has no digits");
            ok = false;
        }
    } else if (prefix == 'x' && kind == T_FLOAT && ok) {
        ERR_AT(lx, lx->cur, "hexadecimal mantissa requires a 'p' exponent");
        ok = false;
    }
    if (ch_peek(lx, &w) == 'i') {
        kind = T_IMAG;
        lx->cur++;
    }
    ch_peek(lx, &w); /* as in gc, dropped bytes right after the literal belong to its text */
    t->kind = kind;
    t->text = (Str){(const char *)start, (int)(lx->cur - start)};
    if (kind == T_INT && invalid >= 0 && ok) {
        char m[80];
        snprintf(m, sizeof m, "invalid digit %s in %s literal", fmt_q(qb, sizeof qb, start[invalid]), base_name(base));
        err_tok(t, invalid, m);
        ok = false;
    }
    if ((ds & 2) && ok) {
        int i = invalid_sep(start, t->text.len);
        if (i >= 0) {
            err_tok(t, i, "'_' must separate successive digits");
            ok = false;
        }
    }
    t->bad = !ok;
}

/* ---- escapes, runes, strings ---- */

/*
 * One escape after a backslash (gc's rules).  On success appends the
 * decoded bytes (strings) or sets *val (runes) and returns true.  Returns
 * true without a value at end of input (the caller reports the
 * unterminated literal).
 */
static bool lex_escape(Lexer *lx, int32_t quote, bool to_buf, int64_t *val) {
    char qb[24], ub[48];
    int w, n;
    uint32_t base, max;
    int32_t c = ch_peek(lx, &w);
    const char *simple = NULL;
    switch (c) {
    case 'a': simple = "\a"; break;
    case 'b': simple = "\b"; break;
    case 'f': simple = "\f"; break;
    case 'n': simple = "\n"; break;
    case 'r': simple = "\r"; break;
    case 't': simple = "\t"; break;
    case 'v': simple = "\v"; break;
    case '\\': simple = "\\"; break;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        n = 3, base = 8, max = 255;
        break;
    case 'x': lx->cur++; n = 2, base = 16, max = 255; break;
    case 'u': lx->cur++; n = 4, base = 16, max = 0x10FFFF; break;
    case 'U': lx->cur++; n = 8, base = 16, max = 0x10FFFF; break;
    default:
        if (c == quote) {
            simple = quote == '"' ? "\"" : "'";
            break;
        }
        if (c < 0) return true;
        ERR_AT(lx, lx->cur, "unknown escape");
        return false;
    }
    if (simple) {
        lx->cur++;
        if (to_buf) buf_put(lx, simple, 1);
        *val = (uchar)simple[0];
        return true;
    }
    uint32_t x = 0;
    for (int i = n; i > 0; i--) {
        c = ch_peek(lx, &w);
        if (c < 0) return true;
        uint32_t d = base;
        if (is_dec(c)) d = (uint32_t)(c - '0');
        else if (lower(c) >= 'a' && lower(c) <= 'f') d = (uint32_t)(lower(c) - 'a' + 10);
        if (d >= base) {
            ERR_AT(lx, lx->cur, "invalid character %s in %s escape", fmt_q(qb, sizeof qb, c), base_name((int)base));
            return false;
        }
        x = x * base + d;
        lx->cur++;
    }
    if (x > max && base == 8) {
        ERR_AT(lx, lx->cur, "octal escape value %u > 255", x);
        return false;
    }
    if (x > max || (x >= 0xD800 && x < 0xE000)) {
        ERR_AT(lx, lx->cur, "escape is invalid Unicode code point %s", fmt_U(ub, sizeof ub, x));
        return false;
    }
    *val = x;
    if (to_buf) {
        if (max == 255) {
            char b = (char)x;
            buf_put(lx, &b, 1);
        } else {
            char u[4];
            buf_put(lx, u, utf8_encode((int32_t)x, u));
        }
    }
    return true;
}

static void lex_rune(Lexer *lx, Token *t, const uchar *start) {
    bool ok = true;
    int64_t val = 0;
    int n = 0, w;
    lx->cur = start + 1;
    for (;; n++) {
        int32_t c = ch_peek(lx, &w);
        if (c == '\'') {
            if (ok) {
                if (n == 0) {
                    ERR_AT(lx, lx->cur, "empty rune literal or unescaped '");
                    ok = false;
                } else if (n != 1) {
                    err_tok(t, 0, "more than one character in rune literal");
                    ok = false;
                }
            }
            lx->cur++;
            break;
        }
        if (c == '\\') {
            lx->cur++;
            if (!lex_escape(lx, '\'', false, &val)) ok = false;
            continue;
        }
        if (c == '\n') {
            if (ok) {
                ERR_AT(lx, lx->cur, "newline in rune literal");
                ok = false;
            }
            break;
        }
        if (c < 0) {
            if (ok) {
                err_tok(t, 0, "rune literal not terminated");
                ok = false;
            }
            break;
        }
        val = c;
        lx->cur += w;
    }
    t->kind = T_CHAR;
    t->text = (Str){(const char *)start, (int)(lx->cur - start)};
    t->rune = ok ? (int32_t)val : 0;
    t->bad = !ok;
}

static void lex_string(Lexer *lx, Token *t, const uchar *start) {
    const uchar *p = start + 1;
    /* Fast path: printable ASCII without escapes. */
    while (*p != '"' && *p != '\\' && *p != '\n' && *p != 0 && *p < 0x80) p++;
    if (*p == '"') {
        lx->cur = p + 1;
        t->kind = T_STRING;
        t->text = (Str){(const char *)start, (int)(lx->cur - start)};
        t->val = (Str){(const char *)start + 1, (int)(p - start - 1)};
        return;
    }
    /* General path: escapes, non-ASCII, errors. */
    bool ok = true, copied = false;
    int errs = diag_count();
    int w;
    int64_t dummy;
    lx->buflen = 0;
    lx->cur = start + 1;
    for (;;) {
        int32_t c = ch_peek(lx, &w);
        if (c == '"') {
            lx->cur++;
            break;
        }
        if (c == '\\') {
            if (!copied) {
                buf_put(lx, (const char *)start + 1, (int)(lx->cur - start - 1));
                copied = true;
            }
            lx->cur++;
            if (!lex_escape(lx, '"', true, &dummy)) ok = false;
            continue;
        }
        if (c == '\n') {
            ERR_AT(lx, lx->cur, "newline in string");
            ok = false;
            break;
        }
        if (c < 0) {
            err_tok(t, 0, "string not terminated");
            ok = false;
            break;
        }
        if (copied) buf_put(lx, (const char *)lx->cur, w);
        lx->cur += w;
    }
    t->kind = T_STRING;
    t->text = (Str){(const char *)start, (int)(lx->cur - start)};
    if (!ok || diag_count() != errs) {
        t->bad = true;
        lx->buflen = 0;
        t->val = (Str){"", 0};
    } else if (copied) {
        t->val = buf_take(lx);
    } else {
        t->val = (Str){(const char *)start + 1, t->text.len - 2};
    }
}

static void lex_raw_string(Lexer *lx, Token *t, const uchar *start) {
    bool ok = true, has_cr = false;
    int errs = diag_count();
    int w;
    lx->cur = start + 1;
    for (;;) {
        int32_t c = ch_peek(lx, &w);
        if (c == '`') {
            lx->cur++;
            break;
        }
        if (c < 0) {
            err_tok(t, 0, "string not terminated");
            ok = false;
            break;
        }
        if (c == '\r') has_cr = true;
        ch_next(lx, c, w);
    }
    t->kind = T_STRING;
    t->text = (Str){(const char *)start, (int)(lx->cur - start)};
    if (!ok || diag_count() != errs) {
        t->bad = true;
        t->val = (Str){"", 0};
    } else if (has_cr) {
        char *v = arena_alloc((size_t)t->text.len);
        int n = 0;
        for (int i = 1; i < t->text.len - 1; i++)
            if (t->text.p[i] != '\r') v[n++] = t->text.p[i];
        t->val = (Str){v, n};
    } else {
        t->val = (Str){t->text.p + 1, t->text.len - 2};
    }
}

/* ---- comments ---- */

/* True when only blanks precede p on its line. */
static bool blank_before(Lexer *lx, const uchar *p) {
    for (const uchar *q = lx->line_start; q < p; q++)
        if (*q != ' ' && *q != '\t') return false;
    return true;
}

static void add_directive(Lexer *lx, Str d) {
    if (lx->directive.len == 0) {
        lx->directive = d;
        return;
    }
    int n = lx->directive.len + 1 + d.len;
    char *s = arena_alloc((size_t)n + 1);
    memcpy(s, lx->directive.p, (size_t)lx->directive.len);
    s[lx->directive.len] = '\n';
    memcpy(s + lx->directive.len + 1, d.p, (size_t)d.len);
    lx->directive = (Str){s, n};
}

/* ---- line directives ---- */

#define POS_MAX (1 << 30)

/* The text after the last ':' of t[0:n] as a number: returns the index
 * after that ':' (0: there is none); *ok when the rest is all digits that
 * fit in 64 bits (strconv.ParseUint's rule). */
static int trailing_digits(const char *t, int n, uint64_t *v, bool *ok) {
    int i = n - 1;
    while (i >= 0 && t[i] != ':') i--;
    if (i < 0) return 0;
    *v = 0;
    *ok = i + 1 < n;
    for (int k = i + 1; k < n && *ok; k++) {
        if (t[k] < '0' || t[k] > '9' || *v > (UINT64_MAX - (uint64_t)(t[k] - '0')) / 10) *ok = false;
        else *v = *v * 10 + (uint64_t)(t[k] - '0');
    }
    return i + 1;
}

/* A line directive's text t[0:n] (after "line "), found at (tline, tcol):
 * from `at` on, positions are filename:line:col as it says.  Its forms are
 * filename:line, filename:line:col, :line and :line:col; an empty filename
 * with a column keeps the current file, without one it is "". */
static void line_directive(Lexer *lx, Pos at, int tline, int tcol, const char *t, int n) {
    uint64_t v1, v2;
    bool ok1, ok2;
    int i = trailing_digits(t, n, &v1, &ok1);
    if (i == 0) return; /* no ':': not a directive */
    Pos ep = {lx->file, tline, 0};
    if (!ok1) {
        ep.col = tcol + i;
        diag_error(ep, "invalid line number: %.*s", n - i, t + i);
        return;
    }
    uint64_t line, col = 0;
    int i2 = trailing_digits(t, i - 1, &v2, &ok2);
    if (ok2) { /* filename:line:col */
        int ci = i;
        i = i2;
        line = v2;
        col = v1;
        if (col == 0 || col > POS_MAX) {
            ep.col = tcol + ci;
            diag_error(ep, "invalid column number: %.*s", n - ci, t + ci);
            return;
        }
        n = ci - 1;
    } else {
        line = v1;
    }
    if (line == 0 || line > POS_MAX) {
        ep.col = tcol + i;
        diag_error(ep, "invalid line number: %.*s", n - i, t + i);
        return;
    }
    const char *fn = i - 1 == 0 && ok2 ? NULL : arena_strndup(t, (size_t)(i - 1));
    file_line_base(at, fn, (int)line, (int)col);
}

/* A '//' comment starting at start: skips to (not past) the newline. */
/* Word-at-a-time test: does any byte of v equal zero / have its top bit? */
#define ONES 0x0101010101010101ull
#define HIGHS 0x8080808080808080ull
static inline bool has_zero(uint64_t v) { return ((v - ONES) & ~v & HIGHS) != 0; }

static void line_comment(Lexer *lx, const uchar *start) {
    const uchar *p = start + 2;
    for (;;) {
        /* Skip 8 plain ASCII bytes at a time (no NUL, '\n' or non-ASCII);
         * the load stays inside the file data. */
        while (lx->end - p >= 8) {
            uint64_t v;
            memcpy(&v, p, 8);
            if ((v & HIGHS) || has_zero(v) || has_zero(v ^ (ONES * '\n'))) break;
            p += 8;
        }
        uchar c = *p;
        if (c == '\n') break;
        if (c != 0 && c < 0x80) {
            p++;
            continue;
        }
        if (c == 0 && p >= lx->end) break;
        lx->cur = p;
        int w;
        int32_t ch = ch_peek(lx, &w);
        p = lx->cur;
        if (ch < 0 || ch == '\n') break;
        p += w;
    }
    lx->cur = p;
    int n = (int)(p - start);
    if (start == lx->line_start && n >= 7 && memcmp(start + 2, "line ", 5) == 0) {
        int tn = n - 7;
        if (tn > 0 && start[7 + tn - 1] == '\r') tn--;
        Pos at = {lx->file, lx->line + 1, 1}; /* the next line */
        line_directive(lx, at, lx->line, (int)(start - lx->line_start) + 1 + 7, (const char *)start + 7, tn);
    }
    if (n >= 5 && memcmp(start + 2, "go:", 3) == 0) {
        if (lx->ndirs == lx->capdirs) {
            int ncap = lx->capdirs ? lx->capdirs * 2 : 8;
            LexDirective *nd = arena_alloc(sizeof(LexDirective) * (size_t)ncap);
            if (lx->ndirs) memcpy(nd, lx->dirs, sizeof(LexDirective) * (size_t)lx->ndirs);
            lx->dirs = nd;
            lx->capdirs = ncap;
        }
        int tn = n - 2;
        while (tn > 0 && start[2 + tn - 1] == '\r') tn--;
        lx->dirs[lx->ndirs++] = (LexDirective){pos_at(lx, start + 2), (Str){(const char *)start + 2, tn},
                                               blank_before(lx, start)};
    }
    if ((start[2] == 'g' || start[2] == 'e') &&
        ((n >= 5 && memcmp(start + 2, "go:", 3) == 0) || (n >= 9 && memcmp(start + 2, "extern ", 7) == 0)) &&
        blank_before(lx, start)) {
        while (n > 0 && start[n - 1] == '\r') n--;
        add_directive(lx, (Str){(const char *)start, n});
    }
}

/* A general comment; returns false when unterminated (error reported). */
static bool block_comment(Lexer *lx, const uchar *start, Pos spos) {
    const uchar *p = start + 2;
    for (;;) {
        uchar c = *p;
        if (c == '*' && p[1] == '/') {
            lx->cur = p + 2;
            return true;
        }
        if (c == '\n') {
            p++;
            lx->line++;
            lx->line_start = p;
            continue;
        }
        if (c != 0 && c < 0x80) {
            p++;
            continue;
        }
        if (c == 0 && p >= lx->end) break;
        lx->cur = p;
        int w;
        int32_t ch = ch_peek(lx, &w);
        p = lx->cur;
        if (ch < 0) break;
        if (ch == '*' || ch == '\n') continue;
        p += w;
    }
    lx->cur = p;
    diag_error(spos, "comment not terminated");
    return false;
}

/* ---- the token loop ---- */

Lexer *lex_new(int file) {
    SrcFile *f = file_get(file);
    Lexer *lx = NEW(Lexer);
    lx->file = file;
    lx->base = (const uchar *)f->data;
    lx->end = lx->base + f->len;
    lx->cur = lx->base;
    lx->line_start = lx->base;
    lx->line = 1;
    if (f->len >= 3 && lx->base[0] == 0xEF && lx->base[1] == 0xBB && lx->base[2] == 0xBF) lx->cur += 3;
    return lx;
}

#define OP(k) do { t->kind = (k); goto done; } while (0)
#define OPSEMI(k) do { t->kind = (k); lx->nlsemi = true; goto done; } while (0)
#define KW(k) do { if (*p >= 0x80 || (*p == 0 && p < lx->end)) goto ident_more; t->kind = (k); goto done; } while (0)

void lex_next_into(Lexer *lx, Token *t) {
    memset(t, 0, sizeof *t);
    bool nlsemi = lx->nlsemi;
    lx->nlsemi = false;
    const uchar *p = lx->cur, *start, *mk;
    char ub[48];
    (void)mk;

    for (;;) {
        start = p;
        /*!re2c
        re2c:define:YYCTYPE = uchar;
        re2c:define:YYCURSOR = p;
        re2c:define:YYMARKER = mk;
        re2c:yyfill:enable = 0;

        [ \t\r]+ { continue; }
        "\n" {
            if (nlsemi) {
                t->kind = T_SEMI;
                t->pos = pos_at(lx, start);
                t->text = STR_LIT("newline");
                lx->line++;
                lx->line_start = p;
                lx->cur = p;
                return;
            }
            lx->line++;
            lx->line_start = p;
            continue;
        }
        "//" { line_comment(lx, start); p = lx->cur; continue; }
        "/*" {
            int line0 = lx->line;
            Pos spos = pos_at(lx, start);
            if (block_comment(lx, start, spos) && lx->cur - start >= 9 && memcmp(start + 2, "line ", 5) == 0) {
                /* the base starts right after the comment (gc: its start column plus its length) */
                Pos at = {lx->file, spos.line, spos.col + (int32_t)(lx->cur - start)};
                line_directive(lx, at, spos.line, spos.col + 7, (const char *)start + 7, (int)(lx->cur - start) - 9);
            }
            p = lx->cur;
            if (nlsemi && lx->line > line0) {
                t->kind = T_SEMI;
                t->pos = spos;
                t->text = STR_LIT("newline");
                return;
            }
            continue;
        }
        "\x00" {
            if (start >= lx->end) {
                p = start;
                t->pos = pos_at(lx, start);
                lx->cur = p;
                t->text = STR_LIT("EOF");
                if (nlsemi) {
                    t->kind = T_SEMI;
                } else {
                    t->kind = T_EOF;
                    t->directive = lx->directive;
                    lx->directive = (Str){0};
                }
                return;
            }
            ERR_AT(lx, start, "invalid NUL character");
            continue;
        }
        [\x80-\xff] {
            int32_t r;
            int n = utf8_decode(start, (int)(lx->end - start), &r);
            if (n == 1) {
                ERR_AT(lx, start, "invalid UTF-8 encoding");
                continue;
            }
            if (r == 0xFEFF) {
                ERR_AT(lx, start, "invalid BOM in the middle of the file");
                p = start + n;
                continue;
            }
            t->pos = pos_at(lx, start);
            lx->cur = start;
            ident_slow(lx, true);
            goto ident_end;
        }

        "break"       { KW(T_BREAK); }
        "case"        { KW(T_CASE); }
        "chan"        { KW(T_CHAN); }
        "const"       { KW(T_CONST); }
        "continue"    { KW(T_CONTINUE); }
        "default"     { KW(T_DEFAULT); }
        "defer"       { KW(T_DEFER); }
        "else"        { KW(T_ELSE); }
        "fallthrough" { KW(T_FALLTHROUGH); }
        "for"         { KW(T_FOR); }
        "func"        { KW(T_FUNC); }
        "go"          { KW(T_GO); }
        "goto"        { KW(T_GOTO); }
        "if"          { KW(T_IF); }
        "import"      { KW(T_IMPORT); }
        "interface"   { KW(T_INTERFACE); }
        "map"         { KW(T_MAP); }
        "package"     { KW(T_PACKAGE); }
        "range"       { KW(T_RANGE); }
        "return"      { KW(T_RETURN); }
        "select"      { KW(T_SELECT); }
        "struct"      { KW(T_STRUCT); }
        "switch"      { KW(T_SWITCH); }
        "type"        { KW(T_TYPE); }
        "var"         { KW(T_VAR); }
        [a-zA-Z_][a-zA-Z_0-9]* {
            if (*p >= 0x80 || (*p == 0 && p < lx->end)) goto ident_more;
            t->kind = T_IDENT;
            t->pos = pos_at(lx, start);
            t->text.p = intern((const char *)start, (int)(p - start));
            t->text.len = (int)(p - start);
            lx->nlsemi = true;
            goto out;
        }

        [0-9] { t->pos = pos_at(lx, start); lex_number(lx, t, start, false); goto lit; }
        "." [0-9] { t->pos = pos_at(lx, start); lex_number(lx, t, start, true); goto lit; }
        ["] { t->pos = pos_at(lx, start); lex_string(lx, t, start); goto lit; }
        [`] { t->pos = pos_at(lx, start); lex_raw_string(lx, t, start); goto lit; }
        ['] { t->pos = pos_at(lx, start); lex_rune(lx, t, start); goto lit; }

        "+"   { OP(T_ADD); }
        "-"   { OP(T_SUB); }
        "*"   { OP(T_MUL); }
        "/"   { OP(T_QUO); }
        "%"   { OP(T_REM); }
        "&"   { OP(T_AND); }
        "|"   { OP(T_OR); }
        "^"   { OP(T_XOR); }
        "<<"  { OP(T_SHL); }
        ">>"  { OP(T_SHR); }
        "&^"  { OP(T_AND_NOT); }
        "+="  { OP(T_ADD_ASSIGN); }
        "-="  { OP(T_SUB_ASSIGN); }
        "*="  { OP(T_MUL_ASSIGN); }
        "/="  { OP(T_QUO_ASSIGN); }
        "%="  { OP(T_REM_ASSIGN); }
        "&="  { OP(T_AND_ASSIGN); }
        "|="  { OP(T_OR_ASSIGN); }
        "^="  { OP(T_XOR_ASSIGN); }
        "<<=" { OP(T_SHL_ASSIGN); }
        ">>=" { OP(T_SHR_ASSIGN); }
        "&^=" { OP(T_AND_NOT_ASSIGN); }
        "&&"  { OP(T_LAND); }
        "||"  { OP(T_LOR); }
        "<-"  { OP(T_ARROW); }
        "++"  { OPSEMI(T_INC); }
        "--"  { OPSEMI(T_DEC); }
        "=="  { OP(T_EQL); }
        "<"   { OP(T_LSS); }
        ">"   { OP(T_GTR); }
        "="   { OP(T_ASSIGN); }
        "!"   { OP(T_NOT); }
        "~"   { OP(T_TILDE); }
        "!="  { OP(T_NEQ); }
        "<="  { OP(T_LEQ); }
        ">="  { OP(T_GEQ); }
        ":="  { OP(T_DEFINE); }
        "..." { OP(T_ELLIPSIS); }
        "("   { OP(T_LPAREN); }
        "["   { OP(T_LBRACK); }
        "{"   { OP(T_LBRACE); }
        ","   { OP(T_COMMA); }
        "."   { OP(T_PERIOD); }
        ")"   { OPSEMI(T_RPAREN); }
        "]"   { OPSEMI(T_RBRACK); }
        "}"   { OPSEMI(T_RBRACE); }
        ";"   { OP(T_SEMI); }
        ":"   { OP(T_COLON); }

        * {
            ERR_AT(lx, start, "invalid character %s", fmt_U(ub, sizeof ub, *start));
            continue;
        }
        */
    }

ident_more:
    t->pos = pos_at(lx, start);
    lx->cur = p;
    ident_slow(lx, false);
ident_end:
    p = lx->cur;
    t->kind = T_IDENT;
    t->text.p = intern((const char *)start, (int)(p - start));
    t->text.len = (int)(p - start);
    lx->nlsemi = true;
    goto out;

lit:
    p = lx->cur;
    lx->nlsemi = true;
    goto out;

done:
    t->pos = pos_at(lx, start);
    t->text = (Str){(const char *)start, (int)(p - start)};
    if (t->kind == T_BREAK || t->kind == T_CONTINUE || t->kind == T_FALLTHROUGH || t->kind == T_RETURN) lx->nlsemi = true;
out:
    lx->cur = p;
    t->directive = lx->directive;
    lx->directive = (Str){0};
    return;
}

const LexDirective *lex_directives(Lexer *lx, int *n) {
    *n = lx->ndirs;
    return lx->dirs;
}

Token lex_next(Lexer *lx) {
    Token t;
    lex_next_into(lx, &t);
    return t;
}

/* ---- token spellings for messages ---- */

static const char *const tok_names[T_NUM_KINDS] = {
    [T_EOF] = "EOF", [T_ILLEGAL] = "illegal",
    [T_IDENT] = "name", [T_INT] = "literal", [T_FLOAT] = "literal", [T_IMAG] = "literal",
    [T_CHAR] = "literal", [T_STRING] = "literal",
    [T_ADD] = "+", [T_SUB] = "-", [T_MUL] = "*", [T_QUO] = "/", [T_REM] = "%",
    [T_AND] = "&", [T_OR] = "|", [T_XOR] = "^", [T_SHL] = "<<", [T_SHR] = ">>", [T_AND_NOT] = "&^",
    [T_ADD_ASSIGN] = "+=", [T_SUB_ASSIGN] = "-=", [T_MUL_ASSIGN] = "*=", [T_QUO_ASSIGN] = "/=",
    [T_REM_ASSIGN] = "%=", [T_AND_ASSIGN] = "&=", [T_OR_ASSIGN] = "|=", [T_XOR_ASSIGN] = "^=",
    [T_SHL_ASSIGN] = "<<=", [T_SHR_ASSIGN] = ">>=", [T_AND_NOT_ASSIGN] = "&^=",
    [T_LAND] = "&&", [T_LOR] = "||", [T_ARROW] = "<-", [T_INC] = "++", [T_DEC] = "--",
    [T_EQL] = "==", [T_LSS] = "<", [T_GTR] = ">", [T_ASSIGN] = "=", [T_NOT] = "!", [T_TILDE] = "~",
    [T_NEQ] = "!=", [T_LEQ] = "<=", [T_GEQ] = ">=", [T_DEFINE] = ":=", [T_ELLIPSIS] = "...",
    [T_LPAREN] = "(", [T_LBRACK] = "[", [T_LBRACE] = "{", [T_COMMA] = "comma", [T_PERIOD] = ".",
    [T_RPAREN] = ")", [T_RBRACK] = "]", [T_RBRACE] = "}", [T_SEMI] = "semicolon or newline", [T_COLON] = ":",
    [T_BREAK] = "break", [T_CASE] = "case", [T_CHAN] = "chan", [T_CONST] = "const",
    [T_CONTINUE] = "continue", [T_DEFAULT] = "default", [T_DEFER] = "defer", [T_ELSE] = "else",
    [T_FALLTHROUGH] = "fallthrough", [T_FOR] = "for", [T_FUNC] = "func", [T_GO] = "go",
    [T_GOTO] = "goto", [T_IF] = "if", [T_IMPORT] = "import", [T_INTERFACE] = "interface",
    [T_MAP] = "map", [T_PACKAGE] = "package", [T_RANGE] = "range", [T_RETURN] = "return",
    [T_SELECT] = "select", [T_STRUCT] = "struct", [T_SWITCH] = "switch", [T_TYPE] = "type",
    [T_VAR] = "var",
};

const char *tok_name(TokKind k) {
    if ((int)k < 0 || k >= T_NUM_KINDS || !tok_names[k]) return "?";
    return tok_names[k];
}

const char *tok_string(const Token *t) {
    switch (t->kind) {
    case T_IDENT:
        return str_cstr(t->text);
    case T_SEMI:
        if (t->text.len == 1) return "semicolon";
        return str_cstr(t->text);
    case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR: case T_STRING:
        return arena_printf("literal %.*s", t->text.len, t->text.p);
    default:
        return tok_name(t->kind);
    }
}
