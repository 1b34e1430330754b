/*
 * stdlib_flag.c: the reflection flag.TextVar needs, in C (the rest of
 * flag is Go in stdlib/flag).
 *
 *   //extern go_flag_setText
 *   func setText(p, val any) int
 *       newTextValue's copy of the default: p must hold a pointer *T and
 *       val a T or a *T (then *val is copied); *p = the value.  Returns 0,
 *       1 when p is not a pointer, 2 when val's type (T) is not p's element
 *       type, 3 when val is a pointer whose element type is not it.
 */
#include "runtime/rt_core.h"

intptr_t go_flag_setText(GoEface p, GoEface val) {
    if (!p.type || p.type->kind != GO_POINTER) return 1;
    const GoType *vt = val.type;
    const void *src = val.data;
    bool ptr = vt && vt->kind == GO_POINTER;
    if (ptr) {
        vt = vt->elem;
        src = val.data; /* a pointer is the data word itself */
    } else if (vt && (vt->tflag & GO_TF_DIRECTIFACE)) {
        src = &val.data;
    }
    if (!vt || (vt != p.type->elem && !rt_types_identical(vt, p.type->elem))) return ptr ? 3 : 2;
    if (src && p.data) rt_typedmemmove(vt, p.data, src);
    return 0;
}
