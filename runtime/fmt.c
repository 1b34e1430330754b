/*
 * fmt.c: package fmt's printing engine in C: Sprintf's format parsing,
 * every verb, flag, width, precision and argument index, and the walk
 * over values through their GoType descriptors (structs, slices, arrays,
 * maps sorted by key, pointers, interfaces), with Go 1.19's exact output
 * including the error forms (%!d(string=x), %!v(MISSING), %!(EXTRA ...),
 * %!(NOVERB), %!v(BADINDEX), %!(BADWIDTH), %!(BADPREC)).
 *
 * The model is Go's: a printer (Printer) holds the output buffer, the
 * current flags (Flags: the flags are reset for every verb, width and
 * precision values stay, as Go's clearflags) and the value being printed
 * (for the bad-verb text).  Values are (type, address) pairs; an address
 * points to the value itself (for direct-interface types too: the data
 * word is then found at the address).
 *
 * Methods: at the top level and for every nested value reachable through
 * exported fields (reflect's CanInterface), an Error() or String() method
 * of the value's method set replaces the value (Error first, as Go's type
 * switch); %#v asks for GoString(); a Format(fmt.State, rune) method
 * comes before all of them and gets the printer as its State.  The
 * methods are found by name in GoType.methods and called through ifn with
 * the interface data word.
 *
 * Re-entrancy: String methods may call fmt again, so all state lives in
 * the Printer on the C stack; nothing here is static and mutable.
 */
#include "runtime/rt_fmt.h"

#include <math.h>
#include <setjmp.h>
#include <stdlib.h>

typedef struct Flags {
    bool wid_present, prec_present;
    bool minus, plus, sharp, space, zero;
    bool plus_v, sharp_v;
    int wid, prec;
} Flags;

typedef struct Printer {
    RtBuf *buf;
    Flags f;
    /* The operand being printed: either an interface value (arg) or a value
     * reached by the walk (vtype/vptr).  Used by badVerb. */
    bool have_arg;
    GoEface arg;
    const GoType *vtype;
    const void *vptr;
    bool erroring;     /* printing a bad-verb text: no methods */
    bool panicking;
    bool wrap_errs;    /* Errorf: %w accepted */
    intptr_t wrapped;  /* index of the %w operand, -1 */
    intptr_t argnum;   /* index of the operand being printed */
} Printer;

static void print_arg(Printer *p, GoEface arg, int verb);
static void print_value(Printer *p, const GoType *t, const void *ptr, int verb, int depth,
                        bool can_iface);

static const char ldigits[] = "0123456789abcdefx";
static const char udigits[] = "0123456789ABCDEFX";

/* ---------------- low-level formatting (Go's fmt type) ---------------- */

