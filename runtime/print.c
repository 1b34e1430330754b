/*
 * print.c: the builtin print/println (gosub.h section 4) and the printing
 * of panic values, in Go's own formats (runtime/print.go):
 *   floats   +1.500000e+000 (7 significant digits, 3-digit exponent), NaN, +Inf, -Inf
 *   complex  (+1.000000e+000+2.000000e+000i)
 *   pointers 0xc000012345 (nil: 0x0); interfaces (0xtype,0xdata); slices [len/cap]0xptr
 *
 * Output goes to stderr.  A print statement is buffered between
 * rt_printlock and rt_printunlock and written with one write(2), after
 * flushing buffered program output (rt_flush_output, fmt's), so that
 * stdout and stderr interleave in program order when both go to one file.
 */
#include "runtime/rt_core.h"

#include <inttypes.h>
#include <stdio.h>
#include <unistd.h>

static char pbuf[8192];
static size_t plen;
static int plock;

void rt_print_flush(void) {
    if (plen == 0) return;
    if (rt_flush_output) rt_flush_output();
    size_t off = 0;
    while (off < plen) {
        ssize_t w = write(2, pbuf + off, plen - off);
        if (w <= 0) break;
        off += (size_t)w;
    }
    plen = 0;
}

void rt_print_bytes(const void *p, intptr_t n) {
    const char *s = p;
    while (n > 0) {
        if (plen == sizeof pbuf) rt_print_flush();
        size_t k = sizeof pbuf - plen;
        if ((size_t)n < k) k = (size_t)n;
        memcpy(pbuf + plen, s, k);
        plen += k;
        s += k;
        n -= (intptr_t)k;
    }
    if (plock == 0) rt_print_flush();
}

void rt_print_cstr(const char *s) { rt_print_bytes(s, (intptr_t)strlen(s)); }

void rt_printlock(void) { plock++; }

void rt_printunlock(void) {
    if (plock > 0) plock--;
    if (plock == 0) rt_print_flush();
}

void rt_printbool(bool v) { rt_print_cstr(v ? "true" : "false"); }

void rt_printint(int64_t v) {
    char b[24];
    int n = snprintf(b, sizeof b, "%" PRId64, v);
    rt_print_bytes(b, n);
}

void rt_printuint(uint64_t v) {
    char b[24];
    int n = snprintf(b, sizeof b, "%" PRIu64, v);
    rt_print_bytes(b, n);
}

void rt_printhex(uint64_t v) {
    char b[24];
    int n = snprintf(b, sizeof b, "0x%" PRIx64, v);
    rt_print_bytes(b, n);
}

/* Go's print format: normalise to [1,10) by repeated *10 or /10, add half
 * a unit of the 7th digit, then peel digits.  Reproduced operation by
 * operation, since the printed digits depend on the rounding of each step. */
void rt_printfloat(double v) {
    if (v != v) {
        rt_print_cstr("NaN");
        return;
    }
    if (v + v == v && v > 0) {
        rt_print_cstr("+Inf");
        return;
    }
    if (v + v == v && v < 0) {
        rt_print_cstr("-Inf");
        return;
    }
    enum { ND = 7 };
    char buf[ND + 7];
    buf[0] = '+';
    int e = 0;
    if (v == 0) {
        if (1 / v < 0) buf[0] = '-';
    } else {
        if (v < 0) {
            v = -v;
            buf[0] = '-';
        }
        while (v >= 10) {
            e++;
            v /= 10;
        }
        while (v < 1) {
            e--;
            v *= 10;
        }
        double h = 5.0;
        for (int i = 0; i < ND; i++) h /= 10;
        v += h;
        if (v >= 10) {
            e++;
            v /= 10;
        }
    }
    for (int i = 0; i < ND; i++) {
        int s = (int)v;
        buf[i + 2] = (char)(s + '0');
        v -= s;
        v *= 10;
    }
    buf[1] = buf[2];
    buf[2] = '.';
    buf[ND + 2] = 'e';
    buf[ND + 3] = '+';
    if (e < 0) {
        e = -e;
        buf[ND + 3] = '-';
    }
    buf[ND + 4] = (char)(e / 100 + '0');
    buf[ND + 5] = (char)(e / 10 % 10 + '0');
    buf[ND + 6] = (char)(e % 10 + '0');
    rt_print_bytes(buf, sizeof buf);
}

void rt_printcomplex(double re, double im) {
    rt_print_cstr("(");
    rt_printfloat(re);
    rt_printfloat(im);
    rt_print_cstr("i)");
}

void rt_printstring(GoString s) { rt_print_bytes(s.p, s.n); }

void rt_printpointer(const void *p) { rt_printhex((uint64_t)(uintptr_t)p); }

void rt_printeface(GoEface e) {
    rt_print_cstr("(");
    rt_printhex((uint64_t)(uintptr_t)e.type);
    rt_print_cstr(",");
    rt_printhex((uint64_t)(uintptr_t)e.data);
    rt_print_cstr(")");
}

