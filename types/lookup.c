/*
 * lookup.c: field and method lookup through embedding, method sets,
 * interface method sets and interface satisfaction.
 *
 * The lookup is go/types' breadth-first search: depth 0 is the type itself,
 * depth d+1 the types embedded at depth d.  The first depth holding the
 * name wins; two hits at that depth (or one reached along two paths) make
 * the selector ambiguous.  Named types are visited once (recursive
 * embedding terminates).
 *
 * Invariant: interface method lists are complete (embedded interfaces
 * flattened) and sorted by name before anyone reads allmethods.
 */
#include <stdlib.h>
#include <string.h>

#include "types/internal.h"
#include "types/types.h"

bool types_is_exported(const char *name) {
    if (!name || !name[0]) return false;
    unsigned char c = (unsigned char)name[0];
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    int32_t r;
    utf8_decode((const unsigned char *)name, (int)strlen(name), &r);
    return types_rune_is_upper(r);
}

/* Same identifier (name, and package for unexported names). */
static bool same_id(Object *o, Package *pkg, const char *name) {
    if (o->name != name) return false;
    if (types_is_exported(name)) return true;
    return o->pkg == pkg || !o->pkg || !pkg;
}

static int cmp_methods(const void *a, const void *b) {
    Object *x = *(Object *const *)a, *y = *(Object *const *)b;
    return strcmp(x->name, y->name);
}

/* ---- interfaces ---- */

static void complete_iface(Type *t, int depth) {
    if (t->iface_complete || depth > 50) return;
    t->iface_complete = true; /* guards against invalid recursion */
    Vec all = {0};
    for (int i = 0; i < t->nmethods; i++) vec_push(&all, t->methods[i]);
    for (int i = 0; i < t->nembeddeds; i++) {
        Type *e = types_underlying(t->embeddeds[i]);
        if (e->kind != TY_INTERFACE) continue;
        complete_iface(e, depth + 1);
        if (e->is_comparable) t->is_comparable = true;
        for (int j = 0; j < e->nallmethods; j++) {
            Object *m = e->allmethods[j];
            bool dup = false;
            for (int k = 0; k < all.len; k++)
                if (((Object *)all.v[k])->name == m->name) dup = true;
            if (!dup) vec_push(&all, m);
        }
    }
    t->allmethods = (Object **)all.v;
    t->nallmethods = all.len;
    if (all.len > 1) qsort(t->allmethods, (size_t)all.len, sizeof(Object *), cmp_methods);
}

Object **types_iface_methods(Type *iface, int *n) {
    Type *u = types_underlying(iface);
    if (u->kind != TY_INTERFACE) {
        if (n) *n = 0;
        return NULL;
    }
    if (!u->allmethods && u->nallmethods == 0) {
        u->iface_complete = false;
        complete_iface(u, 0);
    }
    if (n) *n = u->nallmethods;
    return u->allmethods;
}

/* Re-completes an interface after its embedded types were resolved. */
void types_iface_reset(Type *t) {
    t->iface_complete = false;
    t->allmethods = NULL;
    t->nallmethods = 0;
}

static Object *iface_lookup(Type *iface, Package *pkg, const char *name, int *index) {
    int n;
    Object **ms = types_iface_methods(iface, &n);
    for (int i = 0; i < n; i++)
        if (same_id(ms[i], pkg, name)) {
            if (index) *index = i;
            return ms[i];
        }
    return NULL;
}

/* ---- field and method lookup ---- */

typedef struct Emb {
    Type *typ;
    int *index;
    int nindex;
    bool indirect;
    bool multiples;
} Emb;

static int *concat(int *idx, int n, int i) {
    int *r = NEWN(int, n + 1);
    if (n) memcpy(r, idx, sizeof(int) * (size_t)n);
    r[n] = i;
    return r;
}

static Type *deref(Type *t, bool *is_ptr) {
    if (t && t->kind == TY_POINTER) {
        *is_ptr = true;
        return t->elem;
    }
    *is_ptr = false;
    return t;
}

