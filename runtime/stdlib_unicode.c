/*
 * stdlib_unicode.c: package unicode's predicates and case mappings over the
 * generated tables (unicode_tables.c), plus the //extern entry points of
 * packages unicode and unicode/utf8.
 *
 * ASCII takes a fast path everywhere; other runes binary-search the
 * (lo, hi, stride) runs.  Results equal Go 1.19's for every rune, including
 * negative and > MaxRune values (never members; mapped to themselves).
 */
#include "runtime/rt_fmt.h"

bool rt_uni_in(const RtTable *t, go_rune r) {
    if (r < 0) return false;
    uint32_t c = (uint32_t)r;
    int lo = 0, hi = t->n;
    while (lo < hi) {
        int m = lo + (hi - lo) / 2;
        const RtRange *g = &t->r[m];
        if (c < g->lo) hi = m;
        else if (c > g->hi) lo = m + 1;
        else return (c - g->lo) % g->stride == 0;
    }
    return false;
}

bool rt_uni_is_letter(go_rune r) {
    if ((uint32_t)r < 0x80) return ((uint32_t)r | 0x20) - 'a' < 26;
    return rt_uni_in(&rt_uni_letter, r);
}
bool rt_uni_is_digit(go_rune r) {
    if ((uint32_t)r < 0x80) return (uint32_t)r - '0' < 10;
    return rt_uni_in(&rt_uni_digit, r);
}
bool rt_uni_is_number(go_rune r) { return rt_uni_in(&rt_uni_number, r); }
bool rt_uni_is_space(go_rune r) {
    switch (r) {
    case '\t': case '\n': case '\v': case '\f': case '\r': case ' ': case 0x85: case 0xA0:
        return true;
    }
    if ((uint32_t)r < 0x100) return false;
    return rt_uni_in(&rt_uni_space, r);
}
bool rt_uni_is_upper(go_rune r) {
    if ((uint32_t)r < 0x80) return (uint32_t)r - 'A' < 26;
    return rt_uni_in(&rt_uni_upper, r);
}
bool rt_uni_is_lower(go_rune r) {
    if ((uint32_t)r < 0x80) return (uint32_t)r - 'a' < 26;
    return rt_uni_in(&rt_uni_lower, r);
}
bool rt_uni_is_title(go_rune r) { return rt_uni_in(&rt_uni_title, r); }
bool rt_uni_is_punct(go_rune r) { return rt_uni_in(&rt_uni_punct, r); }
bool rt_uni_is_symbol(go_rune r) { return rt_uni_in(&rt_uni_symbol, r); }
bool rt_uni_is_mark(go_rune r) { return rt_uni_in(&rt_uni_mark, r); }
bool rt_uni_is_control(go_rune r) {
    return (uint32_t)r < 0x20 || (r >= 0x7F && r < 0xA0);
}
bool rt_uni_is_print(go_rune r) {
    if ((uint32_t)r < 0x80) return r >= 0x20 && r < 0x7F;
    return rt_uni_in(&rt_uni_print, r);
}
bool rt_uni_is_graphic(go_rune r) {
    if ((uint32_t)r < 0x80) return r >= 0x20 && r < 0x7F;
    return rt_uni_in(&rt_uni_graphic, r);
}

go_rune rt_uni_to(int which, go_rune r) {
    if ((uint32_t)r < 0x80) {
        if (which == 1) return (uint32_t)r - 'A' < 26 ? r + 32 : r;
        return (uint32_t)r - 'a' < 26 ? r - 32 : r;
    }
    if (r < 0 || r > RT_MAX_RUNE) return r;
    int lo = 0, hi = rt_uni_ncase_ranges;
    while (lo < hi) {
        int m = lo + (hi - lo) / 2;
        const RtCaseRange *c = &rt_uni_case_ranges[m];
        if ((uint32_t)r < c->lo) hi = m;
        else if ((uint32_t)r > c->hi) lo = m + 1;
        else {
            int32_t d = c->delta[which];
            if (d == RT_UPPER_LOWER) {
                /* Pairs Upper, Lower, Upper, Lower... starting at lo:
                 * upper/title map to the even member, lower to the odd. */
                return (go_rune)c->lo + (((r - (go_rune)c->lo) & ~1) | (which == 1 ? 1 : 0));
            }
            return r + d;
        }
    }
    return r;
}

