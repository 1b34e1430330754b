/*
 * instances.c: how gc 1.19's GC-shape stenciling shows in -m.  gosub
 * compiles one function per instance; gc compiles one shaped function per
 * shape and passes it a dictionary.  This file spells the shaped names
 * ("Map[go.shape.int_0,go.shape.string_1]"), decides which instance of a
 * shape stands for gc's function in each call-graph walk, lays out each
 * instance's dictionary (what its sub-dictionary and bound calls print),
 * and reports the standard library's generic types' methods.
 *
 * The standard library part: the "can inline" lines gc prints for the
 * methods of the standard library's generic types that a program
 * instantiates.
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

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A pointer parameter of a shaped method: where Go declares it, and the
 * positions of its flow to the heap (-m=2): the field x.v for the
 * receiver (dot, address-of), then the sync/atomic call it is passed to. */
typedef struct GenParam {
    const char *name;
    int line, col;
    int dot_line, dot_col, addr_line, addr_col; /* receiver only */
    int call_line, call_col;
} GenParam;

typedef struct GenMethod {
    const char *name;
    int line, col;
    int cost;          /* inline cost of the shaped method (gc's -m=2) */
    const char *sig;   /* its shaped signature after (uintptr, *atomic.Pointer[S]): %1$s is the shape */
    const char *body;  /* its body as -m=2 prints it */
    const char *call;  /* the call in the body, as its explanations print it */
    GenParam params[3]; /* the pointer parameters, in the order gc explains their leaks */
    const char *args;  /* the wrapper's arguments after the dictionary */
} GenMethod;

/* sync/atomic.Pointer[T]'s methods in Go 1.19 (type.go), source order.
 * Every pointer parameter leaks to the heap through the call. */
static const GenMethod atomic_pointer[] = {
    {"Load", 50, 22, 6, ") *go.shape.%1$s_0", "{ return (*go.shape.%1$s_0)(atomic.LoadPointer(&atomic.x.v)) }",
     "atomic.LoadPointer(&atomic.x.v)", {{"x", 50, 7, 50, 60, 50, 58, 50, 57}}, ".this"},
    {"Store", 53, 22, 63, ", *go.shape.%1$s_0)", "{ atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) }",
     "atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val))",
     {{"val", 53, 28, 0, 0, 0, 0, 53, 50}, {"x", 53, 7, 53, 53, 53, 51, 53, 50}}, ".this, val"},
    {"Swap", 56, 22, 64, ", *go.shape.%1$s_0) *go.shape.%1$s_0",
     "{ return (*go.shape.%1$s_0)(atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new))) }",
     "atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new))",
     {{"new", 56, 27, 0, 0, 0, 0, 56, 69}, {"x", 56, 7, 56, 72, 56, 70, 56, 69}}, ".this, new"},
    {"CompareAndSwap", 59, 22, 65, ", *go.shape.%1$s_0, *go.shape.%1$s_0) bool",
     "{ return atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) }",
     "atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new))",
     {{"new", 59, 42, 0, 0, 0, 0, 60, 30}, {"old", 59, 37, 0, 0, 0, 0, 60, 30}, {"x", 59, 7, 60, 33, 60, 31, 60, 30}},
     ".this, old, new"}};
enum { NPTR_METHODS = (int)(sizeof atomic_pointer / sizeof atomic_pointer[0]) };

static Vec reported;  /* const char*: "shape.method" already reported */
static Vec instances; /* Type*: instances seen, in order */
static Vec analysed;  /* const char*: "shape.method" already escape-analysed (-m=2) */
static Vec esc_instances; /* Type*: instances seen by escape analysis's walk, in order */
static Vec wrapped;   /* const char*: instance types whose wrappers are written */
static int goroot_file;

static bool once(const char *key) {
    for (int i = 0; i < reported.len; i++)
        if (!strcmp(VEC_AT(reported, const char *, i), key)) return false;
    vec_push(&reported, (void *)key);
    return true;
}

static bool shape_keep; /* the pointer shape being spelled keeps its element */
static bool shape_unmark; /* spelling a shape: the shapes inside it are their underlying types */

/* t with the shapes inside it spelled as their underlying types (a
 * collapsed pointer shape as *uint8), for the func types shape_str
 * leaves to types_targ_string. */
static Type *unmark(Type *t, int depth) {
    if (!t || depth > 8 || !types_has_shape(t)) return t;
    if (t->shape_index && depth > 0) { /* at depth 0: the shape being spelled */
        Type *u = types_underlying(t);
        if (u->kind == TY_POINTER && !t->shape_keep_ptr) return types_new_pointer(types_typ[TY_UINT8]);
        return u != t ? unmark(u, depth + 1) : t;
    }
    switch (t->kind) {
    case TY_POINTER: return types_new_pointer(unmark(t->elem, depth + 1));
    case TY_SLICE: return types_new_slice(unmark(t->elem, depth + 1));
    case TY_ARRAY: return types_new_array(unmark(t->elem, depth + 1), t->len);
    case TY_CHAN: return types_new_chan(t->dir, unmark(t->elem, depth + 1));
    case TY_MAP: return types_new_map(unmark(t->key, depth + 1), unmark(t->elem, depth + 1));
    case TY_TUPLE:
    case TY_STRUCT: {
        Object **v = NEWN(Object *, t->nfields + 1);
        for (int i = 0; i < t->nfields; i++) {
            v[i] = NEW(Object);
            *v[i] = *t->fields[i];
            v[i]->type = unmark(t->fields[i]->type, depth + 1);
        }
        return t->kind == TY_TUPLE ? types_new_tuple(v, t->nfields) : types_new_struct(v, t->nfields);
    }
    case TY_FUNC: return types_new_func(t->recv, unmark(t->params, depth + 1), unmark(t->results, depth + 1), t->variadic);
    default: return t;
    }
}

/* The shape's spelling of a type (gc's LinkString of the shape type).
 * gc makes the shape of a type argument that has shapes inside it (a
 * composite of the calling instance's type parameter) from those shapes'
 * underlying types: []T in Outer[go.shape.struct { main.a int }_0] is
 * spelled []struct { main.a int }, a collapsed pointer *uint8. */
