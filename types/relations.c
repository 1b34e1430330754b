/*
 * relations.c: type identity, comparability, assignability and
 * convertibility (the Go spec's rules, as go/types implements them), and
 * gc's amd64 memory layout (sizes, alignments, field offsets).
 *
 * Invariants: every function here is total: invalid or NULL types give
 * "true" for relations (so one error does not cascade) and size 0/align 1
 * for layout; recursion through composite types is depth-limited, since
 * only named types can be recursive and they compare by pointer.
 */
#include <string.h>

#include "types/internal.h"
#include "types/types.h"

static bool is_invalid(Type *t) { return !t || t->kind == TY_INVALID; }

/* ---- identity ---- */

static bool ident(Type *x, Type *y, bool cmp_tags, int depth);

static bool ident_tuple(Type *a, Type *b, bool cmp_tags, int depth) {
    int na = a ? a->nfields : 0, nb = b ? b->nfields : 0;
    if (na != nb) return false;
    for (int i = 0; i < na; i++)
        if (!ident(a->fields[i]->type, b->fields[i]->type, cmp_tags, depth)) return false;
    return true;
}

static bool same_name(Object *a, Object *b) {
    if (a->name != b->name) return false;
    /* unexported names from different packages differ */
    if (!types_is_exported(a->name) && a->pkg != b->pkg) return false;
    return true;
}

static bool ident(Type *x, Type *y, bool cmp_tags, int depth) {
    if (x == y) return true;
    if (!x || !y) return false;
    /* a defined type as a generic instance's body sees it (a copy with a
     * shape mark) is the type itself */
    while (x->kind == TY_NAMED && x->shape_plain && x->shape_index) x = x->shape_plain;
    while (y->kind == TY_NAMED && y->shape_plain && y->shape_index) y = y->shape_plain;
    if (x == y) return true;
    if (depth > 100) return true;
    depth++;
    if (x->kind < TY_NUM_BASIC && y->kind < TY_NUM_BASIC) return x->kind == y->kind;
    if (x->kind != y->kind) return false;
    switch (x->kind) {
    case TY_ARRAY:
        return x->len == y->len && ident(x->elem, y->elem, cmp_tags, depth);
    case TY_SLICE:
    case TY_POINTER:
        return ident(x->elem, y->elem, cmp_tags, depth);
    case TY_MAP:
        return ident(x->key, y->key, cmp_tags, depth) && ident(x->elem, y->elem, cmp_tags, depth);
    case TY_CHAN:
        return x->dir == y->dir && ident(x->elem, y->elem, cmp_tags, depth);
    case TY_STRUCT:
        if (x->nfields != y->nfields) return false;
        for (int i = 0; i < x->nfields; i++) {
            Object *f = x->fields[i], *g = y->fields[i];
            if ((f->vflags & VF_EMBEDDED) != (g->vflags & VF_EMBEDDED)) return false;
            if (cmp_tags && !str_eq(f->tag, g->tag)) return false;
            if (!same_name(f, g)) return false;
            if (!ident(f->type, g->type, cmp_tags, depth)) return false;
        }
        return true;
    case TY_TUPLE:
        return ident_tuple(x, y, cmp_tags, depth);
    case TY_FUNC:
        return x->variadic == y->variadic && ident_tuple(x->params, y->params, cmp_tags, depth) &&
               ident_tuple(x->results, y->results, cmp_tags, depth);
    case TY_INTERFACE: {
        if (x->is_comparable != y->is_comparable) return false;
        int na, nb;
        Object **ma = types_iface_methods(x, &na), **mb = types_iface_methods(y, &nb);
        if (na != nb) return false;
        for (int i = 0; i < na; i++) {
            if (!same_name(ma[i], mb[i])) return false;
            if (!ident(ma[i]->type, mb[i]->type, cmp_tags, depth)) return false;
        }
        return true;
    }
    case TY_NAMED:
        if (x->orig && y->orig && x->orig == y->orig && x->ntargs == y->ntargs) {
            for (int i = 0; i < x->ntargs; i++)
                if (!ident(x->targs[i], y->targs[i], cmp_tags, depth)) return false;
            return true;
        }
        return false;
    default:
        return false;
    }
}

