/*
 * types.h: gosub's type checker, the one public header of types/.
 *
 * What later stages (ir/, escape/, codegen/, driver/) can rely on after
 * types_check_files() returned a Package with no errors reported:
 *
 *   - every expression node has node->type (its final type: an untyped
 *     constant gets the type its context gave it, or its default type, as
 *     go/types' updateExprType does; `nil` gets the type it is assigned or
 *     compared to, e.g. in `p == nil` the nil node has p's type, and keeps
 *     TY_UNTYPED_NIL only without a typed context) and node->tmode (TM_*);
 *   - constant expressions have node->cval, already converted to node->type
 *     (rounded for floats, exact for integers);
 *   - identifiers have node->obj (the object declared or used); selectors
 *     have node->obj, node->sel (SEL_*) and node->tinfo (a Selection *,
 *     except SEL_QUALIFIED); calls have node->sel (CALL_*) and, for
 *     builtins, node->obj (the builtin object, obj->bid says which);
 *   - type expressions have tmode TM_TYPEXPR and node->type = the type
 *     denoted;
 *   - N_FUNCDECL and N_FUNCLIT have node->tinfo = a FuncInfo * (captured
 *     variables for literals, the function object for declarations);
 *   - local variables carry VF_* flags (used, address taken, captured,
 *     assigned after declaration);
 *   - the Package lists functions, init funcs and the package variable
 *     initialisation order (Go's dependency order).
 *
 * Data model (modelled on go/types, written in C):
 *   Type    one struct for every kind; basic types are singletons
 *           (types_typ[kind], plus types_byte/types_rune which are identical
 *           to uint8/int32 but print as written); composite types are built
 *           fresh: compare with types_identical, never with ==, except for
 *           defined (TY_NAMED) types, whose identity is the pointer.
 *   Object  a named entity: const, type name, var, func, package name,
 *           builtin, label, nil.
 *   Const   an exact constant value (GMP: mpz for integers, mpq for floats).
 *   Scope   a lexical block mapping names to objects.
 *   Package a checked package: scope, files, functions, init order.
 *
 * Sizes and alignments are gc's amd64 layout (8-byte words, complex64
 * aligned 4 and complex128 aligned 8, structs padded to their alignment, a
 * zero-size final field at a non-zero offset gets one byte of padding,
 * sync/atomic's align64 forces 8), so that unsafe.Sizeof/Alignof/Offsetof
 * and codegen agree with go.
 *
 * Generics (types/generic.c): a generic function's signature and a generic
 * type's underlying type mention TY_TYPEPARAM types; every instance is a
 * TY_NAMED type with orig/targs (types) or an OBJ_FUNC with generic/targs
 * whose decl is a copy of the generic declaration checked with the type
 * parameters bound to the arguments (functions and methods).  Generic
 * bodies themselves are checked only through their instances.  The
 * stdlib's atomic.Pointer[T] keeps its older form: its methods are
 * compiled from the generic body.
 *
 * Memory comes from the compilation's arena (util.h); nothing is freed.
 * types_check_files runs the checker on a thread with a 512 MB stack (the
 * checker recurses along the tree; only touched pages are committed).
 * The checker never crashes on bad input: every error is reported through
 * diag_error with Go 1.19's (types2's, as gc prints them) text and
 * position, and the faulty expression gets types_typ[TY_INVALID] and tmode
 * TM_INVALID.
 */
#ifndef GOSUB_TYPES_H
#define GOSUB_TYPES_H

#include <gmp.h>

#include "parser/ast.h"
#include "util/util.h"

typedef struct Type Type;
typedef struct Object Object;
typedef struct Const Const;
typedef struct Scope Scope;
typedef struct Package Package;
typedef struct Selection Selection;
typedef struct FuncInfo FuncInfo;
typedef struct TypeUnion TypeUnion;

/* A union of terms in a constraint: `~int | ~float64 | string`. */
struct TypeUnion {
    int n;
    Type **terms;
    bool *tilde;
    int at; /* embedded types written before it: type strings keep source order */
};

/* ======================================================================
 * Types
 * ==================================================================== */

