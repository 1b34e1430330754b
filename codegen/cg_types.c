/*
 * cg_types.c: Go types in C and at run time.
 *
 * C types.  Scalars map to <stdint.h> types, strings/slices/interfaces to
 * gosub.h's GoString/GoSlice/GoEface/GoIface, maps/chans/funcs to runtime
 * pointers.  Structs and arrays become C structs (arrays wrapped so they are
 * values) keyed by the canonical key of their *underlying* type: a named
 * struct type and its underlying literal share one C struct, so conversions
 * between them cost nothing.  Field layout is gc's amd64 layout
 * (types_offsetof): explicit padding members are inserted wherever C's
 * natural layout would differ (a zero-size final field).
 *
 * Canonical keys (cg_tkey) make type identity a string comparison: basic
 * types by name, defined types by package path and name (a type declared
 * in a function adds its file and position), composites structurally.
 * Keys are interned, so equal keys are equal pointers, and they are the
 * same in every compilation.
 *
 * Descriptors (GoType) are emitted once per key per C file, as weak
 * definitions under a name derived from the key (desc_name): the prebuilt
 * standard library (cg_lib.c) and a program may both define one, and the
 * linker keeps one, so descriptor identity is type identity in the whole
 * executable.  A descriptor's text is built when first requested
 * (requesting the descriptors it points to) and written at the end, when
 * ptrto (the *T descriptor, if this file has one) is known.  Itabs are emitted statically for every conversion of a
 * concrete type to a non-empty interface that the program contains.
 */
#include "codegen/cg_internal.h"

#include <stdlib.h>
#include <string.h>

/* A method of a standard-library type is reachable dynamically only
 * through an interface that names it (itabs, assertions, method values of
 * interfaces) or through the runtime's own lookups by name (fmt's
 * Error/String/Format/GoString, runtime.Error's RuntimeError).  Leaving
 * the others out of its method table keeps their bodies -- and all they
 * reach, e.g. time.Time's calendar methods behind os.File.Stat -- out of
 * every program that merely imports the package. */
static const char **iface_names;
static int niface_names = -1;

static bool iface_named(const char *name) {
    if (niface_names < 0) {
        static const char *const rt_names[] = {"Error", "String", "Format", "GoString", "RuntimeError"};
        Vec v = {0};
        for (size_t i = 0; i < sizeof rt_names / sizeof rt_names[0]; i++) vec_push(&v, (void *)rt_names[i]);
        for (int i = 0; i < types_interfaces.len; i++) {
            int n = 0;
            Object **ms = types_iface_methods(types_interfaces.v[i], &n);
            for (int k = 0; k < n; k++)
                if (ms[k] && ms[k]->name) vec_push(&v, (void *)ms[k]->name);
        }
        iface_names = (const char **)v.v;
        niface_names = v.len;
    }
    for (int i = 0; i < niface_names; i++)
        if (!strcmp(iface_names[i], name)) return true;
    return false;
}

/* T or *T for a named type of a standard package */
static bool std_type(Type *t) {
    if (t->kind == TY_POINTER) t = t->elem;
    return t && t->kind == TY_NAMED && t->obj && t->obj->pkg && t->obj->pkg->is_std;
}

/* ---- a pointer-keyed hash map (keys: interned strings or objects) ---- */
typedef struct PMap {
    const void **k;
    void **v;
    int cap, len;
} PMap;

static void *pmap_get(PMap *m, const void *k) {
    if (!m->cap) return NULL;
    uintptr_t h = ((uintptr_t)k * 0x9E3779B97F4A7C15ull) >> 17;
    for (int i = (int)(h & (uintptr_t)(m->cap - 1));; i = (i + 1) & (m->cap - 1)) {
        if (!m->k[i]) return NULL;
        if (m->k[i] == k) return m->v[i];
    }
}

static void pmap_put(PMap *m, const void *k, void *v) {
    if ((m->len + 1) * 2 > m->cap) {
        PMap n = {0};
        n.cap = m->cap ? m->cap * 2 : 512;
        n.k = arena_alloc((size_t)n.cap * sizeof(void *));
        n.v = arena_alloc((size_t)n.cap * sizeof(void *));
        for (int i = 0; i < m->cap; i++)
            if (m->k[i]) pmap_put(&n, m->k[i], m->v[i]);
        *m = n;
    }
    uintptr_t h = ((uintptr_t)k * 0x9E3779B97F4A7C15ull) >> 17;
    for (int i = (int)(h & (uintptr_t)(m->cap - 1));; i = (i + 1) & (m->cap - 1)) {
        if (!m->k[i]) {
            m->k[i] = k;
            m->v[i] = v;
            m->len++;
            return;
        }
        if (m->k[i] == k) {
            m->v[i] = v;
            return;
        }
    }
}

/* Per canonical key. */
typedef struct TInfo {
    const char *key;
    Type *t;            /* a representative */
    const char *cname;  /* struct/array/tuple: C struct name */
    int defstate;       /* 0 none, 1 defining, 2 defined */
    const char *dsym;   /* descriptor symbol */
    Buf dtext;          /* descriptor initializer up to ptrto */
    bool dbuilt;
} TInfo;

