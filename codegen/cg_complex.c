/*
 * cg_complex.c: complex64 and complex128 in generated C.
 *
 * A complex value is C's _Complex float / _Complex double (the layout gc
 * uses: real part, then imaginary part).  C's own operators are used only
 * where they compute exactly what Go computes:
 *   + - (binary and unary), ==, !=, and conversions between the two sizes
 *   act on each part separately in C as in Go;
 *   * is Go's plain formula (ac-bd)+(ad+bc)i, with complex64 worked out in
 *   float64 and rounded back, as gc does (go_cmul64/128 in gosub.h); C's
 *   `*` would add Annex G's infinity recovery, which Go does not have;
 *   / is the runtime's rt_complex128div (complex64 widened and narrowed
 *   around it, as gc's walk does); division by zero gives Inf/NaN, never a
 *   panic.
 * real, imag and complex map to __real__, __imag__ and __builtin_complex,
 * which are constant expressions, so a complex constant can initialise
 * static read-only data (an interface's data word, see cg_func.c's
 * conv_iface).
 *
 * The hooks in cg_func.c pass operands already generated (in Go's order);
 * every operand string is used exactly once here, so no temporaries are
 * needed.
 */
#include "codegen/cg_internal.h"

static bool is_c64(Type *t) { return cg_under(t)->kind == TY_COMPLEX64; }

/* A C literal of a float part: hex floats are exact. */
static const char *part_lit(double d, bool f32) {
    if (f32) return arena_printf("(float)%a", d);
    return arena_printf("%a", d);
}

const char *cg_complex_lit(Const *c, Type *t) {
    bool f32 = is_c64(t);
    double re = 0, im = 0;
    if (c && c->kind == CK_COMPLEX) {
        Const *r = const_float64(0), *i = const_float64(0);
        mpq_set(r->f, c->f);
        mpq_set(i->f, c->im);
        re = const_to_float64(r);
        im = const_to_float64(i);
    } else if (c && (c->kind == CK_INT || c->kind == CK_FLOAT)) {
        re = const_to_float64(c);
    }
    if (f32) {
        /* the checker rounded the parts to float32 already */
        re = (float)re;
        im = (float)im;
    }
    return arena_printf("__builtin_complex(%s, %s)", part_lit(re, f32), part_lit(im, f32));
}

const char *cg_complex_arith(int tok, Type *t, const char *a, const char *b) {
    bool f32 = is_c64(t);
    const char *ct = cg_ctype(t);
    switch (tok) {
    case T_ADD: return arena_printf("((%s)(%s + %s))", ct, a, b);
    case T_SUB: return arena_printf("((%s)(%s - %s))", ct, a, b);
    case T_MUL: return arena_printf("%s(%s, %s)", f32 ? "go_cmul64" : "go_cmul128", a, b);
    case T_QUO: return arena_printf("%s(%s, %s)", f32 ? "go_cdiv64" : "rt_complex128div", a, b);
    default: return arena_printf("((%s)0)", ct); /* the checker allows no other operator */
    }
}

const char *cg_complex_builtin(IrNode *n, const char *x, const char *y) {
    switch (n->op) {
    case OREAL: return arena_printf("(__real__ (%s))", x);
    case OIMAG: return arena_printf("(__imag__ (%s))", x);
    default: {
        const char *pt = is_c64(n->type) ? "float" : "double";
        return arena_printf("__builtin_complex((%s)(%s), (%s)(%s))", pt, x, pt, y);
    }
    }
}

const char *cg_complex_print(const char *v) {
    return arena_printf("rt_printcomplex(__real__ (%s), __imag__ (%s));", v, v);
}