typedef enum TypeKind {
    TY_INVALID = 0,
    /* typed basic kinds, in go/types' order */
    TY_BOOL,
    TY_INT, TY_INT8, TY_INT16, TY_INT32, TY_INT64,
    TY_UINT, TY_UINT8, TY_UINT16, TY_UINT32, TY_UINT64, TY_UINTPTR,
    TY_FLOAT32, TY_FLOAT64,
    TY_COMPLEX64, TY_COMPLEX128,
    TY_STRING,
    TY_UNSAFEPTR, /* unsafe.Pointer */
    /* untyped kinds (constants and nil before they meet a context) */
    TY_UNTYPED_BOOL, TY_UNTYPED_INT, TY_UNTYPED_RUNE, TY_UNTYPED_FLOAT,
    TY_UNTYPED_COMPLEX, TY_UNTYPED_STRING, TY_UNTYPED_NIL,
    TY_NUM_BASIC, /* end of the basic kinds */
    /* composite kinds */
    TY_POINTER = TY_NUM_BASIC,
    TY_SLICE,
    TY_ARRAY,
    TY_MAP,
    TY_CHAN,
    TY_STRUCT,
    TY_FUNC,      /* a signature */
    TY_INTERFACE,
    TY_NAMED,     /* a defined type (type T ...; also the predeclared `error`) */
    TY_TUPLE,     /* the result list of a multi-value call; never a value's type */
    TY_TYPEPARAM, /* a type parameter: in generic signatures and generic types' underlying types (bound: its constraint) */
} TypeKind;

/* Channel directions (same values as ast.h's CHAN_*). */
typedef enum ChanDir { DIR_BOTH = 0, DIR_SEND = 1, DIR_RECV = 2 } ChanDir;

/* Flags of basic types (go/types' BasicInfo). */
enum {
    BI_BOOLEAN = 1 << 0,
    BI_INTEGER = 1 << 1,
    BI_UNSIGNED = 1 << 2,
    BI_FLOAT = 1 << 3,
    BI_COMPLEX = 1 << 4,
    BI_STRING = 1 << 5,
    BI_UNTYPED = 1 << 6,
    BI_ORDERED = BI_INTEGER | BI_FLOAT | BI_STRING,
    BI_NUMERIC = BI_INTEGER | BI_FLOAT | BI_COMPLEX,
    BI_CONSTTYPE = BI_BOOLEAN | BI_NUMERIC | BI_STRING,
};

struct Type {
    TypeKind kind;

    /* Basic: name as Go spells it ("int", "byte", "untyped int",
     * "unsafe.Pointer") and BI_* flags.  byte and rune are distinct Type
     * structs with kind TY_UINT8 / TY_INT32 (so messages can say "byte"),
     * identical to uint8/int32 by kind. */
    const char *name;
    int info;

    /* Pointer, slice, array, chan: element. Map: value. */
    Type *elem;
    Type *key;       /* map key */
    int64_t len;     /* array length (-1 while unknown in [...]T before the literal is checked) */
    ChanDir dir;     /* chan */

    /* Struct: fields are OBJ_VAR objects with vkind VAR_FIELD (name, type,
     * embedded, tag, offset).  Tuple: the variables of a result list or a
     * parameter list (OBJ_VAR, VAR_PARAM/VAR_RESULT). */
    Object **fields;
    int nfields;

    /* Func (signature): receiver (NULL for plain funcs and for the type of
     * a method value), params and results as tuples (never NULL; empty
     * tuples for none), variadic: the last param has type []T. */
    Object *recv;
    Type *params;
    Type *results;
    bool variadic;

    /* Interface: methods declared directly (OBJ_FUNC, source order),
     * embedded types (source order), and, once completed, the full method
     * set sorted by name (Go's order: exported names compare like other
     * names, by bytes; types_iface_methods() completes lazily).
     * is_comparable: the predeclared `comparable` interface (only legal as
     * a constraint). The empty interface has nallmethods == 0. */
    Object **methods;
    int nmethods;
    Type **embeddeds;
    int nembeddeds;
    Object **allmethods;
    int nallmethods;
    bool iface_complete;
    bool is_comparable;
    /* is_implicit: the interface a constraint written as a bare union or
     * type stands for (`[T int | float64]`); printed as that union. */
    bool is_implicit;
    /* Interface type elements (constraints only): each union `~int | string`
     * is one TypeUnion; the type set is their intersection, further
     * intersected with the embedded interfaces' (types_typeset). */
    struct TypeUnion **unions;
    int nunions;

    /* Named: its type name object, underlying type (never a TY_NAMED once
     * resolved), methods in source order in `methods`/`nmethods` (OBJ_FUNC
     * with obj->recv_type),
     * the package (NULL for `error`, `any` is an alias not a named type).
     * Instances of a stdlib generic type (atomic.Pointer[T]) have orig =
     * the generic type and targs = the type arguments; a generic type has
     * tparams (TY_TYPEPARAM types). */
    Object *obj;
    Type *underlying;
    Type *orig;
    Type **targs;
    int ntargs;
    Type **tparams;
    int ntparams;
    Type *bound; /* TY_TYPEPARAM: its constraint (an interface) */
    /* A type argument as a generic instance's body sees it: a copy of the
     * type (identical to it: basic types compare by kind, composite ones
     * by structure, a defined type's copy has shape_plain = the type) that
     * remembers 1 + the index of its type parameter, so -m can print gc's
     * shape names ("go.shape.int_0"); 0 otherwise. */
    int shape_index;
    /* An instance whose type arguments carry shape marks (a generic type
     * named inside an instance's body, List[T] with T an argument): a view
     * of the plain instance, identical to it (instances compare by orig
     * and arguments), sharing its methods; NULL otherwise. */
    Type *shape_plain;
    bool shape_keep_ptr; /* a pointer shape spelled with its element type (types_shape_keeps_pointer) */
    bool made_in_body;   /* an instance first made while checking an instance's body (not the package's own code) */
    Type *shape_tparam;  /* with shape_index: the type parameter it stands for (compile errors name it) */
    int tpindex; /* TY_TYPEPARAM: index in its declaration's list */

