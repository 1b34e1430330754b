/*
 * cg_internal.h: state shared by the code generator's files.
 *
 *   cg_buf.c    growable text buffers, C identifiers, literals
 *   cg_types.c  Go types -> C types (structs with gc's layout), type
 *               descriptors (GoType), itabs, method wrappers
 *   cg_func.c   functions: statements and expressions
 *   cg_emit.c   the program: packages, globals, init order, main()
 *
 * Invariants:
 *   - every Go value has one C type (cg_ctype); named and unnamed types
 *     with the same underlying struct/array share one C struct, so
 *     OCONVNOP is free;
 *   - a type's descriptor is identified by its canonical key (cg_tkey),
 *     so descriptor identity is type identity at run time;
 *   - expressions are generated as C expression strings; every call and
 *     every operation with side effects is hoisted into a temporary in the
 *     current statement buffer first, so Go's left-to-right order holds.
 */
#ifndef GOSUB_CG_INTERNAL_H
#define GOSUB_CG_INTERNAL_H

#include <stdarg.h>
#include <stdio.h>

#include "codegen/codegen.h"
#include "lexer/lexer.h"

typedef struct Buf {
    char *p;
    size_t len, cap;
} Buf;

void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_puts(Buf *b, const char *s);
void buf_append(Buf *b, const Buf *src);
const char *buf_str(Buf *b); /* NUL-terminated view (never NULL) */

/* C string literal expression (GoString compound literal) for bytes. */
const char *cg_strlit(const char *p, intptr_t n);
/* C string literal ("...", escaped) of a NUL-terminated string. */
const char *cg_cstr(const char *s);
/* A C identifier made from a Go name ("(*T).m" -> "T_m"). */
const char *cg_ident(const char *s);
const char *cg_runtime_name(const char *pkgpath, const char *name);
/* Package prefix for C names: "main", "strings", "sync_atomic". */
const char *cg_pkgprefix(const char *path);

/* ---- program-wide output sections (cg_emit.c assembles them) ---- */
typedef struct CgOut {
    Buf fwd;      /* typedef struct X X; */
    Buf structs;  /* struct definitions, dependency order */
    Buf protos;   /* function prototypes */
    Buf descfwd;  /* extern const GoType ...; */
    Buf globals;  /* package variables */
    Buf funcs;    /* function bodies */
    Buf desc;     /* descriptors, itabs, wrappers */
    Buf wrappers; /* method wrappers, func-value wrappers */
    Buf functab;  /* {"C symbol", "Go name", nparams}, rows of rt_gofuncs (tracebacks) */
} CgOut;
extern CgOut cg_out;