static void write_padding(Printer *p, intptr_t n) {
    rt_buf_putpad(p->buf, p->f.zero ? '0' : ' ', n);
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

/* Append s padded to the width (measured in runes). */
static void pad(Printer *p, const uint8_t *s, intptr_t n) {
    if (!p->f.wid_present || p->f.wid == 0) {
        rt_buf_put(p->buf, s, (size_t)n);
        return;
    }
    intptr_t width = p->f.wid - rune_count(s, n);
    if (!p->f.minus) {
        write_padding(p, width);
        rt_buf_put(p->buf, s, (size_t)n);
    } else {
        rt_buf_put(p->buf, s, (size_t)n);
        write_padding(p, width);
    }
}

static void pad_cstr(Printer *p, const char *s) { pad(p, (const uint8_t *)s, (intptr_t)strlen(s)); }

static void fmt_boolean(Printer *p, bool v) { pad_cstr(p, v ? "true" : "false"); }

/* Go's fmt.fmtInteger: base 2/8/10/16, sign, precision, zero padding, #. */
static void fmt_integer(Printer *p, uint64_t u, int base, bool is_signed, int verb,
                        const char *digits) {
    bool negative = is_signed && (int64_t)u < 0;
    if (negative) u = -u;
    intptr_t size = 68;
    if (p->f.wid_present || p->f.prec_present) {
        intptr_t w = 3 + (intptr_t)p->f.wid + p->f.prec;
        if (w > size) size = w;
    }
    uint8_t small[68];
    uint8_t *buf = size > 68 ? malloc((size_t)size) : small;
    intptr_t prec = 0;
    if (p->f.prec_present) {
        prec = p->f.prec;
        if (prec == 0 && u == 0) {
            bool oz = p->f.zero;
            p->f.zero = false;
            write_padding(p, p->f.wid);
            p->f.zero = oz;
            if (buf != small) free(buf);
            return;
        }
    } else if (p->f.zero && p->f.wid_present) {
        prec = p->f.wid;
        if (negative || p->f.plus || p->f.space) prec--;
    }
    intptr_t i = size;
    switch (base) {
    case 10:
        while (u >= 10) {
            buf[--i] = (uint8_t)('0' + u % 10);
            u /= 10;
        }
        break;
    case 16:
        while (u >= 16) {
            buf[--i] = (uint8_t)digits[u & 0xF];
            u >>= 4;
        }
        break;
    case 8:
        while (u >= 8) {
            buf[--i] = (uint8_t)('0' + (u & 7));
            u >>= 3;
        }
        break;
    case 2:
        while (u >= 2) {
            buf[--i] = (uint8_t)('0' + (u & 1));
            u >>= 1;
        }
        break;
    }
    buf[--i] = (uint8_t)digits[u];
    while (i > 0 && prec > size - i) buf[--i] = '0';
    if (p->f.sharp) {
        switch (base) {
        case 2:
            buf[--i] = 'b';
            buf[--i] = '0';
            break;
        case 8:
            if (buf[i] != '0') buf[--i] = '0';
            break;
        case 16:
            buf[--i] = (uint8_t)digits[16];
            buf[--i] = '0';
            break;
        }
    }
    if (verb == 'O') {
        buf[--i] = 'o';
        buf[--i] = '0';
    }
    if (negative) buf[--i] = '-';
    else if (p->f.plus) buf[--i] = '+';
    else if (p->f.space) buf[--i] = ' ';
    bool oz = p->f.zero;
    p->f.zero = false;
    pad(p, buf + i, size - i);
    p->f.zero = oz;
    if (buf != small) free(buf);
}

static void fmt_0x64(Printer *p, uint64_t v, bool leading0x) {
    bool sharp = p->f.sharp;
    p->f.sharp = leading0x;
    fmt_integer(p, v, 16, false, 'v', ldigits);
    p->f.sharp = sharp;
}

static void fmt_unicode(Printer *p, uint64_t u) {
    intptr_t prec = 4;
    if (p->f.prec_present && p->f.prec > 4) prec = p->f.prec;
    RtBuf tmp = {0};
    /* Built left to right: U+, zero padding, hex digits, then ' 'c''. */
    char hex[17];
    int nh = 0;
    uint64_t v = u;
    do {
        hex[nh++] = udigits[v & 0xF];
        v >>= 4;
    } while (v);
    rt_buf_puts(&tmp, "U+");
    for (intptr_t k = nh; k < prec; k++) rt_buf_putc(&tmp, '0');
    while (nh > 0) rt_buf_putc(&tmp, (uint8_t)hex[--nh]);
    if (p->f.sharp && u <= RT_MAX_RUNE && rt_uni_is_print((go_rune)u)) {
        rt_buf_puts(&tmp, " '");
        rt_buf_putrune(&tmp, (go_rune)u);
        rt_buf_putc(&tmp, '\'');
    }
    bool oz = p->f.zero;
    p->f.zero = false;
    pad(p, tmp.p, (intptr_t)tmp.n);
    p->f.zero = oz;
    rt_buf_free(&tmp);
}

static void fmt_c(Printer *p, uint64_t c) {
    go_rune r = c > RT_MAX_RUNE ? RT_RUNE_ERROR : (go_rune)c;
    uint8_t tmp[4];
    int n = rt_utf8_encode(tmp, r);
    pad(p, tmp, n);
}

static void fmt_qc(Printer *p, uint64_t c) {
    go_rune r = c > RT_MAX_RUNE ? RT_RUNE_ERROR : (go_rune)c;
    RtBuf tmp = {0};
    rt_quote_rune(&tmp, r, p->f.plus ? RT_Q_ASCII : 0);
    pad(p, tmp.p, (intptr_t)tmp.n);
    rt_buf_free(&tmp);
}

/* Precision truncates strings to that many runes. */
static intptr_t truncate_len(Printer *p, const uint8_t *s, intptr_t n) {
    if (!p->f.prec_present) return n;
    intptr_t left = p->f.prec;
    for (intptr_t i = 0; i < n;) {
        if (--left < 0) return i;
        int w = 1;
        if (s[i] >= 0x80) rt_utf8_decode(s + i, n - i, &w);
        i += w;
    }
    return n;
}

static void fmt_s(Printer *p, const uint8_t *s, intptr_t n) { pad(p, s, truncate_len(p, s, n)); }

/* %x / %X of a string or byte slice. */
static void fmt_sbx(Printer *p, const uint8_t *s, intptr_t length, const char *digits) {
    if (p->f.prec_present && p->f.prec < length) length = p->f.prec;
    intptr_t width = 2 * length;
    if (width > 0) {
        if (p->f.space) {
            if (p->f.sharp) width *= 2;
            width += length - 1;
        } else if (p->f.sharp) {
            width += 2;
        }
    } else {
        if (p->f.wid_present) write_padding(p, p->f.wid);
        return;
    }
    if (p->f.wid_present && p->f.wid > width && !p->f.minus) write_padding(p, p->f.wid - width);
    RtBuf *b = p->buf;
    if (p->f.sharp) {
        rt_buf_putc(b, '0');
        rt_buf_putc(b, (uint8_t)digits[16]);
    }
    for (intptr_t i = 0; i < length; i++) {
        if (p->f.space && i > 0) {
            rt_buf_putc(b, ' ');
            if (p->f.sharp) {
                rt_buf_putc(b, '0');
                rt_buf_putc(b, (uint8_t)digits[16]);
            }
        }
        rt_buf_putc(b, (uint8_t)digits[s[i] >> 4]);
        rt_buf_putc(b, (uint8_t)digits[s[i] & 0xF]);
    }
    if (p->f.wid_present && p->f.wid > width && p->f.minus) write_padding(p, p->f.wid - width);
}

static void fmt_q(Printer *p, const uint8_t *s, intptr_t n) {
    n = truncate_len(p, s, n);
    RtBuf tmp = {0};
    if (p->f.sharp && rt_can_backquote(s, n)) {
        rt_buf_putc(&tmp, '`');
        rt_buf_put(&tmp, s, (size_t)n);
        rt_buf_putc(&tmp, '`');
    } else {
        rt_quote(&tmp, s, n, '"', p->f.plus ? RT_Q_ASCII : 0);
    }
    pad(p, tmp.p, (intptr_t)tmp.n);
    rt_buf_free(&tmp);
}

/* Go's fmt.fmtFloat: sign handling, Inf/NaN padding, # forms. */
static void fmt_float(Printer *p, double v, int size, int verb, int prec) {
    if (p->f.prec_present) prec = p->f.prec;
    RtBuf num = {0};
    rt_buf_putc(&num, '+');
    rt_ftoa(&num, v, (uint8_t)verb, prec, size);
    uint8_t *s = num.p;
    intptr_t n = (intptr_t)num.n;
    if (s[1] == '-' || s[1] == '+') {
        s++;
        n--;
    }
    if (p->f.space && s[0] == '+' && !p->f.plus) s[0] = ' ';
    if (s[1] == 'I' || s[1] == 'N') {
        bool oz = p->f.zero;
        p->f.zero = false;
        if (s[1] == 'N' && !p->f.space && !p->f.plus) {
            s++;
            n--;
        }
        pad(p, s, n);
        p->f.zero = oz;
        rt_buf_free(&num);
        return;
    }
    RtBuf alt = {0};
    if (p->f.sharp && verb != 'b') {
        int digits = 0;
        if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') {
            digits = prec;
            if (digits == -1) digits = 6;
        }
        /* Split off the exponent tail, count significant digits. */
        intptr_t tail = n;
        bool has_point = false, saw_nonzero = false;
        for (intptr_t i = 1; i < n; i++) {
            uint8_t c = s[i];
            if (c == '.') {
                has_point = true;
                continue;
            }
            if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
                tail = i;
                break;
            }
            if (c != '0') saw_nonzero = true;
            if (saw_nonzero) digits--;
        }
        rt_buf_put(&alt, s, (size_t)tail);
        if (!has_point) {
            if (tail == 2 && s[1] == '0') digits--;
            rt_buf_putc(&alt, '.');
        }
        while (digits > 0) {
            rt_buf_putc(&alt, '0');
            digits--;
        }
        rt_buf_put(&alt, s + tail, (size_t)(n - tail));
        s = alt.p;
        n = (intptr_t)alt.n;
    }
    if (p->f.plus || s[0] != '+') {
        if (p->f.zero && p->f.wid_present && p->f.wid > n) {
            rt_buf_putc(p->buf, s[0]);
            write_padding(p, p->f.wid - n);
            rt_buf_put(p->buf, s + 1, (size_t)(n - 1));
        } else {
            pad(p, s, n);
        }
    } else {
        pad(p, s + 1, n - 1);
    }
    rt_buf_free(&alt);
    rt_buf_free(&num);
}

/* ---------------- type helpers ---------------- */

static bool is_direct(const GoType *t) { return (t->tflag & GO_TF_DIRECTIFACE) != 0; }

/* The interface data word for the value at ptr. */
static void *data_word(const GoType *t, const void *ptr) {
    if (is_direct(t)) return *(void *const *)ptr;
    return (void *)ptr;
}

/* Address of an interface's dynamic value (the data word itself for
 * direct-interface types). */
static const void *eface_valptr(const GoEface *e) {
    return is_direct(e->type) ? (const void *)&e->data : e->data;
}

static void put_type_string(Printer *p, const GoType *t) {
    rt_buf_puts(p->buf, t ? t->string : "<nil>");
}

static bool is_int_kind(int k) { return k >= GO_INT && k <= GO_INT64; }
static bool is_uint_kind(int k) { return k >= GO_UINT && k <= GO_UINTPTR; }

static int64_t load_int(const GoType *t, const void *ptr) {
    switch (t->kind) {
    case GO_INT8: return *(const int8_t *)ptr;
    case GO_INT16: return *(const int16_t *)ptr;
    case GO_INT32: return *(const int32_t *)ptr;
    default: return *(const int64_t *)ptr;
    }
}

static uint64_t load_uint(const GoType *t, const void *ptr) {
    switch (t->kind) {
    case GO_UINT8: return *(const uint8_t *)ptr;
    case GO_UINT16: return *(const uint16_t *)ptr;
    case GO_UINT32: return *(const uint32_t *)ptr;
    default: return *(const uint64_t *)ptr;
    }
}

static double load_float(const GoType *t, const void *ptr) {
    if (t->kind == GO_FLOAT32) return *(const float *)ptr;
    return *(const double *)ptr;
}

/* The method `name` with signature func() string in t's method set. */
static const GoMethod *string_method(const GoType *t, const char *name) {
    if (!t || t->nmethods == 0) return NULL;
    int lo = 0, hi = t->nmethods;
    while (lo < hi) {
        int m = lo + (hi - lo) / 2;
        int c = strcmp(name, t->methods[m].name);
        if (c == 0) {
            const GoMethod *me = &t->methods[m];
            const GoType *ft = me->mtyp;
            if (!me->ifn) return NULL;
            if (ft && ft->kind == GO_FUNC &&
                (ft->nin != 0 || ft->nout != 1 || ft->in[0]->kind != GO_STRING ||
                 ft->in[0]->pkgpath != NULL))
                return NULL;
            return me;
        }
        if (c < 0) hi = m;
        else lo = m + 1;
    }
    return NULL;
}

