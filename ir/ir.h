/*
 * ir.h: the intermediate representation shared by the inliner (ir/),
 * escape analysis (escape/) and code generation (codegen/).
 *
 * Shape: gc's typechecked IR (cmd/compile/internal/ir) after typecheck and
 * before walk, i.e. the form gc's escape analysis runs on.  Everything the
 * source leaves implicit is explicit here:
 *   - conversions: OCONVIFACE wherever a concrete value meets an interface
 *     (assign, pass, return, compare, send, composite literal element, map
 *     key/value), OCONVNOP for representation-preserving conversions, OCONV
 *     for numeric ones, OSTR2BYTES/OBYTES2STR/OSTR2RUNES/ORUNES2STR/ORUNESTR;
 *     implicit ones carry IRF_IMPLICIT (the -m printer skips them);
 *   - addresses and loads: OADDR, ODEREF, ODOTPTR; promoted fields become the
 *     full path of ODOT/ODOTPTR (each with IRF_IMPLICIT);
 *   - method calls: OCALLFUNC whose callee is OMETHEXPR (fn = the method),
 *     receiver first in `list`, with & and * inserted (IRF_IMPLICIT OADDR/ODEREF);
 *     interface calls: OCALLINTER with callee ODOTINTER;
 *   - variadic calls: the trailing arguments are packed into an OSLICELIT
 *     with IRF_IMPLICIT (printed "... argument") and the call gets IRF_DDD;
 *   - closures: OCLOSURE -> an IrFunc of its own, listed in IrPackage.funcs
 *     after its enclosing function, with its captured variables (cvars);
 *   - allocations: ONEW, OPTRLIT (&T{...}), OMAKESLICE/OMAKEMAP/OMAKECHAN,
 *     OSLICELIT/OMAPLIT (heap candidates), OSTRUCTLIT/OARRAYLIT (values),
 *     OAPPEND, OADDSTR, OCLOSURE, OMETHVALUE, string conversions.
 *
 * Positions are gc's (see parser/ast.h): escape and inline messages print
 * them, so lowering copies the AST positions gc would use.
 *
 * Walking: a switch over `op`.  Every node has `type` (types/types.h) except
 * statements.  The fields used by each op are listed next to it below.
 * Expressions: x, y, z, w, list.  Statements: init (runs first), x, y, z,
 * list, rlist, body, els.
 *
 * Escape results (filled by esc_analyze, read by codegen):
 *   IrNode.esc for allocation nodes (ONEW, OPTRLIT, OMAKESLICE, OMAKEMAP,
 *   OSLICELIT, OMAPLIT, OCLOSURE, OMETHVALUE, OCONVIFACE that boxes, string
 *   conversions, OADDSTR, OAPPEND's backing store is always heap):
 *     IR_ESC_HEAP -> allocate with the runtime, IR_ESC_NONE -> stack/temp;
 *   IrName.heap for variables: true -> "moved to heap", the variable lives
 *   in a heap cell (codegen allocates it at its declaration; params are
 *   copied into a heap cell at function entry).
 *   IrName.byval for closure variables: captured by value (copy) vs by
 *   reference (pointer to the variable, which is then addrtaken).
 *
 * Memory: arena (util.h); nothing is freed.
 */
#ifndef GOSUB_IR_H
#define GOSUB_IR_H

#include <stdio.h>

#include "types/types.h"
#include "util/util.h"

typedef struct IrNode IrNode;
typedef struct IrName IrName;
typedef struct IrFunc IrFunc;
typedef struct IrPackage IrPackage;

typedef struct IrList {
    IrNode **v;
    int len, cap;
} IrList;

