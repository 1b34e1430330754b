/*
 * test_lexer.c: criterion tests for lexer/ (lexer.re).
 *
 * Every expected error text and position below was checked against
 * `go build` (Go 1.19) on a file with the same bytes.  Helpers lex a
 * string given inline and return the tokens and the collected errors.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lexer/lexer.h"

#define MAXTOK 256

typedef struct Lexed {
    Token tok[MAXTOK];
    int n;
    char errs[4096]; /* diag_flush output, "file:line:col: msg\n"... */
} Lexed;

/* Captures what diag_flush prints to stderr. */
static void flush_errors(char *out, size_t cap) {
    fflush(stderr);
    char path[] = "/tmp/test_lexer_XXXXXX";
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    int saved = dup(2);
    dup2(fd, 2);
    diag_flush(0);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    lseek(fd, 0, SEEK_SET);
    ssize_t n = read(fd, out, cap - 1);
    out[n > 0 ? n : 0] = 0;
    close(fd);
    unlink(path);
}

static Lexed *lexn(const char *src, size_t len) {
    Lexed *L = calloc(1, sizeof *L);
    int f = file_add("x.go", src, len);
    Lexer *lx = lex_new(f);
    for (;;) {
        cr_assert(L->n < MAXTOK, "too many tokens");
        Token t = lex_next(lx);
        L->tok[L->n++] = t;
        if (t.kind == T_EOF) break;
    }
    flush_errors(L->errs, sizeof L->errs);
    return L;
}
static Lexed *lex(const char *src) { return lexn(src, strlen(src)); }

/* The tokens as "kind text" joined by '|' (semicolons as ";NL"/";EOF"/";"). */
static char *kinds(Lexed *L) {
    static char buf[8192];
    buf[0] = 0;
    for (int i = 0; i < L->n; i++) {
        Token *t = &L->tok[i];
        char one[256];
        if (t->kind == T_SEMI) snprintf(one, sizeof one, ";%s", t->text.len == 1 ? "" : t->text.len == 3 ? "EOF" : "NL");
        else if (t->kind == T_EOF) snprintf(one, sizeof one, "EOF");
        else if (t->kind >= T_IDENT && t->kind <= T_STRING) snprintf(one, sizeof one, "%s %.*s", tok_name(t->kind), t->text.len, t->text.p);
        else snprintf(one, sizeof one, "%s", tok_name(t->kind));
        if (i) strcat(buf, "|");
        strcat(buf, one);
    }
    return buf;
}

static void expect_tokens(const char *src, const char *want) {
    Lexed *L = lex(src);
    char *got = kinds(L);
    cr_expect(strcmp(got, want) == 0, "source %s\n got: %s\nwant: %s", src, got, want);
    cr_expect_str_eq(L->errs, "", "source %s", src);
    free(L);
}

static void expect_errors(const char *src, size_t len, const char *want) {
    Lexed *L = lexn(src, len);
    cr_expect(strcmp(L->errs, want) == 0, "source %s\n got: %s\nwant: %s", src, L->errs, want);
    free(L);
}
#define EXPECT_ERR(src, want) expect_errors((src), sizeof(src) - 1, (want))

/* A single literal's token. */
static Token lit1(const char *src) {
    Lexed *L = lex(src);
    Token t = L->tok[0];
    cr_expect_str_eq(L->errs, "", "source %s", src);
    free(L);
    return t;
}

static void expect_string(const char *src, const char *val, int len) {
    Token t = lit1(src);
    cr_assert_eq(t.kind, T_STRING, "source %s", src);
    cr_expect_eq(t.val.len, len, "source %s: len %d", src, t.val.len);
    cr_expect(memcmp(t.val.p, val, (size_t)len) == 0, "source %s", src);
    cr_expect_not(t.bad);
}

static void expect_rune(const char *src, int32_t r) {
    Token t = lit1(src);
    cr_assert_eq(t.kind, T_CHAR, "source %s", src);
    cr_expect_eq(t.rune, r, "source %s: got %d want %d", src, t.rune, r);
    cr_expect_not(t.bad);
}

static void expect_number(const char *src, TokKind k) {
    Token t = lit1(src);
    cr_expect_eq(t.kind, k, "source %s: kind %s", src, tok_name(t.kind));
    cr_expect_eq(t.text.len, (int)strlen(src), "source %s", src);
    cr_expect_not(t.bad, "source %s", src);
}