/* Calling a String/Error/GoString method with Go's catchPanic: the call
 * runs under a deferred C function that recovers a panic (gosub.h section
 * 4's protocol, done by hand), so that a method that panics prints as
 * "<nil>" (nil pointer receiver) or "%!v(PANIC=String method: msg)". */
typedef struct CatchState {
    GoFunc fn;       /* the deferred call: catch_deferred */
    bool panicked;
    GoEface value;   /* the recovered panic value */
} CatchState;

static void catch_deferred(GoFunc *fn) {
    void *tok = rt_recover_claim((const void *)catch_deferred, NULL);
    if (!tok) return; /* normal return of the method */
    CatchState *cs = (CatchState *)fn;
    cs->value = rt_gorecover(tok);
    cs->panicked = true;
}

static bool call_method_catching(const GoMethod *m, void *data, GoString *out, CatchState *cs) {
    GoDeferFrame df;
    GoDefer d;
    cs->fn.fn = (void (*)(void))catch_deferred;
    cs->panicked = false;
    rt_defer_enter(&df);
    if (setjmp(df.jb)) {
        /* The panic was recovered by catch_deferred: finish the frame. */
        rt_defer_return(&df);
        return false;
    }
    d.fn = &cs->fn;
    d.ident = (const void *)catch_deferred;
    rt_defer_push(&df, &d);
    *out = ((GoString(*)(void *))m->ifn)(data);
    rt_defer_return(&df);
    return !cs->panicked;
}

static void report_method_panic(Printer *p, GoEface v, CatchState *cs, const char *name, int verb);

/* Calls the method; on a panic writes Go's replacement text and returns
 * false (the caller then prints nothing more). */
static bool call_string_method(Printer *p, GoEface v, const GoMethod *m, const char *name,
                               int verb, GoString *out) {
    CatchState cs;
    memset(&cs, 0, sizeof cs);
    if (call_method_catching(m, v.data, out, &cs)) return true;
    report_method_panic(p, v, &cs, name, verb);
    return false;
}

/* Go's catchPanic text for a method that panicked. */
static void report_method_panic(Printer *p, GoEface v, CatchState *cs, const char *name, int verb) {
    if (v.type->kind == GO_POINTER && v.data == NULL) {
        rt_buf_puts(p->buf, "<nil>");
        return;
    }
    if (p->panicking) rt_gopanic(cs->value); /* nested: cannot print it */
    Flags saved = p->f;
    memset(&p->f, 0, sizeof p->f);
    rt_buf_puts(p->buf, "%!");
    rt_buf_putrune(p->buf, verb);
    rt_buf_puts(p->buf, "(PANIC=");
    rt_buf_puts(p->buf, name);
    rt_buf_puts(p->buf, " method: ");
    p->panicking = true;
    print_arg(p, cs->value, 'v');
    p->panicking = false;
    rt_buf_putc(p->buf, ')');
    p->f = saved;
}

/* ---------------- the printer ---------------- */

/* Go's clearflags: the flags go, wid and prec stay (a Formatter's
 * Width()/Precision() can see a previous verb's values, reported as not
 * present). */
static void clear_flags(Printer *p) {
    int wid = p->f.wid, prec = p->f.prec;
    memset(&p->f, 0, sizeof p->f);
    p->f.wid = wid;
    p->f.prec = prec;
}

static void print_value_at0(Printer *p, const GoType *t, const void *ptr, int verb);

static void bad_verb(Printer *p, int verb) {
    p->erroring = true;
    rt_buf_puts(p->buf, "%!");
    rt_buf_putrune(p->buf, verb);
    rt_buf_putc(p->buf, '(');
    if (p->have_arg && p->arg.type) {
        put_type_string(p, p->arg.type);
        rt_buf_putc(p->buf, '=');
        print_arg(p, p->arg, 'v');
    } else if (p->vtype) {
        put_type_string(p, p->vtype);
        rt_buf_putc(p->buf, '=');
        print_value_at0(p, p->vtype, p->vptr, 'v');
    } else {
        rt_buf_puts(p->buf, "<nil>");
    }
    rt_buf_putc(p->buf, ')');
    p->erroring = false;
}

static void print_value_at0(Printer *p, const GoType *t, const void *ptr, int verb) {
    print_value(p, t, ptr, verb, 0, true);
}

static void fmt_bool(Printer *p, bool v, int verb) {
    if (verb == 't' || verb == 'v') fmt_boolean(p, v);
    else bad_verb(p, verb);
}

static void fmt_int_verb(Printer *p, uint64_t v, bool is_signed, int verb) {
    switch (verb) {
    case 'v':
        if (p->f.sharp_v && !is_signed) fmt_0x64(p, v, true);
        else fmt_integer(p, v, 10, is_signed, verb, ldigits);
        break;
    case 'd': fmt_integer(p, v, 10, is_signed, verb, ldigits); break;
    case 'b': fmt_integer(p, v, 2, is_signed, verb, ldigits); break;
    case 'o': case 'O': fmt_integer(p, v, 8, is_signed, verb, ldigits); break;
    case 'x': fmt_integer(p, v, 16, is_signed, verb, ldigits); break;
    case 'X': fmt_integer(p, v, 16, is_signed, verb, udigits); break;
    case 'c': fmt_c(p, v); break;
    case 'q': fmt_qc(p, v); break;
    case 'U': fmt_unicode(p, v); break;
    default: bad_verb(p, verb); break;
    }
}

static void fmt_float_verb(Printer *p, double v, int size, int verb) {
    switch (verb) {
    case 'v': fmt_float(p, v, size, 'g', -1); break;
    case 'b': case 'g': case 'G': case 'x': case 'X': fmt_float(p, v, size, verb, -1); break;
    case 'f': case 'e': case 'E': fmt_float(p, v, size, verb, 6); break;
    case 'F': fmt_float(p, v, size, 'f', 6); break;
    default: bad_verb(p, verb); break;
    }
}

/* fmt's fmtComplex: "(re+imi)", each part formatted as a float of half
 * the size with the verb, width and flags; the imaginary part always signed. */
static void fmt_complex_verb(Printer *p, double re, double im, int size, int verb) {
    switch (verb) {
    case 'v': case 'b': case 'g': case 'G': case 'x': case 'X': case 'f': case 'F': case 'e': case 'E': {
        bool old_plus = p->f.plus;
        rt_buf_putc(p->buf, '(');
        fmt_float_verb(p, re, size / 2, verb);
        p->f.plus = true;
        fmt_float_verb(p, im, size / 2, verb);
        rt_buf_puts(p->buf, "i)");
        p->f.plus = old_plus;
        break;
    }
    default: bad_verb(p, verb); break;
    }
}

static void fmt_string_verb(Printer *p, GoString s, int verb) {
    switch (verb) {
    case 'v':
        if (p->f.sharp_v) fmt_q(p, s.p, s.n);
        else fmt_s(p, s.p, s.n);
        break;
    case 's': fmt_s(p, s.p, s.n); break;
    case 'x': fmt_sbx(p, s.p, s.n, ldigits); break;
    case 'X': fmt_sbx(p, s.p, s.n, udigits); break;
    case 'q': fmt_q(p, s.p, s.n); break;
    default: bad_verb(p, verb); break;
    }
}

/* %s %q %x %X of a []byte or [N]byte; 'v'/'d' handled by the caller. */
static void fmt_bytes(Printer *p, const uint8_t *b, intptr_t n, int verb) {
    switch (verb) {
    case 's': fmt_s(p, b, n); break;
    case 'x': fmt_sbx(p, b, n, ldigits); break;
    case 'X': fmt_sbx(p, b, n, udigits); break;
    case 'q': fmt_q(p, b, n); break;
    }
}

