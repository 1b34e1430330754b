/*
 * universe.c: the predeclared world and the small building blocks of the
 * data model: basic types, type constructors, predicates, objects, scopes,
 * the universe scope and the built-in package unsafe.
 *
 * Invariants: basic types are singletons (types_typ[k], plus the byte/rune
 * aliases that share a kind with uint8/int32); types_init() is idempotent;
 * scopes never hold two objects of the same name; "_" is never inserted.
 */
#include <string.h>

#include "types/types.h"
#include "types/internal.h"

Type *types_typ[TY_NUM_BASIC];
Type *types_byte, *types_rune, *types_error, *types_empty_iface, *types_comparable_iface;
Type *types_any_iface;
Scope *types_universe;
Package *types_unsafe;
Object *types_iota_obj;
Vec types_packages;

/* ---- types ---- */

static Type *new_type(TypeKind k) {
    Type *t = NEW(Type);
    t->kind = k;
    t->size = -1;
    t->align = -1;
    return t;
}

Type *types_new_pointer(Type *elem) {
    Type *t = new_type(TY_POINTER);
    t->elem = elem;
    return t;
}

Type *types_new_slice(Type *elem) {
    Type *t = new_type(TY_SLICE);
    t->elem = elem;
    return t;
}

Type *types_new_array(Type *elem, int64_t len) {
    Type *t = new_type(TY_ARRAY);
    t->elem = elem;
    t->len = len;
    return t;
}

Type *types_new_map(Type *key, Type *elem) {
    Type *t = new_type(TY_MAP);
    t->key = key;
    t->elem = elem;
    return t;
}

Type *types_new_chan(ChanDir dir, Type *elem) {
    Type *t = new_type(TY_CHAN);
    t->dir = dir;
    t->elem = elem;
    return t;
}

Type *types_new_tuple(Object **vars, int n) {
    Type *t = new_type(TY_TUPLE);
    t->fields = vars;
    t->nfields = n;
    return t;
}

static Type *empty_tuple;

Type *types_new_func(Object *recv, Type *params, Type *results, bool variadic) {
    Type *t = new_type(TY_FUNC);
    t->recv = recv;
    t->params = params ? params : types_new_tuple(NULL, 0);
    t->results = results ? results : types_new_tuple(NULL, 0);
    t->variadic = variadic;
    return t;
}

Type *types_new_struct(Object **fields, int nfields) {
    Type *t = new_type(TY_STRUCT);
    t->fields = fields;
    t->nfields = nfields;
    return t;
}

Vec types_interfaces;

Type *types_new_interface(Object **methods, int nmethods, Type **embeddeds, int nembeddeds) {
    Type *t = new_type(TY_INTERFACE);
    vec_push(&types_interfaces, t);
    t->methods = methods;
    t->nmethods = nmethods;
    t->embeddeds = embeddeds;
    t->nembeddeds = nembeddeds;
    return t;
}

Type *types_new_named(Object *tname, Type *underlying) {
    Type *t = new_type(TY_NAMED);
    t->obj = tname;
    t->underlying = underlying;
    if (tname && !tname->type) tname->type = t;
    return t;
}

/* ---- predicates ---- */

Type *types_underlying(Type *t) {
    int guard = 0;
    while (t && t->kind == TY_NAMED && guard++ < 100) {
        if (!t->underlying && t->orig) types_complete_instance(t);
        if (!t->underlying) return types_typ[TY_INVALID];
        t = t->underlying;
    }
    if (!t) return types_typ[TY_INVALID];
    if (t->kind == TY_NAMED) return types_typ[TY_INVALID];
    return t;
}

Type *types_default(Type *t) {
    if (!t || t->kind >= TY_NUM_BASIC) return t;
    switch (t->kind) {
    case TY_UNTYPED_BOOL: return types_typ[TY_BOOL];
    case TY_UNTYPED_INT: return types_typ[TY_INT];
    case TY_UNTYPED_RUNE: return types_rune;
    case TY_UNTYPED_FLOAT: return types_typ[TY_FLOAT64];
    case TY_UNTYPED_COMPLEX: return types_typ[TY_COMPLEX128];
    case TY_UNTYPED_STRING: return types_typ[TY_STRING];
    default: return t;
    }
}