Test(lexer, operators_and_keywords) {
    expect_tokens("+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ != <= >= := ... ( [ { , . ) ] } ; :",
                  "+|-|*|/|%|&|||^|<<|>>|&^|+=|-=|*=|/=|%=|&=||=|^=|<<=|>>=|&^=|&&||||<-|++|--|==|<|>|=|!|~|!=|<=|>=|:=|...|(|[|{|comma|.|)|]|}|;|:|EOF");
    expect_tokens("break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var",
                  "break|case|chan|const|continue|default|defer|else|fallthrough|for|func|go|goto|if|import|interface|map|package|range|return|select|struct|switch|type|var|EOF");
    expect_tokens("..", ".|.|EOF");
    expect_tokens("a...b", "name a|...|name b|;EOF|EOF");
    expect_tokens("x.5", "name x|literal .5|;EOF|EOF");
    expect_tokens("&^^", "&^|^|EOF");
}

Test(lexer, identifiers) {
    expect_tokens("a _x9 ifx iff _ breaks", "name a|name _x9|name ifx|name iff|name _|name breaks|;EOF|EOF");
    expect_tokens("héllo ÿ 日本語 a١ αβγ", "name héllo|name ÿ|name 日本語|name a١|name αβγ|;EOF|EOF");
    expect_tokens("ifé", "name ifé|;EOF|EOF");
    Lexed *L = lex("foo foo");
    cr_expect_eq(L->tok[0].text.p, L->tok[1].text.p, "identifiers are interned");
    free(L);
}

Test(lexer, semicolon_rule) {
    expect_tokens("x\n", "name x|;NL|EOF");
    expect_tokens("x", "name x|;EOF|EOF");
    expect_tokens("1\n'a'\n\"s\"\n`r`\n1.5\n2i\n", "literal 1|;NL|literal 'a'|;NL|literal \"s\"|;NL|literal `r`|;NL|literal 1.5|;NL|literal 2i|;NL|EOF");
    expect_tokens("break\ncontinue\nfallthrough\nreturn\n", "break|;NL|continue|;NL|fallthrough|;NL|return|;NL|EOF");
    expect_tokens("x++\ny--\n)\n]\n}\n", "name x|++|;NL|name y|--|;NL|)|;NL|]|;NL|}|;NL|EOF");
    expect_tokens("+\n-\n(\n[\n{\n,\nfunc\nif\n", "+|-|(|[|{|comma|func|if|EOF");
    expect_tokens("x;y", "name x|;|name y|;EOF|EOF");
    expect_tokens("x // c\ny", "name x|;NL|name y|;EOF|EOF");
    expect_tokens("x /* c */ y", "name x|name y|;EOF|EOF");
    expect_tokens("x /* c\n */ y", "name x|;NL|name y|;EOF|EOF");
    expect_tokens("x /* c\n */\ny", "name x|;NL|name y|;EOF|EOF");
    expect_tokens("+ /* c\n */ y", "+|name y|;EOF|EOF");
    expect_tokens("x // c", "name x|;EOF|EOF");
    expect_tokens("x\r\ny\r\n", "name x|;NL|name y|;NL|EOF");
    expect_tokens("", "EOF");
}

Test(lexer, semicolon_positions) {
    Lexed *L = lex("x // c\n/* a\nb */ y /*\n*/");
    cr_assert_eq(L->n, 5);
    cr_expect_eq(L->tok[1].pos.line, 1);
    cr_expect_eq(L->tok[1].pos.col, 7); /* the newline, after the comment */
    cr_expect_eq(L->tok[2].pos.line, 3);
    cr_expect_eq(L->tok[2].pos.col, 6);
    cr_expect_eq(L->tok[3].pos.line, 3); /* multi-line comment: its start */
    cr_expect_eq(L->tok[3].pos.col, 8);
    cr_expect_eq(L->tok[4].kind, T_EOF);
    cr_expect_eq(L->tok[4].pos.line, 4);
    cr_expect_eq(L->tok[4].pos.col, 3);
    free(L);
}

Test(lexer, numbers) {
    const char *ints[] = {"0", "1", "42", "1_000_000", "0x1F", "0X_ff", "0o17", "0O7_7", "0b1011", "0B_1", "017", "0_17", "0", "00", NULL};
    for (int i = 0; ints[i]; i++) expect_number(ints[i], T_INT);
    const char *floats[] = {"1.5", "1.", ".5", "1e10", "1E+10", "1e-1_0", "0.", "01.5", "09.5", "089e1", "1_0.2_5", "0x1p-2", "0X1.8P+3", "0x.8p1", "0x_1p0", "0x1.p0", "6.67428e-11", NULL};
    for (int i = 0; floats[i]; i++) expect_number(floats[i], T_FLOAT);
    const char *imags[] = {"1i", "0i", "0123i", "1.5i", "1e3i", "0x1p2i", "0b101i", "0o7i", "0x10i", ".5i", NULL};
    for (int i = 0; imags[i]; i++) expect_number(imags[i], T_IMAG);
}