static void fmt_pointer(Printer *p, const GoType *t, const void *ptr, int verb) {
    uintptr_t u;
    switch (t->kind) {
    case GO_CHAN: case GO_MAP: case GO_POINTER: case GO_UNSAFEPOINTER:
        u = (uintptr_t) * (void *const *)ptr;
        break;
    case GO_FUNC: {
        GoFunc *fv = *(GoFunc *const *)ptr;
        u = fv ? (uintptr_t)fv->fn : 0;
        break;
    }
    case GO_SLICE:
        u = (uintptr_t)((const GoSlice *)ptr)->p;
        break;
    default:
        bad_verb(p, verb);
        return;
    }
    switch (verb) {
    case 'v':
        if (p->f.sharp_v) {
            rt_buf_putc(p->buf, '(');
            put_type_string(p, t);
            rt_buf_puts(p->buf, ")(");
            if (u == 0) rt_buf_puts(p->buf, "nil");
            else fmt_0x64(p, u, true);
            rt_buf_putc(p->buf, ')');
        } else if (u == 0) {
            pad_cstr(p, "<nil>");
        } else {
            fmt_0x64(p, u, !p->f.sharp);
        }
        break;
    case 'p':
        fmt_0x64(p, u, !p->f.sharp);
        break;
    case 'b': case 'o': case 'd': case 'x': case 'X':
        fmt_int_verb(p, u, false, verb);
        break;
    default:
        bad_verb(p, verb);
        break;
    }
}

/* ---- fmt.Formatter: Format(f State, verb rune) ----
 * The State passed to Format is the printer itself: a C type "*fmt.pp"
 * whose methods Flag, Precision, Width and Write read the current flags
 * and append to the output.  Its itab is built on the C stack for the
 * call, with the State interface descriptor taken from the Format
 * method's own signature (so it is the program's fmt.State). */
typedef struct {
    go_int r0;
    bool r1;
} IntBool;
typedef struct {
    go_int r0;
    GoIface r1;
} IntError;

static bool pp_Flag(void *data, go_int c) {
    Printer *p = data;
    switch (c) {
    case '-': return p->f.minus;
    case '+': return p->f.plus || p->f.plus_v;
    case '#': return p->f.sharp || p->f.sharp_v;
    case ' ': return p->f.space;
    case '0': return p->f.zero;
    }
    return false;
}

static IntBool pp_Precision(void *data) {
    Printer *p = data;
    IntBool r = {p->f.prec, p->f.prec_present};
    return r;
}

static IntBool pp_Width(void *data) {
    Printer *p = data;
    IntBool r = {p->f.wid, p->f.wid_present};
    return r;
}

static IntError pp_Write(void *data, GoSlice b) {
    Printer *p = data;
    rt_buf_put(p->buf, b.p, (size_t)b.len);
    IntError r = {b.len, {NULL, NULL}};
    return r;
}

/* Signatures as %T prints them, for run-time type identity. */
static const GoType pp_t_bool = {.size = 1, .align = 1, .field_align = 1, .kind = GO_BOOL, .string = "bool"};
static const GoType pp_t_int = {.size = 8, .align = 8, .field_align = 8, .kind = GO_INT, .string = "int"};
static const GoType pp_t_bytes = {.size = 24, .align = 8, .field_align = 8, .kind = GO_SLICE, .string = "[]uint8"};
static const GoType pp_t_error = {.size = 16, .align = 8, .field_align = 8, .kind = GO_INTERFACE,
                                  .string = "error"};
static const GoType *const pp_flag_io[] = {&pp_t_int, &pp_t_bool};
static const GoType *const pp_intbool_io[] = {&pp_t_int, &pp_t_bool};
static const GoType *const pp_write_io[] = {&pp_t_bytes, &pp_t_int, &pp_t_error};
static const GoType pp_flag_t = {.size = 8, .align = 8, .field_align = 8, .kind = GO_FUNC,
                                 .string = "func(int) bool", .nin = 1, .nout = 1, .in = pp_flag_io};
static const GoType pp_intbool_t = {.size = 8, .align = 8, .field_align = 8, .kind = GO_FUNC,
                                    .string = "func() (int, bool)", .nin = 0, .nout = 2, .in = pp_intbool_io};
static const GoType pp_write_t = {.size = 8, .align = 8, .field_align = 8, .kind = GO_FUNC,
                                  .string = "func([]uint8) (int, error)", .nin = 1, .nout = 2,
                                  .in = pp_write_io};
static const GoMethod pp_methods[] = {
    {"Flag", &pp_flag_t, (void (*)(void))pp_Flag, (void (*)(void))pp_Flag},
    {"Precision", &pp_intbool_t, (void (*)(void))pp_Precision, (void (*)(void))pp_Precision},
    {"Width", &pp_intbool_t, (void (*)(void))pp_Width, (void (*)(void))pp_Width},
    {"Write", &pp_write_t, (void (*)(void))pp_Write, (void (*)(void))pp_Write},
};
static const GoType pp_struct_t = {.size = sizeof(Printer), .align = 8, .field_align = 8,
                                   .kind = GO_STRUCT, .tflag = GO_TF_NAMED, .string = "fmt.pp",
                                   .pkgpath = "fmt"};
static const GoType pp_type = {.size = 8, .ptrdata = 8, .align = 8, .field_align = 8, .kind = GO_POINTER,
                               .tflag = GO_TF_DIRECTIFACE | GO_TF_COMPARABLE, .string = "*fmt.pp",
                               .elem = &pp_struct_t, .methods = pp_methods, .nmethods = 4};

/* The Format method of t, if its signature is func(fmt.State, rune). */
static const GoMethod *format_method(const GoType *t) {
    if (!t || t->nmethods == 0) return NULL;
    for (int i = 0; i < t->nmethods; i++) {
        const GoMethod *m = &t->methods[i];
        if (strcmp(m->name, "Format") != 0) continue;
        const GoType *ft = m->mtyp;
        if (!m->ifn || !ft || ft->kind != GO_FUNC || ft->nin != 2 || ft->nout != 0) return NULL;
        if (ft->in[0]->kind != GO_INTERFACE || ft->in[1]->kind != GO_INT32) return NULL;
        return m;
    }
    return NULL;
}

typedef struct {
    const GoType *inter, *type;
    uint32_t hash;
    void (*fun[4])(void);
} PpItab;

/* Calls v.Format(p, verb) under catchPanic; false if it panicked. */
static bool call_format(Printer *p, GoEface v, const GoMethod *m, int verb, CatchState *cs) {
    const GoType *state = m->mtyp->in[0];
    PpItab tab = {state, &pp_type, pp_type.hash, {NULL, NULL, NULL, NULL}};
    /* fun[] in the interface's method order (sorted by name) */
    for (int i = 0; i < state->nimethods && i < 4; i++) {
        for (int k = 0; k < 4; k++)
            if (strcmp(state->imethods[i].name, pp_methods[k].name) == 0) tab.fun[i] = pp_methods[k].ifn;
    }
    GoIface st = {(const GoItab *)&tab, p};
    GoDeferFrame df;
    GoDefer d;
    cs->fn.fn = (void (*)(void))catch_deferred;
    cs->panicked = false;
    rt_defer_enter(&df);
    if (setjmp(df.jb)) {
        rt_defer_return(&df);
        return false;
    }
    d.fn = &cs->fn;
    d.ident = (const void *)catch_deferred;
    rt_defer_push(&df, &d);
    ((void (*)(void *, GoIface, go_rune))m->ifn)(v.data, st, verb);
    rt_defer_return(&df);
    return !cs->panicked;
}

