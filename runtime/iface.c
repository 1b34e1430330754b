/*
 * iface.c: interfaces at run time (gosub.h section 6): itab construction
 * and caching, type assertions and their panics, conversions to
 * interface{}, interface equality, method lookup for fmt and panics.
 *
 * Itabs: the method table of a concrete type for an interface type, built
 * by walking the interface's methods and the type's method set together
 * (both sorted by name) and matching signatures.  Built once per (inter,
 * type) pair and kept in a hash table (negative answers too, with the
 * first missing method for the panic text).  Itabs live in malloc memory
 * and are never freed; they point only to static descriptors and code.
 *
 * Identity: descriptors are unique per type (codegen's promise), so types
 * compare by pointer.  Method signatures are the exception: the runtime's
 * own error types carry the runtime's func() string descriptor while the
 * program's interfaces carry codegen's, so signatures compare with
 * rt_types_identical (kind + type string + package).
 */
#include "runtime/rt_core.h"
#include "runtime/rt_gc.h"

#include <stdio.h>
#include <stdlib.h>

/* ---------------- identity and method lookup ---------------- */

static bool str_eq_null(const char *a, const char *b) {
    if (a == b) return true;
    if (!a || !b) return false;
    return strcmp(a, b) == 0;
}

bool rt_types_identical(const GoType *a, const GoType *b) {
    if (a == b) return true;
    if (!a || !b) return false;
    return a->kind == b->kind && str_eq_null(a->string, b->string) &&
           str_eq_null(a->pkgpath, b->pkgpath);
}

const GoMethod *rt_find_method(const GoType *t, const char *name) {
    if (!t) return NULL;
    int lo = 0, hi = t->nmethods;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        int c = strcmp(t->methods[mid].name, name);
        if (c == 0) return &t->methods[mid];
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return NULL;
}

bool rt_call_string_method(GoEface v, const char *name, GoString *out) {
    const GoMethod *m = rt_find_method(v.type, name);
    if (!m || !m->ifn || !rt_types_identical(m->mtyp, &go_type_func_string)) return false;
    *out = ((GoString(*)(void *))m->ifn)(v.data);
    return true;
}

/* ---------------- itabs ---------------- */

typedef struct ItabEntry {
    const GoType *inter, *type;
    const GoItab *tab;        /* NULL: type does not implement inter */
    const char *missing;      /* then: the first missing method */
} ItabEntry;

static ItabEntry *itab_table;
static size_t itab_cap, itab_count;

static inline size_t itab_hash(const GoType *inter, const GoType *t) {
    uintptr_t h = (uintptr_t)inter * 0x9E3779B97F4A7C15ULL ^ (uintptr_t)t * 0xC2B2AE3D27D4EB4FULL;
    return (size_t)(h ^ (h >> 29));
}

static ItabEntry *itab_find(const GoType *inter, const GoType *t) {
    if (!itab_cap) return NULL;
    size_t mask = itab_cap - 1;
    for (size_t i = itab_hash(inter, t) & mask;; i = (i + 1) & mask) {
        ItabEntry *e = &itab_table[i];
        if (!e->inter) return NULL;
        if (e->inter == inter && e->type == t) return e;
    }
}

static void itab_insert(ItabEntry ent) {
    if ((itab_count + 1) * 4 > itab_cap * 3) {
        size_t ncap = itab_cap ? itab_cap * 2 : 64;
        ItabEntry *nt = calloc(ncap, sizeof *nt);
        if (!nt) rt_fatal("out of memory (itab table)");
        for (size_t j = 0; j < itab_cap; j++) {
            ItabEntry *e = &itab_table[j];
            if (!e->inter) continue;
            size_t i = itab_hash(e->inter, e->type) & (ncap - 1);
            while (nt[i].inter) i = (i + 1) & (ncap - 1);
            nt[i] = *e;
        }
        free(itab_table);
        itab_table = nt;
        itab_cap = ncap;
    }
    size_t mask = itab_cap - 1;
    size_t i = itab_hash(ent.inter, ent.type) & mask;
    while (itab_table[i].inter) i = (i + 1) & mask;
    itab_table[i] = ent;
    itab_count++;
}

