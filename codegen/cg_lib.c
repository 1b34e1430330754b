/*
 * cg_lib.c: the standard packages as a prebuilt library.
 *
 * `make` compiles every function of the standard packages (stdlib/, Go
 * sources) once, into build/<dir>/lib/libgosubstd.a (cg_emit_stdlib, driven
 * by `gosub tool stdlib`).  A program's C then holds only what depends on
 * it: its own package, the closures and generic instances it needs, and
 * the descriptors, itabs and wrappers of the types it uses.
 *
 * Invariants:
 *   - a function is "provided by the library" (cg_lib_provides) when it is
 *     a top-level function or method of a standard package with a Go body
 *     that is not generic: the library defines it with external linkage
 *     under the name cg_func_sym gives it (pkg_Name, pkg_T_m), the
 *     program only declares it.  Everything else (closures, wrappers,
 *     generic instances, method/func-value wrappers, eq/hash helpers,
 *     itabs) is static in each C file that needs it;
 *   - package variables of the standard packages are defined by the
 *     library (pkg_name) and declared extern by the program;
 *   - type descriptors have deterministic names (cg_types.c) and are weak
 *     definitions in every file that needs them: the linker keeps one, so a
 *     type has one descriptor address in the executable;
 *   - each standard package has an exported initialiser <pkg>__pkginit
 *     (its variable initialisers in Go's order, then its init functions);
 *     the program calls those of the packages it imports transitively,
 *     dependencies first, then its own;
 *   - the library's traceback names are the table rt_gofuncs_std (the
 *     program's are rt_gofuncs; runtime/panic_trace.c reads both).
 */
#include "codegen/cg_internal.h"

#include <stdlib.h>
#include <string.h>

int cg_lib_mode = 1;

void cg_set_lib_mode(int mode) { cg_lib_mode = mode; }

static bool generic_recv(Type *rt) {
    if (!rt) return false;
    if (rt->kind == TY_POINTER) rt = rt->elem;
    return rt && rt->kind == TY_NAMED && ((rt->orig && rt->ntargs) || rt->ntparams);
}

bool cg_lib_provides(IrFunc *f) {
    if (f->linkname || !f->obj || f->outer || f->is_wrapper) return false;
    Package *p = f->obj->pkg;
    if (!p || !p->is_std) return false;
    if (!(f->has_body || (f->decl && f->decl->kind == N_FUNCDECL && f->decl->body))) return false;
    if (f->obj->recv_type && generic_recv(f->obj->recv_type)) return false;
    return true;
}

const char *cg_func_linkage(IrFunc *f) { return cg_lib_provides(f) ? "" : "static "; }

bool cg_lib_wrapper(IrFunc *m) { return cg_lib_provides(m) && !cg_gc_wrapper_fwd(m); }

/* The library's method wrappers: for every non-generic defined type T of
 * package ip with methods, the interface wrappers of T's and *T's method
 * sets and *T's wrappers for T's value methods (those a method table or
 * an itab names), so that a program only declares them. */
void cg_lib_emit_wrappers(Package *p) {
    Scope *sc = p->scope;
    for (int i = 0; i < sc->nobjs; i++) {
        Object *o = sc->objs[i];
        if (o->kind != OBJ_TYPE || o->is_alias || !o->type || o->type->kind != TY_NAMED) continue;
        Type *t = o->type;
        if (t->ntparams || (t->orig && t->ntargs) || types_underlying(t)->kind == TY_INTERFACE) continue;
        Type *pt = types_new_pointer(t);
        for (int k = 0; k < 2; k++) {
            Type *rt = k ? pt : t;
            MethodSet *ms = types_method_set(rt);
            for (int j = 0; ms && j < ms->len; j++) {
                Selection *s = ms->v[j];
                if (s->nindex != 1) continue;
                cg_method_wrapper(rt, s, true);
                cg_method_wrapper(rt, s, false);
            }
        }
    }
}

const char *cg_pkginit_sym(const char *path) { return arena_printf("%s__pkginit", cg_pkgprefix(path)); }