    /* Checker-private: the declared right-hand side of a defined type
     * (for cycle reports through several names). */
    Type *rhs;
    int cflags; /* checker-private flags */

    /* Layout cache (types_sizeof/types_alignof): -1 until computed. */
    int64_t size;
    int64_t align;
    int layout_state; /* 0 not computed, 1 in progress, 2 done */

    void *aux; /* free for later stages (codegen: descriptor symbol) */
};

/* The basic types, indexed by kind (TY_INVALID..TY_UNTYPED_NIL). */
extern Type *types_typ[TY_NUM_BASIC];
extern Type *types_byte;   /* alias of uint8, prints "byte" in messages */
extern Type *types_rune;   /* alias of int32, prints "rune" in messages */
extern Type *types_error;  /* the predeclared `error` (TY_NAMED, underlying interface{ Error() string }) */
extern Type *types_empty_iface; /* interface{} (also what `any` denotes) */
extern Type *types_comparable_iface; /* the predeclared `comparable` */

/* Constructors (arena; composite types are not hash-consed). */
Type *types_new_pointer(Type *elem);
Type *types_new_slice(Type *elem);
Type *types_new_array(Type *elem, int64_t len);
Type *types_new_map(Type *key, Type *elem);
Type *types_new_chan(ChanDir dir, Type *elem);
Type *types_new_tuple(Object **vars, int n);
Type *types_new_func(Object *recv, Type *params, Type *results, bool variadic);
/* Struct from fields (OBJ_VAR VAR_FIELD); computes nothing else. */
Type *types_new_struct(Object **fields, int nfields);
/* Interface from methods and embeddeds; types_iface_methods completes it. */
Type *types_new_interface(Object **methods, int nmethods, Type **embeddeds, int nembeddeds);
/* Named type with its type name object; underlying set later. */
Type *types_new_named(Object *tname, Type *underlying);

/* The type an instance's body uses for type argument t of type parameter
 * number k (see Type.shape_index); t itself unless t is basic. */
Type *types_shape_arg(Type *t, int k, Type *tparam);
/* t's underlying type as gc types an instance's body: for the shape of a
 * type parameter with a core type, the core type over t's, its type
 * parameters shaped ([]go.shape.[]int_0 for L ~[]E with L = [][]int). */
Type *types_shape_underlying(Type *t);
/* What gc's link string (type arguments, shapes) writes before struct
 * field f's type: "main.g " (an unexported name is qualified), "" for an
 * embedded field named as its type, "main.int = " for one that is not
 * (an embedded predeclared type or alias). */
const char *types_field_link_prefix(Object *f);
/* gc collapses a pointer type argument's shape to *uint8 unless it points
 * to an array or tparam's constraint has a core type. */
bool types_shape_keeps_pointer(Type *t, Type *tparam);
/* t mentions a type marked with shape_index (a type argument, as the
 * instance's body sees it). */
bool types_has_shape(Type *t);
/* Every instance of a generic type created so far (views with shape
 * marks and instances mentioning type parameters included), in order. */
Type **types_type_instances(int *n);
/* A type argument as gc's symbol names spell it: the run-time spelling,
 * local types with their number ("main.point·1"). */
const char *types_targ_string(Type *t);
/* gc's number of a type declared in a function ("·1", as link names spell
 * it after the name), or "" for other types. */
const char *types_local_suffix(Object *tname);
/* "[int,main.T]": type arguments as gc's symbol names spell them. */
const char *types_targs_string(Type **targs, int n);
/* t mentions a type parameter (TY_TYPEPARAM, or a generic type itself). */
bool types_mentions_tparams(Type *t);
/* A reference to a generic function's instance (F, F[T], inferred or
 * explicit): the type arguments as written at the reference, with the
 * shape marks of the instance body it is in.  Stored in the rewritten
 * identifier's tinfo (Node.tinfo of the N_IDENT denoting the instance). */
/* The signature of m, a method of an instance of a generic type, as a
 * call through receiver type recv sees it: with recv's type arguments
 * when recv is a view whose arguments carry shape marks (inside an
 * instance's body); m's own signature otherwise. */
