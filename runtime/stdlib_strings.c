/*
 * stdlib_strings.c: the searching, splitting and case-mapping functions of
 * packages strings and bytes in C (//extern go_strings_<Name>,
 * go_bytes_<Name>), with Go 1.19's results: the same strings, the same
 * lengths and capacities of returned slices (make([]string, n) in Go's
 * code gives cap n here too), the same panics.
 *
 * Searching uses memchr/memmem (linear-time two-way search in glibc).
 * Results that Go returns without copying (s itself, substrings, a single
 * element of Join) are returned without copying here too: strings share
 * memory freely since they are immutable.
 *
 * strings.Builder, Reader, Map, Trim*, HasPrefix... are Go code in
 * stdlib/strings: Builder's growth must be append's.
 *
 * Go declarations, package strings:
 *   //extern go_strings_Index         func Index(s, substr string) int
 *   //extern go_strings_LastIndex     func LastIndex(s, substr string) int
 *   //extern go_strings_IndexByte     func IndexByte(s string, c byte) int
 *   //extern go_strings_LastIndexByte func LastIndexByte(s string, c byte) int
 *   //extern go_strings_IndexRune     func IndexRune(s string, r rune) int
 *   //extern go_strings_Count         func Count(s, substr string) int
 *   //extern go_strings_EqualFold     func EqualFold(s, t string) bool
 *   //extern go_strings_ToUpper       func ToUpper(s string) string
 *   //extern go_strings_ToLower       func ToLower(s string) string
 *   //extern go_strings_ToTitle       func ToTitle(s string) string
 *   //extern go_strings_Repeat        func Repeat(s string, count int) string
 *   //extern go_strings_Replace       func Replace(s, old, new string, n int) string
 *   //extern go_strings_Fields        func Fields(s string) []string
 *   //extern go_strings_genSplit      func genSplit(s, sep string, sepSave, n int) []string
 *        Split(s, sep) = genSplit(s, sep, 0, -1); SplitN(s, sep, n) = genSplit(s, sep, 0, n)
 *        SplitAfter(s, sep) = genSplit(s, sep, len(sep), -1); SplitAfterN likewise
 *   //extern go_strings_Join          func Join(elems []string, sep string) string
 *   //extern go_strings_TrimSpace     func TrimSpace(s string) string
 *   //extern go_strings_bytesString   func bytesString(b []byte) string (no copy:
 *        b is never written again, as Builder.String's conversion)
 * package bytes (results are new slices unless Go returns subslices):
 *   //extern go_bytes_Index           func Index(s, sep []byte) int
 *   //extern go_bytes_LastIndex       func LastIndex(s, sep []byte) int
 *   //extern go_bytes_IndexByte       func IndexByte(b []byte, c byte) int
 *   //extern go_bytes_IndexRune       func IndexRune(s []byte, r rune) int
 *   //extern go_bytes_Count           func Count(s, sep []byte) int
 *   //extern go_bytes_Equal           func Equal(a, b []byte) bool
 *   //extern go_bytes_Compare         func Compare(a, b []byte) int
 *   //extern go_bytes_EqualFold       func EqualFold(s, t []byte) bool
 *   //extern go_bytes_ToUpper         func ToUpper(s []byte) []byte
 *   //extern go_bytes_ToLower         func ToLower(s []byte) []byte
 *   //extern go_bytes_Repeat          func Repeat(b []byte, count int) []byte
 *   //extern go_bytes_Fields          func Fields(s []byte) [][]byte
 *   //extern go_bytes_TrimSpace       func TrimSpace(s []byte) []byte
 *   //extern go_bytes_roundupsize     func roundupsize(c int) int (growSlice's capacity)
 */
#include "runtime/rt_core.h"
#include "runtime/rt_fmt.h"
#include "runtime/rt_gc.h"

#include <stdlib.h>

/* ---------------- searching ---------------- */