Test(lexer, runes) {
    expect_rune("'a'", 'a');
    expect_rune("'ä'", 0xE4);
    expect_rune("'本'", 0x672C);
    expect_rune("'😀'", 0x1F600);
    expect_rune("'\\a'", 7);
    expect_rune("'\\b'", 8);
    expect_rune("'\\f'", 12);
    expect_rune("'\\n'", 10);
    expect_rune("'\\r'", 13);
    expect_rune("'\\t'", 9);
    expect_rune("'\\v'", 11);
    expect_rune("'\\\\'", '\\');
    expect_rune("'\\''", '\'');
    expect_rune("'\"'", '"');
    expect_rune("'\\000'", 0);
    expect_rune("'\\377'", 255);
    expect_rune("'\\x7f'", 0x7f);
    expect_rune("'\\xFF'", 0xff);
    expect_rune("'\\u12e4'", 0x12e4);
    expect_rune("'\\U00101234'", 0x101234);
}

Test(lexer, strings) {
    expect_string("\"\"", "", 0);
    expect_string("\"abc\"", "abc", 3);
    expect_string("\"日本語\"", "日本語", 9);
    expect_string("\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\"", "\a\b\f\n\r\t\v\\\"", 9);
    expect_string("\"\\xff\\u00FF\"", "\xff\xc3\xbf", 3);
    expect_string("\"\\000\\101\\377\"", "\0A\xff", 3);
    expect_string("\"\\u65e5本\\U00008a9e\"", "日本語", 9);
    expect_string("\"\\U0001F600\"", "\xf0\x9f\x98\x80", 4);
    expect_string("\"x'y\"", "x'y", 3);
    expect_string("`abc`", "abc", 3);
    expect_string("`\\n`", "\\n", 2);
    expect_string("`a\nb`", "a\nb", 3);
    expect_string("`a\r\nb\r`", "a\nb", 3);
    expect_string("`\"`", "\"", 1);
    Lexed *L = lex("`a\nb` x");
    cr_expect_eq(L->tok[1].pos.line, 2);
    cr_expect_eq(L->tok[1].pos.col, 4);
    free(L);
}

Test(lexer, bom_and_positions) {
    Lexed *L = lex("\xef\xbb\xbfpackage p\n\tx  y");
    cr_expect_str_eq(L->errs, "");
    cr_expect_eq(L->tok[0].kind, T_PACKAGE);
    cr_expect_eq(L->tok[0].pos.col, 4); /* gc counts the BOM's bytes */
    cr_expect_eq(L->tok[3].pos.line, 2);
    cr_expect_eq(L->tok[3].pos.col, 2);
    cr_expect_eq(L->tok[4].pos.col, 5);
    free(L);
    L = lex("é x");
    cr_expect_eq(L->tok[1].pos.col, 4); /* columns count bytes */
    free(L);
}

Test(lexer, directives) {
    Lexed *L = lex("x\n//go:noinline\nfunc f()\n// doc\n//go:nosplit\n// more\n//go:noescape\nfunc g()\n//extern c_h\nfunc h()\nvar v int //go:x\ntype");
    cr_expect_str_eq(L->errs, "");
    int seen = 0;
    for (int i = 0; i < L->n; i++) {
        Token *t = &L->tok[i];
        if (t->kind == T_FUNC && seen == 0) {
            cr_expect_eq(t->directive.len, 13);
            cr_expect(t->directive.len == 13 && memcmp(t->directive.p, "//go:noinline", 13) == 0);
            seen++;
        } else if (t->kind == T_FUNC && seen == 1) {
            cr_expect(str_eqc(t->directive, "//go:nosplit\n//go:noescape"));
            seen++;
        } else if (t->kind == T_FUNC && seen == 2) {
            cr_expect(str_eqc(t->directive, "//extern c_h"));
            seen++;
        } else if (t->kind == T_TYPE) {
            cr_expect_eq(t->directive.len, 0, "a directive after code on its line does not count");
            seen++;
        } else {
            cr_expect_eq(t->directive.len, 0, "token %d", i);
        }
    }
    cr_expect_eq(seen, 4);
    free(L);
}

Test(lexer, tok_string) {
    Lexed *L = lex("foo 12 \"s\" ; + += ++ , <- * x\n");
    const char *want[] = {"foo", "literal 12", "literal \"s\"", "semicolon", "+", "+=", "++", "comma", "<-", "*", "x", "newline", "EOF"};
    for (int i = 0; i < 13; i++) cr_expect_str_eq(tok_string(&L->tok[i]), want[i]);
    free(L);
    cr_expect_str_eq(tok_name(T_SEMI), "semicolon or newline");
    cr_expect_str_eq(tok_name(T_IDENT), "name");
    cr_expect_str_eq(tok_name(T_STRING), "literal");
    cr_expect_str_eq(tok_name(T_LBRACE), "{");
    cr_expect_str_eq(tok_name(T_FUNC), "func");
}