/* Error/String/GoString: true if the value was printed by a method. */
static bool handle_methods(Printer *p, GoEface v, int verb) {
    if (p->erroring || !v.type) return false;
    if (verb == 'w') {
        const GoMethod *em = string_method(v.type, "Error");
        if (!em || !p->wrap_errs || p->wrapped >= 0) {
            p->wrapped = -1;
            p->wrap_errs = false;
            bad_verb(p, verb);
            return true;
        }
        p->wrapped = p->argnum;
        verb = 'v';
    }
    const GoMethod *fm = format_method(v.type);
    if (fm) {
        CatchState cs;
        memset(&cs, 0, sizeof cs);
        if (!call_format(p, v, fm, verb, &cs)) report_method_panic(p, v, &cs, "Format", verb);
        return true;
    }
    if (p->f.sharp_v) {
        const GoMethod *gm = string_method(v.type, "GoString");
        if (!gm) return false;
        GoString s;
        if (call_string_method(p, v, gm, "GoString", verb, &s)) fmt_s(p, s.p, s.n);
        return true;
    }
    switch (verb) {
    case 'v': case 's': case 'x': case 'X': case 'q': {
        const char *name = "Error";
        const GoMethod *m = string_method(v.type, name);
        if (!m) m = string_method(v.type, name = "String");
        if (!m) return false;
        GoString s;
        if (call_string_method(p, v, m, name, verb, &s)) fmt_string_verb(p, s, verb);
        return true;
    }
    }
    return false;
}

/* ---- map key ordering (Go's internal/fmtsort) ---- */

static int cmp_values(const GoType *t, const void *a, const void *b);

static int cmp_u(uint64_t a, uint64_t b) { return a < b ? -1 : a > b; }

/* The size of gc's type descriptor symbol for t on amd64 (Go 1.19's
 * reflect layout: rtype 48 bytes, then the kind's fields, the uncommon
 * part (16) when the type is named or has methods, the struct fields (24
 * each), interface methods (8 each), func parameters (8 each), and the
 * methods (16 each)). */
static uintptr_t rtype_sym_size(const GoType *t) {
    uintptr_t n = 48;
    switch (t->kind) {
    case GO_ARRAY: n += 24; break;
    case GO_CHAN: n += 16; break;
    case GO_FUNC: n += 8 + 8 * (uintptr_t)(t->nin + t->nout); break;
    case GO_INTERFACE: n += 32 + 8 * (uintptr_t)t->nimethods; break;
    case GO_MAP: n += 40; break;
    case GO_POINTER: case GO_SLICE: n += 8; break;
    case GO_STRUCT: n += 32 + 24 * (uintptr_t)t->nfields; break;
    default: break;
    }
    bool basic = t->kind <= GO_COMPLEX128 || t->kind == GO_STRING || t->kind == GO_UNSAFEPOINTER;
    if (basic || (t->tflag & GO_TF_NAMED) || t->nmethods > 0) n += 16 + 16 * (uintptr_t)t->nmethods;
    return n;
}

/* fmtsort orders interface keys of different dynamic types by the
 * address of their descriptors.  gc's linker lays the descriptors out by
 * symbol size, then by symbol name ("type." + the type's string), so that
 * is the order here (the descriptors' own addresses in a gosub binary
 * follow no such rule). */
static int cmp_types(const GoType *x, const GoType *y) {
    if (x == y) return 0;
    uintptr_t sx = rtype_sym_size(x), sy = rtype_sym_size(y);
    if (sx != sy) return sx < sy ? -1 : 1;
    int c = strcmp(x->string ? x->string : "", y->string ? y->string : "");
    if (c) return c < 0 ? -1 : 1;
    return cmp_u((uintptr_t)x, (uintptr_t)y);
}

/* fmtsort's float order: NaN first, then numerical. */
static int cmp_float(double x, double y) {
    if (x < y) return -1;
    if (x > y) return 1;
    if (x == y) return 0;
    if (isnan(x) && !isnan(y)) return -1;
    if (!isnan(x) && isnan(y)) return 1;
    return 0;
}

static int cmp_values(const GoType *t, const void *a, const void *b) {
    int k = t->kind;
    if (is_int_kind(k)) {
        int64_t x = load_int(t, a), y = load_int(t, b);
        return x < y ? -1 : x > y;
    }
    if (is_uint_kind(k)) return cmp_u(load_uint(t, a), load_uint(t, b));
    switch (k) {
    case GO_STRING: {
        const GoString *x = a, *y = b;
        intptr_t n = x->n < y->n ? x->n : y->n;
        int c = n ? memcmp(x->p, y->p, (size_t)n) : 0;
        if (c) return c < 0 ? -1 : 1;
        return x->n < y->n ? -1 : x->n > y->n;
    }
    case GO_FLOAT32: case GO_FLOAT64: return cmp_float(load_float(t, a), load_float(t, b));
    case GO_COMPLEX64: case GO_COMPLEX128: {
        bool c64 = k == GO_COMPLEX64;
        double xr = c64 ? ((const float *)a)[0] : ((const double *)a)[0];
        double yr = c64 ? ((const float *)b)[0] : ((const double *)b)[0];
        int c = cmp_float(xr, yr);
        if (c) return c;
        return cmp_float(c64 ? ((const float *)a)[1] : ((const double *)a)[1],
                         c64 ? ((const float *)b)[1] : ((const double *)b)[1]);
    }
    case GO_BOOL: {
        bool x = *(const bool *)a, y = *(const bool *)b;
        return x == y ? 0 : x ? 1 : -1;
    }
    case GO_POINTER: case GO_UNSAFEPOINTER: case GO_CHAN:
        return cmp_u((uintptr_t) * (void *const *)a, (uintptr_t) * (void *const *)b);
    case GO_STRUCT:
        for (int i = 0; i < t->nfields; i++) {
            const GoField *f = &t->fields[i];
            int c = cmp_values(f->type, (const char *)a + f->offset, (const char *)b + f->offset);
            if (c) return c;
        }
        return 0;
    case GO_ARRAY:
        for (uintptr_t i = 0; i < t->len; i++) {
            uintptr_t off = i * t->elem->size;
            int c = cmp_values(t->elem, (const char *)a + off, (const char *)b + off);
            if (c) return c;
        }
        return 0;
    case GO_INTERFACE: {
        GoEface x, y;
        if (t->nimethods == 0) {
            x = *(const GoEface *)a;
            y = *(const GoEface *)b;
        } else {
            const GoIface *ix = a, *iy = b;
            x.type = ix->tab ? ix->tab->type : NULL;
            x.data = ix->data;
            y.type = iy->tab ? iy->tab->type : NULL;
            y.data = iy->data;
        }
        if (!x.type || !y.type) {
            if (!x.type && !y.type) return 0;
            return !x.type ? -1 : 1;
        }
        int c = cmp_types(x.type, y.type);
        if (c) return c;
        return cmp_values(x.type, eface_valptr(&x), eface_valptr(&y));
    }
    }
    return 0;
}

typedef struct MapEntry {
    const void *key, *val;
} MapEntry;

/* Stable insertion-merge sort of the entries by key. */
static void sort_entries(const GoType *kt, MapEntry *e, intptr_t n) {
    if (n < 2) return;
    if (n <= 12) {
        for (intptr_t i = 1; i < n; i++) {
            MapEntry x = e[i];
            intptr_t j = i;
            while (j > 0 && cmp_values(kt, e[j - 1].key, x.key) > 0) {
                e[j] = e[j - 1];
                j--;
            }
            e[j] = x;
        }
        return;
    }
    intptr_t h = n / 2;
    sort_entries(kt, e, h);
    sort_entries(kt, e + h, n - h);
    MapEntry *tmp = malloc(sizeof *tmp * (size_t)n);
    intptr_t i = 0, j = h, k = 0;
    while (i < h && j < n) {
        if (cmp_values(kt, e[j].key, e[i].key) < 0) tmp[k++] = e[j++];
        else tmp[k++] = e[i++];
    }
    while (i < h) tmp[k++] = e[i++];
    while (j < n) tmp[k++] = e[j++];
    memcpy(e, tmp, sizeof *tmp * (size_t)n);
    free(tmp);
}