typedef enum IrOp {
    OXXX = 0,
    /* ---- leaves ---- */
    ONAME,      /* nm: the variable or function (PFUNC); pos: this use */
    OLITERAL,   /* cval: value (already of `type`); src: the AST it came from (printing) */
    ONIL,       /* typed nil */
    OTYPE,      /* a type operand (type switch cases, make/new args): type */
    OMETHEXPR,  /* T.m / (*T).m: fn = the method; type: func with receiver first; x: OTYPE of T; name: method name */
    /* ---- arithmetic (tok = lexer TokKind of the operator) ---- */
    OBINARY,    /* x tok y: + - * / % & | ^ << >> &^ == != < <= > >= (tok T_ADD...) */
    OANDAND,    /* x && y */
    OOROR,      /* x || y */
    OUNARY,     /* tok x: T_ADD (+x), T_SUB (-x), T_XOR (^x), T_NOT (!x) */
    OADDSTR,    /* list: strings concatenated (2 or more); allocation */
    /* ---- addresses, loads, selections ---- */
    OADDR,      /* &x (x addressable) */
    ODEREF,     /* *x */
    ODOT,       /* x.name, x a struct value; field: index, name */
    ODOTPTR,    /* x.name, x a pointer to struct; field, name */
    ODOTINTER,  /* x.name, x an interface: callee of OCALLINTER; field: method index in sorted method set */
    OINDEX,     /* x[y], x array, slice, string (or pointer to array: x is ODEREF) */
    OINDEXMAP,  /* x[y], x map (read; as an assignment target: map store) */
    OSLICE,     /* x[y:z] x slice */
    OSLICEARR,  /* x[y:z] x pointer to array (OADDR of the array when slicing an addressable array) */
    OSLICESTR,  /* x[y:z] x string */
    OSLICE3,    /* x[y:z:w] slice */
    OSLICE3ARR, /* x[y:z:w] pointer to array */
    ODOTTYPE,   /* x.(T): type T */
    ODOTTYPE2,  /* x.(T) in v, ok = form (inside OAS2DOTTYPE) */
    /* ---- conversions (x: operand; IRF_IMPLICIT when not written) ---- */
    OCONV,      /* numeric or other value-changing conversion */
    OCONVNOP,   /* same representation (named <-> underlying, unsafe.Pointer <-> *T, uintptr) */
    OCONVIFACE, /* concrete or interface -> interface; boxes when x is not pointer-shaped */
    OSTR2BYTES, /* []byte(s) */
    OBYTES2STR, /* string(b) */
    OSTR2RUNES, /* []rune(s) */
    ORUNES2STR, /* string(r) */
    ORUNESTR,   /* string(rune) */
    OSLICE2ARRPTR, /* (*[N]T)(s) */
    /* ---- calls ---- */
    OCALLFUNC,  /* x(list): x ONAME PFUNC (static), OMETHEXPR (method, receiver first in list), OCLOSURE, or a func value; IRF_DDD */
    OCALLINTER, /* x(list): x is ODOTINTER */
    OINLCALL,   /* inlined call: init/body: the inlined statements; rlist: result temporaries (ONAME); x: the original call (printing) */
    /* builtins (list: args; IRF_DDD for append(a, b...)) */
    OAPPEND, OCOPY /* x, y */, OLEN /* x */, OCAP /* x */, OCLOSE /* x */,
    ODELETE /* list */, OPANIC /* x */, ORECOVER, OPRINT, OPRINTN /* list */,
    OREAL, OIMAG /* x */, OCOMPLEX /* x, y */,
    OUNSAFEADD /* x, y */, OUNSAFESLICE /* x, y */,
    OSIZEOF, OALIGNOF, OOFFSETOF, /* folded to OLITERAL by lowering; kept for completeness */
    /* ---- allocations ---- */
    ONEW,       /* new(T): type *T; x: OTYPE */
    OMAKESLICE, /* make([]T, x len, y cap or NULL) */
    OMAKEMAP,   /* make(map, x hint or NULL) */
    OMAKECHAN,  /* make(chan, x size or NULL) */
    OCOMPLIT,   /* never produced after lowering (gc's unresolved literal) */
    OSTRUCTLIT, /* T{...}: list of OSTRUCTKEY (field, x value), every written field */
    OARRAYLIT,  /* [N]T{...}: list of OKEY (x index OLITERAL or NULL, y value) or values */
    OSLICELIT,  /* []T{...}: list as OARRAYLIT; len: length; IRF_IMPLICIT for "... argument" */
    OMAPLIT,    /* map[K]V{...}: list of OKEY (x key, y value) */
    OPTRLIT,    /* &T{...}: x is the OSTRUCTLIT/OARRAYLIT/OSLICELIT/OMAPLIT; type *T */
    OKEY,       /* x: key, y: value */
    OSTRUCTKEY, /* field: index, name: field name, x: value */
    OCLOSURE,   /* fn: the closure function (fn->cvars: captured variables) */
    OMETHVALUE, /* x.name as a value (bound method): x receiver (adjusted), fn: method, name */
    ORECV,      /* <-x */
    /* ---- statements ---- */
    OBLOCK,     /* list */
    ODCL,       /* nm: a local variable comes into scope (zeroed); followed by OAS when initialised */
    OAS,        /* x = y (y NULL: zero value); IRF_DEFINE for := and var decls */
    OAS2,       /* list = rlist (same length) */
    OAS2FUNC,   /* list = y (a call with several results) */
    OAS2DOTTYPE,/* list[0], list[1] = y (ODOTTYPE2) */
    OAS2MAPR,   /* list[0], list[1] = y (OINDEXMAP) */
    OAS2RECV,   /* list[0], list[1] = y (ORECV) */
    OASOP,      /* x tok= y (tok the binary operator: T_ADD...); x++ is OASOP with y = 1 and IRF_INCDEC */
    OIF,        /* init; if x { body } else { els } */
    OFOR,       /* init; for x(cond, may be NULL); y(post stmt, may be NULL) { body }; label */
    ORANGE,     /* for x(key), y(value) = range z { body }; IRF_DEFINE; label; type: z's type */
    OSWITCH,    /* init; switch x(tag, may be NULL) { list: OCASE }; label. Type switch: x is OTYPESW */
    OTYPESW,    /* the guard of a type switch: nm: bound variable's name holder or NULL; x: the interface expression */
    OCASE,      /* list: values (OTYPE nodes / ONIL in type switches); nm: clause variable (type switch); body; IRF_DEFAULT */
    OSELECT,    /* list: OCASE whose x is the comm: OSEND, OAS/OAS2RECV/ORECV-expression statement, NULL for default; body; label */
    OSEND,      /* x <- y */
    ORETURN,    /* list: results (already converted to the result types); empty with named results: bare return */
    OGO,        /* go x (x a call) */
    ODEFER,     /* defer x (x a call) */
    OLABEL,     /* name: label */
    OGOTO,      /* name */
    OBREAK,     /* name (empty: innermost) */
    OCONTINUE,  /* name */
    OFALL,      /* fallthrough */
    OINLMARK,   /* marks the start of an inlined body (codegen ignores it) */
    ODCLTYPE,   /* a local type declaration (codegen ignores it; the inliner refuses it) */
    ODCLCONST,  /* one per name of a local const declaration: no code, no cost; -m=2 prints it in inline bodies */
    OEND
} IrOp;