Type *types_method_sig_in(Object *m, Type *recv);
/* t, written with generic type g's type parameters, over instance in's
 * type arguments (shape marks kept). */
Type *types_subst_instance(Type *t, Type *g, Type *in);
/* t with type parameters tparams[i] replaced by targs[i]. */
Type *types_subst_targs(Type *t, Type **tparams, Type **targs, int n);
typedef struct InstRef {
    Type **targs;
    int ntargs;
    Type *sig; /* the signature with these type arguments (gc's OFUNCINST type) */
} InstRef;
/* Some of ref's type arguments carry shape marks (they depend on the type
 * parameters of the instance the reference is in). */
bool types_instref_shaped(const InstRef *ref);
/* t without shape marks (what callers outside the instance see). */
Type *types_unshape(Type *t);
/* t with each shape-marked type argument replaced by the type parameter
 * it stands for: the type as the generic declaration spells it (may
 * instantiate generic types over type parameters). */
Type *types_reparam(Type *t);

/* Accessors and predicates. */
Type *types_underlying(Type *t);   /* follows TY_NAMED to its underlying */
Type *types_default(Type *t);      /* untyped -> default type (int, rune=int32, float64, ...); else t */
bool types_is_basic(Type *t, int bi_flags); /* underlying is basic with any of the flags */
bool types_is_untyped(Type *t);
bool types_is_integer(Type *t);
bool types_is_unsigned(Type *t);
bool types_is_float(Type *t);
bool types_is_complex(Type *t);
bool types_is_numeric(Type *t);
bool types_is_string(Type *t);
bool types_is_boolean(Type *t);
bool types_is_interface(Type *t);  /* underlying is an interface */
bool types_is_named(Type *t);      /* defined type (TY_NAMED) or basic: has a name */
bool types_is_const_type(Type *t); /* bool, numeric or string underlying */
bool types_has_nil(Type *t);       /* pointer, slice, map, chan, func, interface, unsafe.Pointer */
bool types_has_pointers(Type *t);  /* contains pointers the GC must scan */
bool types_notinheap(Type *t);     /* //go:notinheap (or an array or struct of such) */
bool types_notinheap_ptr(Type *t); /* a pointer to such a type: no pointer for the GC, not direct in an interface */
int types_tuple_len(Type *t);      /* TY_TUPLE: nfields; else 1 (0 for NULL) */
Type *types_tuple_at(Type *t, int i);

/* Relations (Go spec; the same algorithms as go/types). */
bool types_identical(Type *a, Type *b);
bool types_identical_ignore_tags(Type *a, Type *b);
/* Comparable with == (spec "Comparison operators"); for structs/arrays
 * recursive; interfaces are comparable (may panic at run time). */
bool types_comparable(Type *t);
/* Value of type v assignable to t (v may be untyped). */
bool types_assignable(Type *v, Type *t);
/* Non-constant conversion v -> t allowed. */
bool types_convertible(Type *v, Type *t);

/* ---- layout: gc's amd64 sizes ---- */
int64_t types_sizeof(Type *t);
int64_t types_alignof(Type *t);
/* Offset of struct field i (t's underlying must be a struct). */
int64_t types_offsetof(Type *st, int i);
/* Field alignment inside a struct (same as alignof on amd64). */
int64_t types_fieldalign(Type *t);

/* ---- printing ----
 * types_string: as gc's %T and runtime type names print it:
 *   "main.T", "[]int", "map[string]*main.T", "func(int) string",
 *   "struct { X int }", "interface {}", "uint8" for byte, "int32" for rune,
 *   "*main.T", "chan<- int", "func(...int)", "error", "unsafe.Pointer".
 * types_qstring: as types2 prints types in error messages: types of the
 *   package `rel` unqualified ("T"), others qualified by package name
 *   ("strings.Builder"), byte/rune kept as written, "any" for the empty
 *   interface written as any, untyped kinds as "untyped int".
 */
const char *types_string(Type *t);
const char *types_qstring(Type *t, Package *rel);
/* Expression as types2 prints it in messages (syntax.String): "x + 1",
 * "f(a, b)", "T{…}", "func(x int) {…}". */
const char *types_expr_string(Node *n);

/* ======================================================================
 * Constants
 * ==================================================================== */

typedef enum ConstKind {
    CK_UNKNOWN = 0, /* invalid/unknown value (after an error) */
    CK_BOOL,
    CK_STRING,
    CK_INT,     /* exact integer: i */
    CK_FLOAT,   /* exact rational: f (float constants stay exact until converted to a typed float) */
    CK_COMPLEX, /* re + im i, both exact rationals */
} ConstKind;