/* Builds (without caching) the itab, or reports the missing method. */
static const GoItab *build_itab(const GoType *inter, const GoType *t, const char **missing) {
    int ni = inter->nimethods;
    GoItab *tab = malloc(sizeof(GoItab) + (size_t)(ni > 0 ? ni : 1) * sizeof(void (*)(void)));
    if (!tab) rt_fatal("out of memory (itab)");
    tab->inter = inter;
    tab->type = t;
    tab->hash = t->hash;
    int j = 0;
    for (int i = 0; i < ni; i++) {
        const GoIMethod *im = &inter->imethods[i];
        while (j < t->nmethods && strcmp(t->methods[j].name, im->name) < 0) j++;
        if (j >= t->nmethods || strcmp(t->methods[j].name, im->name) != 0 ||
            !rt_types_identical(t->methods[j].mtyp, im->mtyp)) {
            *missing = im->name;
            free(tab);
            return NULL;
        }
        tab->fun[i] = t->methods[j].ifn;
    }
    return tab;
}

static ItabEntry *lookup(const GoType *inter, const GoType *t) {
    ItabEntry *e = itab_find(inter, t);
    if (e) return e;
    ItabEntry ent = {inter, t, NULL, NULL};
    ent.tab = build_itab(inter, t, &ent.missing);
    itab_insert(ent);
    return itab_find(inter, t);
}

/* ---------------- runtime.TypeAssertionError ---------------- */

typedef struct TypeAssertionError {
    const GoType *iface;     /* the static interface type (NULL: "interface") */
    const GoType *concrete;  /* the dynamic type (NULL: nil) */
    const GoType *asserted;
    GoString missing;        /* missing method, or "" */
} TypeAssertionError;

static GoString tae_text(const TypeAssertionError *e) {
    const char *inter = e->iface ? e->iface->string : "interface";
    const char *as = e->asserted->string;
    char msg[1024];
    if (!e->concrete) {
        snprintf(msg, sizeof msg, "interface conversion: %s is nil, not %s", inter, as);
    } else if (e->missing.n == 0) {
        const char *cs = e->concrete->string;
        int n = snprintf(msg, sizeof msg, "interface conversion: %s is %s, not %s", inter, cs, as);
        if (strcmp(cs, as) == 0 && n > 0 && (size_t)n < sizeof msg) {
            bool samepkg = str_eq_null(e->concrete->pkgpath, e->asserted->pkgpath);
            snprintf(msg + n, sizeof msg - (size_t)n, samepkg ? " (types from different scopes)"
                                                              : " (types from different packages)");
        }
    } else {
        snprintf(msg, sizeof msg, "interface conversion: %s is not %s: missing method %.*s",
                 e->concrete->string, as, (int)e->missing.n, (const char *)e->missing.p);
    }
    return rt_gostringn(msg, (intptr_t)strlen(msg));
}

static GoString tae_Error(void *data) { return tae_text(data); }
static void tae_RuntimeError(void *data) { (void)data; }

static const GoMethod tae_methods[2] = {
    {"Error", &go_type_func_string, (void (*)(void))tae_Error, (void (*)(void))tae_Error},
    {"RuntimeError", &go_type_func_void, (void (*)(void))tae_RuntimeError,
     (void (*)(void))tae_RuntimeError},
};

static const uint8_t tae_mask[1] = {0x8}; /* missing.p is the only heap pointer */
static const uint8_t ptr_mask[1] = {1};