static const char *shape_str(Type *t, int depth) {
    if (!t || depth > 8) return "?";
    if (t->kind < TY_NUM_BASIC) return types_typ[t->kind]->name ? types_typ[t->kind]->name : "?"; /* byte -> uint8 */
    if (shape_unmark && depth > 0 && t->shape_index) {
        Type *u = types_underlying(t);
        if (u->kind == TY_POINTER && !t->shape_keep_ptr) return "*uint8";
        if (u != t) return shape_str(u, depth + 1);
    }
    switch (t->kind) {
    case TY_NAMED: {
        /* gc's link string: the package path, then the instance's type
         * arguments (sync/atomic.Pointer[main.node]) */
        const char *path = t->obj && t->obj->pkg ? (t->obj->pkg->link ? t->obj->pkg->link : t->obj->pkg->name) : NULL;
        const char *r = arena_printf("%s%s%s", path ? path : "", path ? "." : "", t->obj && t->obj->name ? t->obj->name : "?");
        r = arena_printf("%s%s", r, types_local_suffix(t->obj)); /* a local type's number */
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
            r = arena_printf("%s%s%s%s", r, i ? "; " : " ", types_field_link_prefix(f), shape_str(f->type, depth + 1));
            /* the shape is the underlying type, tags and all (gc's
             * LinkString quotes them as tconv does) */
            if (f->tag.len) r = arena_printf("%s %s", r, types_quote(f->tag));
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
            /* unexported method names are qualified with their package */
            const char *mn = ms[i]->name ? ms[i]->name : "?";
            bool exported = mn[0] >= 'A' && mn[0] <= 'Z';
            const char *q = !exported && ms[i]->pkg && ms[i]->pkg->link ? arena_printf("%s.", ms[i]->pkg->link) : "";
            r = arena_printf("%s%s %s%s%s", r, i ? ";" : "", q, mn, sig);
        }
        return arena_printf("%s }", r);
    }
    case TY_CHAN:
        return arena_printf("%s%s", t->dir == DIR_SEND ? "chan<- " : t->dir == DIR_RECV ? "<-chan " : "chan ", shape_str(t->elem, depth + 1));
    case TY_FUNC:
        return types_targ_string(shape_unmark ? unmark(t, depth) : t); /* link strings: main.Bar·1 */
    default:
        return "?";
    }
}

static const char *shape_of(Type *t) {
    bool saved = shape_unmark;
    shape_unmark = true;
    const char *r = shape_str(t ? types_underlying(t) : NULL, 0);
    shape_unmark = saved;
    return r;
}

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
    /* a view spelled as the plain instance is (Pointer[map[go.shape.string_0]int]):
     * gc's shaped function is the plain instance's */
    if (rt->shape_plain && !strcmp(shape_of(rt->targs[0]), shape_of(rt->shape_plain->targs[0]))) return rt->shape_plain;
    return rt;
}

static Pos goroot_pos(int line, int col) {
    if (!goroot_file) goroot_file = file_add("$GOROOT/src/sync/atomic/type.go", "", 0);
    return (Pos){goroot_file, line, col};
}

static bool once_in(Vec *v, const char *key) {
    for (int i = 0; i < v->len; i++)
        if (!strcmp(VEC_AT(*v, const char *, i), key)) return false;
    vec_push(v, (void *)key);
    return true;
}

static void note_instance(Vec *v, Type *inst) {
    for (int i = 0; i < v->len; i++)
        if (VEC_AT(*v, Type *, i) == inst) return;
    vec_push(v, inst);
}

/* The methods of views (an atomic.Pointer whose type argument an instance
 * body spells from its shapes: Pointer[go.shape.struct { main.items []*uint8 }_0]
 * in (*L[go.shape.*uint8_0]).Items): gc stencils each one the body calls
 * when it scans that body, after every other instantiation, so their
 * escape batches come after all the others (the body inlined them: no
 * call edge puts them earlier). */
typedef struct ViewMethod {
    Type *inst;
    int method;
    int seq; /* the calling instance's place in gc's creation order (IrFunc.inst_seq) */
    int at;  /* when met: the calls of one body are met in its order */
} ViewMethod;
static Vec view_methods; /* ViewMethod* in the order the inliner met them */
static int view_methods_met;

static void note_view_method(Type *inst, int method, IrFunc *caller) {
    while (caller && caller->outer) caller = caller->outer;
    int seq = caller ? caller->inst_seq : 0;
    for (int i = 0; i < view_methods.len; i++) {
        ViewMethod *v = view_methods.v[i];
        if (v->method != method || strcmp(shape_of(v->inst->targs[0]), shape_of(inst->targs[0]))) continue;
        if (seq < v->seq) { /* stenciled by the first body scanned that calls it */
            v->seq = seq;
            v->at = view_methods_met;
        }
        view_methods_met++;
        return;
    }
    ViewMethod *v = NEW(ViewMethod);
    v->inst = inst;
    v->method = method;
    v->seq = seq;
    v->at = view_methods_met++;
    vec_push(&view_methods, v);
}

/* ir_report and ir_report_raw for text about sync/atomic.Pointer: its
 * "atomic." qualifiers printed as gc prints them (ir_fmt_atomic_text). */
static void __attribute__((format(printf, 2, 3))) areport(Pos at, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *s = NULL;
    if (vasprintf(&s, fmt, ap) < 0) s = NULL;
    va_end(ap);
    if (!s) return;
    ir_report(at, "%s", ir_fmt_atomic_text(s));
    free(s);
}

static void __attribute__((format(printf, 1, 2))) areport_raw(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *s = NULL;
    if (vasprintf(&s, fmt, ap) < 0) s = NULL;
    va_end(ap);
    if (!s) return;
    ir_report_raw("%s", ir_fmt_atomic_text(s));
    free(s);
}

static void report(Type *inst, const GenMethod *m) {
    const char *shape = shape_of(inst->targs[0]);
    if (!once(arena_printf("%s.%s", shape, m->name))) return;
    Pos at = goroot_pos(m->line, m->col);
    if (ir_mlevel < 2) {
        areport(at, "can inline atomic.(*Pointer[go.shape.%s_0]).%s", shape, m->name);
        return;
    }
    char sig[512], body[512];
    snprintf(sig, sizeof sig, m->sig, shape);
    snprintf(body, sizeof body, m->body, shape);
    areport(at, "can inline atomic.(*Pointer[go.shape.%s_0]).%s with cost %d as: func(uintptr, *atomic.Pointer[go.shape.%s_0]%s %s",
              shape, m->name, m->cost, shape, sig, body);
}