struct Const {
    ConstKind kind;
    bool b;
    Str s;
    mpz_t i;
    mpq_t f;     /* CK_FLOAT value, CK_COMPLEX real part */
    mpq_t im;    /* CK_COMPLEX imaginary part */
    /* CK_FLOAT literals with huge decimal exponents (1e646456992): the
     * value is f * 10^dexp, kept symbolic (they only overflow, truncate or
     * round to zero, and print as Go prints them); 0 otherwise. */
    long dexp;
};

Const *const_unknown(void);
Const *const_bool(bool b);
Const *const_string(Str s);
Const *const_int64(int64_t v);
Const *const_uint64(uint64_t v);
Const *const_float64(double v);
/* From a literal's source text (T_INT, T_FLOAT, T_IMAG, T_CHAR value);
 * NULL if malformed. */
Const *const_from_literal(int tokkind, Str text, int32_t rune);

/* Queries. */
bool const_is_int(const Const *c);          /* CK_INT, or CK_FLOAT/COMPLEX with integral value and zero imag */
bool const_fits_int64(const Const *c, int64_t *out);
bool const_fits_uint64(const Const *c, uint64_t *out);
int64_t const_to_int64(const Const *c);     /* truncating; for known-representable values */
uint64_t const_to_uint64(const Const *c);
double const_to_float64(const Const *c);    /* nearest double */
int const_sign(const Const *c);
/* Converts kind (int<->float<->complex) without changing the value; NULL
 * when impossible (non-integral float to int). */
Const *const_to_kind(const Const *c, ConstKind k);

/* Arithmetic on exact values; op is a token kind (T_ADD, T_SUB, T_MUL,
 * T_QUO, T_REM, T_AND, T_OR, T_XOR, T_AND_NOT, T_LAND, T_LOR).
 * int_div: T_QUO truncates (both operands integer-typed).  Division by
 * zero must be checked by the caller (it reports "division by zero").
 * Returns CK_UNKNOWN for combinations that are not defined. */
Const *const_binary(int op, const Const *x, const Const *y, bool int_div);
/* Unary T_ADD T_SUB T_XOR T_NOT; for T_XOR on typed unsigned values pass
 * the bit size (prec > 0) to mask, 0 for untyped/signed. */
Const *const_unary(int op, const Const *x, int prec);
/* x << s or x >> s (op T_SHL/T_SHR); x integer, s a small unsigned count. */
Const *const_shift(int op, const Const *x, unsigned s);
/* T_EQL T_NEQ T_LSS T_LEQ T_GTR T_GEQ. */
bool const_compare(int op, const Const *x, const Const *y);
/* Representability of c as basic type t (go/types' representableConst):
 * returns true and, in *rounded, the value converted (floats rounded to
 * float32/float64).  On failure, *why is 0 = overflows, 1 = truncated
 * (non-integer to integer), 2 = cannot represent (e.g. string as int). */
bool const_representable(const Const *c, Type *t, Const **rounded, int *why);
/* As types2 prints constants in messages: 256, 1.5, 1e+100, "abc", true. */
const char *const_format(const Const *c);
const char *types_quote(Str s); /* strconv.Quote */
/* Number of bits needed for |x| (integers): used for shift-count limits. */
long const_bitlen(const Const *c);

/* ======================================================================
 * Objects and scopes
 * ==================================================================== */

typedef enum ObjKind {
    OBJ_BAD = 0,
    OBJ_CONST,
    OBJ_TYPE,    /* type name (defined type, alias, or predeclared basic) */
    OBJ_VAR,     /* variable, parameter, result, struct field */
    OBJ_FUNC,    /* function or method (also interface methods) */
    OBJ_PKGNAME, /* imported package name in a file scope */
    OBJ_BUILTIN, /* predeclared function, or unsafe.Sizeof & co */
    OBJ_LABEL,
    OBJ_NIL,     /* the predeclared nil */
} ObjKind;

typedef enum VarKind {
    VAR_PACKAGE = 0, /* package-level variable */
    VAR_LOCAL,       /* local variable (incl. range vars, type switch vars) */
    VAR_PARAM,       /* parameter (incl. receiver) */
    VAR_RESULT,      /* named or unnamed result */
    VAR_FIELD,       /* struct field */
} VarKind;

enum {
    VF_USED = 1 << 0,       /* read somewhere (for "declared but not used") */
    VF_ADDRTAKEN = 1 << 1,  /* &v taken explicitly, or implicitly by a pointer-method call v.M() or slicing an array v[:] */
    VF_CAPTURED = 1 << 2,   /* referenced from a closure nested inside its declaring function */
    VF_ASSIGNED = 1 << 3,   /* assigned after its declaration (closures capture it by reference if so, or if addrtaken) */
    VF_EMBEDDED = 1 << 4,   /* struct field: embedded */
    VF_RECEIVER = 1 << 5,   /* parameter: the method receiver */
    VF_IMPLICIT = 1 << 6,   /* type switch clause var (one per clause) */
};