const GoType rt_type_TypeAssertionError = {
    .size = sizeof(TypeAssertionError), .ptrdata = 32, .hash = 0x1b00c001u,
    .tflag = GO_TF_NAMED, .align = 8, .field_align = 8, .kind = GO_STRUCT,
    .gcmask = tae_mask, .string = "runtime.TypeAssertionError", .pkgpath = "runtime",
    .ptrto = &rt_type_ptr_TypeAssertionError,
};

const GoType rt_type_ptr_TypeAssertionError = {
    .size = 8, .ptrdata = 8, .hash = 0x1b00c002u,
    .tflag = GO_TF_COMPARABLE | GO_TF_DIRECTIFACE, .align = 8, .field_align = 8,
    .kind = GO_POINTER, .equal = rt_memequal64, .hashfn = rt_memhash64,
    .gcmask = ptr_mask, .string = "*runtime.TypeAssertionError",
    .elem = &rt_type_TypeAssertionError, .nmethods = 2, .methods = tae_methods,
};

/* The dynamic type of the panic value: package runtime's Go declaration
 * of *TypeAssertionError once its init has run (same layout, methods
 * compiled from Go, the descriptor user code compares against), this
 * file's own before that. */
static const GoType *tae_ptr_type = &rt_type_ptr_TypeAssertionError;

/* //extern go_runtime_useTypeAssertionError  func useTypeAssertionError(e any) */
void go_runtime_useTypeAssertionError(GoEface e) {
    if (e.type && e.type->kind == GO_POINTER) tae_ptr_type = e.type;
}

/* //extern go_runtime_typeAssertionText  func typeAssertionText(e *TypeAssertionError) string */
GoString go_runtime_typeAssertionText(void *e) {
    if (!e) rt_panic_nil();
    return tae_text(e);
}

static _Noreturn void panic_tae(const GoType *iface, const GoType *concrete,
                                const GoType *asserted, const char *missing) {
    TypeAssertionError *e = rt_alloc(sizeof *e, &rt_type_TypeAssertionError);
    e->iface = iface;
    e->concrete = concrete;
    e->asserted = asserted;
    if (missing) e->missing = rt_gostringn(missing, (intptr_t)strlen(missing));
    GoEface v = {tae_ptr_type, e};
    rt_gopanic(v);
}

_Noreturn void rt_panic_dottype(const GoType *have, const GoType *want, const GoType *iface) {
    panic_tae(iface, have, want, NULL);
}

/* ---------------- assertions ---------------- */

const GoItab *rt_getitab(const GoType *inter, const GoType *t, bool canfail) {
    ItabEntry *e = lookup(inter, t);
    if (e->tab || canfail) return e->tab;
    panic_tae(NULL, t, inter, e->missing);
}

bool rt_implements(const GoType *inter, const GoType *t) {
    return t && lookup(inter, t)->tab != NULL;
}

GoIface rt_assertE2I(const GoType *inter, GoEface e) {
    if (!e.type) panic_tae(NULL, NULL, inter, NULL);
    GoIface r = {rt_getitab(inter, e.type, false), e.data};
    return r;
}

bool rt_assertE2I2(const GoType *inter, GoEface e, GoIface *out) {
    GoIface r = {NULL, NULL};
    if (e.type) {
        const GoItab *tab = rt_getitab(inter, e.type, true);
        if (tab) {
            r.tab = tab;
            r.data = e.data;
        }
    }
    if (out) *out = r;
    return r.tab != NULL;
}

GoIface rt_assertI2I(const GoType *inter, GoIface i) {
    return rt_assertE2I(inter, go_iface_to_eface(i));
}

bool rt_assertI2I2(const GoType *inter, GoIface i, GoIface *out) {
    return rt_assertE2I2(inter, go_iface_to_eface(i), out);
}

/* ---------------- conversion to interface ---------------- */

