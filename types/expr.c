/*
 * expr.c: type-checking expressions (types2's expr.go, operand.go,
 * assignments' value rules, index.go, conversions.go) in our own C.
 *
 * Every expression is evaluated into an Operand and then recorded on its
 * node (record()).  Untyped results stay untyped on the node until the
 * context decides (update_expr_type walks back down the operands that
 * inherited the untyped type, as go/types does); whatever is still untyped
 * when a function is done gets its default type (types_check_files'
 * final sweep).
 *
 * Error texts and positions are types2's with CompilerErrorMessages on
 * (what gc 1.19 prints); errors are reported at the start of the operand's
 * expression unless noted.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "types/internal.h"
#include "types/types.h"

/* Untyped operands on the left of a non-constant shift (types2's isLhs):
 * when their final type is known it must be an integer type.  Kept aside
 * so that no annotation field of the node is disturbed. */
static bool take_shift_lhs(Checker *c, Node *e) {
    for (int i = 0; i < c->shift_lhs.len; i++)
        if (c->shift_lhs.v[i] == e) {
            c->shift_lhs.v[i] = c->shift_lhs.v[--c->shift_lhs.len];
            return true;
        }
    return false;
}

/* ---- errors and printing ---- */

Pos start_pos(Node *n) {
    for (int guard = 0; n && guard < 10000; guard++) {
        switch (n->kind) {
        case N_BINARY: case N_CALL: case N_INDEX: case N_SELECTOR: case N_TYPEASSERT: case N_SENDSTMT:
            if (!n->x) return n->pos;
            n = n->x;
            continue;
        case N_ASSIGN:
            if (n->list.len == 0) return n->pos;
            n = n->list.v[0];
            continue;
        case N_COMPOSITELIT:
            if (!n->x) return n->pos;
            n = n->x;
            continue;
        default:
            return n->pos;
        }
    }
    return n ? n->pos : (Pos){0, 0, 0};
}

static bool skip_followon(Checker *c, const char *msg) {
    if (c->nerrors == 0) return false;
    const char *p = strstr(msg, "invalid operand");
    if (p && p != msg) return true;
    p = strstr(msg, "invalid type");
    if (p && p != msg) return true;
    return false;
}

static void report(Checker *c, Pos pos, const char *msg) {
    /* a feature not supported yet: one clear error at the first use, nothing after it */
    if (c->generic_error) return;
    if (strstr(msg, "complex numbers are not supported yet"))
        c->generic_error = true;
    if (skip_followon(c, msg)) return;
    if (c->errpos.line) pos = c->errpos;
    c->nerrors++;
    c->pkg->failed = true;
    diag_error(pos, "%s", msg);
}

void check_errorf(Checker *c, Node *at, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char buf[4096];
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    report(c, start_pos(at), buf);
}

void check_soft_errorf(Checker *c, Node *at, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char buf[4096];
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    report(c, start_pos(at), buf);
}

void check_error_at(Checker *c, Pos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char buf[4096];
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    report(c, pos, buf);
}

/* ---- -lang: the language version the checked package may use ---- */

bool check_allow_version(Checker *c, int major, int minor) {
    int ma = c->lang_major, mi = c->lang_minor; /* set by check_files */
    return (ma == 0 && mi == 0) || ma > major || (ma == major && mi >= minor);
}

void check_version_error(Checker *c, Pos pos, const char *version, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char buf[4096];
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    check_error_at(c, pos, "%s requires %s or later (-lang was set to %s; check go.mod)", buf, version, c->cfg->lang);
}

/* The version checks of a numeric literal's spelling (go1.13: `_`
 * separators, 0b, 0o, hexadecimal floats). */
static void check_literal_version(Checker *c, Node *lit) {
    const char *s = lit->name.p;
    int n = lit->name.len;
    if (n <= 2 || check_allow_version(c, 1, 13)) return;
    if (memchr(s, '_', (size_t)n)) {
        check_version_error(c, lit->pos, "go1.13", "underscores in numeric literals");
        return;
    }
    if (s[0] != '0') return;
    char radix = s[1];
    if (radix == 'b' || radix == 'B') check_version_error(c, lit->pos, "go1.13", "binary literals");
    else if (radix == 'o' || radix == 'O') check_version_error(c, lit->pos, "go1.13", "0o/0O-style octal literals");
    else if ((radix == 'x' || radix == 'X') && lit->op != T_INT) /* a float or imaginary: 0x1p-2, 0xabci */
        check_version_error(c, lit->pos, "go1.13", "hexadecimal floating-point literals");
}

const char *tstr(Checker *c, Type *t) { return types_qstring(t, c ? c->pkg : NULL); }
const char *expr_str(Node *n) { return types_expr_string(n); }

static const char *mode_str(TMode m) {
    switch (m) {
    case TM_INVALID: return "invalid operand";
    case TM_NOVALUE: return "no value";
    case TM_BUILTIN: return "built-in";
    case TM_TYPEXPR: return "type";
    case TM_CONSTANT: return "constant";
    case TM_VARIABLE: return "variable";
    case TM_MAPINDEX: return "map index expression";
    case TM_VALUE: return "value";
    case TM_NIL: return "nil";
    case TM_COMMAOK: return "comma, ok expression";
    case TM_PACKAGE: return "package";
    }
    return "?";
}

static const char *builtin_names[] = {"append", "cap", "close", "complex", "copy", "delete", "imag",
                                      "len", "make", "new", "panic", "print", "println", "real",
                                      "recover", "Alignof", "Offsetof", "Sizeof", "Add", "Slice"};

const char *opnd_str(Checker *c, Operand *x) {
    if (x->mode == TM_NIL) {
        if (!x->type || x->type->kind == TY_INVALID) return "nil (with invalid type)";
        if (x->type->kind == TY_UNTYPED_NIL) return "nil";
        return arena_printf("nil (of type %s)", tstr(c, x->type));
    }
    const char *expr = "";
    if (x->expr) expr = expr_str(x->expr);
    else if (x->mode == TM_BUILTIN) expr = builtin_names[x->id];
    else if (x->mode == TM_TYPEXPR) expr = tstr(c, x->type);
    else if (x->mode == TM_CONSTANT && x->val) expr = const_format(x->val);
    char *buf = arena_alloc(strlen(expr) + 512);
    char *p = buf;
    if (expr[0]) p += sprintf(p, "%s (", expr);
    bool has_type = false;
    switch (x->mode) {
    case TM_INVALID: case TM_NOVALUE: case TM_BUILTIN: case TM_TYPEXPR: break;
    default:
        if (x->type) {
            if (types_is_untyped(x->type)) {
                p += sprintf(p, "%s ", x->type->name);
                break;
            }
            has_type = true;
        }
    }
    p += sprintf(p, "%s", mode_str(x->mode));
    if (x->mode == TM_CONSTANT && x->val) {
        const char *s = const_format(x->val);
        if (strcmp(s, expr) != 0) {
            char *nb = arena_alloc(strlen(buf) + strlen(s) + 512);
            strcpy(nb, buf);
            p = nb + (p - buf);
            buf = nb;
            p += sprintf(p, " %s", s);
        }
    }
    if (has_type) {
        const char *ts = x->type->kind != TY_INVALID ? tstr(c, x->type) : NULL;
        char *nb = arena_alloc(strlen(buf) + (ts ? strlen(ts) : 0) + 64);
        strcpy(nb, buf);
        p = nb + (p - buf);
        buf = nb;
        if (ts) p += sprintf(p, " of type %s", ts);
        else p += sprintf(p, " with invalid type");
        Type *tp = types_own_tparam(c, x->type);
        if (tp) {
            /* types2 names a type parameter's constraint with it */
            const char *bs = types_bound_string(c, tp);
            char *nb2 = arena_alloc(strlen(buf) + strlen(bs) + 64);
            strcpy(nb2, buf);
            p = nb2 + (p - buf);
            buf = nb2;
            p += sprintf(p, " constrained by %s", bs);
        }
    }
    if (expr[0]) p += sprintf(p, ")");
    return buf;
}

