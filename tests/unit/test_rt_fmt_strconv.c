/*
 * test_rt_fmt_strconv.c: strconv (parsing with Go's status codes, quoting,
 * unquoting, integer formatting), strings (search, split, replace, case,
 * fields, fold) and unicode (predicates and case mapping) externs against
 * Go 1.19's results recorded in rt_std_cases.h (tests/gen/stdcases).
 */
#include <criterion/criterion.h>
#include <math.h>

#include "runtime/rt_fmt.h"

typedef struct { int64_t r0; go_int r1; } I64St;
typedef struct { uint64_t r0; go_int r1; } U64St;
typedef struct { double r0; go_int r1; } F64St;
typedef struct { GoString r0; bool r1; } StrOk;
I64St go_strconv_parseInt(GoString s, go_int base, go_int bits);
U64St go_strconv_parseUint(GoString s, go_int base, go_int bits);
F64St go_strconv_parseFloat(GoString s, go_int bits);
StrOk go_strconv_unquote(GoString s);
GoString go_strconv_Quote(GoString s);
GoString go_strconv_QuoteToASCII(GoString s);
GoString go_strconv_QuoteToGraphic(GoString s);
GoString go_strconv_QuoteRune(go_rune r);
GoString go_strconv_QuoteRuneToASCII(go_rune r);
bool go_strconv_CanBackquote(GoString s);
GoString go_strconv_FormatInt(int64_t v, go_int base);
GoString go_strings_ToUpper(GoString s);
GoString go_strings_ToLower(GoString s);
GoString go_strings_ToTitle(GoString s);
GoString go_strings_TrimSpace(GoString s);
GoSlice go_strings_Fields(GoString s);
GoString go_strings_Join(GoSlice a, GoString sep);
intptr_t go_strings_Index(GoString s, GoString sub);
intptr_t go_strings_LastIndex(GoString s, GoString sub);
intptr_t go_strings_Count(GoString s, GoString sub);
GoSlice go_strings_genSplit(GoString s, GoString sep, go_int save, go_int n);
GoString go_strings_Replace(GoString s, GoString old, GoString new_, go_int n);
bool go_strings_EqualFold(GoString s, GoString t);

static int failures;

static GoString S(const char *p, intptr_t n) { GoString s = {(const uint8_t *)p, n}; return s; }
static GoString C(const char *p) { return S(p, (intptr_t)strlen(p)); }
static bool eq(GoString a, GoString b) { return a.n == b.n && (a.n == 0 || memcmp(a.p, b.p, (size_t)a.n) == 0); }

#define FAIL(...)                                      \
    do {                                               \
        if (++failures <= 40) cr_log_error(__VA_ARGS__); \
    } while (0)

