/*
 * cg_func.c: one Go function -> one C function.
 *
 * Shape of a generated function:
 *     R sym(params) {
 *         <every local of fn->dcl, zeroed; heap-moved ones as T *x>
 *         <frame slots for non-escaping allocations: _sN>
 *         GO_POLL();
 *         [GoDeferFrame _df; GO_DEFER_SETUP(&_df, _dret);]
 *         body
 *     [_dret: rt_defer_return(&_df); return results;] (also at each return)
 *     }
 * Locals live at function level (never in nested C blocks) so that goto,
 * break and continue, all compiled to C gotos, can never skip a
 * declaration, and stack allocations that escape analysis keeps in the
 * frame live as long as the frame, as in gc.
 *
 * Expressions are C expression strings without side effects: calls,
 * receives and allocations are emitted as statements into temporaries
 * (_tN) first, in Go's evaluation order; run-time checks (bounds, nil,
 * divide) are emitted as statements right before the value is used.
 * Conditional evaluation (&&, ||) generates its right operand into a
 * nested buffer so its statements only run when needed.
 *
 * Variables: IrName.aux holds a VarInfo (C name; indirect = the C variable
 * is a pointer to the Go variable: moved to heap, or captured by reference
 * in a closure).
 */
#include "codegen/cg_internal.h"

#include <stdlib.h>
#include <string.h>

bool cg_reserved(const char *s);

typedef struct VarInfo {
    const char *cname;
    bool indirect;
    IrFunc *fn;
    bool referenced; /* a package variable some emitted code reads or writes */
    bool has_dcl;    /* a heap local with an ODCL: that makes its cell (declare_defined does not) */
} VarInfo;

typedef struct Target {
    const char *label; /* Go label or NULL */
    const char *brk, *cont;
} Target;

typedef struct Fn {
    IrFunc *f;
    bool analyzed;
    bool has_defer, has_recover;
    bool volatile_results;
    Buf decls;
    Buf *out;
    int indent;
    int ntmp;
    Target targets[128];
    int ntargets;
    const char **used; /* C names in use */
    int nused, capused;
    int lastline, lastfile, lastsite;
    bool line_fresh; /* the next C line is the one the last #line named */
    const char *fall_next; /* label of the next case body (fallthrough) */
    int inl_body;          /* number of the inlined body being generated (0: none) */
    int ninl;
    /* values computed ahead of their statement's other operands (gc's
     * order pass): gen_expr of such a node is its temporary */
    struct Hoisted { IrNode *n; const char *v; } *hoisted;
    int nhoisted, caphoisted;
} Fn;

static Fn *F;
IrPackage *cg_cur_pkg;
const char *cg_root;

static Vec func_queue;     /* IrFunc* to generate */
static int nthunk;

static const char *gen_expr(IrNode *n);
static void gen_stmt(IrNode *n);
static void gen_list(IrList *l);
static const char *gen_lvalue(IrNode *n);
static void gen_assign_to(IrNode *lhs, const char *val, Type *vt);
static const char *gen_call(IrNode *n, bool want_value);
static const char **freeze_places(IrList *l);
static void scan(IrNode *n, bool *has_defer, bool *has_recover);

/* Does f's body call recover() directly?  Wrappers in front of such a
 * function forward the right to recover (rt_recover_forward). */
static bool fn_recovers(IrFunc *f) {
    if (!f || !f->has_body) return false;
    bool d = false, r = false;
    for (int i = 0; i < f->body.len && !r; i++) scan(f->body.v[i], &d, &r);
    return r;
}
static void store(IrNode *x, const char *place, const char *val);

/* ---------- output helpers ---------- */