bool types_is_basic(Type *t, int flags) {
    Type *u = types_underlying(t);
    return u->kind < TY_NUM_BASIC && (u->info & flags) != 0;
}

bool types_is_untyped(Type *t) { return t && t->kind < TY_NUM_BASIC && (t->info & BI_UNTYPED); }
bool types_is_integer(Type *t) { return types_is_basic(t, BI_INTEGER); }
bool types_is_unsigned(Type *t) { return types_is_basic(t, BI_UNSIGNED); }
bool types_is_float(Type *t) { return types_is_basic(t, BI_FLOAT); }
bool types_is_complex(Type *t) { return types_is_basic(t, BI_COMPLEX); }
bool types_is_numeric(Type *t) { return types_is_basic(t, BI_NUMERIC); }
bool types_is_string(Type *t) { return types_is_basic(t, BI_STRING); }
bool types_is_boolean(Type *t) { return types_is_basic(t, BI_BOOLEAN); }
bool types_is_const_type(Type *t) { return types_is_basic(t, BI_CONSTTYPE); }
bool types_is_interface(Type *t) { return t && types_underlying(t)->kind == TY_INTERFACE; }
bool types_is_named(Type *t) { return t && (t->kind < TY_NUM_BASIC || t->kind == TY_NAMED || t->kind == TY_TYPEPARAM); }

bool types_has_nil(Type *t) {
    Type *u = types_underlying(t);
    switch (u->kind) {
    case TY_POINTER: case TY_SLICE: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_INTERFACE:
    case TY_UNSAFEPTR:
        return true;
    default:
        return false;
    }
}

/* //go:notinheap: a type declared with it, and arrays and structs of such
 * types, are never in the Go heap (gc's NotInHeap). */
static bool notinheap_rec(Type *t, int depth) {
    if (!t || depth > 32) return false;
    if (t->kind == TY_NAMED && t->obj && t->obj->spec && t->obj->spec->kind == N_TYPESPEC) {
        Str d = t->obj->spec->directive;
        for (int i = 0; i + 12 <= d.len; i++)
            if (!memcmp(d.p + i, "go:notinheap", 12)) return true;
    }
    Type *u = types_underlying(t);
    if (!u) return false;
    if (u->kind == TY_ARRAY) return notinheap_rec(u->elem, depth + 1);
    if (u->kind == TY_STRUCT)
        for (int i = 0; i < u->nfields; i++)
            if (notinheap_rec(u->fields[i]->type, depth + 1)) return true;
    return false;
}

bool types_notinheap(Type *t) { return notinheap_rec(t, 0); }

bool types_notinheap_ptr(Type *t) {
    Type *u = t ? types_underlying(t) : NULL;
    return u && u->kind == TY_POINTER && types_notinheap(u->elem);
}

static bool has_pointers_rec(Type *t, int depth) {
    if (depth > 64) return true;
    Type *u = types_underlying(t);
    switch (u->kind) {
    case TY_POINTER:
        return !types_notinheap(u->elem); /* gc's HasPointers: such a pointer is not scanned */
    case TY_STRING: case TY_UNSAFEPTR: case TY_SLICE: case TY_MAP: case TY_CHAN:
    case TY_FUNC: case TY_INTERFACE:
        return true;
    case TY_ARRAY:
        return u->len > 0 && has_pointers_rec(u->elem, depth + 1);
    case TY_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (has_pointers_rec(u->fields[i]->type, depth + 1)) return true;
        return false;
    default:
        return false;
    }
}

bool types_has_pointers(Type *t) { return has_pointers_rec(t, 0); }

int types_tuple_len(Type *t) {
    if (!t) return 0;
    if (t->kind == TY_TUPLE) return t->nfields;
    return 1;
}

Type *types_tuple_at(Type *t, int i) {
    if (t->kind == TY_TUPLE) return (i >= 0 && i < t->nfields) ? t->fields[i]->type : types_typ[TY_INVALID];
    return t;
}

/* ---- objects and scopes ---- */