static Object *lookup_rec(Type *T, bool addressable, Package *pkg, const char *name, Selection *sel, int *why,
                          bool fold) {
    *why = 0;
    if (!T || !name || !strcmp(name, "_")) return NULL;
    bool is_ptr;
    Type *typ = deref(T, &is_ptr);
    if (is_ptr && types_is_interface(typ)) {
        *why = 3;
        return NULL;
    }
    Emb *current = NEW(Emb);
    current->typ = typ;
    current->indirect = is_ptr;
    int ncur = 1;
    Vec seen = {0};
    Object *obj = NULL;
    int *index = NULL, nindex = 0;
    bool indirect = false;
    Type *holder = NULL; /* the type holding the found member */
    for (int depth = 0; ncur > 0 && depth < 64; depth++) {
        Vec next = {0};
        for (int ei = 0; ei < ncur; ei++) {
            Emb *e = &current[ei];
            Type *t = e->typ;
            if (!t) continue;
            if (t->kind == TY_NAMED) {
                bool was = false;
                for (int k = 0; k < seen.len; k++)
                    if (seen.v[k] == t) was = true;
                if (was) continue;
                vec_push(&seen, t);
                for (int i = 0; i < t->nmethods; i++) {
                    Object *m = t->methods[i];
                    bool match = fold ? (strcasecmp(m->name, name) == 0) : same_id(m, pkg, name);
                    if (match) {
                        if (obj || e->multiples) {
                            *why = 1;
                            return NULL;
                        }
                        obj = m;
                        index = concat(e->index, e->nindex, i);
                        nindex = e->nindex + 1;
                        indirect = e->indirect;
                        holder = t;
                        break;
                    }
                }
                if (obj && holder == t) continue;
            }
            Type *u = types_underlying(t);
            if (u->kind == TY_STRUCT) {
                for (int i = 0; i < u->nfields; i++) {
                    Object *f = u->fields[i];
                    bool match = fold ? (strcasecmp(f->name, name) == 0) : same_id(f, pkg, name);
                    if (match) {
                        if (obj || e->multiples) {
                            *why = 1;
                            return NULL;
                        }
                        obj = f;
                        index = concat(e->index, e->nindex, i);
                        nindex = e->nindex + 1;
                        indirect = e->indirect;
                        holder = t;
                        continue;
                    }
                    if (!obj && (f->vflags & VF_EMBEDDED)) {
                        bool p;
                        Type *ft = deref(f->type, &p);
                        Emb *ne = NEW(Emb);
                        ne->typ = ft;
                        ne->index = concat(e->index, e->nindex, i);
                        ne->nindex = e->nindex + 1;
                        ne->indirect = e->indirect || p;
                        ne->multiples = e->multiples;
                        vec_push(&next, ne);
                    }
                }
            } else if (u->kind == TY_INTERFACE) {
                int i;
                Object *m = NULL;
                if (fold) {
                    int n;
                    Object **ms = types_iface_methods(u, &n);
                    for (i = 0; i < n; i++)
                        if (!strcasecmp(ms[i]->name, name)) {
                            m = ms[i];
                            break;
                        }
                } else {
                    m = iface_lookup(u, pkg, name, &i);
                }
                if (m) {
                    if (obj || e->multiples) {
                        *why = 1;
                        return NULL;
                    }
                    obj = m;
                    index = concat(e->index, e->nindex, i);
                    nindex = e->nindex + 1;
                    indirect = e->indirect;
                    holder = t;
                }
            }
        }
        if (obj) {
            if (obj->kind == OBJ_FUNC && !obj->type) types_ensure_obj(obj);
            if (sel) {
                memset(sel, 0, sizeof *sel);
                sel->obj = obj;
                sel->index = index;
                sel->nindex = nindex;
                sel->indirect = indirect;
                sel->recv = T;
                if (obj->kind == OBJ_VAR) {
                    sel->kind = SEL_FIELD;
                } else if (types_is_interface(holder)) {
                    sel->kind = SEL_IFACEMETHOD;
                } else {
                    sel->kind = SEL_METHOD;
                }
            }
            if (obj->kind == OBJ_FUNC && obj->ptr_recv && !indirect && !addressable) {
                *why = 2;
                return NULL;
            }
            return obj;
        }
        /* consolidate: the same type reached twice at this depth is ambiguous */
        Emb *nc = NEWN(Emb, next.len ? next.len : 1);
        int nn = 0;
        for (int i = 0; i < next.len; i++) {
            Emb *e = next.v[i];
            int found = -1;
            for (int j = 0; j < nn; j++)
                if (types_identical(nc[j].typ, e->typ)) found = j;
            if (found >= 0) {
                nc[found].multiples = true;
                continue;
            }
            nc[nn++] = *e;
        }
        current = nc;
        ncur = nn;
    }
    return NULL;
}

Object *types_lookup(Type *t, bool addressable, Package *pkg, const char *name, Selection *sel, int *why) {
    int w = 0;
    /* a named pointer type has the fields of its base but no methods */
    if (t && t->kind == TY_NAMED && types_underlying(t)->kind == TY_POINTER) {
        Object *o = lookup_rec(types_underlying(t), false, pkg, intern_c(name), sel, &w, false);
        if (o && o->kind == OBJ_FUNC) {
            if (why) *why = 0;
            return NULL;
        }
        if (why) *why = w;
        return o;
    }
    Object *o = lookup_rec(t, addressable, pkg, intern_c(name), sel, &w, false);
    if (why) *why = w;
    return o;
}

/* ---- interface satisfaction ---- */