static PMap infos;         /* interned key -> TInfo* */
static Vec pending_structs;/* TInfo* whose C struct is to be defined */
static Vec pending_desc;   /* TInfo* whose descriptor is to be built */
static Vec all_desc;       /* TInfo* with a descriptor, in creation order */
static PMap itabs;         /* interned key -> symbol */
static int nstruct, nitab;

Type *cg_under(Type *t) {
    if (!t) return NULL;
    if (t->kind == TY_NAMED) {
        Type *u = types_underlying(t);
        return u ? u : t;
    }
    return t;
}

static bool is_local_type(Object *o) {
    return o && o->pkg && o->parent && o->parent != o->pkg->scope;
}

static void key_into(Buf *b, Type *t);

static void tuple_key(Buf *b, Type *tup) {
    buf_puts(b, "(");
    for (int i = 0; tup && i < tup->nfields; i++) {
        if (i) buf_puts(b, ",");
        key_into(b, tup->fields[i]->type);
    }
    buf_puts(b, ")");
}

/* The predeclared error, also as an instance body's shape of it (a copy
 * whose shape_plain is error: the same C type and descriptor). */
static bool is_error_type(Type *t) { return t && (t == types_error || t->shape_plain == types_error); }

static void key_into(Buf *b, Type *t) {
    if (!t) {
        buf_puts(b, "?");
        return;
    }
    switch (t->kind) {
    case TY_NAMED: {
        if (is_error_type(t)) {
            buf_puts(b, "error");
            return;
        }
        /* deterministic across compilations (the prebuilt standard
         * library and a program must agree on keys, descriptor names and
         * hashes): package path and name; a type declared inside a
         * function adds its declaration's file and position */
        Object *o = t->orig ? t->orig->obj : t->obj;
        buf_printf(b, "%s.%s", o && o->pkg ? o->pkg->path : "?", o ? o->name : "?");
        if (is_local_type(o)) {
            SrcFile *sf = o->pos.file > 0 ? file_get(o->pos.file) : NULL;
            const char *fn = sf && sf->path ? sf->path : "";
            const char *sl = strrchr(fn, '/');
            buf_printf(b, "@%s:%d:%d", sl ? sl + 1 : fn, (int)o->pos.line, (int)o->pos.col);
        }
        if (t->orig && t->ntargs) {
            buf_puts(b, "[");
            for (int i = 0; i < t->ntargs; i++) {
                if (i) buf_puts(b, ",");
                key_into(b, t->targs[i]);
            }
            buf_puts(b, "]");
        }
        return;
    }
    case TY_POINTER: buf_puts(b, "*"); key_into(b, t->elem); return;
    case TY_SLICE: buf_puts(b, "[]"); key_into(b, t->elem); return;
    case TY_ARRAY: buf_printf(b, "[%lld]", (long long)t->len); key_into(b, t->elem); return;
    case TY_MAP: buf_puts(b, "map["); key_into(b, t->key); buf_puts(b, "]"); key_into(b, t->elem); return;
    case TY_CHAN: buf_printf(b, "chan%d ", (int)t->dir); key_into(b, t->elem); return;
    case TY_FUNC:
        buf_puts(b, "func");
        tuple_key(b, t->params);
        tuple_key(b, t->results);
        if (t->variadic) buf_puts(b, "...");
        return;
    case TY_TUPLE: buf_puts(b, "tuple"); tuple_key(b, t); return;
    case TY_STRUCT:
        buf_puts(b, "struct{");
        for (int i = 0; i < t->nfields; i++) {
            Object *f = t->fields[i];
            if (f->name[0] >= 'a' && f->name[0] <= 'z' && f->pkg) buf_printf(b, "%s.", f->pkg->path);
            buf_printf(b, "%s%s ", (f->vflags & VF_EMBEDDED) ? "!" : "", f->name);
            key_into(b, f->type);
            if (f->tag.len) buf_printf(b, " `%.*s`", f->tag.len, f->tag.p);
            buf_puts(b, ";");
        }
        buf_puts(b, "}");
        return;
    case TY_INTERFACE: {
        int n = 0;
        Object **ms = types_iface_methods(t, &n);
        buf_puts(b, "iface{");
        for (int i = 0; i < n; i++) {
            buf_printf(b, "%s", ms[i]->name);
            key_into(b, ms[i]->type);
            buf_puts(b, ";");
        }
        buf_puts(b, "}");
        return;
    }
    default:
        if (t == types_byte) t = types_typ[TY_UINT8];
        if (t == types_rune) t = types_typ[TY_INT32];
        if (t->kind < TY_NUM_BASIC) buf_puts(b, types_typ[t->kind]->name);
        else buf_printf(b, "kind%d", (int)t->kind);
        return;
    }
}

const char *cg_tkey(Type *t) {
    Buf b = {0};
    key_into(&b, t);
    const char *k = intern(b.p, (int)b.len);
    return k;
}

