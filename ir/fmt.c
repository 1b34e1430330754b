/*
 * fmt.c: printing IR nodes and types exactly as gc's %v does in -m
 * messages (cmd/compile/internal/ir/fmt.go exprFmt, types/fmt.go tconv).
 *
 * Rules worth knowing when reading -m output:
 *   - implicit conversions, implicit & and * print as their operand, so an
 *     argument converted to interface prints as the argument ("x escapes");
 *   - composite literals abbreviate: "&Point{...}", "[]int{...}", "T{}";
 *     the variadic slice gc builds for f(a, b) prints "... argument";
 *   - closures print "func literal"; constants print their source text
 *     (gc keeps the original expression, syntax.String);
 *   - explicit conversions print "T(x)", with parentheses around unnamed
 *     types: "([]byte)(s)", "(interface {})(x)";
 *   - types of the package being compiled are unqualified ("Point"),
 *     others carry their package name ("strings.Builder"); byte, rune, any
 *     and error keep their names.
 * Operator precedence follows gc's OpPrec table; a sub-expression binding
 * looser than its context is parenthesised.
 */
#include "ir/ir.h"

#include <string.h>

/* ---- a small growable text buffer ---- */
typedef struct Buf {
    char *p;
    int len, cap;
} Buf;

static void bput(Buf *b, const char *s, int n) {
    if (b->len + n + 1 > b->cap) {
        int nc = b->cap ? b->cap * 2 : 64;
        while (nc < b->len + n + 1) nc *= 2;
        char *np = arena_alloc((size_t)nc);
        if (b->len) memcpy(np, b->p, (size_t)b->len);
        b->p = np;
        b->cap = nc;
    }
    memcpy(b->p + b->len, s, (size_t)n);
    b->len += n;
    b->p[b->len] = 0;
}
static void bputs(Buf *b, const char *s) { bput(b, s, (int)strlen(s)); }

static Package *fmt_local_pkg;
static int fmt_in_targs; /* printing an instance's type arguments (link strings) */
static int fmt_sym_name;  /* ... for a method symbol's receiver (gc's %-S): field names as written */
extern Type *types_any_iface; /* types/universe.c: the type `any` denotes */

/* While printing an inlinable body (-m=2 "can inline f ... as:"), calls
 * print as written: gc packs variadic arguments only later. */
bool ir_fmt_unfixed_calls;
bool ir_fmt_escape_pending;

/* The package whose types print unqualified (set by lowering). */

/* gc qualifies another package's names by its quoted path instead of its
 * name when the compilation imported two packages of that name
 * (types.NumImport counts the packages listed in the export data of the
 * direct imports).  In the subset the only such name is "atomic": a direct
 * import of "runtime" brings runtime/internal/atomic along, and sync/atomic's
 * names then print as "sync/atomic".LoadInt64. */
static bool fmt_atomic_quoted;

void ir_fmt_set_local(Package *p) {
    fmt_local_pkg = p;
    fmt_atomic_quoted = false;
    for (int i = 0; p && i < p->nimports; i++)
        if (p->imports[i] && p->imports[i]->path && !strcmp(p->imports[i]->path, "runtime")) fmt_atomic_quoted = true;
}

/* The qualifier gc prints for names of package pkg. */

static const char *pkg_qual(Package *pkg) {
    if (fmt_atomic_quoted && pkg->path && !strcmp(pkg->path, "sync/atomic")) return "\"sync/atomic\"";
    if (fmt_in_targs && pkg->link) return pkg->link; /* math/rand.Rand, command-line-arguments.T */
    return pkg->name;
}

/* A variable's name as -m prints it: an inlined copy of a sync/atomic
 * variable ("atomic.x") is qualified as pkg_qual qualifies the package. */
const char *ir_fmt_name(IrName *nm) {
    if (!nm || !nm->name) return "?";
    if (fmt_atomic_quoted && nm->cls != PFUNC && nm->cls != PEXTERN && nm->obj && nm->obj->pkg && nm->obj->pkg->path &&
        !strcmp(nm->obj->pkg->path, "sync/atomic") && !strncmp(nm->name, "atomic.", 7))
        return arena_printf("\"sync/atomic\".%s", nm->name + 7);
    return nm->name;
}

/* Text written for sync/atomic's generic Pointer (ir/instances.c: its
 * shaped methods, dictionaries and parameters, "atomic.x") with each
 * qualifier "atomic." as pkg_qual prints it.  A qualifier starts a word:
 * "sync/atomic.Int64" in a shape's field types stays as it is. */