const char *tok_op_str(int op) {
    switch (op) {
    case T_ADD: return "+";
    case T_SUB: return "-";
    case T_MUL: return "*";
    case T_QUO: return "/";
    case T_REM: return "%";
    case T_AND: return "&";
    case T_OR: return "|";
    case T_XOR: return "^";
    case T_SHL: return "<<";
    case T_SHR: return ">>";
    case T_AND_NOT: return "&^";
    case T_LAND: return "&&";
    case T_LOR: return "||";
    case T_ARROW: return "<-";
    case T_EQL: return "==";
    case T_NEQ: return "!=";
    case T_LSS: return "<";
    case T_LEQ: return "<=";
    case T_GTR: return ">";
    case T_GEQ: return ">=";
    case T_NOT: return "!";
    case T_TILDE: return "~";
    default: return "?";
    }
}

void invalidate(Operand *x) {
    x->mode = TM_INVALID;
    x->type = types_typ[TY_INVALID];
}

/* ---- recording ---- */

void record(Checker *c, Operand *x) {
    Node *e = x->expr;
    if (!e) return;
    e->tmode = x->mode;
    if (x->mode == TM_INVALID) {
        e->type = types_typ[TY_INVALID];
        e->cval = NULL;
        return;
    }
    e->type = x->type;
    e->cval = x->mode == TM_CONSTANT ? x->val : NULL;
    /* propagate through parentheses */
    for (Node *in = e; in->kind == N_PAREN && in->x; in = in->x) {
        in->x->tmode = in->tmode;
        if (in->x->type == NULL || in->x->type->kind == TY_INVALID) in->x->type = e->type;
    }
}

static bool is_untyped_pending(Node *e) { return e && e->type && types_is_untyped(e->type); }

static bool all_integer(Type *t) { return types_is_integer(t); }

static void update_rec(Checker *c, Node *parent, Node *e, Type *typ, bool final) {
    if (!is_untyped_pending(e)) return;
    switch (e->kind) {
    case N_PAREN:
        update_rec(c, e, e->x, typ, final);
        break;
    case N_UNARY:
        if (e->cval) break;
        update_rec(c, e, e->x, typ, final);
        break;
    case N_BINARY:
        if (e->cval) break;
        if (e->op == T_EQL || e->op == T_NEQ || e->op == T_LSS || e->op == T_LEQ || e->op == T_GTR ||
            e->op == T_GEQ) {
        } else if (e->op == T_SHL || e->op == T_SHR) {
            update_rec(c, e, e->x, typ, final);
        } else {
            update_rec(c, e, e->x, typ, final);
            update_rec(c, e, e->y, typ, final);
        }
        break;
    case N_IDENT: case N_BASICLIT: case N_SELECTOR: case N_CALL:
        break;
    default:
        return;
    }
    if (!final && types_is_untyped(typ)) {
        e->type = types_underlying(typ);
        return;
    }
    Type *old = e->type;
    e->type = typ;
    if (c->shift_lhs.len && take_shift_lhs(c, e)) {
        if (!all_integer(typ)) {
            check_errorf(c, e, "invalid operation: %s (shift of type %s)", expr_str(parent ? parent : e), tstr(c, typ));
            return;
        }
    }
    if (e->cval) {
        Operand o = {(TMode)e->tmode, e, old, e->cval, 0};
        convert_untyped(c, &o, typ);
        if (o.mode == TM_INVALID) return;
        e->cval = o.val;
    }
}

void update_expr_type(Checker *c, Node *e, Type *t, bool final) { update_rec(c, NULL, e, t, final); }

static void update_expr_val(Node *e, Const *v) {
    if (is_untyped_pending(e)) e->cval = v;
}

/* ---- representability and untyped conversion ---- */

enum { CODE_OK = 0, CODE_TRUNCATED, CODE_OVERFLOW, CODE_INVALID_CONST, CODE_INVALID_UNTYPED };

static int representation(Checker *c, Operand *x, Type *typ, Const **out) {
    Const *r = NULL;
    int why = 0;
    if (!const_representable(x->val, typ, &r, &why)) {
        if (types_is_numeric(x->type) && types_is_numeric(typ)) {
            if (!types_is_integer(x->type) && types_is_integer(typ)) return CODE_TRUNCATED;
            return CODE_OVERFLOW;
        }
        return CODE_INVALID_CONST;
    }
    *out = r;
    return CODE_OK;
}

static void invalid_conversion(Checker *c, int code, Operand *x, Type *target) {
    const char *fmt = "cannot convert %s to %s";
    if (code == CODE_TRUNCATED) fmt = "%s truncated to %s";
    else if (code == CODE_OVERFLOW) fmt = "%s overflows %s";
    char buf[2048];
    snprintf(buf, sizeof buf, fmt, opnd_str(c, x), tstr(c, target));
    check_errorf(c, x->expr, "%s", buf);
}

void check_representable(Checker *c, Operand *x, Type *t) {
    Const *v = NULL;
    int code = representation(c, x, t, &v);
    if (code) {
        invalid_conversion(c, code, x, t);
        x->mode = TM_INVALID;
        return;
    }
    x->val = v;
}

void check_overflow(Checker *c, Operand *x) {
    if (!x->val || x->val->kind == CK_UNKNOWN) {
        Node *e = x->expr;
        Pos p = (e && (e->kind == N_BINARY || e->kind == N_UNARY)) ? e->pos : start_pos(e);
        check_error_at(c, p, "constant result is not representable");
        return;
    }
    if (!types_is_untyped(x->type)) {
        check_representable(c, x, types_underlying(x->type));
        return;
    }
    if (x->val->kind == CK_INT && const_bitlen(x->val) > 512) {
        Node *e = x->expr;
        const char *name = "";
        if (e && e->kind == N_BINARY) {
            switch (e->op) {
            case T_ADD: name = "addition"; break;
            case T_SUB: name = "subtraction"; break;
            case T_XOR: name = "bitwise XOR"; break;
            case T_MUL: name = "multiplication"; break;
            case T_SHL: name = "shift"; break;
            default: break;
            }
        } else if (e && e->kind == N_UNARY && e->op == T_XOR) {
            name = "bitwise complement";
        }
        Pos p = (e && (e->kind == N_BINARY || e->kind == N_UNARY)) ? e->pos : start_pos(e);
        check_error_at(c, p, "constant %s overflow", name);
        x->val = const_unknown();
    }
}

/* implicitTypeAndValue: returns the new type (NULL on failure with *code) */
static Type *implicit_type(Checker *c, Operand *x, Type *target, Const **val, int *code) {
    *val = NULL;
    *code = 0;
    if (x->mode == TM_INVALID || !types_is_untyped(x->type) || target->kind == TY_INVALID) return x->type;
    if (types_is_untyped(target)) {
        int xk = x->type->kind, tk = target->kind;
        if (types_is_numeric(x->type) && types_is_numeric(target)) {
            if (xk < tk) return target;
        } else if (xk != tk) {
            *code = CODE_INVALID_UNTYPED;
            return NULL;
        }
        return x->type;
    }
    if (x->mode == TM_NIL) {
        if (types_has_nil(target)) return target;
        *code = CODE_INVALID_UNTYPED;
        return NULL;
    }
    Type *u = types_underlying(target);
    if (u->kind < TY_NUM_BASIC) {
        if (x->mode == TM_CONSTANT) {
            Const *v = NULL;
            int cd = representation(c, x, u, &v);
            if (cd) {
                *code = cd;
                return NULL;
            }
            *val = v;
            return target;
        }
        switch (x->type->kind) {
        case TY_UNTYPED_BOOL:
            if (!types_is_boolean(target)) goto bad;
            break;
        case TY_UNTYPED_INT: case TY_UNTYPED_RUNE: case TY_UNTYPED_FLOAT: case TY_UNTYPED_COMPLEX:
            if (!types_is_numeric(target)) goto bad;
            break;
        case TY_UNTYPED_STRING:
            if (!types_is_string(target)) goto bad;
            break;
        default:
            goto bad;
        }
        return target;
    }
    if (u->kind == TY_INTERFACE) {
        int n;
        types_iface_methods(u, &n);
        if (n != 0 || u->is_comparable) goto bad;
        return types_default(x->type);
    }
bad:
    *code = CODE_INVALID_UNTYPED;
    return NULL;
}