static TInfo *info(Type *t) {
    const char *k = cg_tkey(t);
    TInfo *ti = pmap_get(&infos, k);
    if (!ti) {
        ti = NEW(TInfo);
        ti->key = k;
        ti->t = t;
        pmap_put(&infos, k, ti);
    }
    return ti;
}

bool cg_is_iface(Type *t) { return t && cg_under(t) && cg_under(t)->kind == TY_INTERFACE; }

bool cg_is_empty_iface(Type *t) {
    Type *u = cg_under(t);
    if (!u || u->kind != TY_INTERFACE) return false;
    int n = 0;
    types_iface_methods(u, &n);
    return n == 0;
}

bool cg_is_direct_iface(Type *t) {
    Type *u = cg_under(t);
    if (!u) return false;
    switch (u->kind) {
    case TY_POINTER: return !types_notinheap(u->elem); /* gc's IsDirectIface */
    case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR: return true;
    case TY_STRUCT: return u->nfields == 1 && cg_is_direct_iface(u->fields[0]->type);
    case TY_ARRAY: return u->len == 1 && cg_is_direct_iface(u->elem);
    default: return false;
    }
}

static const char *c_keywords[] = {
    "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum",
    "extern", "float", "for", "goto", "if", "inline", "int", "long", "register", "restrict", "return",
    "short", "signed", "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void",
    "volatile", "while", "bool", "true", "false", "asm", "typeof", "main", "errno", "stdin", "stdout",
    "stderr", "memcpy", "memset", "memcmp", "memmove", "strlen", "NULL", "_Bool", "abs", "exit",
    "setjmp", "longjmp", "offsetof", "assert", "alignof", "noreturn", "unix", "linux", "sigsetjmp", "strdupa",
    "strndupa", "alignas", "static_assert", "complex", "imaginary", "thread_local", NULL};

bool cg_reserved(const char *s);
bool cg_reserved(const char *s) {
    for (int i = 0; c_keywords[i]; i++)
        if (!strcmp(s, c_keywords[i])) return true;
    if (!strncmp(s, "go_", 3) || !strncmp(s, "rt_", 3) || !strncmp(s, "Go", 2) || !strncmp(s, "T_", 2) ||
        !strncmp(s, "cg_", 3) || !strncmp(s, "__", 2))
        return true;
    /* C reserves _X... (C11's _Alignas, _Atomic, _Generic ...); the
     * headers' macros are spelled without lower-case letters (SIZE_MAX,
     * INT64_C, NULL) and their types end in _t (size_t, int64_t): a Go
     * name of those shapes is renamed rather than listed one by one. */
    if (s[0] == '_' && s[1] >= 'A' && s[1] <= 'Z') return true;
    bool lower = false, upper = false;
    for (const char *p = s; *p; p++) {
        if (*p >= 'a' && *p <= 'z') lower = true;
        if (*p >= 'A' && *p <= 'Z') upper = true;
    }
    if (upper && !lower) return true;
    size_t n = strlen(s);
    if (n >= 2 && s[n - 2] == '_' && s[n - 1] == 't') return true;
    return false;
}

const char *cg_field_name(Type *st, int i) {
    Object *f = st->fields[i];
    if (!strcmp(f->name, "_")) return arena_printf("_b%d", i);
    const char *id = cg_ident(f->name);
    if (cg_reserved(id) || !strncmp(id, "_pad", 4)) return arena_printf("%s_", id);
    return id;
}

static const char *basic_ctype(TypeKind k) {
    switch (k) {
    case TY_BOOL: case TY_UNTYPED_BOOL: return "bool";
    case TY_INT: case TY_INT64: case TY_UNTYPED_INT: return "int64_t";
    case TY_INT8: return "int8_t";
    case TY_INT16: return "int16_t";
    case TY_INT32: case TY_UNTYPED_RUNE: return "int32_t";
    case TY_UINT: case TY_UINT64: return "uint64_t";
    case TY_UINT8: return "uint8_t";
    case TY_UINT16: return "uint16_t";
    case TY_UINT32: return "uint32_t";
    case TY_UINTPTR: return "uintptr_t";
    case TY_FLOAT32: return "float";
    case TY_FLOAT64: case TY_UNTYPED_FLOAT: return "double";
    case TY_COMPLEX64: return "_Complex float";
    case TY_COMPLEX128: case TY_UNTYPED_COMPLEX: return "_Complex double";
    case TY_STRING: case TY_UNTYPED_STRING: return "GoString";
    case TY_UNSAFEPTR: case TY_UNTYPED_NIL: return "void *";
    default: return "void *";
    }
}

static const char *named_cname(Type *t) {
    Object *o = t->orig ? t->orig->obj : t->obj;
    const char *base = arena_printf("%s_%s", cg_pkgprefix(o && o->pkg ? o->pkg->path : "main"),
                                    cg_ident(o ? o->name : "T"));
    if (is_local_type(o) || t->orig) base = arena_printf("%s_%d", base, ++nstruct);
    return base;
}