static void print_map(Printer *p, const GoType *t, GoMap *m, int verb, int depth, bool can_iface) {
    if (p->f.sharp_v) {
        put_type_string(p, t);
        if (!m) {
            rt_buf_puts(p->buf, "(nil)");
            return;
        }
        rt_buf_putc(p->buf, '{');
    } else {
        rt_buf_puts(p->buf, "map[");
    }
    intptr_t n = go_maplen(m), cap = n + 8, cnt = 0;
    MapEntry *e = malloc(sizeof *e * (size_t)cap);
    if (m) {
        GoMapIter it;
        rt_mapiterinit(t, m, &it);
        while (rt_mapiternext(&it)) {
            if (cnt == cap) {
                cap *= 2;
                e = realloc(e, sizeof *e * (size_t)cap);
            }
            e[cnt].key = it.key;
            e[cnt].val = it.val;
            cnt++;
        }
    }
    sort_entries(t->key, e, cnt);
    for (intptr_t i = 0; i < cnt; i++) {
        if (i > 0) rt_buf_puts(p->buf, p->f.sharp_v ? ", " : " ");
        print_value(p, t->key, e[i].key, verb, depth + 1, can_iface);
        rt_buf_putc(p->buf, ':');
        print_value(p, t->elem, e[i].val, verb, depth + 1, can_iface);
    }
    free(e);
    rt_buf_putc(p->buf, p->f.sharp_v ? '}' : ']');
}

/* The dynamic value of the interface stored at ptr (type NULL if nil). */
static GoEface iface_at(const GoType *it, const void *ptr) {
    GoEface e;
    if (it->nimethods == 0) {
        e = *(const GoEface *)ptr;
    } else {
        const GoIface *i = ptr;
        e.type = i->tab ? i->tab->type : NULL;
        e.data = i->data;
    }
    return e;
}

static void print_value(Printer *p, const GoType *t, const void *ptr, int verb, int depth,
                        bool can_iface) {
    if (depth > 0 && t && can_iface && t->kind != GO_INTERFACE) {
        GoEface v = {t, data_word(t, ptr)};
        GoEface saved = p->arg;
        bool saved_have = p->have_arg;
        p->arg = v;
        p->have_arg = true;
        bool done = handle_methods(p, v, verb);
        p->arg = saved;
        p->have_arg = saved_have;
        if (done) return;
    }
    bool saved_have = p->have_arg;
    const GoType *saved_t = p->vtype;
    const void *saved_p = p->vptr;
    p->have_arg = false;
    p->vtype = t;
    p->vptr = ptr;

    if (!t) {
        /* A nil interface reached by the walk. */
        if (depth == 0) rt_buf_puts(p->buf, "<invalid reflect.Value>");
        else if (verb == 'v') rt_buf_puts(p->buf, "<nil>");
        else bad_verb(p, verb);
        goto out;
    }
    int k = t->kind;
    if (k == GO_BOOL) {
        fmt_bool(p, *(const bool *)ptr, verb);
    } else if (is_int_kind(k)) {
        fmt_int_verb(p, (uint64_t)load_int(t, ptr), true, verb);
    } else if (is_uint_kind(k)) {
        fmt_int_verb(p, load_uint(t, ptr), false, verb);
    } else if (k == GO_FLOAT32 || k == GO_FLOAT64) {
        fmt_float_verb(p, load_float(t, ptr), k == GO_FLOAT32 ? 32 : 64, verb);
    } else if (k == GO_COMPLEX64) {
        fmt_complex_verb(p, ((const float *)ptr)[0], ((const float *)ptr)[1], 64, verb);
    } else if (k == GO_COMPLEX128) {
        fmt_complex_verb(p, ((const double *)ptr)[0], ((const double *)ptr)[1], 128, verb);
    } else if (k == GO_STRING) {
        fmt_string_verb(p, *(const GoString *)ptr, verb);
    } else if (k == GO_MAP) {
        print_map(p, t, *(GoMap *const *)ptr, verb, depth, can_iface);
    } else if (k == GO_STRUCT) {
        if (p->f.sharp_v) put_type_string(p, t);
        rt_buf_putc(p->buf, '{');
        for (int i = 0; i < t->nfields; i++) {
            const GoField *f = &t->fields[i];
            if (i > 0) rt_buf_puts(p->buf, p->f.sharp_v ? ", " : " ");
            if (p->f.plus_v || p->f.sharp_v) {
                rt_buf_puts(p->buf, f->name);
                rt_buf_putc(p->buf, ':');
            }
            const void *fp = (const char *)ptr + f->offset;
            bool ci = can_iface && f->exported;
            if (f->type->kind == GO_INTERFACE) {
                GoEface e = iface_at(f->type, fp);
                if (e.type) {
                    print_value(p, e.type, eface_valptr(&e), verb, depth + 1, ci);
                    continue;
                }
            }
            print_value(p, f->type, fp, verb, depth + 1, ci);
        }
        rt_buf_putc(p->buf, '}');
    } else if (k == GO_INTERFACE) {
        GoEface e = iface_at(t, ptr);
        if (!e.type) {
            if (p->f.sharp_v) {
                put_type_string(p, t);
                rt_buf_puts(p->buf, "(nil)");
            } else {
                rt_buf_puts(p->buf, "<nil>");
            }
        } else {
            print_value(p, e.type, eface_valptr(&e), verb, depth + 1, can_iface);
        }
    } else if (k == GO_ARRAY || k == GO_SLICE) {
        const uint8_t *base;
        intptr_t n;
        bool nil = false;
        if (k == GO_SLICE) {
            const GoSlice *s = ptr;
            base = s->p;
            n = s->len;
            nil = s->p == NULL;
        } else {
            base = ptr;
            n = (intptr_t)t->len;
        }
        if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && t->elem->kind == GO_UINT8) {
            fmt_bytes(p, base, n, verb);
            goto out;
        }
        const GoType *et = t->elem;
        if (p->f.sharp_v) {
            if (depth == 0 && k == GO_SLICE && !(t->tflag & GO_TF_NAMED) && et->kind == GO_UINT8 &&
                et->pkgpath == NULL)
                rt_buf_puts(p->buf, "[]byte"); /* fmt's printArg case []byte */
            else
                put_type_string(p, t);
            if (k == GO_SLICE && nil) {
                rt_buf_puts(p->buf, "(nil)");
                goto out;
            }
            rt_buf_putc(p->buf, '{');
            for (intptr_t i = 0; i < n; i++) {
                if (i > 0) rt_buf_puts(p->buf, ", ");
                print_value(p, et, base + (uintptr_t)i * et->size, verb, depth + 1, can_iface);
            }
            rt_buf_putc(p->buf, '}');
        } else {
            rt_buf_putc(p->buf, '[');
            for (intptr_t i = 0; i < n; i++) {
                if (i > 0) rt_buf_putc(p->buf, ' ');
                print_value(p, et, base + (uintptr_t)i * et->size, verb, depth + 1, can_iface);
            }
            rt_buf_putc(p->buf, ']');
        }
    } else if (k == GO_POINTER) {
        const void *target = *(void *const *)ptr;
        if (depth == 0 && target && t->elem) {
            int ek = t->elem->kind;
            if (ek == GO_ARRAY || ek == GO_SLICE || ek == GO_STRUCT || ek == GO_MAP) {
                rt_buf_putc(p->buf, '&');
                print_value(p, t->elem, target, verb, depth + 1, can_iface);
                goto out;
            }
        }
        fmt_pointer(p, t, ptr, verb);
    } else if (k == GO_CHAN || k == GO_FUNC || k == GO_UNSAFEPOINTER) {
        fmt_pointer(p, t, ptr, verb);
    } else {
        /* complex and anything unknown */
        rt_buf_putc(p->buf, '?');
        put_type_string(p, t);
        rt_buf_putc(p->buf, '?');
    }