void ir_generic_callee(IrFunc *f, IrFunc *caller) {
    Type *inst = atomic_pointer_instance(f);
    if (!inst || !f->obj || !f->obj->name) return;
    /* a view spelled from an instance body's shapes (types/generic.c
     * instance_methods): gc stencils only the methods that body calls */
    if (!inst->shape_plain) note_instance(&instances, inst);
    for (int i = 0; i < NPTR_METHODS; i++) {
        if (strcmp(atomic_pointer[i].name, f->obj->name)) continue;
        report(inst, &atomic_pointer[i]);
        if (inst->shape_plain) note_view_method(inst, i, caller);
    }
}

/* The instances of atomic.Pointer that are fields of the generic type
 * whose method f is: gc's stenciler lists a type after those in its
 * fields, so their shaped methods are appended to the declarations right
 * before the type's own. */
static int nested_instances(Type *t, Type **out, int n, int max, Vec *seen, int depth) {
    if (!t || n >= max || depth > 8) return n;
    if (ir_generic_std_instance(t)) {
        for (int i = 0; i < n; i++)
            if (out[i] == t) return n;
        out[n++] = t;
        return n;
    }
    /* gc converts an instance's field types with it: a generic instance
     * there (slot[T] holding the atomic.Pointer) lists its own fields'
     * instances first; another named type was converted at its declaration */
    if (t->kind == TY_NAMED) {
        if (!t->ntargs || !t->obj || !t->obj->pkg || t->obj->pkg->is_std) return n;
        for (int i = 0; i < seen->len; i++)
            if (seen->v[i] == t) return n;
        vec_push(seen, t);
        t = types_underlying(t);
    }
    switch (t->kind) {
    case TY_STRUCT:
        for (int i = 0; i < t->nfields; i++)
            n = nested_instances(types_unshape(t->fields[i]->type), out, n, max, seen, depth + 1);
        return n;
    case TY_ARRAY:
        return nested_instances(t->elem, out, n, max, seen, depth + 1);
    default:
        return n;
    }
}

static int field_instances(IrFunc *f, Type **out, int max) {
    if (!ir_is_instance(f) || f->outer || !f->obj->recv_type) return 0;
    Type *t = f->obj->recv_type;
    if (t->kind == TY_POINTER) t = t->elem;
    Type *u = t ? types_underlying(types_unshape(t)) : NULL;
    int n = 0;
    Vec seen = {0};
    for (int i = 0; u && u->kind == TY_STRUCT && i < u->nfields && n < max; i++)
        n = nested_instances(types_unshape(u->fields[i]->type), out, n, max, &seen, 0);
    return n;
}

void ir_generic_rest_before(IrFunc *root) {
    Type *fs[8];
    int n = field_instances(root, fs, 8);
    for (int i = 0; i < n; i++) {
        note_instance(&instances, fs[i]);
        for (int j = 0; j < NPTR_METHODS; j++) report(fs[i], &atomic_pointer[j]);
    }
}

/* The instances no walk met: gc instantiates the methods of every fully
 * instantiated type (a `var p atomic.Pointer[Snap[*rec]]` whose methods
 * only generic bodies call, through views spelled apart), in the order the
 * types were made. */
static void note_unmet(Vec *v) {
    int n = 0;
    Type **insts = types_type_instances(&n);
    for (int i = 0; i < n; i++)
        if (ir_generic_std_instance(insts[i])) note_instance(v, insts[i]);
}

void ir_generic_rest(void) {
    note_unmet(&instances);
    for (int i = 0; i < instances.len; i++)
        for (int j = 0; j < NPTR_METHODS; j++) report(VEC_AT(instances, Type *, i), &atomic_pointer[j]);
}

/* -m=2: escape analysis of a shaped method, as gc's batch for it prints
 * it: an explanation per leaking parameter (a shaped function is DUPOK:
 * no "leaking param" summary).  The text does not depend on the shape. */
static void explain_param(const GenParam *pp) {
    const char *at = ir_fmt_pos(goroot_pos(pp->line, pp->col));
    const GenMethod *m = NULL;
    for (int i = 0; i < NPTR_METHODS && !m; i++)
        for (int k = 0; k < 3; k++)
            if (&atomic_pointer[i].params[k] == pp) m = &atomic_pointer[i];
    areport_raw("%s: parameter atomic.%s leaks to {heap} with derefs=0:", at, pp->name);
    areport_raw("%s:   flow: {heap} = atomic.%s:", at, pp->name);
    if (pp->dot_line) {
        areport_raw("%s:     from atomic.x.v (dot of pointer) at %s", at, ir_fmt_pos(goroot_pos(pp->dot_line, pp->dot_col)));
        areport_raw("%s:     from &atomic.x.v (address-of) at %s", at, ir_fmt_pos(goroot_pos(pp->addr_line, pp->addr_col)));
    }
    areport_raw("%s:     from %s (call parameter) at %s", at, m->call, ir_fmt_pos(goroot_pos(pp->call_line, pp->call_col)));
}

static void analyse(Type *inst, const GenMethod *m) {
    if (!once_in(&analysed, arena_printf("%s.%s", shape_of(inst->targs[0]), m->name))) return;
    for (int k = 0; k < 3 && m->params[k].name; k++) explain_param(&m->params[k]);
}

void ir_generic_escape(IrFunc *f) {
    Type *inst = atomic_pointer_instance(f);
    if (!inst || !f->obj || !f->obj->name || ir_mlevel < 2) return;
    if (!inst->shape_plain) note_instance(&esc_instances, inst);
    for (int i = 0; i < NPTR_METHODS; i++)
        if (!strcmp(atomic_pointer[i].name, f->obj->name)) analyse(inst, &atomic_pointer[i]);
}

/* Methods of the instances met inlined in shaped bodies, in the order
 * met: gc stencils each one as it scans the body that calls it, before
 * the instance's other methods ("inst.k" keys). */
static Vec esc_met;

void ir_generic_escape_note(IrFunc *f) {
    Type *inst = atomic_pointer_instance(f);
    if (!inst || inst->shape_plain) return;
    note_instance(&esc_instances, inst);
    for (int i = 0; i < NPTR_METHODS; i++)
        if (f->obj && f->obj->name && !strcmp(atomic_pointer[i].name, f->obj->name))
            once_in(&esc_met, arena_printf("%p.%d", (void *)inst, i));
}

void ir_generic_escape_rest_before(IrFunc *root) {
    if (ir_mlevel < 2) return;
    Type *fs[8];
    int n = field_instances(root, fs, 8);
    for (int i = 0; i < n; i++) {
        note_instance(&esc_instances, fs[i]);
        for (int j = 0; j < NPTR_METHODS; j++) analyse(fs[i], &atomic_pointer[j]);
    }
}