void convert_untyped(Checker *c, Operand *x, Type *target) {
    Const *v;
    int code;
    Type *nt = implicit_type(c, x, target, &v, &code);
    if (code) {
        Type *t = types_underlying(target);
        invalid_conversion(c, code, x, t);
        x->mode = TM_INVALID;
        return;
    }
    if (v) {
        x->val = v;
        update_expr_val(x->expr, v);
    }
    if (nt != x->type) {
        x->type = nt;
        update_expr_type(c, x->expr, nt, false);
    }
}

/* ---- assignability with reasons (operand.assignableTo) ---- */

/* go 1.19 takes *T, T a type parameter, for a pointer to an interface
 * (a type parameter's underlying type is its constraint) before it looks
 * at its rules for type parameters: nothing but *T itself is assignable
 * to it.  A value whose type stands for a type parameter (P constrained by
 * interface{ *T }), or a pointer to another one, is not; other values are
 * left to the rules below (an instance's types may have lost their marks). */
static bool tparam_ptr_mismatch(Checker *c, Type *V, Type *T) {
    if (!T || T->kind != TY_POINTER || !T->elem) return false;
    Type *tp = T->elem->kind == TY_TYPEPARAM ? T->elem : types_own_tparam(c, T->elem);
    if (!tp || types_is_untyped(V)) return false;
    if (V->kind == TY_TYPEPARAM || types_own_tparam(c, V)) return true;
    if (V->kind != TY_POINTER || !V->elem) return false;
    Type *vp = V->elem->kind == TY_TYPEPARAM ? V->elem : types_own_tparam(c, V->elem);
    return vp && vp != tp;
}

bool assignable_to(Checker *c, Operand *x, Type *T, const char **reason) {
    if (reason) *reason = NULL;
    if (x->mode == TM_INVALID || !T || T->kind == TY_INVALID) return true;
    Type *V = x->type;
    if (!V || V->kind == TY_INVALID) return true;
    if (tparam_ptr_mismatch(c, V, T)) {
        if (reason)
            *reason = arena_printf("%s does not implement %s (type %s is pointer to interface, not interface)", tstr(c, V),
                                   tstr(c, T), tstr(c, T));
        return false;
    }
    if (types_identical(V, T)) return true;
    Type *Vu = types_underlying(V), *Tu = types_underlying(T);
    if (types_is_untyped(Vu)) {
        if (Tu->kind < TY_NUM_BASIC) {
            if (x->mode == TM_NIL) return Tu->kind == TY_UNSAFEPTR;
            if (x->mode == TM_CONSTANT) {
                Const *r;
                int why;
                return const_representable(x->val, Tu, &r, &why);
            }
            if (Vu->kind == TY_UNTYPED_BOOL) return types_is_boolean(Tu);
            return false;
        }
        if (Tu->kind == TY_INTERFACE) {
            if (x->mode == TM_NIL) return true;
            int n;
            types_iface_methods(Tu, &n);
            return n == 0 && !Tu->is_comparable;
        }
        if (x->mode == TM_NIL) return types_has_nil(T);
        return false;
    }
    if (types_identical(Vu, Tu) && (!types_is_named(V) || !types_is_named(T))) return true;
    if (Tu->kind == TY_POINTER && types_is_interface(Tu->elem)) {
        /* a pointer to an interface is not an interface */
        if (reason)
            *reason = arena_printf("%s does not implement %s (type %s is pointer to interface, not interface)", tstr(c, V),
                                   tstr(c, T), tstr(c, T));
        return false;
    }
    if (Tu->kind == TY_INTERFACE) {
        Object *alt = NULL;
        if (Tu->is_comparable && !types_comparable(V)) {
            if (reason) *reason = arena_printf("%s does not implement comparable", tstr(c, V));
            return false;
        }
        Object *m = types_missing_method(V, Tu, true, &alt);
        if (m) {
            if (reason)
                *reason = arena_printf("%s does not implement %s %s", tstr(c, V), tstr(c, T),
                                       missing_method_reason(c, V, T, m, alt));
            return false;
        }
        return true;
    }
    if (Vu->kind == TY_INTERFACE) {
        int n;
        types_iface_methods(Vu, &n);
        /* "need type assertion" when T implements V */
        if (!types_missing_method(T, Vu, true, NULL)) {
            if (reason) *reason = "need type assertion";
        }
        return false;
    }
    if (Vu->kind == TY_CHAN && Vu->dir == DIR_BOTH && Tu->kind == TY_CHAN && types_identical(Vu->elem, Tu->elem))
        return !types_is_named(V) || !types_is_named(T);
    return false;
}

static const char *func_string(Checker *c, Object *f) {
    const char *s = tstr(c, f->type); /* "func(...)..." */
    if (!strncmp(s, "func", 4)) s += 4;
    return arena_printf("%s%s", f->name, s);
}

const char *missing_method_reason(Checker *c, Type *V, Type *T, Object *m, Object *alt) {
    const char *mname = arena_printf("%s method", m->name);
    if (alt) {
        if (strcmp(m->name, alt->name) != 0)
            return arena_printf("(missing %s)\n\t\thave %s\n\t\twant %s", mname, func_string(c, alt),
                                func_string(c, m));
        if (types_identical(m->type, alt->type)) return arena_printf("(%s has pointer receiver)", mname);
        return arena_printf("(wrong type for %s)\n\t\thave %s\n\t\twant %s", mname, func_string(c, alt),
                            func_string(c, m));
    }
    Type *vu = types_underlying(V), *tu = types_underlying(T);
    if (vu->kind == TY_POINTER && types_is_interface(vu->elem))
        return arena_printf("(type %s is pointer to interface, not interface)", tstr(c, V));
    if (tu->kind == TY_POINTER && types_is_interface(tu->elem))
        return arena_printf("(type %s is pointer to interface, not interface)", tstr(c, T));
    return arena_printf("(missing %s)", mname);
}

/* ---- assignment of a value to a typed target ---- */

void check_assignment(Checker *c, Operand *x, Type *T, const char *context) {
    check_single_value(c, x);
    if (x->mode != TM_INVALID && x->type && x->type->kind == TY_FUNC && x->type->ntparams) {
        Object *fo = types_expr_obj(x->expr);
        if (fo && fo->kind == OBJ_FUNC) /* (a variable holding one got its error where it was declared) */
            check_errorf(c, x->expr, "cannot use generic function %s without instantiation", expr_str(x->expr));
        x->mode = TM_INVALID;
        return;
    }
    switch (x->mode) {
    case TM_INVALID: return;
    case TM_CONSTANT: case TM_VARIABLE: case TM_MAPINDEX: case TM_VALUE: case TM_NIL: case TM_COMMAOK: break;
    default:
        check_errorf(c, x->expr, "cannot assign %s to %s in %s", opnd_str(c, x), T ? tstr(c, T) : "<nil>", context);
        x->mode = TM_INVALID;
        return;
    }
    if (types_is_untyped(x->type)) {
        Type *target = T;
        if (x->mode == TM_NIL) {
            if (!T) {
                check_errorf(c, x->expr, "use of untyped nil in %s", context);
                x->mode = TM_INVALID;
                return;
            }
        } else if (!T || types_is_interface(T)) {
            target = types_default(x->type);
        }
        Const *v;
        int code;
        Type *nt = implicit_type(c, x, target, &v, &code);
        if (code && types_own_tparam(c, target)) code = -1; /* types2 gives no detail for a type parameter */
        if (code) {
            char buf[2048];
            snprintf(buf, sizeof buf, "cannot use %s as %s value in %s%s", opnd_str(c, x), tstr(c, target), context,
                     code == CODE_TRUNCATED ? " (truncated)" : code == CODE_OVERFLOW ? " (overflows)" : "");
            check_errorf(c, x->expr, "%s", buf);
            x->mode = TM_INVALID;
            return;
        }
        if (v) {
            x->val = v;
            update_expr_val(x->expr, v);
        }
        if (nt != x->type) {
            x->type = nt;
            update_expr_type(c, x->expr, nt, false);
        }
    }
    if (!T) return;
    const char *reason = NULL;
    if (!assignable_to(c, x, T, &reason)) {
        /* types2 explains only a missing method of a type parameter's value */
        if (reason && types_own_tparam(c, x->type) && types_underlying(T)->kind != TY_INTERFACE &&
            !tparam_ptr_mismatch(c, x->type, T))
            reason = NULL;
        if (reason)
            check_errorf(c, x->expr, "cannot use %s as type %s in %s:\n\t%s", opnd_str(c, x), tstr(c, T), context, reason);
        else
            check_errorf(c, x->expr, "cannot use %s as type %s in %s", opnd_str(c, x), tstr(c, T), context);
        x->mode = TM_INVALID;
    }
}

