/*
 * internal.h: declarations shared by the type checker's files (not part of
 * the public API in types.h).
 *
 * The checker works on Operands (go/types' operand): a mode, the
 * expression, its type and constant value.  Package-level objects carry a
 * DeclInfo (what declared them, which package-level objects their
 * initialiser or body uses) and are type-checked on demand, with a colour
 * for cycle detection; function bodies are checked after all package-level
 * declarations.
 */
#ifndef GOSUB_TYPES_INTERNAL_H
#define GOSUB_TYPES_INTERNAL_H

#include "types/types.h"

extern Type *types_any_iface;
extern Object *types_iota_obj;

bool types_is_exported(const char *name);
bool types_rune_is_upper(int32_t r);
Object *types_scope_lookup_interned(Scope *s, const char *name);
void types_iface_reset(Type *t);

typedef struct DeclInfo {
    Scope *file_scope;
    Object **lhs; /* var a, b = f(): all lhs share this DeclInfo */
    int nlhs;
    Node *spec;   /* N_CONSTSPEC/N_VARSPEC/N_TYPESPEC */
    Node *vtype;  /* declared type expression or NULL */
    Node *init;   /* initialiser (const/var with one value per name) */
    Node *fdecl;  /* N_FUNCDECL */
    int iota;
    bool inherited; /* const spec reusing the previous spec's expressions */
    Vec deps;     /* package-level Objects used (consts, vars, funcs) */
} DeclInfo;

typedef struct Operand {
    TMode mode;
    Node *expr;
    Type *type;
    Const *val;
    BuiltinId id;
} Operand;

typedef struct Checker {
    Package *pkg;
    const TypesConfig *cfg;
    Scope *scope;     /* innermost scope */
    FuncInfo *fn;     /* current function, NULL at package level */
    Type *sig;        /* its signature */
    DeclInfo *decl;   /* package-level declaration being checked (dependency recording) */
    Const *iota;      /* value of iota in a constant declaration, else NULL */
    Pos errpos;       /* for inherited constant expressions: report here */
    Vec later;        /* FuncInfo* bodies waiting to be checked */
    Vec objpath;      /* objects being type-checked (cycle detection) */
    int nerrors;
    bool in_defer_go;
    Vec shift_lhs;      /* untyped lhs operands of non-constant shifts */
    Vec pkgnames;       /* every package name object (for imported and not used) */
    int lang_major, lang_minor; /* cfg->lang parsed (0, 0: no limit; standard packages: none) */
    Vec bodyless;       /* N_FUNCDECLs without body (reported if all else checks) */
    Vec generic_tdecls; /* N_GENDECL `type` statements in generic bodies (gc 1.19's noder rejects them, if all else checks) */
    bool generic_error; /* "generic ... not supported yet" was reported: stay silent after it */
    bool in_instance;   /* checking an instance of a generic body: no duplicate-case or impossible-assertion errors (type parameters may coincide) */
    bool stand_in;      /* the instance is genbody.c's check-only one: its type arguments are stand-ins */
    bool tp_tainted;    /* the body met another instance of its own generic: its marks may be borrowed (constraint.c) */
    /* statement context */
    bool in_loop, in_switch_or_select;
    Node *cur_fdecl;
} Checker;

/* errors: report at a position (types2 reports at the start of an
 * expression; check_error_at takes the exact position) */
void check_errorf(Checker *c, Node *at, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* -lang (TypesConfig.lang): whether the checked package may use the
 * language of go major.minor (imported packages may use anything), and
 * types2's versionErrorf: "WHAT requires goM.N or later (-lang was set to
 * go1.16; check go.mod)" at pos. */