go_rune rt_uni_simple_fold(go_rune r) {
    if (r < 0 || r > RT_MAX_RUNE) return r;
    int lo = 0, hi = rt_uni_nfold_orbit;
    while (lo < hi) {
        int m = lo + (hi - lo) / 2;
        if ((uint32_t)r < rt_uni_fold_orbit[m].from) hi = m;
        else if ((uint32_t)r > rt_uni_fold_orbit[m].from) lo = m + 1;
        else return (go_rune)rt_uni_fold_orbit[m].to;
    }
    return r;
}

/* ---- package unicode externs ----
 * Go declarations (stdlib/unicode):
 *   //extern go_unicode_IsLetter   func IsLetter(r rune) bool
 *   ... likewise IsDigit IsNumber IsSpace IsUpper IsLower IsTitle IsPunct
 *   IsSymbol IsMark IsControl IsPrint IsGraphic
 *   //extern go_unicode_ToUpper    func ToUpper(r rune) rune
 *   //extern go_unicode_ToLower    func ToLower(r rune) rune
 *   //extern go_unicode_ToTitle    func ToTitle(r rune) rune
 *   //extern go_unicode_SimpleFold func SimpleFold(r rune) rune
 */
bool go_unicode_IsLetter(go_rune r) { return rt_uni_is_letter(r); }
bool go_unicode_IsDigit(go_rune r) { return rt_uni_is_digit(r); }
bool go_unicode_IsNumber(go_rune r) { return rt_uni_is_number(r); }
bool go_unicode_IsSpace(go_rune r) { return rt_uni_is_space(r); }
bool go_unicode_IsUpper(go_rune r) { return rt_uni_is_upper(r); }
bool go_unicode_IsLower(go_rune r) { return rt_uni_is_lower(r); }
bool go_unicode_IsTitle(go_rune r) { return rt_uni_is_title(r); }
bool go_unicode_IsPunct(go_rune r) { return rt_uni_is_punct(r); }
bool go_unicode_IsSymbol(go_rune r) { return rt_uni_is_symbol(r); }
bool go_unicode_IsMark(go_rune r) { return rt_uni_is_mark(r); }
bool go_unicode_IsControl(go_rune r) { return rt_uni_is_control(r); }
bool go_unicode_IsPrint(go_rune r) { return rt_uni_is_print(r); }
bool go_unicode_IsGraphic(go_rune r) { return rt_uni_is_graphic(r); }
go_rune go_unicode_ToUpper(go_rune r) { return rt_uni_to(0, r); }
go_rune go_unicode_ToLower(go_rune r) { return rt_uni_to(1, r); }
go_rune go_unicode_ToTitle(go_rune r) { return rt_uni_to(2, r); }
go_rune go_unicode_SimpleFold(go_rune r) { return rt_uni_simple_fold(r); }

/* ---- package unicode/utf8 externs ----
 *   //extern go_unicode_utf8_DecodeRuneInString
 *   func DecodeRuneInString(s string) (rune, int)
 *   //extern go_unicode_utf8_DecodeRune
 *   func DecodeRune(p []byte) (rune, int)
 *   //extern go_unicode_utf8_DecodeLastRuneInString
 *   func DecodeLastRuneInString(s string) (rune, int)
 *   //extern go_unicode_utf8_DecodeLastRune
 *   func DecodeLastRune(p []byte) (rune, int)
 *   //extern go_unicode_utf8_RuneCountInString
 *   func RuneCountInString(s string) int
 *   //extern go_unicode_utf8_RuneCount
 *   func RuneCount(p []byte) int
 *   //extern go_unicode_utf8_ValidString
 *   func ValidString(s string) bool
 *   //extern go_unicode_utf8_Valid
 *   func Valid(p []byte) bool
 *   //extern go_unicode_utf8_EncodeRune
 *   func EncodeRune(p []byte, r rune) int
 *   //extern go_unicode_utf8_RuneLen
 *   func RuneLen(r rune) int
 *   //extern go_unicode_utf8_ValidRune
 *   func ValidRune(r rune) bool
 *   //extern go_unicode_utf8_FullRuneInString
 *   func FullRuneInString(s string) bool
 */
typedef struct {
    go_rune r0;
    go_int r1;
} RtRuneInt;

static RtRuneInt decode_first(const uint8_t *p, intptr_t n) {
    RtRuneInt res = {RT_RUNE_ERROR, 0};
    if (n <= 0) return res;
    int size;
    res.r0 = rt_utf8_decode(p, n, &size);
    res.r1 = size;
    return res;
}

