/*
 * cg_inlsite.c: calls gosub's inliner expanded, as tracebacks and
 * runtime.Caller see them.
 *
 * Go reports an inlined call as a frame of its own: a panic inside an
 * inlined helper prints `main.helper(...)` with the helper's file:line,
 * then the caller's frame at the call; runtime.Caller (and so log's
 * Lshortfile) inside the helper names the helper's line.  The inliner
 * (ir/inline.c) gives every node of an inlined body the call's position
 * (what -m prints) and keeps its own in IrNode.opos, with the site in
 * IrNode.inl (the function's inlsites).
 *
 * A statement of an inlined body gets a #line with its own line and a
 * file name that names the site: "/path/x.go#p12" (program) or "#s12"
 * (the standard library), 12 being an index into the table this file
 * writes, rt_inlsites / rt_inlsites_std: per site the callee's Go name,
 * the call's file:line and the enclosing site (0: the function's own
 * code).  runtime/panic_trace.c strips the suffix from what addr2line
 * reports and expands the site chain into logical frames.
 *
 * Invariants: ids are 1-based and dense in the order functions first
 * name a site; a function's sites get consecutive ids (its base + k); an
 * id is written only for sites some #line names.
 */
#include "codegen/cg_internal.h"

#include <string.h>
#include <unistd.h>

typedef struct FnSites {
    IrFunc *f;
    int base; /* id of site k is base + k */
} FnSites;

static Vec fns;    /* FnSites* in id order */
static int nids;   /* ids handed out */

int cg_inl_site_id(IrFunc *f, int k) {
    static FnSites *last; /* statements of one function come together */
    if (!f || k <= 0 || k > f->inlsites.len) return 0;
    if (last && last->f == f) return last->base + k;
    for (int i = 0; i < fns.len; i++) {
        FnSites *fs = fns.v[i];
        if (fs->f == f) return (last = fs)->base + k;
    }
    FnSites *fs = last = NEW(FnSites);
    fs->f = f;
    fs->base = nids;
    nids += f->inlsites.len;
    vec_push(&fns, fs);
    return fs->base + k;
}

const char *cg_inl_file(const char *path, int id) {
    return arena_printf("%s#%c%d", path, cg_lib_mode == 2 ? 's' : 'p', id);
}

/* The call's file as the line table names it: the C compiler runs in
 * the current directory, which DWARF puts before a relative #line file. */
static const char *abs_path(const char *path) {
    static char cwd[4096];
    if (path[0] == '/') return path;
    if (!cwd[0] && !getcwd(cwd, sizeof cwd)) return path;
    return arena_printf("%s/%s", cwd, path);
}

static const char *go_name(IrFunc *f) { return cg_runtime_name(f->pkgpath, f->name); }

void cg_inl_write(FILE *out, const char *tab) {
    fprintf(out, "\n/* ---- inlined calls (cg_inlsite.c): parent, callee, call file:line ---- */\n");
    fprintf(out, "const struct { int parent; const char *go, *file; int line; } %s[] = {\n    {0, 0, 0, 0},\n", tab);
    for (int i = 0; i < fns.len; i++) {
        FnSites *fs = fns.v[i];
        for (int k = 1; k <= fs->f->inlsites.len; k++) {
            IrInlSite *s = fs->f->inlsites.v[k - 1];
            Pos call = pos_rel(s->call); /* a //line directive's file and line */
            SrcFile *sf = file_get(call.file);
            int parent = s->parent > 0 && s->parent < k ? fs->base + s->parent : 0;
            fprintf(out, "    {%d, %s, %s, %d},\n", parent, cg_cstr(go_name(s->callee)), cg_cstr(!sf ? "?" : call.file == s->call.file ? abs_path(sf->path) : sf->path[0] ? sf->path : "??"),
                    (int)call.line);
        }
    }
    fputs("};\n", out);
}