static intptr_t index_of(const uint8_t *s, intptr_t n, const uint8_t *sep, intptr_t m) {
    if (m == 0) return 0;
    if (m > n) return -1;
    const uint8_t *p;
    if (m == 1) p = memchr(s, sep[0], (size_t)n);
    else p = memmem(s, (size_t)n, sep, (size_t)m);
    return p ? p - s : -1;
}

static intptr_t last_index_of(const uint8_t *s, intptr_t n, const uint8_t *sep, intptr_t m) {
    if (m == 0) return n;
    if (m > n) return -1;
    if (m == 1) {
        const uint8_t *p = memrchr(s, sep[0], (size_t)n);
        return p ? p - s : -1;
    }
    for (intptr_t i = n - m; i >= 0; i--) {
        if (s[i] == sep[0] && memcmp(s + i, sep, (size_t)m) == 0) return i;
    }
    return -1;
}

static intptr_t rune_count(const uint8_t *s, intptr_t n) {
    intptr_t c = 0;
    for (intptr_t i = 0; i < n; c++) {
        if (s[i] < 0x80) {
            i++;
        } else {
            int w;
            rt_utf8_decode(s + i, n - i, &w);
            i += w;
        }
    }
    return c;
}

static intptr_t count_of(const uint8_t *s, intptr_t n, const uint8_t *sep, intptr_t m) {
    if (m == 0) return rune_count(s, n) + 1;
    intptr_t c = 0;
    for (;;) {
        intptr_t i = index_of(s, n, sep, m);
        if (i < 0) return c;
        c++;
        s += i + m;
        n -= i + m;
    }
}

static intptr_t index_rune(const uint8_t *s, intptr_t n, go_rune r) {
    if (r >= 0 && r < 0x80) {
        const uint8_t *p = memchr(s, r, (size_t)n);
        return p ? p - s : -1;
    }
    if (r == RT_RUNE_ERROR) {
        /* Matches a literal U+FFFD and any invalid byte. */
        for (intptr_t i = 0; i < n;) {
            int w = 1;
            go_rune c = s[i] < 0x80 ? s[i] : rt_utf8_decode(s + i, n - i, &w);
            if (c == RT_RUNE_ERROR) return i;
            i += w;
        }
        return -1;
    }
    if (!rt_utf8_valid_rune(r)) return -1;
    uint8_t enc[4];
    int m = rt_utf8_encode(enc, r);
    return index_of(s, n, enc, m);
}

intptr_t go_strings_Index(GoString s, GoString sub) { return index_of(s.p, s.n, sub.p, sub.n); }
intptr_t go_strings_LastIndex(GoString s, GoString sub) {
    return last_index_of(s.p, s.n, sub.p, sub.n);
}
intptr_t go_strings_IndexByte(GoString s, uint8_t c) { return index_of(s.p, s.n, &c, 1); }
intptr_t go_strings_LastIndexByte(GoString s, uint8_t c) { return last_index_of(s.p, s.n, &c, 1); }
intptr_t go_strings_IndexRune(GoString s, go_rune r) { return index_rune(s.p, s.n, r); }
intptr_t go_strings_Count(GoString s, GoString sub) { return count_of(s.p, s.n, sub.p, sub.n); }

intptr_t go_bytes_Index(GoSlice s, GoSlice sep) { return index_of(s.p, s.len, sep.p, sep.len); }
intptr_t go_bytes_LastIndex(GoSlice s, GoSlice sep) {
    return last_index_of(s.p, s.len, sep.p, sep.len);
}
intptr_t go_bytes_IndexByte(GoSlice b, uint8_t c) { return index_of(b.p, b.len, &c, 1); }
intptr_t go_bytes_IndexRune(GoSlice s, go_rune r) { return index_rune(s.p, s.len, r); }
intptr_t go_bytes_Count(GoSlice s, GoSlice sep) { return count_of(s.p, s.len, sep.p, sep.len); }
bool go_bytes_Equal(GoSlice a, GoSlice b) {
    return a.len == b.len && (a.len == 0 || memcmp(a.p, b.p, (size_t)a.len) == 0);
}
go_int go_bytes_Compare(GoSlice a, GoSlice b) {
    intptr_t n = a.len < b.len ? a.len : b.len;
    int c = n ? memcmp(a.p, b.p, (size_t)n) : 0;
    if (c) return c < 0 ? -1 : 1;
    return a.len < b.len ? -1 : a.len > b.len;
}

