/*
 * test_rt_core_string.c: strings (runtime/string.c): range decoding of
 * valid and invalid UTF-8, []rune and string(rune) conversions, the
 * capacities of []byte(s)/[]rune(s), comparison and concatenation.
 *
 * The tables below were printed by Go 1.19 running
 * testdata/pending/string_conv.go (generated, not written by hand).
 */
#include "test_rt_core.h"

static const struct DecodeCase { const char *hex; int npairs; int idx[8]; int32_t rune[8]; int count; } go_decode[] = {
    {"68656c6c6f", 5, {0, 1, 2, 3, 4}, {0x68, 0x65, 0x6c, 0x6c, 0x6f}, 5},
    {"68c3a96c6c6f", 5, {0, 1, 3, 4, 5}, {0x68, 0xe9, 0x6c, 0x6c, 0x6f}, 5},
    {"ff", 1, {0}, {0xfffd}, 1},
    {"61ff62", 3, {0, 1, 2}, {0x61, 0xfffd, 0x62}, 3},
    {"e282", 2, {0, 1}, {0xfffd, 0xfffd}, 2},
    {"e282ac", 1, {0}, {0x20ac}, 1},
    {"eda080", 3, {0, 1, 2}, {0xfffd, 0xfffd, 0xfffd}, 3},
    {"f4908080", 4, {0, 1, 2, 3}, {0xfffd, 0xfffd, 0xfffd, 0xfffd}, 4},
    {"f09f988078", 2, {0, 4}, {0x1f600, 0x78}, 2},
    {"c0af", 2, {0, 1}, {0xfffd, 0xfffd}, 2},
    {"e080af", 3, {0, 1, 2}, {0xfffd, 0xfffd, 0xfffd}, 3},
    {"f08fbfbf", 4, {0, 1, 2, 3}, {0xfffd, 0xfffd, 0xfffd, 0xfffd}, 4},
    {"c2", 1, {0}, {0xfffd}, 1},
    {"c280", 1, {0}, {0x80}, 1},
    {"dfbf", 1, {0}, {0x7ff}, 1},
    {"e0a080", 1, {0}, {0x800}, 1},
    {"efbfbf", 1, {0}, {0xffff}, 1},
    {"f0908080", 1, {0}, {0x10000}, 1},
    {"f48fbfbf", 1, {0}, {0x10ffff}, 1},
    {"f5808080", 4, {0, 1, 2, 3}, {0xfffd, 0xfffd, 0xfffd, 0xfffd}, 4},
    {"8080", 2, {0, 1}, {0xfffd, 0xfffd}, 2},
    {"e18041", 3, {0, 1, 2}, {0xfffd, 0xfffd, 0x41}, 3},
    {"f18080", 3, {0, 1, 2}, {0xfffd, 0xfffd, 0xfffd}, 3},
};
static const struct RuneCase { int64_t v; const char *hex; } go_runestr[] = {
    {0LL, "00"},
    {65LL, "41"},
    {127LL, "7f"},
    {128LL, "c280"},
    {2047LL, "dfbf"},
    {2048LL, "e0a080"},
    {55295LL, "ed9fbf"},
    {55296LL, "efbfbd"},
    {57343LL, "efbfbd"},
    {57344LL, "ee8080"},
    {65535LL, "efbfbf"},
    {65536LL, "f0908080"},
    {1114111LL, "f48fbfbf"},
    {1114112LL, "efbfbd"},
    {-1LL, "efbfbd"},
};
static const intptr_t go_bytecaps[] = {
    0, 8, 8, 8, 8, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16, 24, 24, 24, 24, 24, 24, 24, 24,
    32, 32, 32, 32, 32, 32, 32, 32, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48,
    48, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 80, 80, 80, 80, 80, 80,
    80, 80, 80, 80, 80, 80, 80, 80, 80, 80
};
static const intptr_t go_runecaps[] = {
    0, 2, 2, 4, 4, 6, 6, 8, 8, 12, 12, 12, 12, 16, 16, 16, 16, 20, 20, 20, 20, 24, 24, 24, 24,
    28, 28, 28, 28, 32, 32, 32, 32, 36, 36, 36, 36, 40, 40, 40, 40, 44, 44, 44, 44, 48, 48, 48,
    48, 52, 52, 52, 52, 56, 56, 56, 56, 60, 60, 60, 60, 64, 64, 64, 64, 72, 72, 72, 72, 72, 72,
    72, 72, 80, 80, 80, 80, 80, 80, 80, 80
};
static const char go_runes_hex[] = "efbfbdefbfbdefbfbd61f48fbfbfc3a9";


