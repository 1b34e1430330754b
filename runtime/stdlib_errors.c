/*
 * stdlib_errors.c: the reflection that package errors needs, in C
 * (//extern go_errors_<name>; the rest of errors is Go in stdlib/errors).
 *
 *   //extern go_errors_comparable
 *   func comparable(err error) bool
 *       reflectlite's Comparable of err's dynamic type (true for nil).
 *   //extern go_errors_asTarget
 *   func asTarget(err error, target any) bool
 *       As's step: target must be a non-nil pointer to an interface type or
 *       to a type implementing error (else Go's panics); if err's dynamic
 *       type is assignable to *target's type, stores err in *target.
 */
#include "runtime/rt_core.h"
#include "runtime/rt_fmt.h"


bool go_errors_comparable(GoIface err) {
    const GoType *t = go_iface_type(err);
    return !t || (t->tflag & GO_TF_COMPARABLE) != 0;
}

bool go_errors_asTarget(GoIface err, GoEface target) {
    const GoType *pt = target.type;
    if (!pt || pt->kind != GO_POINTER || target.data == NULL)
        rt_panic_string("errors: target must be a non-nil pointer");
    const GoType *tt = pt->elem;
    if (tt->kind != GO_INTERFACE && !rt_implements(&go_type_error, tt))
        rt_panic_string("errors: *target must be interface or implement error");
    const GoType *et = go_iface_type(err);
    if (!et) return false;
    void *dst = target.data;
    if (tt->kind == GO_INTERFACE) {
        if (!rt_implements(tt, et)) return false;
        if (tt->nimethods == 0) {
            GoEface v = {et, err.data};
            rt_typedmemmove(tt, dst, &v);
        } else {
            GoIface v = {rt_getitab(tt, et, false), err.data};
            rt_typedmemmove(tt, dst, &v);
        }
        return true;
    }
    if (!(et == tt || rt_types_identical(et, tt))) return false;
    /* The data word is the value itself for pointer-shaped types, else it
     * points to the value. */
    if (et->tflag & GO_TF_DIRECTIFACE) rt_typedmemmove(tt, dst, &err.data);
    else rt_typedmemmove(tt, dst, err.data);
    return true;
}