const char *ir_fmt_atomic_text(const char *s) {
    if (!fmt_atomic_quoted || !strstr(s, "atomic.")) return s;
    Buf b = {0};
    for (const char *p = s; *p;) {
        char c = p > s ? p[-1] : ' ';
        bool word = !(c == '/' || c == '.' || c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
        if (word && !strncmp(p, "atomic.", 7)) {
            bputs(&b, "\"sync/atomic\".");
            p += 7;
        } else {
            bput(&b, p, 1);
            p++;
        }
    }
    return b.p;
}

/* A function's gc name ("atomic.(*Int64).Load") with its package qualifier as pkg_qual prints it. */
static const char *func_qual(const char *name, const char *pkgpath) {
    if (fmt_atomic_quoted && pkgpath && !strcmp(pkgpath, "sync/atomic") && !strncmp(name, "atomic.", 7))
        return arena_printf("\"sync/atomic\".%s", name + 7);
    return name;
}

/* ---- types ---- */

static void tfmt(Buf *b, Type *t, int depth);

static void tuple_fmt(Buf *b, Type *tup, bool variadic, int depth) {
    bputs(b, "(");
    int n = tup ? tup->nfields : 0;
    for (int i = 0; i < n; i++) {
        if (i) bputs(b, ", ");
        Type *ft = tup->fields[i]->type;
        if (variadic && i == n - 1 && ft && ft->kind == TY_SLICE) {
            bputs(b, "...");
            tfmt(b, ft->elem, depth + 1);
        } else {
            tfmt(b, ft, depth + 1);
        }
    }
    bputs(b, ")");
}

static void sig_fmt(Buf *b, Type *t, int depth) {
    tuple_fmt(b, t->params, t->variadic, depth);
    int nr = t->results ? t->results->nfields : 0;
    if (nr == 1) {
        bputs(b, " ");
        tfmt(b, t->results->fields[0]->type, depth + 1);
    } else if (nr > 1) {
        bputs(b, " ");
        tuple_fmt(b, t->results, false, depth);
    }
}

static bool is_exported(const char *s) { return s && s[0] >= 'A' && s[0] <= 'Z'; }

static void tfmt(Buf *b, Type *t, int depth) {
    if (!t) {
        bputs(b, "<T>");
        return;
    }
    if (depth > 4000) { /* unnamed types cannot recurse: only a guard */
        bputs(b, "...");
        return;
    }
    if (t == types_error) {
        bputs(b, "error");
        return;
    }
    if (t == types_any_iface && !fmt_in_targs) { /* the universe's any keeps its name (gc's AnyType); an
                                                   * instance's name spells its type arguments' link strings */
        bputs(b, "any");
        return;
    }
    if (t->shape_index && t->kind >= TY_NUM_BASIC) {
        bputs(b, arena_printf("go.shape.%s_%d", ir_shape_string(t), t->shape_index - 1));
        return;
    }
    if (t->kind < TY_NUM_BASIC) {
        if (t->shape_index) {
            /* a type argument inside a generic instance: gc's shape */
            bputs(b, arena_printf("go.shape.%s_%d", types_typ[t->kind]->name, t->shape_index - 1));
            return;
        }
        /* link strings (an instance's type arguments, at any depth): byte is uint8, rune int32 */
        if (fmt_in_targs && t->kind != TY_INVALID && types_typ[t->kind]->name) bputs(b, types_typ[t->kind]->name);
        else bputs(b, t->name ? t->name : "?");
        return;
    }
    switch (t->kind) {
    case TY_NAMED: {
        Object *o = t->obj;
        if (o && o->pkg && o->pkg != fmt_local_pkg && o->pkg->name) {
            bputs(b, pkg_qual(o->pkg));
            bputs(b, ".");
        }
        bputs(b, o && o->name ? o->name : "?");
        if (fmt_in_targs) bputs(b, types_local_suffix(o)); /* a local type's number: main.point·1 */
        if (t->ntargs) {
            /* an instance's name is built from its type arguments' link
             * strings: qualified even in their own package (Pointer[main.node]) */
            Package *saved = fmt_local_pkg;
            fmt_local_pkg = NULL;
            fmt_in_targs++;
            bputs(b, "[");
            for (int i = 0; i < t->ntargs; i++) {
                if (i) bputs(b, ",");
                Type *a = t->targs[i];
                if (a && a->shape_index) /* a shape is numbered by its type parameter in the enclosing instance */
                    bputs(b, arena_printf("go.shape.%s_%d", a->kind < TY_NUM_BASIC ? types_typ[a->kind]->name : ir_shape_string(a), a->shape_index - 1));
                else if (a && a->kind < TY_NUM_BASIC && a->kind != TY_INVALID)
                    bputs(b, types_typ[a->kind]->name); /* link strings: byte is uint8 */
                else
                    tfmt(b, a, depth + 1);
            }
            bputs(b, "]");
            fmt_in_targs--;
            fmt_local_pkg = saved;
        }
        return;
    }
    case TY_POINTER:
        bputs(b, "*");
        tfmt(b, t->elem, depth + 1);
        return;
    case TY_ARRAY:
        bputs(b, arena_printf("[%lld]", (long long)t->len));
        tfmt(b, t->elem, depth + 1);
        return;
    case TY_SLICE:
        bputs(b, "[]");
        tfmt(b, t->elem, depth + 1);
        return;
    case TY_CHAN:
        if (t->dir == DIR_RECV) {
            bputs(b, "<-chan ");
            tfmt(b, t->elem, depth + 1);
        } else if (t->dir == DIR_SEND) {
            bputs(b, "chan<- ");
            tfmt(b, t->elem, depth + 1);
        } else {
            bputs(b, "chan ");
            Type *e = t->elem;
            if (e && e->kind == TY_CHAN && e->dir == DIR_RECV) {
                bputs(b, "(");
                tfmt(b, e, depth + 1);
                bputs(b, ")");
            } else {
                tfmt(b, e, depth + 1);
            }
        }
        return;
    case TY_MAP:
        bputs(b, "map[");
        tfmt(b, t->key, depth + 1);
        bputs(b, "]");
        tfmt(b, t->elem, depth + 1);
        return;
    case TY_INTERFACE: {
        int n = 0;
        Object **ms = types_iface_methods(t, &n);
        if (n == 0) {
            bputs(b, "interface {}");
            return;
        }
        bputs(b, "interface {");
        for (int i = 0; i < n; i++) {
            if (i) bputs(b, ";");
            bputs(b, " ");
            if (!is_exported(ms[i]->name) && ms[i]->pkg && ms[i]->pkg->name) {
                /* gc: always qualified, by the package's link prefix */
                bputs(b, ms[i]->pkg->link ? ms[i]->pkg->link : ms[i]->pkg->path);
                bputs(b, ".");
            }
            bputs(b, ms[i]->name);
            sig_fmt(b, ms[i]->type, depth + 1);
        }
        bputs(b, " }");
        return;
    }
    case TY_FUNC:
        bputs(b, "func");
        sig_fmt(b, t, depth);
        return;
    case TY_STRUCT:
        if (t->nfields == 0) {
            bputs(b, "struct {}");
            return;
        }
        bputs(b, "struct {");
        for (int i = 0; i < t->nfields; i++) {
            Object *f = t->fields[i];
            if (i) bputs(b, ";");
            bputs(b, " ");
            if (fmt_in_targs && !fmt_sym_name) {
                bputs(b, types_field_link_prefix(f));
            } else if (!(f->vflags & VF_EMBEDDED)) {
                bputs(b, f->name);
                bputs(b, " ");
            }
            tfmt(b, f->type, depth + 1);
            if (f->tag.len) {
                bputs(b, " ");
                bputs(b, types_quote(f->tag)); /* strconv.Quote, as gc's tconv */
            }
        }
        bputs(b, " }");
        return;
    case TY_TUPLE:
        tuple_fmt(b, t, false, depth);
        return;
    default:
        bputs(b, t->name ? t->name : "?");
        return;
    }
}

const char *ir_fmt_type(Type *t) {
    Buf b = {0};
    tfmt(&b, t, 0);
    return b.p ? b.p : "";
}

const char *ir_fmt_type_sym(Type *t) {
    Buf b = {0};
    Package *saved = fmt_local_pkg;
    fmt_local_pkg = NULL;
    fmt_in_targs++;
    fmt_sym_name++;
    tfmt(&b, t, 0);
    fmt_sym_name--;
    fmt_in_targs--;
    fmt_local_pkg = saved;
    return b.p ? b.p : "";
}

/* A type "has a symbol" in gc's sense: named types and predeclared ones. */
static bool type_has_sym(Type *t) {
    return t && (t->kind == TY_NAMED || t->kind < TY_NUM_BASIC || t == types_any_iface || /* gc's AnyType has a Sym */
                 t->shape_index > 0); /* so does a shape: go.shape.*main.T_1(&v) */
}

/* ---- expressions ---- */

static int binprec(int tok) {
    switch (tok) {
    case T_MUL: case T_QUO: case T_REM: case T_SHL: case T_SHR: case T_AND: case T_AND_NOT: return 6;
    case T_ADD: case T_SUB: case T_OR: case T_XOR: return 5;
    case T_EQL: case T_NEQ: case T_LSS: case T_LEQ: case T_GTR: case T_GEQ: return 4;
    default: return 5;
    }
}

static const char *tokstr(int tok) {
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
    case T_AND_NOT: return "&^";
    case T_EQL: return "==";
    case T_NEQ: return "!=";
    case T_LSS: return "<";
    case T_LEQ: return "<=";
    case T_GTR: return ">";
    case T_GEQ: return ">=";
    case T_NOT: return "!";
    case T_LAND: return "&&";
    case T_LOR: return "||";
    case T_ARROW: return "<-";
    default: return "?";
    }
}