static RtRuneInt decode_last(const uint8_t *p, intptr_t n) {
    RtRuneInt res = {RT_RUNE_ERROR, 0};
    if (n <= 0) return res;
    if (p[n - 1] < 0x80) {
        res.r0 = p[n - 1];
        res.r1 = 1;
        return res;
    }
    /* Back up over at most 3 continuation bytes to a start byte. */
    intptr_t start = n - 1;
    intptr_t lim = n - 4 < 0 ? 0 : n - 4;
    for (start--; start >= lim; start--) {
        if ((p[start] & 0xC0) != 0x80) break;
    }
    if (start < 0) start = 0;
    int size;
    go_rune r = rt_utf8_decode(p + start, n - start, &size);
    if (start + size != n) {
        res.r1 = 1;
        return res;
    }
    res.r0 = r;
    res.r1 = size;
    return res;
}

RtRuneInt go_unicode_utf8_DecodeRuneInString(GoString s) { return decode_first(s.p, s.n); }
RtRuneInt go_unicode_utf8_DecodeRune(GoSlice p) { return decode_first(p.p, p.len); }
RtRuneInt go_unicode_utf8_DecodeLastRuneInString(GoString s) { return decode_last(s.p, s.n); }
RtRuneInt go_unicode_utf8_DecodeLastRune(GoSlice p) { return decode_last(p.p, p.len); }

static go_int rune_count(const uint8_t *p, intptr_t n) {
    go_int c = 0;
    for (intptr_t i = 0; i < n; c++) {
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        int size;
        rt_utf8_decode(p + i, n - i, &size);
        i += size;
    }
    return c;
}

go_int go_unicode_utf8_RuneCountInString(GoString s) { return rune_count(s.p, s.n); }
go_int go_unicode_utf8_RuneCount(GoSlice p) { return rune_count(p.p, p.len); }

static bool utf8_valid(const uint8_t *p, intptr_t n) {
    for (intptr_t i = 0; i < n;) {
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        int size;
        go_rune r = rt_utf8_decode(p + i, n - i, &size);
        if (r == RT_RUNE_ERROR && size == 1) return false;
        i += size;
    }
    return true;
}

bool go_unicode_utf8_ValidString(GoString s) { return utf8_valid(s.p, s.n); }
bool go_unicode_utf8_Valid(GoSlice p) { return utf8_valid(p.p, p.len); }
bool go_unicode_utf8_ValidRune(go_rune r) { return rt_utf8_valid_rune(r); }

go_int go_unicode_utf8_RuneLen(go_rune r) {
    if (r < 0) return -1;
    if (r < 0x80) return 1;
    if (r < 0x800) return 2;
    if (r >= 0xD800 && r <= 0xDFFF) return -1;
    if (r < 0x10000) return 3;
    if (r <= RT_MAX_RUNE) return 4;
    return -1;
}

go_int go_unicode_utf8_EncodeRune(GoSlice p, go_rune r) {
    uint8_t tmp[4];
    int n = rt_utf8_encode(tmp, r);
    if (p.len < n) rt_panic_index(n - 1, p.len); /* Go indexes p[n-1] first */
    memcpy(p.p, tmp, (size_t)n);
    return n;
}

bool go_unicode_utf8_FullRuneInString(GoString s) {
    if (s.n == 0) return false;
    int size;
    go_rune r = rt_utf8_decode(s.p, s.n, &size);
    if (!(r == RT_RUNE_ERROR && size == 1)) return true;
    /* Invalid so far: full unless it is a valid prefix cut short. */
    uint8_t c0 = s.p[0];
    int need = c0 >= 0xF0 && c0 <= 0xF4 ? 4 : c0 >= 0xE0 ? 3 : c0 >= 0xC2 ? 2 : 1;
    if (need == 1 || s.n >= need) return true;
    /* Check the bytes present are a valid prefix. */
    uint8_t tmp[4] = {c0, 0x80, 0x80, 0x80};
    if (c0 == 0xE0 || c0 == 0xF0) tmp[1] = c0 == 0xE0 ? 0xA0 : 0x90;
    for (intptr_t i = 1; i < s.n; i++) tmp[i] = s.p[i];
    rt_utf8_decode(tmp, need, &size);
    return size == 1;
}