static const char *struct_cname(Type *u, Type *named) {
    TInfo *ti = info(u);
    if (!ti->cname) {
        if (named && named->kind == TY_NAMED && !is_error_type(named)) ti->cname = named_cname(named);
        else ti->cname = arena_printf("%s_%d", u->kind == TY_ARRAY ? "A" : u->kind == TY_TUPLE ? "R" : "S", ++nstruct);
        ti->t = u;
        buf_printf(&cg_out.fwd, "typedef struct %s %s; /* %s */\n", ti->cname, ti->cname,
                   u->kind == TY_TUPLE ? "results" : types_string(named ? named : u));
        vec_push(&pending_structs, ti);
    }
    return ti->cname;
}

const char *cg_ctype(Type *t) {
    Type *u = cg_under(t);
    if (!u) return "void *";
    switch (u->kind) {
    case TY_POINTER: {
        /* type N *N: the recursion is cut with void * */
        static Type *inprog[64];
        static int ninprog;
        for (int i = 0; i < ninprog; i++)
            if (inprog[i] == t) return "void *";
        if (ninprog >= 64) return "void *";
        inprog[ninprog++] = t;
        const char *r = arena_printf("%s*", cg_ctype(u->elem));
        ninprog--;
        return r;
    }
    case TY_SLICE: return "GoSlice";
    case TY_MAP: return "GoMap *";
    case TY_CHAN: return "GoChan *";
    case TY_FUNC: return "GoFunc *";
    case TY_INTERFACE: return cg_is_empty_iface(u) ? "GoEface" : "GoIface";
    case TY_STRUCT: case TY_ARRAY: return struct_cname(u, t);
    case TY_TUPLE: return cg_tuple_ctype(u);
    default: return basic_ctype(u->kind);
    }
}

const char *cg_tuple_ctype(Type *tuple) {
    if (!tuple || tuple->kind != TY_TUPLE) return cg_ctype(tuple);
    return struct_cname(tuple, NULL);
}

Type *cg_new_struct(Type **ftypes, const char **names, int n) {
    Object **fs = NEWN(Object *, n > 0 ? n : 1);
    for (int i = 0; i < n; i++) {
        fs[i] = types_new_object(OBJ_VAR, names[i], ftypes[i], (Pos){0, 0, 0}, NULL);
        fs[i]->vkind = VAR_FIELD;
        fs[i]->index = i;
    }
    return types_new_struct(fs, n);
}

static void define_struct(TInfo *ti) {
    if (ti->defstate) return;
    if (!ti->cname) cg_ctype(ti->t);
    ti->defstate = 1;
    Type *u = ti->t;
    Buf b = {0};
    if (u->kind == TY_ARRAY) {
        Type *eu = cg_under(u->elem);
        const char *ect = cg_ctype(u->elem);
        if (eu && (eu->kind == TY_STRUCT || eu->kind == TY_ARRAY)) define_struct(info(eu));
        buf_printf(&b, "struct %s { %s a[%lld]; };\n", ti->cname, ect, (long long)u->len);
    } else if (u->kind == TY_TUPLE) {
        buf_printf(&b, "struct %s {", ti->cname);
        for (int i = 0; i < u->nfields; i++) {
            Type *ft = u->fields[i]->type;
            Type *fu = cg_under(ft);
            if (fu && (fu->kind == TY_STRUCT || fu->kind == TY_ARRAY)) define_struct(info(fu));
            buf_printf(&b, " %s r%d;", cg_ctype(ft), i);
        }
        buf_puts(&b, " };\n");
    } else {
        buf_printf(&b, "struct %s {", ti->cname);
        int64_t off = 0;
        int npad = 0;
        for (int i = 0; i < u->nfields; i++) {
            Type *ft = u->fields[i]->type;
            Type *fu = cg_under(ft);
            if (fu && (fu->kind == TY_STRUCT || fu->kind == TY_ARRAY)) define_struct(info(fu));
            int64_t al = types_alignof(ft);
            if (al > 1) off = (off + al - 1) / al * al;
            int64_t want = types_offsetof(u, i);
            if (want > off) buf_printf(&b, " uint8_t _pad%d[%lld];", npad++, (long long)(want - off));
            buf_printf(&b, " %s %s;", cg_ctype(ft), cg_field_name(u, i));
            off = want + types_sizeof(ft);
        }
        int64_t size = types_sizeof(u);
        if (size > off) buf_printf(&b, " uint8_t _pad%d[%lld];", npad++, (long long)(size - off));
        buf_puts(&b, " };\n");
    }
    buf_append(&cg_out.structs, &b);
    ti->defstate = 2;
}

bool cg_has_pointers(Type *t) {
    Type *u = cg_under(t);
    if (!u) return false;
    switch (u->kind) {
    case TY_POINTER: case TY_SLICE: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_INTERFACE: case TY_STRING:
    case TY_UNSAFEPTR:
        return true;
    case TY_ARRAY: return u->len > 0 && cg_has_pointers(u->elem);
    case TY_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (cg_has_pointers(u->fields[i]->type)) return true;
        return false;
    default: return false;
    }
}