bool check_allow_version(Checker *c, int major, int minor);
void check_version_error(Checker *c, Pos pos, const char *version, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/* A union just added to interface it (types_add_union) at e: before go1.18
 * it is reported and dropped (types/generic.c); false then. */
bool check_union_version(Checker *c, Type *it, Node *e);
void check_error_at(Checker *c, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void check_soft_errorf(Checker *c, Node *at, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
Pos start_pos(Node *n);
const char *tstr(Checker *c, Type *t);       /* types2 spelling */
const char *opnd_str(Checker *c, Operand *x); /* "x (variable of type int)" */
const char *expr_str(Node *n);
const char *tok_op_str(int op);

/* expressions (expr.c) */
void check_raw_expr(Checker *c, Operand *x, Node *e, Type *hint);
void check_expr(Checker *c, Operand *x, Node *e);
void check_multi_expr(Checker *c, Operand *x, Node *e);
void check_expr_with_hint(Checker *c, Operand *x, Node *e, Type *hint);
void check_expr_or_type(Checker *c, Operand *x, Node *e);
void check_single_value(Checker *c, Operand *x);
void convert_untyped(Checker *c, Operand *x, Type *target);
void update_expr_type(Checker *c, Node *e, Type *t, bool final);
void check_assignment(Checker *c, Operand *x, Type *T, const char *context);
bool assignable_to(Checker *c, Operand *x, Type *T, const char **reason);
void check_conversion(Checker *c, Operand *x, Type *T);
void check_call(Checker *c, Operand *x, Node *call);
void check_builtin(Checker *c, Operand *x, Node *call, BuiltinId id);
void check_builtin_complex(Checker *c, Operand *x, Operand *args, Node *call, BuiltinId id);
void check_selector(Checker *c, Operand *x, Node *e);
void check_ident(Checker *c, Operand *x, Node *e, bool want_type);
void check_index(Checker *c, Operand *x, Node *e);
void check_slice(Checker *c, Operand *x, Node *e);
void check_use(Checker *c, Node *e);
void check_use_list(Checker *c, NodeList *l);
bool check_index_value(Checker *c, Node *e, int64_t max, const char *what, int64_t *out);
void record(Checker *c, Operand *x);
const char *missing_method_reason(Checker *c, Type *V, Type *T, Object *m, Object *alt);
void check_type_assertion(Checker *c, Node *e, Operand *x, Type *T, bool type_switch);
void check_comparison(Checker *c, Operand *x, Operand *y, int op, bool switch_case);
const char *check_kind_string(Checker *c, Type *t);
void check_overflow(Checker *c, Operand *x);
void check_representable(Checker *c, Operand *x, Type *t);
void invalidate(Operand *x);

/* types (typexpr.c) */
Type *check_type(Checker *c, Node *e);
Type *check_var_type(Checker *c, Node *e);
void types_later_var_type(Checker *c, Node *e, Type *t); /* package.c: constraint interfaces as value types, checked in pass 4 */
bool types_is_method_set(Type *iface, bool *comparable); /* generic.c: no type terms, not comparable (*comparable: that one) */
Type *check_func_type(Checker *c, Node *ft, Node *recv, Scope *scope, FuncInfo *fi);
void check_obj_decl(Checker *c, Object *o);
void check_type_cycle(Checker *c, Object *o); /* package.c: types2's validCycle for a type name reached again */
Type *check_definedness(Checker *c, Node *e);

/* statements (stmt.c) */
void check_func_body(Checker *c, FuncInfo *fi, Node *body);
void check_stmt_list(Checker *c, NodeList *l);
void check_branches(Checker *c, FuncInfo *fi, Node *body);
void run_iface_checks(Checker *c); /* decl.c: methods from embedded interfaces agree (pass 4) */
void check_unused(Checker *c, Scope *s);
bool is_terminating(Node *s, const char *label);

/* declarations (decl.c) */
void check_const_decl(Checker *c, Object **names, int n, Node *typ, NodeList *values, int iota, bool inherited);
void check_var_decl(Checker *c, Object **lhs, int n, Node *typ, NodeList *values);
void check_type_decl(Checker *c, Object *o, Node *spec);
/* named's struct, array, slice or map literal is being checked (its
 * composite literals there are "illegal cycle in type declaration"). */
bool types_declaring_literal(Type *named);
void check_local_decl(Checker *c, Node *gendecl);
void declare(Checker *c, Scope *s, Node *id, Object *o);
void record_dep(Checker *c, Object *o);
void check_init_vars(Checker *c, Object **lhs, int nlhs, NodeList *rhs, Node *return_stmt);
void check_assign_vars(Checker *c, NodeList *lhs, NodeList *rhs);
void check_short_var_decl(Checker *c, Node *s);
Type *check_assign_var(Checker *c, Node *lhs, Operand *x);
void check_init_const(Checker *c, Object *lhs, Operand *x);
Type *check_init_var(Checker *c, Object *lhs, Operand *x, const char *context);
void assign_error(Checker *c, NodeList *rhs, int nvars, int nvals);
void returns_error(Checker *c, Node *at, const char *q, Operand *rhs, int nrhs, Type *want_tuple);

Type *types_instantiate(Type *g, Type **targs, int n);
void types_generic_method_typed(Object *gm);
bool types_generic_complete(void);
/* generics (generic.c) */
void types_add_union(Checker *c, Type *it, Node *e);
Type **types_declare_tparams(Checker *c, Scope *s, NodeList *fields, int *n);
bool types_iface_has_terms(Type *t);
/* A type parameter's type set is comparable (comparable embedded, or
 * every type of its terms comparable): it may key a map. */
bool types_tparam_comparable(Type *tp);
/* Every type in a type parameter's type set is ordered (< <= > >=). */
bool types_tparam_ordered(Type *tp);
/* The type parameter an instance body's type argument stands for, or NULL. */
#define SHAPE_TPARAM(t) ((t) && (t)->shape_index ? (t)->shape_tparam : NULL)
bool types_mentions_tparams(Type *t);
Type *types_subst(Type *t, Type **tparams, Type **targs, int n, int depth);
void types_instance_methods_changed(Type *g);
void types_complete_instance(Type *in);
void types_generic_flush(Checker *c);
void types_generic_in_body(bool on); /* the bodies checked next are instances' (Type.made_in_body) */
void types_generic_body_uses(Scope *file_scope, Node *body);
/* INST_OK: x and fun denote the instance; INST_FAILED: reported, x is
 * invalid; INST_UNSATISFIED: a type argument does not satisfy its
 * constraint (reported): x->type is the substituted signature, which
 * types2 still uses for the call's arguments and result. */
enum { INST_FAILED, INST_OK, INST_UNSATISFIED };
int types_instantiate_call(Checker *c, Operand *x, Node *fun, Node *call, Type **explicit, int nexplicit, Operand *args, int nargs);
Type *types_instantiate_type(Checker *c, Type *g, Node *e);
const char *types_generic_decl_string(Checker *c, Type *g);
void check_func_instance(Checker *c, Object *inst, Object *generic, Node *fd, Type **targs, int n);
/* check-only instances of generic bodies no instance reached (genbody.c) */
void types_note_generic(Object *o);
void types_check_uninstantiated(Checker *c);
void types_generic_lists_mark(int mark[3]);
void types_generic_lists_rewind(const int mark[3]);
bool types_generic_body_checked(Object *g);
/* tp's core type, or NULL; its type set's terms (-1: no terms, every type) */
Type *types_tparam_core(Type *tp);
int types_tparam_terms(Type *tp, Type ***terms, bool **tilde);
/* constraint.c: Go's rules for an instance body's own type parameters */
/* the type parameters of the declaration whose instance body c checks */
Type **types_own_tparams(Checker *c, int *n);
Type *types_own_tparam(Checker *c, Type *t);
Type *types_bound_method_sig(Checker *c, Type *t, const char *name);
/* mono.c: instantiation cycles (types2's monomorphization check) */
void types_mono_record(Checker *c, Pos pos, NodeList *xlist, Type **tparams, Type **targs, int n);
bool types_mono_stops(Object *generic); /* a cycle makes generic's instances grow: queue no more bodies */
void types_mono_report(Checker *c);
bool types_tparam_all(Type *tp, bool (*pred)(Type *t, void *arg), void *arg);
const char *types_bound_string(Checker *c, Type *tp);
bool types_tparam_takes_untyped(Checker *c, Operand *x, Type *tp, Type **bad);
bool types_gen_convertible(Checker *c, Operand *x, Type *T);
bool types_tparam_len_ok(Type *tp, bool cap);
/* The body being checked met another instance of its own generic (a
 * method of value[int] inside value[T]'s methods, F[int] inside F): from
 * there on its type parameters' marks may be borrowed, and the rules of
 * constraint.c stay silent for the rest of the body. */
void types_tparam_note_instance(Checker *c, Type **tparams, Type **targs, int n);
void types_note_typed_var(Checker *c, Object *o);
void types_gen_check_assign(Checker *c, Operand *x, Object *lhs, const char *context);
bool types_gen_comparable_operands(Checker *c, Operand *x, Operand *y);
bool types_tparam_has_method(Type *tp, const char *name);
bool types_tparam_indexable(Type *tp);
bool types_tparam_has_core(Type *tp, bool bytestring);
void types_later_map_key(Checker *c, Node *key, Type *m);
void types_later_embedded(Checker *c, Type *t, Pos pos, bool is_ptr);
void *types_expr_list(Checker *c, NodeList *el, bool allow_comma_ok, int *n, bool *comma_ok);
const char *types_summary_ops(Checker *c, Operand *ops, int n);
const char *types_summary_tuple(Checker *c, Type *tup, bool variadic);
void check_binary_assign(Checker *c, Operand *x, Node *lhs, Node *rhs, int op);
bool types_builtin_is_stmt(BuiltinId id);
Node *recv_base_name(Node *t, bool *ptr);
void types_ensure_obj(Object *o);

Object *new_var_obj(Checker *c, const char *name, Type *t, Pos pos, VarKind k);

/* Numbers a package's local type declarations (the ·N of their link
 * names) if that has not been done (types/package.c). */
void types_number_locals(Package *pkg);

#endif