void rt_printiface(GoIface i) {
    rt_print_cstr("(");
    rt_printhex((uint64_t)(uintptr_t)i.tab);
    rt_print_cstr(",");
    rt_printhex((uint64_t)(uintptr_t)i.data);
    rt_print_cstr(")");
}

void rt_printslice(GoSlice s) {
    rt_print_cstr("[");
    rt_printint(s.len);
    rt_print_cstr("/");
    rt_printint(s.cap);
    rt_print_cstr("]");
    rt_printpointer(s.p);
}

void rt_printsp(void) { rt_print_cstr(" "); }
void rt_printnl(void) { rt_print_cstr("\n"); }

/* A named type's value as Go's printanycustomtype shows it: T(v),
 * T("s"), or (T) 0xaddr for kinds print cannot show. */
static void print_custom(GoEface e) {
    const GoType *t = e.type;
    const void *p = rt_eface_valptr(&e);
    const char *ts = t->string;
    switch (t->kind) {
    case GO_STRING:
        rt_print_cstr(ts);
        rt_print_cstr("(\"");
        rt_printstring(*(const GoString *)p);
        rt_print_cstr("\")");
        return;
    case GO_BOOL:
    case GO_INT: case GO_INT8: case GO_INT16: case GO_INT32: case GO_INT64:
    case GO_UINT: case GO_UINT8: case GO_UINT16: case GO_UINT32: case GO_UINT64:
    case GO_UINTPTR: case GO_FLOAT32: case GO_FLOAT64:
        rt_print_cstr(ts);
        rt_print_cstr("(");
        break;
    case GO_COMPLEX64:
        rt_print_cstr(ts);
        rt_printcomplex(((const float *)p)[0], ((const float *)p)[1]);
        return;
    case GO_COMPLEX128:
        rt_print_cstr(ts);
        rt_printcomplex(((const double *)p)[0], ((const double *)p)[1]);
        return;
    default:
        rt_print_cstr("(");
        rt_print_cstr(ts);
        rt_print_cstr(") ");
        rt_printpointer(e.data);
        return;
    }
    switch (t->kind) {
    case GO_BOOL: rt_printbool(*(const bool *)p); break;
    case GO_INT: case GO_INT64: rt_printint(*(const int64_t *)p); break;
    case GO_INT8: rt_printint(*(const int8_t *)p); break;
    case GO_INT16: rt_printint(*(const int16_t *)p); break;
    case GO_INT32: rt_printint(*(const int32_t *)p); break;
    case GO_UINT: case GO_UINT64: case GO_UINTPTR: rt_printuint(*(const uint64_t *)p); break;
    case GO_UINT8: rt_printuint(*(const uint8_t *)p); break;
    case GO_UINT16: rt_printuint(*(const uint16_t *)p); break;
    case GO_UINT32: rt_printuint(*(const uint32_t *)p); break;
    case GO_FLOAT32: rt_printfloat(*(const float *)p); break;
    case GO_FLOAT64: rt_printfloat(*(const double *)p); break;
    default: break;
    }
    rt_print_cstr(")");
}

/* Go's printpanicval: predeclared types print bare, others via print_custom. */
void rt_printpanicval(GoEface v) {
    const GoType *t = v.type;
    if (!t) {
        rt_print_cstr("nil");
        return;
    }
    const void *p = rt_eface_valptr(&v);
    if (t == &go_type_string) rt_printstring(*(const GoString *)p);
    else if (t == &go_type_bool) rt_printbool(*(const bool *)p);
    else if (t == &go_type_int || t == &go_type_int64) rt_printint(*(const int64_t *)p);
    else if (t == &go_type_int8) rt_printint(*(const int8_t *)p);
    else if (t == &go_type_int16) rt_printint(*(const int16_t *)p);
    else if (t == &go_type_int32) rt_printint(*(const int32_t *)p);
    else if (t == &go_type_uint || t == &go_type_uint64 || t == &go_type_uintptr)
        rt_printuint(*(const uint64_t *)p);
    else if (t == &go_type_uint8) rt_printuint(*(const uint8_t *)p);
    else if (t == &go_type_uint16) rt_printuint(*(const uint16_t *)p);
    else if (t == &go_type_uint32) rt_printuint(*(const uint32_t *)p);
    else if (t == &go_type_float32) rt_printfloat(*(const float *)p);
    else if (t == &go_type_float64) rt_printfloat(*(const double *)p);
    else if (t->kind == GO_COMPLEX128 && !(t->tflag & GO_TF_NAMED))
        rt_printcomplex(((const double *)p)[0], ((const double *)p)[1]);
    else if (t->kind == GO_COMPLEX64 && !(t->tflag & GO_TF_NAMED))
        rt_printcomplex(((const float *)p)[0], ((const float *)p)[1]);
    else print_custom(v);
}