void ir_generic_escape_rest(void) {
    if (ir_mlevel < 2) return;
    note_unmet(&esc_instances);
    for (int i = 0; i < esc_instances.len; i++) {
        Type *inst = VEC_AT(esc_instances, Type *, i);
        const char *prefix = arena_printf("%p.", (void *)inst);
        /* a type the package's own code made has its methods instantiated
         * with it, in their order */
        for (int k = 0; inst->made_in_body && k < esc_met.len; k++) {
            const char *key = VEC_AT(esc_met, const char *, k);
            if (!strncmp(key, prefix, strlen(prefix))) analyse(inst, &atomic_pointer[atoi(key + strlen(prefix))]);
        }
        for (int j = 0; j < NPTR_METHODS; j++) analyse(inst, &atomic_pointer[j]);
    }
    /* gc scans the shaped bodies in their creation order */
    int n = view_methods.len;
    ViewMethod **vs = NEWN(ViewMethod *, n + 1);
    for (int i = 0; i < n; i++) {
        int j = i;
        for (ViewMethod *v = view_methods.v[i]; j > 0 && (vs[j - 1]->seq > v->seq || (vs[j - 1]->seq == v->seq && vs[j - 1]->at > v->at));
             j--)
            vs[j] = vs[j - 1];
        vs[j] = view_methods.v[i];
    }
    for (int i = 0; i < n; i++) analyse(vs[i]->inst, &atomic_pointer[vs[i]->method]);
}

bool ir_generic_std_instance(Type *t) {
    if (!t || t->kind != TY_NAMED || t->ntargs != 1 || !t->obj || !t->obj->pkg || !t->obj->pkg->path) return false;
    return !strcmp(t->obj->pkg->path, "sync/atomic") && !strcmp(t->obj->name, "Pointer") && !types_mentions_tparams(t) &&
           !types_has_shape(t);
}

const char *ir_generic_std_key(Type *t) {
    return arena_printf("sync/atomic.Pointer[%s]", shape_str(t->targs[0], 1));
}

/* -m=2: the method wrappers of *atomic.Pointer[T] gc writes with the
 * instance's descriptor, methods sorted by name: each calls the shaped
 * method with the instance's dictionary, so its .this and pointer
 * parameters (Go's names and positions) leak through that call. */
void ir_generic_std_wrappers(Type *t) {
    if (ir_mlevel < 2 || !once_in(&wrapped, ir_generic_std_key(t))) return;
    static const int order[] = {3, 0, 1, 2}; /* CompareAndSwap, Load, Store, Swap */
    const char *shape = shape_of(t->targs[0]), *targ = shape_str(t->targs[0], 1);
    for (int i = 0; i < NPTR_METHODS; i++) {
        const GenMethod *m = &atomic_pointer[order[i]];
        const char *call = arena_printf("atomic.(*Pointer[go.shape.%s_0]).%s(&atomic..dict.(*Pointer[%s]).%s, %s)", shape,
                                        m->name, targ, m->name, m->args);
        for (int k = 0; k < 3 && m->params[k].name; k++) {
            const GenParam *pp = &m->params[k];
            const char *at = pp->dot_line ? "<autogenerated>:1" : ir_fmt_pos(goroot_pos(pp->line, pp->col));
            const char *name = pp->dot_line ? ".this" : pp->name;
            areport_raw("%s: parameter %s leaks to {heap} with derefs=0:", at, name);
            areport_raw("%s:   flow: {heap} = %s:", at, name);
            areport_raw("%s:     from %s (call parameter) at <autogenerated>:1", at, call);
        }
    }
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
    *dict = ir_fmt_atomic_text(arena_printf("&atomic..dict.(*Pointer[%s]).%s", shape_str(inst->targs[0], 1), f->obj->name));
    return ir_fmt_atomic_text(arena_printf("atomic.(*Pointer[go.shape.%s_0]).%s", shape_of(inst->targs[0]), f->obj->name));
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

int ir_generic_body_cost(IrFunc *f) {
    int c = ir_generic_cost(f);
    return c < 0 ? -1 : c - 2;
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
        /* a method shaped from a calling body's shapes (Object.plain_inst):
         * its own (marked) arguments; the receiver type is the plain one */
        Type **ta = o->plain_inst ? o->targs : rt->targs;
        const char *base = arena_printf("%s%s", rt->obj->name, shapes(ta, rt->ntargs, g ? g->tparams : NULL, g ? g->ntparams : 0));
        return ptr ? arena_printf("(*%s).%s", base, o->name) : arena_printf("%s.%s", base, o->name);
    }
    Type *gs = o->generic->type;
    return arena_printf("%s%s", o->generic->name, shapes(o->targs, o->ntargs, gs ? gs->tparams : NULL, gs ? gs->ntparams : 0));
}

bool ir_is_instance(IrFunc *f) { return f && f->obj && f->obj->generic; }

/* gc compiles one shaped function per shape, gosub one IrFunc per
 * instance: in each walk over the call graph (the inliner's, escape
 * analysis's) the instance of a shape met first stands for gc's shaped
 * function, met where gc meets it; the others of that shape (shape_dup)
 * report nothing. */
static Vec shape_seen; /* const char*: mnames met in the current walk */

void ir_shape_walk_start(void) { shape_seen = (Vec){0}; }

void ir_shape_walk_visit(IrFunc *f) {
    if (!f || f->outer || !f->mname) return;
    f->shape_dup = false;
    /* a method shaped from a calling body's shapes that no such body
     * calls: gc never makes it (only concrete types get all methods) */
    if (f->obj->plain_inst && !f->inst_seq) {
        f->shape_dup = true;
        return;
    }
    for (int i = 0; i < shape_seen.len; i++)
        if (!strcmp(VEC_AT(shape_seen, const char *, i), f->mname)) {
            f->shape_dup = true;
            return;
        }
    vec_push(&shape_seen, (void *)f->mname);
}

bool ir_in_instance(IrFunc *f) {
    while (f && f->outer) f = f->outer;
    return ir_is_instance(f);
}

bool ir_packed_ddd(IrNode *a) { return a && (a->flags & IRF_IMPLICIT) && (a->op == OSLICELIT || a->op == ONIL); }

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