Test(lexer, utf8_helpers) {
    int32_t r;
    cr_expect_eq(utf8_decode((const unsigned char *)"\xe6\x97\xa5", 3, &r), 3);
    cr_expect_eq(r, 0x65e5);
    cr_expect_eq(utf8_decode((const unsigned char *)"\xc0\x80", 2, &r), 1); /* overlong */
    cr_expect_eq(r, 0xFFFD);
    cr_expect_eq(utf8_decode((const unsigned char *)"\xed\xa0\x80", 3, &r), 1); /* surrogate */
    cr_expect_eq(utf8_decode((const unsigned char *)"\xf4\x90\x80\x80", 4, &r), 1); /* > U+10FFFF */
    cr_expect_eq(utf8_decode((const unsigned char *)"\xe6\x97", 2, &r), 1); /* truncated */
    char b[4];
    cr_expect_eq(utf8_encode(0x1F600, b), 4);
    cr_expect(memcmp(b, "\xf0\x9f\x98\x80", 4) == 0);
    cr_expect_eq(utf8_encode(0xD800, b), 3); /* encodes U+FFFD */
}

/* ---- errors: text and position as gc 1.19 prints them ---- */

Test(lexer, errors_characters) {
    EXPECT_ERR("x @", "x.go:1:3: invalid character U+0040 '@'\n");
    EXPECT_ERR("x \x01", "x.go:1:3: invalid character U+0001\n");
    EXPECT_ERR("a\x00" "b", "x.go:1:2: invalid NUL character\n");
    EXPECT_ERR("a \xff b", "x.go:1:3: invalid UTF-8 encoding\n");
    EXPECT_ERR("a \xef\xbb\xbf b", "x.go:1:3: invalid BOM in the middle of the file\n");
    EXPECT_ERR("a€", "x.go:1:2: invalid character U+20AC '€' in identifier\n");
    EXPECT_ERR("x ١", "x.go:1:3: identifier cannot begin with digit U+0661 '١'\n");
    EXPECT_ERR("x \xc2\xa0", "x.go:1:3: invalid character U+00A0 in identifier\n");
}

/*
 * Each case: the source (after a "package p" line, which does not matter
 * to the lexer) and the non-syntax-error messages `go tool compile -e`
 * (Go 1.19) printed for it, lines renumbered from 1.  Generated from gc's
 * output, never from ours.  Not listed: gc's "malformed constant" (a
 * checker error on literal text the scanner accepted, e.g. 0b12i).
 */
