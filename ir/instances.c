/*
 * instances.c: the "can inline" lines gc prints for the methods of the
 * standard library's generic types that a program instantiates.
 *
 * gc compiles an instantiated generic type's methods in the package that
 * uses it, on the type argument's shape ("go.shape.int_0": the underlying
 * type, pointers all "*uint8"), and runs CanInline on them in its
 * bottom-up walk: a method called from the package is visited as the
 * callee of its first caller; the other methods of the instance come
 * after every function of the package (they were appended to the
 * declarations).  Calls to them are not inlined (shaped functions of
 * another package), so only "can inline" is printed, at the method's
 * position in Go's source ($GOROOT/src/...).
 *
 * In the subset the only generic standard type is sync/atomic.Pointer[T];
 * its methods and positions come from Go 1.19's sync/atomic/type.go and
 * all four are inlinable there.
 *
 * Invariant: each method of each instance is reported once per package.
 */
#include "ir/ir.h"

#include <string.h>

typedef struct GenMethod {
    const char *name;
    int line, col;
    int cost; /* inline cost of the shaped method (gc's -m=2) */
} GenMethod;

/* sync/atomic.Pointer[T]'s methods in Go 1.19, source order */
static const GenMethod atomic_pointer[] = {
    {"Load", 50, 22, 6}, {"Store", 53, 22, 63}, {"Swap", 56, 22, 64}, {"CompareAndSwap", 59, 22, 65}};
enum { NPTR_METHODS = (int)(sizeof atomic_pointer / sizeof atomic_pointer[0]) };

static Vec reported;  /* const char*: "shape.method" already reported */
static Vec instances; /* Type*: instances seen, in order */
static int goroot_file;

static bool once(const char *key) {
    for (int i = 0; i < reported.len; i++)
        if (!strcmp(VEC_AT(reported, const char *, i), key)) return false;
    vec_push(&reported, (void *)key);
    return true;
}

static bool shape_keep; /* the pointer shape being spelled keeps its element */

/* The shape's spelling of a type (gc's LinkString of the shape type). */
static const char *shape_str(Type *t, int depth) {
    if (!t || depth > 8) return "?";
    if (t->kind < TY_NUM_BASIC) return types_typ[t->kind]->name ? types_typ[t->kind]->name : "?"; /* byte -> uint8 */
    switch (t->kind) {
    case TY_NAMED: {
        /* gc's link string: the package path, then the instance's type
         * arguments (sync/atomic.Pointer[main.node]) */
        const char *path = t->obj && t->obj->pkg ? (t->obj->pkg->path ? t->obj->pkg->path : t->obj->pkg->name) : NULL;
        const char *r = arena_printf("%s%s%s", path ? path : "", path ? "." : "", t->obj && t->obj->name ? t->obj->name : "?");
        if (t->ntargs > 0) {
            r = arena_printf("%s[", r);
            for (int i = 0; i < t->ntargs; i++) r = arena_printf("%s%s%s", r, i ? "," : "", shape_str(t->targs[i], depth + 1));
            r = arena_printf("%s]", r);
        }
        return r;
    }
    case TY_POINTER:
        if (depth == 0 && !shape_keep) return "*uint8"; /* every pointer shape (types_shape_keeps_pointer) */
        return arena_printf("*%s", shape_str(t->elem, depth + 1));
    case TY_SLICE:
        return arena_printf("[]%s", shape_str(t->elem, depth + 1));
    case TY_ARRAY:
        return arena_printf("[%lld]%s", (long long)t->len, shape_str(t->elem, depth + 1));
    case TY_MAP:
        return arena_printf("map[%s]%s", shape_str(t->key, depth + 1), shape_str(t->elem, depth + 1));
    case TY_STRUCT: {
        const char *r = "struct {";
        for (int i = 0; i < t->nfields; i++) {
            Object *f = t->fields[i];
            bool exported = f->name && f->name[0] >= 'A' && f->name[0] <= 'Z';
            const char *q = !exported && f->pkg && f->pkg->name ? arena_printf("%s.", f->pkg->name) : "";
            r = arena_printf("%s%s%s%s %s", r, i ? "; " : " ", q, f->name ? f->name : "?", shape_str(f->type, depth + 1));
        }
        return arena_printf("%s%s", r, t->nfields ? " }" : "}");
    }
    case TY_INTERFACE: {
        int n = 0;
        Object **ms = types_iface_methods(t, &n);
        if (n == 0) return "interface {}";
        const char *r = "interface {";
        for (int i = 0; i < n; i++) {
            const char *sig = types_string(ms[i]->type);
            if (!strncmp(sig, "func", 4)) sig += 4;
            r = arena_printf("%s%s %s%s", r, i ? ";" : "", ms[i]->name, sig);
        }
        return arena_printf("%s }", r);
    }
    case TY_CHAN:
        return arena_printf("%s%s", t->dir == DIR_SEND ? "chan<- " : t->dir == DIR_RECV ? "<-chan " : "chan ", shape_str(t->elem, depth + 1));
    case TY_FUNC:
        return types_string(t);
    default:
        return "?";
    }
}