typedef enum BuiltinId {
    BUILTIN_APPEND = 0, BUILTIN_CAP, BUILTIN_CLOSE, BUILTIN_COMPLEX, BUILTIN_COPY, BUILTIN_DELETE, BUILTIN_IMAG,
    BUILTIN_LEN, BUILTIN_MAKE, BUILTIN_NEW, BUILTIN_PANIC, BUILTIN_PRINT, BUILTIN_PRINTLN, BUILTIN_REAL,
    BUILTIN_RECOVER,
    /* package unsafe */
    BUILTIN_ALIGNOF, BUILTIN_OFFSETOF, BUILTIN_SIZEOF, BUILTIN_ADD, BUILTIN_SLICE,
    BUILTIN_NUM
} BuiltinId;

struct Object {
    ObjKind kind;
    const char *name; /* interned; "_" for blank */
    Type *type;       /* NULL while being resolved (cycle detection) */
    Pos pos;          /* declaring identifier's position (gc reports this) */
    Package *pkg;     /* NULL for universe objects */
    Scope *parent;    /* the scope it was declared in (NULL for fields/methods) */
    Node *decl;       /* declaring node: N_IDENT for vars/consts/types/labels/fields, N_FUNCDECL for funcs */
    Node *spec;       /* const/var/type: its N_CONSTSPEC/N_VARSPEC/N_TYPESPEC (NULL for locals declared by := ) */
    int order;        /* declaration order within the package (0-based) */

    /* OBJ_CONST */
    Const *val;

    /* OBJ_VAR */
    VarKind vkind;
    int vflags;       /* VF_* */
    int index;        /* field: index in its struct; param/result: index in its tuple */
    Str tag;          /* field tag (decoded), empty if none */
    int64_t offset;   /* field: byte offset in its struct (valid after types_sizeof/types_offsetof on the struct) */
    FuncInfo *fn;     /* local/param/result: the function (or literal) that declares it */

    /* OBJ_TYPE */
    bool is_alias;

    /* checker-private: declaration info and the colour of the object in the
     * dependency walk (0 white, 1 grey, 2 black) */
    struct DeclInfo *dinfo;
    int color;    /* type A = B */

    /* OBJ_FUNC */
    Type *recv_type;  /* methods: the receiver's type (T or *T); NULL for funcs */
    bool ptr_recv;    /* method declared on *T */
    const char *extern_name; /* from a `//extern sym` directive, else NULL */
    FuncInfo *finfo;  /* declared functions: their FuncInfo */
    /* Generic instances (functions, and methods of instances of generic
     * types): the generic declaration's object and the type arguments;
     * decl is a copy of the generic declaration checked with the type
     * parameters bound to targs. */
    Object *generic;
    Type **targs;
    int ntargs;
    /* An instance of a generic function made inside another instance's
     * body whose type arguments are composites of that body's shapes
     * (Inner([]T{x}) in Outer[Named]): gc calls the function shaped from
     * the caller's shapes (Inner[go.shape.[]struct { main.a int }_0]),
     * and the dictionary it passes is for the plain instance, whose own
     * shaped function (Inner[go.shape.[]main.Named_0]) gc also makes.
     * plain_inst is that plain instance; NULL for other objects. */
    Object *plain_inst;
    bool tparam_alias; /* OBJ_TYPE: a type parameter's name bound to a type argument in an instance */

    /* OBJ_PKGNAME */
    Package *imported;
    bool used;        /* for `"fmt" imported and not used` (also labels: used) */

    /* OBJ_BUILTIN */
    BuiltinId bid;

    void *aux; /* free for later stages */
};

struct Scope {
    Scope *parent;
    Object **objs; /* in insertion order */
    int nobjs, cap;
    const char **keys; /* open-addressing hash of names (NULL while small) */
    int *slots;
    int nslots;
    Pos pos, end;       /* extent (for "declared later" checks); end.line==0: unbounded */
    bool is_func;       /* a function's outermost scope (params/results) */
    FuncInfo *fn;       /* the function this scope belongs to (NULL at package level) */
    const char *comment; /* "universe", "package main", "file x.go", "func", "block" */
};

Scope *types_new_scope(Scope *parent, const char *comment);
/* Looks up name in s only. */
Object *types_scope_lookup(Scope *s, const char *name);
/* Looks up name in s and its parents; *found gets the scope (may be NULL). */
Object *types_scope_lookup_parent(Scope *s, const char *name, Scope **found);
/* Inserts obj; returns the existing object with that name (and does not
 * insert) if there is one, else NULL. Blank names are never inserted. */
Object *types_scope_insert(Scope *s, Object *obj);

extern Scope *types_universe;

Object *types_new_object(ObjKind k, const char *name, Type *t, Pos pos, Package *pkg);