/* ---- single value / exclusion ---- */

void check_single_value(Checker *c, Operand *x) {
    if (x->mode == TM_VALUE && x->type && x->type->kind == TY_TUPLE) {
        check_errorf(c, x->expr, "multiple-value %s in single-value context", opnd_str(c, x));
        x->mode = TM_INVALID;
    }
}

enum { EX_NOVALUE = 1, EX_BUILTIN = 2, EX_TYPEXPR = 4 };

static void exclude(Checker *c, Operand *x, int set) {
    const char *msg = NULL;
    if (x->mode == TM_NOVALUE && (set & EX_NOVALUE))
        msg = (set & EX_TYPEXPR) ? "%s used as value" : "%s used as value or type";
    else if (x->mode == TM_BUILTIN && (set & EX_BUILTIN))
        msg = "%s must be called";
    else if (x->mode == TM_TYPEXPR && (set & EX_TYPEXPR))
        msg = "%s is not an expression";
    else if (x->mode == TM_PACKAGE)
        msg = "use of package %s without selector";
    if (msg) {
        if (x->mode == TM_PACKAGE) check_errorf(c, x->expr, msg, expr_str(x->expr));
        else check_errorf(c, x->expr, msg, opnd_str(c, x));
        x->mode = TM_INVALID;
    }
}

void check_expr(Checker *c, Operand *x, Node *e) {
    check_raw_expr(c, x, e, NULL);
    exclude(c, x, EX_NOVALUE | EX_BUILTIN | EX_TYPEXPR);
    check_single_value(c, x);
}

void check_multi_expr(Checker *c, Operand *x, Node *e) {
    check_raw_expr(c, x, e, NULL);
    exclude(c, x, EX_NOVALUE | EX_BUILTIN | EX_TYPEXPR);
}

void check_expr_with_hint(Checker *c, Operand *x, Node *e, Type *hint) {
    check_raw_expr(c, x, e, hint);
    exclude(c, x, EX_NOVALUE | EX_BUILTIN | EX_TYPEXPR);
    check_single_value(c, x);
}

void check_expr_or_type(Checker *c, Operand *x, Node *e) {
    check_raw_expr(c, x, e, NULL);
    exclude(c, x, EX_NOVALUE);
    check_single_value(c, x);
}

void check_use(Checker *c, Node *e) {
    if (!e) return;
    Operand x;
    Node *u = types_unparen(e);
    if (u && u->kind == N_IDENT && str_eqc(u->name, "_")) return;
    check_raw_expr(c, &x, e, NULL);
}

void check_use_list(Checker *c, NodeList *l) {
    for (int i = 0; i < l->len; i++) check_use(c, l->v[i]);
}

/* ---- identifiers ---- */

static void mark_captured(Checker *c, Object *o) {
    if (o->kind != OBJ_VAR || !o->fn || !c->fn || o->fn == c->fn) return;
    if (o->vkind == VAR_PACKAGE || o->vkind == VAR_FIELD) return;
    o->vflags |= VF_CAPTURED;
    for (FuncInfo *f = c->fn; f && f != o->fn; f = f->outer) {
        bool have = false;
        for (int i = 0; i < f->ncaptured; i++)
            if (f->captured[i] == o) have = true;
        if (have) continue;
        Object **nv = NEWN(Object *, f->ncaptured + 1);
        if (f->ncaptured) memcpy(nv, f->captured, sizeof(Object *) * (size_t)f->ncaptured);
        nv[f->ncaptured++] = o;
        f->captured = nv;
    }
}

void check_ident(Checker *c, Operand *x, Node *e, bool want_type) {
    x->mode = TM_INVALID;
    x->expr = e;
    x->type = types_typ[TY_INVALID];
    const char *name = intern(e->name.p, e->name.len);
    Scope *found = NULL;
    Object *o = types_scope_lookup_parent(c->scope, name, &found);
    if (!o) {
        if (!strcmp(name, "_")) {
            check_errorf(c, e, "cannot use _ as value or type");
        } else {
            check_errorf(c, e, "undefined: %s", name);
        }
        return;
    }
    e->obj = o;
    if (o->kind == OBJ_TYPE && !o->pkg && (!strcmp(name, "any") || !strcmp(name, "comparable")) &&
        !check_allow_version(c, 1, 18)) {
        check_version_error(c, e->pos, "go1.18", "predeclared %s", name);
        return; /* no follow-on errors */
    }
    if (o->kind == OBJ_PKGNAME) {
        /* not a use: types2 still reports the import unused */
        check_errorf(c, e, "use of package %s not in selector", o->name);
        return;
    }
    /* found through a dot import: that import is used */
    if (o->pkg && o->pkg != c->pkg && found && found->parent == c->pkg->scope) {
        for (int k = 0; k < c->pkgnames.len; k++) {
            Object *pn = c->pkgnames.v[k];
            if (pn->parent == found && pn->imported == o->pkg) pn->used = true;
        }
    }
    if (o == types_iota_obj) {
        if (!c->iota) {
            check_errorf(c, e, "cannot use iota outside constant declaration");
            return;
        }
        x->mode = TM_CONSTANT;
        x->type = types_typ[TY_UNTYPED_INT];
        x->val = c->iota;
        return;
    }
    /* package-level objects are type-checked on demand */
    if (o->pkg == c->pkg && o->dinfo) check_obj_decl(c, o);
    else if (o->kind == OBJ_TYPE && o->color == 1 && !o->type) check_type_cycle(c, o); /* local alias */
    if (o->pkg == c->pkg && o->parent == c->pkg->scope) record_dep(c, o);
    Type *t = o->type;
    switch (o->kind) {
    case OBJ_CONST:
        if (!t || t->kind == TY_INVALID || !o->val) return;
        x->mode = TM_CONSTANT;
        x->val = o->val;
        break;
    case OBJ_TYPE:
        x->mode = TM_TYPEXPR;
        if (!t) {
            /* recursive use while resolving: handled by the type decl */
            return;
        }
        break;
    case OBJ_VAR:
        if (o->pkg == c->pkg) o->vflags |= VF_USED;
        mark_captured(c, o);
        if (!t || t->kind == TY_INVALID) return;
        x->mode = TM_VARIABLE;
        break;
    case OBJ_FUNC:
        x->mode = TM_VALUE;
        if (!t) return;
        break;
    case OBJ_BUILTIN:
        x->mode = TM_BUILTIN;
        x->id = o->bid;
        t = types_typ[TY_INVALID];
        break;
    case OBJ_NIL:
        x->mode = TM_NIL;
        t = types_typ[TY_UNTYPED_NIL];
        break;
    default:
        return;
    }
    x->type = t ? t : types_typ[TY_INVALID];
    (void)want_type;
}

/* ---- unary and binary ---- */

static bool pred_ok(int op, Type *t, bool unary) {
    if (unary) {
        switch (op) {
        case T_ADD: case T_SUB: return types_is_numeric(t);
        case T_XOR: return types_is_integer(t);
        case T_NOT: return types_is_boolean(t);
        default: return false;
        }
    }
    switch (op) {
    case T_ADD: return types_is_numeric(t) || types_is_string(t);
    case T_SUB: case T_MUL: case T_QUO: return types_is_numeric(t);
    case T_REM: case T_AND: case T_OR: case T_XOR: case T_AND_NOT: return types_is_integer(t);
    case T_LAND: case T_LOR: return types_is_boolean(t);
    default: return false;
    }
}

static Type *own_tparam(Checker *c, Type *t) { return types_own_tparam(c, t); }

typedef struct OpArg {
    int op;
    bool unary;
} OpArg;

static bool term_pred_ok(Type *t, void *arg) {
    OpArg *a = arg;
    return pred_ok(a->op, types_underlying(t), a->unary);
}

