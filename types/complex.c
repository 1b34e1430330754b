/*
 * complex.c: the builtins complex, real and imag (go/types' rules).
 *
 * complex(x, y): both arguments get one type first (an untyped argument
 * takes the other's type; two untyped constants become untyped floats when
 * their imaginary parts are zero); that type must be float32, float64 or
 * untyped float, giving complex64, complex128 or untyped complex.
 * real(z), imag(z): an untyped numeric constant counts as an untyped
 * complex constant; complex64 gives float32, complex128 float64.
 * With constant arguments the result is a constant, folded exactly here
 * (Const keeps both parts as rationals, see const.c); otherwise the call
 * is a value and codegen computes it.
 *
 * Invariant: on success x describes the call (mode, type, val); on error
 * one message was reported and x->mode is TM_INVALID.
 */
#include "types/internal.h"

/* Constant real or imaginary part of a numeric constant, exact. */
static Const *const_part(const Const *v, bool imag) {
    Const *z = const_to_kind(v, CK_COMPLEX);
    if (!z) return const_unknown();
    Const *r = const_float64(0);
    mpq_set(r->f, imag ? z->im : z->f);
    return r;
}

/* The untyped float form of an untyped numeric constant with a zero
 * imaginary part (types2's toFloat), else the operand unchanged. */
static void untyped_to_float(Operand *x) {
    if (!types_is_numeric(x->type) || !x->val) return;
    if (x->val->kind == CK_COMPLEX && mpq_sgn(x->val->im) != 0) return;
    x->type = types_typ[TY_UNTYPED_FLOAT];
}

static void check_complex_call(Checker *c, Operand *x, Operand *y, Node *call) {
    bool ux = types_is_untyped(x->type), uy = types_is_untyped(y->type);
    if (ux && !uy) {
        convert_untyped(c, x, y->type);
    } else if (!ux && uy) {
        convert_untyped(c, y, x->type);
    } else if (ux && uy) {
        if (x->mode == TM_CONSTANT && y->mode == TM_CONSTANT) {
            untyped_to_float(x);
            untyped_to_float(y);
        } else {
            convert_untyped(c, x, types_typ[TY_FLOAT64]);
            convert_untyped(c, y, types_typ[TY_FLOAT64]);
        }
    }
    if (x->mode == TM_INVALID || y->mode == TM_INVALID) {
        x->mode = TM_INVALID;
        return;
    }
    if (!types_identical(x->type, y->type)) {
        check_errorf(c, x->expr, "invalid operation: %s (mismatched types %s and %s)", expr_str(call), tstr(c, x->type),
                     tstr(c, y->type));
        x->mode = TM_INVALID;
        return;
    }
    Type *u = types_underlying(x->type), *res = NULL;
    if (u->kind == TY_FLOAT32) res = types_typ[TY_COMPLEX64];
    else if (u->kind == TY_FLOAT64) res = types_typ[TY_COMPLEX128];
    else if (u->kind == TY_UNTYPED_FLOAT) res = types_typ[TY_UNTYPED_COMPLEX];
    if (!res) {
        check_errorf(c, x->expr, "invalid argument: arguments have type %s, expected floating-point", tstr(c, x->type));
        x->mode = TM_INVALID;
        return;
    }
    if (x->mode == TM_CONSTANT && y->mode == TM_CONSTANT) {
        Const *re = const_to_kind(x->val, CK_FLOAT), *im = const_to_kind(y->val, CK_FLOAT);
        if (!re || !im) {
            x->val = const_unknown();
        } else {
            Const *z = const_to_kind(re, CK_COMPLEX); /* fresh: re is CK_FLOAT */
            mpq_set(z->im, im->f);
            x->val = z;
        }
    } else {
        x->mode = TM_VALUE;
        x->val = NULL;
    }
    x->type = res;
}

static void check_part_call(Checker *c, Operand *x, bool imag) {
    if (types_is_untyped(x->type)) {
        if (x->mode == TM_CONSTANT) {
            if (types_is_numeric(x->type)) x->type = types_typ[TY_UNTYPED_COMPLEX];
        } else {
            convert_untyped(c, x, types_typ[TY_COMPLEX128]);
            if (x->mode == TM_INVALID) return;
        }
    }
    Type *u = types_underlying(x->type), *res = NULL;
    if (u->kind == TY_COMPLEX64) res = types_typ[TY_FLOAT32];
    else if (u->kind == TY_COMPLEX128) res = types_typ[TY_FLOAT64];
    else if (u->kind == TY_UNTYPED_COMPLEX) res = types_typ[TY_UNTYPED_FLOAT];
    if (!res) {
        check_errorf(c, x->expr, "invalid argument: argument has type %s, expected complex type", tstr(c, x->type));
        x->mode = TM_INVALID;
        return;
    }
    if (x->mode == TM_CONSTANT) {
        x->val = const_part(x->val, imag);
    } else {
        x->mode = TM_VALUE;
        x->val = NULL;
    }
    x->type = res;
}

/* args: the evaluated arguments (two for complex, one for real/imag);
 * x is a copy of args[0] on entry. */
void check_builtin_complex(Checker *c, Operand *x, Operand *args, Node *call, BuiltinId id) {
    if (id == BUILTIN_COMPLEX) {
        Operand y = args[1];
        check_complex_call(c, x, &y, call);
    } else {
        check_part_call(c, x, id == BUILTIN_IMAG);
    }
}