Object *types_new_object(ObjKind k, const char *name, Type *t, Pos pos, Package *pkg) {
    Object *o = NEW(Object);
    o->kind = k;
    o->name = name ? intern_c(name) : intern_c("");
    o->type = t;
    o->pos = pos;
    o->pkg = pkg;
    return o;
}

Scope *types_new_scope(Scope *parent, const char *comment) {
    Scope *s = NEW(Scope);
    s->parent = parent;
    s->comment = comment;
    if (parent) s->fn = parent->fn;
    return s;
}

static unsigned name_hash(const char *p) {
    /* names are interned: hash the pointer */
    uintptr_t x = (uintptr_t)p;
    x ^= x >> 17;
    x *= 0x9E3779B1u;
    return (unsigned)(x ^ (x >> 13));
}

static void scope_rehash(Scope *s) {
    int ns = s->nslots ? s->nslots * 2 : 64;
    while (ns < s->nobjs * 2) ns *= 2;
    s->keys = NEWN(const char *, ns);
    s->slots = NEWN(int, ns);
    s->nslots = ns;
    for (int i = 0; i < s->nobjs; i++) {
        unsigned h = name_hash(s->objs[i]->name) & (unsigned)(ns - 1);
        while (s->keys[h]) h = (h + 1) & (unsigned)(ns - 1);
        s->keys[h] = s->objs[i]->name;
        s->slots[h] = i;
    }
}

Object *types_scope_lookup(Scope *s, const char *name) {
    if (!s || !name) return NULL;
    name = intern_c(name);
    if (s->nslots) {
        unsigned h = name_hash(name) & (unsigned)(s->nslots - 1);
        while (s->keys[h]) {
            if (s->keys[h] == name) return s->objs[s->slots[h]];
            h = (h + 1) & (unsigned)(s->nslots - 1);
        }
        return NULL;
    }
    for (int i = 0; i < s->nobjs; i++)
        if (s->objs[i]->name == name) return s->objs[i];
    return NULL;
}

/* Fast path for interned names (the checker always passes interned ones). */
Object *types_scope_lookup_interned(Scope *s, const char *name) {
    if (s->nslots) {
        unsigned h = name_hash(name) & (unsigned)(s->nslots - 1);
        while (s->keys[h]) {
            if (s->keys[h] == name) return s->objs[s->slots[h]];
            h = (h + 1) & (unsigned)(s->nslots - 1);
        }
        return NULL;
    }
    for (int i = 0; i < s->nobjs; i++)
        if (s->objs[i]->name == name) return s->objs[i];
    return NULL;
}

Object *types_scope_lookup_parent(Scope *s, const char *name, Scope **found) {
    name = intern_c(name);
    for (; s; s = s->parent) {
        Object *o = types_scope_lookup_interned(s, name);
        if (o) {
            if (found) *found = s;
            return o;
        }
    }
    if (found) *found = NULL;
    return NULL;
}

Object *types_scope_insert(Scope *s, Object *obj) {
    if (!obj->name || !strcmp(obj->name, "_")) return NULL;
    Object *old = types_scope_lookup_interned(s, obj->name);
    if (old) return old;
    if (s->nobjs == s->cap) {
        int nc = s->cap ? s->cap * 2 : 8;
        Object **nv = NEWN(Object *, nc);
        if (s->nobjs) memcpy(nv, s->objs, sizeof(Object *) * (size_t)s->nobjs);
        s->objs = nv;
        s->cap = nc;
    }
    s->objs[s->nobjs++] = obj;
    if (!obj->parent) obj->parent = s;
    if (s->nslots) {
        if (s->nobjs * 2 > s->nslots) {
            scope_rehash(s);
        } else {
            unsigned h = name_hash(obj->name) & (unsigned)(s->nslots - 1);
            while (s->keys[h]) h = (h + 1) & (unsigned)(s->nslots - 1);
            s->keys[h] = obj->name;
            s->slots[h] = s->nobjs - 1;
        }
    } else if (s->nobjs > 16) {
        scope_rehash(s);
    }
    return NULL;
}

/* ---- the universe ---- */

static Type *basic(TypeKind k, int info, const char *name) {
    Type *t = new_type(k);
    t->info = info;
    t->name = name;
    return t;
}