/* ---- pointer masks ---- */
static void mask_set(uint8_t *bits, int64_t nbits, int64_t off) {
    int64_t w = off / 8;
    if (w < nbits) bits[w / 8] |= (uint8_t)(1u << (w % 8));
}

static void mask_of(Type *t, int64_t off, uint8_t *bits, int64_t nbits) {
    Type *u = cg_under(t);
    if (!u) return;
    switch (u->kind) {
    case TY_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR: case TY_STRING: case TY_SLICE:
        mask_set(bits, nbits, off);
        return;
    case TY_INTERFACE:
        mask_set(bits, nbits, off);
        mask_set(bits, nbits, off + 8);
        return;
    case TY_ARRAY: {
        if (!cg_has_pointers(u->elem)) return;
        int64_t es = types_sizeof(u->elem);
        for (int64_t i = 0; i < u->len; i++) mask_of(u->elem, off + i * es, bits, nbits);
        return;
    }
    case TY_STRUCT:
        for (int i = 0; i < u->nfields; i++) mask_of(u->fields[i]->type, off + types_offsetof(u, i), bits, nbits);
        return;
    default: return;
    }
}

static int64_t ptrdata_of(Type *t) {
    Type *u = cg_under(t);
    if (!u || !cg_has_pointers(t)) return 0;
    switch (u->kind) {
    case TY_STRING: case TY_SLICE: case TY_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR:
        return 8;
    case TY_INTERFACE: return 16;
    case TY_ARRAY: return (u->len - 1) * types_sizeof(u->elem) + ptrdata_of(u->elem);
    case TY_STRUCT: {
        int64_t pd = 0;
        for (int i = 0; i < u->nfields; i++)
            if (cg_has_pointers(u->fields[i]->type)) pd = types_offsetof(u, i) + ptrdata_of(u->fields[i]->type);
        return pd;
    }
    default: return 0;
    }
}

/* ---- descriptors ---- */

static const char *basic_desc(Type *t) {
    if (is_error_type(t)) return "go_type_error";
    if (t->kind == TY_INTERFACE && cg_is_empty_iface(t)) return "go_type_empty_iface";
    if (t->kind >= TY_NUM_BASIC) return NULL;
    switch (t->kind) {
    case TY_BOOL: return "go_type_bool";
    case TY_INT: return "go_type_int";
    case TY_INT8: return "go_type_int8";
    case TY_INT16: return "go_type_int16";
    case TY_INT32: return "go_type_int32";
    case TY_INT64: return "go_type_int64";
    case TY_UINT: return "go_type_uint";
    case TY_UINT8: return "go_type_uint8";
    case TY_UINT16: return "go_type_uint16";
    case TY_UINT32: return "go_type_uint32";
    case TY_UINT64: return "go_type_uint64";
    case TY_UINTPTR: return "go_type_uintptr";
    case TY_FLOAT32: return "go_type_float32";
    case TY_FLOAT64: return "go_type_float64";
    case TY_COMPLEX64: return "go_type_complex64";
    case TY_COMPLEX128: return "go_type_complex128";
    case TY_STRING: return "go_type_string";
    case TY_UNSAFEPTR: return "go_type_unsafe_pointer";
    default: return NULL;
    }
}

static const char *k_of(TInfo *ti) { return ti->key; }

/* 64-bit FNV-1a of a canonical key: the suffix that makes descriptor
 * names of composite, local and instantiated types unique. */
static uint64_t key_hash64(const char *k) {
    uint64_t h = 14695981039346656037ull;
    for (; *k; k++) h = (h ^ (uint8_t)*k) * 1099511628211ull;
    return h;
}

/* A descriptor's symbol, the same in every compilation that needs the type
 * (the library's and a program's copies are weak definitions the linker
 * merges, so a type has one descriptor address at run time): T_pkg_Name
 * for a package-level defined type, else T_ plus the type's spelling made
 * an identifier (shortened) and a hash of its key. */
static const char *desc_name(Type *t, const char *key) {
    Object *o = t->kind == TY_NAMED ? (t->orig ? t->orig->obj : t->obj) : NULL;
    if (o && !t->orig && !is_local_type(o))
        return arena_printf("T_%s_%s", cg_pkgprefix(o->pkg ? o->pkg->path : "main"), cg_ident(o->name));
    const char *s = types_string(t);
    Buf b = {0};
    for (; *s && b.len < 24; s++) {
        char c = *s;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) buf_printf(&b, "%c", c);
        else if (c == '*') buf_puts(&b, "p");
        else if (c == '[') buf_puts(&b, "S");
        else if (b.len && b.p[b.len - 1] != '_') buf_puts(&b, "_");
    }
    return arena_printf("T_%s_%016llx", buf_str(&b), (unsigned long long)key_hash64(key));
}

const char *cg_desc(Type *t) {
    if (!t) return "NULL";
    if (t->kind == TY_UNTYPED_NIL) return "NULL";
    if (t->kind > TY_INVALID && t->kind < TY_NUM_BASIC && types_is_untyped(t)) t = types_default(t);
    const char *b = basic_desc(t);
    if (b) return arena_printf("&%s", b);
    TInfo *ti = info(t);
    if (!ti->dsym) {
        ti->t = t;
        ti->dsym = desc_name(t, k_of(ti));
        buf_printf(&cg_out.descfwd, "extern const GoType %s; /* %s */\n", ti->dsym, types_string(t));
        vec_push(&pending_desc, ti);
        vec_push(&all_desc, ti);
    }
    return arena_printf("&%s", ti->dsym);
}