/* gc's stenciler rebuilds an instance's conversion of a shaped interface
 * value to an interface (convertUsingDictionary) as a new, explicit
 * OCONVIFACE when the destination is empty or has no shapes: printed
 * `any(o.val)`.  (Empty to empty is dropped; a shaped non-empty
 * destination is an EFACE of runtime.convI2I.) */
static bool restenciled_conv(IrNode *n) {
    if (n->op != OCONVIFACE || !n->x || !n->x->type || !n->type) return false;
    Type *from = n->x->type;
    if (!types_is_interface(from) || !types_has_shape(from)) return false;
    if (ir_empty_iface(n->type)) return !ir_empty_iface(from);
    return !types_has_shape(n->type);
}

static IrNode *skip_implicit(IrNode *n) {
    while (n) {
        if ((n->op == OADDR || n->op == ODEREF || n->op == OCONV || n->op == OCONVNOP || n->op == OCONVIFACE) &&
            (n->flags & IRF_IMPLICIT) && n->x && !restenciled_conv(n))
            n = n->x;
        else
            break;
    }
    return n;
}

/* A constant prints its source text (gc: a RawOrigExpr holding
 * syntax.String of the unparenthesised expression), with the precedence of
 * that expression's operator (gc's constExprOp), so that `n * (k - 1)`
 * keeps its parentheses. */
static int const_src_prec(Node *src) {
    src = types_unparen(src);
    if (!src) return 8;
    if (src->kind == N_UNARY) return 7;
    if (src->kind != N_BINARY) return 8;
    if (src->op == T_LAND) return 2;
    if (src->op == T_LOR) return 1;
    return binprec(src->op);
}

static int opprec(IrNode *n) {
    switch (n->op) {
    case OLITERAL: return n->src ? const_src_prec(n->src) : 8;
    case OUNARY: case OADDR: case ODEREF: case ORECV: return 7;
    case OBINARY: return binprec(n->tok);
    case OSEND: return 3;
    case OANDAND: return 2;
    case OOROR: return 1;
    case OTYPE: return (n->type && n->type->kind == TY_POINTER) ? 7 : 8;
    case OADDSTR: return 0; /* no OpPrec entry in gc */
    case OMAKEMAP: case OMAKECHAN: return 0; /* none either (OMAKESLICE has one): ch <- (make(chan int)) */
    case ODOTTYPE: case ODOTTYPE2: return ir_dict_assert(n) ? 0 : 8; /* gc's ODYNAMICDOTTYPE has none */
    case ORECOVER: return (n->flags & IRF_ESCFIXED) ? 0 : 8; /* gc's ORECOVERFP has no OpPrec entry */
    case OREAL: case OIMAG: case OCOMPLEX: return 0; /* none either: (real(v)) * (imag(v)) */
    case OPTRLIT: return 7; /* gc: OPTRLIT is an AddrExpr: no OpPrec entry -> 0; handled below */
    default: return 8;
    }
}