/* IrNode.flags */
enum {
    IRF_IMPLICIT = 1 << 0,  /* inserted by lowering, not written (conversions, &, *, ... argument) */
    IRF_DDD = 1 << 1,       /* call with the variadic slice already packed / append(a, b...) */
    IRF_DEFINE = 1 << 2,    /* := (and range/select definitions); not var declarations */
    IRF_DEFAULT = 1 << 3,   /* default case */
    IRF_INCDEC = 1 << 4,    /* OASOP from x++ / x-- */
    IRF_TRANSIENT = 1 << 5, /* escape: closure/slice literal/method value only lives during the statement */
    IRF_GOWRAP = 1 << 6,    /* OCLOSURE synthesised for a go statement */
    IRF_NOINLINE = 1 << 7,  /* call must not be inlined */
    IRF_PARENS = 1 << 8,    /* source had parentheses (printing) */
    IRF_BOUNDED = 1 << 9,   /* index known in range */
    IRF_METHCALL = 1 << 10, /* OCALLFUNC that was written as x.m(...) */
    IRF_STATICINIT = 1 << 12, /* part of a package variable's initializer gc allocates statically (no -m line) */
    IRF_STDINL = 1 << 11,   /* OCALLFUNC of another package that gc inlines but gosub keeps as a call (-m prints it as ~R0) */
    IRF_ESCMODEL = 1 << 13, /* OINLCALL of a stdlib model body (gcinl_F): analysed by escape, codegen compiles x */
    IRF_ESCFIXED = 1 << 14, /* call already visited by escape analysis (gc's FixVariadicCall has run on it) */
    /* in an instance of a generic: */
    IRF_SUBDICT = 1 << 15,  /* call of an instance whose type arguments depend on ours: gc passes a sub-dictionary (IrNode.dict) */
    IRF_BOUNDCALL = 1 << 16, /* x.m() with x of a type parameter's type: gc calls the dictionary's method expression closure (IrNode.dict) */
    IRF_DEVIRT = 1 << 17,   /* OCALLFUNC made by devirtualization: gc never stencils it (-m prints T[int].M(x), no shape, no dictionary) */
    IRF_INSTMETHOD = 1 << 18, /* OMETHEXPR naming the method of an instantiated generic type rather than its shaped
                               * function (a devirtualized call, a wrapper's call of a method promoted from an
                               * embedded instance): gc's callee has no body here: no call-graph edge, unknown
                               * parameter tags, printed without dictionary; codegen calls fn */
    IRF_COMMAOK = 1 << 19,  /* ODOTTYPE2 of a v, ok = x.(T) assignment (gc's ODYNAMICDOTTYPE2 in an instance) */
    IRF_SPTR = 1 << 20,     /* OCONVNOP standing for gc's OSPTR, a string's data pointer (ir/geneq.c): <node SPTR> */
    IRF_GDWRAPPED = 1 << 21, /* OGO/ODEFER whose call escape analysis wrapped in a closure (gc's goDeferStmt):
                              * printed from then on as `defer (func literal)()` */
};