static int go_kind(Type *u) {
    switch (u->kind) {
    case TY_BOOL: return 1;
    case TY_INT: return 2;
    case TY_INT8: return 3;
    case TY_INT16: return 4;
    case TY_INT32: return 5;
    case TY_INT64: return 6;
    case TY_UINT: return 7;
    case TY_UINT8: return 8;
    case TY_UINT16: return 9;
    case TY_UINT32: return 10;
    case TY_UINT64: return 11;
    case TY_UINTPTR: return 12;
    case TY_FLOAT32: return 13;
    case TY_FLOAT64: return 14;
    case TY_COMPLEX64: return 15;
    case TY_COMPLEX128: return 16;
    case TY_ARRAY: return 17;
    case TY_CHAN: return 18;
    case TY_FUNC: return 19;
    case TY_INTERFACE: return 20;
    case TY_MAP: return 21;
    case TY_POINTER: return 22;
    case TY_SLICE: return 23;
    case TY_STRING: return 24;
    case TY_STRUCT: return 25;
    case TY_UNSAFEPTR: return 26;
    default: return 0;
    }
}

static uint32_t key_hash(const char *k) {
    uint32_t h = 2166136261u;
    for (; *k; k++) h = (h ^ (uint8_t)*k) * 16777619u;
    return h;
}

static void eq_hash_fns(TInfo *ti, Type *t, const char **eq, const char **hf) {
    Type *u = cg_under(t);
    *eq = "NULL";
    *hf = "NULL";
    if (!types_comparable(t)) return;
    switch (u->kind) {
    case TY_BOOL: case TY_INT8: case TY_UINT8: *eq = "rt_memequal8"; *hf = "rt_memhash8"; return;
    case TY_INT16: case TY_UINT16: *eq = "rt_memequal16"; *hf = "rt_memhash16"; return;
    case TY_INT32: case TY_UINT32: *eq = "rt_memequal32"; *hf = "rt_memhash32"; return;
    case TY_INT: case TY_INT64: case TY_UINT: case TY_UINT64: case TY_UINTPTR: case TY_POINTER: case TY_CHAN:
    case TY_UNSAFEPTR:
        *eq = "rt_memequal64";
        *hf = "rt_memhash64";
        return;
    case TY_FLOAT32: *eq = "rt_f32equal"; *hf = "rt_f32hash"; return;
    case TY_FLOAT64: *eq = "rt_f64equal"; *hf = "rt_f64hash"; return;
    case TY_COMPLEX64: *eq = "rt_c64equal"; *hf = "rt_c64hash"; return;
    case TY_COMPLEX128: *eq = "rt_c128equal"; *hf = "rt_c128hash"; return;
    case TY_STRING: *eq = "rt_strequal"; *hf = "rt_strhash"; return;
    case TY_INTERFACE:
        if (cg_is_empty_iface(u)) {
            *eq = "rt_efaceeq_p";
            *hf = "rt_efacehash";
        } else {
            *eq = "rt_ifaceeq_p";
            *hf = "rt_ifacehash";
        }
        return;
    default: break;
    }
    *eq = arena_printf("%s_eq", ti->dsym);
    *hf = arena_printf("%s_hash", ti->dsym);
    buf_printf(&cg_out.wrappers,
               "static bool %s(const void *a, const void *b) { return rt_typed_equal(&%s, a, b); }\n"
               "static uintptr_t %s(const void *p, uintptr_t seed) { return rt_typed_hash(&%s, p, seed); }\n",
               *eq, ti->dsym, *hf, ti->dsym);
    buf_printf(&cg_out.protos, "static bool %s(const void *a, const void *b);\nstatic uintptr_t %s(const void *p, uintptr_t seed);\n",
               *eq, *hf);
}

static bool exported(const char *n) { return n[0] >= 'A' && n[0] <= 'Z'; }

static Type *method_sig(Object *m) {
    Type *s = m->type;
    return types_new_func(NULL, s->params, s->results, s->variadic);
}

static const char *type_list(Type **ts, int n, const char *sym, const char *suffix) {
    if (n == 0) return "NULL";
    Buf b = {0};
    buf_printf(&b, "static const GoType *const %s_%s[%d] = {", sym, suffix, n);
    for (int i = 0; i < n; i++) buf_printf(&b, "%s%s", i ? ", " : "", cg_desc(ts[i]));
    buf_puts(&b, "};\n");
    buf_append(&cg_out.desc, &b);
    return arena_printf("%s_%s", sym, suffix);
}