out:
    p->have_arg = saved_have;
    p->vtype = saved_t;
    p->vptr = saved_p;
}

static void print_arg(Printer *p, GoEface arg, int verb) {
    GoEface saved = p->arg;
    bool saved_have = p->have_arg;
    const GoType *saved_t = p->vtype;
    p->arg = arg;
    p->have_arg = true;
    p->vtype = NULL;
    if (!arg.type) {
        if (verb == 'T' || verb == 'v') pad_cstr(p, "<nil>");
        else bad_verb(p, verb);
        goto out;
    }
    if (verb == 'T') {
        const char *s = arg.type->string;
        fmt_s(p, (const uint8_t *)s, (intptr_t)strlen(s));
        goto out;
    }
    if (verb == 'p') {
        fmt_pointer(p, arg.type, eface_valptr(&arg), 'p');
        goto out;
    }
    if (arg.type->nmethods > 0 && handle_methods(p, arg, verb)) goto out;
    print_value(p, arg.type, eface_valptr(&arg), verb, 0, true);
out:
    p->arg = saved;
    p->have_arg = saved_have;
    p->vtype = saved_t;
}

/* ---------------- Printf's format parsing ---------------- */

static bool too_large(intptr_t x) { return x > 1000000 || x < -1000000; }

static int parsenum(const uint8_t *s, intptr_t start, intptr_t end, int *num, intptr_t *newi) {
    *num = 0;
    if (start >= end) {
        *newi = end;
        return 0;
    }
    bool isnum = false;
    intptr_t i;
    for (i = start; i < end && s[i] >= '0' && s[i] <= '9'; i++) {
        if (too_large(*num)) {
            *num = 0;
            *newi = end;
            return 0;
        }
        *num = *num * 10 + (s[i] - '0');
        isnum = true;
    }
    *newi = i;
    return isnum;
}

typedef struct ArgState {
    intptr_t argnum;
    bool reordered, good_argnum, after_index;
} ArgState;

/* An explicit [n] operand index at format[i]. */
static intptr_t arg_number(ArgState *st, const uint8_t *fmt, intptr_t end, intptr_t i,
                           intptr_t nargs) {
    st->after_index = false;
    if (i >= end || fmt[i] != '[') return i;
    st->reordered = true;
    /* parseArgNumber: at least "[n]" */
    intptr_t rem = end - i;
    intptr_t wid = 1;
    bool ok = false;
    int index = 0;
    if (rem >= 3) {
        for (intptr_t j = 1; j < rem; j++) {
            if (fmt[i + j] == ']') {
                int w;
                intptr_t newi;
                int isnum = parsenum(fmt + i, 1, j, &w, &newi);
                if (!isnum || newi != j) {
                    wid = j + 1;
                    ok = false;
                } else {
                    index = w - 1;
                    wid = j + 1;
                    ok = true;
                }
                break;
            }
        }
    }
    if (ok && index >= 0 && index < nargs) {
        st->argnum = index;
        st->after_index = true;
        return i + wid;
    }
    st->good_argnum = false;
    st->after_index = ok;
    return i + wid;
}

/* A width or precision from an operand (`*`). */
static bool int_from_arg(const GoEface *a, intptr_t nargs, ArgState *st, int *num) {
    *num = 0;
    if (st->argnum >= nargs) return false;
    GoEface e = a[st->argnum++];
    bool ok = false;
    int64_t n = 0;
    if (e.type && is_int_kind(e.type->kind)) {
        n = load_int(e.type, eface_valptr(&e));
        ok = true;
    } else if (e.type && is_uint_kind(e.type->kind)) {
        uint64_t u = load_uint(e.type, eface_valptr(&e));
        if ((int64_t)u >= 0) {
            n = (int64_t)u;
            ok = true;
        }
    }
    if (ok && too_large((intptr_t)n)) return false;
    *num = (int)n;
    return ok;
}

static void printf_core(Printer *p, const uint8_t *fmt, intptr_t end, const GoEface *a,
                        intptr_t nargs) {
    ArgState st = {0, false, true, false};
    for (intptr_t i = 0; i < end;) {
        st.good_argnum = true;
        intptr_t lasti = i;
        while (i < end && fmt[i] != '%') i++;
        if (i > lasti) rt_buf_put(p->buf, fmt + lasti, (size_t)(i - lasti));
        if (i >= end) break;
        i++;
        clear_flags(p);
        bool simple_done = false;
        for (; i < end; i++) {
            uint8_t c = fmt[i];
            if (c == '#') p->f.sharp = true;
            else if (c == '0') p->f.zero = !p->f.minus;
            else if (c == '+') p->f.plus = true;
            else if (c == '-') {
                p->f.minus = true;
                p->f.zero = false;
            } else if (c == ' ') p->f.space = true;
            else {
                if (c >= 'a' && c <= 'z' && st.argnum < nargs) {
                    if (c == 'v') {
                        p->f.sharp_v = p->f.sharp;
                        p->f.sharp = false;
                        p->f.plus_v = p->f.plus;
                        p->f.plus = false;
                    }
                    p->argnum = st.argnum;
                    print_arg(p, a[st.argnum], c);
                    st.argnum++;
                    i++;
                    simple_done = true;
                }
                break;
            }
        }
        if (simple_done) continue;

        i = arg_number(&st, fmt, end, i, nargs);
        if (i < end && fmt[i] == '*') {
            i++;
            p->f.wid_present = int_from_arg(a, nargs, &st, &p->f.wid);
            if (!p->f.wid_present) rt_buf_puts(p->buf, "%!(BADWIDTH)");
            if (p->f.wid < 0) {
                p->f.wid = -p->f.wid;
                p->f.minus = true;
                p->f.zero = false;
            }
            st.after_index = false;
        } else {
            p->f.wid_present = parsenum(fmt, i, end, &p->f.wid, &i);
            if (st.after_index && p->f.wid_present) st.good_argnum = false;
        }
        if (i + 1 < end && fmt[i] == '.') {
            i++;
            if (st.after_index) st.good_argnum = false;
            i = arg_number(&st, fmt, end, i, nargs);
            if (i < end && fmt[i] == '*') {
                i++;
                p->f.prec_present = int_from_arg(a, nargs, &st, &p->f.prec);
                if (p->f.prec < 0) {
                    p->f.prec = 0;
                    p->f.prec_present = false;
                }
                if (!p->f.prec_present) rt_buf_puts(p->buf, "%!(BADPREC)");
                st.after_index = false;
            } else {
                p->f.prec_present = parsenum(fmt, i, end, &p->f.prec, &i);
                if (!p->f.prec_present) {
                    p->f.prec = 0;
                    p->f.prec_present = true;
                }
            }
        }
        if (!st.after_index) i = arg_number(&st, fmt, end, i, nargs);
        if (i >= end) {
            rt_buf_puts(p->buf, "%!(NOVERB)");
            break;
        }
        int verb = fmt[i], size = 1;
        if (verb >= 0x80) verb = rt_utf8_decode(fmt + i, end - i, &size);
        i += size;
        if (verb == '%') {
            rt_buf_putc(p->buf, '%');
        } else if (!st.good_argnum) {
            rt_buf_puts(p->buf, "%!");
            rt_buf_putrune(p->buf, verb);
            rt_buf_puts(p->buf, "(BADINDEX)");
        } else if (st.argnum >= nargs) {
            rt_buf_puts(p->buf, "%!");
            rt_buf_putrune(p->buf, verb);
            rt_buf_puts(p->buf, "(MISSING)");
        } else {
            if (verb == 'v') {
                p->f.sharp_v = p->f.sharp;
                p->f.sharp = false;
                p->f.plus_v = p->f.plus;
                p->f.plus = false;
            }
            p->argnum = st.argnum;
            print_arg(p, a[st.argnum], verb);
            st.argnum++;
        }
    }
    if (!st.reordered && st.argnum < nargs) {
        clear_flags(p);
        rt_buf_puts(p->buf, "%!(EXTRA ");
        for (intptr_t k = st.argnum; k < nargs; k++) {
            if (k > st.argnum) rt_buf_puts(p->buf, ", ");
            if (!a[k].type) {
                rt_buf_puts(p->buf, "<nil>");
            } else {
                put_type_string(p, a[k].type);
                rt_buf_putc(p->buf, '=');
                print_arg(p, a[k], 'v');
            }
        }
        rt_buf_putc(p->buf, ')');
    }
}