bool types_identical(Type *a, Type *b) { return ident(a, b, true, 0); }
bool types_identical_ignore_tags(Type *a, Type *b) { return ident(a, b, false, 0); }

/* ---- comparability ---- */

static bool comparable_rec(Type *t, int depth) {
    if (depth > 100) return true;
    Type *u = types_underlying(t);
    switch (u->kind) {
    case TY_UNTYPED_NIL: return false;
    case TY_SLICE: case TY_MAP: case TY_FUNC: return false;
    case TY_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (!comparable_rec(u->fields[i]->type, depth + 1)) return false;
        return true;
    case TY_ARRAY: return comparable_rec(u->elem, depth + 1);
    case TY_TUPLE: return false;
    default: return true;
    }
}

bool types_comparable(Type *t) { return comparable_rec(t, 0); }

/* ---- assignability (typed values; untyped ones are converted first) ---- */

bool types_assignable(Type *v, Type *t) {
    if (is_invalid(v) || is_invalid(t)) return true;
    if (types_identical(v, t)) return true;
    Type *vu = types_underlying(v), *tu = types_underlying(t);
    if (types_is_untyped(v)) {
        if (vu->kind == TY_UNTYPED_NIL) return types_has_nil(t);
        if (tu->kind < TY_NUM_BASIC) {
            if (v->info & BI_BOOLEAN) return (tu->info & BI_BOOLEAN) != 0;
            if (v->info & BI_STRING) return (tu->info & BI_STRING) != 0;
            if (v->info & BI_NUMERIC) return (tu->info & BI_NUMERIC) != 0;
            return false;
        }
        if (tu->kind == TY_INTERFACE) {
            int n;
            types_iface_methods(tu, &n);
            return n == 0 && !tu->is_comparable;
        }
        return false;
    }
    if (types_identical(vu, tu) && (!types_is_named(v) || !types_is_named(t))) return true;
    if (tu->kind == TY_INTERFACE) return types_implements(v, t);
    if (vu->kind == TY_CHAN && vu->dir == DIR_BOTH && tu->kind == TY_CHAN && types_identical(vu->elem, tu->elem))
        return !types_is_named(v) || !types_is_named(t);
    return false;
}

/* ---- convertibility (non-constant) ---- */

static bool is_bytes_or_runes(Type *t) {
    Type *u = types_underlying(t);
    if (u->kind != TY_SLICE) return false;
    Type *e = types_underlying(u->elem);
    return e->kind == TY_UINT8 || e->kind == TY_INT32;
}

bool types_convertible(Type *v, Type *t) {
    if (is_invalid(v) || is_invalid(t)) return true;
    if (types_assignable(v, t)) return true;
    Type *vu = types_underlying(v), *tu = types_underlying(t);
    if (types_identical_ignore_tags(vu, tu)) return true;
    if (v->kind == TY_POINTER && t->kind == TY_POINTER &&
        types_identical_ignore_tags(types_underlying(v->elem), types_underlying(t->elem)))
        return true;
    if ((types_is_integer(vu) || types_is_float(vu)) && (types_is_integer(tu) || types_is_float(tu))) return true;
    if (types_is_complex(vu) && types_is_complex(tu)) return true;
    if (types_is_string(tu) && (types_is_integer(vu) || is_bytes_or_runes(vu))) return true;
    if (types_is_string(vu) && is_bytes_or_runes(tu)) return true;
    if (vu->kind == TY_UNSAFEPTR && (tu->kind == TY_POINTER || tu->kind == TY_UINTPTR)) return true;
    if (tu->kind == TY_UNSAFEPTR && (vu->kind == TY_POINTER || vu->kind == TY_UINTPTR)) return true;
    if (vu->kind == TY_SLICE && tu->kind == TY_POINTER) {
        Type *a = types_underlying(tu->elem);
        if (a->kind == TY_ARRAY && types_identical(vu->elem, a->elem)) return true;
    }
    return false;
}

/* ---- layout (gc, amd64) ---- */

static int64_t rnd(int64_t o, int64_t a) { return a <= 1 ? o : (o + a - 1) / a * a; }