/* ---- gc's dictionary layout (what sub-dictionary calls print) ----
 *
 * gc passes each shaped function a dictionary: an array of words holding,
 * in order, the runtime types of its type arguments, of every "derived"
 * type its body uses (a type mentioning a shape that is not itself one:
 * []T, Set[T], func(T) bool, ...), the sub-dictionaries of the generic
 * calls whose type arguments depend on its own, itabs for conversions
 * between shaped types and non-empty interfaces (and type assertions
 * from them), and the closures for methods called through a constraint.
 * A call into generic code from an instance reads its sub-dictionary out
 * of that array, and -m prints the read with the array's length:
 *     Set[go.shape.int_0].Len((*(*[6]uintptr)(unsafe.Pointer(.dict)))[.dict], s)
 * so the length is computed here the way gc's stenciler lays it out: a
 * walk over the instance's body as lowered (before inlining), which is
 * shaped like gc's typechecked IR.  Closures share their function's
 * dictionary. */

typedef struct DictWalk {
    Vec derived;  /* const char*: the derived types, by their shaped spelling */
    Vec dtypes;   /* Type*: the same types */
    Vec callees;  /* IrFunc*: the instances the sub-dictionary entries are for */
    Vec closures; /* const char*: "k.name" method expression closures */
    Vec users;    /* IrNode*: calls that print the layout */
    int subdicts, itabs;
    bool mvalue; /* in gc's closure for a method value x.M: its method expression is not in the body gc lays out */
    IrFunc *inst; /* the instance whose dictionary this is */
} DictWalk;

static bool dw_add(Vec *v, const char *k) {
    for (int i = 0; i < v->len; i++)
        if (!strcmp(VEC_AT(*v, const char *, i), k)) return false;
    vec_push(v, (void *)k);
    return true;
}

static void dw_type(DictWalk *w, Type *t) {
    if (!t || t->shape_index || t->kind == TY_TUPLE || !types_has_shape(t)) return;
    if (dw_add(&w->derived, ir_fmt_type(t))) vec_push(&w->dtypes, t);
}

/* a sub-dictionary entry for an instance of generic code */
static void dw_callee(DictWalk *w, IrFunc *f) {
    if (!ir_is_instance(f)) return;
    /* an instance shaped from this body's shapes takes the plain
     * instance's dictionary (Object.plain_inst) */
    if (f->obj->plain_inst) f = ir_func_for_object(f->obj->plain_inst);
    vec_push(&w->callees, f);
}

bool ir_empty_iface(Type *t) {
    if (!t || !types_is_interface(t)) return false;
    int n = 0;
    types_iface_methods(types_underlying(t), &n);
    return n == 0;
}

bool ir_dict_conv(IrNode *n) {
    if (!n || n->op != OCONVIFACE || !n->x || !n->x->type || types_is_interface(n->x->type)) return false;
    if (types_has_shape(n->x->type)) return true;
    return types_has_shape(n->type) && !ir_empty_iface(n->type);
}

bool ir_shape_conv_nop(IrNode *n) {
    if (!n || n->op != OCONVIFACE || !n->x || !n->x->type || !n->type) return false;
    Type *from = n->x->type;
    /* an empty interface to another (E[go.shape.int_0] to any, or back) */
    if (ir_empty_iface(from) && ir_empty_iface(n->type)) return types_has_shape(from) || types_has_shape(n->type);
    /* an explicit conversion of a shape to an interface of the identical
     * underlying type (Describer(v)): gc's Convertop; the implicit one is
     * Assignop's OCONVIFACE (io.WriteString(w, p): io.Writer(w)) */
    return !(n->flags & IRF_IMPLICIT) && from->shape_index && types_identical(types_underlying(from), types_underlying(n->type));
}

bool ir_dict_assert(IrNode *n) {
    if (!n || (n->op != ODOTTYPE && n->op != ODOTTYPE2) || !n->type || !n->x || !n->x->type) return false;
    Type *t = n->type, *x = n->x->type;
    if (ir_empty_iface(t) || (types_is_interface(t) && !types_has_shape(t))) return false;
    return types_has_shape(t) || (types_has_shape(x) && !ir_empty_iface(x));
}

bool ir_dict_i2i(IrNode *n) {
    return n && n->op == OCONVIFACE && n->y && n->y->op == OAS;
}

bool ir_dict_methexpr(IrNode *n) {
    return n && n->op == OMETHEXPR && n->x && n->x->type && n->x->type->shape_index;
}

bool ir_shaped_instance(Type *t) {
    if (t && t->kind == TY_POINTER) t = t->elem;
    return t && t->kind == TY_NAMED && t->ntargs && types_has_shape(t);
}

static void dw_node(DictWalk *w, IrNode *n, bool called);

static void dw_list(DictWalk *w, IrList *l) {
    for (int i = 0; i < l->len; i++) dw_node(w, l->v[i], false);
}

/* A bound call's receiver, and the method it selects. */
static IrNode *bound_recv(IrNode *call) {
    if (call->op == OCALLINTER) return call->x ? call->x->x : NULL;
    return call->list.len ? call->list.v[0] : NULL;
}

static Object *bound_method(IrNode *call) {
    if (call->op == OCALLINTER) return call->x ? call->x->obj : NULL;
    return call->x && call->x->fn ? call->x->fn->obj : NULL;
}

static Type *bound_sig(DictWalk *w, IrNode *call, bool recv_first);
static Type *methexpr_shaped(IrNode *n);

/* the method a bound call selects, as a method expression closure */
static void dw_bound(DictWalk *w, IrNode *call) {
    w->subdicts++; /* gc's optional sub-dictionary for a bound call */
    if (call->op == OCALLFUNC && call->x && call->x->op == OMETHEXPR) dw_callee(w, call->x->fn);
    IrNode *recv = bound_recv(call);
    Object *m = bound_method(call);
    const char *name = m && m->name ? m->name : "?";
    int k = recv && recv->type ? recv->type->shape_index : 0;
    dw_add(&w->closures, arena_printf("%d.%s", k, name));
    vec_push(&w->users, call);
    /* gc's x.M selection has the method's type, a derived type when it
     * mentions the shape (x.Less: func(go.shape.string_0) bool) */
    Type *sel = ir_dict_methexpr(call->x) ? methexpr_shaped(call->x) : bound_sig(w, call, false); /* T.M(x): func(T) */
    if (sel && types_has_shape(sel)) dw_add(&w->derived, ir_fmt_type(sel));
}