/* Errors: "not supported yet" at a position. */
void cg_error(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
extern int cg_nerrors;

/* ---- types (cg_types.c) ---- */
Type *cg_under(Type *t);
const char *cg_tkey(Type *t);
const char *cg_ctype(Type *t);         /* C type of a value of t */
const char *cg_desc(Type *t);          /* "&T_x": address of t's descriptor */
const char *cg_itab(Type *iface, Type *concrete); /* "(const GoItab *)&itab_x" */
bool cg_is_direct_iface(Type *t);      /* pointer-shaped: stored in the data word itself */
bool cg_is_empty_iface(Type *t);
bool cg_is_iface(Type *t);
const char *cg_tuple_ctype(Type *tuple); /* result struct of a multi-result function */
const char *cg_field_name(Type *st, int i); /* C member name of struct field i */
void cg_types_finish(void);            /* emits pending struct definitions and descriptors */
bool cg_has_pointers(Type *t);
/* A struct type built for closure contexts / go & defer thunks. */
Type *cg_new_struct(Type **ftypes, const char **names, int n);

/* ---- bounds-check elimination (cg_bce.c): sets IRF_BOUNDED on f's
 * OINDEX nodes whose index is proven in range ---- */
void cg_bce(IrFunc *f);
/* loop->aux == cg_short_loop_tag: a short loop (call-free, trip count
 * bounded by a length), emitted without GO_POLL at its back-edge */
extern const char cg_short_loop_tag[1];
#define CG_POLL_LOOP(loop) ((loop)->aux != (void *)cg_short_loop_tag)
/* n->aux == cg_nonnil_tag on an ODOTPTR/ODEREF: its pointer is never nil */
extern const char cg_nonnil_tag[1];

/* ---- functions (cg_func.c) ---- */
void cg_func(IrFunc *f, bool analyzed);
/* C symbol of a declared function or method ("main_f", "main_T_m"), or its
 * linkname for externals. */
const char *cg_func_sym(IrFunc *f);
bool cg_global_referenced(IrName *nm);
/* Prototype text for a function symbol with f's signature. */
void cg_declare_func(IrFunc *f);
/* "(GoFunc *)&sym__fv": a static func value for a top-level function. */
const char *cg_funcval(IrFunc *f);
/* C function type "R (*)(P...)" of a Go signature (recv: leading param types). */
const char *cg_sig_ptrtype(Type *sig, const char *lead);
const char *cg_sig_ret(Type *sig);
/* The method wrapper (ifn or tfn) of a method set entry. */
const char *cg_method_wrapper(Type *recvt, Selection *sel, bool ifn);
/* True if the symbol is declared by runtime/gosub.h. */
bool cg_in_header(const char *sym);

/* ---- complex64/complex128 (cg_complex.c): operands already generated ---- */
const char *cg_complex_lit(Const *c, Type *t);                           /* a constant of complex type t */
const char *cg_complex_arith(int tok, Type *t, const char *a, const char *b); /* + - * / */
const char *cg_complex_builtin(IrNode *n, const char *x, const char *y);  /* OREAL, OIMAG, OCOMPLEX */
const char *cg_complex_print(const char *v);                             /* print/println statement */

/* ---- precise runtime.GC() sites (cg_gcsite.c) ---- */
void cg_gc_begin(IrFunc *f, bool eligible);           /* before the locals are declared */
void cg_gc_local(IrName *nm, const char *cname, bool always); /* a C local that may hold pointers */
void cg_gc_slot(const char *cname);                   /* a frame slot (_sN) */
bool cg_gc_listing(void);                             /* the current function has precise sites */
const char *cg_gc_site(IrNode *call);                 /* the statement for a precise site, or NULL */
const char *cg_gc_call(IrNode *call, const char *txt, const char **pre); /* a chain call's text (*pre: statement before) */
bool cg_gc_end(Buf *decls);                           /* appends the sites' tables; true if any */
const char *cg_gc_wrapper_fwd(IrFunc *target);       /* a method wrapper's chain forwarding, or NULL */
const char *cg_gc_funcval_body(IrFunc *f);          /* runtime.GC's func-value wrapper body, or NULL */
const char *cg_gc_park(IrNode *op, const char **post); /* record before a blocking channel op, or NULL */

/* ---- write barriers on heap pointer stores (cg_wb.c) ---- */
/* May the place x be in the heap? indirect(nm): nm's C variable is a pointer. */
bool cg_wb_place_in_heap(IrNode *x, bool (*indirect)(IrName *));
/* "lv = val;" or its GO_WB / GO_WB_TYPED form for a value of type t (heap: the place may be in the heap). */
const char *cg_wb_store(const char *lv, const char *val, Type *t, bool heap);
/* After initialising a fresh heap object p (n elements when n != NULL) of type t: its barrier statement, or "". */
const char *cg_wb_init(Type *t, const char *p, const char *n);

/* ---- the prebuilt standard library (cg_lib.c) ---- */
extern int cg_lib_mode; /* 1: a program (linked with the library); 2: the library */
bool cg_lib_provides(IrFunc *f);          /* defined (externally) by the library */
const char *cg_func_linkage(IrFunc *f);   /* "static " or "" */
/* ---- inlined calls in tracebacks (cg_inlsite.c) ---- */
int cg_inl_site_id(IrFunc *f, int k);                 /* id of f's site k (IrNode.inl), 0: none */
const char *cg_inl_file(const char *path, int id);    /* the #line file name naming the site */
void cg_inl_write(FILE *out, const char *tab);        /* the site table rt_inlsites[_std] */

bool cg_lib_wrapper(IrFunc *m);           /* the library defines m's method wrappers (npath 0) */
void cg_lib_emit_wrappers(Package *p);    /* library mode: every such wrapper of p's types */
const char *cg_pkginit_sym(const char *path); /* a standard package's exported initialiser */

extern IrPackage *cg_cur_pkg;
extern const char *cg_root;

#endif