Test(lexer, errors_as_gc) {
    EXPECT_ERR("var s = \"abc",
               "x.go:1:9: string not terminated\n");
    EXPECT_ERR("var s = \"abc",
               "x.go:1:9: string not terminated\n");
    EXPECT_ERR("var s = `abc",
               "x.go:1:9: string not terminated\n");
    EXPECT_ERR("/* abc",
               "x.go:1:1: comment not terminated\n");
    EXPECT_ERR("/* abc\n\n",
               "x.go:1:1: comment not terminated\n");
    EXPECT_ERR("var r = 'a",
               "x.go:1:9: rune literal not terminated\n");
    EXPECT_ERR("var r = 'a\n",
               "x.go:1:11: newline in rune literal\n");
    EXPECT_ERR("var r = ''",
               "x.go:1:10: empty rune literal or unescaped '\n");
    EXPECT_ERR("var r = 'ab'",
               "x.go:1:9: more than one character in rune literal\n");
    EXPECT_ERR("var r = 'abc",
               "x.go:1:9: rune literal not terminated\n");
    EXPECT_ERR("var r = '\\n",
               "x.go:1:9: rune literal not terminated\n");
    EXPECT_ERR("var r = '\\'",
               "x.go:1:9: rune literal not terminated\n");
    EXPECT_ERR("var s = \"\\q\"",
               "x.go:1:11: unknown escape\n");
    EXPECT_ERR("var s = \"\\x4g\"",
               "x.go:1:13: invalid character 'g' in hexadecimal escape\n");
    EXPECT_ERR("var s = \"\\x4\"",
               "x.go:1:13: invalid character '\"' in hexadecimal escape\n");
    EXPECT_ERR("var s = \"\\400\"",
               "x.go:1:14: octal escape value 256 > 255\n");
    EXPECT_ERR("var s = \"\\777\"",
               "x.go:1:14: octal escape value 511 > 255\n");
    EXPECT_ERR("var s = \"\\08\"",
               "x.go:1:12: invalid character '8' in octal escape\n");
    EXPECT_ERR("var s = \"\\uD800\"",
               "x.go:1:16: escape is invalid Unicode code point U+D800\n");
    EXPECT_ERR("var s = \"\\uDFFF\"",
               "x.go:1:16: escape is invalid Unicode code point U+DFFF\n");
    EXPECT_ERR("var s = \"\\U00110000\"",
               "x.go:1:20: escape is invalid Unicode code point U+110000\n");
    EXPECT_ERR("var s = \"\\UFFFFFFFF\"",
               "x.go:1:20: escape is invalid Unicode code point U+FFFFFFFF\n");
    EXPECT_ERR("var s = \"\\u12\"",
               "x.go:1:14: invalid character '\"' in hexadecimal escape\n");
    EXPECT_ERR("var s = \"\\u12",
               "x.go:1:9: string not terminated\n");
    EXPECT_ERR("var s = \"\\",
               "x.go:1:9: string not terminated\n");
    EXPECT_ERR("var s = \"\\x\\n\"",
               "x.go:1:12: invalid character '\\\\' in hexadecimal escape\n");
    EXPECT_ERR("var r = '\\400'",
               "x.go:1:14: octal escape value 256 > 255\n");
    EXPECT_ERR("var r = '\\8'",
               "x.go:1:11: unknown escape\n");
    EXPECT_ERR("var r = '\\x'",
               "x.go:1:12: invalid character '\\'' in hexadecimal escape\n");
    EXPECT_ERR("var r = '\\u00e9x'",
               "x.go:1:9: more than one character in rune literal\n");
    EXPECT_ERR("var r = '\\'",
               "x.go:1:9: rune literal not terminated\n");
    EXPECT_ERR("var r = 'ab",
               "x.go:1:9: rune literal not terminated\n");
    EXPECT_ERR("var r = '\\q\\q'",
               "x.go:1:11: unknown escape\n");
    EXPECT_ERR("var x = 0x",
               "x.go:1:11: hexadecimal literal has no digits\n");
    EXPECT_ERR("var x = 0X",
               "x.go:1:11: hexadecimal literal has no digits\n");
    EXPECT_ERR("var x = 0b",
               "x.go:1:11: binary literal has no digits\n");
    EXPECT_ERR("var x = 0o",
               "x.go:1:11: octal literal has no digits\n");
    EXPECT_ERR("var x = 0b102",
               "x.go:1:13: invalid digit '2' in binary literal\n");
    EXPECT_ERR("var x = 0b1012",
               "x.go:1:14: invalid digit '2' in binary literal\n");
    EXPECT_ERR("var x = 08",
               "x.go:1:10: invalid digit '8' in octal literal\n");
    EXPECT_ERR("var x = 0778",
               "x.go:1:12: invalid digit '8' in octal literal\n");
    EXPECT_ERR("var x = 0o78",
               "x.go:1:12: invalid digit '8' in octal literal\n");
    EXPECT_ERR("var x = 1__0",
               "x.go:1:11: '_' must separate successive digits\n");
    EXPECT_ERR("var x = 1_",
               "x.go:1:10: '_' must separate successive digits\n");
    EXPECT_ERR("var x = 0_x",
               "x.go:1:10: '_' must separate successive digits\n");
    EXPECT_ERR("var x = 0x_",
               "x.go:1:12: hexadecimal literal has no digits\n");
    EXPECT_ERR("var x = 1_.5",
               "x.go:1:10: '_' must separate successive digits\n");
    EXPECT_ERR("var x = 1._5",
               "x.go:1:11: '_' must separate successive digits\n");
    EXPECT_ERR("var x = 1.5_",
               "x.go:1:12: '_' must separate successive digits\n");
    EXPECT_ERR("var x = 1e_5",
               "x.go:1:11: '_' must separate successive digits\n");
    EXPECT_ERR("var x = 1e5_",
               "x.go:1:12: '_' must separate successive digits\n");
    EXPECT_ERR("var x = 0x1p_2",
               "x.go:1:13: '_' must separate successive digits\n");
    EXPECT_ERR("var x = 0o.5",
               "x.go:1:11: invalid radix point in octal literal\n");
    EXPECT_ERR("var x = 0b1.0",
               "x.go:1:12: invalid radix point in binary literal\n");
    EXPECT_ERR("var x = 0x1.5",
               "x.go:1:14: hexadecimal mantissa requires a 'p' exponent\n");
    EXPECT_ERR("var x = 0x.p1",
               "x.go:1:12: hexadecimal literal has no digits\n");
    EXPECT_ERR("var x = 0b1e5",
               "x.go:1:12: 'e' exponent requires decimal mantissa\n");
    EXPECT_ERR("var x = 0o1e5",
               "x.go:1:12: 'e' exponent requires decimal mantissa\n");
    EXPECT_ERR("var x = 1p5",
               "x.go:1:10: 'p' exponent requires hexadecimal mantissa\n");
    EXPECT_ERR("var x = 0p5",
               "x.go:1:10: 'p' exponent requires hexadecimal mantissa\n");
    EXPECT_ERR("var x = 01p5",
               "x.go:1:11: 'p' exponent requires hexadecimal mantissa\n");
    EXPECT_ERR("var x = 1e",
               "x.go:1:11: exponent has no digits\n");
    EXPECT_ERR("var x = 1e+",
               "x.go:1:12: exponent has no digits\n");
    EXPECT_ERR("var x = 1E-i",
               "x.go:1:12: exponent has no digits\n");
    EXPECT_ERR("var x = 0x1p",
               "x.go:1:13: exponent has no digits\n");
    EXPECT_ERR("var x = 0x1pi",
               "x.go:1:13: exponent has no digits\n");
    EXPECT_ERR("var x = 089",
               "x.go:1:10: invalid digit '8' in octal literal\n");
    EXPECT_ERR("var x = 0x__1",
               "x.go:1:12: '_' must separate successive digits\n");
    EXPECT_ERR("var x = 0_8",
               "x.go:1:11: invalid digit '8' in octal literal\n");
    EXPECT_ERR("var x = 09_9",
               "x.go:1:10: invalid digit '9' in octal literal\n");
    EXPECT_ERR("var x = 0b_",
               "x.go:1:12: binary literal has no digits\n");
    EXPECT_ERR("var x = 0b_2",
               "x.go:1:12: invalid digit '2' in binary literal\n");
    EXPECT_ERR("var x = 0o8",
               "x.go:1:11: invalid digit '8' in octal literal\n");
    EXPECT_ERR("var x = 1ee",
               "x.go:1:11: exponent has no digits\n");
    EXPECT_ERR("var x = 0xg",
               "x.go:1:11: hexadecimal literal has no digits\n");
    EXPECT_ERR("var x = 0xi",
               "x.go:1:11: hexadecimal literal has no digits\n");
    EXPECT_ERR("var x = 0bi",
               "x.go:1:11: binary literal has no digits\n");
    EXPECT_ERR("var x = 0b1_i",
               "x.go:1:12: '_' must separate successive digits\n");
    EXPECT_ERR("var x = $",
               "x.go:1:9: invalid character U+0024 '$'\n");
    EXPECT_ERR("var x = #",
               "x.go:1:9: invalid character U+0023 '#'\n");
    EXPECT_ERR("var x = \077",
               "x.go:1:9: invalid character U+003F '\077'\n");
    EXPECT_ERR("var x = \\",
               "x.go:1:9: invalid character U+005C '\\'\n");
    EXPECT_ERR("var x = \001\002",
               "x.go:1:9: invalid character U+0001\nx.go:1:10: invalid character U+0002\n");
    EXPECT_ERR("var x = a@b",
               "x.go:1:10: invalid character U+0040 '@'\n");
    EXPECT_ERR("var x = 1\000",
               "x.go:1:10: invalid NUL character\n");
    EXPECT_ERR("var s = \"a\000b\"",
               "x.go:1:11: invalid NUL character\n");
    EXPECT_ERR("var s = `a\000b`",
               "x.go:1:11: invalid NUL character\n");
    EXPECT_ERR("// a\000b",
               "x.go:1:5: invalid NUL character\n");
    EXPECT_ERR("/* a\000b */",
               "x.go:1:5: invalid NUL character\n");
    EXPECT_ERR("var s = \"a\377b\"",
               "x.go:1:11: invalid UTF-8 encoding\n");
    EXPECT_ERR("var s = `a\377b`",
               "x.go:1:11: invalid UTF-8 encoding\n");
    EXPECT_ERR("// a\377b",
               "x.go:1:5: invalid UTF-8 encoding\n");
    EXPECT_ERR("/* a\377b */",
               "x.go:1:5: invalid UTF-8 encoding\n");
    EXPECT_ERR("var r = '\377'",
               "x.go:1:10: invalid UTF-8 encoding\nx.go:1:11: empty rune literal or unescaped '\n");
    EXPECT_ERR("var r = '\000'",
               "x.go:1:10: invalid NUL character\nx.go:1:11: empty rune literal or unescaped '\n");
    EXPECT_ERR("var s = \"\357\273\277\"",
               "x.go:1:10: invalid BOM in the middle of the file\n");
    EXPECT_ERR("var x = 1\357\273\277",
               "x.go:1:10: invalid BOM in the middle of the file\n");
    EXPECT_ERR("var x = a\357\273\277b",
               "x.go:1:10: invalid BOM in the middle of the file\n");
    EXPECT_ERR("var x = \357\273\277",
               "x.go:1:9: invalid BOM in the middle of the file\n");
    EXPECT_ERR("var x = \"\\\377\"",
               "x.go:1:9: string not terminated\nx.go:1:11: invalid UTF-8 encoding\n");
    EXPECT_ERR("var x = \"\\x\377\"",
               "x.go:1:12: invalid UTF-8 encoding\nx.go:1:13: invalid character '\"' in hexadecimal escape\n");
    EXPECT_ERR("var x = \"\\u12\000\"",
               "x.go:1:14: invalid NUL character\nx.go:1:15: invalid character '\"' in hexadecimal escape\n");
    EXPECT_ERR("var x = '\\x\000'",
               "x.go:1:12: invalid NUL character\nx.go:1:13: invalid character '\\'' in hexadecimal escape\n");
    EXPECT_ERR("var x = 0x\377",
               "x.go:1:11: invalid UTF-8 encoding\nx.go:1:12: hexadecimal literal has no digits\n");
    EXPECT_ERR("var x = '\\'\n",
               "x.go:1:12: newline in rune literal\n");
    EXPECT_ERR("var s = \"a\nb\"",
               "x.go:1:11: newline in string\nx.go:2:2: string not terminated\n");
    EXPECT_ERR("var s = \"\\\n\"",
               "x.go:1:11: unknown escape\nx.go:1:11: newline in string\nx.go:2:1: string not terminated\n");
    EXPECT_ERR("var s = '\\\n'",
               "x.go:1:11: unknown escape\nx.go:2:1: rune literal not terminated\n");
    EXPECT_ERR("var ab\342\202\254c = 1",
               "x.go:1:7: invalid character U+20AC '\342\202\254' in identifier\n");
    EXPECT_ERR("var \342\202\254 = 1",
               "x.go:1:5: invalid character U+20AC '\342\202\254' in identifier\n");
    EXPECT_ERR("var \331\241x = 1",
               "x.go:1:5: identifier cannot begin with digit U+0661 '\331\241'\n");
    EXPECT_ERR("var x = ''\n",
               "x.go:1:10: empty rune literal or unescaped '\n");
    EXPECT_ERR("var x = '''",
               "x.go:1:10: empty rune literal or unescaped '\nx.go:1:11: rune literal not terminated\n");
    EXPECT_ERR("var x = '\\\"'",
               "x.go:1:11: unknown escape\n");
    EXPECT_ERR("var x = \"\\'\"",
               "x.go:1:11: unknown escape\n");
    EXPECT_ERR("var s = \"\\u00\"",
               "x.go:1:14: invalid character '\"' in hexadecimal escape\n");
    EXPECT_ERR("var s = \"\\U0010FFFG\"",
               "x.go:1:19: invalid character 'G' in hexadecimal escape\n");
    EXPECT_ERR("var x = 'a\n' + 1",
               "x.go:1:11: newline in rune literal\nx.go:2:1: rune literal not terminated\n");
    EXPECT_ERR("var x = '",
               "x.go:1:9: rune literal not terminated\n");
    EXPECT_ERR("var x = \"",
               "x.go:1:9: string not terminated\n");
    EXPECT_ERR("var x = `",
               "x.go:1:9: string not terminated\n");
    EXPECT_ERR("/*",
               "x.go:1:1: comment not terminated\n");
    EXPECT_ERR("/*/",
               "x.go:1:1: comment not terminated\n");
    EXPECT_ERR("var x = 0.e",
               "x.go:1:12: exponent has no digits\n");
    EXPECT_ERR("var x = 0e",
               "x.go:1:11: exponent has no digits\n");
    EXPECT_ERR("var x = 0x.p",
               "x.go:1:12: hexadecimal literal has no digits\n");
    EXPECT_ERR("var x = 0x.",
               "x.go:1:12: hexadecimal literal has no digits\n");
    EXPECT_ERR("var x = 0x1.",
               "x.go:1:13: hexadecimal mantissa requires a 'p' exponent\n");
    EXPECT_ERR("x\n/* a\n\n @ */ @",
               "x.go:4:7: invalid character U+0040 '@'\n");
    EXPECT_ERR("x := `a\nb\000c` @",
               "x.go:2:2: invalid NUL character\nx.go:2:6: invalid character U+0040 '@'\n");
    EXPECT_ERR("// c \377\n@",
               "x.go:1:6: invalid UTF-8 encoding\nx.go:2:1: invalid character U+0040 '@'\n");
    EXPECT_ERR("/* \n\n",
               "x.go:1:1: comment not terminated\n");
    EXPECT_ERR("var s = \"ok\" + \"\\z\" + 'x' + '\\9'",
               "x.go:1:18: unknown escape\n");
    EXPECT_ERR("var s = \"\\u00e9\\uDBFF\\U0001F600\"",
               "x.go:1:22: escape is invalid Unicode code point U+DBFF\n");
}