static void dw_children(DictWalk *w, IrNode *n) {
    dw_list(w, &n->init);
    dw_node(w, n->x, false);
    dw_node(w, n->y, false);
    dw_node(w, n->z, false);
    dw_node(w, n->w, false);
    dw_list(w, &n->list);
    dw_list(w, &n->rlist);
    dw_list(w, &n->body);
    dw_list(w, &n->els);
}

/* The type of method expression T.M in an instance as gc's stenciler
 * has it: the receiver is T's shape. */
static Type *methexpr_shaped(IrNode *n) {
    Type *t = n->type;
    if (!t || t->kind != TY_FUNC || !t->params || !t->params->nfields) return t;
    int np = t->params->nfields;
    Object **ps = NEWN(Object *, np + 1);
    for (int i = 0; i < np; i++) ps[i] = t->params->fields[i];
    ps[0] = NEW(Object);
    *ps[0] = *t->params->fields[0];
    ps[0]->type = n->x->type;
    return types_new_func(NULL, types_new_tuple(ps, np), t->results, t->variadic);
}

static void dw_node(DictWalk *w, IrNode *n, bool called) {
    if (!n) return;
    switch (n->op) {
    case ONAME:
        if (n->nm && n->nm->cls == PFUNC) {
            /* gc's OFUNCINST: typed with the instantiated signature; not
             * called, it becomes a closure over a sub-dictionary */
            InstRef *ref = n->src ? (InstRef *)n->src->tinfo : NULL;
            if (!ref) return;
            dw_type(w, ref->sig);
            /* the type arguments are the OFUNCINST's children: Two[Node[T]] derives Node[T] */
            for (int i = 0; i < ref->ntargs; i++) dw_type(w, ref->targs[i]);
            if (types_instref_shaped(ref) && !called) {
                w->subdicts++;
                dw_callee(w, n->nm->func);
            }
            return;
        }
        dw_type(w, n->type);
        return;
    case OCALLFUNC:
    case OCALLINTER:
        dw_type(w, n->type);
        dw_list(w, &n->init);
        if (n->flags & IRF_BOUNDCALL) {
            dw_bound(w, n);
            if (n->op == OCALLINTER && n->x) dw_node(w, n->x->x, false);
        } else if (n->op == OCALLINTER) {
            if (n->x) dw_node(w, n->x->x, false); /* the method's type has a receiver: not a derived type */
        } else {
            if (n->flags & IRF_SUBDICT) {
                w->subdicts++;
                vec_push(&w->users, n);
                if (n->x && n->x->op == ONAME && n->x->nm) dw_callee(w, n->x->nm->func);
                if (n->x && n->x->op == OMETHEXPR) dw_callee(w, n->x->fn);
            }
            /* a method call's OMETHEXPR is gc's ODOTMETH, whose type has a
             * receiver: not a derived type */
            if (!(n->flags & IRF_METHCALL)) dw_node(w, n->x, true);
        }
        for (int i = 0; i < n->list.len; i++) {
            IrNode *a = n->list.v[i];
            /* the ... slice is built later in gc (walk), not typed here */
            if (i + 1 == n->list.len && ir_packed_ddd(a)) {
                dw_list(w, &a->list);
                continue;
            }
            dw_node(w, a, false);
        }
        return;
    case OMETHEXPR:
        if (!called && n->x && ir_shaped_instance(n->x->type)) {
            w->subdicts++;
            dw_callee(w, n->fn);
        }
        if (n->x && n->x->type && n->x->type->shape_index) {
            dw_add(&w->closures, arena_printf("%d.%s", n->x->type->shape_index, str_cstr(n->name)));
            if (!called && !w->mvalue) { /* T.M as a value: gc reads its closure, typed func(T, ...) */
                vec_push(&w->users, n);
                dw_type(w, methexpr_shaped(n));
                return;
            }
        }
        if (!w->mvalue) dw_type(w, n->type);
        return;
    case OMETHVALUE: {
        /* a bound method value (an interface type argument's is asserted
         * to the constraint first: x.(Named).Name) */
        IrNode *r = n->x && n->x->op == ODOTTYPE && n->x->x && n->x->x->type && n->x->x->type->shape_index ? n->x->x : n->x;
        if (n->x && ir_shaped_instance(n->x->type)) {
            w->subdicts++;
            dw_callee(w, n->fn);
        } else if (r && r->type && r->type->shape_index) w->itabs++;
        break;
    }
    case OCONVIFACE:
        if (!ir_empty_iface(n->type) && (types_has_shape(n->type) || (n->x && types_has_shape(n->x->type)))) w->itabs++;
        break;
    case ODOTTYPE:
    case ODOTTYPE2:
        if (!types_is_interface(n->type) && n->x && !ir_empty_iface(n->x->type)) w->itabs++;
        break;
    case OSWITCH:
        if (n->x && n->x->op == OTYPESW && n->x->x && !ir_empty_iface(n->x->x->type))
            for (int i = 0; i < n->list.len; i++) {
                IrNode *c = n->list.v[i];
                for (int j = 0; c && j < c->list.len; j++)
                    if (c->list.v[j] && c->list.v[j]->op == OTYPE && types_has_shape(c->list.v[j]->type)) w->itabs++;
            }
        break;
    case OCLOSURE: {
        dw_type(w, n->type);
        bool saved = w->mvalue;
        w->mvalue = n->fn && n->fn->stencil && n->fn->cvars.len; /* capturing .rcvrN: a method value */
        if (n->fn) dw_list(w, &n->fn->body);
        w->mvalue = saved;
        return;
    }
    default:
        break;
    }
    dw_type(w, n->type);
    dw_children(w, n);
}

/* The signature of the method a bound call selects, as gc's typechecker
 * has it: the constraint's method (x.M is selected from the type
 * parameter's method set), its type parameters replaced by this
 * instance's shapes (Set(T) is func(go.shape.struct { ... }_0) where the
 * concrete method takes main.A); with the receiver as first parameter
 * when recv_first. */
static Type *constraint_sig(DictWalk *w, IrNode *call) {
    IrNode *recv = bound_recv(call);
    Object *m = bound_method(call);
    int k = recv && recv->type ? recv->type->shape_index : 0;
    Type *b = m && m->name && k > 0 ? ir_instance_bound(w->inst, k - 1) : NULL;
    int n = 0;
    Object **ms = b ? types_iface_methods(b, &n) : NULL;
    for (int i = 0; i < n; i++)
        if (!strcmp(ms[i]->name, m->name) && ms[i]->type && ms[i]->type->kind == TY_FUNC) return ms[i]->type;
    return NULL;
}