static const char *builtin_name(IrOp op) {
    switch (op) {
    case OLEN: return "len";
    case OCAP: return "cap";
    case ONEW: return "new";
    case OAPPEND: return "append";
    case OCOPY: return "copy";
    case ODELETE: return "delete";
    case OPANIC: return "panic";
    case ORECOVER: return "recover";
    case OPRINT: return "print";
    case OPRINTN: return "println";
    case OREAL: return "real";
    case OIMAG: return "imag";
    case OCOMPLEX: return "complex";
    case OCLOSE: return "close";
    case OUNSAFEADD: return "unsafe.Add";
    case OUNSAFESLICE: return "unsafe.Slice";
    case OSIZEOF: return "unsafe.Sizeof";
    case OALIGNOF: return "unsafe.Alignof";
    case OOFFSETOF: return "unsafe.Offsetof";
    default: return "?";
    }
}

static void efmt(Buf *b, IrNode *n, int prec);

/* A call of a generic's instance as gc's stenciler writes it: the shaped
 * callee's name, and *dict the dictionary argument (the static
 * &.dict.F[int], or a sub-dictionary read out of the caller's own); NULL
 * for other calls. */
static const char *generic_call(IrNode *n, const char **dict, IrFunc **callee_fn) {
    IrFunc *gfn = n->x && n->x->op == OMETHEXPR ? n->x->fn
                : n->x && n->x->op == ONAME && n->x->nm && n->x->nm->cls == PFUNC ? n->x->nm->func : NULL;
    if (!gfn || (n->flags & IRF_DEVIRT) || (n->x->flags & IRF_INSTMETHOD)) return NULL;
    const char *callee = ir_generic_call(gfn, dict);
    if ((n->flags & IRF_SUBDICT) && n->dict) *dict = n->dict;
    if (callee_fn) *callee_fn = gfn;
    return callee;
}

const char *ir_fmt_call_dict(IrNode *call) {
    const char *dict = NULL;
    return call && call->op == OCALLFUNC && !(call->flags & IRF_BOUNDCALL) && generic_call(call, &dict, NULL) ? dict : NULL;
}

static void list_fmt(Buf *b, IrList *l) {
    for (int i = 0; i < l->len; i++) {
        if (i) bputs(b, ", ");
        efmt(b, l->v[i], 0);
    }
}

/* t has a shape, also inside an unnamed interface's method signatures
 * (gc's HasShape) */
static bool mentions_shape(Type *t) {
    if (types_has_shape(t)) return true;
    if (!t || t->kind != TY_INTERFACE) return false;
    int n = 0;
    Object **ms = types_iface_methods(t, &n);
    for (int i = 0; i < n; i++)
        if (ms[i] && types_has_shape(ms[i]->type)) return true;
    return false;
}

/* A case clause's values: in an instance, a type switch case of a shaped
 * type is gc's ODYNAMICTYPE (the type read from the dictionary), which
 * has no format. */
static void case_list_fmt(Buf *b, IrList *l) {
    for (int i = 0; i < l->len; i++) {
        if (i) bputs(b, ", ");
        IrNode *c = l->v[i];
        if (c && c->op == OTYPE && mentions_shape(c->type)) bputs(b, "<node DYNAMICTYPE>");
        else efmt(b, c, 0);
    }
}

/* types2's hasVarSize: t's size depends on a type parameter (in an
 * instance's body: a shape-marked type argument, not behind a pointer) */
static bool var_size(Type *t, int depth) {
    if (!t || depth > 20) return false;
    if (t->shape_index) return true;
    Type *u = types_underlying(t);
    if (!u) return false;
    if (u->kind == TY_ARRAY) return var_size(u->elem, depth + 1);
    if (u->kind == TY_STRUCT)
        for (int i = 0; i < u->nfields; i++)
            if (var_size(u->fields[i]->type, depth + 1)) return true;
    return false;
}

/* unsafe.Offsetof(x.f) of a struct whose size depends on the type
 * arguments is no constant for gc: it keeps the call, and prints the
 * selector with the embedded fields it goes through (d.Embedded.B). */
static bool offsetof_fmt(Buf *b, Node *call) {
    if (call->kind != N_CALL || !call->obj || call->obj->kind != OBJ_BUILTIN || call->obj->bid != BUILTIN_OFFSETOF ||
        call->list.len != 1)
        return false;
    Node *a = types_unparen(call->list.v[0]);
    Selection *sel = a && a->kind == N_SELECTOR ? (Selection *)a->tinfo : NULL;
    if (!sel || !a->x || !a->x->type) return false;
    Type *base = a->x->type;
    if (types_underlying(base)->kind == TY_POINTER) base = types_underlying(base)->elem;
    if (!var_size(base, 0)) return false;
    bputs(b, "unsafe.Offsetof(");
    bputs(b, types_expr_string(a->x));
    Type *t = base;
    for (int i = 0; i + 1 < sel->nindex; i++) {
        Type *u = types_underlying(t);
        if (!u || u->kind != TY_STRUCT) break;
        Object *f = u->fields[sel->index[i]];
        bputs(b, ".");
        bputs(b, f->name);
        t = f->type;
    }
    bputs(b, ".");
    bputs(b, sel->obj ? sel->obj->name : "?");
    bputs(b, ")");
    return true;
}