static bool check_op(Checker *c, Operand *x, int op, bool unary) {
    Type *tp = own_tparam(c, x->type);
    OpArg oa = {op, unary};
    if (!pred_ok(op, x->type, unary) || (tp && !types_tparam_all(tp, term_pred_ok, &oa))) {
        check_errorf(c, x->expr, "invalid operation: operator %s not defined on %s", tok_op_str(op), opnd_str(c, x));
        return false;
    }
    return true;
}

static void check_unary(Checker *c, Operand *x, Node *e) {
    check_expr(c, x, e->x);
    if (x->mode == TM_INVALID) return;
    switch (e->op) {
    case T_AND: {
        Node *u = types_unparen(e->x);
        if (!(u && u->kind == N_COMPOSITELIT) && x->mode != TM_VARIABLE) {
            check_errorf(c, x->expr, "invalid operation: cannot take address of %s", opnd_str(c, x));
            x->mode = TM_INVALID;
            return;
        }
        /* &v: v's address is taken */
        Node *base = u;
        while (base && (base->kind == N_SELECTOR || base->kind == N_INDEX || base->kind == N_PAREN)) {
            if (base->kind == N_SELECTOR && base->tinfo && ((Selection *)base->tinfo)->indirect) break;
            if (base->kind == N_INDEX && base->x && types_underlying(base->x->type)->kind != TY_ARRAY) break;
            base = types_unparen(base->x);
        }
        if (base && base->kind == N_IDENT && base->obj && base->obj->kind == OBJ_VAR) base->obj->vflags |= VF_ADDRTAKEN;
        x->mode = TM_VALUE;
        x->type = types_new_pointer(x->type);
        return;
    }
    case T_ARROW: {
        Type *u = types_underlying(x->type);
        if (u->kind != TY_CHAN) {
            check_errorf(c, x->expr, "invalid operation: cannot receive from non-channel %s", opnd_str(c, x));
            x->mode = TM_INVALID;
            return;
        }
        if (u->dir == DIR_SEND) {
            check_errorf(c, x->expr, "invalid operation: cannot receive from send-only channel %s", opnd_str(c, x));
            x->mode = TM_INVALID;
            return;
        }
        x->mode = TM_COMMAOK;
        x->type = u->elem;
        return;
    }
    case T_TILDE:
        check_errorf(c, e, "cannot use ~ outside of interface or type constraint");
        x->mode = TM_INVALID;
        return;
    default:
        break;
    }
    if (!check_op(c, x, e->op, true)) {
        x->mode = TM_INVALID;
        return;
    }
    if (x->mode == TM_CONSTANT) {
        if (x->val->kind == CK_UNKNOWN) return;
        int prec = 0;
        if (types_is_unsigned(x->type)) prec = (int)types_sizeof(x->type) * 8;
        x->val = const_unary(e->op, x->val, prec);
        x->expr = e;
        check_overflow(c, x);
        return;
    }
    x->mode = TM_VALUE;
}

static bool is_comparison(int op) {
    return op == T_EQL || op == T_NEQ || op == T_LSS || op == T_LEQ || op == T_GTR || op == T_GEQ;
}

const char *check_kind_string(Checker *c, Type *t) {
    switch (types_underlying(t)->kind) {
    case TY_ARRAY: return "array";
    case TY_SLICE: return "slice";
    case TY_STRUCT: return "struct";
    case TY_POINTER: return "pointer";
    case TY_FUNC: return "func";
    case TY_INTERFACE: return "interface";
    case TY_MAP: return "map";
    case TY_CHAN: return "chan";
    default: return tstr(c, t);
    }
}

static const char *incomparable_cause(Checker *c, Type *t) {
    Type *u = types_underlying(t);
    if (u->kind == TY_SLICE || u->kind == TY_FUNC || u->kind == TY_MAP)
        return arena_printf("%s can only be compared to nil", check_kind_string(c, t));
    /* struct containing incomparable field, or array of them */
    for (int guard = 0; guard < 100; guard++) {
        if (u->kind == TY_STRUCT) {
            for (int i = 0; i < u->nfields; i++)
                if (!types_comparable(u->fields[i]->type))
                    return arena_printf("struct containing %s cannot be compared", tstr(c, u->fields[i]->type));
            break;
        }
        if (u->kind == TY_ARRAY) {
            return arena_printf("%s cannot be compared", tstr(c, t));
        }
        break;
    }
    return "";
}

static bool is_nil_opnd(Operand *x) { return x->mode == TM_NIL; }

void check_comparison(Checker *c, Operand *x, Operand *y, int op, bool switch_case) {
    if (switch_case) op = T_EQL;
    Operand *errop = x;
    const char *cause = "";
    bool ok = assignable_to(c, x, y->type, NULL) || assignable_to(c, y, x->type, NULL);
    if (ok && !types_gen_comparable_operands(c, x, y)) ok = false; /* a type parameter is a type of its own */
    if (ok && (is_nil_opnd(x) || is_nil_opnd(y))) {
        /* nil and a type parameter: every type of its set must have nil */
        Operand *nil = is_nil_opnd(x) ? x : y;
        Type *tp = own_tparam(c, nil == x ? y->type : x->type);
        if (tp && !types_tparam_takes_untyped(c, nil, tp, NULL)) {
            /* types2 leaves nil untyped when the type parameter may not have it */
            errop = y;
            cause = arena_printf("mismatched types %s and %s", nil == x ? "untyped nil" : tstr(c, x->type),
                                 nil == y ? "untyped nil" : tstr(c, y->type));
            goto error;
        }
    }
    if (!ok) {
        errop = y;
        cause = arena_printf("mismatched types %s and %s", tstr(c, x->type), tstr(c, y->type));
        goto error;
    }
    if (op == T_EQL || op == T_NEQ) {
        if (is_nil_opnd(x) || is_nil_opnd(y)) {
            Type *t = is_nil_opnd(x) ? y->type : x->type;
            if (!types_has_nil(t) || t->kind == TY_UNTYPED_NIL) {
                errop = y;
                goto error;
            }
        } else if (own_tparam(c, x->type) && !types_tparam_comparable(own_tparam(c, x->type))) {
            /* checked against the type parameter's constraint, not this instance's argument */
            errop = x;
            cause = "incomparable types in type set";
            goto error;
        } else if (own_tparam(c, y->type) && !types_tparam_comparable(own_tparam(c, y->type))) {
            errop = y;
            cause = "incomparable types in type set";
            goto error;
        } else if (!types_comparable(x->type)) {
            errop = x;
            cause = incomparable_cause(c, x->type);
            goto error;
        } else if (!types_comparable(y->type)) {
            errop = y;
            cause = incomparable_cause(c, y->type);
            goto error;
        }
    } else {
        if (!types_is_basic(x->type, BI_ORDERED) || (own_tparam(c, x->type) && !types_tparam_ordered(own_tparam(c, x->type)))) {
            errop = x;
            goto error;
        }
        if (own_tparam(c, y->type) && !types_tparam_ordered(own_tparam(c, y->type))) {
            errop = y;
            goto error;
        }
        if (!types_is_basic(y->type, BI_ORDERED)) {
            errop = y;
            goto error;
        }
    }
    if (x->mode == TM_CONSTANT && y->mode == TM_CONSTANT) {
        x->val = const_bool(const_compare(op, x->val, y->val));
    } else {
        x->mode = TM_VALUE;
        update_expr_type(c, x->expr, types_default(x->type), true);
        update_expr_type(c, y->expr, types_default(y->type), true);
    }
    x->type = types_typ[TY_UNTYPED_BOOL];
    return;
error:
    if (!cause[0]) {
        if (own_tparam(c, x->type) || own_tparam(c, y->type)) {
            if (!own_tparam(c, x->type)) errop = y;
            cause = arena_printf("type parameter %s is not comparable with %s", tstr(c, errop->type), tok_op_str(op));
        } else {
            cause = arena_printf("operator %s not defined on %s", tok_op_str(op), check_kind_string(c, errop->type));
        }
    }
    if (switch_case)
        check_errorf(c, x->expr, "invalid case %s in switch on %s (%s)", expr_str(x->expr), expr_str(y->expr), cause);
    else
        check_errorf(c, errop->expr, "invalid operation: %s %s %s (%s)", expr_str(x->expr), tok_op_str(op),
                     expr_str(y->expr), cause);
    x->mode = TM_INVALID;
}