/* IrNode.esc and IrName.esc */
enum { IR_ESC_UNKNOWN = 0, IR_ESC_NONE, IR_ESC_HEAP, IR_ESC_NEVER };

struct IrNode {
    IrOp op;
    int tok;        /* operator for OBINARY, OUNARY, OASOP */
    int flags;      /* IRF_* */
    Pos pos;
    Type *type;     /* expressions */

    IrNode *x, *y, *z, *w;
    IrList list, rlist;
    IrList init;    /* statements run before this node (temporaries) */
    IrList body, els;

    IrName *nm;     /* ONAME, ODCL, OTYPESW, OCASE (clause var) */
    IrFunc *fn;     /* OCLOSURE, OMETHEXPR, OMETHVALUE */
    Const *cval;    /* OLITERAL */
    Node *src;      /* the AST node this came from (printing constants, types) */
    Object *obj;    /* ODOT/ODOTPTR/OSTRUCTKEY: field; ODOTINTER: method; ONAME of a named const */
    const char *dict; /* IRF_SUBDICT: the dictionary argument as gc prints it; IRF_BOUNDCALL: the callee;
                       * the OAS2 of an inlined instance's parameters: the dictionary argument, which gc
                       * assigns to the inlined .dict first (printed only) */
    Str name;       /* selector/field/method/label name */
    int field;      /* field index, method index */
    int64_t len;    /* OSLICELIT: length of the backing array */

    int esc;        /* IR_ESC_* (escape analysis result for allocation nodes) */
    void *opt;      /* escape analysis scratch (its location) */
    void *aux;      /* free for codegen */

    /* a node copied into an inlined body: pos is the outermost call
     * (what -m prints), opos where it is in the callee's source, inl the
     * inlined call it belongs to (1-based index into the function's
     * inlsites; 0: the function's own code) */
    Pos opos;
    int inl;
};

/* An inlined call site (IrFunc.inlsites): the callee, and where the call
 * is: at call (the callee's source position when the call is itself inside
 * an inlined body, parent: that body's site; 0: the function's own code).
 * Tracebacks and runtime.Caller turn these into Go's logical frames. */
typedef struct IrInlSite {
    IrFunc *callee;
    Pos call;
    int parent;
} IrInlSite;

/* Variable classes (gc's ir.Class) */
typedef enum IrClass {
    PXXX = 0,
    PEXTERN,    /* package-level variable */
    PAUTO,      /* local variable (incl. temporaries) */
    PAUTOHEAP,  /* closure variable inside a closure (captured); see outer */
    PPARAM,     /* parameter (incl. receiver) */
    PPARAMOUT,  /* result */
    PFUNC,      /* a function name (global func or method) */
} IrClass;

struct IrName {
    const char *name;   /* source name; "~r0".. for unnamed results, "~b1" for blank ones,
                         * ".autotmp_N" for temporaries, "_" for blank */
    Pos pos;            /* declaration position (gc reports this in "moved to heap: x") */
    Type *type;
    IrClass cls;
    Object *obj;        /* the checker's object (NULL for temporaries) */
    IrFunc *curfn;      /* function that declares it (NULL for PEXTERN, PFUNC) */
    IrFunc *func;       /* PFUNC: the function (may have no body: external) */
    IrNode *defn;       /* the statement that defines it (:=, range, type switch), or NULL */
    IrName *outer;      /* PAUTOHEAP closure var: the variable it captures in the enclosing function */
    bool byval;         /* closure var captured by value (decided by escape analysis) */
    bool addrtaken;     /* its address is taken (explicitly or by capture by reference) */
    bool assigned;      /* reassigned after its definition */
    bool zero_decl;     /* declared by `var x T` without a value: with !assigned, always T's zero value */
    IrNode *value_def;  /* an inlined copy's `x := v` (defn stays NULL there, as gc's): codegen's known values */
    bool is_temp;       /* compiler temporary */
    bool heap;          /* escape analysis: moved to heap */
    bool used;
    int esc;            /* IR_ESC_* */
    int param_index;    /* PPARAM/PPARAMOUT: position (receiver = 0 for methods, then params) */
    uint8_t leaks[8];   /* PPARAM: escape leak tag (0 heap, 1..7 results; value derefs+1, 0 none) */
    bool has_leaks;
    void *opt;          /* escape scratch */
    void *aux;          /* free for codegen */
};