/* ---------------- case ---------------- */

static bool equal_fold(const uint8_t *s, intptr_t sn, const uint8_t *t, intptr_t tn) {
    intptr_t i = 0, j = 0;
    while (i < sn && j < tn) {
        go_rune sr, tr;
        int w;
        if (s[i] < 0x80) {
            sr = s[i++];
        } else {
            sr = rt_utf8_decode(s + i, sn - i, &w);
            i += w;
        }
        if (t[j] < 0x80) {
            tr = t[j++];
        } else {
            tr = rt_utf8_decode(t + j, tn - j, &w);
            j += w;
        }
        if (sr == tr) continue;
        if (tr < sr) {
            go_rune x = tr;
            tr = sr;
            sr = x;
        }
        if (tr < 0x80) {
            if (sr >= 'A' && sr <= 'Z' && tr == sr + 'a' - 'A') continue;
            return false;
        }
        /* Walk sr's fold orbit up to tr. */
        go_rune r = rt_uni_simple_fold(sr);
        while (r != sr && r < tr) r = rt_uni_simple_fold(r);
        if (r == tr) continue;
        return false;
    }
    return i == sn && j == tn;
}

bool go_strings_EqualFold(GoString s, GoString t) { return equal_fold(s.p, s.n, t.p, t.n); }
bool go_bytes_EqualFold(GoSlice s, GoSlice t) { return equal_fold(s.p, s.len, t.p, t.len); }

/* Map every rune through rt_uni_to(which); invalid bytes become U+FFFD.
 * Returns false (and writes nothing useful) when nothing changes. */
static bool map_case(RtBuf *b, const uint8_t *s, intptr_t n, int which) {
    bool changed = false;
    for (intptr_t i = 0; i < n;) {
        int w = 1;
        go_rune c = s[i] < 0x80 ? s[i] : rt_utf8_decode(s + i, n - i, &w);
        go_rune r = rt_uni_to(which, c);
        if (r != c || (c == RT_RUNE_ERROR && w == 1)) changed = true;
        rt_buf_putrune(b, r);
        i += w;
    }
    return changed;
}

static GoString string_case(GoString s, int which) {
    /* All-ASCII s (the common case): flip the case bit of the letters that
     * change straight into the new string, or return s when none does. */
    uint8_t lo = which == 1 ? 'A' : 'a';
    bool change = false;
    intptr_t k = 0;
    for (; k < s.n && s.p[k] < 0x80; k++) change |= (uint8_t)(s.p[k] - lo) < 26;
    if (k == s.n) {
        if (!change) return s;
        uint8_t *p = rt_alloc((uintptr_t)s.n, NULL);
        for (k = 0; k < s.n; k++) p[k] = (uint8_t)(s.p[k] - lo) < 26 ? s.p[k] ^ 0x20 : s.p[k];
        return (GoString){.p = p, .n = s.n};
    }
    RtBuf b = {0};
    GoString r = s;
    if (map_case(&b, s.p, s.n, which)) r = rt_buf_gostring(&b);
    rt_buf_free(&b);
    return r;
}

GoString go_strings_ToUpper(GoString s) { return string_case(s, 0); }
GoString go_strings_ToLower(GoString s) { return string_case(s, 1); }
GoString go_strings_ToTitle(GoString s) { return string_case(s, 2); }

static GoSlice new_bytes(const void *p, intptr_t n) {
    GoSlice r = {NULL, 0, 0};
    r.p = rt_alloc((uintptr_t)(n ? n : 0), NULL);
    if (n) memcpy(r.p, p, (size_t)n);
    r.len = r.cap = n;
    return r;
}