static const char *shape_of(Type *t) { return shape_str(t ? types_underlying(t) : NULL, 0); }

/* shape of a type argument of type parameter tp (NULL: unknown) */
static const char *shape_of_tp(Type *t, Type *tp) {
    shape_keep = types_shape_keeps_pointer(t, tp);
    const char *r = shape_of(t);
    shape_keep = false;
    return r;
}

const char *ir_shape_string(Type *t) {
    shape_keep = t && t->shape_keep_ptr;
    const char *r = shape_of(t);
    shape_keep = false;
    return r;
}

/* The instance of atomic.Pointer a method belongs to, or NULL. */
static Type *atomic_pointer_instance(IrFunc *f) {
    Object *o = f ? f->obj : NULL;
    Type *rt = o ? o->recv_type : NULL;
    if (rt && rt->kind == TY_POINTER) rt = rt->elem;
    if (!rt || rt->kind != TY_NAMED || rt->ntargs != 1 || !rt->obj || !rt->obj->pkg || !rt->obj->pkg->path) return NULL;
    if (strcmp(rt->obj->pkg->path, "sync/atomic") || strcmp(rt->obj->name, "Pointer")) return NULL;
    return rt;
}

static void report(Type *inst, const GenMethod *m) {
    const char *shape = shape_of(inst->targs[0]);
    if (!once(arena_printf("%s.%s", shape, m->name))) return;
    if (!goroot_file) goroot_file = file_add("$GOROOT/src/sync/atomic/type.go", "", 0);
    ir_report((Pos){goroot_file, m->line, m->col}, "can inline atomic.(*Pointer[go.shape.%s_0]).%s", shape, m->name);
}

void ir_generic_callee(IrFunc *f) {
    Type *inst = atomic_pointer_instance(f);
    if (!inst || !f->obj || !f->obj->name) return;
    bool seen = false;
    for (int i = 0; i < instances.len && !seen; i++) seen = VEC_AT(instances, Type *, i) == inst;
    if (!seen) vec_push(&instances, inst);
    for (int i = 0; i < NPTR_METHODS; i++)
        if (!strcmp(atomic_pointer[i].name, f->obj->name)) report(inst, &atomic_pointer[i]);
}

void ir_generic_rest(void) {
    for (int i = 0; i < instances.len; i++)
        for (int j = 0; j < NPTR_METHODS; j++) report(VEC_AT(instances, Type *, i), &atomic_pointer[j]);
}

/* A call of an atomic.Pointer[T] method as gc prints it: the shaped method
 * with the instance's dictionary as first argument,
 *   atomic.(*Pointer[go.shape.struct { main.val int }_0]).Load(&atomic..dict.(*Pointer[main.node]).Load, p)
 * Returns the callee text and sets *dict, or NULL for other functions. */
static const char *inst_dict(Object *o);