/* IrFunc.pragma */
enum {
    IR_NOINLINE = 1 << 0,       /* //go:noinline */
    IR_NOESCAPE = 1 << 1,       /* //go:noescape (bodyless functions) */
    IR_NOSPLIT = 1 << 2,
    IR_NORACE = 1 << 3,
    IR_NOCHECKPTR = 1 << 4,
    IR_UINTPTRESCAPES = 1 << 5, /* //go:uintptrescapes */
    IR_UINTPTRKEEPALIVE = 1 << 6,
    IR_YESWRITEBARRIERREC = 1 << 7,
    IR_REGISTERPARAMS = 1 << 8,
    IR_CGOUNSAFEARGS = 1 << 9,
    IR_SYSTEMSTACK = 1 << 10,
};

struct IrFunc {
    const char *name;     /* gc's name: "f", "T.m", "(*T).m", "f.func1", "glob..func1" */
    const char *pkgpath;  /* "main", "strings", ... */
    const char *linkname; /* extern C symbol (//extern), or NULL */
    Pos pos;              /* declarations: the name's position; closures: the `func` keyword */
    Pos endpos;           /* closing brace */
    Type *type;           /* signature (methods: with receiver) */
    Object *obj;          /* declared functions: the object; NULL for closures */
    Node *decl;           /* N_FUNCDECL or N_FUNCLIT */
    IrName *nname;        /* PFUNC name referring to it */

    IrName *recv;         /* receiver or NULL */
    Vec params;           /* IrName* PPARAM, source order ("_"/unnamed get synthesized names) */
    Vec results;          /* IrName* PPARAMOUT */
    Vec dcl;              /* IrName* every local declared (params, results, locals, temps) */
    int dcl_phantom;      /* declarations gc's inlining of stdlib calls gosub keeps adds (numbering of .autotmp_N) */
    IrList body;
    bool has_body;        /* false: external (stdlib //extern, bodyless decl) */

    /* closures */
    IrFunc *outer;        /* enclosing function */
    IrNode *clo;          /* the OCLOSURE expression */
    Vec cvars;            /* IrName* PAUTOHEAP captured variables (each ->outer) */
    int nclosures;        /* counter for naming nested closures (f.func1, f.func2, ...) */
    bool closure_called;  /* the closure is called directly where defined */
    bool dict_copy;       /* an inlined copy of a closure of an instance: keeps its `.dict = .dict` */
    bool is_wrapper;      /* synthesized (go/defer wrappers) */
    /* instances of user generics: gc compiles one shaped function per GC
     * shape ("Map[go.shape.int_0,go.shape.string_1]"); mname is that name
     * for -m, shape_dup marks an instance whose shape an earlier one
     * already has (its -m lines would repeat gc's single function's) */
    const char *mname;
    bool shape_dup;
    /* gc's closure for an instance used as a value (lower.c,
     * stencil_closure): 1 passing the static dictionary, 2 a sub-dictionary
     * of the enclosing instance's (inline costs differ) */
    int stencil;
    /* gc's dictionary for an instance (ir_instance_dictionary): the
     * derived types (shaped, gc's order) and the instances its
     * sub-dictionary entries are for; inst_seq: its place among gc's
     * stenciled functions (ir_instance_order): 2k for the instance that
     * made the k-th shaped function, 2k+1 for the others of that shape,
     * 0 if the stenciler would not make it */
    Vec dict_types;
    Vec dict_callees;
    int inst_seq;
    /* gc's dictionary variables, for escape analysis only (codegen
     * passes no dictionaries and ignores them): in an instance, its
     * `.dict` parameter (uintptr, first in gc's declarations, at the
     * function's position); in a closure inside an instance (not a
     * stencil wrapper), the local `.dict` gc's stenciler copies the
     * captured dictionary into (at the literal), and dict_cv, that
     * captured variable (PAUTOHEAP, outer: the enclosing function's
     * dict), which gc lists first among the closure's variables */
    IrName *dict, *dict_cv;

    int pragma;           /* IR_* */

    /* inliner */
    bool can_inline;
    int inl_cost;
    IrList inl_body;      /* the body saved for inlining (copied at each inlined call) */
    Vec inl_dcl;          /* IrName* locals of inl_body */
    const char *cannot_inline; /* reason, for -m=2 */
    Vec inlsites;         /* IrInlSite*: the calls inlined into this function (IrNode.inl) */
    bool was_inlined;     /* inlined into some call of the package */

    /* escape */
    int esc_state;        /* 0 not seen, 1 planned, 2 started, 3 tagged */
    uint32_t esc_id;      /* call-graph walk */
    bool esc_local;       /* analysed in this package */
    uint8_t (*param_leaks)[8]; /* per param incl. receiver (external functions: from the tag table) */
    bool param_leaks_set;