/* Small integers share read-only boxes, as Go's staticuint64s. */
static const uint64_t small_u64[256] = {
#define S8(i) i, i + 1, i + 2, i + 3, i + 4, i + 5, i + 6, i + 7
#define S64(i) S8(i), S8(i + 8), S8(i + 16), S8(i + 24), S8(i + 32), S8(i + 40), S8(i + 48), S8(i + 56)
    S64(0), S64(64), S64(128), S64(192)
#undef S64
#undef S8
};

/* A struct of one field or an array of one element stands for that
 * component (gc's SoleComponent): a struct{s string} boxes as a string. */
static const GoType *sole_component(const GoType *t) {
    for (;;) {
        if (t->kind == GO_STRUCT && t->nfields == 1) t = t->fields[0].type;
        else if (t->kind == GO_ARRAY && t->len == 1) t = t->elem;
        else if (t->kind == GO_STRUCT || t->kind == GO_ARRAY) return NULL;
        else return t;
    }
}

/* Zeroed storage shared by every boxed empty string and nil slice. */
static const uint64_t zero_box[3];

/* gc picks the runtime conversion from the type alone, and only some of
 * them share storage instead of allocating: bools and one-byte integers
 * (always a static box), convT16/32/64 for pointer-free values of size 2,
 * 4 or 8 with that alignment (a static box below 256), convTstring ("")
 * and convTslice (nil) for a value whose sole component is a string or a
 * slice. Any other value is copied to the heap, zero or not: a
 * struct{a, b int32} of zeros allocates, as in Go. */
void *rt_convT(const GoType *t, const void *v) {
    if (t->tflag & GO_TF_DIRECTIFACE) return *(void *const *)v;
    uintptr_t sz = t->size;
    if (sz == 0) return (void *)&small_u64[0];
    bool small = false;
    if (t->kind == GO_BOOL || t->kind == GO_INT8 || t->kind == GO_UINT8) small = true;
    else if (t->ptrdata == 0 && (sz == 2 || sz == 4 || sz == 8) && t->align == sz) small = true;
    if (small) {
        uint64_t x = 0;
        memcpy(&x, v, sz); /* little-endian: the low bytes */
        if (x < 256) return (void *)&small_u64[x];
    } else if (t->ptrdata != 0) {
        const GoType *c = sole_component(t);
        if (c && c->kind == GO_STRING && ((const GoString *)v)->n == 0) return (void *)zero_box;
        if (c && c->kind == GO_SLICE && ((const GoSlice *)v)->p == NULL) return (void *)zero_box;
    }
    void *p = rt_alloc(sz, t->ptrdata ? t : NULL);
    if (t->ptrdata && rt_gc_marking) rt_typedmemmove(t, p, v);
    else memcpy(p, v, sz);
    return p;
}

/* ---------------- equality ---------------- */

static _Noreturn void panic_uncomparable(const GoType *t) {
    char msg[512];
    snprintf(msg, sizeof msg, "comparing uncomparable type %s", t->string);
    rt_panic_errorstring(msg);
}

static bool same_type_data_equal(const GoType *t, void *x, void *y) {
    if (!t->equal) panic_uncomparable(t);
    if (t->tflag & GO_TF_DIRECTIFACE) return x == y;
    return t->equal(x, y);
}

bool rt_efaceeq(GoEface a, GoEface b) {
    if (a.type != b.type) return false;
    if (!a.type) return true;
    return same_type_data_equal(a.type, a.data, b.data);
}

bool rt_ifaceeq(GoIface a, GoIface b) {
    const GoType *ta = go_iface_type(a), *tb = go_iface_type(b);
    if (ta != tb) return false;
    if (!ta) return true;
    return same_type_data_equal(ta, a.data, b.data);
}

bool rt_efaceeq_val(GoEface a, const GoType *t, const void *v) {
    if (a.type != t) return false;
    if (!t->equal) panic_uncomparable(t);
    if (t->tflag & GO_TF_DIRECTIFACE) return a.data == *(void *const *)v;
    return t->equal(a.data, v);
}