static const char *c_escape(const char *s) {
    Buf b = {0};
    for (; *s; s++) {
        if (*s == '"' || *s == '\\') buf_printf(&b, "\\%c", *s);
        else if ((unsigned char)*s < 32 || (unsigned char)*s >= 127) buf_printf(&b, "\\%03o", (unsigned char)*s);
        else buf_printf(&b, "%c", *s);
    }
    const char *r = arena_strdup(buf_str(&b));
    return r;
}

static void build_desc(TInfo *ti) {
    Type *t = ti->t;
    Type *u = cg_under(t);
    const char *sym = ti->dsym;
    Buf *b = &ti->dtext;
    int64_t size = types_sizeof(t), align = types_alignof(t);
    int64_t pd = ptrdata_of(t);
    int flags = 0;
    if (types_comparable(t) && u->kind != TY_STRUCT && u->kind != TY_ARRAY) flags |= 1;
    if ((u->kind == TY_STRUCT || u->kind == TY_ARRAY) && types_comparable(t)) flags |= 1;
    if (t->kind == TY_NAMED) flags |= 2;
    if (cg_is_direct_iface(t)) flags |= 4;
    if (pd == 0) flags |= 8;
    const char *eq, *hf;
    eq_hash_fns(ti, t, &eq, &hf);
    /* gcmask */
    const char *mask = "NULL";
    if (pd > 0) {
        int64_t nwords = pd / 8;
        uint8_t *bits = arena_alloc((size_t)(nwords + 7) / 8 + 1);
        mask_of(t, 0, bits, nwords);
        Buf mb = {0};
        buf_printf(&mb, "static const uint8_t %s_mask[%lld] = {", sym, (long long)(nwords + 7) / 8);
        for (int64_t i = 0; i < (nwords + 7) / 8; i++) buf_printf(&mb, "%s0x%02x", i ? "," : "", bits[i]);
        buf_puts(&mb, "};\n");
        buf_append(&cg_out.desc, &mb);
        mask = arena_printf("%s_mask", sym);
    }
    const char *str = types_string(t);
    const char *pkgpath = "NULL";
    if (t->kind == TY_NAMED && t->obj && t->obj->pkg) pkgpath = arena_printf("\"%s\"", t->obj->pkg->path);
    const char *elem = "NULL", *key = "NULL";
    long long len = 0;
    const char *fields = "NULL";
    int nfields = 0;
    const char *imethods = "NULL";
    int nimethods = 0;
    const char *in = "NULL";
    int nin = 0, nout = 0;
    bool variadic = false;
    switch (u->kind) {
    case TY_POINTER: case TY_SLICE: elem = cg_desc(u->elem); break;
    case TY_ARRAY: elem = cg_desc(u->elem); len = u->len; break;
    case TY_CHAN: elem = cg_desc(u->elem); len = u->dir == DIR_BOTH ? 3 : u->dir == DIR_RECV ? 1 : 2; break;
    case TY_MAP: elem = cg_desc(u->elem); key = cg_desc(u->key); break;
    case TY_STRUCT: {
        nfields = u->nfields;
        if (nfields) {
            Buf fb = {0};
            const char **fd = NEWN(const char *, nfields);
            for (int i = 0; i < nfields; i++) fd[i] = cg_desc(u->fields[i]->type);
            buf_printf(&fb, "static const GoField %s_fields[%d] = {", sym, nfields);
            for (int i = 0; i < nfields; i++) {
                Object *f = u->fields[i];
                buf_printf(&fb, "%s{\"%s\", %s, %lld, %s, %s}", i ? ", " : "", f->name, fd[i],
                           (long long)types_offsetof(u, i), (f->vflags & VF_EMBEDDED) ? "true" : "false",
                           exported(f->name) ? "true" : "false");
            }
            buf_puts(&fb, "};\n");
            buf_append(&cg_out.desc, &fb);
            fields = arena_printf("%s_fields", sym);
        }
        break;
    }
    case TY_INTERFACE: {
        Object **ms = types_iface_methods(u, &nimethods);
        if (nimethods) {
            const char **md = NEWN(const char *, nimethods);
            for (int i = 0; i < nimethods; i++) md[i] = cg_desc(method_sig(ms[i]));
            Buf fb = {0};
            buf_printf(&fb, "static const GoIMethod %s_imethods[%d] = {", sym, nimethods);
            for (int i = 0; i < nimethods; i++) buf_printf(&fb, "%s{\"%s\", %s}", i ? ", " : "", ms[i]->name, md[i]);
            buf_puts(&fb, "};\n");
            buf_append(&cg_out.desc, &fb);
            imethods = arena_printf("%s_imethods", sym);
        }
        break;
    }
    case TY_FUNC: {
        nin = u->params ? u->params->nfields : 0;
        nout = u->results ? u->results->nfields : 0;
        variadic = u->variadic;
        Type **ts = NEWN(Type *, nin + nout + 1);
        for (int i = 0; i < nin; i++) ts[i] = u->params->fields[i]->type;
        for (int i = 0; i < nout; i++) ts[nin + i] = u->results->fields[i]->type;
        in = type_list(ts, nin + nout, sym, "in");
        break;
    }
    default: break;
    }
    /* methods (a standard-library type's only when some interface names
     * them: see iface_named) */
    const char *methods = "NULL";
    int nmethods = 0;
    if (u->kind != TY_INTERFACE) {
        MethodSet *ms = types_method_set(t);
        if (ms && ms->len) {
            Buf mb = {0};
            const char **lines = NEWN(const char *, ms->len);
            int nl = 0;
            bool prune = std_type(t);
            for (int i = 0; i < ms->len; i++) {
                Selection *s = ms->v[i];
                Object *m = s->obj;
                if (prune && !iface_named(m->name)) continue;
                const char *mt = cg_desc(method_sig(m));
                const char *ifn = cg_method_wrapper(t, s, true);
                const char *tfn = cg_method_wrapper(t, s, false);
                lines[nl++] = arena_printf("{\"%s\", %s, (void (*)(void))%s, (void (*)(void))%s}", m->name, mt, ifn, tfn);
            }
            if (nl) {
                buf_printf(&mb, "static const GoMethod %s_methods[%d] = {", sym, nl);
                for (int i = 0; i < nl; i++) buf_printf(&mb, "%s%s", i ? ",\n    " : "", lines[i]);
                buf_puts(&mb, "};\n");
                buf_append(&cg_out.desc, &mb);
                nmethods = nl;
                methods = arena_printf("%s_methods", sym);
            }
        }
    }
    buf_printf(b,
               "__attribute__((weak)) const GoType %s = {%lld, %lld, 0x%08xu, %d, %lld, %lld, %d, %s, %s, %s, \"%s\", %s,\n"
               "    %s, %s, %lld, %s, %d, %d, %s, %s, %d, %s, %d, %d, %s",
               sym, (long long)size, (long long)pd, key_hash(ti->key), flags, (long long)align, (long long)align,
               go_kind(u), eq, hf, mask, c_escape(str), pkgpath, elem, key, len, fields, nfields, nmethods, methods, imethods,
               nimethods, variadic ? "true" : "false", nin, nout, in);
    ti->dbuilt = true;
}