static GoSlice bytes_case(GoSlice s, int which) {
    /* bytes.ToUpper always returns a new slice (cap == len). */
    RtBuf b = {0};
    map_case(&b, s.p, s.len, which);
    GoSlice r = new_bytes(b.p, (intptr_t)b.n);
    rt_buf_free(&b);
    return r;
}

GoSlice go_bytes_ToUpper(GoSlice s) { return bytes_case(s, 0); }
GoSlice go_bytes_ToLower(GoSlice s) { return bytes_case(s, 1); }

/* ---------------- building ---------------- */


static uint8_t *repeat(const uint8_t *s, intptr_t n, go_int count, const char *pkg, intptr_t *outn) {
    if (count < 0) {
        rt_panic_string(pkg[0] == 's' ? "strings: negative Repeat count" : "bytes: negative Repeat count");
    }
    if (count == 0 || n == 0) {
        *outn = 0;
        return NULL;
    }
    if ((n * count) / count != n) {
        rt_panic_string(pkg[0] == 's' ? "strings: Repeat count causes overflow"
                                   : "bytes: Repeat count causes overflow");
    }
    intptr_t total = n * count;
    uint8_t *p = rt_alloc((uintptr_t)total, NULL);
    memcpy(p, s, (size_t)n);
    /* Doubling copies, as Go does. */
    intptr_t have = n;
    while (have < total) {
        intptr_t c = have < total - have ? have : total - have;
        memcpy(p + have, p, (size_t)c);
        have += c;
    }
    *outn = total;
    return p;
}

GoString go_strings_Repeat(GoString s, go_int count) {
    GoString r = {NULL, 0};
    r.p = repeat(s.p, s.n, count, "strings", &r.n);
    return r;
}

GoSlice go_bytes_Repeat(GoSlice b, go_int count) {
    intptr_t n;
    uint8_t *p = repeat(b.p, b.len, count, "bytes", &n);
    GoSlice r = {p, n, n};
    if (!p) r.p = rt_alloc(0, NULL); /* Go returns a non-nil empty slice */
    return r;
}

GoString go_strings_Replace(GoString s, GoString old, GoString new_, go_int n) {
    if (go_streq(old, new_) || n == 0) return s;
    intptr_t m = count_of(s.p, s.n, old.p, old.n);
    if (m == 0) return s;
    if (n < 0 || m < n) n = m;
    RtBuf b = {0};
    intptr_t start = 0;
    for (go_int i = 0; i < n; i++) {
        intptr_t j = start;
        if (old.n == 0) {
            if (i > 0) {
                int w = 1;
                if (start < s.n && s.p[start] >= 0x80) rt_utf8_decode(s.p + start, s.n - start, &w);
                j += w;
            }
        } else {
            j += index_of(s.p + start, s.n - start, old.p, old.n);
        }
        rt_buf_put(&b, s.p + start, (size_t)(j - start));
        rt_buf_putgs(&b, new_);
        start = j + old.n;
    }
    rt_buf_put(&b, s.p + start, (size_t)(s.n - start));
    GoString r = rt_buf_gostring(&b);
    rt_buf_free(&b);
    return r;
}

GoString go_strings_Join(GoSlice elems, GoString sep) {
    const GoString *e = elems.p;
    if (elems.len == 0) return (GoString){NULL, 0};
    if (elems.len == 1) return e[0];
    intptr_t total = sep.n * (elems.len - 1);
    for (intptr_t i = 0; i < elems.len; i++) total += e[i].n;
    uint8_t *p = rt_alloc((uintptr_t)total, NULL);
    intptr_t k = 0;
    for (intptr_t i = 0; i < elems.len; i++) {
        if (i > 0 && sep.n) {
            memcpy(p + k, sep.p, (size_t)sep.n);
            k += sep.n;
        }
        if (e[i].n) memcpy(p + k, e[i].p, (size_t)e[i].n);
        k += e[i].n;
    }
    GoString r = {total ? p : NULL, total};
    return r;
}