const char *ir_generic_call(IrFunc *f, const char **dict) {
    if (ir_is_instance(f) && f->mname) {
        *dict = inst_dict(f->obj);
        return f->mname;
    }
    Type *inst = atomic_pointer_instance(f);
    if (!inst || !f->obj || !f->obj->name) return NULL;
    *dict = arena_printf("&atomic..dict.(*Pointer[%s]).%s", shape_str(inst->targs[0], 1), f->obj->name);
    return arena_printf("atomic.(*Pointer[go.shape.%s_0]).%s", shape_of(inst->targs[0]), f->obj->name);
}

/* What a call of such a method costs the caller's inline budget: gc's
 * hairy visitor charges the shaped callee's inline cost (it has an inline
 * body, though the call is not inlined) plus the dictionary argument
 * (&dict: two nodes).  -1 for other functions. */
int ir_generic_cost(IrFunc *f) {
    if (ir_is_instance(f)) return -1;
    if (!atomic_pointer_instance(f) || !f->obj || !f->obj->name) return -1;
    for (int i = 0; i < NPTR_METHODS; i++)
        if (!strcmp(atomic_pointer[i].name, f->obj->name)) return atomic_pointer[i].cost + 2;
    return -1;
}

/* ---- user generics: gc's shaped names ---- */

static const char *shapes(Type **targs, int n, Type **tparams, int ntp) {
    const char *r = "[";
    for (int i = 0; i < n; i++)
        r = arena_printf("%sgo.shape.%s_%d%s", r, shape_of_tp(targs[i], tparams && i < ntp ? tparams[i] : NULL), i, i + 1 < n ? "," : "");
    return arena_printf("%s]", r);
}

const char *ir_instance_mname(Object *o) {
    if (!o || !o->generic || !o->ntargs) return NULL;
    if (o->recv_type) {
        Type *rt = o->recv_type;
        bool ptr = rt->kind == TY_POINTER;
        if (ptr) rt = rt->elem;
        if (!rt || rt->kind != TY_NAMED || !rt->obj) return NULL;
        Type *g = rt->orig;
        const char *base = arena_printf("%s%s", rt->obj->name, shapes(rt->targs, rt->ntargs, g ? g->tparams : NULL, g ? g->ntparams : 0));
        return ptr ? arena_printf("(*%s).%s", base, o->name) : arena_printf("%s.%s", base, o->name);
    }
    Type *gs = o->generic->type;
    return arena_printf("%s%s", o->generic->name, shapes(o->targs, o->ntargs, gs ? gs->tparams : NULL, gs ? gs->ntparams : 0));
}

bool ir_is_instance(IrFunc *f) { return f && f->obj && f->obj->generic; }

bool ir_quiet_instance(IrFunc *f) {
    while (f && f->outer) f = f->outer;
    return f && f->shape_dup;
}

/* The dictionary gc passes to an instance: ".dict." and the instance's
 * name with its type arguments as written ("Sum[main.Celsius]",
 * "Set[string].Has"). */
static const char *inst_dict(Object *o) {
    if (o->recv_type) {
        Type *rt = o->recv_type;
        bool ptr = rt->kind == TY_POINTER;
        if (ptr) rt = rt->elem;
        const char *r = arena_printf("%s%s", rt->obj->name, types_targs_string(rt->targs, rt->ntargs));
        return ptr ? arena_printf("&.dict.(*%s).%s", r, o->name) : arena_printf("&.dict.%s.%s", r, o->name);
    }
    return arena_printf("&.dict.%s", o->name);
}

/* The generic declaration's parameter types of an instance mention its
 * type parameters (gc: the shaped function's params HasShape). */
bool ir_instance_shape_params(IrFunc *f) {
    if (!ir_is_instance(f)) return false;
    if (f->obj->recv_type) return true; /* the shaped method's receiver is a parameter */
    Type *sig = f->obj->generic->type;
    if (!sig || sig->kind != TY_FUNC || !sig->params) return false;
    for (int i = 0; i < sig->params->nfields; i++)
        if (types_mentions_tparams(sig->params->fields[i]->type)) return true;
    return false;
}