/* ---- regressions found by tests/fuzz/fuzz_lexer.c (meaningful under SAN=1) ---- */

Test(lexer, fuzz_escape_first_in_string) {
    /* buf_put(NULL + 0) when a string's first character is an escape */
    expect_string("\"\\x41\"", "A", 1);
    expect_string("\"\\n\"", "\n", 1);
}

Test(lexer, edge_inputs) {
    expect_tokens("", "EOF");
    expect_tokens("\xef\xbb\xbf", "EOF");
    expect_tokens("\n\n\t \r\n", "EOF");
    EXPECT_ERR("x\000", "x.go:1:2: invalid NUL character\n");
    EXPECT_ERR("\xef\xbb\xbf\xef\xbb\xbf", "x.go:1:4: invalid BOM in the middle of the file\n");
    /* T_EOF is sticky */
    int f = file_add("y.go", "x", 1);
    Lexer *lx = lex_new(f);
    cr_expect_eq(lex_next(lx).kind, T_IDENT);
    cr_expect_eq(lex_next(lx).kind, T_SEMI);
    for (int i = 0; i < 3; i++) cr_expect_eq(lex_next(lx).kind, T_EOF);
    diag_flush(0);
}

/* Hostile input: long lines, garbage; lexing must end, with one token per
 * byte at most. */