/* ---------------- splitting ---------------- */

static GoSlice new_strings(intptr_t n) {
    GoSlice r = {NULL, 0, 0};
    r.p = rt_newarray(&go_type_string, n);
    r.len = r.cap = n;
    return r;
}

GoSlice go_strings_genSplit(GoString s, GoString sep, go_int sep_save, go_int n) {
    GoSlice nil = {NULL, 0, 0};
    if (n == 0) return nil;
    if (sep.n == 0) {
        /* explode: one string per UTF-8 sequence (an invalid byte or a
         * RuneError gives "\uFFFD") */
        intptr_t l = rune_count(s.p, s.n);
        if (n < 0 || n > l) n = l;
        GoSlice a = new_strings(n);
        GoString *out = a.p;
        for (intptr_t i = 0; i < n - 1; i++) {
            int w = 1;
            go_rune c = s.p[0] < 0x80 ? s.p[0] : rt_utf8_decode(s.p, s.n, &w);
            out[i].p = s.p;
            out[i].n = w;
            if (c == RT_RUNE_ERROR) out[i] = rt_cstr("\xEF\xBF\xBD"); /* string(RuneError) */
            s.p += w;
            s.n -= w;
        }
        if (n > 0) out[n - 1] = s;
        return a;
    }
    if (n < 0) n = count_of(s.p, s.n, sep.p, sep.n) + 1;
    if (n > s.n + 1) n = s.n + 1;
    GoSlice a = new_strings(n);
    GoString *out = a.p;
    n--;
    intptr_t i = 0;
    while (i < n) {
        intptr_t m = index_of(s.p, s.n, sep.p, sep.n);
        if (m < 0) break;
        out[i].p = s.p;
        out[i].n = m + sep_save;
        s.p += m + sep.n;
        s.n -= m + sep.n;
        i++;
    }
    out[i] = s;
    a.len = i + 1;
    return a;
}