static void emit(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void emit(const char *fmt, ...) {
    /* every C line of a Go statement carries the statement's line (a
     * #line names only the next line; without repeating it the following
     * lines would count up and tracebacks would show lines past the end) */
    if (F->lastline && !F->line_fresh) buf_printf(F->out, "#line %d\n", F->lastline);
    F->line_fresh = false;
    for (int i = 0; i < F->indent; i++) buf_puts(F->out, "    ");
    va_list ap;
    va_start(ap, fmt);
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *s = arena_alloc((size_t)n + 1);
    vsnprintf(s, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    buf_puts(F->out, s);
    buf_puts(F->out, "\n");
}

/* site: an inlined call's id (cg_inlsite.c), named in the file name */
static void emit_line_site(Pos p, int site) {
    if (!p.file || !p.line) return;
    int phys = p.file;
    p = pos_rel(p); /* a //line directive's file and line */
    if (p.line == F->lastline && p.file == F->lastfile && site == F->lastsite) return;
    SrcFile *sf = file_get(p.file);
    if (!sf) return;
    F->lastline = p.line;
    F->lastfile = p.file;
    F->lastsite = site;
    /* go prints a directive's relative file name as it is: marked, so that
     * the C compiler does not join it to its directory (the runtime takes
     * the mark off: runtime/panic_trace.c); an empty one is go's "??" */
    const char *path = p.file != phys && sf->path[0] != '/' ? arena_printf("/.gosub-line/%s", sf->path[0] ? sf->path : "??") : sf->path;
    buf_printf(F->out, "#line %d \"%s\"\n", p.line, site ? cg_inl_file(path, site) : path);
    F->line_fresh = true;
}
static void emit_line(Pos p) { emit_line_site(p, 0); }

/* A statement's line: its own, also in an inlined body. */
static void emit_stmt_line(IrNode *n) {
    int site = n->inl && n->opos.line ? cg_inl_site_id(F->f, n->inl) : 0;
    if (site) emit_line_site(n->opos, site);
    else emit_line(n->pos);
}

static const char *tmpname(void) { return arena_printf("_t%d", ++F->ntmp); }

/* A temporary initialised with val. */
static const char *tmp_init(const char *ctype, const char *val) {
    const char *t = tmpname();
    emit("%s %s = %s;", ctype, t, val);
    return t;
}

/* A range loop's temporary read across the loop's body: in a function
 * with precise runtime.GC() sites (cg_gcsite.c), a frame-level local the
 * sites always list (the frame itself is not scanned there); else an
 * ordinary temporary.  gen_range clears it after the loop. */
static const char *range_tmp(const char *ctype, const char *val) {
    if (!cg_gc_listing()) return tmp_init(ctype, val);
    const char *t = arena_printf("_rg%d", ++F->ntmp);
    buf_printf(&F->decls, "    %s %s;\n", ctype, t);
    cg_gc_local(NULL, t, true);
    emit("%s = %s;", t, val);
    return t;
}

/* A frame-level slot (lives as long as the function's frame). */
static const char *frame_slot(const char *ctype, const char *suffix) {
    const char *t = arena_printf("_s%d", ++F->ntmp);
    buf_printf(&F->decls, "    %s %s%s;\n", ctype, t, suffix ? suffix : "");
    cg_gc_slot(t);
    return t;
}

static bool is_simple(const char *s) {
    if (!*s) return false;
    for (const char *p = s; *p; p++) {
        char c = *p;
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
    }
    return true;
}

/* s as something safe to mention several times. */
static const char *stable(const char *ctype, const char *s) {
    if (is_simple(s)) return s;
    return tmp_init(ctype, s);
}

static Type *under(Type *t) { return cg_under(t); }
static bool kind_is(Type *t, TypeKind k) { return t && under(t) && under(t)->kind == k; }

/* IRF_STATICINIT: gc lays these package initializer parts out in static
 * data (escape analysis leaves them unreported): here, the heap. */
static bool on_heap(IrNode *n) { return !F->analyzed || n->esc != IR_ESC_NONE || (n->flags & IRF_STATICINIT); }

/* Where a nil dereference faults.  gc lets the load or store itself fault
 * (no explicit check) when it is below 4096 bytes from the pointer, so
 * Go's report says addr=<that offset>: for p.a.b the offsets of a and b.
 * An ODOT passes the offset it adds down to the ODOTPTR or ODEREF under
 * it through nil_off, which they take on entry, before any subexpression
 * is generated. */
static int64_t nil_off;
/* The selector chain being generated loads a multiword value whole (a
 * string, slice, interface or struct read as an rvalue): gc's SSA then
 * splits the load into word loads of its own, which fault by themselves
 * even through a pointer it knows is nil (see known_nil).  Set at the
 * chain's top, passed down with nil_off, taken with it. */
static bool nil_whole, nil_passed;

static int64_t take_nil_off(void) {
    int64_t off = nil_off;
    nil_off = 0;
    nil_passed = false;
    return off;
}

/* x, a string or slice about to be generated, is read one word first
 * (its length: word 8, or capacity: 16): when x is a selector chain, a
 * nil pointer in it faults at that word's address, as gc's SSA loads
 * that word first, even through a pointer it knows is nil (as a whole
 * load's word loads do). */
static void nil_first_word(IrNode *x, int64_t word) {
    if (x->init.len == 0 && (x->op == ODOT || x->op == ODOTPTR || x->op == ODEREF)) {
        nil_off = word;
        nil_passed = true;
        nil_whole = true;
    }
}

static bool take_nil_whole(void) {
    bool w = nil_whole;
    nil_whole = false;
    return w;
}

/* Sets the offset for x's nil check when x is the next consumer. */
static void pass_nil_off(IrNode *x, int64_t off) {
    if ((x->op == ODOT || x->op == ODOTPTR || x->op == ODEREF) && x->init.len == 0) {
        nil_off = off;
        nil_passed = true;
    } else {
        nil_whole = false;
    }
}

static bool loads_whole(Type *t) {
    Type *u = under(t);
    if (!u) return false;
    return u->kind == TY_STRING || u->kind == TY_SLICE || u->kind == TY_INTERFACE || u->kind == TY_STRUCT;
}

static int64_t field_offset(Type *st, int i) {
    types_sizeof(st);
    return types_offsetof(st, i);
}

/* x is nil wherever it is read: gc's SSA then sees a constant nil pointer,
 * keeps the explicit nil check before the access (the access no longer
 * uses the checked value), and the report says addr=0x0 whatever the
 * field's offset.  A nil literal, or a local that is only ever its zero
 * value (`var p *T`, never assigned nor address-taken), also through an
 * inlined callee's parameter, a never-reassigned copy, or a field of a
 * zero struct variable.  (gc's SSA is flow-sensitive: a variable assigned
 * on another path is still constant before that assignment; not modelled.) */
static bool known_zero(IrNode *x) {
    x = ir_static_value(x);
    for (int hops = 0; hops < 32 && x->op == ONAME && x->nm && x->nm->cls == PAUTO && !x->nm->defn &&
                       x->nm->value_def && !x->nm->assigned && !x->nm->addrtaken;
         hops++)
        x = ir_static_value(x->nm->value_def->y);
    if (x->op == ONIL) return true;
    if ((x->op == OCONV || x->op == OCONVNOP) && x->x && x->x->op == ONIL) return true;
    if (x->op == ODOT && x->x) return known_zero(x->x); /* var w struct{ p *T }: w.p */
    if (x->op != ONAME || !x->nm) return false;
    IrName *nm = x->nm;
    /* (an inlined closure's body reads the caller's variable itself, a
     * closure called for real its own closure variable: not PAUTO) */
    return nm->cls == PAUTO && nm->zero_decl && !nm->defn && !nm->assigned && !nm->addrtaken && !nm->heap;
}

static bool known_nil(IrNode *x) { return known_zero(x); }

static void emit_nilcheck(const char *p, int64_t off) {
    if (off > 0 && off < 4096) emit("go_nilcheck_off(%s, %lld);", p, (long long)off);
    else emit("go_nilcheck(%s);", p);
}

static const char *zero_of(Type *t) {
    Type *u = under(t);
    if (!u) return "0";
    switch (u->kind) {
    case TY_POINTER: return arena_printf("((%s)NULL)", cg_ctype(t));
    case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR: return "NULL";
    case TY_STRUCT: case TY_ARRAY: case TY_STRING: case TY_SLICE: case TY_INTERFACE:
        return arena_printf("((%s){0})", cg_ctype(t));
    default: return arena_printf("((%s)0)", cg_ctype(t));
    }
}

/* ---------- names ---------- */

static bool name_used(const char *s) {
    for (int i = 0; i < F->nused; i++)
        if (!strcmp(F->used[i], s)) return true;
    return false;
}

static const char *fresh_cname(const char *goname) {
    /* a local copied from another package's inlined body is "os.file":
     * as os_file it would be that package's type os.file in C, and a later
     * `os_file* t` would parse as a product (B100) */
    const char *base = strchr(goname, '.') ? arena_printf("l_%s", cg_ident(goname)) : cg_ident(goname);
    if (cg_reserved(base)) base = arena_printf("%s_", base);
    const char *s = base;
    for (int k = 1; name_used(s) || (s[0] == '_' && (s[1] == 't' || s[1] == 's') && s[2] >= '0' && s[2] <= '9'); k++)
        s = arena_printf("%s_%d", base, k);
    if (F->nused == F->capused) {
        F->capused = F->capused ? F->capused * 2 : 32;
        const char **nu = NEWN(const char *, F->capused);
        if (F->nused) memcpy(nu, F->used, sizeof(char *) * (size_t)F->nused);
        F->used = nu;
    }
    F->used[F->nused++] = s;
    return s;
}

static VarInfo *var_of(IrName *nm) { return nm ? (VarInfo *)nm->aux : NULL; }
/* Write barriers (cg_wb.c): is nm's C variable a pointer to the Go one? */
static bool wb_indirect(IrName *nm) { VarInfo *vi = var_of(nm); return !vi || vi->indirect; }
/* lv = val for the place x, through the barrier when it may be in the heap. */
static void emit_store(IrNode *x, const char *lv, const char *val) {
    emit("%s", cg_wb_store(lv, val, x->type, cg_wb_place_in_heap(x, wb_indirect)));
}

/* The C expression for a variable's value (an lvalue). */
static const char *var_ref(IrName *nm) {
    if (nm->cls == PEXTERN) {
        VarInfo *vi = var_of(nm);
        if (!vi) {
            /* a global of a package compiled later: its C name is fixed by convention */
            vi = NEW(VarInfo);
            const char *pkg = nm->obj && nm->obj->pkg ? nm->obj->pkg->path : "main";
            vi->cname = arena_printf("%s_%s", cg_pkgprefix(pkg), cg_ident(nm->name));
            nm->aux = vi;
        }
        vi->referenced = true;
        return vi->cname;
    }
    VarInfo *vi = var_of(nm);
    /* a closure variable seen in an inlined copy of the closure's body:
     * the variable it captures */
    while ((!vi || vi->fn != F->f) && nm->cls == PAUTOHEAP && nm->outer) {
        nm = nm->outer;
        vi = var_of(nm);
        if (nm->cls == PEXTERN) return var_ref(nm);
    }
    if (!vi || vi->fn != F->f) {
        /* a name not in dcl (inliner-created blank, etc.): declare now */
        vi = NEW(VarInfo);
        vi->fn = F->f;
        vi->cname = fresh_cname(nm->name && *nm->name ? nm->name : "v");
        nm->aux = vi;
        buf_printf(&F->decls, "    %s %s = %s;\n", cg_ctype(nm->type), vi->cname, zero_of(nm->type));
        if (cg_has_pointers(nm->type)) cg_gc_local(nm, vi->cname, false);
    }
    return vi->indirect ? arena_printf("(*%s)", vi->cname) : vi->cname;
}

/* ---------- function symbols and signatures ---------- */

static bool func_has_ctx(IrFunc *f) { return f->outer != NULL || f->clo != NULL; }

const char *cg_func_sym(IrFunc *f) {
    if (f->linkname) return f->linkname;
    if (f->aux) return (const char *)f->aux;
    const char *name = f->name;
    const char *path = f->pkgpath && *f->pkgpath ? f->pkgpath : "main";
    /* names of other packages' functions carry "pkgname." */
    if (f->obj && f->obj->pkg && f->obj->pkg->name) {
        size_t pl = strlen(f->obj->pkg->name);
        if (!strncmp(name, f->obj->pkg->name, pl) && name[pl] == '.') name += pl + 1;
    }
    const char *sym = arena_printf("%s_%s", cg_pkgprefix(path), cg_ident(name));
    /* methods of generic instances (atomic.Pointer[T]): one per instance */
    if (f->obj && f->obj->recv_type) {
        Type *rt = f->obj->recv_type;
        if (rt->kind == TY_POINTER) rt = rt->elem;
        if (rt && rt->kind == TY_NAMED && rt->orig && rt->ntargs && rt->shape_plain && !f->obj->generic) {
            /* a view of a stdlib instance spelled from an instance body's
             * shapes has methods of its own for -m (types/generic.c
             * instance_methods): the code is the plain instance's */
            for (int i = 0; i < rt->shape_plain->nmethods; i++) {
                Object *pm = rt->shape_plain->methods[i];
                if (pm && pm != f->obj && pm->name && f->obj->name && !strcmp(pm->name, f->obj->name))
                    return f->aux = (void *)cg_func_sym(ir_func_for_object(pm));
            }
        }
        if (rt && rt->kind == TY_NAMED && rt->orig && rt->ntargs)
            sym = arena_printf("%s__%s", sym, cg_ident(types_string(rt)));
    }
    f->aux = (void *)sym;
    if ((f->has_body || (f->decl && f->decl->kind == N_FUNCDECL && f->decl->body)) && !(cg_lib_mode == 1 && cg_lib_provides(f)))
        vec_push(&func_queue, f);
    return sym;
}

const char *cg_sig_ret(Type *sig) {
    int n = sig && sig->results ? sig->results->nfields : 0;
    if (n == 0) return "void";
    if (n == 1) return cg_ctype(sig->results->fields[0]->type);
    return cg_tuple_ctype(sig->results);
}

static int sig_nparams(Type *sig) { return sig && sig->params ? sig->params->nfields : 0; }
static int sig_nresults(Type *sig) { return sig && sig->results ? sig->results->nfields : 0; }

/* "R (*)(lead, P...)" */
const char *cg_sig_ptrtype(Type *sig, const char *lead) {
    Buf b = {0};
    buf_printf(&b, "%s (*)(", cg_sig_ret(sig));
    bool first = true;
    if (lead) {
        buf_puts(&b, lead);
        first = false;
    }
    for (int i = 0; i < sig_nparams(sig); i++) {
        buf_printf(&b, "%s%s", first ? "" : ", ", cg_ctype(sig->params->fields[i]->type));
        first = false;
    }
    if (first) buf_puts(&b, "void");
    buf_puts(&b, ")");
    const char *r = arena_strdup(buf_str(&b));
    return r;
}

static char *header_text;
bool cg_in_header(const char *sym) {
    if (!header_text) {
        const char *path = arena_printf("%s/runtime/gosub.h", cg_root ? cg_root : ".");
        FILE *fp = fopen(path, "rb");
        if (!fp) {
            header_text = "";
            return false;
        }
        fseek(fp, 0, SEEK_END);
        long n = ftell(fp);
        fseek(fp, 0, SEEK_SET);
        header_text = arena_alloc((size_t)n + 1);
        if (fread(header_text, 1, (size_t)n, fp) != (size_t)n) header_text[0] = 0;
        fclose(fp);
    }
    size_t n = strlen(sym);
    for (const char *p = header_text; (p = strstr(p, sym)); p += n) {
        char before = p > header_text ? p[-1] : ' ';
        if ((before >= 'a' && before <= 'z') || (before >= 'A' && before <= 'Z') || (before >= '0' && before <= '9') ||
            before == '_')
            continue;
        if (p[n] == '(') return true;
    }
    return false;
}

static Type *func_sig(IrFunc *f) { return f->type; }

/* Parameter list text of a function definition/prototype. */
static const char *params_text(IrFunc *f, bool with_names, const char **names) {
    Buf b = {0};
    Type *sig = func_sig(f);
    bool first = true;
    if (func_has_ctx(f)) {
        buf_puts(&b, with_names ? "GoFunc *_clo" : "GoFunc *");
        first = false;
    }
    int k = 0;
    if (sig && sig->recv) {
        buf_printf(&b, "%s%s%s%s", first ? "" : ", ", cg_ctype(sig->recv->type), with_names ? " " : "",
                   with_names ? names[k] : "");
        k++;
        first = false;
    }
    for (int i = 0; i < sig_nparams(sig); i++) {
        buf_printf(&b, "%s%s%s%s", first ? "" : ", ", cg_ctype(sig->params->fields[i]->type), with_names ? " " : "",
                   with_names ? names[k] : "");
        k++;
        first = false;
    }
    if (first) buf_puts(&b, "void");
    const char *r = arena_strdup(buf_str(&b));
    return r;
}

static Vec declared;
void cg_declare_func(IrFunc *f) {
    const char *sym = cg_func_sym(f);
    for (int i = 0; i < declared.len; i++)
        if (declared.v[i] == f) return;
    vec_push(&declared, f);
    if (f->linkname && cg_in_header(sym)) return;
    bool has_body = f->has_body || (f->decl && f->decl->kind == N_FUNCDECL && f->decl->body);
    buf_printf(&cg_out.protos, "%s%s %s(%s);\n", has_body ? cg_func_linkage(f) : "", cg_sig_ret(func_sig(f)), sym,
               params_text(f, false, NULL));
}

/* A static func value for a top-level function (or method expression
 * with the receiver first): a wrapper taking the closure pointer. */
const char *cg_funcval(IrFunc *f) {
    const char *sym = cg_func_sym(f);
    cg_declare_func(f);
    const char *fv = intern_c(arena_printf("%s__fv", cg_ident(sym)));
    for (int i = 0; i < declared.len; i++)
        if (declared.v[i] == (void *)fv) return arena_printf("((GoFunc *)&%s)", fv);
    fv = intern_c(fv);
    vec_push(&declared, (void *)fv);
    Type *sig = func_sig(f);
    Buf b = {0};
    const char *gcbody = cg_gc_funcval_body(f), *gcfwd = cg_gc_wrapper_fwd(f); /* runtime.GC() chains */
    buf_printf(&b, "static %s%s %s_w(GoFunc *_clo", gcbody || gcfwd ? "GO_GCFRAME_FN " : "", cg_sig_ret(sig), fv);
    int k = 0;
    if (sig->recv) buf_printf(&b, ", %s p%d", cg_ctype(sig->recv->type), k++);
    for (int i = 0; i < sig_nparams(sig); i++) buf_printf(&b, ", %s p%d", cg_ctype(sig->params->fields[i]->type), k++);
    buf_printf(&b, ") {%s %s%s(", gcfwd ? arena_printf("\n%s", gcfwd) : "", sig_nresults(sig) ? "return " : "", sym);
    bool ext = f->linkname != NULL;
    for (int i = 0; i < k; i++) buf_printf(&b, "%s%sp%d", i ? ", " : "", ext ? "(void *)" : "", i);
    buf_puts(&b, "); }\n");
    /* externs taking non-pointers must not get (void *) casts */
    if (ext) {
        b = (Buf){0};
        buf_printf(&b, "static %s %s_w(GoFunc *_clo", cg_sig_ret(sig), fv);
        k = 0;
        Type *ts[64];
        if (sig->recv) ts[k] = sig->recv->type, buf_printf(&b, ", %s p%d", cg_ctype(sig->recv->type), k), k++;
        for (int i = 0; i < sig_nparams(sig) && k < 64; i++)
            ts[k] = sig->params->fields[i]->type, buf_printf(&b, ", %s p%d", cg_ctype(ts[k]), k), k++;
        buf_printf(&b, ") { %s%s(", sig_nresults(sig) ? "return " : "", sym);
        for (int i = 0; i < k; i++) buf_printf(&b, "%s%sp%d", i ? ", " : "", kind_is(ts[i], TY_POINTER) ? "(void *)" : "", i);
        buf_puts(&b, "); }\n");
    }
    if (gcbody) {
        b = (Buf){0};
        buf_printf(&b, "static GO_GCFRAME_FN void %s_w(GoFunc *_clo) { %s }\n", fv, gcbody);
    }
    buf_printf(&b, "static const GoFunc %s = {(void (*)(void))%s_w};\n", fv, fv);
    buf_append(&cg_out.wrappers, &b);
    return arena_printf("((GoFunc *)&%s)", fv);
}

/* ---------- method wrappers (descriptors and itabs) ---------- */

const char *cg_method_wrapper(Type *recvt, Selection *sel, bool ifn) {
    Object *m = sel->obj;
    IrFunc *mf = ir_func_for_object(m);
    const char *msym = cg_func_sym(mf);
    cg_declare_func(mf);
    Type *msig = m->type;
    bool mptr = m->ptr_recv || (msig->recv && kind_is(msig->recv->type, TY_POINTER));
    bool rptr = kind_is(recvt, TY_POINTER) && recvt->kind != TY_NAMED;
    int npath = sel->nindex - 1;
    if (!ifn && npath == 0 && mptr == rptr && !mf->linkname) return msym;
    const char *wname = arena_printf("%s__%s%s", cg_ident(msym), ifn ? "i" : "t", rptr ? "p" : "");
    if (npath > 0) wname = arena_printf("%s_%s", wname, cg_ident(cg_ctype(recvt)));
    wname = intern_c(wname);
    for (int i = 0; i < declared.len; i++)
        if (declared.v[i] == (void *)wname) return wname;
    vec_push(&declared, (void *)wname);
    Buf b = {0}, proto = {0};
    const char *ret = cg_sig_ret(msig);
    /* a standard type's own method: the library defines the wrapper next
     * to the method (which cc can then inline into it) */
    bool libw = npath == 0 && cg_lib_wrapper(mf);
    buf_printf(&proto, "%s%s %s(%s", libw ? "" : "static ", ret, wname, ifn ? "void *d" : arena_printf("%s r", cg_ctype(recvt)));
    for (int i = 0; i < sig_nparams(msig); i++) buf_printf(&proto, ", %s p%d", cg_ctype(msig->params->fields[i]->type), i);
    buf_puts(&proto, ")");
    const char *gcfwd = cg_gc_wrapper_fwd(mf); /* passes a runtime.GC() chain record on */
    buf_printf(&cg_out.protos, "%s%s;\n", buf_str(&proto), gcfwd ? " GO_GCFRAME_FN" : "");
    if (libw && cg_lib_mode == 1) return wname;
    buf_printf(&b, "%s {\n", buf_str(&proto));
    if (fn_recovers(mf)) buf_printf(&b, "    rt_recover_forward((const void *)%s, (const void *)%s);\n", wname, msym);
    /* the receiver as an expression of type recvt */
    const char *x;
    if (ifn) x = cg_is_direct_iface(recvt) ? arena_printf("(*(%s *)&d)", cg_ctype(recvt)) : arena_printf("(*(%s *)d)", cg_ctype(recvt));
    else x = "r";
    Type *xt = recvt;
    const char *tname = types_string(kind_is(recvt, TY_POINTER) && recvt->kind != TY_NAMED ? under(recvt)->elem : recvt);
    const char *pkg = "main";
    {
        Type *bt = kind_is(recvt, TY_POINTER) && recvt->kind != TY_NAMED ? under(recvt)->elem : recvt;
        if (bt->kind == TY_NAMED && bt->obj && bt->obj->pkg) pkg = bt->obj->pkg->path;
        const char *dot = strrchr(tname, '.');
        if (dot) tname = dot + 1;
    }
    for (int i = 0; i < npath; i++) {
        Type *u = under(xt);
        if (u->kind == TY_POINTER) {
            buf_printf(&b, "    go_nilcheck(%s);\n", x);
            u = under(u->elem);
            x = arena_printf("%s->%s", x, cg_field_name(u, sel->index[i]));
        } else {
            x = arena_printf("%s.%s", x, cg_field_name(u, sel->index[i]));
        }
        xt = u->fields[sel->index[i]]->type;
    }
    if (cg_is_iface(xt)) {
        /* promoted from an embedded interface: through its itab */
        int idx = 0, nm = 0;
        Object **ims = types_iface_methods(under(xt), &nm);
        for (int i = 0; i < nm; i++)
            if (!strcmp(ims[i]->name, m->name)) idx = i;
        const char *iv = arena_printf("_iv");
        buf_printf(&b, "    GoIface %s = %s;\n    go_nilcheck(%s.tab);\n", iv, x, iv);
        buf_printf(&b, "    %s((%s)%s.tab->fun[%d])(%s.data", sig_nresults(msig) ? "return " : "",
                   cg_sig_ptrtype(types_new_func(NULL, msig->params, msig->results, msig->variadic), "void *"), iv, idx, iv);
        for (int i = 0; i < sig_nparams(msig); i++) buf_printf(&b, ", p%d", i);
        buf_puts(&b, ");\n}\n");
        buf_append(&cg_out.wrappers, &b);
        return wname;
    }
    bool xptr = kind_is(xt, TY_POINTER);
    const char *recv;
    if (mptr) recv = xptr ? x : arena_printf("&%s", x);
    else if (xptr) {
        buf_printf(&b, "    if (!%s) rt_panicwrap(\"%s\", \"%s\", \"%s\");\n", x, pkg, tname, m->name);
        recv = arena_printf("*%s", x);
    } else recv = x;
    if (gcfwd) buf_puts(&b, gcfwd);
    buf_printf(&b, "    %s%s(%s%s", sig_nresults(msig) ? "return " : "", msym, mf->linkname && mptr ? "(void *)" : "", recv);
    for (int i = 0; i < sig_nparams(msig); i++) buf_printf(&b, ", p%d", i);
    buf_puts(&b, ");\n}\n");
    buf_append(&cg_out.wrappers, &b);
    return wname;
}

/* ---------- constants ---------- */

static const char *int_lit(Type *t, Const *c) {
    Type *u = under(t);
    if (types_is_unsigned(u) || u->kind == TY_UINTPTR) {
        uint64_t v = const_to_uint64(c);
        return arena_printf("((%s)%lluull)", cg_ctype(t), (unsigned long long)v);
    }
    int64_t v = const_to_int64(c);
    if (v == INT64_MIN) return arena_printf("((%s)(-9223372036854775807ll - 1))", cg_ctype(t));
    if (v < 0) return arena_printf("((%s)(%lldll))", cg_ctype(t), (long long)v);
    if (u->kind == TY_INT || u->kind == TY_INT64) return arena_printf("%lldll", (long long)v);
    return arena_printf("((%s)%lldll)", cg_ctype(t), (long long)v);
}

static const char *float_lit(double d, bool f32) {
    if (d != d) return f32 ? "(__builtin_nanf(\"\"))" : "(__builtin_nan(\"\"))";
    if (d == __builtin_inf()) return f32 ? "(__builtin_inff())" : "(__builtin_inf())";
    if (d == -__builtin_inf()) return f32 ? "(-__builtin_inff())" : "(-__builtin_inf())";
    if (f32) return arena_printf("((float)%a)", d);
    return arena_printf("(%a)", d);
}

static const char *const_expr(Const *c, Type *t) {
    if (!t) t = types_typ[TY_INT];
    if (types_is_untyped(t)) t = types_default(t);
    Type *u = under(t);
    if (!c) return zero_of(t);
    if (types_is_complex(u)) return cg_complex_lit(c, t);
    if (u->kind == TY_INTERFACE) {
        /* a constant converted implicitly: box it with its default type */
        return zero_of(t);
    }
    switch (c->kind) {
    case CK_BOOL: return c->b ? "true" : "false";
    case CK_STRING: return cg_strlit(c->s.p, c->s.len);
    case CK_INT: case CK_FLOAT:
        if (types_is_float(u)) return float_lit(const_to_float64(c), u->kind == TY_FLOAT32);
        if (types_is_integer(u)) {
            if (c->kind == CK_FLOAT) c = const_to_kind(c, CK_INT);
            return int_lit(t, c);
        }
        if (u->kind == TY_UNSAFEPTR || u->kind == TY_POINTER) return arena_printf("((%s)%lluull)", cg_ctype(t), (unsigned long long)const_to_uint64(c));
        return "0";
    default: return zero_of(t);
    }
}

/* ---------- checks ---------- */

static bool is_const_int(IrNode *n, int64_t *v) {
    if (n && n->op == OLITERAL && n->cval && (n->cval->kind == CK_INT || n->cval->kind == CK_FLOAT) && const_is_int(n->cval))
        return const_fits_int64(n->cval, v);
    return false;
}

/* An upper bound on an index expression known to be >= 0 (a masked,
 * reduced or narrow unsigned value), or -1: a[x&7], a[u%16], a[b] with b a
 * byte need no check when the array is long enough (gc's prove does the
 * same with its value ranges). */
static int64_t idx_max(IrNode *n) {
    int64_t v;
    if (!n) return -1;
    if (is_const_int(n, &v)) return v >= 0 ? v : -1;
    Type *t = n->type;
    bool uns = t && types_is_unsigned(t);
    int64_t sz = t ? types_sizeof(t) : 8;
    int64_t best = uns && sz < 8 ? ((int64_t)1 << (8 * sz)) - 1 : -1;
    int64_t m = -1;
    switch (n->op) {
    case OBINARY:
        if (n->tok == T_AND) {
            int64_t a = is_const_int(n->x, &v) && v >= 0 ? v : idx_max(n->x);
            int64_t b = is_const_int(n->y, &v) && v >= 0 ? v : idx_max(n->y);
            if (a >= 0 && (b < 0 || a < b)) m = a;
            else m = b;
        } else if (n->tok == T_REM && uns && is_const_int(n->y, &v) && v > 0) {
            m = v - 1;
        } else if (n->tok == T_SHR && uns && sz == 8 && is_const_int(n->y, &v) && v > 0 && v < 63) {
            m = (int64_t)(UINT64_MAX >> v);
        }
        break;
    case OCONV: case OCONVNOP:
        /* widening an unsigned value keeps its bound */
        if (n->x && n->x->type && types_is_unsigned(n->x->type) && types_sizeof(n->x->type) <= sz) m = idx_max(n->x);
        break;
    default: break;
    }
    if (m >= 0 && (best < 0 || m < best)) best = m;
    return best;
}

static void check_index(IrNode *idx, const char *i, const char *len, int64_t constlen, bool bounded) {
    int64_t v;
    if (bounded) return;
    if (constlen >= 0 && is_const_int(idx, &v) && v >= 0 && v < constlen) return;
    if (constlen >= 0 && (v = idx_max(idx)) >= 0 && v < constlen) return;
    if (idx && types_is_unsigned(idx->type) && types_sizeof(idx->type) == 8) emit("go_check_index_u(%s, %s);", i, len);
    else emit("go_check_index(%s, %s);", i, len);
}

/* ---------- expressions ---------- */

static const char *binop_cop(int tok) {
    switch (tok) {
    case T_ADD: return "+";
    case T_SUB: return "-";
    case T_MUL: return "*";
    case T_QUO: return "/";
    case T_REM: return "%";
    case T_AND: return "&";
    case T_OR: return "|";
    case T_XOR: return "^";
    case T_SHL: return "<<";
    case T_SHR: return ">>";
    case T_EQL: return "==";
    case T_NEQ: return "!=";
    case T_LSS: return "<";
    case T_LEQ: return "<=";
    case T_GTR: return ">";
    case T_GEQ: return ">=";
    default: return "?";
    }
}

/* Arithmetic on values a and b (already generated) of type t. */
static const char *arith(int tok, Type *t, const char *a, const char *b, IrNode *yn, Type *yt) {
    Type *u = under(t);
    const char *ct = cg_ctype(t);
    if (types_is_string(u)) {
        return tmp_init("GoString", arena_printf("rt_concatstring2(NULL, %s, %s)", a, b));
    }
    if (types_is_float(u)) {
        return arena_printf("((%s)(%s %s %s))", ct, a, binop_cop(tok), b);
    }
    if (types_is_complex(u)) return cg_complex_arith(tok, t, a, b);
    int64_t cv;
    bool yconst = is_const_int(yn, &cv);
    int bits = (int)types_sizeof(t) * 8;
    bool sgn = !types_is_unsigned(u) && u->kind != TY_UINTPTR;
    switch (tok) {
    case T_QUO: case T_REM:
        if (yconst && cv != 0 && cv != -1) return arena_printf("((%s)(%s %s %s))", ct, a, binop_cop(tok), b);
        if (!yconst || cv == 0) emit("go_check_div(%s);", b);
        if (sgn) {
            if (tok == T_QUO) return arena_printf("((%s)(%s == -1 ? -%s : %s / %s))", ct, b, a, a, b);
            return arena_printf("((%s)(%s == -1 ? 0 : %s %% %s))", ct, b, a, b);
        }
        return arena_printf("((%s)(%s %s %s))", ct, a, binop_cop(tok), b);
    case T_SHL: case T_SHR: {
        uint64_t ucv; /* a constant count of untyped float or complex type (x << 1.0): its integer value */
        bool ylit = yn && yn->op == OLITERAL && yn->cval && const_is_int(yn->cval); /* never negative (checked) */
        if (ylit && !yconst) b = arena_printf("%lluull", const_fits_uint64(yn->cval, &ucv) ? (unsigned long long)ucv : ~0ull);
        if (yconst && cv >= 0 && cv < bits) return arena_printf("((%s)(%s %s %s))", ct, a, binop_cop(tok), b);
        if (yt && !types_is_unsigned(yt) && under(yt)->kind != TY_UINTPTR && !(yconst && cv >= 0) && !ylit) emit("go_check_shift(%s);", b);
        if (tok == T_SHL) return arena_printf("((uint64_t)(%s) >= %d ? (%s)0 : (%s)(%s << %s))", b, bits, ct, ct, a, b);
        if (sgn) return arena_printf("((%s)((uint64_t)(%s) >= %d ? %s >> %d : %s >> %s))", ct, b, bits, a, bits - 1, a, b);
        return arena_printf("((uint64_t)(%s) >= %d ? (%s)0 : (%s)(%s >> %s))", b, bits, ct, ct, a, b);
    }
    case T_AND_NOT: return arena_printf("((%s)(%s & ~%s))", ct, a, b);
    default: return arena_printf("((%s)(%s %s %s))", ct, a, binop_cop(tok), b);
    }
}

static const char *eface_of(const char *v, Type *t) {
    if (cg_is_empty_iface(t)) return v;
    return arena_printf("go_iface_to_eface(%s)", v);
}

/* Addressable copy of a value (for runtime calls taking pointers). */
static const char *addr_of_value(const char *v, Type *t) {
    const char *tmp = tmp_init(cg_ctype(t), v);
    return arena_printf("&%s", tmp);
}

static const char *compare(int tok, IrNode *xn, IrNode *yn) {
    Type *xt = xn->type, *yt = yn->type;
    bool xnil = xn->op == ONIL || (xn->op == OCONVNOP && xn->x && xn->x->op == ONIL);
    bool ynil = yn->op == ONIL || (yn->op == OCONVNOP && yn->x && yn->x->op == ONIL);
    if (xnil && ynil && xt && yt && cg_is_iface(xt) != cg_is_iface(yt)) return tok == T_NEQ ? "true" : "false";
    if (xnil && !ynil) {
        IrNode *t = xn;
        xn = yn;
        yn = t;
        xnil = false;
        ynil = true;
        xt = xn->type;
        yt = yn->type;
    }
    const char *neg = tok == T_NEQ ? "!" : "";
    if (ynil) {
        const char *a = gen_expr(xn);
        Type *u = under(xt);
        switch (u->kind) {
        case TY_INTERFACE: return arena_printf("(%s.%s %s NULL)", a, cg_is_empty_iface(u) ? "type" : "tab", tok == T_NEQ ? "!=" : "==");
        case TY_SLICE: return arena_printf("(%s.p %s NULL)", a, tok == T_NEQ ? "!=" : "==");
        default: return arena_printf("(%s %s NULL)", a, tok == T_NEQ ? "!=" : "==");
        }
    }
    const char *a = gen_expr(xn);
    const char *b = gen_expr(yn);
    Type *ux = under(xt), *uy = under(yt);
    bool xi = ux->kind == TY_INTERFACE, yi = uy->kind == TY_INTERFACE;
    if (xi && yi) {
        if (cg_is_empty_iface(ux) && cg_is_empty_iface(uy)) return arena_printf("(%srt_efaceeq(%s, %s))", neg, a, b);
        if (!cg_is_empty_iface(ux) && !cg_is_empty_iface(uy)) return arena_printf("(%srt_ifaceeq(%s, %s))", neg, a, b);
        return arena_printf("(%srt_efaceeq(%s, %s))", neg, eface_of(a, xt), eface_of(b, yt));
    }
    if (xi || yi) {
        const char *iv = xi ? eface_of(a, xt) : eface_of(b, yt);
        Type *ct = xi ? yt : xt;
        const char *cv = xi ? b : a;
        return arena_printf("(%srt_efaceeq_val(%s, %s, %s))", neg, iv, cg_desc(ct), addr_of_value(cv, ct));
    }
    switch (ux->kind) {
    case TY_STRING:
        if (tok == T_EQL || tok == T_NEQ) return arena_printf("(%sgo_streq(%s, %s))", neg, a, b);
        return arena_printf("(rt_cmpstring(%s, %s) %s 0)", a, b, binop_cop(tok));
    case TY_STRUCT: case TY_ARRAY:
        return arena_printf("(%srt_typed_equal(%s, %s, %s))", neg, cg_desc(xt), addr_of_value(a, xt), addr_of_value(b, xt));
    default:
        return arena_printf("(%s %s %s)", a, binop_cop(tok), b);
    }
}

/* Evaluates n into a nested buffer; returns its expression, *code the statements. */
static const char *gen_nested(IrNode *n, Buf *code) {
    Buf *save = F->out;
    F->out = code;
    F->indent++;
    const char *r = gen_expr(n);
    F->indent--;
    F->out = save;
    return r;
}

static const char *gen_andor(IrNode *n) {
    const char *a = gen_expr(n->x);
    Buf code = {0};
    const char *b = gen_nested(n->y, &code);
    const char *op = n->op == OANDAND ? "&&" : "||";
    if (!code.len) return arena_printf("(%s %s %s)", a, op, b);
    const char *t = tmp_init("bool", a);
    emit("if (%s%s) {", n->op == OANDAND ? "" : "!", t);
    buf_append(F->out, &code);
    F->indent++;
    emit("%s = %s;", t, b);
    F->indent--;
    emit("}");
    return t;
}

/* Data word of a concrete value converted to an interface. */
static const char *box(IrNode *n, const char *v, Type *t) {
    if (cg_is_direct_iface(t)) {
        Type *u = under(t);
        if (u->kind == TY_STRUCT || u->kind == TY_ARRAY) {
            const char *tmp = tmp_init(cg_ctype(t), v);
            return arena_printf("(*(void **)&%s)", tmp);
        }
        return arena_printf("((void *)%s)", v);
    }
    if (types_sizeof(t) == 0) return "((void *)&rt_zerobase)";
    if (n && !on_heap(n)) {
        const char *slot = frame_slot(cg_ctype(t), NULL);
        emit("%s = %s;", slot, v);
        return arena_printf("((void *)&%s)", slot);
    }
    const char *tmp = tmp_init(cg_ctype(t), v);
    return tmp_init("void *", arena_printf("rt_convT(%s, &%s)", cg_desc(t), tmp));
}

/* An interface value v of type from as one of interface type to. */
static const char *iface_to_iface(const char *v, Type *from, Type *to) {
    bool to_empty = cg_is_empty_iface(to), from_empty = cg_is_empty_iface(from);
    if (to_empty && from_empty) return v;
    if (to_empty) return arena_printf("go_iface_to_eface(%s)", v);
    /* interface to interface: the dynamic type's itab */
    const char *sv = stable(cg_ctype(from), v);
    const char *dyn = from_empty ? arena_printf("%s.type", sv) : arena_printf("go_iface_type(%s)", sv);
    return arena_printf("(%s ? (GoIface){rt_getitab(%s, %s, false), %s.data} : (GoIface){0})", dyn, cg_desc(to), dyn, sv);
}

/* A result of a multi-value assignment (v1, v2 = f(), m[k], x.(T), <-c)
 * stored into a variable of another type: gc converts it after escape
 * analysis (order's as2func/as2ok), so a concrete value is boxed on the
 * heap.  Same type: v itself. */
static const char *conv_assign(const char *v, Type *from, Type *to) {
    if (!from || !to || !cg_is_iface(to) || types_identical(from, to)) return v;
    if (cg_is_iface(from)) return iface_to_iface(v, from, to);
    const char *data = box(NULL, v, from);
    if (cg_is_empty_iface(to)) return arena_printf("((GoEface){%s, %s})", cg_desc(from), data);
    return arena_printf("((GoIface){%s, %s})", cg_itab(to, from), data);
}

static const char *conv_iface(IrNode *n) {
    Type *to = n->type, *from = n->x->type;
    if ((n->x->op == ONIL && (!from || cg_is_iface(from))) || (from && from->kind == TY_UNTYPED_NIL)) return zero_of(to);
    if (n->x->op == OLITERAL && types_is_untyped(from)) from = types_default(from);
    const char *v = gen_expr(n->x);
    bool to_empty = cg_is_empty_iface(to);
    if (cg_is_iface(from)) return iface_to_iface(v, from, to);
    const char *data;
    Type *fu = under(from);
    if (n->x->op == OLITERAL && n->x->cval && !cg_is_direct_iface(from) &&
        (types_is_string(fu) || types_is_integer(fu) || types_is_float(fu) || types_is_complex(fu) || types_is_boolean(fu))) {
        /* a constant: read-only static data, no allocation (gc's staticuint64s / rodata) */
        const char *k = arena_printf("_k%d", ++F->ntmp);
        const char *init = v;
        if (!strncmp(v, "((GoString){", 12)) init = arena_printf("{%s", v + 12);
        if (init != v) ((char *)init)[strlen(init) - 1] = 0; /* drop the closing ')' */
        if (!strcmp(v, "((GoString){0})")) init = "{0}";
        buf_printf(&F->decls, "    static const %s %s = %s;\n", cg_ctype(from), k, init);
        data = arena_printf("((void *)&%s)", k);
    } else {
        data = box(n, v, from);
    }
    if (to_empty) return arena_printf("((GoEface){%s, %s})", cg_desc(from), data);
    return arena_printf("((GoIface){%s, %s})", cg_itab(to, from), data);
}

/* Element pointer type text. */
static const char *elem_ptr(Type *et) { return arena_printf("%s *", cg_ctype(et)); }

static const char *gen_index(IrNode *n, bool lvalue) {
    Type *xt = n->x->type;
    Type *u = under(xt);
    if (u->kind == TY_STRING) {
        const char *s = stable("GoString", gen_expr(n->x));
        const char *i = stable("intptr_t", gen_expr(n->y));
        int64_t cl = -1;
        if (n->x->op == OLITERAL && n->x->cval) cl = n->x->cval->s.len;
        check_index(n->y, i, arena_printf("%s.n", s), cl, (n->flags & IRF_BOUNDED) != 0);
        return arena_printf("%s.p[%s]", s, i);
    }
    if (u->kind == TY_ARRAY) {
        const char *a = lvalue ? gen_lvalue(n->x) : gen_expr(n->x);
        const char *i = stable("intptr_t", gen_expr(n->y));
        check_index(n->y, i, arena_printf("%lld", (long long)u->len), u->len, (n->flags & IRF_BOUNDED) != 0);
        return arena_printf("%s.a[%s]", a, i);
    }
    /* slice */
    const char *s = stable("GoSlice", gen_expr(n->x));
    const char *i = stable("intptr_t", gen_expr(n->y));
    check_index(n->y, i, arena_printf("%s.len", s), -1, (n->flags & IRF_BOUNDED) != 0);
    return arena_printf("((%s)%s.p)[%s]", elem_ptr(u->elem), s, i);
}

static bool key_fast(Type *kt, int *kind) {
    Type *u = under(kt);
    if (u->kind == TY_STRING) {
        *kind = 1;
        return true;
    }
    if (u->kind == TY_INT || u->kind == TY_INT64 || u->kind == TY_UINT || u->kind == TY_UINT64 || u->kind == TY_POINTER) {
        *kind = 2;
        return true;
    }
    return false;
}

/* Pointer (void *) to m[k]'s slot for reading (access1) or writing (assign). */
static const char *map_slot_c(Type *mt, const char *m, const char *k, bool assign, const char *okvar);
static const char *map_slot(IrNode *mapn, IrNode *keyn, bool assign, const char *okvar) {
    Type *mt = mapn->type;
    const char *m = stable("GoMap *", gen_expr(mapn));
    const char *k;
    if (!assign && keyn->op == OBYTES2STR) {
        /* m[string(b)]: the lookup borrows b's bytes (gc's slicebytetostringtmp) */
        const char *b = stable("GoSlice", gen_expr(keyn->x));
        k = arena_printf("((GoString){(const uint8_t *)%s.p, %s.len})", b, b);
    } else {
        k = gen_expr(keyn);
    }
    return map_slot_c(mt, m, k, assign, okvar);
}

/* The slot of key k (C text) in map m (C text) of type mt. */
static const char *map_slot_c(Type *mt, const char *m, const char *k, bool assign, const char *okvar) {
    int fk;
    const char *fn = assign ? "rt_mapassign" : okvar ? "rt_mapaccess2" : "rt_mapaccess1";
    const char *ok = okvar ? arena_printf(", &%s", okvar) : "";
    if (key_fast(under(mt)->key, &fk)) {
        if (fk == 1) return tmp_init("void *", arena_printf("%s_str(%s, %s, %s%s)", fn, cg_desc(mt), m, k, ok));
        return tmp_init("void *", arena_printf("%s_64(%s, %s, (uint64_t)%s%s)", fn, cg_desc(mt), m, k, ok));
    }
    const char *ka = addr_of_value(k, under(mt)->key);
    return tmp_init("void *", arena_printf("%s(%s, %s, %s%s)", fn, cg_desc(mt), m, ka, ok));
}

/* Which slice indices have unsigned types (go_check_slice2x/3x's us). */
static unsigned slice_unsigned(IrNode *n) {
    unsigned us = 0;
    IrNode *ix[3] = {n->y, n->z, n->w};
    for (int i = 0; i < 3; i++) {
        Type *t = ix[i] ? under(ix[i]->type) : NULL;
        if (t && (types_is_unsigned(t) || t->kind == TY_UINTPTR)) us |= 1u << i;
    }
    return us;
}

static const char *gen_slice(IrNode *n) {
    Type *xt = n->x->type;
    Type *u = under(xt);
    unsigned us = slice_unsigned(n);
    const char *lo = n->y ? stable("intptr_t", gen_expr(n->y)) : "0";
    const char *hi_e = n->z ? gen_expr(n->z) : NULL;
    const char *max_e = n->w ? gen_expr(n->w) : NULL;
    if (n->op == OSLICESTR) {
        if (!hi_e) nil_first_word(n->x, 8); /* s[i:] reads the length first */
        const char *s = stable("GoString", gen_expr(n->x));
        const char *hi = hi_e ? stable("intptr_t", hi_e) : arena_printf("%s.n", s);
        if (us) emit("go_check_slice2x(%s, %s, %s.n, false, %uu);", lo, hi, s, us);
        else emit("go_check_slice2(%s, %s, %s.n, false);", lo, hi, s);
        if (!strcmp(lo, "0")) return arena_printf("((GoString){%s.p, %s})", s, hi);
        /* an empty result keeps the base: never a pointer past the end */
        return arena_printf("((GoString){(%s - %s) ? %s.p + %s : %s.p, %s - %s})", hi, lo, s, lo, s, hi, lo);
    }
    const char *base, *len, *cap;
    Type *et;
    bool arr = n->op == OSLICEARR || n->op == OSLICE3ARR;
    if (arr) {
        Type *at = under(u->elem);
        et = at->elem;
        const char *p = stable(cg_ctype(xt), gen_expr(n->x));
        emit("go_nilcheck(%s);", p);
        base = arena_printf("%s->a", p);
        len = cap = arena_printf("%lld", (long long)at->len);
    } else {
        et = u->elem;
        nil_first_word(n->x, n->op == OSLICE3 ? 16 : 8); /* the first word gc loads: s[i:j:k] checks the capacity */
        const char *s = stable("GoSlice", gen_expr(n->x));
        base = arena_printf("((%s)%s.p)", elem_ptr(et), s);
        len = arena_printf("%s.len", s);
        cap = arena_printf("%s.cap", s);
    }
    const char *hi = hi_e ? stable("intptr_t", hi_e) : len;
    if (n->op == OSLICE3 || n->op == OSLICE3ARR) {
        const char *max = stable("intptr_t", max_e);
        if (us) emit("go_check_slice3x(%s, %s, %s, %s, %s, %uu);", lo, hi, max, cap, arr ? "false" : "true", us);
        else emit("go_check_slice3(%s, %s, %s, %s, %s);", lo, hi, max, cap, arr ? "false" : "true");
        cap = max;
    } else if (us) {
        emit("go_check_slice2x(%s, %s, %s, %s, %uu);", lo, hi, cap, arr ? "false" : "true", us);
    } else {
        emit("go_check_slice2(%s, %s, %s, %s);", lo, hi, cap, arr ? "false" : "true");
    }
    if (!strcmp(lo, "0")) return arena_printf("((GoSlice){%s, %s, %s})", base, hi, cap);
    return arena_printf("((GoSlice){(%s - %s) ? %s + %s : %s, %s - %s, %s - %s})", cap, lo, base, lo, base, hi, lo, cap, lo);
}

static const char *tmpbuf(IrNode *n, const char *ctype, int count) {
    if (on_heap(n)) return "NULL";
    return frame_slot(ctype, arena_printf("[%d]", count));
}

static const char *gen_dottype(IrNode *n, const char *okvar) {
    Type *it = n->x->type, *t = n->type;
    const char *v = stable(cg_ctype(it), gen_expr(n->x));
    bool empty = cg_is_empty_iface(it);
    const char *dyn = empty ? arena_printf("%s.type", v) : arena_printf("go_iface_type(%s)", v);
    if (cg_is_iface(t)) {
        if (cg_is_empty_iface(t)) {
            const char *e = empty ? v : arena_printf("go_iface_to_eface(%s)", v);
            if (okvar) {
                emit("%s = %s != NULL;", okvar, dyn);
                return arena_printf("(%s ? %s : (GoEface){0})", okvar, e);
            }
            emit("if (!%s) rt_panic_dottype(NULL, %s, %s);", dyn, cg_desc(t), cg_desc(it));
            return e;
        }
        const char *r = tmpname();
        emit("GoIface %s = {0};", r);
        if (okvar) {
            if (empty) emit("%s = rt_assertE2I2(%s, %s, &%s);", okvar, cg_desc(t), v, r);
            else emit("%s = rt_assertI2I2(%s, %s, &%s);", okvar, cg_desc(t), v, r);
        } else {
            if (empty) emit("%s = rt_assertE2I(%s, %s);", r, cg_desc(t), v);
            else emit("%s = rt_assertI2I(%s, %s);", r, cg_desc(t), v);
        }
        return r;
    }
    const char *want = cg_desc(t);
    const char *val = cg_is_direct_iface(t) ? arena_printf("(*(%s *)&%s.data)", cg_ctype(t), v)
                                            : arena_printf("(*(%s *)%s.data)", cg_ctype(t), v);
    if (okvar) {
        emit("%s = %s == %s;", okvar, dyn, want);
        return arena_printf("(%s ? %s : %s)", okvar, val, zero_of(t));
    }
    emit("if (%s != %s) rt_panic_dottype(%s, %s, %s);", dyn, want, dyn, want, cg_desc(it));
    return val;
}

/* Closure context struct for captured variables. */
static Type *closure_ctx_type(IrFunc *cf) {
    int n = cf->cvars.len;
    Type **ts = NEWN(Type *, n + 1);
    const char **names = NEWN(const char *, n + 1);
    ts[0] = types_typ[TY_UINTPTR];
    names[0] = "fn";
    for (int i = 0; i < n; i++) {
        IrName *cv = cf->cvars.v[i];
        ts[i + 1] = cv->byval ? cv->type : types_new_pointer(cv->type);
        names[i + 1] = arena_printf("c%d_%s", i, cv->name);
    }
    return cg_new_struct(ts, names, n + 1);
}

static const char *gen_closure(IrNode *n) {
    IrFunc *cf = n->fn;
    const char *sym = cg_func_sym(cf);
    cg_declare_func(cf);
    if (cf->cvars.len == 0) {
        const char *fv = arena_printf("%s__fv", sym);
        bool have = false;
        for (int i = 0; i < declared.len; i++)
            if (declared.v[i] == (void *)intern_c(fv)) have = true;
        if (!have) {
            vec_push(&declared, (void *)intern_c(fv));
            buf_printf(&cg_out.wrappers, "static const GoFunc %s = {(void (*)(void))%s};\n", fv, sym);
        }
        return arena_printf("((GoFunc *)&%s)", fv);
    }
    Type *ct = closure_ctx_type(cf);
    const char *cty = cg_ctype(ct);
    const char *p;
    if (on_heap(n)) {
        p = tmp_init(arena_printf("%s *", cty), arena_printf("rt_new(%s)", cg_desc(ct)));
    } else {
        const char *slot = frame_slot(cty, NULL);
        p = tmp_init(arena_printf("%s *", cty), arena_printf("&%s", slot));
    }
    emit("%s->fn = (uintptr_t)%s;", p, sym);
    Type *u = under(ct);
    for (int i = 0; i < cf->cvars.len; i++) {
        IrName *cv = cf->cvars.v[i];
        IrName *o = cv->outer;
        const char *fname = cg_field_name(u, i + 1);
        if (cv->byval) {
            emit("%s->%s = %s;", p, fname, var_ref(o));
        } else {
            VarInfo *vi = var_of(o);
            if (o->cls == PEXTERN) emit("%s->%s = &%s;", p, fname, var_ref(o));
            else if (vi && vi->fn == F->f && vi->indirect) emit("%s->%s = %s;", p, fname, vi->cname);
            else emit("%s->%s = &%s;", p, fname, var_ref(o));
        }
    }
    if (on_heap(n)) emit("%s", cg_wb_init(ct, p, NULL)); /* cg_wb.c */
    return arena_printf("((GoFunc *)%s)", p);
}

/* Method value x.M: a closure holding the receiver. */
static const char *gen_methvalue(IrNode *n) {
    IrNode *x = n->x;
    Type *rt = x->type;
    Type *sig = n->type; /* func type without receiver */
    bool iface = cg_is_iface(rt);
    const char *rv = gen_expr(x);
    Type *ts[2] = {types_typ[TY_UINTPTR], rt};
    const char *names[2] = {"fn", "recv"};
    Type *ct = cg_new_struct(ts, names, 2);
    const char *cty = cg_ctype(ct);
    int id = ++nthunk;
    const char *thunk = arena_printf("mv_%d_%s", id, cg_ident(n->name.p ? str_cstr(n->name) : "m"));
    Buf b = {0};
    buf_printf(&b, "static %s %s(GoFunc *_clo", cg_sig_ret(sig), thunk);
    for (int i = 0; i < sig_nparams(sig); i++) buf_printf(&b, ", %s p%d", cg_ctype(sig->params->fields[i]->type), i);
    buf_puts(&b, ") {\n");
    buf_printf(&b, "    %s *c = (%s *)_clo;\n", cty, cty);
    const char *ret = sig_nresults(sig) ? "return " : "";
    if (iface) {
        int idx = 0, nm = 0;
        Object **ms = types_iface_methods(under(rt), &nm);
        for (int i = 0; i < nm; i++)
            if (str_eqc(n->name, ms[i]->name)) idx = i;
        const char *fid = cg_field_name(under(ct), 1);
        buf_printf(&b, "    rt_recover_forward((const void *)%s, (const void *)c->%s.tab->fun[%d]);\n", thunk, fid, idx);
        buf_printf(&b, "    %s((%s)c->%s.tab->fun[%d])(c->%s.data", ret, cg_sig_ptrtype(sig, "void *"), fid, idx, fid);
    } else {
        IrFunc *mf = n->fn;
        const char *msym = cg_func_sym(mf);
        cg_declare_func(mf);
        if (fn_recovers(mf)) buf_printf(&b, "    rt_recover_forward((const void *)%s, (const void *)%s);\n", thunk, msym);
        buf_printf(&b, "    %s%s(%sc->%s", ret, msym, mf->linkname && kind_is(rt, TY_POINTER) ? "(void *)" : "",
                   cg_field_name(under(ct), 1));
    }
    for (int i = 0; i < sig_nparams(sig); i++) buf_printf(&b, ", p%d", i);
    buf_puts(&b, ");\n}\n");
    buf_printf(&cg_out.protos, "static %s %s(GoFunc *", cg_sig_ret(sig), thunk);
    for (int i = 0; i < sig_nparams(sig); i++) buf_printf(&cg_out.protos, ", %s", cg_ctype(sig->params->fields[i]->type));
    buf_puts(&cg_out.protos, ");\n");
    buf_append(&cg_out.wrappers, &b);
    if (iface) {
        const char *v = stable(cg_ctype(rt), rv);
        emit("if (!%s.%s) rt_panic_nil();", v, cg_is_empty_iface(rt) ? "type" : "tab");
        rv = v;
    } else if (kind_is(rt, TY_POINTER) && !(n->fn && n->fn->obj && n->fn->obj->ptr_recv)) {
        emit("go_nilcheck(%s);", rv);
    }
    const char *p;
    if (on_heap(n)) p = tmp_init(arena_printf("%s *", cty), arena_printf("rt_new(%s)", cg_desc(ct)));
    else p = tmp_init(arena_printf("%s *", cty), arena_printf("&%s", frame_slot(cty, NULL)));
    emit("%s->fn = (uintptr_t)%s;", p, thunk);
    emit("%s->%s = %s;", p, cg_field_name(under(ct), 1), rv);
    if (on_heap(n)) emit("%s", cg_wb_init(ct, p, NULL)); /* cg_wb.c */
    return arena_printf("((GoFunc *)%s)", p);
}

/* make(map) or a map literal.  A map escape analysis keeps in the frame
 * gets its header there and, when at most 8 entries are expected (consthint
 * <= 8, or -1: known only at run time), its first bucket too, as gc's walk
 * does; a literal of up to 8 entries or `m := map[K]V{}` then allocates
 * nothing. */
static const char *gen_makemap(IrNode *n, Type *t, const char *hint, int64_t consthint) {
    if (on_heap(n)) return tmp_init("GoMap *", arena_printf("rt_makemap(%s, %s)", cg_desc(t), hint));
    Type *u = under(t);
    const char *hs = frame_slot("uint64_t", "[GO_MAP_HMAP_SIZE / 8]");
    const char *bs = "NULL";
    if (consthint <= 8)
        bs = frame_slot("uint64_t", arena_printf("[GO_MAP_BUCKET_SIZE(%lld, %lld) / 8]", (long long)types_sizeof(u->key),
                                                 (long long)types_sizeof(u->elem)));
    return tmp_init("GoMap *", arena_printf("rt_makemap_stack(%s, %s, %s, %s)", cg_desc(t), hint, hs, bs));
}

/* Method expression T.M used as a value. */
static const char *gen_methexpr_value(IrNode *n) {
    Type *sig = n->type; /* receiver first */
    Type *recvt = n->x ? n->x->type : NULL;
    int id = ++nthunk;
    const char *thunk = arena_printf("me_%d_%s", id, cg_ident(str_cstr(n->name)));
    Buf b = {0};
    buf_printf(&b, "static %s %s(GoFunc *_clo", cg_sig_ret(sig), thunk);
    for (int i = 0; i < sig_nparams(sig); i++) buf_printf(&b, ", %s p%d", cg_ctype(sig->params->fields[i]->type), i);
    buf_puts(&b, ") {\n");
    const char *ret = sig_nresults(sig) ? "return " : "";
    if (recvt && cg_is_iface(recvt)) {
        int idx = 0, nm = 0;
        Object **ms = types_iface_methods(under(recvt), &nm);
        for (int i = 0; i < nm; i++)
            if (str_eqc(n->name, ms[i]->name)) idx = i;
        Type *msig = types_new_func(NULL, types_new_tuple(sig->params->fields + 1, sig->params->nfields - 1), sig->results, sig->variadic);
        if (cg_is_empty_iface(recvt)) buf_printf(&b, "    rt_panic_nil();\n");
        buf_printf(&b, "    go_nilcheck(p0.tab);\n    %s((%s)p0.tab->fun[%d])(p0.data", ret, cg_sig_ptrtype(msig, "void *"), idx);
        for (int i = 1; i < sig_nparams(sig); i++) buf_printf(&b, ", p%d", i);
    } else {
        const char *target = NULL;
        MethodSet *ms = recvt ? types_method_set(recvt) : NULL;
        for (int i = 0; ms && i < ms->len; i++)
            if (str_eqc(n->name, ms->v[i]->obj->name)) target = cg_method_wrapper(recvt, ms->v[i], false);
        if (!target) {
            target = cg_func_sym(n->fn);
            cg_declare_func(n->fn);
        }
        buf_printf(&b, "    %s%s(p0", ret, target);
        for (int i = 1; i < sig_nparams(sig); i++) buf_printf(&b, ", p%d", i);
    }
    buf_puts(&b, ");\n}\n");
    buf_printf(&b, "static const GoFunc %s_fv = {(void (*)(void))%s};\n", thunk, thunk);
    buf_printf(&cg_out.protos, "static %s %s(GoFunc *", cg_sig_ret(sig), thunk);
    for (int i = 0; i < sig_nparams(sig); i++) buf_printf(&cg_out.protos, ", %s", cg_ctype(sig->params->fields[i]->type));
    buf_puts(&cg_out.protos, ");\n");
    buf_append(&cg_out.wrappers, &b);
    return arena_printf("((GoFunc *)&%s_fv)", thunk);
}

static const char *gen_append(IrNode *n) {
    Type *st = n->type;
    Type *et = under(st)->elem;
    const char *ept = elem_ptr(et);
    nil_first_word(n->list.v[0], 8); /* its length is read first */
    const char *s0 = gen_expr(n->list.v[0]);
    if (n->flags & IRF_DDD) {
        IrNode *src = n->list.len > 1 ? n->list.v[1] : NULL;
        const char *t = gen_expr(src);
        const char *s = tmp_init("GoSlice", s0);
        bool str = types_is_string(src->type);
        const char *tv = stable(str ? "GoString" : "GoSlice", t);
        const char *tl = str ? arena_printf("%s.n", tv) : arena_printf("%s.len", tv);
        const char *old = tmp_init("intptr_t", arena_printf("%s.len", s));
        /* compared unsigned, as gc: a length that wraps past MaxInt grows (and panics) */
        emit("if ((uintptr_t)(%s + %s) > (uintptr_t)%s.cap) %s = rt_growslice(%s, %s, %s + %s); else %s.len += %s;", old, tl, s, s, cg_desc(et),
             s, old, tl, s, tl);
        /* memmove with a NULL source is undefined even for 0 bytes (UBSan) */
        if (!str && cg_has_pointers(et)) emit("GO_WB_TYPED_N(%s, %s.p, %s);", cg_desc(et), tv, tl); /* cg_wb.c */
        emit("if (%s) memmove((%s)%s.p + %s, %s.p, (size_t)%s * sizeof(%s));", tl, ept, s, old, tv, tl, cg_ctype(et));
        return s;
    }
    int k = n->list.len - 1;
    const char **vals = NEWN(const char *, k + 1);
    /* every value is read before the growth and the stores, which may
     * overwrite what it reads (append(s[:n-1], x, s[n-1]): Go's fixedbugs
     * bug428) */
    for (int i = 0; i < k; i++) {
        IrNode *a = n->list.v[i + 1];
        vals[i] = gen_expr(a);
        if (a->op != OLITERAL && a->op != ONIL) vals[i] = stable(cg_ctype(a->type), vals[i]);
    }
    const char *s = tmp_init("GoSlice", s0);
    if (k == 0) return s;
    emit("if ((uintptr_t)(%s.len + %d) > (uintptr_t)%s.cap) %s = rt_growslice(%s, %s, %s.len + %d); else %s.len += %d;", s, k, s, s, cg_desc(et),
         s, s, k, s, k);
    for (int i = 0; i < k; i++)
        emit("%s", cg_wb_store(arena_printf("((%s)%s.p)[%s.len - %d]", ept, s, s, k - i), vals[i], et, true));
    return s;
}

/* Is n one of the operations gc's order pass copies into a temporary
 * where it stands: calls, and the builtins len, cap, real, imag, complex,
 * copy, make, new, append, recover and string-to-slice conversions (so
 * len(x) before a call f() that changes x reads the old x: Go's
 * fixedbugs bug491)? Their generated values are temporaries, or a
 * constant for len/cap of an array. */
static bool order_copies(IrNode *n) {
    switch (n->op) {
    case OCALLFUNC: case OCALLINTER: case OINLCALL: return true; /* not ORECV: walk keeps it in place */
    case OLEN: case OCAP: case OREAL: case OIMAG: case OCOMPLEX: case OCOPY: case OMAKESLICE: case OMAKEMAP:
    case OMAKECHAN: case ONEW: case OAPPEND: case ORECOVER: case OSTR2BYTES: case OSTR2RUNES: return true;
    default: return false;
    }
}

/* Does evaluating n call a function (or a builtin order_copies names)?
 * gc's order pass hoists exactly these into temporaries before the rest
 * of the operands. */
static bool has_call(IrNode *n) {
    if (!n) return false;
    if (order_copies(n)) return true;
    if (n->op == OCLOSURE) return false;
    if (has_call(n->x) || has_call(n->y) || has_call(n->z) || has_call(n->w)) return true;
    IrList *ls[2] = {&n->list, &n->init};
    for (int k = 0; k < 2; k++)
        for (int i = 0; i < ls[k]->len; i++)
            if (has_call(ls[k]->v[i])) return true;
    return false;
}

/* Evaluates, in order, the calls inside n (an assignment's left side)
 * into temporaries that gen_expr then returns for those nodes: gc's order
 * pass runs the left side's calls before the right side's (m[f()], *g()
 * = h(): f, g, h; Go's fixedbugs bug262, bug242).  A && or || with a
 * call is one unit, as gc evaluates it into one temporary.  The caller
 * (gen_stmt) drops the entries when the statement is done. */
static void hoist_calls(IrNode *n) {
    if (!n || n->op == OCLOSURE) return;
    if (order_copies(n) || ((n->op == OANDAND || n->op == OOROR) && has_call(n))) {
        const char *v = tmp_init(cg_ctype(n->type), gen_expr(n)); /* an inlined call's result variable may be reused */
        if (F->nhoisted == F->caphoisted) {
            int cap = F->caphoisted ? 2 * F->caphoisted : 8;
            struct Hoisted *h = NEWN(struct Hoisted, cap);
            if (F->nhoisted) memcpy(h, F->hoisted, (size_t)F->nhoisted * sizeof *h);
            F->hoisted = h, F->caphoisted = cap;
        }
        F->hoisted[F->nhoisted].n = n;
        F->hoisted[F->nhoisted++].v = v;
        return;
    }
    hoist_calls(n->x), hoist_calls(n->y), hoist_calls(n->z), hoist_calls(n->w);
    for (int i = 0; i < n->list.len; i++) hoist_calls(n->list.v[i]);
}

static void hoist_lhs_calls(IrList *l) {
    for (int i = 0; i < l->len; i++)
        if (l->v[i]->op != ONAME) hoist_calls(l->v[i]);
}

static bool has_recv(IrNode *n) {
    if (!n) return false;
    if (n->op == ORECV) return true;
    if (n->op == OCLOSURE) return false;
    if (has_recv(n->x) || has_recv(n->y) || has_recv(n->z) || has_recv(n->w)) return true;
    for (int i = 0; i < n->list.len; i++)
        if (has_recv(n->list.v[i])) return true;
    return false;
}

/* Operands in gc's order: those containing calls first (left to right),
 * then the others, so plain variables are read after every call. */
/* gc's order pass copies the operand of a conversion to an interface
 * whose data word the runtime takes by address (convT/convTnoptr: not a
 * 2, 4 or 8-byte scalar, a string or a slice; so complex64/128, structs,
 * arrays, bools, pointers) unless it is a global or an addressable path:
 * such an operand is read in argument order, before a later argument's
 * call runs (fmt.Println(c, f()) where f changes c prints the old c). */
static bool conv_reads_early(IrNode *n) {
    if (n->op != OCONVIFACE || !n->x || !n->x->type || cg_is_iface(n->x->type)) return false;
    IrNode *x = n->x;
    Type *t = x->type;
    if (types_is_untyped(t) || x->op == OLITERAL || x->op == ONIL) return false;
    int64_t sz = types_sizeof(t), al = types_alignof(t);
    bool ptrs = types_has_pointers(t);
    if ((sz == 2 && al == 2) || (sz == 4 && al == 4 && !ptrs) || (sz == 8 && al == 8 && !ptrs)) return false;
    Type *u = under(t);
    while (u && ((u->kind == TY_STRUCT && u->nfields == 1) || (u->kind == TY_ARRAY && u->len == 1)))
        u = under(u->kind == TY_STRUCT ? u->fields[0]->type : u->elem);
    if (u && (u->kind == TY_STRING || u->kind == TY_SLICE)) return false;
    if (x->op == ONAME) return x->nm && x->nm->cls != PEXTERN && x->nm->cls != PFUNC;
    return x->op != ODOT && x->op != ODOTPTR && x->op != OINDEX && x->op != ODEREF;
}

static void gen_ordered(IrNode **ns, int n, const char **out) {
    int last_call = -1;
    bool *done = NEWN(bool, n + 1);
    for (int i = 0; i < n; i++)
        if (has_call(ns[i])) last_call = i;
    for (int i = 0; i < n; i++) {
        if (has_call(ns[i])) out[i] = gen_expr(ns[i]), done[i] = true;
        else if (i < last_call && conv_reads_early(ns[i])) out[i] = stable(cg_ctype(ns[i]->type), gen_expr(ns[i])), done[i] = true;
    }
    for (int i = 0; i < n; i++)
        if (!done[i]) out[i] = gen_expr(ns[i]);
}

static const char *gen_composite(IrNode *n);

static const char *gen_slicelit(IrNode *n) {
    Type *et = under(n->type)->elem;
    int64_t len = n->len;
    const char *ct = cg_ctype(et);
    const char **vals = NEWN(const char *, n->list.len + 1);
    int64_t *idx = NEWN(int64_t, n->list.len + 1);
    int64_t k = 0;
    IrNode **es = NEWN(IrNode *, n->list.len + 1);
    for (int i = 0; i < n->list.len; i++) {
        IrNode *e = n->list.v[i];
        if (e->op == OKEY) {
            int64_t v = 0;
            is_const_int(e->x, &v);
            k = v;
            es[i] = e->y;
        } else {
            es[i] = e;
        }
        idx[i] = k++;
    }
    gen_ordered(es, n->list.len, vals);
    const char *p;
    if (len == 0) return "((GoSlice){(void *)&rt_zerobase, 0, 0})";
    if (on_heap(n)) {
        p = tmp_init(arena_printf("%s *", ct), arena_printf("rt_newarray(%s, %lld)", cg_desc(et), (long long)len));
    } else {
        const char *slot = frame_slot(ct, arena_printf("[%lld]", (long long)len));
        emit("memset(%s, 0, sizeof %s);", slot, slot);
        p = slot;
    }
    for (int i = 0; i < n->list.len; i++) emit("%s[%lld] = %s;", p, (long long)idx[i], vals[i]);
    if (on_heap(n)) emit("%s", cg_wb_init(et, p, arena_printf("%lld", (long long)len))); /* cg_wb.c */
    return arena_printf("((GoSlice){%s, %lld, %lld})", p, (long long)len, (long long)len);
}

static const char *gen_composite(IrNode *n) {
    Type *t = n->type;
    Type *u = under(t);
    const char *ct = cg_ctype(t);
    switch (n->op) {
    case OSTRUCTLIT: {
        if (!n->list.len) return arena_printf("((%s){0})", ct);
        Buf b = {0};
        IrNode **es = NEWN(IrNode *, n->list.len);
        const char **vs = NEWN(const char *, n->list.len);
        for (int i = 0; i < n->list.len; i++) es[i] = n->list.v[i]->x;
        gen_ordered(es, n->list.len, vs);
        buf_printf(&b, "((%s){", ct);
        bool first = true;
        for (int i = 0; i < n->list.len; i++) {
            IrNode *k = n->list.v[i];
            /* A blank field keeps its zero value (gc's fixedlit assigns its
             * value to _): the value is only evaluated. */
            if (k->obj && !strcmp(k->obj->name, "_")) {
                emit("(void)(%s);", vs[i]);
                continue;
            }
            buf_printf(&b, "%s.%s = %s", first ? "" : ", ", cg_field_name(u, k->field), vs[i]);
            first = false;
        }
        if (first) return arena_printf("((%s){0})", ct);
        buf_puts(&b, "})");
        const char *r = arena_strdup(buf_str(&b));
        return r;
    }
    case OARRAYLIT: {
        if (!n->list.len) return arena_printf("((%s){0})", ct);
        Buf b = {0};
        buf_printf(&b, "((%s){{", ct);
        int64_t k = 0;
        for (int i = 0; i < n->list.len; i++) {
            IrNode *e = n->list.v[i];
            const char *v;
            if (e->op == OKEY) {
                int64_t iv = 0;
                is_const_int(e->x, &iv);
                k = iv;
                v = gen_expr(e->y);
            } else {
                v = gen_expr(e);
            }
            buf_printf(&b, "%s[%lld] = %s", i ? ", " : "", (long long)k, v);
            k++;
        }
        buf_puts(&b, "}})");
        const char *r = arena_strdup(buf_str(&b));
        return r;
    }
    case OSLICELIT: return gen_slicelit(n);
    case OMAPLIT: {
        const char *m = gen_makemap(n, t, arena_printf("%d", n->list.len), n->list.len);
        for (int i = 0; i < n->list.len; i++) {
            IrNode *kv = n->list.v[i];
            const char *k = gen_expr(kv->x);
            const char *v = gen_expr(kv->y);
            const char *ka = addr_of_value(k, u->key);
            emit("%s", cg_wb_store(arena_printf("*(%s *)rt_mapassign(%s, %s, %s)", cg_ctype(u->elem), cg_desc(t), m, ka), v,
                                   u->elem, true));
        }
        return m;
    }
    default: return zero_of(t);
    }
}

static const char *gen_new(IrNode *n, Type *et, const char *init) {
    const char *ct = cg_ctype(et);
    if (on_heap(n)) {
        const char *p = tmp_init(arena_printf("%s *", ct), arena_printf("(%s *)rt_new(%s)", ct, cg_desc(et)));
        if (init) emit("*%s = %s;", p, init);
        if (init) emit("%s", cg_wb_init(et, p, NULL)); /* cg_wb.c */
        return p;
    }
    const char *slot = frame_slot(ct, NULL);
    emit("%s = %s;", slot, init ? init : zero_of(et));
    return arena_printf("(&%s)", slot);
}

static const char *gen_conv(IrNode *n) {
    Type *to = n->type, *from = n->x->type;
    const char *v = gen_expr(n->x);
    Type *tu = under(to), *fu = under(from);
    if (!fu || !tu) return v;
    const char *tc = cg_ctype(to);
    if (types_is_float(fu) && types_is_integer(tu)) {
        /* float -> integer as gc does on amd64 (gosub.h go_f2i64) */
        long sz = (long)types_sizeof(tu);
        bool un = types_is_unsigned(tu);
        const char *h = sz == 8 ? (un ? "go_f2u64" : "go_f2i64") : sz == 4 && un ? "go_f2i64" : "go_f2i32";
        return arena_printf("((%s)%s((double)%s))", tc, h, v);
    }
    return arena_printf("((%s)%s)", tc, v);
}

static const char *gen_expr_inner(IrNode *n) {
    switch (n->op) {
    case ONAME:
        if (n->nm->cls == PFUNC) return cg_funcval(n->nm->func);
        return var_ref(n->nm);
    case OLITERAL: return const_expr(n->cval, n->type);
    case ONIL: return zero_of(n->type);
    case OBINARY: {
        switch (n->tok) {
        case T_EQL: case T_NEQ: case T_LSS: case T_LEQ: case T_GTR: case T_GEQ: return compare(n->tok, n->x, n->y);
        default: {
            const char *a = gen_expr(n->x);
            const char *b = gen_expr(n->y);
            return arith(n->tok, n->type, a, b, n->y, n->y->type);
        }
        }
    }
    case OANDAND: case OOROR: return gen_andor(n);
    case OUNARY: {
        const char *a = gen_expr(n->x);
        switch (n->tok) {
        case T_SUB: return arena_printf("((%s)(-%s))", cg_ctype(n->type), a);
        case T_XOR: return arena_printf("((%s)(~%s))", cg_ctype(n->type), a);
        case T_NOT: return arena_printf("(!%s)", a);
        default: return a;
        }
    }
    case OADDSTR: {
        int k = n->list.len;
        const char **vs = NEWN(const char *, k);
        gen_ordered(n->list.v, k, vs);
        const char *buf = tmpbuf(n, "uint8_t", 32);
        if (k == 2) return tmp_init("GoString", arena_printf("rt_concatstring2(%s, %s, %s)", buf, vs[0], vs[1]));
        const char *arr = tmpname();
        Buf b = {0};
        buf_printf(&b, "GoString %s[%d] = {", arr, k);
        for (int i = 0; i < k; i++) buf_printf(&b, "%s%s", i ? ", " : "", vs[i]);
        buf_puts(&b, "};");
        emit("%s", buf_str(&b));
        return tmp_init("GoString", arena_printf("rt_concatstrings(%s, %s, %d)", buf, arr, k));
    }
    case OADDR: {
        IrNode *x = n->x;
        if (x->op == ONAME && x->nm->cls != PEXTERN) {
            VarInfo *vi = var_of(x->nm);
            var_ref(x->nm);
            vi = var_of(x->nm);
            if (vi->indirect) return vi->cname;
            return arena_printf("(&%s)", vi->cname);
        }
        if (x->op == OSTRUCTLIT || x->op == OARRAYLIT) return gen_new(n, x->type, gen_expr(x));
        return arena_printf("(&%s)", gen_lvalue(x));
    }
    case ODEREF: case ODOT: case ODOTPTR: case OINDEX:
        if (n->op == OINDEX) return gen_index(n, false);
        if (!nil_passed) nil_whole = loads_whole(n->type); /* the top of a selector chain read as a value */
        if (n->op == ODOT) {
            Type *st = under(n->x->type);
            pass_nil_off(n->x, take_nil_off() + field_offset(st, n->field));
            return arena_printf("%s.%s", gen_expr(n->x), cg_field_name(st, n->field));
        }
        return gen_lvalue(n);
    case OINDEXMAP: {
        const char *slot = map_slot(n->x, n->y, false, NULL);
        return arena_printf("(*(%s *)%s)", cg_ctype(n->type), slot);
    }
    case OSLICE: case OSLICEARR: case OSLICESTR: case OSLICE3: case OSLICE3ARR: return gen_slice(n);
    case ODOTTYPE: return gen_dottype(n, NULL);
    case ODOTTYPE2: return gen_dottype(n, NULL); /* single-value use: panics */
    case OCONV: return gen_conv(n);
    case OCONVNOP: {
        const char *v = gen_expr(n->x);
        const char *a = cg_ctype(n->type), *b = cg_ctype(n->x->type);
        if (!strcmp(a, b)) return v;
        Type *u = under(n->type);
        if (u->kind == TY_STRUCT || u->kind == TY_ARRAY || u->kind == TY_INTERFACE || u->kind == TY_SLICE ||
            u->kind == TY_STRING) {
            const char *t = tmp_init(b, v);
            return arena_printf("(*(%s *)&%s)", a, t);
        }
        return arena_printf("((%s)%s)", a, v);
    }
    case OCONVIFACE: return conv_iface(n);
    case OSTR2BYTES: {
        if (n->x->op == OLITERAL && n->x->cval && n->x->cval->kind == CK_STRING) {
            /* []byte("const"): gc allocates exactly [len]byte (on the stack
             * when it does not escape and fits 64 KiB, else new([len]byte)),
             * so cap == len, not the 32-byte tmpBuf nor a size class */
            intptr_t len = (intptr_t)n->x->cval->s.len;
            const char *lit = stable("GoString", gen_expr(n->x));
            const char *p;
            if (!on_heap(n) && len <= 65536)
                p = frame_slot("uint8_t", arena_printf("[%ld]", (long)(len > 0 ? len : 1)));
            else
                p = tmp_init("uint8_t *", arena_printf("(uint8_t *)rt_alloc(%ld, NULL)", (long)len));
            if (len > 0) emit("memcpy(%s, %s.p, %ld);", p, lit, (long)len);
            return tmp_init("GoSlice", arena_printf("((GoSlice){%s, %ld, %ld})", p, (long)len, (long)len));
        }
        const char *v = gen_expr(n->x);
        return tmp_init("GoSlice", arena_printf("rt_stringtoslicebyte(%s, %s)", tmpbuf(n, "uint8_t", 32), v));
    }
    case OBYTES2STR: {
        const char *v = stable("GoSlice", gen_expr(n->x));
        return tmp_init("GoString", arena_printf("rt_slicebytetostring(%s, %s.p, %s.len)", tmpbuf(n, "uint8_t", 32), v, v));
    }
    case OSTR2RUNES: {
        const char *v = gen_expr(n->x);
        return tmp_init("GoSlice", arena_printf("rt_stringtoslicerune(%s, %s)", tmpbuf(n, "go_rune", 32), v));
    }
    case ORUNES2STR: {
        const char *v = stable("GoSlice", gen_expr(n->x));
        return tmp_init("GoString", arena_printf("rt_slicerunetostring(%s, %s.p, %s.len)", tmpbuf(n, "uint8_t", 32), v, v));
    }
    case ORUNESTR: {
        const char *v = gen_expr(n->x);
        const char *x = types_is_unsigned(n->x->type) && types_sizeof(n->x->type) == 8
                            ? arena_printf("(%s > 0x7fffffffffffffffull ? -1 : (int64_t)%s)", v, v)
                            : arena_printf("(int64_t)%s", v);
        return tmp_init("GoString", arena_printf("rt_intstring(%s, %s)", tmpbuf(n, "uint8_t", 4), x));
    }
    case OSLICE2ARRPTR: {
        const char *v = stable("GoSlice", gen_expr(n->x));
        Type *at = under(under(n->type)->elem);
        emit("go_check_convert(%lld, %s.len);", (long long)at->len, v);
        return arena_printf("((%s)%s.p)", cg_ctype(n->type), v);
    }
    case OCALLFUNC: case OCALLINTER: case OINLCALL: {
        const char *r = gen_call(n, true);
        return r ? r : "0";
    }
    case OAPPEND: return gen_append(n);
    case OREAL: case OIMAG: case OCOMPLEX: {
        /* read here, before a later operand's call (order_copies) */
        const char *x = gen_expr(n->x);
        return tmp_init(cg_ctype(n->type), cg_complex_builtin(n, x, n->y ? gen_expr(n->y) : NULL));
    }
    case OCOPY: {
        nil_first_word(n->x, 8);
        const char *d = stable("GoSlice", gen_expr(n->x));
        bool str = types_is_string(n->y->type);
        const char *s = stable(str ? "GoString" : "GoSlice", gen_expr(n->y));
        Type *et = under(n->x->type)->elem;
        return tmp_init("intptr_t", arena_printf("rt_slicecopy(%s, %s.p, %s.len, %s.p, %s.%s)", cg_desc(et), d, d, s, s,
                                                 str ? "n" : "len"));
    }
    case OLEN: case OCAP: {
        Type *u = under(n->x->type);
        if (u->kind == TY_ARRAY || u->kind == TY_POINTER) {
            IrNode *e = n->x->op == ODEREF && (n->x->flags & IRF_IMPLICIT) ? n->x->x : n->x; /* len(p): no deref */
            if (has_call(e) || has_recv(e)) emit("(void)%s;", gen_expr(e));
            return arena_printf("%lldll", (long long)(u->kind == TY_ARRAY ? u->len : under(u->elem)->len));
        }
        /* only that word is loaded: addr=0x8 for len(p.s) with s first */
        if (u->kind == TY_STRING || u->kind == TY_SLICE) nil_first_word(n->x, n->op == OCAP ? 16 : 8);
        /* read here, before a later operand's call (order_copies) */
        const char *v = gen_expr(n->x);
        switch (u->kind) {
        case TY_STRING: return tmp_init("int64_t", arena_printf("((int64_t)%s.n)", v));
        case TY_SLICE: return tmp_init("int64_t", arena_printf("((int64_t)%s.%s)", v, n->op == OLEN ? "len" : "cap"));
        case TY_MAP: return tmp_init("int64_t", arena_printf("((int64_t)go_maplen(%s))", v));
        case TY_CHAN: return tmp_init("int64_t", arena_printf("((int64_t)%s(%s))", n->op == OLEN ? "rt_chanlen" : "rt_chancap", v));
        default: return "0";
        }
    }
    case ORECOVER:
        if (F->has_recover) return tmp_init("GoEface", "rt_gorecover(_rtok)");
        return "((GoEface){0})";
    case ONEW: return gen_new(n, under(n->type)->elem, NULL);
    case OPTRLIT: {
        IrNode *x = n->x;
        const char *init = gen_expr(x);
        return gen_new(n, x->type, init);
    }
    case OMAKESLICE: {
        Type *et = under(n->type)->elem;
        int64_t cl = 0, cc = 0;
        bool lconst = n->x && is_const_int(n->x, &cl);
        bool cconst = n->y ? is_const_int(n->y, &cc) : (cc = cl, lconst);
        if (!on_heap(n) && lconst && cconst && cl >= 0 && cc >= cl && cc * types_sizeof(et) <= 64 * 1024) {
            /* a make that does not escape, constant size: in the frame, as gc */
            if (cc == 0) return arena_printf("((GoSlice){(void *)&rt_zerobase, %lld, %lld})", (long long)cl, (long long)cc);
            const char *slot = frame_slot(cg_ctype(et), arena_printf("[%lld]", (long long)cc));
            emit("memset(%s, 0, sizeof %s);", slot, slot);
            return arena_printf("((GoSlice){%s, %lld, %lld})", slot, (long long)cl, (long long)cc);
        }
        const char *l = n->x ? gen_expr(n->x) : "0";
        const char *c = n->y ? gen_expr(n->y) : l;
        l = stable("int64_t", l);
        if (!n->y) c = l;
        const char *lx = n->x && types_is_unsigned(n->x->type) ? arena_printf("(%s > 0x7fffffffffffffffull ? -1 : (int64_t)%s)", l, l) : arena_printf("(int64_t)%s", l);
        const char *cx = n->y && types_is_unsigned(n->y->type) ? arena_printf("(%s > 0x7fffffffffffffffull ? -1 : (int64_t)%s)", c, c) : arena_printf("(int64_t)%s", c);
        return tmp_init("GoSlice", arena_printf("rt_makeslice(%s, %s, %s)", cg_desc(et), lx, cx));
    }
    case OMAKEMAP: {
        const char *h = n->x ? gen_expr(n->x) : "0";
        int64_t v;
        if (!n->x) v = 0;
        else if (!is_const_int(n->x, &v)) v = -1;
        return gen_makemap(n, n->type, arena_printf("(int64_t)%s", h), v);
    }
    case OMAKECHAN: {
        const char *s = n->x ? gen_expr(n->x) : "0";
        return tmp_init("GoChan *", arena_printf("rt_makechan(%s, (intptr_t)%s)", cg_desc(n->type), s));
    }
    case OSTRUCTLIT: case OARRAYLIT: case OSLICELIT: case OMAPLIT: return gen_composite(n);
    case OCLOSURE: return gen_closure(n);
    case OMETHVALUE: return gen_methvalue(n);
    case OMETHEXPR: return gen_methexpr_value(n);
    case ORECV: {
        const char *c = gen_expr(n->x);
        const char *t = tmpname();
        emit("%s %s = %s;", cg_ctype(n->type), t, zero_of(n->type));
        const char *gcpost, *gcpre = cg_gc_park(n, &gcpost); /* a GC record while parked */
        if (gcpre) emit("%s", gcpre);
        emit("rt_chanrecv1(%s, &%s);", c, t);
        if (gcpost) emit("%s", gcpost);
        return t;
    }
    case OUNSAFEADD: {
        const char *p = gen_expr(n->x), *k = gen_expr(n->y);
        return arena_printf("((void *)((uint8_t *)%s + %s))", p, k);
    }
    case OUNSAFESLICE: {
        const char *p = gen_expr(n->x), *k = gen_expr(n->y);
        bool neg = !types_is_unsigned(n->y->type);
        Type *et = under(n->x->type)->elem;
        return tmp_init("GoSlice", arena_printf("cg_unsafe_slice((void *)%s, (uint64_t)%s, %s, %lld)", p, k,
                                                neg ? arena_printf("(%s) < 0", k) : "false", (long long)types_sizeof(et)));
    }
    case OPANIC: case OPRINT: case OPRINTN: case OCLOSE: case ODELETE:
        gen_stmt(n);
        return "0";
    default:
        cg_error(n->pos, "code generation: %s not supported yet", ir_op_name(n->op));
        return "0";
    }
}

static const char *gen_expr(IrNode *n) {
    if (!n) return "0";
    for (int i = F->nhoisted - 1; i >= 0; i--)
        if (F->hoisted[i].n == n) return F->hoisted[i].v;
    /* calls run their init themselves (call_parts, OINLCALL) */
    if (n->op != OINLCALL && n->op != OCALLFUNC && n->op != OCALLINTER) gen_list(&n->init);
    return gen_expr_inner(n);
}

/* An lvalue for an addressable expression (or a map index: not here). */
static const char *gen_lvalue(IrNode *n) {
    gen_list(&n->init);
    bool whole = nil_passed || n->op == ODEREF || n->op == ODOTPTR ? take_nil_whole() : false;
    int64_t off = take_nil_off();
    switch (n->op) {
    case ONAME: return var_ref(n->nm);
    case ODEREF: {
        const char *p = stable(cg_ctype(n->x->type), gen_expr(n->x));
        if (n->aux != (void *)cg_nonnil_tag) emit_nilcheck(p, known_nil(n->x) && !whole ? 0 : off);
        return arena_printf("(*%s)", p);
    }
    case ODOT: {
        Type *st = under(n->x->type);
        pass_nil_off(n->x, off + field_offset(st, n->field));
        return arena_printf("%s.%s", gen_lvalue(n->x), cg_field_name(st, n->field));
    }
    case ODOTPTR: {
        const char *p = stable(cg_ctype(n->x->type), gen_expr(n->x));
        Type *st = under(under(n->x->type)->elem);
        if (n->aux != (void *)cg_nonnil_tag)
            emit_nilcheck(p, known_nil(n->x) && !whole ? 0 : off + field_offset(st, n->field));
        return arena_printf("%s->%s", p, cg_field_name(st, n->field));
    }
    case OINDEX: return gen_index(n, true);
    default: {
        /* not addressable in Go terms (a call result being selected): a temp */
        const char *v = gen_expr(n);
        return tmp_init(cg_ctype(n->type), v);
    }
    }
}

/* ---------- calls ---------- */

typedef struct CallParts {
    int kind;            /* 0 static, 1 method (static), 2 func value, 3 interface */
    IrFunc *fn;          /* static / method */
    const char *fv;      /* func value (kind 2) */
    const char *iv;      /* interface value (kind 3) */
    int midx;            /* interface method index */
    const char *sym;     /* kind 1: a wrapper to call instead of fn (promoted methods) */
    Type *sig;           /* signature of the call (without receiver for kind 3) */
    const char **args;
    Type **argtypes;
    int nargs;
} CallParts;

static int iface_method_index(Type *it, Str name) {
    int nm = 0;
    Object **ms = types_iface_methods(under(it), &nm);
    for (int i = 0; i < nm; i++)
        if (str_eqc(name, ms[i]->name)) return i;
    return 0;
}

/* Evaluates callee and arguments (in order) into parts. */
static void call_parts(IrNode *n, CallParts *cp) {
    memset(cp, 0, sizeof *cp);
    IrNode *x = n->x;
    gen_list(&n->init);
    if (n->op == OCALLINTER) {
        cp->kind = 3;
        IrNode *d = x;
        cp->iv = stable(cg_ctype(d->x->type), gen_expr(d->x));
        cp->midx = iface_method_index(d->x->type, d->name);
        cp->sig = d->type;
    } else if (x->op == ONAME && x->nm->cls == PFUNC) {
        cp->kind = 0;
        cp->fn = x->nm->func;
        cp->sig = cp->fn->type;
    } else if (x->op == OMETHEXPR) {
        cp->kind = 1;
        cp->fn = x->fn;
        cp->sig = x->type;
        Type *rt = x->x ? x->x->type : NULL;
        Type *mr = x->fn && x->fn->type && x->fn->type->recv ? x->fn->type->recv->type : NULL;
        if (rt && cg_is_iface(rt)) {
            /* I.M(i, args): a call through i's itab */
            cp->kind = 4;
        } else if (rt && mr && !types_identical(rt, mr)) {
            /* T.M with M promoted or on the other receiver kind: the wrapper */
            MethodSet *ms = types_method_set(rt);
            for (int i = 0; ms && i < ms->len; i++)
                if (str_eqc(x->name, ms->v[i]->obj->name)) cp->sym = cg_method_wrapper(rt, ms->v[i], false);
        }
    } else {
        cp->kind = 2;
        cp->fv = stable("GoFunc *", gen_expr(x));
        cp->sig = under(x->type);
    }
    cp->nargs = n->list.len;
    cp->args = NEWN(const char *, cp->nargs + 1);
    cp->argtypes = NEWN(Type *, cp->nargs + 1);
    gen_ordered(n->list.v, n->list.len, cp->args);
    for (int i = 0; i < n->list.len; i++) cp->argtypes[i] = n->list.v[i]->type;
    if (cp->kind == 4) {
        Type *it = n->list.v[0]->type;
        cp->kind = 3;
        cp->iv = stable(cg_ctype(it), cp->args[0]);
        cp->midx = iface_method_index(it, x->name);
        cp->sig = types_new_func(NULL, types_new_tuple(cp->sig->params->fields + 1, cp->sig->params->nfields - 1),
                                 cp->sig->results, cp->sig->variadic);
        cp->args++;
        cp->argtypes++;
        cp->nargs--;
    }
}

/* The call expression text from parts (prefix = expression for the closure/ctx parameters). */
static const char *call_text(CallParts *cp) {
    Buf b = {0};
    switch (cp->kind) {
    case 0: case 1: {
        IrFunc *f = cp->fn;
        if (cp->sym) {
            buf_printf(&b, "%s(", cp->sym);
            for (int i = 0; i < cp->nargs; i++) buf_printf(&b, "%s%s", i ? ", " : "", cp->args[i]);
            buf_puts(&b, ")");
            break;
        }
        buf_printf(&b, "%s(", cg_func_sym(f));
        cg_declare_func(f);
        bool ext = f->linkname != NULL;
        for (int i = 0; i < cp->nargs; i++) {
            bool castp = ext && kind_is(cp->argtypes[i], TY_POINTER);
            buf_printf(&b, "%s%s%s", i ? ", " : "", castp ? "(void *)" : "", cp->args[i]);
        }
        buf_puts(&b, ")");
        break;
    }
    case 2:
        buf_printf(&b, "((%s)%s->fn)(%s", cg_sig_ptrtype(cp->sig, "GoFunc *"), cp->fv, cp->fv);
        for (int i = 0; i < cp->nargs; i++) buf_printf(&b, ", %s", cp->args[i]);
        buf_puts(&b, ")");
        break;
    case 3:
        buf_printf(&b, "((%s)%s.tab->fun[%d])(%s.data", cg_sig_ptrtype(cp->sig, "void *"), cp->iv, cp->midx, cp->iv);
        for (int i = 0; i < cp->nargs; i++) buf_printf(&b, ", %s", cp->args[i]);
        buf_puts(&b, ")");
        break;
    }
    const char *r = arena_strdup(buf_str(&b));
    return r;
}

static const char *gen_call(IrNode *n, bool want_value) {
    if (n->op == OINLCALL) {
        /* the inlined body: escape analysis decided placement for this copy
         * (the original function may have been analysed differently) */
        IrNode *call = n->x;
        if (n->flags & IRF_ESCMODEL) return gen_call(call, want_value); /* a stdlib model: the call itself */
        /* a receiver reached through a wrapper ((*T).M of a value method,
         * promoted methods): the inlined copy lacks the adjustment, so the
         * call itself is compiled */
        for (int i = 0; call && i < n->init.len; i++) {
            IrNode *as = n->init.v[i];
            if (as->op != OAS2) continue;
            for (int j = 0; j < as->list.len && j < as->rlist.len; j++) {
                Type *lt = as->list.v[j]->type, *rt = as->rlist.v[j]->type;
                if (lt && rt && !ir_is_blank(as->list.v[j]) && !types_identical(lt, rt) &&
                    !(rt->kind == TY_UNTYPED_NIL) && strcmp(cg_ctype(lt), cg_ctype(rt)) != 0)
                    return gen_call(call, want_value);
            }
        }
        if (call) gen_list(&call->init); /* e.g. f(g()) spreading g's results */
        gen_list(&n->init);
        int save_body = F->inl_body;
        F->inl_body = ++F->ninl;
        gen_list(&n->body);
        F->inl_body = save_body;
        if (!want_value || n->rlist.len == 0) return NULL;
        if (n->rlist.len == 1) return tmp_init(cg_ctype(n->rlist.v[0]->type), gen_expr(n->rlist.v[0]));
        Buf b = {0};
        buf_printf(&b, "(%s){", cg_ctype(n->type));
        for (int i = 0; i < n->rlist.len; i++) buf_printf(&b, "%s%s", i ? ", " : "", gen_expr(n->rlist.v[i]));
        buf_puts(&b, "}");
        const char *r = tmp_init(cg_ctype(n->type), buf_str(&b));
        return r;
    }
    CallParts cp;
    call_parts(n, &cp);
    if (cp.kind == 2) emit("go_nilcheck(%s);", cp.fv);
    if (cp.kind == 3) emit("go_nilcheck(%s.tab);", cp.iv);
    const char *txt = call_text(&cp);
    const char *gcpre;
    txt = cg_gc_call(n, txt, &gcpre); /* a call of a function with precise GC sites */
    if (gcpre) emit("%s", gcpre);
    Type *sig = cp.sig;
    int nr = sig_nresults(sig);
    if (nr == 0 || !want_value) {
        emit("%s;", txt);
        return NULL;
    }
    const char *rt = nr == 1 ? cg_ctype(sig->results->fields[0]->type) : cg_tuple_ctype(sig->results);
    if (nr > 1 && (cp.kind == 0 || cp.kind == 1) && cp.fn->linkname) {
        const char *t = tmpname();
        emit("%s %s;", rt, t);
        emit("{ __typeof__(%s) _r = %s; memcpy(&%s, &_r, sizeof %s); }", txt, txt, t, t);
        return t;
    }
    return tmp_init(rt, txt);
}

/* ---------- go and defer: the call packed into a heap object ---------- */

/* A defer outside loops (escape analysis marked it IR_ESC_NEVER) runs
 * once per call and before the frame is gone: its closure and its record
 * live in the frame, as gc's stack-allocated and open-coded defers (no
 * allocation). Other defers and go statements allocate both. */
static bool defer_in_frame(IrNode *s, bool is_defer) {
    return is_defer && F->analyzed && s->esc == IR_ESC_NEVER;
}

static const char *gocall_closure(IrNode *s, bool is_defer, Type *ct, const char *cty) {
    if (defer_in_frame(s, is_defer))
        return tmp_init(arena_printf("%s *", cty), arena_printf("&%s", frame_slot(cty, NULL)));
    return tmp_init(arena_printf("%s *", cty), arena_printf("rt_new(%s)", cg_desc(ct)));
}

static void defer_push(IrNode *s, const char *p, const char *ident) {
    if (defer_in_frame(s, true)) {
        const char *rec = frame_slot("GoDefer", NULL);
        emit("%s.fn = (GoFunc *)%s;", rec, p);
        emit("%s.ident = %s;", rec, ident);
        emit("rt_defer_push(&_df, &%s);", rec);
    } else {
        emit("rt_defer_new(&_df, (GoFunc *)%s, %s);", p, ident);
    }
}

static Type **realloc_types(Type **v, int n, int m) {
    Type **nv = NEWN(Type *, m);
    memcpy(nv, v, sizeof(Type *) * (size_t)n);
    return nv;
}

static const char **realloc_names(const char **v, int n, int m) {
    const char **nv = NEWN(const char *, m);
    memcpy(nv, v, sizeof(const char *) * (size_t)n);
    return nv;
}

static void gen_gocall(IrNode *s, bool is_defer) {
    IrNode *call = s->x;
    if (call->op == OINLCALL) call = call->x;
    int id = ++nthunk;
    const char *thunk = arena_printf("%s_%d", is_defer ? "defer" : "go", id);
    Buf b = {0};
    buf_printf(&cg_out.protos, "static void %s(void *);\n", thunk);
    if (call->op == OCALLFUNC || call->op == OCALLINTER) {
        /* gc builds a "... argument" when the deferred call runs; here it is
         * built now and must outlive this iteration of the frame (a frame
         * slot does, for a defer kept in the frame) */
        /* gc's wrapper builds the ... slice of a go/defer call when it runs,
         * on its own stack unless the callee keeps it: here such a slice's
         * array is a field of the closure (one allocation, as gc's wrapper),
         * filled from a frame slot where the elements were evaluated */
        int embed = -1;
        for (int i = 0; i < call->list.len; i++) {
            IrNode *a = call->list.v[i];
            if (a->op != OSLICELIT || defer_in_frame(s, is_defer)) continue;
            if (a->esc != IR_ESC_HEAP && a->len > 0 && i == call->list.len - 1) embed = i;
            else a->esc = IR_ESC_HEAP;
        }
        CallParts cp;
        call_parts(call, &cp);
        /* the func value once, typed (it may be a nil constant: defer (func())(nil)()) */
        if (cp.kind == 2) cp.fv = tmp_init("GoFunc *", arena_printf("(GoFunc *)%s", cp.fv));
        if (!is_defer && cp.nargs == 0 && (cp.kind == 0 || cp.kind == 2)) {
            /* a call without arguments: gc hands newproc the func value
             * itself, no allocation (B48) */
            CallParts tp = cp;
            if (cp.kind == 2) {
                const char *fv = cp.fv;
                emit("rt_go_check(%s);", fv);
                tp.fv = "((GoFunc *)_c)";
                buf_printf(&b, "static void %s(void *_c) {\n    %s;\n}\n", thunk, call_text(&tp));
                emit("rt_go(%s, (void *)%s);", thunk, fv);
            } else {
                buf_printf(&b, "static void %s(void *_c) {\n    (void)_c;\n    %s;\n}\n", thunk, call_text(&tp));
                emit("rt_go(%s, NULL);", thunk);
            }
            buf_append(&cg_out.wrappers, &b);
            return;
        }
        if (is_defer && !defer_in_frame(s, is_defer) && cp.kind == 2 && cp.nargs == 0 &&
            !(cp.sig && under(cp.sig)->results && under(cp.sig)->results->nfields)) {
            /* gc defers a func() value itself (no wrapper, nothing
             * allocated here); a nil one panics when run (call_deferred) */
            emit("rt_defer_new(&_df, %s, (%s ? (const void *)%s->fn : NULL));", cp.fv, cp.fv, cp.fv);
            return;
        }
        int nf = cp.nargs + 2;
        Type **ts = NEWN(Type *, nf);
        const char **names = NEWN(const char *, nf);
        int k = 0;
        ts[k] = types_typ[TY_UINTPTR];
        names[k++] = "fn";
        if (cp.kind == 2) ts[k] = call->x->type, names[k++] = "fv";
        if (cp.kind == 3) ts[k] = call->x->x->type, names[k++] = "iv";
        for (int i = 0; i < cp.nargs; i++) {
            ts[k] = cp.argtypes[i];
            names[k++] = arena_printf("a%d", i);
        }
        int embed_arg = embed < 0 ? -1 : embed - (call->list.len - cp.nargs); /* kind 4 dropped the receiver */
        IrNode *embed_lit = embed >= 0 ? call->list.v[embed] : NULL;
        if (embed_arg >= 0) {
            ts = realloc_types(ts, nf, nf + 1);
            names = realloc_names(names, nf, nf + 1);
            ts[k] = types_new_array(under(embed_lit->type)->elem, embed_lit->len);
            names[k++] = "ddd";
        }
        Type *ct = cg_new_struct(ts, names, k);
        const char *cty = cg_ctype(ct);
        Type *u = under(ct);
        const char *p;
        bool static_clo = is_defer && !defer_in_frame(s, is_defer) && cp.kind == 0 && cp.nargs == 0;
        if (static_clo) {
            /* a static function without arguments: gc's wrapper (if any)
             * captures nothing, a static func value; so is this closure */
            const char *st = arena_printf("_dstatic%d", id);
            emit("static %s %s;", cty, st);
            p = tmp_init(arena_printf("%s *", cty), arena_printf("&%s", st));
        } else {
            p = gocall_closure(s, is_defer, ct, cty);
        }
        emit("%s->fn = (uintptr_t)%s;", p, thunk);
        int f = 1;
        const char *ident = "NULL";
        if (cp.kind == 2) {
            emit("%s->%s = %s;", p, cg_field_name(u, f++), cp.fv);
            if (!is_defer) emit("rt_go_check(%s);", cp.fv);
            ident = arena_printf("(%s ? (const void *)%s->fn : NULL)", cp.fv, cp.fv);
        } else if (cp.kind == 3) {
            emit("go_nilcheck(%s.tab);", cp.iv);
            emit("%s->%s = %s;", p, cg_field_name(u, f++), cp.iv);
            ident = arena_printf("(const void *)%s.tab->fun[%d]", cp.iv, cp.midx);
        } else {
            ident = arena_printf("(const void *)%s", cg_func_sym(cp.fn));
        }
        int firstarg = f;
        for (int i = 0; i < cp.nargs; i++) emit("%s->%s = %s;", p, cg_field_name(u, f++), cp.args[i]);
        if (embed_arg >= 0) {
            const char *arr = cg_field_name(u, f), *sl = cg_field_name(u, firstarg + embed_arg);
            emit("memcpy(&%s->%s, %s->%s.p, sizeof %s->%s);", p, arr, p, sl, p, arr);
            emit("%s->%s.p = &%s->%s;", p, sl, p, arr);
        }
        if (!defer_in_frame(s, is_defer) && !static_clo) emit("%s", cg_wb_init(ct, p, NULL)); /* cg_wb.c */
        /* the thunk: the same call with the saved values */
        CallParts tp = cp;
        tp.args = NEWN(const char *, cp.nargs + 1);
        for (int i = 0; i < cp.nargs; i++) tp.args[i] = arena_printf("c->%s", cg_field_name(u, firstarg + i));
        if (cp.kind == 2) tp.fv = arena_printf("c->%s", cg_field_name(u, 1));
        if (cp.kind == 3) tp.iv = arena_printf("c->%s", cg_field_name(u, 1));
        buf_printf(&b, "static void %s(void *_c) {\n    %s *c = (%s *)_c;\n", thunk, cty, cty);
        if (cp.kind == 2) buf_printf(&b, "    go_nilcheck(c->%s);\n", cg_field_name(u, 1));
        buf_printf(&b, "    %s;\n}\n", call_text(&tp));
        buf_append(&cg_out.wrappers, &b);
        if (is_defer) defer_push(s, p, ident);
        else emit("rt_go(%s, %s);", thunk, p);
        return;
    }
    /* builtins: panic, print, close, recover, delete, copy... evaluate the
     * operands now, run the builtin in the thunk */
    if (call->op == ORECOVER) {
        /* defer recover(): the enclosing function's claim, used when run */
        Type *ts[2] = {types_typ[TY_UINTPTR], types_typ[TY_UNSAFEPTR]};
        const char *names[2] = {"fn", "tok"};
        Type *ct = cg_new_struct(ts, names, 2);
        const char *cty = cg_ctype(ct);
        const char *p = gocall_closure(s, is_defer, ct, cty);
        emit("%s->fn = (uintptr_t)%s;", p, thunk);
        emit("%s->tok = %s;", p, F->has_recover ? "_rtok" : "NULL");
        buf_printf(&b, "static void %s(void *_c) {\n    rt_gorecover(((%s *)_c)->tok);\n}\n", thunk, cty);
        buf_append(&cg_out.wrappers, &b);
        if (is_defer) defer_push(s, p, arena_printf("(const void *)%s", thunk));
        else emit("rt_go(%s, %s);", thunk, p);
        return;
    }
    gen_list(&call->init); /* the order pass's temporaries of the operands (defer delete(m, k)) */
    IrList *ops = &call->list;
    IrList single = {0};
    if (call->x && !call->list.len) {
        ir_list_push(&single, call->x);
        if (call->op == OCOPY && call->y) ir_list_push(&single, call->y); /* defer copy(s, <-c): both now */
        ops = &single;
    }
    int k = 0;
    Type **ts = NEWN(Type *, ops->len + 2);
    const char **names = NEWN(const char *, ops->len + 2);
    const char **vals = NEWN(const char *, ops->len + 2);
    ts[k] = types_typ[TY_UINTPTR];
    names[k++] = "fn";
    for (int i = 0; i < ops->len; i++) {
        vals[i] = gen_expr(ops->v[i]);
        ts[k] = ops->v[i]->type;
        names[k++] = arena_printf("a%d", i);
    }
    Type *ct = cg_new_struct(ts, names, k);
    const char *cty = cg_ctype(ct);
    Type *u = under(ct);
    const char *p = gocall_closure(s, is_defer, ct, cty);
    emit("%s->fn = (uintptr_t)%s;", p, thunk);
    for (int i = 0; i < ops->len; i++) emit("%s->%s = %s;", p, cg_field_name(u, i + 1), vals[i]);
    if (!defer_in_frame(s, is_defer)) emit("%s", cg_wb_init(ct, p, NULL)); /* cg_wb.c */
    buf_printf(&b, "static void %s(void *_c) {\n    %s *c = (%s *)_c;\n    (void)c;\n", thunk, cty, cty);
    /* generate the builtin in a scratch function context reading c->aN */
    Fn *save = F;
    Fn tf = {0};
    tf.f = save->f;
    tf.analyzed = false;
    Buf body = {0};
    tf.out = &body;
    tf.indent = 1;
    F = &tf;
    IrNode *copy = NEW(IrNode);
    *copy = *call;
    copy->init = (IrList){0};
    IrList nl = {0};
    for (int i = 0; i < ops->len; i++) {
        IrName *nm = NEW(IrName);
        nm->name = arena_printf("a%d", i);
        nm->type = ops->v[i]->type;
        nm->cls = PAUTO;
        VarInfo *vi = NEW(VarInfo);
        vi->cname = arena_printf("c->%s", cg_field_name(u, i + 1));
        vi->fn = tf.f;
        nm->aux = vi;
        IrNode *ref = ir_node(ONAME, call->pos, nm->type);
        ref->nm = nm;
        ir_list_push(&nl, ref);
    }
    if (ops == &single) {
        copy->x = nl.v[0];
        if (nl.len > 1) copy->y = nl.v[1];
    } else {
        copy->list = nl;
    }
    if (copy->op == ORECOVER) buf_puts(&body, "    rt_gorecover(NULL);\n");
    else gen_stmt(copy);
    F = save;
    buf_append(&b, &tf.decls);
    buf_append(&b, &body);
    buf_puts(&b, "}\n");
    buf_append(&cg_out.wrappers, &b);
    if (is_defer) defer_push(s, p, arena_printf("(const void *)%s", thunk));
    else emit("rt_go(%s, %s);", thunk, p);
}

/* ---------- statements ---------- */

static void gen_list(IrList *l) {
    for (int i = 0; i < l->len; i++) gen_stmt(l->v[i]);
}

static const char *label_name(Str s) {
    /* labels of an inlined body get the body's number: one function may be
     * inlined several times into the same caller */
    const char *suf = F->inl_body ? arena_printf("_b%d", F->inl_body) : "";
    if (s.len && s.p[0] == '.') return arena_printf("_inl_%s%s", cg_ident(str_cstr(s)), suf);
    return arena_printf("L_%s%s", cg_ident(str_cstr(s)), suf);
}

/* Stores val (of type vt) into lhs (blank: evaluated only). */
static void gen_assign_to(IrNode *lhs, const char *val, Type *vt) {
    (void)vt;
    if (!lhs || ir_is_blank(lhs)) {
        if (val && strcmp(val, "0")) emit("(void)%s;", val);
        return;
    }
    if (lhs->op == OINDEXMAP) {
        const char *v = stable(cg_ctype(lhs->type), val);
        const char *slot = map_slot(lhs->x, lhs->y, true, NULL);
        emit("%s", cg_wb_store(arena_printf("*(%s *)%s", cg_ctype(lhs->type), slot), v, lhs->type, true));
        return;
    }
    const char *lv = gen_lvalue(lhs);
    emit_store(lhs, lv, val);
}

static void push_target(const char *label, const char *brk, const char *cont) {
    if (F->ntargets >= 128) fatalf("codegen: nesting too deep");
    F->targets[F->ntargets++] = (Target){label, brk, cont};
}

static const char *find_target(Str name, bool cont) {
    for (int i = F->ntargets - 1; i >= 0; i--) {
        Target *t = &F->targets[i];
        if (name.len) {
            if (t->label && str_eqc(name, t->label)) return cont ? t->cont : t->brk;
            continue;
        }
        if (cont && !t->cont) continue;
        return cont ? t->cont : t->brk;
    }
    return "_unknown_target";
}

static const char *stmt_label(IrNode *s) { return s->name.len ? str_cstr(s->name) : NULL; }

static void gen_block(IrList *l) {
    F->indent++;
    gen_list(l);
    F->indent--;
}

static void declare_defined(IrNode *x) {
    /* a range/assign-defined variable moved to the heap: a new cell */
    if (x && x->op == ONAME && x->nm->heap && x->nm->cls != PEXTERN) {
        var_ref(x->nm);
        VarInfo *vi = var_of(x->nm);
        if (vi && vi->indirect && !vi->has_dcl)
            emit("%s = (%s *)rt_new(%s);", vi->cname, cg_ctype(x->nm->type), cg_desc(x->nm->type));
    }
}

static void gen_range(IrNode *s) {
    Type *t = s->z->type;
    Type *u = under(t);
    int id = ++F->ntmp;
    const char *brk = arena_printf("_brk%d", id), *cont = arena_printf("_cont%d", id);
    IrNode *kx = s->x && !ir_is_blank(s->x) ? s->x : NULL;
    IrNode *vx = s->y && !ir_is_blank(s->y) ? s->y : NULL;
    if (s->flags & IRF_DEFINE) {
        declare_defined(kx);
        declare_defined(vx);
    }
    push_target(stmt_label(s), brk, cont);
    const char *held = NULL; /* range_tmp: cleared after the loop */
    switch (u->kind) {
    case TY_SLICE: case TY_ARRAY: case TY_POINTER: {
        const char *v = "0";
        if (u->kind != TY_SLICE && !vx && !has_call(s->z) && !has_recv(s->z)) {
            /* at most one iteration variable and a constant len(x): the
             * range expression is not evaluated (the spec), so a nil
             * *[N]T or p.arr through a nil p does not panic */
        } else {
            if (u->kind == TY_SLICE && !vx) nil_first_word(s->z, 8); /* only the length word is loaded */
            v = gen_expr(s->z);
        }
        const char *n, *elem = NULL;
        Type *et;
        if (u->kind == TY_SLICE) {
            const char *sv = held = range_tmp("GoSlice", v);
            n = tmp_init("intptr_t", arena_printf("%s.len", sv));
            et = u->elem;
            elem = arena_printf("((%s)%s.p)[_i%d]", elem_ptr(et), sv, id);
        } else if (u->kind == TY_ARRAY) {
            n = arena_printf("%lld", (long long)u->len);
            et = u->elem;
            if (vx) {
                const char *av = cg_has_pointers(t) ? (held = range_tmp(cg_ctype(t), v)) : tmp_init(cg_ctype(t), v);
                elem = arena_printf("%s.a[_i%d]", av, id);
            }
        } else {
            Type *at = under(u->elem);
            n = arena_printf("%lld", (long long)at->len);
            et = at->elem;
            if (vx) {
                const char *pv = held = range_tmp(cg_ctype(t), v);
                emit("if (%lld > 0) go_nilcheck(%s);", (long long)at->len, pv);
                elem = arena_printf("%s->a[_i%d]", pv, id);
            }
        }
        emit("for (intptr_t _i%d = 0; _i%d < %s; _i%d++) {", id, id, n, id);
        F->indent++;
        if (kx && vx && !(s->flags & IRF_DEFINE)) {
            /* for i, x[i] = range: both places first, then the stores */
            IrList l = {0};
            ir_list_push(&l, kx);
            ir_list_push(&l, vx);
            const char **pl = freeze_places(&l);
            const char *ev = tmp_init(cg_ctype(et), elem);
            store(kx, pl[0], arena_printf("(int64_t)_i%d", id));
            store(vx, pl[1], ev);
        } else {
            if (kx) gen_assign_to(kx, arena_printf("(int64_t)_i%d", id), types_typ[TY_INT]);
            if (vx) gen_assign_to(vx, elem, et);
        }
        gen_list(&s->body);
        emit("%s:;", cont);
        if (CG_POLL_LOOP(s)) emit("GO_POLL();");
        F->indent--;
        emit("}");
        break;
    }
    case TY_STRING: {
        const char *sv = held = range_tmp("GoString", gen_expr(s->z));
        emit("for (intptr_t _i%d = 0, _nx%d; _i%d < %s.n; _i%d = _nx%d) {", id, id, id, sv, id, id);
        F->indent++;
        emit("int32_t _r%d = %s.p[_i%d]; _nx%d = _i%d + 1;", id, sv, id, id, id);
        emit("if (_r%d >= 0x80) { GoDecodeRune _d = rt_decoderune(%s, _i%d); _r%d = _d.r0; _nx%d = _d.r1; }", id, sv, id, id, id);
        if (kx && vx && !(s->flags & IRF_DEFINE)) {
            IrList l = {0};
            ir_list_push(&l, kx);
            ir_list_push(&l, vx);
            const char **pl = freeze_places(&l);
            store(kx, pl[0], arena_printf("(int64_t)_i%d", id));
            store(vx, pl[1], arena_printf("_r%d", id));
        } else {
            if (kx) gen_assign_to(kx, arena_printf("(int64_t)_i%d", id), types_typ[TY_INT]);
            if (vx) gen_assign_to(vx, arena_printf("_r%d", id), types_typ[TY_INT32]);
        }
        gen_list(&s->body);
        emit("%s:;", cont);
        if (CG_POLL_LOOP(s)) emit("GO_POLL();");
        F->indent--;
        emit("}");
        break;
    }
    case TY_MAP: {
        const char *m = gen_expr(s->z), *it = arena_printf("_it%d", id);
        if (cg_gc_listing()) it = held = range_tmp("GoMapIter", "(GoMapIter){0}");
        else emit("GoMapIter %s;", it);
        emit("rt_mapiterinit(%s, %s, &%s);", cg_desc(t), m, it);
        emit("while (rt_mapiternext(&%s)) {", it);
        F->indent++;
        if (kx) gen_assign_to(kx, arena_printf("(*(%s *)%s.key)", cg_ctype(u->key), it), u->key);
        if (vx) gen_assign_to(vx, arena_printf("(*(%s *)%s.val)", cg_ctype(u->elem), it), u->elem);
        gen_list(&s->body);
        emit("%s:;", cont);
        emit("GO_POLL();");
        F->indent--;
        emit("}");
        break;
    }
    case TY_CHAN: {
        const char *c = held = range_tmp("GoChan *", gen_expr(s->z));
        emit("for (;;) {");
        F->indent++;
        emit("%s _v%d = %s;", cg_ctype(u->elem), id, zero_of(u->elem));
        emit("if (!rt_chanrecv2(%s, &_v%d)) break;", c, id);
        if (kx) gen_assign_to(kx, arena_printf("_v%d", id), u->elem);
        gen_list(&s->body);
        emit("%s:;", cont);
        emit("GO_POLL();");
        F->indent--;
        emit("}");
        break;
    }
    default:
        cg_error(s->pos, "code generation: range over %s not supported yet", types_string(t));
    }
    emit("%s:;", brk);
    if (held && cg_gc_listing()) emit("memset(&%s, 0, sizeof %s);", held, held);
    F->ntargets--;
}

static void gen_switch(IrNode *s) {
    int id = ++F->ntmp;
    const char *end = arena_printf("_sw%d_end", id);
    IrNode *tag = s->x;
    int nc = s->list.len;
    const char **labels = NEWN(const char *, nc + 1);
    for (int i = 0; i < nc; i++) labels[i] = arena_printf("_sw%d_c%d", id, i);
    int dflt = -1;
    emit("{");
    F->indent++;
    if (tag && tag->op == OTYPESW) {
        IrNode *g = tag->x;
        Type *it = g->type;
        const char *v = tmp_init(cg_ctype(it), gen_expr(g));
        bool empty = cg_is_empty_iface(it);
        const char *dyn = tmp_init("const GoType *", empty ? arena_printf("%s.type", v) : arena_printf("go_iface_type(%s)", v));
        for (int i = 0; i < nc; i++) {
            IrNode *c = s->list.v[i];
            if (c->flags & IRF_DEFAULT) dflt = i;
            for (int j = 0; j < c->list.len; j++) {
                IrNode *ct = c->list.v[j];
                if (ct->op == ONIL) emit("if (!%s) goto %s;", dyn, labels[i]);
                else if (cg_is_iface(ct->type)) emit("if (%s && rt_implements(%s, %s)) goto %s;", dyn, cg_desc(ct->type), dyn, labels[i]);
                else emit("if (%s == %s) goto %s;", dyn, cg_desc(ct->type), labels[i]);
            }
        }
        emit("goto %s;", dflt >= 0 ? labels[dflt] : end);
        push_target(stmt_label(s), end, NULL);
        for (int i = 0; i < nc; i++) {
            IrNode *c = s->list.v[i];
            emit("%s:;", labels[i]);
            F->indent++;
            if (c->nm) {
                IrName *cv = c->nm;
                Type *ct = cv->type;
                const char *val;
                if (cg_is_iface(ct)) {
                    if (cg_is_empty_iface(ct)) val = empty ? v : arena_printf("go_iface_to_eface(%s)", v);
                    else if (types_identical(ct, it)) val = v;
                    else val = arena_printf("(%s ? (GoIface){rt_getitab(%s, %s, false), %s.data} : (GoIface){0})", dyn, cg_desc(ct), dyn, v);
                } else if (cg_is_direct_iface(ct)) {
                    val = arena_printf("(*(%s *)&%s.data)", cg_ctype(ct), v);
                } else {
                    val = arena_printf("(%s ? *(%s *)%s.data : %s)", dyn, cg_ctype(ct), v, zero_of(ct));
                }
                IrNode ref = {0};
                ref.op = ONAME;
                ref.nm = cv;
                ref.type = ct;
                declare_defined(&ref);
                gen_assign_to(&ref, val, ct);
            }
            gen_list(&c->body);
            emit("goto %s;", end);
            F->indent--;
        }
    } else {
        const char *tv = NULL;
        if (tag) tv = tmp_init(cg_ctype(tag->type), gen_expr(tag));
        for (int i = 0; i < nc; i++) {
            IrNode *c = s->list.v[i];
            if (c->flags & IRF_DEFAULT) dflt = i;
            for (int j = 0; j < c->list.len; j++) {
                IrNode *cv = c->list.v[j];
                const char *cond;
                if (tag) {
                    IrNode tref = {0};
                    tref.op = ONAME;
                    IrName tn = {0};
                    tn.name = tv;
                    tn.type = tag->type;
                    tn.cls = PAUTO;
                    VarInfo vi = {tv, false, F->f, false, false};
                    tn.aux = &vi;
                    tref.nm = &tn;
                    tref.type = tag->type;
                    cond = compare(T_EQL, &tref, cv);
                } else if (types_is_boolean(cv->type)) {
                    cond = gen_expr(cv);
                } else {
                    /* switch { case v: } with v an interface: true == v */
                    IrNode *tn = ir_node(OLITERAL, cv->pos, types_typ[TY_BOOL]);
                    tn->cval = const_bool(true);
                    cond = compare(T_EQL, tn, cv);
                }
                emit("if (%s) goto %s;", cond, labels[i]);
            }
        }
        emit("goto %s;", dflt >= 0 ? labels[dflt] : end);
        push_target(stmt_label(s), end, NULL);
        for (int i = 0; i < nc; i++) {
            IrNode *c = s->list.v[i];
            emit("%s:;", labels[i]);
            F->indent++;
            const char *save = F->fall_next;
            F->fall_next = i + 1 < nc ? labels[i + 1] : end;
            gen_list(&c->body);
            F->fall_next = save;
            bool falls = c->body.len && c->body.v[c->body.len - 1]->op == OFALL;
            if (!falls) emit("goto %s;", end);
            F->indent--;
        }
    }
    F->ntargets--;
    F->indent--;
    emit("}");
    emit("%s:;", end);
}

static void gen_select(IrNode *s) {
    int id = ++F->ntmp;
    const char *end = arena_printf("_sel%d_end", id);
    int nc = s->list.len;
    int ncomm = 0;
    bool has_default = false;
    emit("{");
    F->indent++;
    emit("GoSelectCase _sc%d[%d];", id, nc ? nc : 1);
    int *caseidx = NEWN(int, nc + 1);
    const char **recvtmp = NEWN(const char *, nc + 1);
    for (int i = 0; i < nc; i++) {
        IrNode *c = s->list.v[i];
        IrNode *comm = c->x;
        caseidx[i] = -1;
        if (!comm) {
            has_default = true;
            continue;
        }
        int k = ncomm++;
        caseidx[i] = k;
        emit_stmt_line(comm); /* a nil dereference in the operands is at the case's line (Go's fixedbugs bug347) */
        if (comm->op == OSEND) {
            const char *ch = gen_expr(comm->x);
            const char *v = gen_expr(comm->y);
            Type *et = under(comm->x->type)->elem;
            const char *vt = tmp_init(cg_ctype(et), v);
            emit("_sc%d[%d] = (GoSelectCase){%s, &%s, true};", id, k, ch, vt);
        } else {
            IrNode *rv = comm->op == ORECV ? comm : comm->y;
            if (rv && rv->op == OINLCALL) rv = rv->x;
            const char *ch = gen_expr(rv->x);
            Type *et = under(rv->x->type)->elem;
            const char *vt = tmpname();
            emit("%s %s = %s;", cg_ctype(et), vt, zero_of(et));
            recvtmp[i] = vt;
            emit("_sc%d[%d] = (GoSelectCase){%s, &%s, false};", id, k, ch, vt);
        }
    }
    /* gc compiles a select of one case and no default as that send or
     * receive: a goroutine blocked there is at the case's line */
    emit_stmt_line(nc == 1 && ncomm == 1 ? s->list.v[0]->x : s);
    const char *gcpost, *gcpre = cg_gc_park(s, &gcpost); /* a GC record while parked */
    if (gcpre) emit("%s", gcpre);
    emit("GoSelectResult _sr%d = rt_select(_sc%d, %d, %s);", id, id, ncomm, has_default ? "true" : "false");
    if (gcpost) emit("%s", gcpost);
    push_target(stmt_label(s), end, NULL);
    for (int i = 0; i < nc; i++) {
        IrNode *c = s->list.v[i];
        IrNode *comm = c->x;
        emit("if (_sr%d.r0 == %d) {", id, caseidx[i]);
        F->indent++;
        if (comm && comm->op == OAS2RECV) {
            gen_list(&comm->init);
            if (comm->flags & IRF_DEFINE)
                for (int j = 0; j < comm->list.len; j++) declare_defined(comm->list.v[j]);
            Type *et = comm->y ? comm->y->type : NULL;
            if (comm->list.len > 0) gen_assign_to(comm->list.v[0], conv_assign(recvtmp[i], et, comm->list.v[0]->type), NULL);
            if (comm->list.len > 1)
                gen_assign_to(comm->list.v[1], conv_assign(arena_printf("_sr%d.r1", id), types_typ[TY_BOOL], comm->list.v[1]->type), NULL);
        } else if (comm && comm->op == OAS) {
            gen_list(&comm->init);
            IrNode *rv = comm->y; /* the receive, maybe under its conversion to x's type */
            while (rv && rv->op != ORECV) rv = rv->x;
            gen_assign_to(comm->x, conv_assign(recvtmp[i], rv ? rv->type : NULL, comm->x->type), NULL);
        }
        gen_list(&c->body);
        emit("goto %s;", end);
        F->indent--;
        emit("}");
    }
    F->ntargets--;
    F->indent--;
    emit("}");
    emit("%s:;", end);
}

/* The exit of a function with defers: run them, return the result
 * variables.  Emitted at every return statement (its line is the line
 * the deferred calls see as their caller's, as gc's exit code at each
 * return) and after the body (the closing brace's line), where a
 * recovered panic lands too. */
static void emit_defer_exit(void) {
    IrFunc *f = F->f;
    emit("rt_defer_return(&_df);");
    int nr = f->results.len;
    if (nr == 0) emit("return;");
    else if (nr == 1) emit("return %s;", var_ref(f->results.v[0]));
    else {
        Buf b = {0};
        buf_printf(&b, "return (%s){", cg_tuple_ctype(f->type->results));
        for (int i = 0; i < nr; i++) buf_printf(&b, "%s%s", i ? ", " : "", var_ref(f->results.v[i]));
        buf_puts(&b, "};");
        emit("%s", buf_str(&b));
    }
}

static void gen_return(IrNode *s) {
    IrFunc *f = F->f;
    int nr = f->results.len;
    if (s->list.len == 0) {
        if (F->has_defer) {
            emit_defer_exit();
            return;
        }
        if (nr == 0) emit("return;");
        else if (nr == 1) emit("return %s;", var_ref(f->results.v[0]));
        else {
            Buf b = {0};
            buf_printf(&b, "return (%s){", cg_tuple_ctype(f->type->results));
            for (int i = 0; i < nr; i++) buf_printf(&b, "%s%s", i ? ", " : "", var_ref(f->results.v[i]));
            buf_puts(&b, "};");
            emit("%s", buf_str(&b));
        }
        return;
    }
    const char **vals = NEWN(const char *, s->list.len);
    gen_ordered(s->list.v, s->list.len, vals);
    for (int i = 0; i < s->list.len; i++)
        if (s->list.len > 1 && !is_simple(vals[i])) vals[i] = tmp_init(cg_ctype(s->list.v[i]->type), vals[i]);
    if (F->has_defer) {
        for (int i = 0; i < nr && i < s->list.len; i++)
            emit("%s", cg_wb_store(var_ref(f->results.v[i]), vals[i], ((IrName *)f->results.v[i])->type,
                                   wb_indirect(f->results.v[i])));
        emit_defer_exit();
        return;
    }
    if (nr == 1) emit("return %s;", vals[0]);
    else {
        Buf b = {0};
        buf_printf(&b, "return (%s){", cg_tuple_ctype(f->type->results));
        for (int i = 0; i < nr; i++) buf_printf(&b, "%s%s", i ? ", " : "", vals[i]);
        buf_puts(&b, "};");
        emit("%s", buf_str(&b));
    }
}

static void gen_print(IrNode *n) {
    const char **vals = NEWN(const char *, n->list.len + 1);
    gen_ordered(n->list.v, n->list.len, vals);
    for (int i = 0; i < n->list.len; i++)
        if (!is_simple(vals[i]) && n->list.v[i]->op != OLITERAL) {
            Type *t = n->list.v[i]->type;
            if (types_is_untyped(t)) t = types_default(t);
            vals[i] = tmp_init(cg_ctype(t), vals[i]);
        }
    emit("rt_printlock();");
    for (int i = 0; i < n->list.len; i++) {
        IrNode *a = n->list.v[i];
        if (n->op == OPRINTN && i) emit("rt_printsp();");
        Type *t = a->type;
        if (types_is_untyped(t)) t = types_default(t);
        const char *v = vals[i];
        Type *u = under(t);
        switch (u->kind) {
        case TY_BOOL: emit("rt_printbool(%s);", v); break;
        case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64: emit("rt_printint(%s);", v); break;
        case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINTPTR:
            emit("rt_printuint(%s);", v);
            break;
        case TY_FLOAT32: case TY_FLOAT64: emit("rt_printfloat(%s);", v); break;
        case TY_COMPLEX64: case TY_COMPLEX128: emit("%s", cg_complex_print(v)); break;
        case TY_STRING: emit("rt_printstring(%s);", v); break;
        case TY_INTERFACE:
            if (cg_is_empty_iface(u)) emit("rt_printeface(%s);", v);
            else emit("rt_printiface(%s);", v);
            break;
        case TY_SLICE: emit("rt_printslice(%s);", v); break;
        case TY_UNTYPED_NIL: emit("rt_printpointer(NULL);"); break;
        default: emit("rt_printpointer((const void *)%s);", v); break;
        }
    }
    if (n->op == OPRINTN) emit("rt_printnl();");
    emit("rt_printunlock();");
}

/* s += a + b: gc's typecheck folds the right side's operands into one
 * concatenation with s (one allocation, not two).  The operands of y,
 * generated; NULL when y is not a string addition. */
static const char **asop_concat_parts(IrNode *s, int *k) {
    if (s->tok != T_ADD || !types_is_string(under(s->x->type)) || s->y->op != OADDSTR) return NULL;
    *k = s->y->list.len;
    const char **vs = NEWN(const char *, *k);
    gen_ordered(s->y->list.v, *k, vs);
    return vs;
}

static const char *asop_value(IrNode *s, const char *lv, const char *y, const char **parts, int k) {
    if (!parts) return arith(s->tok, s->x->type, lv, y, s->y, s->y->type);
    const char *arr = tmpname();
    Buf b = {0};
    buf_printf(&b, "GoString %s[%d] = {%s", arr, k + 1, lv);
    for (int i = 0; i < k; i++) buf_printf(&b, ", %s", parts[i]);
    buf_puts(&b, "};");
    emit("%s", buf_str(&b));
    return tmp_init("GoString", arena_printf("rt_concatstrings(%s, %s, %d)", tmpbuf(s->y, "uint8_t", 32), arr, k + 1));
}

static void gen_asop(IrNode *s) {
    IrNode *x = s->x;
    int k = 0;
    if (x->op == OINDEXMAP && (s->tok == T_QUO || s->tok == T_REM)) {
        /* m[k] /= y, m[k] %= y: as gc, m[k] = m[k] / y, so that a division
         * by zero panics before the insertion (Go's fixedbugs issue22881) */
        Type *mt = x->x->type;
        const char *y = stable(cg_ctype(s->y->type), gen_expr(s->y));
        const char *m = stable("GoMap *", gen_expr(x->x));
        const char *key = stable(cg_ctype(under(mt)->key), gen_expr(x->y));
        const char *ct = cg_ctype(x->type);
        const char *old = tmp_init(ct, arena_printf("*(%s *)%s", ct, map_slot_c(mt, m, key, false, NULL)));
        const char *v = stable(ct, arith(s->tok, x->type, old, y, s->y, s->y->type));
        const char *slot = map_slot_c(mt, m, key, true, NULL);
        emit("%s", cg_wb_store(arena_printf("*(%s *)%s", ct, slot), v, x->type, true));
        return;
    }
    if (x->op == OINDEXMAP) {
        /* m[k] op= y: gc's order pass evaluates y into a temporary first,
         * so here a string addition on the right is not folded */
        const char *y = stable(cg_ctype(s->y->type), gen_expr(s->y));
        const char *slot = map_slot(x->x, x->y, true, NULL);
        const char *lv = arena_printf("(*(%s *)%s)", cg_ctype(x->type), slot);
        emit("%s", cg_wb_store(lv, arith(s->tok, x->type, lv, y, s->y, s->y->type), x->type, true));
        return;
    }
    const char *lv = gen_lvalue(x);
    const char **parts = asop_concat_parts(s, &k), *y = NULL;
    if (!parts) y = gen_expr(s->y);
    if (!is_simple(lv)) {
        /* evaluate the place once */
        const char *p = tmp_init(arena_printf("%s *", cg_ctype(x->type)), arena_printf("&%s", lv));
        lv = arena_printf("(*%s)", p);
    }
    emit_store(x, lv, asop_value(s, lv, y, parts, k));
}

/* Phase 1 of a tuple assignment: the places on the left, with their
 * index operands and pointers evaluated now (NULL: assign normally). */
/* A map element frozen by freeze_places: its map and key, evaluated; the
 * place string starts with the tag byte, which no C lvalue does. */
typedef struct FrozenMap {
    char tag;
    const char *m, *k;
} FrozenMap;

/* Any other frozen place: its lvalue and the nil or bounds check of its
 * outermost indirection, emitted by store() just before the store. */
typedef struct FrozenPlace {
    char tag;
    const char *lv;
    Buf late;
} FrozenPlace;

/* The checks freeze_lv puts off: emitted into *late, not here. */
static void late_nilcheck(Buf *late, IrNode *x, const char *p, int64_t off) {
    if (x->aux == (void *)cg_nonnil_tag) return;
    Buf *save = F->out;
    F->out = late;
    emit_nilcheck(p, off);
    F->out = save;
}

static void late_index_check(Buf *late, IrNode *idx, const char *i, const char *len, int64_t constlen, bool bounded) {
    Buf *save = F->out;
    F->out = late;
    check_index(idx, i, len, constlen, bounded);
    F->out = save;
}

/* Phase 1 of a tuple assignment for one place, as gc's ascompatee: the
 * operands of its outermost indirection (the pointer of *p and p.f, the
 * slice and index of s[i], the index of an array element) are evaluated
 * into temporaries now; the nil and bounds checks wait for the store, so
 * that m[2], *p = 42, 2 with p nil stores m[2] before it panics (Go's
 * fixedbugs issue23017).  off: the field offset below x (for the nil
 * check of a large offset). */
static const char *freeze_lv(IrNode *x, int64_t off, Buf *late) {
    switch (x->op) {
    case ODOT: {
        gen_list(&x->init);
        Type *st = under(x->x->type);
        const char *base = freeze_lv(x->x, off + field_offset(st, x->field), late);
        return arena_printf("%s.%s", base, cg_field_name(st, x->field));
    }
    case OINDEX: {
        Type *u = under(x->x->type);
        if (u->kind != TY_ARRAY && u->kind != TY_SLICE) break;
        gen_list(&x->init);
        bool bounded = (x->flags & IRF_BOUNDED) != 0;
        if (u->kind == TY_ARRAY) {
            const char *a = freeze_lv(x->x, 0, late);
            const char *i = x->y->op == OLITERAL ? gen_expr(x->y) : tmp_init("intptr_t", gen_expr(x->y));
            late_index_check(late, x->y, i, arena_printf("%lld", (long long)u->len), u->len, bounded);
            return arena_printf("%s.a[%s]", a, i);
        }
        const char *sl = tmp_init("GoSlice", gen_expr(x->x));
        const char *i = x->y->op == OLITERAL ? gen_expr(x->y) : tmp_init("intptr_t", gen_expr(x->y));
        late_index_check(late, x->y, i, arena_printf("%s.len", sl), -1, bounded);
        return arena_printf("((%s)%s.p)[%s]", elem_ptr(u->elem), sl, i);
    }
    case ODEREF: {
        gen_list(&x->init);
        const char *p = tmp_init(cg_ctype(x->x->type), gen_expr(x->x));
        late_nilcheck(late, x, p, known_nil(x->x) ? 0 : off);
        return arena_printf("(*%s)", p);
    }
    case ODOTPTR: {
        gen_list(&x->init);
        const char *p = tmp_init(cg_ctype(x->x->type), gen_expr(x->x));
        Type *st = under(under(x->x->type)->elem);
        late_nilcheck(late, x, p, known_nil(x->x) ? 0 : off + field_offset(st, x->field));
        return arena_printf("%s->%s", p, cg_field_name(st, x->field));
    }
    default: break;
    }
    return gen_lvalue(x);
}

static const char **freeze_places(IrList *l) {
    const char **places = NEWN(const char *, l->len + 1);
    for (int i = 0; i < l->len; i++) {
        IrNode *x = l->v[i];
        places[i] = NULL;
        if (x->op == OINDEXMAP && !ir_is_blank(x)) {
            /* m[k] on the left of a tuple assignment: m and k now (i, m[i]
             * = 1, 2 stores under the old i), the insertion in phase 2 */
            FrozenMap *fm = NEW(FrozenMap);
            fm->tag = '\x01';
            fm->m = tmp_init("GoMap *", gen_expr(x->x));
            fm->k = tmp_init(cg_ctype(x->y->type), gen_expr(x->y));
            places[i] = (const char *)fm;
            continue;
        }
        if (ir_is_blank(x) || x->op == ONAME) continue;
        FrozenPlace *fp = NEW(FrozenPlace);
        fp->tag = '\x02';
        fp->lv = freeze_lv(x, 0, &fp->late);
        places[i] = (const char *)fp;
    }
    return places;
}

static void store(IrNode *x, const char *place, const char *val) {
    if (place && place[0] == '\x01') {
        const FrozenMap *fm = (const FrozenMap *)place;
        const char *v = stable(cg_ctype(x->type), val);
        const char *slot = map_slot_c(x->x->type, fm->m, fm->k, true, NULL);
        emit("%s", cg_wb_store(arena_printf("*(%s *)%s", cg_ctype(x->type), slot), v, x->type, true));
        return;
    }
    if (place && place[0] == '\x02') {
        FrozenPlace *fp = (FrozenPlace *)place;
        buf_append(F->out, &fp->late);
        emit_store(x, fp->lv, val);
        return;
    }
    if (place) emit_store(x, place, val);
    else gen_assign_to(x, val, NULL);
}

static void gen_stmt_node(IrNode *n);

/* Values hoisted for a statement (hoist_calls) live until its end. */
static void gen_stmt(IrNode *n) {
    int mark = F->nhoisted;
    gen_stmt_node(n);
    F->nhoisted = mark;
}

static void gen_stmt_node(IrNode *n) {
    if (!n) return;
    if (n->op != OBLOCK) emit_stmt_line(n);
    switch (n->op) {
    case OBLOCK: gen_list(&n->init); gen_list(&n->list); return;
    case ODCL: {
        IrName *nm = n->nm;
        var_ref(nm);
        VarInfo *vi = var_of(nm);
        if (vi->indirect) emit("%s = (%s *)rt_new(%s);", vi->cname, cg_ctype(nm->type), cg_desc(nm->type));
        else emit("%s = %s;", vi->cname, zero_of(nm->type));
        return;
    }
    case OAS: {
        gen_list(&n->init);
        if (!n->y) {
            if (ir_is_blank(n->x)) return;
            if (n->x->op == ONAME && (n->flags & IRF_DEFINE)) return; /* ODCL zeroed it */
            gen_assign_to(n->x, zero_of(n->x->type), n->x->type);
            return;
        }
        if (n->x->op != ONAME) hoist_calls(n->x);
        const char *v = gen_expr(n->y);
        if (n->x->op != ONAME && !is_simple(v) && n->y->op != OLITERAL) v = tmp_init(cg_ctype(n->y->type), v);
        gen_assign_to(n->x, v, n->y->type);
        return;
    }
    case OAS2: {
        gen_list(&n->init);
        /* phase 1: calls on the left, calls on the right, then the places
         * on the left, then the other values; phase 2: the stores, left to
         * right */
        hoist_lhs_calls(&n->list);
        int nr = n->rlist.len;
        const char **vals = NEWN(const char *, nr);
        for (int i = 0; i < nr; i++)
            if (has_call(n->rlist.v[i])) vals[i] = tmp_init(cg_ctype(n->rlist.v[i]->type), gen_expr(n->rlist.v[i]));
        const char **places = freeze_places(&n->list);
        for (int i = 0; i < nr; i++)
            if (!has_call(n->rlist.v[i])) {
                vals[i] = gen_expr(n->rlist.v[i]);
                if (n->rlist.v[i]->op != OLITERAL) vals[i] = tmp_init(cg_ctype(n->rlist.v[i]->type), vals[i]);
            }
        for (int i = 0; i < n->list.len; i++) {
            if (places[i]) store(n->list.v[i], places[i], vals[i]);
            else gen_assign_to(n->list.v[i], vals[i], n->rlist.v[i]->type);
        }
        return;
    }
    case OAS2FUNC: {
        gen_list(&n->init);
        hoist_lhs_calls(&n->list); /* the left side's calls first, as gc */
        const char *t = gen_call(n->y, true);
        const char **places = freeze_places(&n->list);
        for (int i = 0; i < n->list.len; i++)
            if (!ir_is_blank(n->list.v[i]))
                store(n->list.v[i], places[i],
                      conv_assign(arena_printf("%s.r%d", t, i), types_tuple_at(n->y->type, i), n->list.v[i]->type));
        return;
    }
    case OAS2DOTTYPE: {
        gen_list(&n->init);
        hoist_lhs_calls(&n->list); /* the left side's calls first, as gc */
        const char *ok = tmp_init("bool", "false");
        const char *v = gen_dottype(n->y, ok);
        v = tmp_init(cg_ctype(n->y->type), v);
        const char **places = freeze_places(&n->list);
        if (n->list.len > 0) store(n->list.v[0], places[0], conv_assign(v, n->y->type, n->list.v[0]->type));
        if (n->list.len > 1) store(n->list.v[1], places[1], conv_assign(ok, types_typ[TY_BOOL], n->list.v[1]->type));
        return;
    }
    case OAS2MAPR: {
        gen_list(&n->init);
        hoist_lhs_calls(&n->list); /* the left side's calls first, as gc */
        IrNode *ix = n->y;
        const char *ok = tmp_init("bool", "false");
        const char *slot = map_slot(ix->x, ix->y, false, ok);
        const char *v = tmp_init(cg_ctype(ix->type), arena_printf("*(%s *)%s", cg_ctype(ix->type), slot));
        const char **places = freeze_places(&n->list);
        if (n->list.len > 0) store(n->list.v[0], places[0], conv_assign(v, ix->type, n->list.v[0]->type));
        if (n->list.len > 1) store(n->list.v[1], places[1], conv_assign(ok, types_typ[TY_BOOL], n->list.v[1]->type));
        return;
    }
    case OAS2RECV: {
        gen_list(&n->init);
        hoist_lhs_calls(&n->list); /* the left side's calls first, as gc */
        IrNode *r = n->y;
        const char *c = gen_expr(r->x);
        const char *t = tmpname();
        emit("%s %s = %s;", cg_ctype(r->type), t, zero_of(r->type));
        const char *ok = tmp_init("bool", arena_printf("rt_chanrecv2(%s, &%s)", c, t));
        const char **places = freeze_places(&n->list);
        if (n->list.len > 0) store(n->list.v[0], places[0], conv_assign(t, r->type, n->list.v[0]->type));
        if (n->list.len > 1) store(n->list.v[1], places[1], conv_assign(ok, types_typ[TY_BOOL], n->list.v[1]->type));
        return;
    }
    case OASOP: gen_list(&n->init); hoist_calls(n->x); gen_asop(n); return;
    case OIF: {
        gen_list(&n->init);
        const char *c = gen_expr(n->x);
        emit("if (%s) {", c);
        gen_block(&n->body);
        if (n->els.len) {
            emit("} else {");
            gen_block(&n->els);
        }
        emit("}");
        return;
    }
    case OFOR: {
        gen_list(&n->init);
        int id = ++F->ntmp;
        const char *brk = arena_printf("_brk%d", id), *cont = arena_printf("_cont%d", id);
        emit("for (;;) {");
        F->indent++;
        if (n->x) {
            const char *c = gen_expr(n->x);
            emit("if (!(%s)) break;", c);
        }
        push_target(stmt_label(n), brk, cont);
        gen_list(&n->body);
        F->ntargets--;
        emit("%s:;", cont);
        if (n->y) gen_stmt(n->y);
        if (CG_POLL_LOOP(n)) emit("GO_POLL();");
        F->indent--;
        emit("}");
        emit("%s:;", brk);
        return;
    }
    case ORANGE: gen_list(&n->init); gen_range(n); return;
    case OSWITCH: gen_list(&n->init); gen_switch(n); return;
    case OSELECT: gen_list(&n->init); gen_select(n); return;
    case OSEND: {
        gen_list(&n->init);
        const char *c = gen_expr(n->x);
        const char *v = gen_expr(n->y);
        Type *et = under(n->x->type)->elem;
        const char *t = tmp_init(cg_ctype(et), v);
        const char *gcpost, *gcpre = cg_gc_park(n, &gcpost); /* a GC record while parked */
        if (gcpre) emit("%s", gcpre);
        emit("rt_chansend(%s, &%s);", c, t);
        if (gcpost) emit("%s", gcpost);
        return;
    }
    case ORETURN: gen_list(&n->init); gen_return(n); return;
    case OGO: gen_list(&n->init); gen_gocall(n, false); return;
    case ODEFER: gen_list(&n->init); gen_gocall(n, true); return;
    case OLABEL: emit("%s:;", label_name(n->name)); return;
    case OGOTO: emit("goto %s;", label_name(n->name)); return;
    case OBREAK: emit("goto %s;", find_target(n->name, false)); return;
    case OCONTINUE: emit("goto %s;", find_target(n->name, true)); return;
    case OFALL: emit("goto %s;", F->fall_next ? F->fall_next : "_nofall"); return;
    case OINLMARK: case ODCLTYPE: case ODCLCONST: return;
    case OPANIC: {
        gen_list(&n->init);
        const char *v = gen_expr(n->x);
        emit("rt_gopanic(%s);", v);
        return;
    }
    case OPRINT: case OPRINTN: gen_list(&n->init); gen_print(n); return;
    case OCLOSE: {
        gen_list(&n->init);
        emit("rt_closechan(%s);", gen_expr(n->x));
        return;
    }
    case ODELETE: {
        gen_list(&n->init);
        IrNode *m = n->list.v[0], *k = n->list.v[1];
        const char *mv = gen_expr(m);
        const char *kv = gen_expr(k);
        emit("rt_mapdelete(%s, %s, %s);", cg_desc(m->type), mv, addr_of_value(kv, under(m->type)->key));
        return;
    }
    case OCALLFUNC: case OCALLINTER: case OINLCALL: {
        const char *gc = cg_gc_site(n); /* runtime.GC() with the frame's live variables */
        if (gc) emit("%s", gc);
        else gen_call(n, false);
        return;
    }
    case ORECV: {
        gen_list(&n->init);
        const char *ch = gen_expr(n->x), *gcpost, *gcpre = cg_gc_park(n, &gcpost); /* a GC record while parked */
        if (gcpre) emit("%s", gcpre);
        emit("rt_chanrecv1(%s, NULL);", ch);
        if (gcpost) emit("%s", gcpost);
        return;
    }
    default: {
        const char *v = gen_expr(n);
        if (v && strcmp(v, "0")) emit("(void)%s;", v);
        return;
    }
    }
}

/* ---------- walking for facts ---------- */

static void scan(IrNode *n, bool *has_defer, bool *has_recover) {
    if (!n) return;
    if (n->op == ODEFER) *has_defer = true;
    if (n->op == ORECOVER) *has_recover = true;
    scan(n->x, has_defer, has_recover);
    scan(n->y, has_defer, has_recover);
    scan(n->z, has_defer, has_recover);
    scan(n->w, has_defer, has_recover);
    IrList *ls[5] = {&n->list, &n->rlist, &n->init, &n->body, &n->els};
    for (int k = 0; k < 5; k++)
        for (int i = 0; i < ls[k]->len; i++) scan(ls[k]->v[i], has_defer, has_recover);
}

/* Heap cells made where the variable is defined: gen_stmt_node's ODCL
 * and declare_defined (range, type-switch and select variables declared
 * by the statement) allocate a new cell each time the definition runs;
 * when the statement's init has the variable's ODCL too, that one makes
 * the cell.  Such a variable's entry declaration starts NULL instead of
 * allocating a cell that the definition would replace (gc: one newobject
 * per execution of the declaration).  The marks live in IrName.aux until
 * cg_func's declaration loop replaces them by the VarInfo. */
static char fresh_cell_mark, fresh_dcl_mark;

static void mark_fresh(IrNode *x) {
    if (x && x->op == ONAME && x->nm && x->nm->heap && x->nm->cls == PAUTO && !x->nm->aux)
        x->nm->aux = &fresh_cell_mark;
}

static void mark_fresh_cells(IrNode *n) {
    if (!n) return;
    if (n->op == ODCL && n->nm) {
        IrName *nm = n->nm;
        if (nm->heap && nm->cls == PAUTO && (!nm->aux || nm->aux == &fresh_cell_mark)) nm->aux = &fresh_dcl_mark;
    } else if (n->op == ORANGE && (n->flags & IRF_DEFINE)) {
        mark_fresh(n->x);
        mark_fresh(n->y);
    } else if (n->op == OSWITCH && n->x && n->x->op == OTYPESW) {
        for (int i = 0; i < n->list.len; i++) {
            IrNode *c = n->list.v[i];
            if (c->nm) {
                IrNode ref = {.op = ONAME, .nm = c->nm};
                mark_fresh(&ref);
            }
        }
    } else if (n->op == OSELECT) {
        for (int i = 0; i < n->list.len; i++) {
            IrNode *comm = ((IrNode *)n->list.v[i])->x;
            if (comm && comm->op == OAS2RECV && (comm->flags & IRF_DEFINE))
                for (int j = 0; j < comm->list.len; j++) mark_fresh(comm->list.v[j]);
        }
    }
    mark_fresh_cells(n->x);
    mark_fresh_cells(n->y);
    mark_fresh_cells(n->z);
    mark_fresh_cells(n->w);
    IrList *ls[5] = {&n->list, &n->rlist, &n->init, &n->body, &n->els};
    for (int k = 0; k < 5; k++)
        for (int i = 0; i < ls[k]->len; i++) mark_fresh_cells(ls[k]->v[i]);
}

/* ---------- one function ---------- */

/* A body escape analysis did not see (another package's: a standard
 * function the program compiles itself, or its closures): every variable
 * whose address is taken lives on the heap, and closures capture by
 * reference a variable moved to the heap. */
static void conservative(IrFunc *f) {
    for (int j = 0; j < f->dcl.len; j++) {
        IrName *nm = f->dcl.v[j];
        if (nm->addrtaken) nm->heap = true;
    }
    for (int j = 0; j < f->cvars.len; j++) {
        IrName *cv = f->cvars.v[j];
        cv->byval = false;
        IrName *o = cv->outer;
        while (o && o->outer) o = o->outer;
        if (o && o->cls != PEXTERN) o->heap = true;
    }
}

void cg_func(IrFunc *f, bool analyzed) {
    if (!f->has_body && f->decl && f->decl->kind == N_FUNCDECL && f->decl->body) {
        /* a function nobody lowered yet (a standard function the program
         * compiles: methods of generic instances): it and the closures
         * its lowering adds, before any of them is compiled */
        int first = cg_cur_pkg->funcs.len;
        ir_lower_func_decl(cg_cur_pkg, f);
        conservative(f);
        for (int i = first; i < cg_cur_pkg->funcs.len; i++) conservative(cg_cur_pkg->funcs.v[i]);
        analyzed = false;
    } else if (!analyzed && f->obj && !f->outer && f->obj->pkg && f->obj->pkg != cg_cur_pkg->pkg) {
        conservative(f); /* another package's, lowered by the inliner: analyzed nowhere */
    }
    Fn fn = {0};
    Fn *save = F;
    F = &fn;
    fn.f = f;
    fn.analyzed = analyzed;
    for (int i = 0; i < f->body.len; i++) scan(f->body.v[i], &fn.has_defer, &fn.has_recover);
    cg_bce(f);
    const char *sym = cg_func_sym(f);
    cg_declare_func(f);
    Type *sig = f->type;

    /* parameters */
    int np = (f->recv ? 1 : 0) + f->params.len;
    const char **pnames = NEWN(const char *, np + 1);
    Buf body = {0};
    fn.out = &body;
    fn.indent = 1;
    int k = 0;
    IrName **params = NEWN(IrName *, np + 1);
    if (f->recv) params[k++] = f->recv;
    for (int i = 0; i < f->params.len; i++) params[k++] = f->params.v[i];
    for (int i = 0; i < np; i++) {
        IrName *p = params[i];
        VarInfo *vi = NEW(VarInfo);
        vi->fn = f;
        const char *nm = p->name && *p->name && strcmp(p->name, "_") ? p->name : arena_printf("_p%d", i);
        if (p->heap) {
            pnames[i] = fresh_cname(arena_printf("%s_arg", nm));
            vi->cname = fresh_cname(nm);
            vi->indirect = true;
            buf_printf(&fn.decls, "    %s *%s = (%s *)rt_new(%s);\n    *%s = %s;\n", cg_ctype(p->type), vi->cname,
                       cg_ctype(p->type), cg_desc(p->type), vi->cname, pnames[i]);
        } else {
            vi->cname = pnames[i] = fresh_cname(nm);
        }
        p->aux = vi;
    }
    /* results and locals */
    Vec aliases = {0};
    bool generic_inst = false;
    if (f->obj && f->obj->recv_type) {
        Type *rt = f->obj->recv_type;
        if (rt->kind == TY_POINTER) rt = rt->elem;
        /* a stdlib generic type's method (atomic.Pointer[T]) is compiled
         * from the generic body; user generics have their own instance bodies */
        generic_inst = rt && rt->kind == TY_NAMED && rt->orig && rt->ntargs && !f->obj->generic;
    }
    fn.volatile_results = fn.has_defer;
    cg_gc_begin(f, !generic_inst);
    for (int i = 0; i < np; i++)
        if (params[i]->heap || cg_has_pointers(params[i]->type)) cg_gc_local(params[i], var_of(params[i])->cname, params[i]->heap);
    for (int i = 0; i < f->body.len; i++) mark_fresh_cells(f->body.v[i]);
    for (int i = 0; i < f->dcl.len; i++) {
        IrName *nm = f->dcl.v[i];
        bool fresh = nm->aux == &fresh_cell_mark || nm->aux == &fresh_dcl_mark;
        bool has_dcl = nm->aux == &fresh_dcl_mark;
        if (fresh) nm->aux = NULL;
        if (nm->cls == PPARAM) continue;
        if (nm->cls == PAUTOHEAP && nm->outer) continue; /* inlined closure body: resolved through outer */
        if (generic_inst && nm->cls == PAUTO && nm->obj &&
            (nm->obj->vkind == VAR_PARAM || nm->obj->vkind == VAR_RESULT) && nm->obj->pkg == f->obj->pkg) {
            /* a generic method's body names the generic declaration's
             * parameters: they are this instance's parameters */
            IrName *alias = NULL;
            for (int j = 0; j < np && !alias; j++)
                if (params[j]->name && !strcmp(params[j]->name, nm->name)) alias = params[j];
            for (int j = 0; j < f->results.len && !alias; j++) {
                IrName *r = f->results.v[j];
                if (r->name && !strcmp(r->name, nm->name)) alias = r;
            }
            if (alias) {
                vec_push(&aliases, nm);
                vec_push(&aliases, alias);
                continue;
            }
        }
        VarInfo *vi = NEW(VarInfo);
        vi->fn = f;
        const char *gn = nm->name && *nm->name && strcmp(nm->name, "_") ? nm->name : "_v";
        vi->cname = fresh_cname(gn);
        vi->has_dcl = has_dcl;
        nm->aux = vi;
        if (nm->heap || cg_has_pointers(nm->type)) cg_gc_local(nm, vi->cname, nm->heap);
        const char *ct = cg_ctype(nm->type);
        if (nm->heap) {
            vi->indirect = true;
            if (fresh) buf_printf(&fn.decls, "    %s *%s = NULL;\n", ct, vi->cname);
            else buf_printf(&fn.decls, "    %s *%s = (%s *)rt_new(%s);\n", ct, vi->cname, ct, cg_desc(nm->type));
        } else {
            buf_printf(&fn.decls, "    %s%s %s = %s;\n", nm->cls == PPARAMOUT && fn.volatile_results ? "volatile " : "", ct,
                       vi->cname, zero_of(nm->type));
        }
    }
    for (int i = 0; i + 1 < aliases.len; i += 2) ((IrName *)aliases.v[i])->aux = ((IrName *)aliases.v[i + 1])->aux;
    /* closure variables */
    if (f->cvars.len) {
        Type *ct = closure_ctx_type(f);
        const char *cty = cg_ctype(ct);
        Type *u = under(ct);
        buf_printf(&fn.decls, "    %s *_ctx = (%s *)_clo;\n", cty, cty);
        cg_gc_local(NULL, "_ctx", true);
        for (int i = 0; i < f->cvars.len; i++) {
            IrName *cv = f->cvars.v[i];
            VarInfo *vi = NEW(VarInfo);
            vi->fn = f;
            vi->cname = fresh_cname(cv->name);
            vi->indirect = !cv->byval;
            cv->aux = vi;
            if (!cv->byval || cg_has_pointers(cv->type)) cg_gc_local(NULL, vi->cname, true);
            if (cv->byval) buf_printf(&fn.decls, "    %s %s = _ctx->%s;\n", cg_ctype(cv->type), vi->cname, cg_field_name(u, i + 1));
            else buf_printf(&fn.decls, "    %s *%s = _ctx->%s;\n", cg_ctype(cv->type), vi->cname, cg_field_name(u, i + 1));
        }
    }
    if (fn.has_recover) {
        buf_printf(&fn.decls, "    void *_rtok = rt_recover_claim((const void *)%s, NULL);\n", sym);
    }
    if (fn.has_defer) {
        buf_puts(&fn.decls, "    GoDeferFrame _df;\n");
        cg_gc_local(NULL, "_df.defers", true); /* its defer records (the jump buffer holds stale words): a precise GC root */
    }
    emit_line(f->pos); /* the entry poll (stack overflow, preemption) is at the func line, as gc's prologue */
    emit("GO_POLL();");
    if (fn.has_defer) emit("GO_DEFER_SETUP(&_df, _dret);");
    gen_list(&f->body);
    if (fn.has_defer) {
        emit_line(f->endpos); /* falling off the end: the closing brace's line (Go's fixedbugs issue14646) */
        emit("_dret:;");
        emit_defer_exit();
    } else if (sig_nresults(sig) > 0) {
        emit("__builtin_unreachable();");
    }
    /* a frame with precise GC sites must stay its own frame; //go:noinline as gc */
    const char *attr = cg_gc_end(&fn.decls) ? "GO_GCFRAME_FN " : (f->pragma & IR_NOINLINE) ? "GO_NOINLINE " : "";
    /* the traceback's Go name of this C function */
    buf_printf(&cg_out.functab, "    {%s, %s, %d},\n", cg_cstr(sym),
               cg_cstr(cg_runtime_name(f->pkgpath, f->name)), np);
    Buf *o = &cg_out.funcs;
    buf_printf(o, "\n/* %s.%s */\n%s%s%s %s(%s) {\n", f->pkgpath ? f->pkgpath : "main", f->name, cg_func_linkage(f), attr, cg_sig_ret(sig), sym,
               params_text(f, true, pnames));
    buf_append(o, &fn.decls);
    buf_append(o, &body);
    buf_puts(o, "}\n");
    F = save;
}

/* Whether emitted code has referenced the package variable nm. */
bool cg_global_referenced(IrName *nm) {
    VarInfo *vi = var_of(nm);
    return vi && vi->referenced;
}

/* Functions queued by cg_func_sym that still need bodies. */
int cg_next_queued(IrFunc **out);
int cg_next_queued(IrFunc **out) {
    static int done;
    if (done < func_queue.len) {
        *out = func_queue.v[done++];
        return 1;
    }
    return 0;
}