static void PI(const char *s, go_int base, go_int bits, int64_t v, go_int st) {
    I64St r = go_strconv_parseInt(C(s), base, bits);
    if (r.r1 != st || (st != 1 && st < 3 && r.r0 != v))
        FAIL("ParseInt(%s, %ld, %ld) = %ld, %ld; want %ld, %ld", s, base, bits, r.r0, r.r1, v, st);
}
static void PU(const char *s, go_int base, go_int bits, uint64_t v, go_int st) {
    U64St r = go_strconv_parseUint(C(s), base, bits);
    if (r.r1 != st || (st != 1 && st < 3 && r.r0 != v))
        FAIL("ParseUint(%s, %ld, %ld) = %lu, %ld; want %lu, %ld", s, base, bits, r.r0, r.r1, v, st);
}
static void PF(const char *s, go_int bits, uint64_t want, go_int st) {
    F64St r = go_strconv_parseFloat(C(s), bits);
    uint64_t got;
    memcpy(&got, &r.r0, 8);
    double w;
    memcpy(&w, &want, 8);
    bool same = got == want || (isnan(r.r0) && isnan(w));
    if (r.r1 != st || !same) FAIL("ParseFloat(%s, %ld) = %g, %ld; want %g, %ld", s, bits, r.r0, r.r1, w, st);
}
static void QS(const char *s, intptr_t n, const char *q, const char *qa, const char *qg, int cb) {
    GoString in = S(s, n);
    if (!eq(go_strconv_Quote(in), C(q))) FAIL("Quote(%s) != %s", q, q);
    if (!eq(go_strconv_QuoteToASCII(in), C(qa))) FAIL("QuoteToASCII -> want %s", qa);
    if (!eq(go_strconv_QuoteToGraphic(in), C(qg))) FAIL("QuoteToGraphic -> want %s", qg);
    if (go_strconv_CanBackquote(in) != cb) FAIL("CanBackquote(%s) want %d", q, cb);
}
static void QR(go_rune r, const char *q, const char *qa) {
    if (!eq(go_strconv_QuoteRune(r), C(q))) FAIL("QuoteRune(%d) want %s", r, q);
    if (!eq(go_strconv_QuoteRuneToASCII(r), C(qa))) FAIL("QuoteRuneToASCII(%d) want %s", r, qa);
}
static void UQ(const char *s, intptr_t n, const char *v, intptr_t vn, int ok) {
    StrOk r = go_strconv_unquote(S(s, n));
    if (r.r1 != ok || (ok && !eq(r.r0, S(v, vn))))
        FAIL("Unquote(%s) = %.*s, %d; want %s, %d", s, (int)r.r0.n, r.r0.p, r.r1, v, ok);
}
static void FI(int64_t v, go_int base, const char *want) {
    if (!eq(go_strconv_FormatInt(v, base), C(want))) FAIL("FormatInt(%ld, %ld) want %s", v, base, want);
}
static void SU(const char *s, intptr_t n, const char *up, const char *lo, const char *ti, const char *tr) {
    GoString in = S(s, n);
    if (!eq(go_strings_ToUpper(in), C(up))) FAIL("ToUpper(%s) want %s", s, up);
    if (!eq(go_strings_ToLower(in), C(lo))) FAIL("ToLower(%s) want %s", s, lo);
    if (!eq(go_strings_ToTitle(in), C(ti))) FAIL("ToTitle(%s) want %s", s, ti);
    if (!eq(go_strings_TrimSpace(in), C(tr))) FAIL("TrimSpace(%s) want %s", s, tr);
}
static void FL(const char *s, intptr_t n, const char *joined, intptr_t count) {
    GoSlice f = go_strings_Fields(S(s, n));
    if (f.len != count || f.cap != count || !eq(go_strings_Join(f, C("|")), C(joined)))
        FAIL("Fields(%s) want %s (%ld)", s, joined, count);
}
static void SI(const char *s, intptr_t n, const char *sep, intptr_t sn, intptr_t idx, intptr_t last, intptr_t cnt) {
    GoString a = S(s, n), b = S(sep, sn);
    if (go_strings_Index(a, b) != idx || go_strings_LastIndex(a, b) != last || go_strings_Count(a, b) != cnt)
        FAIL("Index/LastIndex/Count(%s, %s) want %ld %ld %ld", s, sep, idx, last, cnt);
}
static void SP(const char *s, intptr_t n, const char *sep, intptr_t sn, go_int k, const char *sp, intptr_t splen,
               intptr_t spcap, const char *spa, intptr_t spalen, const char *rep) {
    GoString a = S(s, n), b = S(sep, sn);
    GoSlice x = go_strings_genSplit(a, b, 0, k);
    if (x.len != splen || x.cap != spcap || !eq(go_strings_Join(x, C("|")), C(sp)))
        FAIL("SplitN(%s, %s, %ld) = len %ld cap %ld; want %s len %ld cap %ld", s, sep, k, x.len, x.cap, sp, splen, spcap);
    GoSlice y = go_strings_genSplit(a, b, sn, k);
    if (y.len != spalen || !eq(go_strings_Join(y, C("|")), C(spa)))
        FAIL("SplitAfterN(%s, %s, %ld) want %s", s, sep, k, spa);
    if (!eq(go_strings_Replace(a, b, C("<>"), k), C(rep))) FAIL("Replace(%s, %s, <>, %ld) want %s", s, sep, k, rep);
}
static void EF(const char *s, intptr_t n, const char *t, intptr_t tn, int want) {
    if (go_strings_EqualFold(S(s, n), S(t, tn)) != want) FAIL("EqualFold(%s, %s) want %d", s, t, want);
}
static void UC(go_rune r, int bits, go_rune up, go_rune lo, go_rune ti, go_rune fold) {
    bool (*const f[])(go_rune) = {rt_uni_is_letter, rt_uni_is_digit, rt_uni_is_number, rt_uni_is_space,
                                  rt_uni_is_upper, rt_uni_is_lower, rt_uni_is_title, rt_uni_is_punct,
                                  rt_uni_is_symbol, rt_uni_is_mark, rt_uni_is_control, rt_uni_is_print,
                                  rt_uni_is_graphic};
    int got = 0;
    for (int i = 0; i < 13; i++)
        if (f[i](r)) got |= 1 << i;
    if (got != bits) FAIL("unicode predicates of %d: 0x%x want 0x%x", r, got, bits);
    if (rt_uni_to(0, r) != up || rt_uni_to(1, r) != lo || rt_uni_to(2, r) != ti || rt_uni_simple_fold(r) != fold)
        FAIL("case of %d: %d %d %d %d want %d %d %d %d", r, rt_uni_to(0, r), rt_uni_to(1, r), rt_uni_to(2, r),
             rt_uni_simple_fold(r), up, lo, ti, fold);
}

#include "tests/unit/rt_std_cases.h"

Test(rt_strconv, parse_int) { failures = 0; cases_parse_int(); cr_expect_eq(failures, 0); }
Test(rt_strconv, parse_float) { failures = 0; cases_parse_float(); cr_expect_eq(failures, 0); }
Test(rt_strconv, quote) { failures = 0; cases_quote(); cr_expect_eq(failures, 0); }
Test(rt_strconv, format_int) { failures = 0; cases_format_int(); cr_expect_eq(failures, 0); }
Test(rt_strings, search_split_case) { failures = 0; cases_strings(); cr_expect_eq(failures, 0); }
Test(rt_unicode, tables) { failures = 0; cases_unicode(); cr_expect_eq(failures, 0); }