static void lit_fmt(Buf *b, IrNode *n) {
    if (n->src) {
        if (!offsetof_fmt(b, n->src)) bputs(b, types_expr_string(n->src));
        return;
    }
    bool typed = n->type && !types_is_untyped(n->type);
    if (typed) {
        if (n->type->kind == TY_POINTER || (n->type->kind == TY_CHAN && n->type->dir == DIR_RECV)) {
            bputs(b, "(");
            tfmt(b, n->type, 0);
            bputs(b, ")(");
        } else {
            tfmt(b, n->type, 0);
            bputs(b, "(");
        }
    }
    bputs(b, n->cval ? const_format(n->cval) : "?");
    if (typed) bputs(b, ")");
}

/* The node ir_fmt_expr or ir_fmt_stmt was asked for (see efmt). */
static IrNode *fmt_top;

static void efmt(Buf *b, IrNode *n, int prec) {
    if (ir_dict_conv(n) || ir_dict_i2i(n)) {
        /* a generic instance converts a type argument's value through its
         * dictionary: gc's EFACE(dict[i], CONVIDATA(x)).  Reported on its
         * own it is the data part, unsafe.Pointer(x); inside another
         * expression or statement gc prints the EFACE, which has no format
         * (an interface's I2I, EFACE(convI2I(...), IDATA(tmp)), always) */
        if (n != fmt_top || ir_dict_i2i(n)) {
            /* OEFACE has no OpPrec entry (0): parenthesized as an operand */
            bputs(b, prec > 0 ? "(<node EFACE>)" : "<node EFACE>");
            return;
        }
        bputs(b, "unsafe.Pointer(");
        efmt(b, n->x, 0);
        bputs(b, ")");
        return;
    }
    n = skip_implicit(n);
    if (!n) {
        bputs(b, "<nil>");
        return;
    }
    if (n->op == OCONVNOP && (n->flags & IRF_SPTR)) {
        bputs(b, "<node SPTR>");
        return;
    }
    int np = opprec(n);
    if (n->op == OPTRLIT || n->op == OCLOSURE) np = 0; /* gc has no OpPrec entry for these */
    if (n->op == OINLCALL || (n->op == OCALLFUNC && (n->flags & IRF_STDINL))) np = 0; /* nor for OINLCALL */
    if (prec > np) {
        bputs(b, "(");
        efmt(b, n, 0);
        bputs(b, ")");
        return;
    }
    switch (n->op) {
    case ONIL: bputs(b, "nil"); break;
    case OLITERAL: lit_fmt(b, n); break;
    case ONAME: {
        const char *nm = n->nm ? ir_fmt_name(n->nm) : "?";
        if (nm[0] == '~' && nm[1] == 'b') nm = "_";
        if (n->nm && n->nm->cls == PFUNC && n->nm->func) nm = func_qual(n->nm->func->name, n->nm->func->pkgpath);
        /* another package's variable: "os.ErrNotExist", as gc qualifies it */
        if (n->nm && n->nm->cls == PEXTERN && n->nm->obj && n->nm->obj->pkg && n->nm->obj->pkg != fmt_local_pkg &&
            n->nm->obj->pkg->name) {
            bputs(b, pkg_qual(n->nm->obj->pkg));
            bputs(b, ".");
        }
        bputs(b, nm);
        break;
    }
    case OTYPE: tfmt(b, n->type, 0); break;
    case OCLOSURE: bputs(b, "func literal"); break;
    case OSTRUCTLIT: case OARRAYLIT: case OSLICELIT: case OMAPLIT:
        if (n->op == OSLICELIT && (n->flags & IRF_IMPLICIT)) {
            bputs(b, "... argument");
            break;
        }
        tfmt(b, n->type, 0);
        bputs(b, n->list.len ? "{...}" : "{}");
        break;
    case OPTRLIT:
        bputs(b, "&");
        efmt(b, n->x, 0);
        break;
    case OKEY:
        if (n->x) efmt(b, n->x, 0);
        bputs(b, ":");
        if (n->y) efmt(b, n->y, 0);
        break;
    case OSTRUCTKEY:
        bput(b, n->name.p, n->name.len);
        bputs(b, ":");
        efmt(b, n->x, 0);
        break;
    case ODOT: case ODOTPTR: case ODOTINTER: case OMETHVALUE: case OMETHEXPR:
        if (n->op == OMETHEXPR && n->dict) { /* T.M of a type parameter: read from the dictionary */
            bputs(b, n->dict);
            break;
        }
        efmt(b, n->x, np);
        bputs(b, ".");
        bput(b, n->name.p, n->name.len);
        break;
    case ODOTTYPE: case ODOTTYPE2:
        if (ir_dict_assert(n)) {
            bputs(b, n->flags & IRF_COMMAOK ? "<node DYNAMICDOTTYPE2>" : "<node DYNAMICDOTTYPE>");
            break;
        }
        efmt(b, n->x, np);
        bputs(b, ".(");
        tfmt(b, n->type, 0);
        bputs(b, ")");
        break;
    case OINDEX: case OINDEXMAP:
        efmt(b, n->x, np);
        bputs(b, "[");
        efmt(b, n->y, 0);
        bputs(b, "]");
        break;
    case OSLICE: case OSLICEARR: case OSLICESTR: case OSLICE3: case OSLICE3ARR:
        efmt(b, n->x, np);
        bputs(b, "[");
        if (n->y) efmt(b, n->y, 0);
        bputs(b, ":");
        if (n->z) efmt(b, n->z, 0);
        if (n->op == OSLICE3 || n->op == OSLICE3ARR) {
            bputs(b, ":");
            if (n->w) efmt(b, n->w, 0);
        }
        bputs(b, "]");
        break;
    case OCOPY: case OCOMPLEX: case OUNSAFEADD: case OUNSAFESLICE:
        bputs(b, builtin_name(n->op));
        bputs(b, "(");
        efmt(b, n->x, 0);
        bputs(b, ", ");
        efmt(b, n->y, 0);
        bputs(b, ")");
        break;
    case OCONV: case OCONVIFACE: case OCONVNOP: case OBYTES2STR: case ORUNES2STR:
    case OSTR2BYTES: case OSTR2RUNES: case ORUNESTR: case OSLICE2ARRPTR:
        if (!type_has_sym(n->type)) {
            bputs(b, "(");
            tfmt(b, n->type, 0);
            bputs(b, ")");
        } else {
            tfmt(b, n->type, 0);
        }
        bputs(b, "(");
        {
            /* string(x) of a slice of a defined byte or rune type: gc's
             * typecheck converts x to []byte / []rune first */
            Type *xt = n->x && n->x->type ? types_underlying(n->x->type) : NULL;
            Type *tt = n->type ? types_underlying(n->type) : NULL;
            Type *el = xt && xt->kind == TY_SLICE ? xt->elem : NULL;
            if (tt && tt->kind == TY_STRING && el && el->kind == TY_NAMED && el->underlying &&
                (el->underlying->kind == TY_UINT8 || el->underlying->kind == TY_INT32)) {
                bputs(b, el->underlying->kind == TY_UINT8 ? "([]byte)(" : "([]rune)(");
                efmt(b, n->x, 0);
                bputs(b, "))");
                break;
            }
        }
        efmt(b, n->x, 0);
        bputs(b, ")");
        break;
    case OREAL: case OIMAG: case OCAP: case OCLOSE: case OLEN: case OPANIC:
    case OSIZEOF: case OALIGNOF: case OOFFSETOF:
        bputs(b, builtin_name(n->op));
        bputs(b, "(");
        efmt(b, n->x, 0);
        bputs(b, ")");
        break;
    case ONEW:
        bputs(b, "new(");
        tfmt(b, n->type ? n->type->elem : NULL, 0);
        bputs(b, ")");
        break;
    case OAPPEND: case ODELETE: case ORECOVER: case OPRINT: case OPRINTN:
        if (n->op == ORECOVER && (n->flags & IRF_ESCFIXED)) {
            /* escape analysis rewrote it (gc's fixRecoverCall) into an op
             * gc's printer does not know */
            bputs(b, "<node RECOVERFP>");
            break;
        }
        bputs(b, builtin_name(n->op));
        bputs(b, "(");
        if (n->init.len == 1 && n->init.v[0]->op == OAS2FUNC && (n->init.v[0]->flags & IRF_IMPLICIT) && n->init.v[0]->y) {
            /* append(f()) with f's results spread (B49): gc prints its Orig */
            IrNode *c = n->init.v[0]->y;
            efmt(b, c->op == OINLCALL && c->x ? c->x : c, 0);
            bputs(b, ")");
            break;
        }
        list_fmt(b, &n->list);
        if (n->flags & IRF_DDD) bputs(b, "...");
        bputs(b, ")");
        break;
    case OCALLFUNC: case OCALLINTER: {
        if ((n->flags & IRF_STDINL) && n->type && n->type->kind != TY_TUPLE) {
            /* gc prints an inlined call as its result variable: ~R0, or the
             * named result qualified by the callee's package ("math.is") */
            IrFunc *cf = n->x && n->x->op == OMETHEXPR ? n->x->fn
                         : n->x && n->x->op == ONAME && n->x->nm ? n->x->nm->func : NULL;
            Type *sig = n->x ? n->x->type : NULL;
            Object *r = sig && sig->kind == TY_FUNC && sig->results && sig->results->nfields == 1
                            ? sig->results->fields[0] : NULL;
            if (r && r->name && r->name[0] && r->name[0] != '_' && cf && cf->obj && cf->obj->pkg &&
                cf->obj->pkg->name) {
                bputs(b, pkg_qual(cf->obj->pkg));
                bputs(b, ".");
                bputs(b, r->name);
            } else {
                bputs(b, "~R0");
            }
            break;
        }
        IrFunc *gfn = NULL;
        const char *gdict = NULL, *gcallee = generic_call(n, &gdict, &gfn);
        /* f(g()) with g's results spread into temporaries: gc prints its
         * Orig, the call as it was before the rewrite.  A call of generic
         * code was still an OFUNCINST then, which gc's printer does not
         * know: "(<node FUNCINST>)(g())"; but inside an instance a method
         * call on a receiver typed with the type parameters was an
         * ordinary x.M(g()) */
        IrNode *spread = NULL;
        for (int i = 0; i < n->init.len && (!(n->flags & IRF_METHCALL) || gcallee); i++)
            if (n->init.v[i]->op == OAS2FUNC && (n->init.v[i]->flags & IRF_IMPLICIT)) spread = n->init.v[i];
        if (spread && spread->y) {
            IrNode *rcv = (n->flags & IRF_METHCALL) && n->x && n->x->op == OMETHEXPR && n->list.len ? n->list.v[0] : NULL;
            IrNode *rx = rcv;
            while (rx && (rx->flags & IRF_IMPLICIT) && (rx->op == OADDR || rx->op == ODEREF) && rx->x) rx = rx->x;
            if (gcallee && rx && types_has_shape(rx->type)) {
                efmt(b, rcv, 8);
                bputs(b, ".");
                bput(b, n->x->name.p, n->x->name.len);
            } else if (gcallee) {
                bputs(b, "(<node FUNCINST>)");
            } else {
                efmt(b, n->x, np);
            }
            bputs(b, "(");
            efmt(b, spread->y->op == OINLCALL && spread->y->x ? spread->y->x : spread->y, 0); /* Orig: before inlining */
            bputs(b, ")");
            break;
        }
        if ((n->flags & IRF_BOUNDCALL) && n->dict) {
            /* a method called through a constraint: gc calls the closure
             * its dictionary holds, the receiver first */
            bputs(b, n->dict);
            bputs(b, "(");
            if (n->op == OCALLINTER && n->x) {
                efmt(b, n->x->x, 0);
                if (n->list.len) bputs(b, ", ");
            }
            list_fmt(b, &n->list);
            bputs(b, ")");
            break;
        }
        if (gcallee) {
            /* a generic's method or function: gc calls the shaped code with a
             * dictionary, its ... slice already built */
            bputs(b, gcallee);
            bputs(b, "(");
            bputs(b, gdict);
            IrNode *last = n->list.len ? n->list.v[n->list.len - 1] : NULL;
            bool packed = ir_is_instance(gfn) && ir_packed_ddd(last);
            /* before escape analysis fixes the call (inline bodies), gc
             * still has the ... arguments one by one, none when empty */
            bool unpacked = packed && (ir_fmt_unfixed_calls || (ir_fmt_escape_pending && !(n->flags & IRF_ESCFIXED)));
            for (int i = 0; i < n->list.len; i++) {
                if (unpacked && i + 1 == n->list.len) {
                    for (int j = 0; last->op == OSLICELIT && j < last->list.len; j++) {
                        bputs(b, ", ");
                        efmt(b, last->list.v[j], 0);
                    }
                    break;
                }
                bputs(b, ", ");
                efmt(b, n->list.v[i], 0);
                if ((packed || (n->flags & IRF_DDD)) && i + 1 == n->list.len) bputs(b, "...");
            }
            bputs(b, ")");
            break;
        }
        efmt(b, n->x, np);
        bputs(b, "(");
        IrNode *last = n->list.len ? n->list.v[n->list.len - 1] : NULL;
        bool packed = ir_packed_ddd(last);
        if ((ir_fmt_unfixed_calls || (ir_fmt_escape_pending && !(n->flags & IRF_ESCFIXED))) && packed) {
            int k = 0;
            for (int i = 0; i + 1 < n->list.len; i++, k++) {
                if (k) bputs(b, ", ");
                efmt(b, n->list.v[i], 0);
            }
            for (int i = 0; last->op == OSLICELIT && i < last->list.len; i++, k++) {
                if (k) bputs(b, ", ");
                efmt(b, last->list.v[i], 0);
            }
        } else {
            list_fmt(b, &n->list);
            if (n->flags & IRF_DDD) bputs(b, "...");
        }
        bputs(b, ")");
        break;
    }
    case OINLCALL:
        if (n->rlist.len == 1) {
            efmt(b, n->rlist.v[0], 0);
        } else {
            /* gc: "(.%v)" of its result list, which prints ';'-separated */
            bputs(b, "(.");
            for (int i = 0; i < n->rlist.len; i++) {
                if (i) bputs(b, "; ");
                efmt(b, n->rlist.v[i], 0);
            }
            bputs(b, ")");
        }
        break;
    case OMAKESLICE: case OMAKEMAP: case OMAKECHAN:
        bputs(b, "make(");
        tfmt(b, n->type, 0);
        if (n->y) {
            bputs(b, ", ");
            efmt(b, n->x, 0);
            bputs(b, ", ");
            efmt(b, n->y, 0);
        } else if (n->x && (n->op == OMAKESLICE || !types_is_untyped(n->x->type))) {
            bputs(b, ", ");
            efmt(b, n->x, 0);
        }
        bputs(b, ")");
        break;
    case OUNARY: case ORECV: case OADDR: case ODEREF: {
        const char *op = n->op == ORECV ? "<-" : n->op == OADDR ? "&" : n->op == ODEREF ? "*" : tokstr(n->tok);
        bputs(b, op);
        IrNode *x = skip_implicit(n->x);
        if (n->op != ODEREF && x && x->op == n->op && (n->op != OUNARY || x->tok == n->tok)) bputs(b, " ");
        efmt(b, n->x, np + 1);
        break;
    }
    case OBINARY:
        efmt(b, n->x, np);
        bputs(b, " ");
        bputs(b, tokstr(n->tok));
        bputs(b, " ");
        efmt(b, n->y, np + 1);
        break;
    case OANDAND: case OOROR:
        efmt(b, n->x, np);
        bputs(b, n->op == OANDAND ? " && " : " || ");
        efmt(b, n->y, np + 1);
        break;
    case OSEND:
        efmt(b, n->x, np);
        bputs(b, " <- ");
        efmt(b, n->y, np + 1);
        break;
    case OADDSTR:
        for (int i = 0; i < n->list.len; i++) {
            if (i) bputs(b, " + ");
            efmt(b, n->list.v[i], np);
        }
        break;
    default:
        bputs(b, arena_printf("<node %s>", ir_op_name(n->op)));
        break;
    }
}