static const bool ascii_space[256] = {['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1, [' '] = 1};

typedef struct {
    intptr_t start, end;
} Span;

/* Field boundaries of s split around white space (unicode.IsSpace). */
static Span *field_spans(const uint8_t *s, intptr_t n, intptr_t *count) {
    intptr_t cap = 16, k = 0;
    Span *sp = malloc(sizeof *sp * (size_t)cap);
    intptr_t start = -1;
    for (intptr_t i = 0; i < n;) {
        int w = 1;
        go_rune r = s[i] < 0x80 ? s[i] : rt_utf8_decode(s + i, n - i, &w);
        bool space = r < 0x80 ? ascii_space[r] : rt_uni_is_space(r);
        if (space) {
            if (start >= 0) {
                if (k == cap) sp = realloc(sp, sizeof *sp * (size_t)(cap *= 2));
                sp[k].start = start;
                sp[k].end = i;
                k++;
                start = -1;
            }
        } else if (start < 0) {
            start = i;
        }
        i += w;
    }
    if (start >= 0) {
        if (k == cap) sp = realloc(sp, sizeof *sp * (size_t)(cap *= 2));
        sp[k].start = start;
        sp[k].end = n;
        k++;
    }
    *count = k;
    return sp;
}

/* The fields of s into out (NULL: only counted).  IsSpace is pure, so
 * Fields walks twice, counting then filling the exact-size result: a span
 * array would take 16 bytes of C heap per field, a peak-RSS spike as large
 * as the result itself on big inputs (wordfreq: +57 MB). */
static intptr_t fields_walk(const uint8_t *s, intptr_t n, GoString *out) {
    intptr_t k = 0, start = -1;
    for (intptr_t i = 0; i <= n;) {
        int w = 1;
        bool space = true; /* i == n ends the last field */
        if (i < n) {
            go_rune r = s[i] < 0x80 ? s[i] : rt_utf8_decode(s + i, n - i, &w);
            space = r < 0x80 ? ascii_space[r] : rt_uni_is_space(r);
        }
        if (space && start >= 0) {
            if (out) out[k] = (GoString){.p = s + start, .n = i - start};
            k++;
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
        i += w;
    }
    return k;
}

GoSlice go_strings_Fields(GoString s) {
    GoSlice a = new_strings(fields_walk(s.p, s.n, NULL));
    fields_walk(s.p, s.n, a.p);
    return a;
}

/* [][]byte: the element type's descriptor is needed for the GC's scan; a
 * GoSlice's layout starts with its pointer (mask bit 0). */
static const uint8_t slice_mask[1] = {1};
static const GoType bytes_slice_type = {
    .size = sizeof(GoSlice), .ptrdata = 8, .hash = 0x6b797465u, .align = 8, .field_align = 8,
    .kind = GO_SLICE, .gcmask = slice_mask, .string = "[]uint8", .elem = &go_type_uint8,
};

GoSlice go_bytes_Fields(GoSlice s) {
    intptr_t k;
    Span *sp = field_spans(s.p, s.len, &k);
    GoSlice a = {rt_newarray(&bytes_slice_type, k), k, k};
    GoSlice *out = a.p;
    for (intptr_t i = 0; i < k; i++) {
        /* s[start:end:end], as Go's Fields returns */
        out[i].p = (uint8_t *)s.p + sp[i].start;
        out[i].len = out[i].cap = sp[i].end - sp[i].start;
    }
    free(sp);
    return a;
}

static void trim_space(const uint8_t *s, intptr_t n, intptr_t *lo, intptr_t *hi) {
    intptr_t i = 0, j = n;
    while (i < j) {
        int w = 1;
        go_rune r = s[i] < 0x80 ? s[i] : rt_utf8_decode(s + i, j - i, &w);
        if (!(r < 0x80 ? ascii_space[r] : rt_uni_is_space(r))) break;
        i += w;
    }
    while (j > i) {
        /* decode the last rune of s[i:j] */
        intptr_t k = j - 1;
        go_rune r = s[k];
        if (r >= 0x80) {
            intptr_t lim = j - 4 < i ? i : j - 4;
            for (k = j - 2; k >= lim && (s[k] & 0xC0) == 0x80; k--)
                ;
            if (k < lim) k = lim;
            int w;
            r = rt_utf8_decode(s + k, j - k, &w);
            if (k + w != j) {
                r = RT_RUNE_ERROR;
                k = j - 1;
            }
        }
        if (!(r < 0x80 ? ascii_space[r] : rt_uni_is_space(r))) break;
        j = k;
    }
    *lo = i;
    *hi = j;
}

GoString go_strings_TrimSpace(GoString s) {
    intptr_t lo, hi;
    trim_space(s.p, s.n, &lo, &hi);
    GoString r = {s.p + lo, hi - lo};
    if (r.n == 0) r.p = NULL;
    return r;
}

GoSlice go_bytes_TrimSpace(GoSlice s) {
    intptr_t lo, hi;
    trim_space(s.p, s.len, &lo, &hi);
    GoSlice r = {NULL, 0, 0};
    /* Go returns nil for an all-space input, else s[lo:hi] */
    if (hi > lo) {
        r.p = (uint8_t *)s.p + lo;
        r.len = hi - lo;
        r.cap = s.cap - lo;
    }
    return r;
}

/* //extern go_bytes_roundupsize  func roundupsize(c int) int
 * (bytes.growSlice: the capacity append would give c bytes) */
go_int go_bytes_roundupsize(go_int c) { return c <= 0 ? c : (go_int)rt_roundupsize((uintptr_t)c); }

/* ---------------- no-copy conversion ---------------- */

/* The standard packages are compiled without escape analysis (every
 * address-taken local is on the heap), so a Go-side *(*string)(&buf) would
 * allocate buf's header: this is the same view without it. */
GoString go_strings_bytesString(GoSlice b) {
    GoString s = {(const uint8_t *)b.p, b.len};
    return s;
}