static Type *bound_sig(DictWalk *w, IrNode *call, bool recv_first) {
    IrNode *recv = bound_recv(call);
    Type *rt = recv ? recv->type : NULL;
    Type *mt = constraint_sig(w, call);
    if (!rt || !mt) return NULL;
    int np = mt->params ? mt->params->nfields : 0, k = 0;
    Object **ps = NEWN(Object *, np + 2);
    if (recv_first) {
        ps[k] = NEW(Object);
        ps[k]->kind = OBJ_VAR;
        ps[k++]->type = rt;
    }
    for (int i = 0; i < np; i++) {
        ps[k] = NEW(Object); /* unnamed, as gc prints the conversion */
        *ps[k] = *mt->params->fields[i];
        ps[k++]->name = NULL;
    }
    return types_new_func(NULL, types_new_tuple(ps, k), mt->results, mt->variadic);
}

/* The callee of a bound call as gc prints it: the method expression
 * closure read from the dictionary, converted to the method's type with
 * the receiver first: (func(go.shape.int_0) string)(&dict[i]). */
static const char *bound_callee(DictWalk *w, IrNode *call, const char *entry) {
    Type *ft = bound_sig(w, call, true);
    return ft ? arena_printf("(%s)(&%s)", ir_fmt_type(ft), entry) : NULL;
}

Type *ir_instance_bound(IrFunc *f, int k) {
    while (f && f->outer) f = f->outer;
    if (!ir_is_instance(f) || k < 0) return NULL;
    Object *o = f->obj;
    Type *rt = o->recv_type && o->recv_type->kind == TY_POINTER ? o->recv_type->elem : o->recv_type;
    Type *g = rt ? rt->orig : o->generic ? o->generic->type : NULL;
    Type **targs = rt ? rt->targs : o->targs;
    int n = rt ? rt->ntargs : o->ntargs;
    if (!g || n != g->ntparams || k >= n || !g->tparams[k]->bound) return NULL;
    Type **shapes = NEWN(Type *, n + 1);
    for (int i = 0; i < n; i++) shapes[i] = types_shape_arg(types_unshape(targs[i]), i, g->tparams[i]);
    return types_subst_targs(g->tparams[k]->bound, g->tparams, shapes, n);
}

Type *ir_bound_methods(Type *b) {
    int n = 0;
    Object **ms = b ? types_iface_methods(b, &n) : NULL;
    return n ? types_new_interface(ms, n, NULL, 0) : NULL;
}

void ir_instance_dictionary(IrFunc *f) {
    if (!ir_is_instance(f)) return;
    DictWalk w = {0};
    Object *o = f->obj;
    int nshape = o->ntargs;
    if (o->recv_type) {
        Type *rt = o->recv_type->kind == TY_POINTER ? o->recv_type->elem : o->recv_type;
        nshape = rt ? rt->ntargs : 0;
    }
    /* first, the constraints that mention the type parameters (P
     * interface{ *T; M() }): gc's dictionary holds their shaped types
     * (counted here by their generic spelling) */
    Type *g = o->recv_type ? o->recv_type : o->generic ? o->generic->type : NULL;
    if (g && g->kind == TY_POINTER) g = g->elem;
    if (g && o->recv_type) g = g->orig;
    w.inst = f;
    for (int i = 0; g && i < g->ntparams; i++)
        if (g->tparams[i]->bound && types_mentions_tparams(g->tparams[i]->bound) &&
            dw_add(&w.derived, ir_fmt_type(g->tparams[i]->bound))) {
            /* its descriptor is written with the dictionary (a named
             * one, PtrTo[T], with the package's types): gc's types keep
             * only the methods of an unnamed interface (the type terms
             * go), so P interface{ *T; Reset() } writes
             * interface { Reset() }, and with it its I.M wrappers */
            if (g->tparams[i]->bound->kind == TY_NAMED) continue;
            Type *b = ir_bound_methods(ir_instance_bound(f, i));
            if (b) vec_push(&w.dtypes, b);
        }
    /* gc declares no unnamed or blank parameter or local: not in its Dcl */
    for (int i = 0; i < f->dcl.len; i++) {
        IrName *nm = VEC_AT(f->dcl, IrName *, i);
        if (!nm->is_temp && nm->name && *nm->name && strcmp(nm->name, "_")) dw_type(&w, nm->type);
    }
    dw_list(&w, &f->body);
    f->dict_types = w.dtypes;
    f->dict_callees = w.callees;
    int len = nshape + w.derived.len + w.subdicts + w.itabs + w.closures.len;
    const char *entry = arena_printf("(*(*[%d]uintptr)(unsafe.Pointer(.dict)))[.dict]", len);
    for (int i = 0; i < w.users.len; i++) {
        IrNode *c = VEC_AT(w.users, IrNode *, i);
        if (c->op == OMETHEXPR) c->dict = arena_printf("(%s)(&%s)", ir_fmt_type(methexpr_shaped(c)), entry);
        else c->dict = (c->flags & IRF_BOUNDCALL) ? bound_callee(&w, c, entry) : entry;
    }
}

/* ---- the equality functions gc writes while it stencils ----
 *
 * An itab in an instance's dictionary makes gc write the type's
 * descriptor then, and with it the type's generated equality function
 * (type..eq.main.T) when the type needs one: a comparable struct or array
 * that cannot be compared as plain memory (a float, complex, string or
 * interface field, padding between fields, several elements of such a
 * kind).  That function goes through the inliner like the wrappers:
 * "can inline type..eq.main.T" when it is small.  Its body (gc's geneq):
 * one condition per field to compare, `if cond {} else { goto .neq0 }`
 * for all but the last, `r = last`, then the shared epilogue; runs of
 * memory fields longer than two, strings and interfaces call the
 * runtime (memequal, efaceeq), which is never small enough. */

enum { ALG_MEM, ALG_SPECIAL, ALG_NOEQ, ALG_FLOAT, ALG_STRING, ALG_INTER };

/* padding follows field i of struct u */
static bool padded_field(Type *u, int i) {
    int64_t end = types_offsetof(u, i) + types_sizeof(u->fields[i]->type);
    return end != (i + 1 < u->nfields ? types_offsetof(u, i + 1) : types_sizeof(u));
}