static bool term_integer(Type *t, void *arg) { return types_is_integer(types_underlying(t)); }

static void check_shift(Checker *c, Operand *x, Operand *y, Node *e, int op) {
    Const *xval = NULL;
    if (own_tparam(c, x->type) && !types_tparam_all(own_tparam(c, x->type), term_integer, NULL)) {
        check_errorf(c, x->expr, "invalid operation: shifted operand %s must be integer", opnd_str(c, x));
        x->mode = TM_INVALID;
        return;
    }
    if (own_tparam(c, y->type) && !types_tparam_all(own_tparam(c, y->type), term_integer, NULL)) {
        check_errorf(c, y->expr, "invalid operation: shift count %s must be integer", opnd_str(c, y));
        x->mode = TM_INVALID;
        return;
    }
    if (x->mode == TM_CONSTANT) xval = const_to_kind(x->val, CK_INT);
    if (types_is_integer(x->type) || (types_is_untyped(x->type) && xval)) {
    } else {
        check_errorf(c, x->expr, "invalid operation: shifted operand %s must be integer", opnd_str(c, x));
        x->mode = TM_INVALID;
        return;
    }
    if (y->mode == TM_CONSTANT) {
        Const *yv = const_to_kind(y->val, CK_INT);
        if (yv && const_sign(yv) < 0) {
            check_errorf(c, y->expr, "invalid operation: negative shift count %s", opnd_str(c, y));
            x->mode = TM_INVALID;
            return;
        }
        if (types_is_untyped(y->type)) {
            check_representable(c, y, types_typ[TY_UINT]);
            if (y->mode == TM_INVALID) {
                x->mode = TM_INVALID;
                return;
            }
        }
    } else {
        if (types_is_integer(y->type)) {
            if (!types_is_unsigned(y->type) && !check_allow_version(c, 1, 13)) {
                check_errorf(c, y->expr, "invalid operation: signed shift count %s requires go1.13 or later", opnd_str(c, y));
                x->mode = TM_INVALID;
                return;
            }
        } else if (types_is_untyped(y->type)) {
            convert_untyped(c, y, types_typ[TY_UINT]);
            if (y->mode == TM_INVALID) {
                x->mode = TM_INVALID;
                return;
            }
        } else {
            check_errorf(c, y->expr, "invalid operation: shift count %s must be integer", opnd_str(c, y));
            x->mode = TM_INVALID;
            return;
        }
    }
    if (x->mode == TM_CONSTANT) {
        if (y->mode == TM_CONSTANT) {
            if (x->val->kind == CK_UNKNOWN || y->val->kind == CK_UNKNOWN) {
                x->val = const_unknown();
                if (!types_is_integer(x->type)) x->type = types_typ[TY_UNTYPED_INT];
                return;
            }
            uint64_t s;
            if (!const_fits_uint64(y->val, &s) || s > 1023 - 1 + 52) {
                check_errorf(c, y->expr, "invalid operation: invalid shift count %s", opnd_str(c, y));
                x->mode = TM_INVALID;
                return;
            }
            if (!types_is_integer(x->type)) x->type = types_typ[TY_UNTYPED_INT];
            x->val = const_shift(op, xval, (unsigned)s);
            x->expr = e;
            check_overflow(c, x);
            return;
        }
        if (types_is_untyped(x->type)) {
            if (x->expr) vec_push(&c->shift_lhs, x->expr);
            x->mode = TM_VALUE;
            return;
        }
    }
    if (!types_is_integer(x->type)) {
        check_errorf(c, x->expr, "invalid operation: shifted operand %s must be integer", opnd_str(c, x));
        x->mode = TM_INVALID;
        return;
    }
    x->mode = TM_VALUE;
}

static bool can_mix(Operand *x, Operand *y) {
    if ((types_is_interface(x->type) && !types_is_untyped(x->type)) || (types_is_interface(y->type) && !types_is_untyped(y->type))) return true;
    if (types_is_boolean(x->type) != types_is_boolean(y->type)) return false;
    if (types_is_string(x->type) != types_is_string(y->type)) return false;
    if (is_nil_opnd(x) && !types_has_nil(y->type)) return false;
    if (is_nil_opnd(y) && !types_has_nil(x->type)) return false;
    return true;
}

/* An untyped operand meeting a value of the body's own type parameter:
 * every type of its set must take it (types2's implicit conversion). */
static bool untyped_to_tparam(Checker *c, Operand *x, Type *target) {
    Type *tp = types_is_untyped(x->type) && x->mode != TM_NIL ? own_tparam(c, target) : NULL;
    if (!tp || types_tparam_takes_untyped(c, x, tp, NULL)) return true;
    check_errorf(c, x->expr, "cannot convert %s to %s", opnd_str(c, x), tstr(c, target));
    return false;
}

/* binary: e may be NULL for op-assignments (lhs op= rhs) */
static void check_binary(Checker *c, Operand *x, Node *e, Node *lhs, Node *rhs, int op) {
    Operand y;
    check_expr(c, x, lhs);
    check_expr(c, &y, rhs);
    if (x->mode == TM_INVALID) return;
    if (y.mode == TM_INVALID) {
        x->mode = TM_INVALID;
        x->expr = y.expr;
        return;
    }
    if (op == T_SHL || op == T_SHR) {
        check_shift(c, x, &y, e, op);
        return;
    }
    if (can_mix(x, &y)) {
        if (!untyped_to_tparam(c, x, y.type) || !untyped_to_tparam(c, &y, x->type)) {
            x->mode = TM_INVALID;
            return;
        }
        convert_untyped(c, x, y.type);
        if (x->mode == TM_INVALID) return;
        convert_untyped(c, &y, x->type);
        if (y.mode == TM_INVALID) {
            x->mode = TM_INVALID;
            return;
        }
    }
    if (is_comparison(op)) {
        check_comparison(c, x, &y, op, false);
        return;
    }
    if (!types_identical(x->type, y.type)) {
        if (x->type->kind != TY_INVALID && y.type->kind != TY_INVALID) {
            if (e)
                check_errorf(c, x->expr, "invalid operation: %s (mismatched types %s and %s)", expr_str(e),
                             tstr(c, x->type), tstr(c, y.type));
            else
                check_errorf(c, x->expr, "invalid operation: %s %s= %s (mismatched types %s and %s)", expr_str(lhs),
                             tok_op_str(op), expr_str(rhs), tstr(c, x->type), tstr(c, y.type));
        }
        x->mode = TM_INVALID;
        return;
    }
    if (!check_op(c, x, op, false)) {
        x->mode = TM_INVALID;
        return;
    }
    if (op == T_QUO || op == T_REM) {
        if ((x->mode == TM_CONSTANT || types_is_integer(x->type)) && y.mode == TM_CONSTANT && y.val->kind != CK_UNKNOWN &&
            const_sign(y.val) == 0) {
            check_errorf(c, y.expr, "invalid operation: division by zero");
            x->mode = TM_INVALID;
            return;
        }
    }
    if (x->mode == TM_CONSTANT && y.mode == TM_CONSTANT) {
        if (x->val->kind == CK_UNKNOWN || y.val->kind == CK_UNKNOWN) {
            x->val = const_unknown();
            return;
        }
        x->val = const_binary(op, x->val, y.val, op == T_QUO && types_is_integer(x->type));
        x->expr = e;
        check_overflow(c, x);
        return;
    }
    x->mode = TM_VALUE;
}

/* op-assignment entry point (stmt.c) */
void check_binary_assign(Checker *c, Operand *x, Node *lhs, Node *rhs, int op) { check_binary(c, x, NULL, lhs, rhs, op); }

/* ---- composite literals ---- */

/* A set of int64 (open addressing); used for duplicate literal indices. */
typedef struct I64Set {
    int64_t *keys;
    bool *used;
    int cap, len;
} I64Set;

