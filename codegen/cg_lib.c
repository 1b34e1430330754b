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

const char *cg_pkginit_sym(const char *path) { return arena_printf("%s__pkginit", cg_pkgprefix(path)); }