static int alg_of(Type *t, int depth) {
    Type *u = t ? types_underlying(t) : NULL;
    if (!u || depth > 20) return ALG_NOEQ;
    switch (u->kind) {
    case TY_FLOAT32: case TY_FLOAT64: case TY_COMPLEX64: case TY_COMPLEX128:
        return ALG_FLOAT;
    case TY_STRING:
        return ALG_STRING;
    case TY_INTERFACE:
        return ALG_INTER;
    case TY_FUNC: case TY_MAP: case TY_SLICE:
        return ALG_NOEQ;
    case TY_ARRAY: {
        int a = alg_of(u->elem, depth + 1);
        if (a == ALG_MEM || a == ALG_NOEQ) return a;
        if (u->len == 0) return ALG_MEM;
        if (u->len == 1) return a;
        return ALG_SPECIAL;
    }
    case TY_STRUCT: {
        if (u->nfields == 1 && strcmp(u->fields[0]->name ? u->fields[0]->name : "_", "_") != 0)
            return alg_of(u->fields[0]->type, depth + 1);
        int ret = ALG_MEM;
        for (int i = 0; i < u->nfields; i++) {
            Object *f = u->fields[i];
            int a = alg_of(f->type, depth + 1);
            if (a == ALG_NOEQ) return ALG_NOEQ;
            if (a != ALG_MEM) ret = ALG_SPECIAL;
            if (!f->name || !strcmp(f->name, "_")) ret = ALG_SPECIAL;
            if (padded_field(u, i)) ret = ALG_SPECIAL;
        }
        return ret;
    }
    default:
        return ALG_MEM; /* integers, booleans, pointers, channels, unsafe.Pointer */
    }
}

/* The conditions of gc's geneq for t, as printed by -m=2; false when it
 * calls the runtime (then it is too costly to inline). */
/* comparing two values of t can panic (an interface holding an
 * incomparable dynamic type) */
static bool eq_can_panic(Type *t, int depth) {
    Type *u = t ? types_underlying(t) : NULL;
    if (!u || depth > 20) return false;
    if (u->kind == TY_INTERFACE) return true;
    if (u->kind == TY_ARRAY) return u->len > 0 && eq_can_panic(u->elem, depth + 1);
    if (u->kind == TY_STRUCT)
        for (int i = 0; i < u->nfields; i++)
            if (eq_can_panic(u->fields[i]->type, depth + 1)) return true;
    return false;
}

static bool eq_conds(Type *t, Vec *conds, bool *panics) {
    Type *u = types_underlying(t);
    if (u->kind == TY_ARRAY) {
        int a = alg_of(u->elem, 0);
        /* float elements: unrolled by two (no loop below four); others one by one */
        if (a == ALG_STRING || a == ALG_INTER) return false;
        if (a == ALG_FLOAT ? u->len >= 4 : u->len >= 2) return false; /* a loop */
        for (int64_t i = 0; i < u->len; i++) vec_push(conds, (void *)arena_printf("p[%lld] == q[%lld]", (long long)i, (long long)i));
        return true;
    }
    if (u->kind != TY_STRUCT) return false;
    for (int i = 0; i < u->nfields;) {
        Object *f = u->fields[i];
        const char *fn = f->name ? f->name : "_";
        if (!strcmp(fn, "_")) {
            i++;
            continue;
        }
        int a = alg_of(f->type, 0);
        if (a != ALG_MEM) {
            if (a == ALG_STRING) return false; /* length, then a memequal call */
            if (eq_can_panic(f->type, 0)) *panics = true;
            vec_push(conds, (void *)arena_printf("p.%s == q.%s", fn, fn));
            i++;
            continue;
        }
        /* a run of memory fields, stopping after padding and before a
         * blank or non-memory field */
        int next = i;
        for (;;) {
            next++;
            if (next == u->nfields) break;
            if (padded_field(u, next - 1)) break;
            Object *g = u->fields[next];
            if (!g->name || !strcmp(g->name, "_") || alg_of(g->type, 0) != ALG_MEM) break;
        }
        if (next - i > 2) return false; /* memequal */
        for (int k = i; k < next; k++) {
            const char *kn = u->fields[k]->name;
            vec_push(conds, (void *)arena_printf("p.%s == q.%s", kn, kn));
        }
        i = next;
    }
    return true;
}

IrFunc *ir_type_eq_report(Type *t) {
    static Vec done;
    if (!ir_mlevel || !t || t->kind != TY_NAMED || !t->obj || types_has_shape(t)) return NULL;
    if (alg_of(t, 0) != ALG_SPECIAL) return NULL;
    for (int i = 0; i < done.len; i++)
        if (done.v[i] == t) return NULL;
    vec_push(&done, t);
    Vec conds = {0};
    bool panics = false;
    if (!eq_conds(t, &conds, &panics)) {
        /* a runtime call (ir/geneq.c): too costly for the inliner */
        int cost = 0;
        IrFunc *eq = ir_eq_call_func(t, arena_printf("type..eq.%s", shape_str(t, 1)), &cost);
        if (!eq || ir_mlevel < 2) return NULL;
        if (ir_inline_on() && cost > 80)
            ir_report(eq->pos, "cannot inline %s: function too complex: cost %d exceeds budget 80", eq->name, cost);
        return eq;
    }
    if (!ir_inline_on()) return NULL;
    Type *u = types_underlying(t);
    /* each condition: the comparison (5 nodes, an array element's 9) and
     * its if/goto or the final assignment (2); the epilogue 7 */
    int per = u->kind == TY_ARRAY ? 11 : 7;
    int cost = 7 + per * conds.len;
    if (cost > 80) return NULL;
    const char *name = arena_printf("type..eq.%s", shape_str(t, 1)); /* its link name: main.T */
    static int autogen;
    if (!autogen) autogen = file_add("<autogenerated>", "", 0);
    Pos pos = {autogen, 1, 0};
    if (ir_mlevel < 2) {
        ir_report(pos, "can inline %s", name);
        return NULL;
    }
    const char *tn = ir_fmt_type(t);
    const char *body = "";
    for (int i = 0; i + 1 < conds.len; i++)
        body = arena_printf("%sif %s {  } else { goto .neq0 }; ", body, VEC_AT(conds, const char *, i));
    body = conds.len ? arena_printf("%sr = %s", body, VEC_AT(conds, const char *, conds.len - 1)) : "r = true";
    /* the not-equal exit shares the equal one's return when a comparison can panic */
    ir_report(pos, "can inline %s with cost %d as: func(*%s, *%s) bool { %s; .ret1: ; return ; .neq0: ; r = false; %s }", name,
              cost, tn, tn, body, panics ? "goto .ret1" : "return ");
    return NULL;
}