static void def_type(Scope *s, Type *t, const char *name) {
    Object *o = types_new_object(OBJ_TYPE, name, t, (Pos){0, 0, 0}, NULL);
    types_scope_insert(s, o);
}

static Object *def_builtin(Scope *s, const char *name, BuiltinId id, Package *pkg) {
    Object *o = types_new_object(OBJ_BUILTIN, name, types_typ[TY_INVALID], (Pos){0, 0, 0}, pkg);
    o->bid = id;
    types_scope_insert(s, o);
    return o;
}

static Object *new_var(const char *name, Type *t) {
    Object *o = types_new_object(OBJ_VAR, name, t, (Pos){0, 0, 0}, NULL);
    return o;
}

void types_init(void) {
    if (types_universe) return;
    static const struct {
        TypeKind k;
        int info;
        const char *name;
    } tab[] = {
        {TY_INVALID, 0, "invalid type"},
        {TY_BOOL, BI_BOOLEAN, "bool"},
        {TY_INT, BI_INTEGER, "int"},
        {TY_INT8, BI_INTEGER, "int8"},
        {TY_INT16, BI_INTEGER, "int16"},
        {TY_INT32, BI_INTEGER, "int32"},
        {TY_INT64, BI_INTEGER, "int64"},
        {TY_UINT, BI_INTEGER | BI_UNSIGNED, "uint"},
        {TY_UINT8, BI_INTEGER | BI_UNSIGNED, "uint8"},
        {TY_UINT16, BI_INTEGER | BI_UNSIGNED, "uint16"},
        {TY_UINT32, BI_INTEGER | BI_UNSIGNED, "uint32"},
        {TY_UINT64, BI_INTEGER | BI_UNSIGNED, "uint64"},
        {TY_UINTPTR, BI_INTEGER | BI_UNSIGNED, "uintptr"},
        {TY_FLOAT32, BI_FLOAT, "float32"},
        {TY_FLOAT64, BI_FLOAT, "float64"},
        {TY_COMPLEX64, BI_COMPLEX, "complex64"},
        {TY_COMPLEX128, BI_COMPLEX, "complex128"},
        {TY_STRING, BI_STRING, "string"},
        {TY_UNSAFEPTR, 0, "unsafe.Pointer"},
        {TY_UNTYPED_BOOL, BI_BOOLEAN | BI_UNTYPED, "untyped bool"},
        {TY_UNTYPED_INT, BI_INTEGER | BI_UNTYPED, "untyped int"},
        {TY_UNTYPED_RUNE, BI_INTEGER | BI_UNTYPED, "untyped rune"},
        {TY_UNTYPED_FLOAT, BI_FLOAT | BI_UNTYPED, "untyped float"},
        {TY_UNTYPED_COMPLEX, BI_COMPLEX | BI_UNTYPED, "untyped complex"},
        {TY_UNTYPED_STRING, BI_STRING | BI_UNTYPED, "untyped string"},
        {TY_UNTYPED_NIL, BI_UNTYPED, "untyped nil"},
    };
    for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++) types_typ[tab[i].k] = basic(tab[i].k, tab[i].info, tab[i].name);
    types_byte = basic(TY_UINT8, BI_INTEGER | BI_UNSIGNED, "byte");
    types_rune = basic(TY_INT32, BI_INTEGER, "rune");
    empty_tuple = types_new_tuple(NULL, 0);

    Scope *u = types_new_scope(NULL, "universe");
    types_universe = u;
    for (int k = TY_BOOL; k <= TY_STRING; k++) def_type(u, types_typ[k], types_typ[k]->name);
    def_type(u, types_byte, "byte");
    def_type(u, types_rune, "rune");

    types_empty_iface = types_new_interface(NULL, 0, NULL, 0);
    types_empty_iface->iface_complete = true;
    types_any_iface = types_new_interface(NULL, 0, NULL, 0);
    types_any_iface->iface_complete = true;
    def_type(u, types_any_iface, "any");

    {
        Object *tn = types_new_object(OBJ_TYPE, "error", NULL, (Pos){0, 0, 0}, NULL);
        Type *named = types_new_named(tn, NULL);
        Object *recv = new_var("", named);
        recv->vkind = VAR_PARAM;
        Object *res = new_var("", types_typ[TY_STRING]);
        res->vkind = VAR_RESULT;
        Object **rv = NEWN(Object *, 1);
        rv[0] = res;
        Type *sig = types_new_func(recv, types_new_tuple(NULL, 0), types_new_tuple(rv, 1), false);
        Object *m = types_new_object(OBJ_FUNC, "Error", sig, (Pos){0, 0, 0}, NULL);
        Object **mv = NEWN(Object *, 1);
        mv[0] = m;
        Type *it = types_new_interface(mv, 1, NULL, 0);
        types_iface_methods(it, NULL);
        named->underlying = it;
        types_error = named;
        types_scope_insert(u, tn);
    }
    {
        Object *tn = types_new_object(OBJ_TYPE, "comparable", NULL, (Pos){0, 0, 0}, NULL);
        Type *it = types_new_interface(NULL, 0, NULL, 0);
        it->is_comparable = true;
        it->iface_complete = true;
        Type *named = types_new_named(tn, it);
        types_comparable_iface = named;
        types_scope_insert(u, tn);
    }

    Object *o;
    o = types_new_object(OBJ_CONST, "true", types_typ[TY_UNTYPED_BOOL], (Pos){0, 0, 0}, NULL);
    o->val = const_bool(true);
    types_scope_insert(u, o);
    o = types_new_object(OBJ_CONST, "false", types_typ[TY_UNTYPED_BOOL], (Pos){0, 0, 0}, NULL);
    o->val = const_bool(false);
    types_scope_insert(u, o);
    o = types_new_object(OBJ_CONST, "iota", types_typ[TY_UNTYPED_INT], (Pos){0, 0, 0}, NULL);
    o->val = const_int64(0);
    types_scope_insert(u, o);
    types_iota_obj = o;
    o = types_new_object(OBJ_NIL, "nil", types_typ[TY_UNTYPED_NIL], (Pos){0, 0, 0}, NULL);
    types_scope_insert(u, o);

    static const char *bnames[] = {"append", "cap", "close", "complex", "copy", "delete", "imag",
                                   "len", "make", "new", "panic", "print", "println", "real", "recover"};
    for (int i = 0; i <= BUILTIN_RECOVER; i++) def_builtin(u, bnames[i], (BuiltinId)i, NULL);

    /* package unsafe */
    Package *up = NEW(Package);
    up->path = "unsafe";
    up->link = "unsafe";
    up->name = "unsafe";
    up->scope = types_new_scope(u, "package unsafe");
    up->checked = true;
    up->is_std = true;
    Object *ptn = types_new_object(OBJ_TYPE, "Pointer", types_typ[TY_UNSAFEPTR], (Pos){0, 0, 0}, up);
    types_scope_insert(up->scope, ptn);
    def_builtin(up->scope, "Alignof", BUILTIN_ALIGNOF, up);
    def_builtin(up->scope, "Offsetof", BUILTIN_OFFSETOF, up);
    def_builtin(up->scope, "Sizeof", BUILTIN_SIZEOF, up);
    def_builtin(up->scope, "Add", BUILTIN_ADD, up);
    def_builtin(up->scope, "Slice", BUILTIN_SLICE, up);
    types_unsafe = up;
}

/* ---- small helpers for later stages ---- */

Node *types_unparen(Node *n) {
    while (n && n->kind == N_PAREN) n = n->x;
    return n;
}

Object *types_expr_obj(Node *n) {
    n = types_unparen(n);
    if (!n) return NULL;
    if (n->kind == N_IDENT || n->kind == N_SELECTOR) return n->obj;
    return NULL;
}

Type *types_call_sig(Node *call) {
    if (!call || call->kind != N_CALL || call->sel != CALL_FUNC) return NULL;
    Node *f = types_unparen(call->x);
    if (!f || !f->type) return NULL;
    Type *u = types_underlying(f->type);
    return u->kind == TY_FUNC ? u : NULL;
}

const char *types_obj_qualname(Object *o) {
    if (!o) return "";
    if (o->pkg) return arena_printf("%s.%s", o->pkg->path, o->name);
    return o->name;
}