static bool i64set_add(I64Set *s, int64_t k) {
    if (s->len * 2 >= s->cap) {
        int nc = s->cap ? s->cap * 2 : 64;
        int64_t *nk = NEWN(int64_t, nc);
        bool *nu = NEWN(bool, nc);
        for (int i = 0; i < s->cap; i++) {
            if (!s->used[i]) continue;
            uint64_t h = (uint64_t)s->keys[i] * 0x9E3779B97F4A7C15ull;
            int j = (int)(h >> 40) & (nc - 1);
            while (nu[j]) j = (j + 1) & (nc - 1);
            nu[j] = true;
            nk[j] = s->keys[i];
        }
        s->keys = nk;
        s->used = nu;
        s->cap = nc;
    }
    uint64_t h = (uint64_t)k * 0x9E3779B97F4A7C15ull;
    int j = (int)(h >> 40) & (s->cap - 1);
    while (s->used[j]) {
        if (s->keys[j] == k) return false;
        j = (j + 1) & (s->cap - 1);
    }
    s->used[j] = true;
    s->keys[j] = k;
    s->len++;
    return true;
}

static int64_t indexed_elts(Checker *c, NodeList *elts, Type *typ, int64_t length) {
    int64_t index = 0, max = 0;
    I64Set seen = {0};
    for (int i = 0; i < elts->len; i++) {
        Node *e = elts->v[i];
        bool valid = false;
        Node *eval = e;
        if (e->kind == N_KEYVALUE) {
            int64_t ix;
            if (check_index_value(c, e->x, length, "index", &ix)) {
                if (ix >= 0) {
                    index = ix;
                    valid = true;
                } else {
                    check_errorf(c, e, "index %s must be integer constant", expr_str(e->x));
                }
            }
            eval = e->y;
        } else if (length >= 0 && index >= length) {
            check_errorf(c, e, "index %lld is out of bounds (>= %lld)", (long long)index, (long long)length);
        } else {
            valid = true;
        }
        if (valid && !i64set_add(&seen, index))
            check_errorf(c, e, "duplicate index %lld in array or slice literal", (long long)index);
        index++;
        if (index > max) max = index;
        Operand x;
        check_expr_with_hint(c, &x, eval, typ);
        check_assignment(c, &x, typ, "array or slice literal");
    }
    return max;
}

static bool const_key_eq(Const *a, Const *b) {
    if (a->kind == CK_STRING || b->kind == CK_STRING) return a->kind == b->kind && str_eq(a->s, b->s);
    if (a->kind == CK_BOOL || b->kind == CK_BOOL) return a->kind == b->kind && a->b == b->b;
    return const_compare(T_EQL, a, b);
}

/* Hash of a constant map key, consistent with const_key_eq. */
static uint64_t const_key_hash(const Const *k) {
    uint64_t h = 1469598103934665603ull;
    switch (k->kind) {
    case CK_STRING:
        for (int i = 0; i < k->s.len; i++) h = (h ^ (uint8_t)k->s.p[i]) * 1099511628211ull;
        return h;
    case CK_BOOL: return k->b ? 1 : 2;
    case CK_INT: return (uint64_t)mpz_get_ui(k->i) * 0x9E3779B97F4A7C15ull ^ (uint64_t)mpz_sgn(k->i);
    case CK_FLOAT:
        if (mpz_cmp_ui(mpq_denref(k->f), 1) == 0)
            return (uint64_t)mpz_get_ui(mpq_numref(k->f)) * 0x9E3779B97F4A7C15ull ^ (uint64_t)mpq_sgn(k->f);
        return (uint64_t)mpz_get_ui(mpq_numref(k->f)) * 31 + mpz_get_ui(mpq_denref(k->f));
    default: return 0;
    }
}

typedef struct KeyEnt {
    Const *v;
    Type *t;
    struct KeyEnt *next;
} KeyEnt;

static void check_composite(Checker *c, Operand *x, Node *e, Type *hint) {
    Type *typ = NULL, *base = NULL;
    if (e->x) {
        Node *tx = e->x;
        if (tx->kind == N_ARRAYTYPE && tx->x && tx->x->kind == N_ELLIPSIS_LEN) {
            typ = types_new_array(check_var_type(c, tx->y), -1);
            base = typ;
        } else {
            typ = check_type(c, tx);
            base = typ;
        }
    } else if (hint) {
        typ = hint;
        base = typ;
        Type *u = types_underlying(typ);
        if (u->kind == TY_POINTER) base = u->elem;
    } else {
        check_errorf(c, e, "missing type in composite literal");
        goto error;
    }
    if (base && base->kind == TY_NAMED && !base->underlying && types_declaring_literal(base)) {
        check_errorf(c, e, "illegal cycle in type declaration");
        goto error;
    }
    Type *u = types_underlying(base);
    switch (u->kind) {
    case TY_STRUCT: {
        if (e->list.len == 0) break;
        if (e->list.v[0]->kind == N_KEYVALUE) {
            bool *visited = NEWN(bool, u->nfields + 1);
            for (int i = 0; i < e->list.len; i++) {
                Node *kv = e->list.v[i];
                if (kv->kind != N_KEYVALUE) {
                    check_errorf(c, kv, "mixture of field:value and value elements in struct literal");
                    continue;
                }
                Node *key = kv->x;
                check_expr(c, x, kv->y);
                if (!key || key->kind != N_IDENT) {
                    check_errorf(c, kv, "invalid field name %s in struct literal", expr_str(key));
                    continue;
                }
                const char *kn = intern(key->name.p, key->name.len);
                int fi = -1;
                for (int k = 0; k < u->nfields; k++) {
                    Object *f = u->fields[k];
                    if (f->name == kn && strcmp(kn, "_") && (types_is_exported(kn) || f->pkg == c->pkg)) fi = k;
                }
                if (fi < 0) {
                    check_errorf(c, key, "unknown field '%s' in struct literal of type %s", kn, tstr(c, base));
                    continue;
                }
                Object *fld = u->fields[fi];
                key->obj = fld;
                key->type = fld->type;
                check_assignment(c, x, fld->type, "struct literal");
                if (visited[fi]) {
                    check_errorf(c, kv, "duplicate field name %s in struct literal", kn);
                    continue;
                }
                visited[fi] = true;
            }
        } else {
            for (int i = 0; i < e->list.len; i++) {
                Node *el = e->list.v[i];
                if (el->kind == N_KEYVALUE) {
                    check_errorf(c, el, "mixture of field:value and value elements in struct literal");
                    continue;
                }
                check_expr(c, x, el);
                if (i >= u->nfields) {
                    check_errorf(c, x->expr, "too many values in %s{…}", tstr(c, base));
                    break;
                }
                Object *fld = u->fields[i];
                if (!types_is_exported(fld->name) && fld->pkg != c->pkg) {
                    check_errorf(c, x->expr, "implicit assignment to unexported field %s in %s literal", fld->name,
                                 tstr(c, typ));
                    continue;
                }
                check_assignment(c, x, fld->type, "struct literal");
            }
            if (e->list.len < u->nfields) {
                Pos p = e->end; /* the closing brace */
                if (!p.line) p = e->pos;
                check_error_at(c, p, "too few values in %s{…}", tstr(c, base));
            }
        }
        break;
    }
    case TY_ARRAY: {
        int64_t n = indexed_elts(c, &e->list, u->elem, u->len);
        if (u->len < 0) {
            u->len = n;
            if (e->x) {
                e->x->type = u;
                e->x->tmode = TM_TYPEXPR;
            }
        }
        break;
    }
    case TY_SLICE:
        indexed_elts(c, &e->list, u->elem, -1);
        break;
    case TY_MAP: {
        int nb = 64;
        while (nb < e->list.len * 2) nb *= 2;
        KeyEnt **buckets = NEWN(KeyEnt *, nb); /* constant keys seen */
        bool key_iface = types_is_interface(u->key);
        for (int i = 0; i < e->list.len; i++) {
            Node *kv = e->list.v[i];
            if (kv->kind != N_KEYVALUE) {
                check_errorf(c, kv, "missing key in map literal");
                continue;
            }
            check_expr_with_hint(c, x, kv->x, u->key);
            check_assignment(c, x, u->key, "map literal");
            if (x->mode == TM_INVALID) continue;
            if (x->mode == TM_CONSTANT && x->val) {
                bool dup = false;
                int b = (int)(const_key_hash(x->val) & (uint64_t)(nb - 1));
                for (KeyEnt *k = buckets[b]; k; k = k->next)
                    if (const_key_eq(k->v, x->val) && (!key_iface || types_identical(k->t, x->type))) dup = true;
                if (dup) {
                    check_errorf(c, x->expr, "duplicate key %s in map literal", const_format(x->val));
                    continue;
                }
                KeyEnt *k = NEW(KeyEnt);
                k->v = x->val;
                k->t = x->type;
                k->next = buckets[b];
                buckets[b] = k;
            }
            check_expr_with_hint(c, x, kv->y, u->elem);
            check_assignment(c, x, u->elem, "map literal");
        }
        break;
    }
    default:
        for (int i = 0; i < e->list.len; i++) {
            Node *el = e->list.v[i];
            if (el->kind == N_KEYVALUE) el = el->y;
            check_use(c, el);
        }
        if (u->kind != TY_INVALID) {
            check_errorf(c, e, "invalid composite literal type %s", tstr(c, typ));
            goto error;
        }
        goto error;
    }
    x->mode = TM_VALUE;
    x->type = typ;
    x->expr = e;
    return;
error:
    x->mode = TM_INVALID;
    x->type = types_typ[TY_INVALID];
    x->expr = e;
}

