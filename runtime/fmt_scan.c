/*
 * fmt_scan.c: the reflection fmt's scanner needs for operands whose type
 * is a pointer to a named basic type (type Celsius float64): Go scans
 * them by kind.  stdlib/fmt/scan.go asks for the kind of *arg and stores
 * the scanned value through these helpers.
 *
 * Go declarations (stdlib/fmt/scan.go):
 *   //extern go_fmt_scanKind
 *   func scanKind(arg any) (kind int, bits int)   // kind of *arg (reflect's numbering),
 *                                                  // -1 when arg is not a pointer;
 *                                                  // GO_SLICE only for slices of bytes
 *   //extern go_fmt_scanStoreInt
 *   func scanStoreInt(arg any, v int64)           // also bool (0/1) and uints
 *   //extern go_fmt_scanStoreFloat
 *   func scanStoreFloat(arg any, v float64)
 *   //extern go_fmt_scanStoreString
 *   func scanStoreString(arg any, s string)       // string kinds and byte slices
 * Invariant: the store helpers are only called after scanKind accepted
 * arg, so arg's data word is a non-nil pointer to a value of that kind.
 */
#include "runtime/gosub.h"
#include "runtime/rt_core.h"

#include <string.h>

typedef struct {
    go_int r0, r1;
} RtScanKind;

RtScanKind go_fmt_scanKind(GoEface arg) {
    RtScanKind r = {-1, 0};
    if (!arg.type || arg.type->kind != GO_POINTER || !arg.type->elem || !arg.data) return r;
    const GoType *e = arg.type->elem;
    r.r0 = e->kind;
    r.r1 = (go_int)e->size * 8;
    if (e->kind == GO_SLICE && !(e->elem && e->elem->kind == GO_UINT8)) r.r0 = GO_INVALID;
    return r;
}

void go_fmt_scanStoreInt(GoEface arg, int64_t v) {
    const GoType *e = arg.type->elem;
    switch (e->size) {
    case 1: *(int8_t *)arg.data = (int8_t)v; break;
    case 2: *(int16_t *)arg.data = (int16_t)v; break;
    case 4: *(int32_t *)arg.data = (int32_t)v; break;
    default: *(int64_t *)arg.data = v; break;
    }
}

void go_fmt_scanStoreFloat(GoEface arg, double v) {
    if (arg.type->elem->kind == GO_FLOAT32) *(float *)arg.data = (float)v;
    else *(double *)arg.data = v;
}

void go_fmt_scanStoreString(GoEface arg, GoString s) {
    if (arg.type->elem->kind == GO_STRING) {
        GoString *p = arg.data;
        GO_WB(&p->p, s.p);
        p->n = s.n;
        return;
    }
    /* a named []byte: a fresh copy, as reflect.MakeSlice + SetUint do */
    GoSlice b = rt_makeslice(&go_type_uint8, s.n, s.n);
    if (s.n) memcpy(b.p, s.p, (size_t)s.n);
    GoSlice *p = arg.data;
    GO_WB(&p->p, b.p);
    p->len = b.len;
    p->cap = b.cap;
}