    int index;            /* order in IrPackage.funcs */
    void *aux;            /* free for codegen */
};

struct IrPackage {
    Package *pkg;         /* checked package */
    const char *path;     /* "main", ... */
    Vec funcs;            /* IrFunc*: declared functions (source order), each followed by its closures */
    Vec globals;          /* IrName* PEXTERN package variables, source order */
    IrList init;          /* package variable initialisation statements, in Go's order */
    Vec inits;            /* IrFunc* user init functions, source order */
    IrFunc *initfn;       /* synthesized "init" holding `init` statements (escape analysis runs on it) */
    Vec dict_order;       /* IrFunc*: instances in the order gc finishes their dictionaries (ir_instance_order) */
};

/* ---- lists ---- */
void ir_list_push(IrList *l, IrNode *n);
IrNode *ir_node(IrOp op, Pos pos, Type *t);
const char *ir_op_name(IrOp op);

/* ---- lowering (ir/lower.c) ---- */
/* Lowers a checked package (no errors) to IR.  Functions from other
 * packages that are called get IrFunc entries without body (external),
 * created on demand by ir_func_for_object. */
IrPackage *ir_lower(Package *pkg);
/* A package a program links prebuilt (the standard library): its
 * variables only, as the IrNames the program's code refers to; a body
 * the program compiles itself is lowered on demand (ir_lower_func_decl). */
IrPackage *ir_package_vars(Package *pkg);
IrFunc *ir_func_for_object(Object *fn);
/* Lowers the body of a function of another (stdlib) package on demand
 * (the inliner needs the bodies of inlinable stdlib functions). */
void ir_lower_func_decl(IrPackage *ip, IrFunc *f);
/* The package's func main (not a method, not a closure), or NULL. */
IrFunc *ir_main_func(IrPackage *ip);
/* The function ir_main_func finds: "main", or another (NULL: "main"). */
void ir_set_entry(const char *name);
/* The package whose types print unqualified in messages (set by ir_lower). */
void ir_fmt_set_local(Package *p);
const char *ir_fmt_atomic_text(const char *s); /* sync/atomic's qualifier in generated text, as gc prints it */

/* gc's early dead-code elimination (ir/deadcode.c); ir_lower runs it on
 * every function it lowers. */
void ir_deadcode(IrFunc *fn);

/* ---- flags shared by inliner and escape analysis ---- */
typedef struct IrFlags {
    int mlevel;       /* -m count (0: no report) */
    bool noinline;    /* -l */
} IrFlags;

/* ---- the inliner (ir/inline.c) ---- */
/* Decides which functions can be inlined (cost model, budget 80) and
 * inlines calls to them in every function of the package, bottom-up.
 * Adds "can inline"/"cannot inline"/"inlining call to" messages. */
void ir_inline_package(IrPackage *p, const IrFlags *fl);
/* Then the package variable initialisation (after ir_dict_wrappers, as gc). */
void ir_inline_package_init(IrPackage *p);
/* gc's staticinit lays out `var v = T{...}` as static data and skips the
 * blank fields of struct literals on that path, values and all: after
 * inlining, before escape analysis, their keys are dropped. */
void ir_static_blank_fields(IrPackage *p);
/* Inlines the calls in one synthesized function (gc's InlineCalls on a
 * method wrapper), with the flags of the last ir_inline_package; late (a
 * wrapper gc makes after escape analysis): also with -l. */
void ir_inline_calls(IrFunc *fn, bool late);
/* For a stdlib function inlined as a kept call (IRF_STDINL): how many
 * "index bounds check elided" lines gc reports for its inlined body. */
int ir_std_inline_bce(IrFunc *fn);

/* gc's method wrappers for the package's type descriptors and itabs
 * (ir/wrappers.c), in gc's order; each is inlined into and handed to
 * `analyze` (escape analysis).  Only for the -m report: not added to p. */
void ir_method_wrappers(IrPackage *p, void (*analyze)(IrFunc *w));
/* The method wrappers gc writes for the itabs of instances' dictionaries,
 * at stenciling: call after inlining (it reports them as gc's inliner
 * does); ir_dict_wrappers_escape hands them to escape analysis after the
 * package's functions.  ir_method_wrappers then skips what they wrote. */
void ir_dict_wrappers(IrPackage *p);
void ir_dict_wrappers_escape(void (*analyze)(IrFunc *w));
/* Then, after the package's initialization (which gc builds after
 * stenciling), the wrappers its static itabs wrote. */
void ir_static_wrappers_escape(void (*analyze)(IrFunc *w));
/* gc's inliner on a generated function: can it be inlined (reported). */
void ir_inline_check(IrFunc *fn);