/* ---- function literals ---- */

static void check_funclit(Checker *c, Operand *x, Node *e) {
    FuncInfo *fi = NEW(FuncInfo);
    fi->decl = e;
    fi->outer = c->fn;
    e->tinfo = fi;
    fi->scope = NULL;
    Scope *s = types_new_scope(c->scope, "function");
    s->is_func = true;
    s->fn = fi;
    s->pos = e->pos;
    fi->scope = s;
    Type *sig = check_func_type(c, e->x, NULL, s, fi);
    fi->sig = sig;
    if (e->body) {
        /* checked now, in the enclosing context (captures need the
         * enclosing function's scopes) */
        Checker saved = *c;
        c->scope = s;
        c->fn = fi;
        c->sig = sig;
        /* iota stays visible: const ( _ = unsafe.Sizeof(func() { _ = iota }) ) */
        check_func_body(c, fi, e->body);
        Vec later = c->later;
        int nerr = c->nerrors;
        bool ge = c->generic_error;
        Vec sl = c->shift_lhs;
        *c = saved;
        c->shift_lhs = sl;
        c->later = later;
        c->nerrors = nerr;
        c->generic_error = ge;
    }
    x->mode = TM_VALUE;
    x->type = sig;
}

/* ---- type assertions ---- */

void check_type_assertion(Checker *c, Node *e, Operand *x, Type *T, bool type_switch) {
    Object *alt = NULL;
    if (types_is_interface(T) || c->in_instance) return;
    Object *m = types_missing_method(T, types_underlying(x->type), false, &alt);
    if (!m) return;
    const char *cause = missing_method_reason(c, T, x->type, m, alt);
    if (type_switch)
        check_errorf(c, e, "impossible type switch case: %s\n\t%s cannot have dynamic type %s %s", expr_str(e),
                     opnd_str(c, x), tstr(c, T), cause);
    else
        check_errorf(c, e, "impossible type assertion: %s\n\t%s does not implement %s %s", expr_str(e), tstr(c, T),
                     tstr(c, x->type), cause);
}

/* ---- raw expressions ---- */

void check_raw_expr(Checker *c, Operand *x, Node *e, Type *hint) {
    x->mode = TM_INVALID;
    x->type = types_typ[TY_INVALID];
    x->val = NULL;
    x->expr = e;
    if (!e) return;
    switch (e->kind) {
    case N_BAD:
        goto error;
    case N_IDENT:
        check_ident(c, x, e, false);
        break;
    case N_DOTS:
        check_errorf(c, e, "invalid use of '...'");
        goto error;
    case N_BASICLIT: {
        if (e->flags & NF_BAD) goto error; /* reported by the scanner */
        if (e->op == T_INT || e->op == T_FLOAT || e->op == T_IMAG) {
            check_literal_version(c, e);
            if (e->name.len > 10000) {
                check_errorf(c, e, "excessively long constant: %.10s... (%d chars)", e->name.p, e->name.len);
                goto error;
            }
        }
        Const *v;
        Type *t;
        switch (e->op) {
        case T_INT: t = types_typ[TY_UNTYPED_INT]; v = const_from_literal(T_INT, e->name, 0); break;
        case T_FLOAT: t = types_typ[TY_UNTYPED_FLOAT]; v = const_from_literal(T_FLOAT, e->name, 0); break;
        case T_IMAG: t = types_typ[TY_UNTYPED_COMPLEX]; v = const_from_literal(T_IMAG, e->name, 0); break;
        case T_CHAR: t = types_typ[TY_UNTYPED_RUNE]; v = const_int64(e->rune); break;
        case T_STRING: t = types_typ[TY_UNTYPED_STRING]; v = const_string(e->sval); break;
        default: t = NULL; v = NULL;
        }
        if (!v) {
            check_errorf(c, e, "malformed constant: %.*s", e->name.len, e->name.p);
            goto error;
        }
        x->mode = TM_CONSTANT;
        x->type = t;
        x->val = v;
        break;
    }
    case N_FUNCLIT:
        check_funclit(c, x, e);
        break;
    case N_COMPOSITELIT:
        check_composite(c, x, e, hint);
        if (x->mode == TM_INVALID) goto error;
        break;
    case N_PAREN:
        check_raw_expr(c, x, e->x, NULL);
        x->expr = e;
        record(c, x);
        return;
    case N_SELECTOR:
        check_selector(c, x, e);
        break;
    case N_INDEX:
        check_index(c, x, e);
        if (x->mode == TM_INVALID) goto error;
        break;
    case N_SLICE:
        check_slice(c, x, e);
        if (x->mode == TM_INVALID) goto error;
        break;
    case N_TYPEASSERT: {
        if (!e->y) {
            /* types2 checks nothing of x here (a variable used only there
             * is reported unused) */
            check_errorf(c, e, "invalid AST: use of .(type) outside type switch");
            goto error;
        }
        check_expr(c, x, e->x);
        if (x->mode == TM_INVALID) goto error;
        if (types_own_tparam(c, x->type)) {
            check_errorf(c, x->expr, "invalid operation: cannot use type assertion on type parameter value %s", opnd_str(c, x));
            goto error;
        }
        if (types_underlying(x->type)->kind != TY_INTERFACE) {
            check_errorf(c, x->expr, "invalid operation: %s is not an interface", opnd_str(c, x));
            goto error;
        }
        Type *T = check_var_type(c, e->y);
        if (T->kind == TY_INVALID) goto error;
        check_type_assertion(c, e, x, T, false);
        x->mode = TM_COMMAOK;
        x->type = T;
        break;
    }
    case N_CALL:
        check_call(c, x, e);
        x->expr = e;
        record(c, x);
        return;
    case N_STAR: {
        check_expr_or_type(c, x, e->x);
        if (x->mode == TM_INVALID) goto error;
        if (x->mode == TM_TYPEXPR) {
            x->type = types_new_pointer(x->type);
            break;
        }
        Type *u = types_underlying(x->type);
        if (u->kind != TY_POINTER) {
            check_errorf(c, x->expr, "invalid operation: cannot indirect %s", opnd_str(c, x));
            goto error;
        }
        x->mode = TM_VARIABLE;
        x->type = u->elem;
        break;
    }
    case N_UNARY:
        check_unary(c, x, e);
        if (x->mode == TM_INVALID) goto error;
        break;
    case N_BINARY:
        check_binary(c, x, e, e->x, e->y, e->op);
        if (x->mode == TM_INVALID) goto error;
        break;
    case N_KEYVALUE:
        check_errorf(c, e, "invalid AST: no key:value expected");
        goto error;
    case N_ARRAYTYPE: case N_SLICETYPE: case N_STRUCTTYPE: case N_FUNCTYPE: case N_INTERFACETYPE:
    case N_MAPTYPE: case N_CHANTYPE:
        x->mode = TM_TYPEXPR;
        x->type = check_type(c, e);
        break;
    default:
        check_errorf(c, e, "invalid expression");
        goto error;
    }
    x->expr = e;
    record(c, x);
    return;
error:
    x->mode = TM_INVALID;
    x->type = types_typ[TY_INVALID];
    x->expr = e;
    record(c, x);
}