static int count_tokens(const char *src, size_t len) {
    int f = file_add("big.go", src, len);
    Lexer *lx = lex_new(f);
    int n = 0;
    while (lex_next(lx).kind != T_EOF) {
        n++;
        cr_assert((size_t)n <= len + 2);
    }
    char sink[4096];
    flush_errors(sink, sizeof sink);
    return n;
}

Test(lexer, hostile_inputs) {
    size_t n = 1 << 20;
    char *s = malloc(n);
    for (size_t i = 0; i < n; i++) s[i] = (i % 8 == 7) ? ' ' : 'a';
    cr_expect_eq(count_tokens(s, n), (int)(n / 8) + 1); /* names and the EOF semicolon */
    memset(s, '(', n);
    cr_expect_eq(count_tokens(s, n), (int)n);
    uint32_t x = 12345;
    for (size_t i = 0; i < n; i++) {
        x = x * 1103515245u + 12345u;
        s[i] = (char)(x >> 16);
    }
    count_tokens(s, n);
    memset(s, '"', 1);
    memset(s + 1, '\\', n - 1);
    count_tokens(s, n);
    free(s);
}

/* //line and block-comment line directives: token positions stay physical;
 * pos_rel gives what gc prints (syntax.updateBase, src.Pos.RelLine/RelCol) */