static bool is_atomic_align64(Type *t) {
    return t->kind == TY_NAMED && t->obj && t->obj->pkg && !strcmp(t->obj->pkg->path, "sync/atomic") &&
           !strcmp(t->obj->name, "align64");
}

static void layout(Type *t);

int64_t types_alignof(Type *t) {
    if (!t) return 1;
    Type *u = types_underlying(t);
    switch (u->kind) {
    case TY_ARRAY: return types_alignof(u->elem);
    case TY_STRUCT: {
        if (u->nfields == 0 && is_atomic_align64(t)) return 8;
        if (u->layout_state == 1) return 1; /* invalid recursive type */
        int64_t m = 1;
        u->layout_state = 1;
        for (int i = 0; i < u->nfields; i++) {
            int64_t a = types_alignof(u->fields[i]->type);
            if (a > m) m = a;
        }
        u->layout_state = 0;
        return m;
    }
    case TY_SLICE: case TY_INTERFACE: case TY_STRING: case TY_UNTYPED_STRING: return 8;
    default: break;
    }
    int64_t a = types_sizeof(t);
    if (a < 1) return 1;
    if (types_is_complex(t)) a /= 2;
    if (a > 8) return 8;
    return a;
}

int64_t types_fieldalign(Type *t) { return types_alignof(t); }

static void layout(Type *u) {
    /* struct: fill field offsets and the size */
    if (u->layout_state == 2) return;
    if (u->layout_state == 1) {
        u->size = 0;
        return;
    }
    u->layout_state = 1;
    int64_t o = 0;
    int n = u->nfields;
    for (int i = 0; i < n; i++) {
        Object *f = u->fields[i];
        int64_t a = types_alignof(f->type);
        o = rnd(o, a);
        f->offset = o;
        int64_t s = types_sizeof(f->type);
        if (s > 0 && o > INT64_MAX - s) s = 0;
        o += s;
    }
    if (n == 0) {
        u->size = 0;
    } else {
        int64_t last = types_sizeof(u->fields[n - 1]->type);
        int64_t off = u->fields[n - 1]->offset;
        if (last == 0 && off > 0) last = 1;
        int64_t al = 1;
        for (int i = 0; i < n; i++) {
            int64_t a = types_alignof(u->fields[i]->type);
            if (a > al) al = a;
        }
        u->size = rnd(off + last, al);
    }
    u->layout_state = 2;
}

int64_t types_sizeof(Type *t) {
    if (!t) return 0;
    Type *u = types_underlying(t);
    switch (u->kind) {
    case TY_INVALID: return 1;
    case TY_BOOL: case TY_INT8: case TY_UINT8: case TY_UNTYPED_BOOL: return 1;
    case TY_INT16: case TY_UINT16: return 2;
    case TY_INT32: case TY_UINT32: case TY_FLOAT32: case TY_UNTYPED_RUNE: return 4;
    case TY_INT64: case TY_UINT64: case TY_FLOAT64: case TY_COMPLEX64:
    case TY_INT: case TY_UINT: case TY_UINTPTR: case TY_UNSAFEPTR:
    case TY_UNTYPED_INT: case TY_UNTYPED_FLOAT: case TY_UNTYPED_NIL:
        return 8;
    case TY_COMPLEX128: case TY_UNTYPED_COMPLEX: return 16;
    case TY_STRING: case TY_UNTYPED_STRING: return 16;
    case TY_ARRAY: {
        if (u->len <= 0) return 0;
        int64_t es = types_sizeof(u->elem);
        if (es > 0 && u->len > INT64_MAX / es) return INT64_MAX;
        return es * u->len;
    }
    case TY_SLICE: return 24;
    case TY_STRUCT:
        layout(u);
        return u->size < 0 ? 0 : u->size;
    case TY_INTERFACE: return 16;
    case TY_CHAN: case TY_MAP: case TY_POINTER: case TY_FUNC: return 8;
    default: return 8;
    }
}

int64_t types_offsetof(Type *st, int i) {
    Type *u = types_underlying(st);
    if (u->kind != TY_STRUCT || i < 0 || i >= u->nfields) return 0;
    layout(u);
    return u->fields[i]->offset;
}