/* "can inline" for instantiated stdlib generic methods (ir/instances.c):
 * ir_generic_callee when the inliner's bottom-up walk meets one,
 * ir_generic_rest after the package's functions. */
void ir_generic_callee(IrFunc *f, IrFunc *caller);
/* before root, a generic type's method in the walk's appended part: the
 * methods of the atomic.Pointer instances among its type's fields */
void ir_generic_rest_before(IrFunc *root);
void ir_generic_escape_rest_before(IrFunc *root);
/* gc's name of the shaped function an instance of a user generic
 * function or method compiles to, or NULL for other objects. */
const char *ir_instance_mname(Object *o);
/* A call or -m report of f belongs to a generic instance (gc 1.19 never
 * inlines calls to shaped functions and prints no parameter tags for them,
 * as they are DUPOK). */
bool ir_is_instance(IrFunc *f);
/* gc's shapeToBound: the constraint of type parameter k (0-based) of
 * the instance f is (or is a closure in), over the instance's shapes;
 * NULL outside an instance. */
Type *ir_instance_bound(IrFunc *f, int k);
/* An unnamed interface of b's methods only, as gc's types keep a
 * constraint literal (interface{ *T; M() } is interface { M() }); NULL
 * when b has no methods. */
Type *ir_bound_methods(Type *b);
/* f (or the function it is a closure of) repeats an earlier instance's shape. */
bool ir_quiet_instance(IrFunc *f);
/* f is an instance or a closure inside one (its types may carry shape marks). */
bool ir_in_instance(IrFunc *f);
/* t (or what it points to) is a generic type's instance whose type
 * arguments carry shape marks (List[T] inside an instance). */
bool ir_shaped_instance(Type *t);
/* n is a conversion to an interface gc's stenciler makes through the
 * dictionary: the value's type mentions a type argument, or the interface
 * does (not interface{}); printed unsafe.Pointer(x), it costs the
 * inliner the dictionary read and the interface's assembly (+5). */
bool ir_dict_conv(IrNode *n);
/* An instance's conversion of a shape (a type argument as the body sees
 * it) to an interface with the identical underlying type, or of an empty
 * interface with shapes to another empty one: gc's typecheck makes it an
 * OCONVNOP (no cost, no "interface-converted" note) */
bool ir_shape_conv_nop(IrNode *n);
/* t is an interface type without methods (interface{}, any, a defined
 * empty interface). */
bool ir_empty_iface(Type *t);
/* gc writes type t's generated equality function while it stencils (an
 * itab in a dictionary): its "can inline type..eq.main.T" line (with -m=2
 * "cannot inline" when too costly); returns it when escape analysis has
 * something to explain about it (a runtime call), else NULL. */
IrFunc *ir_type_eq_report(Type *t);
/* gc's type..eq function for struct t when it calls the runtime
 * (ir/geneq.c): for escape analysis, with its inline cost; NULL when it
 * makes no runtime call. */
IrFunc *ir_eq_call_func(Type *t, const char *name, int *cost);
/* n is a type assertion gc's stenciler makes dynamic (the type from the
 * dictionary): printed <node DYNAMICDOTTYPE>, costing the dictionary
 * read (+4). */
bool ir_dict_assert(IrNode *n);
/* n is a method expression T.M of an instance's type parameter: gc's
 * stenciler reads its closure from the dictionary, so a call through it
 * is a call of an unknown function (no static callee, no inlining). */
bool ir_dict_methexpr(IrNode *n);
/* n is an interface value's conversion to a non-empty interface with
 * shapes in an instance: n->y is gc's `.autotmp_N = x` (ir/lower.c
 * i2i_walk); printed <node EFACE>. */
bool ir_dict_i2i(IrNode *n);
/* The inliner runs (no -l). */
bool ir_inline_on(void);
/* a, the last argument of a call, is the ... slice lowering packed (gc
 * builds it only later, in walk). */
bool ir_packed_ddd(IrNode *a);
/* A walk over the call graph starts / enters function f: the first
 * instance of each shape entered reports, the later ones are shape_dup. */
void ir_shape_walk_start(void);
void ir_shape_walk_visit(IrFunc *f);
/* gc's shape of a type argument ("[]int", "*uint8", "struct { main.x int }"). */
const char *ir_shape_string(Type *t);
/* f's generic declaration has parameters of type-parameter types. */
bool ir_instance_shape_params(IrFunc *f);
/* Lay out gc's dictionary for instance f (lowered, not yet inlined) and
 * give its sub-dictionary and bound calls their IrNode.dict text. */