Test(lexer, line_directives) {
    Lexed *L = lex("a\n//line gen.y:10\nb c\n//line :20:5\nd\n  e\n/*line f.go:7:3*/ f g\n");
    /* a ; b c ; d ; e ; f g ; EOF */
    Pos b = pos_rel(L->tok[2].pos), c = pos_rel(L->tok[3].pos);
    cr_expect_str_eq(file_get(b.file)->path, "gen.y");
    cr_expect_eq(b.line, 10);
    cr_expect_eq(b.col, 0); /* no column given: unknown */
    cr_expect_eq(c.line, 10);
    cr_expect_eq(c.col, 0);
    Pos d = pos_rel(L->tok[5].pos), e = pos_rel(L->tok[7].pos);
    cr_expect_str_eq(file_get(d.file)->path, "gen.y"); /* ":line:col" keeps the file */
    cr_expect_eq(d.line, 20);
    cr_expect_eq(d.col, 5);
    cr_expect_eq(e.line, 21);
    cr_expect_eq(e.col, 3); /* a later line: its own column */
    Pos f = pos_rel(L->tok[9].pos), g = pos_rel(L->tok[10].pos);
    cr_expect_str_eq(file_get(f.file)->path, "f.go");
    cr_expect_eq(f.line, 7);
    cr_expect_eq(f.col, 4); /* right after the comment is column 3 */
    cr_expect_eq(g.col, 6);
    Pos a = pos_rel(L->tok[0].pos);
    cr_expect_eq(a.file, L->tok[0].pos.file); /* before any directive: physical */
    cr_expect_eq(a.line, 1);
    cr_expect_str_eq(L->errs, "");
    free(L);
}

Test(lexer, line_directive_errors) {
    Lexed *L = lex("//line x.go:0\n//line x.go:3:0\n//line x.go:y\n/* line x.go:5 */ //line nocolon\n a //line x.go:9\n");
    cr_expect_str_eq(L->errs, "x.go:1:13: invalid line number: 0\n"
                              "x.go:2:15: invalid column number: 0\n"
                              "x.go:3:13: invalid line number: y\n");
    Pos a = pos_rel(L->tok[0].pos); /* no directive took effect: "//line" must start its line */
    cr_expect_eq(a.line, 5);
    free(L);
}