const char *cg_itab(Type *iface, Type *conc) {
    Buf kb = {0};
    buf_printf(&kb, "itab:%s,%s", cg_tkey(iface), cg_tkey(conc));
    const char *k = intern(kb.p, (int)kb.len);
    const char *sym = pmap_get(&itabs, k);
    if (sym) return sym;
    int n = 0;
    Object **ims = types_iface_methods(cg_under(iface), &n);
    const char *name = arena_printf("itab_%d", ++nitab);
    sym = arena_printf("((const GoItab *)&%s)", name);
    pmap_put(&itabs, k, (void *)sym);
    const char *idesc = cg_desc(iface), *cdesc = cg_desc(conc);
    buf_printf(&cg_out.descfwd,
               "typedef struct { const GoType *inter, *type; uint32_t hash; void (*fun[%d])(void); } %s_t;\n"
               "static const %s_t %s; /* %s -> %s */\n",
               n ? n : 1, name, name, name, types_string(conc), types_string(iface));
    MethodSet *ms = types_method_set(conc);
    Buf b = {0};
    buf_printf(&b, "static const %s_t %s = {%s, %s, 0x%08xu, {", name, name, idesc, cdesc, key_hash(cg_tkey(conc)));
    for (int i = 0; i < n; i++) {
        const char *fn = "NULL";
        for (int j = 0; ms && j < ms->len; j++)
            if (!strcmp(ms->v[j]->obj->name, ims[i]->name)) fn = cg_method_wrapper(conc, ms->v[j], true);
        buf_printf(&b, "%s(void (*)(void))%s", i ? ", " : "", fn);
    }
    buf_puts(&b, "}};\n");
    buf_append(&cg_out.desc, &b);
    return sym;
}

/* Builds pending descriptors and struct definitions; true if it did any. */
bool cg_types_step(void);
bool cg_types_step(void) {
    bool did = false;
    for (int i = 0; i < pending_desc.len; i++) {
        TInfo *ti = pending_desc.v[i];
        if (!ti->dbuilt) {
            build_desc(ti);
            did = true;
        }
    }
    for (int i = 0; i < pending_structs.len; i++) {
        TInfo *ti = pending_structs.v[i];
        if (ti->defstate != 2) {
            define_struct(ti);
            did = true;
        }
    }
    return did;
}

/* Writes the descriptors, now that ptrto links are known. */
void cg_types_write(void);
void cg_types_write(void) {
    while (cg_types_step()) {
    }
    PMap ptrto = {0};
    for (int i = 0; i < all_desc.len; i++) {
        TInfo *ti = all_desc.v[i];
        if (ti->t->kind == TY_POINTER) pmap_put(&ptrto, cg_tkey(ti->t->elem), (void *)ti->dsym);
    }
    for (int i = 0; i < all_desc.len; i++) {
        TInfo *ti = all_desc.v[i];
        const char *p = pmap_get(&ptrto, ti->key);
        buf_append(&cg_out.desc, &ti->dtext);
        buf_printf(&cg_out.desc, ", %s%s};\n", p ? "&" : "", p ? p : "NULL");
    }
}