const char *ir_fmt_expr(IrNode *n) {
    Buf b = {0};
    IrNode *saved = fmt_top;
    fmt_top = n;
    efmt(&b, n, 0);
    fmt_top = saved;
    return b.p ? b.p : "";
}

static void sfmt(Buf *b, IrNode *n);

/* gc's %v of a statement list: "s1; s2" (inits are not printed) */
static void stmts_fmt(Buf *b, IrList *l) {
    for (int i = 0; i < l->len; i++) {
        if (i) bputs(b, "; ");
        sfmt(b, l->v[i]);
    }
}

/* Statements as gc's stmtFmt prints them in -m=2 notes ("from x = y"). */
static void sfmt(Buf *b, IrNode *n) {
    if (!n) return;
    switch (n->op) {
    case OAS:
        if (n->flags & IRF_DEFINE) {
            efmt(b, n->x, 0);
            bputs(b, " := ");
            efmt(b, n->y, 0);
        } else {
            efmt(b, n->x, 0);
            bputs(b, " = ");
            if (n->y) efmt(b, n->y, 0);
            else bputs(b, "<nil>");
        }
        break;
    case OASOP:
        if (n->flags & IRF_INCDEC) { /* gc's IR keeps x++ as x += 1 (printed so) */
            efmt(b, n->x, 0);
            bputs(b, n->tok == T_ADD ? " += 1" : " -= 1");
        } else {
            efmt(b, n->x, 0);
            bputs(b, " ");
            bputs(b, tokstr(n->tok));
            bputs(b, "= ");
            efmt(b, n->y, 0);
        }
        break;
    case OAS2: case OAS2FUNC: case OAS2DOTTYPE: case OAS2MAPR: case OAS2RECV:
        if (n->op == OAS2 && n->dict) {
            /* an inlined standard method's copy of .dict is qualified as
             * its parameters are (atomic..dict, atomic.x) */
            IrName *p0 = n->list.len && n->list.v[0]->op == ONAME ? n->list.v[0]->nm : NULL;
            Object *po = p0 ? p0->obj : NULL;
            if (po && po->pkg && po->pkg->is_std && po->pkg->name) { bputs(b, po->pkg->name); bputs(b, "."); }
            bputs(b, n->list.len ? ".dict, " : ".dict");
        }
        list_fmt(b, &n->list);
        bputs(b, (n->flags & IRF_DEFINE) ? " := " : " = ");
        if (n->op == OAS2 && n->dict) {
            bputs(b, n->dict);
            if (n->rlist.len) bputs(b, ", ");
        }
        if (n->op == OAS2) list_fmt(b, &n->rlist);
        else if (n->op == OAS2DOTTYPE && ir_dict_assert(n->y)) bputs(b, "<node DYNAMICDOTTYPE2>"); /* v, ok := x.(T) */
        else efmt(b, n->y, 0);
        break;
    case ORETURN:
        bputs(b, "return ");
        list_fmt(b, &n->list);
        break;
    case ODCL: /* `var x []T` in a case body or block (gc's stmtFmt) */
        if (!n->nm) { efmt(b, n, 0); break; }
        bputs(b, arena_printf("var %s %s", n->nm->name, ir_fmt_type(n->nm->type)));
        break;
    case OLABEL: bputs(b, arena_printf("%.*s: ", n->name.len, n->name.p)); break;
    case OGOTO: case OBREAK: case OCONTINUE: case OFALL: {
        const char *w = n->op == OGOTO ? "goto" : n->op == OBREAK ? "break" : n->op == OCONTINUE ? "continue" : "fallthrough";
        bputs(b, n->name.len ? arena_printf("%s %.*s", w, n->name.len, n->name.p) : w);
        break;
    }
    case OGO: case ODEFER:
        bputs(b, n->op == OGO ? "go " : "defer ");
        /* gc's escape analysis replaced a call with arguments or results
         * by a call of its wrapper closure */
        if (n->flags & IRF_GDWRAPPED) bputs(b, "(func literal)()");
        else efmt(b, n->x, 0);
        break;
    case OSEND: efmt(b, n->x, 3); bputs(b, " <- "); efmt(b, n->y, 4); break;
    case OFOR: bputs(b, "for loop"); break;
    case OSWITCH: bputs(b, "switch statement"); break;
    case OSELECT: bputs(b, "select statement"); break;
    case ORANGE:
        bputs(b, "for loop");
        break;
        bputs(b, "for ");
        if (n->x) {
            efmt(b, n->x, 0);
            if (n->y) { bputs(b, ", "); efmt(b, n->y, 0); }
            bputs(b, (n->flags & IRF_DEFINE) ? " := range " : " = range ");
        } else {
            bputs(b, "range ");
        }
        efmt(b, n->z, 0);
        bputs(b, " { ... }");
        break;
    case OCASE:
        /* gc: "case X: BODY" / "default: BODY", statements joined by "; " */
        bputs(b, (n->flags & IRF_DEFAULT) ? "default: " : "case ");
        if (!(n->flags & IRF_DEFAULT)) { case_list_fmt(b, &n->list); bputs(b, ": "); }
        stmts_fmt(b, &n->body);
        break;
    case OBLOCK:
        stmts_fmt(b, &n->list);
        break;
    case OIF:
        bputs(b, "if ");
        efmt(b, n->x, 0);
        bputs(b, " { ");
        stmts_fmt(b, &n->body);
        bputs(b, " }");
        if (n->els.len) {
            bputs(b, " else { ");
            stmts_fmt(b, &n->els);
            bputs(b, " }");
        }
        break;
    default:
        efmt(b, n, 0);
        break;
    }
}

const char *ir_fmt_stmt(IrNode *n) {
    Buf b = {0};
    IrNode *saved = fmt_top;
    fmt_top = n;
    sfmt(&b, n);
    fmt_top = saved;
    return b.p ? b.p : "";
}

const char *ir_fmt_func(IrFunc *f) {
    if (f && f->mname) return func_qual(f->mname, f->pkgpath);
    /* a standard generic type's method: its shaped function */
    const char *dict, *shaped = f && f->obj && !f->esc_local ? ir_generic_call(f, &dict) : NULL;
    if (shaped) return func_qual(shaped, f->pkgpath);
    /* a blank function or method is gc's "_" (its symbol has no receiver) */
    if (f && f->obj && f->obj->name && !strcmp(f->obj->name, "_") && !f->outer) return "_";
    return f && f->name ? func_qual(f->name, f->pkgpath) : "<unnamed Func>";
}