static void printer_init(Printer *p, RtBuf *b) {
    memset(p, 0, sizeof *p);
    p->buf = b;
    p->wrapped = -1;
}

void rt_fmt_sprintf(RtBuf *b, GoString format, const GoEface *args, intptr_t nargs) {
    Printer p;
    printer_init(&p, b);
    printf_core(&p, format.p, format.n, args, nargs);
}

/* Errorf's formatting: returns the index of the operand %w wrapped, or -1. */
static intptr_t errorf_core(RtBuf *b, GoString format, const GoEface *args, intptr_t nargs) {
    Printer p;
    printer_init(&p, b);
    p.wrap_errs = true;
    printf_core(&p, format.p, format.n, args, nargs);
    return p.wrapped;
}

void rt_fmt_sprint(RtBuf *b, const GoEface *args, intptr_t nargs) {
    Printer p;
    printer_init(&p, b);
    bool prev_string = false;
    for (intptr_t i = 0; i < nargs; i++) {
        bool is_string = args[i].type && args[i].type->kind == GO_STRING;
        if (i > 0 && !is_string && !prev_string) rt_buf_putc(b, ' ');
        p.argnum = i;
        print_arg(&p, args[i], 'v');
        prev_string = is_string;
    }
}

void rt_fmt_sprintln(RtBuf *b, const GoEface *args, intptr_t nargs) {
    Printer p;
    printer_init(&p, b);
    for (intptr_t i = 0; i < nargs; i++) {
        if (i > 0) rt_buf_putc(b, ' ');
        p.argnum = i;
        print_arg(&p, args[i], 'v');
    }
    rt_buf_putc(b, '\n');
}

/* ---------------- //extern entry points of package fmt ----------------
 *
 * Go declarations (stdlib/fmt), results per gosub.h:
 *   //extern go_fmt_Sprintf
 *   func Sprintf(format string, a ...any) string
 *   //extern go_fmt_Sprint
 *   func Sprint(a ...any) string
 *   //extern go_fmt_Sprintln
 *   func Sprintln(a ...any) string
 *   //extern go_fmt_Printf
 *   func Printf(format string, a ...any) (n int, err error)
 *   //extern go_fmt_Print
 *   func Print(a ...any) (n int, err error)
 *   //extern go_fmt_Println
 *   func Println(a ...any) (n int, err error)
 *   //extern go_fmt_errorf
 *   func errorf(format string, a []any) (string, int)
 *       the message and the index in a of the operand that %w wrapped
 *       (-1: none); Errorf builds errors.New(msg) or &wrapError{msg, a[i].(error)}
 *   //extern go_fmt_fdwrite
 *   func fdwrite(fd int, p []byte) int
 *   //extern go_fmt_appendf (Fprintf's and Appendf's helper)
 *   func appendf(dst []byte, format string, a []any) []byte
 *   //extern go_fmt_append
 *   func appendp(dst []byte, a []any) []byte
 *   //extern go_fmt_appendln
 *   func appendln(dst []byte, a []any) []byte
 *       the text appended to dst with one append (Go's append(b, p.buf...))
 * Print* write to fd 1 directly, unbuffered (os.Stdout); Fprint* are Go
 * code: w.Write(appendf(buf, format, a)) with a pooled buf, as Go's
 * pooled printers (no allocation per call once the pool holds one).
 */
typedef struct {
    go_int r0;
    GoIface r1;
} RtIntError;

static GoString finish_string(RtBuf *b) {
    GoString s = rt_gostring_conv(b->p, b->n);
    rt_buf_free(b);
    return s;
}

/* dst = append(dst, b's text...), then b is released. */
static GoSlice finish_append(GoSlice dst, RtBuf *b) {
    intptr_t old = dst.len, n = (intptr_t)b->n;
    if (n > 0) {
        if (old + n > dst.cap)
            dst = rt_growslice(&go_type_uint8, dst, old + n);
        else
            dst.len = old + n;
        memcpy((uint8_t *)dst.p + old, b->p, (size_t)n);
    }
    rt_buf_free(b);
    return dst;
}

GoString go_fmt_Sprintf(GoString format, GoSlice a) {
    uint8_t stack[256];
    RtBuf b = RT_BUF_ON(stack);
    rt_fmt_sprintf(&b, format, a.p, a.len);
    return finish_string(&b);
}

GoString go_fmt_Sprint(GoSlice a) {
    uint8_t stack[256];
    RtBuf b = RT_BUF_ON(stack);
    rt_fmt_sprint(&b, a.p, a.len);
    return finish_string(&b);
}

GoString go_fmt_Sprintln(GoSlice a) {
    uint8_t stack[256];
    RtBuf b = RT_BUF_ON(stack);
    rt_fmt_sprintln(&b, a.p, a.len);
    return finish_string(&b);
}

GoSlice go_fmt_appendf(GoSlice dst, GoString format, GoSlice a) {
    uint8_t stack[256];
    RtBuf b = RT_BUF_ON(stack);
    rt_fmt_sprintf(&b, format, a.p, a.len);
    return finish_append(dst, &b);
}

GoSlice go_fmt_append(GoSlice dst, GoSlice a) {
    uint8_t stack[256];
    RtBuf b = RT_BUF_ON(stack);
    rt_fmt_sprint(&b, a.p, a.len);
    return finish_append(dst, &b);
}

GoSlice go_fmt_appendln(GoSlice dst, GoSlice a) {
    uint8_t stack[256];
    RtBuf b = RT_BUF_ON(stack);
    rt_fmt_sprintln(&b, a.p, a.len);
    return finish_append(dst, &b);
}

static RtIntError write_out(RtBuf *b) {
    RtIntError r = {0, {NULL, NULL}};
    r.r0 = rt_fmt_write_fd(1, b->p, b->n);
    rt_buf_free(b);
    return r;
}

RtIntError go_fmt_Printf(GoString format, GoSlice a) {
    uint8_t stack[256];
    RtBuf b = RT_BUF_ON(stack);
    rt_fmt_sprintf(&b, format, a.p, a.len);
    return write_out(&b);
}

RtIntError go_fmt_Print(GoSlice a) {
    uint8_t stack[256];
    RtBuf b = RT_BUF_ON(stack);
    rt_fmt_sprint(&b, a.p, a.len);
    return write_out(&b);
}

RtIntError go_fmt_Println(GoSlice a) {
    uint8_t stack[256];
    RtBuf b = RT_BUF_ON(stack);
    rt_fmt_sprintln(&b, a.p, a.len);
    return write_out(&b);
}

typedef struct {
    GoString r0;
    go_int r1;
} RtStringInt;

RtStringInt go_fmt_errorf(GoString format, GoSlice a) {
    uint8_t stack[256];
    RtBuf b = RT_BUF_ON(stack);
    RtStringInt r;
    r.r1 = errorf_core(&b, format, a.p, a.len);
    r.r0 = finish_string(&b);
    return r;
}

go_int go_fmt_fdwrite(go_int fd, GoSlice p) {
    return rt_fmt_write_fd((int)fd, p.p, (size_t)p.len);
}