void ir_instance_dictionary(IrFunc *f);
/* gc's creation order of the package's shaped functions (IrFunc.inst_seq;
 * ir/instorder.c), from the lowered bodies and their dictionaries. */
void ir_instance_order(IrPackage *ip);
extern bool ir_report_off; /* ir_report/ir_report_raw drop lines while set */
void ir_generic_rest(void);
/* -m=2: escape analysis's explanations for those shaped methods, when
 * its bottom-up walk meets one (ir_generic_escape) and for the rest after
 * the package's functions; and the method wrappers of such an instance
 * type (ir_generic_std_instance), written with the package's sorted
 * descriptors under ir_generic_std_key. */
void ir_generic_escape(IrFunc *f);
void ir_generic_escape_rest(void);
/* an inlined call of such a method: its batch comes with the rest */
void ir_generic_escape_note(IrFunc *f);
bool ir_generic_std_instance(Type *t);
const char *ir_generic_std_key(Type *t);
void ir_generic_std_wrappers(Type *t);
/* gc's spelling of a call of such a method (shaped callee, dictionary
 * argument *dict), or NULL (ir/fmt.c prints calls with it). */
const char *ir_generic_call(IrFunc *f, const char **dict);
/* Inline-budget cost of calling such a method, or -1. */
int ir_generic_cost(IrFunc *f);
/* The inline cost of such a method's shaped body itself, or -1: gc
 * inlines it into an instance that calls it with a shaped receiver. */
int ir_generic_body_cost(IrFunc *f);

/* gc's devirtualization (ir/devirt.c): interface calls on locals holding a
 * known concrete type become direct method calls.  Runs after the inliner,
 * before escape analysis, also with -l. */
void ir_devirtualize_package(IrPackage *p);
/* -m level for passes without flags of their own (devirtualization);
 * set by ir_inline_package and esc_analyze. */
extern int ir_mlevel;

/* ---- -m messages (ir/ir.c) ----
 * gc flushes each -m message as soon as it is produced (base.WarnfAt with
 * -m set), so the report is in production order, not sorted: "can inline"
 * lines for every function first (inliner pass), then per call-graph
 * component the "inlining call" lines, then escape's lines.  -m=2 flow
 * explanations are interleaved where they are produced.
 */
void ir_report(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A line without position prefix (the -m=2 explanation lines carry their
 * own "FILE:L:C:" prefix built with ir_fmt_pos). */
void ir_report_raw(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* -C (no columns): positions print as FILE:LINE. Default: FILE:LINE:COL. */
void ir_report_columns(bool on);
/* Writes everything collected so far, then forgets it. */
void ir_report_flush(FILE *f);
int ir_report_count(void);
/* Drops the report lines that start with prefix (gosub test: the
 * generated test main's, which go reports as a package of its own). */
void ir_report_drop(const char *prefix);
/* "FILE:LINE:COL" with the display path. */
const char *ir_fmt_pos(Pos p);

/* ---- printing as gc's %v of a node (ir/fmt.c) ---- */
const char *ir_fmt_expr(IrNode *n);  /* "&Point{...}", "make([]int, n)", "... argument", "func literal" */
const char *ir_fmt_type(Type *t);
/* A method wrapper's receiver as gc spells it in the wrapper's symbol
 * (%-S): every named type qualified by its link path, a local type with
 * its number, field names as written (struct { main.deep·1; *bytes.Buffer }). */
const char *ir_fmt_type_sym(Type *t);    /* gc's -m spelling: local types unqualified ("Point"), others "strings.Builder" */
const char *ir_fmt_stmt(IrNode *n);  /* statements for notes: "x = y", "return p" */
const char *ir_fmt_func(IrFunc *f);  /* "f", "T.m", "(*T).m", "main.func1" */
const char *ir_fmt_name(IrName *nm); /* a variable: "x", inlined copies "strings.b" ("\"sync/atomic\".x" when gc quotes) */
/* The dictionary argument gc's stenciler passes in call (an instance's
 * static dictionary or a sub-dictionary), as gc prints it, or NULL. */
const char *ir_fmt_call_dict(IrNode *call);
extern bool ir_fmt_unfixed_calls;    /* print variadic calls as written (inline bodies) */
extern bool ir_fmt_escape_pending;   /* escape is building its graph: calls it has not visited (no IRF_ESCFIXED) print as written */

/* ---- helpers ---- */
bool ir_is_blank(IrNode *n);
IrNode *ir_static_value(IrNode *n);  /* follows never-reassigned locals to their initializer */
/* Debug dump (gosub tool compile -W). */
void ir_dump_func(FILE *f, IrFunc *fn);

#endif