#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

static GoString unhex(const char *h) {
    size_t n = strlen(h) / 2;
    uint8_t *p = rt_alloc(n ? n : 1, NULL);
    for (size_t i = 0; i < n; i++) sscanf(h + 2 * i, "%2hhx", &p[i]);
    GoString s = {p, (intptr_t)n};
    return s;
}

static void tohex(GoString s, char *out) {
    for (intptr_t i = 0; i < s.n; i++) sprintf(out + 2 * i, "%02x", s.p[i]);
    out[2 * s.n] = 0;
}

GTest(rt_core_string, range_decoding_matches_go) {
    for (size_t c = 0; c < NELEM(go_decode); c++) {
        const struct DecodeCase *dc = &go_decode[c];
        GoString s = unhex(dc->hex);
        int k = 0;
        for (intptr_t i = 0; i < s.n;) {
            go_rune r;
            intptr_t next;
            if (s.p[i] < 0x80) {
                r = s.p[i];
                next = i + 1;
            } else {
                GoDecodeRune d = rt_decoderune(s, i);
                r = d.r0;
                next = d.r1;
            }
            cr_assert(k < dc->npairs, "%s: too many runes", dc->hex);
            cr_assert_eq(i, dc->idx[k], "%s: rune %d at %zd, Go: %d", dc->hex, k, i, dc->idx[k]);
            cr_assert_eq(r, dc->rune[k], "%s: rune %d is %x, Go: %x", dc->hex, k, r, dc->rune[k]);
            k++;
            i = next;
        }
        cr_assert_eq(k, dc->npairs, "%s", dc->hex);
        cr_assert_eq(rt_countrunes(s), dc->count, "%s", dc->hex);
        GoSlice rs = rt_stringtoslicerune(NULL, s);
        cr_assert_eq(rs.len, dc->count);
        for (int j = 0; j < dc->npairs; j++) cr_assert_eq(((go_rune *)rs.p)[j], dc->rune[j]);
    }
}

GTest(rt_core_string, string_of_rune) {
    char hex[64];
    for (size_t c = 0; c < NELEM(go_runestr); c++) {
        GoString s = rt_intstring(NULL, go_runestr[c].v);
        tohex(s, hex);
        cr_assert_str_eq(hex, go_runestr[c].hex, "string(rune(%lld))", (long long)go_runestr[c].v);
        uint8_t buf[4];
        s = rt_intstring(buf, go_runestr[c].v);
        tohex(s, hex);
        cr_assert_str_eq(hex, go_runestr[c].hex);
    }
    /* string(int64) beyond the rune range */
    GoString s = rt_intstring(NULL, (int64_t)1 << 40);
    tohex(s, hex);
    cr_assert_str_eq(hex, "efbfbd");
}

GTest(rt_core_string, string_of_runes) {
    go_rune rs[] = {-1, 0xD800, 0x110000, 'a', 0x10FFFF, 0xe9};
    char hex[64];
    tohex(rt_slicerunetostring(NULL, rs, 6), hex);
    cr_assert_str_eq(hex, go_runes_hex);
    uint8_t buf[GO_TMPBUF];
    GoString s = rt_slicerunetostring(buf, rs, 6);
    cr_assert(s.p == buf);
    tohex(s, hex);
    cr_assert_str_eq(hex, go_runes_hex);
}