Object *types_missing_method(Type *V, Type *T, bool static_, Object **alt) {
    if (alt) *alt = NULL;
    int n;
    Object **ms = types_iface_methods(T, &n);
    if (n == 0) return NULL;
    Type *vu = types_underlying(V);
    if (vu->kind == TY_INTERFACE) {
        for (int i = 0; i < n; i++) {
            Object *m = ms[i];
            Object *f = iface_lookup(vu, m->pkg, m->name, NULL);
            if (!f) {
                if (!static_) continue;
                return m;
            }
            if (!types_identical(f->type, m->type)) {
                if (alt) *alt = f;
                return m;
            }
        }
        return NULL;
    }
    for (int i = 0; i < n; i++) {
        Object *m = ms[i];
        int why;
        Object *obj = lookup_rec(V, false, m->pkg, m->name, NULL, &why, false);
        bool found = obj != NULL;
        if (!found) {
            obj = lookup_rec(types_new_pointer(V), false, m->pkg, m->name, NULL, &why, false);
            if (!obj) obj = lookup_rec(V, false, m->pkg, m->name, NULL, &why, true);
        }
        if (!obj || obj->kind != OBJ_FUNC) return m;
        if (!found || !types_identical(obj->type, m->type)) {
            if (alt) *alt = obj;
            return m;
        }
    }
    return NULL;
}

bool types_implements(Type *t, Type *iface) {
    Type *iu = types_underlying(iface);
    if (iu->kind != TY_INTERFACE) return false;
    if (!t || t->kind == TY_INVALID) return true;
    if (iu->is_comparable && !types_comparable(t)) return false;
    return types_missing_method(t, iu, true, NULL) == NULL;
}

/* ---- method sets ---- */

static int cmp_sel(const void *a, const void *b) {
    const Selection *x = *(Selection *const *)a, *y = *(Selection *const *)b;
    return strcmp(x->obj->name, y->obj->name);
}

MethodSet *types_method_set(Type *t) {
    MethodSet *ms = NEW(MethodSet);
    Vec out = {0};
    bool is_ptr;
    Type *base = deref(t, &is_ptr);
    Type *bu = types_underlying(base);
    if (bu->kind == TY_INTERFACE) {
        if (is_ptr) return ms;
        int n;
        Object **m = types_iface_methods(bu, &n);
        for (int i = 0; i < n; i++) {
            Selection *s = NEW(Selection);
            s->kind = SEL_IFACEMETHOD;
            s->obj = m[i];
            s->recv = t;
            s->index = concat(NULL, 0, i);
            s->nindex = 1;
            vec_push(&out, s);
        }
    } else {
        /* collect candidate names: methods of every type reachable by
         * embedding, then look each up (the lookup applies the rules) */
        Vec names = {0};
        Vec work = {0}, seen = {0};
        vec_push(&work, base);
        for (int w = 0; w < work.len && w < 1000; w++) {
            Type *x = work.v[w];
            bool p;
            x = deref(x, &p);
            if (!x) continue;
            bool was = false;
            for (int k = 0; k < seen.len; k++)
                if (seen.v[k] == x) was = true;
            if (was) continue;
            vec_push(&seen, x);
            if (x->kind == TY_NAMED)
                for (int i = 0; i < x->nmethods; i++) vec_push(&names, (void *)x->methods[i]->name);
            Type *u = types_underlying(x);
            if (u->kind == TY_STRUCT) {
                for (int i = 0; i < u->nfields; i++)
                    if (u->fields[i]->vflags & VF_EMBEDDED) vec_push(&work, u->fields[i]->type);
            } else if (u->kind == TY_INTERFACE && x != base) {
                int n;
                Object **m = types_iface_methods(u, &n);
                for (int i = 0; i < n; i++) vec_push(&names, (void *)m[i]->name);
            }
        }
        for (int i = 0; i < names.len; i++) {
            const char *nm = names.v[i];
            bool dup = false;
            for (int j = 0; j < i; j++)
                if (names.v[j] == nm) dup = true;
            if (dup) continue;
            Selection *s = NEW(Selection);
            int why;
            /* package: methods of any package are in the set */
            Object *o = NULL;
            for (int pass = 0; pass < 1 && !o; pass++) {
                Package *pk = NULL;
                /* find the package of a method with that name */
                for (int k = 0; k < seen.len && !pk; k++) {
                    Type *x = seen.v[k];
                    if (x->kind == TY_NAMED)
                        for (int m = 0; m < x->nmethods; m++)
                            if (x->methods[m]->name == nm) pk = x->methods[m]->pkg;
                    Type *u = types_underlying(x);
                    if (!pk && u->kind == TY_INTERFACE) {
                        Object *mm = iface_lookup(u, NULL, nm, NULL);
                        if (mm) pk = mm->pkg;
                    }
                }
                o = lookup_rec(t, false, pk, nm, s, &why, false);
            }
            if (o && o->kind == OBJ_FUNC) vec_push(&out, s);
        }
    }
    ms->v = (Selection **)out.v;
    ms->len = out.len;
    if (ms->len > 1) qsort(ms->v, (size_t)ms->len, sizeof(Selection *), cmp_sel);
    return ms;
}

/* Go's unicode.IsUpper for the scripts identifiers use in practice
 * (Latin-1, Latin Extended-A, Greek, Cyrillic); other letters count as
 * lower case, so such names are unexported. */
bool types_rune_is_upper(int32_t r) {
    if (r >= 0xC0 && r <= 0xDE && r != 0xD7) return true;
    if (r >= 0x100 && r <= 0x17F) return (r & 1) == 0;
    if (r >= 0x391 && r <= 0x3AB) return true;
    if (r >= 0x400 && r <= 0x42F) return true;
    return false;
}