/* ======================================================================
 * Per-node annotations
 * ==================================================================== */

/* node->tmode: what an expression is (go/types' operand modes). */
typedef enum TMode {
    TM_INVALID = 0, /* erroneous: an error was reported */
    TM_NOVALUE,     /* call of a function without results */
    TM_BUILTIN,     /* a builtin's name (only legal as a callee) */
    TM_TYPEXPR,     /* a type expression */
    TM_CONSTANT,    /* constant; node->cval holds the value */
    TM_VARIABLE,    /* addressable value */
    TM_MAPINDEX,    /* m[k]: assignable, not addressable; comma-ok capable */
    TM_VALUE,       /* computed value */
    TM_COMMAOK,     /* x.(T), <-ch, m[k] used in a v, ok = ... context (then node->type is the value type) */
    TM_PACKAGE,     /* a package name (only legal before '.') */
    TM_NIL,         /* the untyped nil value (types2's nil mode) */
} TMode;

/* node->sel for N_SELECTOR. */
typedef enum SelKind {
    SEL_NONE = 0,
    SEL_FIELD,      /* x.f: struct field (maybe promoted; Selection path) */
    SEL_METHOD,     /* x.m where x is a value: a method call's callee or a method value */
    SEL_METHODEXPR, /* T.m or (*T).m: a function with the receiver as first param */
    SEL_QUALIFIED,  /* pkg.Name: node->obj is the package member */
    SEL_IFACEMETHOD,/* x.m where x's type is an interface (dynamic dispatch) */
} SelKind;

/* node->tinfo for N_SELECTOR (not for SEL_QUALIFIED): how x.f is reached. */
struct Selection {
    SelKind kind;
    Type *recv;     /* type of x (for SEL_METHODEXPR: the type T or *T) */
    Object *obj;    /* the field (OBJ_VAR) or method (OBJ_FUNC) */
    int *index;     /* path of field indices through embedded fields; the last entry is the field/method index */
    int nindex;
    bool indirect;  /* the path dereferences at least one pointer (x itself or an embedded pointer) */
    /* Methods: the receiver adjustment at the end of the path.
     * addr: method has a pointer receiver, the value reached is addressable
     *       and is not a pointer -> &v is passed (marks v VF_ADDRTAKEN).
     * deref: method has a value receiver, the value reached is a pointer
     *       -> *p is passed. */
    bool addr;
    bool deref;
    bool is_value;  /* SEL_METHOD not directly called: a method value (a closure) */
};

/* node->sel for N_CALL. */
typedef enum CallKind {
    CALL_NONE = 0,
    CALL_FUNC,       /* call of a function value, declared function, or method */
    CALL_CONVERSION, /* T(x): node->type is T; the single argument is converted */
    CALL_BUILTIN,    /* node->obj is the builtin (obj->bid) */
} CallKind;

/* node->tinfo of N_FUNCDECL and N_FUNCLIT. */
struct FuncInfo {
    Node *decl;        /* the N_FUNCDECL or N_FUNCLIT */
    Object *obj;       /* declared functions/methods: their object; NULL for literals */
    Type *sig;         /* signature (for methods: with recv) */
    FuncInfo *outer;   /* literals: the enclosing function */
    Scope *scope;      /* the function's scope: parameters, results and the body's top-level declarations */
    Object **captured; /* literals: outer variables referenced (directly or by nested literals), in first-use order */
    int ncaptured;
    Object **locals;   /* every local variable declared in it (params, results, locals), in declaration order */
    int nlocals;
    bool has_defer, has_recover, has_labels;
};

/* N_BRANCH: node->tinfo = the statement it targets (N_FOR, N_RANGE,
 * N_SWITCH, N_TYPESWITCH, N_SELECT for break/continue; the N_LABELED for
 * goto); node->obj = the label object when named.
 * N_LABELED: node->obj = the label (OBJ_LABEL).
 * N_CASECLAUSE in a type switch with `v := x.(type)`: node->obj = the
 * clause's implicit variable (type: the single case type, else the
 * guard's type).
 * N_RANGE: key/value identifiers carry their objects; node->type = the
 * range expression's type. */

/* ======================================================================
 * Packages and the check API
 * ==================================================================== */

/* One package variable initialiser in dependency order: `lhs... = rhs`
 * (nlhs > 1 only for `var a, b = f()`). */
typedef struct Initializer {
    Object **lhs;
    int nlhs;
    Node *rhs;
} Initializer;