GTest(rt_core_string, conversion_capacities) {
    char x[200];
    memset(x, 'x', sizeof x);
    for (intptr_t n = 0; n <= 80; n++) {
        GoString s = {(const uint8_t *)x, n};
        GoSlice b = rt_stringtoslicebyte(NULL, s);
        cr_assert_eq(b.cap, go_bytecaps[n], "[]byte of %zd bytes: cap %zd, Go %zd", n, b.cap, go_bytecaps[n]);
        cr_assert_eq(b.len, n);
        cr_assert(n == 0 || memcmp(b.p, x, (size_t)n) == 0);
    }
    uint8_t e[160];
    for (int i = 0; i < 80; i++) e[2 * i] = 0xc3, e[2 * i + 1] = 0xa9;
    for (intptr_t n = 0; n <= 80; n++) {
        GoString s = {e, 2 * n};
        GoSlice r = rt_stringtoslicerune(NULL, s);
        cr_assert_eq(r.cap, go_runecaps[n], "[]rune of %zd runes: cap %zd, Go %zd", n, r.cap, go_runecaps[n]);
        cr_assert_eq(r.len, n);
    }
    /* with a non-escaping scratch buffer the capacity is 32, as gc's tmpBuf */
    uint8_t buf[GO_TMPBUF];
    GoSlice b = rt_stringtoslicebyte(buf, rt_cstr("hello"));
    cr_assert_eq(b.cap, 32);
    cr_assert(b.p == buf);
    b = rt_stringtoslicebyte(buf, (GoString){(const uint8_t *)x, 33});
    cr_assert_eq(b.cap, 48);
}

GTest(rt_core_string, compare) {
    cr_assert_eq(rt_cmpstring(rt_cstr("a"), rt_cstr("b")), -1);
    cr_assert_eq(rt_cmpstring(rt_cstr("b"), rt_cstr("a")), 1);
    cr_assert_eq(rt_cmpstring(rt_cstr("ab"), rt_cstr("a")), 1);
    cr_assert_eq(rt_cmpstring(rt_cstr(""), rt_cstr("a")), -1);
    cr_assert_eq(rt_cmpstring(rt_cstr("abc"), rt_cstr("abc")), 0);
    cr_assert_eq(rt_cmpstring(rt_cstr("\xff"), rt_cstr("a")), 1); /* bytes are unsigned */
    cr_assert(go_streq(rt_cstr("xyz"), rt_gostringn("xyz", 3)));
    cr_assert(!go_streq(rt_cstr("xyz"), rt_cstr("xy")));
}

GTest(rt_core_string, concat) {
    GoString parts[4] = {rt_cstr("ab"), rt_cstr(""), rt_cstr("cd"), rt_cstr("é")};
    GoString s = rt_concatstrings(NULL, parts, 4);
    cr_assert(go_streq(s, rt_cstr("abcdé")));
    /* a single non-empty operand is returned as is */
    GoString one[3] = {rt_cstr(""), parts[2], rt_cstr("")};
    GoString t = rt_concatstrings(NULL, one, 3);
    cr_assert(t.p == parts[2].p && t.n == 2);
    GoString none[2] = {rt_cstr(""), rt_cstr("")};
    cr_assert_eq(rt_concatstrings(NULL, none, 2).n, 0);
    uint8_t buf[GO_TMPBUF];
    GoString u = rt_concatstring2(buf, rt_cstr("x"), rt_cstr("y"));
    cr_assert(u.p == buf);
    cr_assert(go_streq(u, rt_cstr("xy")));
    /* a result escaping from a scratch-buffer operand is copied to the heap */
    GoString from_buf[1] = {u};
    GoString v = rt_concatstrings(NULL, from_buf, 1);
    cr_assert(v.p != buf);
    cr_assert(go_streq(v, rt_cstr("xy")));
}

GTest(rt_core_string, bytes_to_string) {
    uint8_t b[5] = {'h', 'e', 'l', 'l', 'o'};
    GoString s = rt_slicebytetostring(NULL, b, 5);
    b[0] = 'j';
    cr_assert(go_streq(s, rt_cstr("hello"))); /* copied */
    cr_assert_eq(rt_slicebytetostring(NULL, b, 0).n, 0);
}