struct Package {
    const char *path;   /* import path ("main" for the command package; "fmt", "sync/atomic") */
    const char *link;   /* the path gc links it under, which type arguments and shapes spell:
                         * the import path; for the command package "main", else (go build)
                         * "command-line-arguments", (go tool compile) -p's value or "<unlinkable>" */
    const char *name;   /* package clause name */
    Scope *scope;       /* package scope (parent: universe) */
    Node **files;
    int nfiles;
    Scope **file_scopes;
    Package **imports;  /* directly imported packages, import order, no duplicates */
    int nimports;
    Vec funcs;          /* Object* (OBJ_FUNC) of every function and method with a body or extern, source order */
    Vec inits;          /* Object* of init functions, source order */
    Vec init_order;     /* Initializer*: package variable initialisation order */
    Vec vars;           /* Object* package variables, source order */
    bool checked;
    bool failed;        /* errors were reported */
    bool is_std;        /* loaded from stdlib/ */
    bool locals_numbered; /* types_number_locals ran */
};

typedef struct TypesConfig {
    /* Directory holding stdlib/<importpath>/NAME.go (GOSUB_ROOT/stdlib).
     * NULL: imports of anything but "unsafe" fail with gc's message. */
    const char *stdlib_dir;
    /* Accept function declarations without body (go tool compile without
     * -complete; stdlib always allows them). */
    bool allow_bodyless;
    /* Report `declared but not used` & co (default on; -e style flags may
     * change later). */
    bool no_unused_errors;
    /* Report `function main is undeclared in the main package`. */
    bool require_main;
    /* Set by types_import for stdlib/ packages: bodyless functions and
     * generic type declarations (atomic.Pointer[T]) are allowed there. */
    bool std_package;
    /* Package.link of the checked package (NULL: its path). */
    const char *link_path;
    /* gc's -lang ("go1.16": the go directive of the main module's go.mod,
     * or -gcflags=-lang=...): the checked package may use the language
     * of that version only.  NULL or "": no limit. */
    const char *lang;
} TypesConfig;

/* Creates the universe (idempotent). */
void types_init(void);

/* Checks one package made of parsed files (N_FILE nodes, all non-NULL).
 * `path` is the import path ("main" for commands).  Errors go to
 * diag_error; the result is always a Package (p->failed when errors).
 * Imports are resolved through types_import. */
Package *types_check_files(const char *path, Node **files, int n, const TypesConfig *cfg);

/* Loads, parses and checks a stdlib package by import path (cached:
 * each path is loaded once). "unsafe" is built in. Returns NULL (after
 * reporting nothing) when the directory does not exist; the caller reports
 * gc's `package X is not in GOROOT (...)`. */
Package *types_import(const char *path, const TypesConfig *cfg);

/* Every package loaded so far (stdlib imports first, in dependency order,
 * then checked packages), so a backend can compile them all. */
extern Vec types_packages;
/* Every interface type created (codegen leaves out of a stdlib type's
 * method table the methods no interface names). */
extern Vec types_interfaces;

/* The built-in package "unsafe". */
extern Package *types_unsafe;

/* ---- method sets and lookup ---- */

/* Looks up field or method `name` in type t (go/types LookupFieldOrMethod).
 * addressable: x is addressable (affects pointer-receiver methods on T).
 * pkg: the package doing the lookup (unexported names match only there).
 * Returns the object, fills *sel (kind SEL_FIELD / SEL_METHOD / SEL_IFACEMETHOD,
 * path, indirect, addr/deref).  Failure: NULL and *why:
 *   0 not found, 1 ambiguous selector, 2 pointer-receiver method on a
 *   non-addressable value or a value of type T (not *T) in a method set,
 *   3 found through a pointer to an interface. */
Object *types_lookup(Type *t, bool addressable, Package *pkg, const char *name, Selection *sel, int *why);

/* The method set of t (methods callable on a value of type t): for T,
 * value-receiver methods (incl. promoted); for *T, all.  Sorted by name. */
typedef struct MethodSet {
    Selection **v;
    int len;
} MethodSet;
MethodSet *types_method_set(Type *t);

/* Interface methods, complete and sorted (embedded interfaces flattened). */
Object **types_iface_methods(Type *iface, int *n);

/* Does T implement interface iface?  Returns NULL if so, else the first
 * missing method of iface (sorted order) and in *alt a method of T that
 * almost matches: same name but wrong signature, the method found only on
 * *T (pointer receiver), or a name differing only in case.  static_: also
 * for interface T, every method must be present (false: type assertion
 * from interface T only checks methods present in both). */
Object *types_missing_method(Type *t, Type *iface, bool static_, Object **alt);
bool types_implements(Type *t, Type *iface);

/* ---- helpers for later stages ---- */

/* The object an identifier/selector expression denotes (or NULL). */
Object *types_expr_obj(Node *n);
/* The function type of a callee (after unparen); NULL for conversions and builtins. */
Type *types_call_sig(Node *call);
/* Unwraps N_PAREN. */
Node *types_unparen(Node *n);
/* Package-qualified symbol-friendly name: "main.T", "strings.Builder". */
const char *types_obj_qualname(Object *o);

#endif
