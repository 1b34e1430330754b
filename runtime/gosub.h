/*
 * gosub.h: the ABI between generated C and gosub's runtime.
 *
 * Generated C includes this header only.  Every runtime entry point that
 * generated code calls is declared here once, with a one-line contract.
 * Internal runtime interfaces between runtime files live in rt_*.h headers
 * that generated code never sees.
 *
 * Sections (each owned by one runtime area; keep them in this order):
 *   1. values and type descriptors      (core)
 *   2. allocation and the GC            (alloc_*.c, gc_*.c)
 *   3. program start, globals          (start.c)
 *   4. panics, defer, recover, checks  (panic.c)
 *   5. strings, slices, conversions    (string.c, slice.c)
 *   6. interfaces                      (iface.c)
 *   7. maps                            (map.c)
 *   8. goroutines, channels, select    (sched_*.c, chan.c, select.c)
 *   9. printing and fmt support        (print.c, fmt*.c)
 *
 * Go values in C:
 *   string     GoString {const uint8_t *p; intptr_t n}
 *   slice      GoSlice  {void *p; intptr_t len, cap}  (codegen may use typed
 *                        structs with the same layout)
 *   interface  GoEface  {const GoType *type; void *data} for interface{},
 *              GoIface  {const GoItab *tab; void *data} for the others;
 *              data is always a pointer: to a heap copy of the value, or the
 *              value itself when the type is pointer-shaped (ptr, map, chan,
 *              func, unsafe.Pointer) -- Go's direct-interface rule.
 *   func value pointer to a closure object (GoFunc) whose first word is the
 *              C function; the C function takes the closure pointer as its
 *              first parameter (Go's closure context register).
 *   map, chan  pointer to a runtime object (NULL for nil).
 * Sizes and alignment are gc's amd64 ones: int is 64-bit.
 *
 * Calling conventions (generated code and runtime C must agree):
 *   - A Go function with no results returns void; with one result returns
 *     it; with several returns a struct of them in order (fields r0, r1...).
 *   - Closure call: fn(GoFunc *closure, params...).
 *   - Method through an interface or GoMethod.ifn: ifn(void *data, params...)
 *     where data is the interface data word (for a value receiver, a
 *     pointer to the value). GoMethod.tfn: tfn(recv, params...) with the
 *     receiver passed as in its declaration.
 *   - A bodyless stdlib function declared `//extern go_pkg_Name` is a plain
 *     C function with the Go parameters in order (strings as GoString,
 *     slices as GoSlice, interfaces as GoEface/GoIface, ...), results as above.
 */
#ifndef GOSUB_H
#define GOSUB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* ===================== 1. values and type descriptors ===================== */

typedef int64_t go_int;
typedef uint64_t go_uint;
typedef uint8_t go_byte;
typedef int32_t go_rune;

typedef struct GoString {
    const uint8_t *p;
    intptr_t n;
} GoString;

typedef struct GoSlice {
    void *p;
    intptr_t len, cap;
} GoSlice;

typedef struct GoType GoType;
typedef struct GoItab GoItab;

typedef struct GoEface {
    const GoType *type;
    void *data;
} GoEface;

typedef struct GoIface {
    const GoItab *tab;
    void *data;
} GoIface;

typedef struct GoFunc {
    void (*fn)(void); /* cast to the real signature before calling */
    /* captured variables follow */
} GoFunc;

/* Kinds: the same numbering as Go's reflect.Kind. */
enum {
    GO_INVALID = 0, GO_BOOL, GO_INT, GO_INT8, GO_INT16, GO_INT32, GO_INT64,
    GO_UINT, GO_UINT8, GO_UINT16, GO_UINT32, GO_UINT64, GO_UINTPTR,
    GO_FLOAT32, GO_FLOAT64, GO_COMPLEX64, GO_COMPLEX128,
    GO_ARRAY, GO_CHAN, GO_FUNC, GO_INTERFACE, GO_MAP, GO_POINTER, GO_SLICE,
    GO_STRING, GO_STRUCT, GO_UNSAFEPOINTER
};

/* GoType.tflag bits */
enum {
    GO_TF_COMPARABLE = 1 << 0, /* == is defined (equal != NULL) */
    GO_TF_NAMED = 1 << 1,      /* a defined type (has a package-qualified name) */
    GO_TF_DIRECTIFACE = 1 << 2,/* stored directly in an interface's data word */
    GO_TF_NOPOINTERS = 1 << 3, /* ptrdata == 0 */
};

typedef struct GoField {
    const char *name;   /* "" never: embedded fields carry the type's name */
    const GoType *type;
    uintptr_t offset;
    bool embedded;
    bool exported;
} GoField;

typedef struct GoMethod {
    const char *name;   /* sorted by name */
    const GoType *mtyp; /* the method's func type, without receiver */
    void (*ifn)(void);  /* called through an interface: receiver is the data word */
    void (*tfn)(void);  /* called directly on the value (method expressions) */
} GoMethod;

typedef struct GoIMethod {
    const char *name;   /* sorted by name */
    const GoType *mtyp;
} GoIMethod;

/* Modelled on Go's runtime._type, with the per-kind parts folded in. */
struct GoType {
    uintptr_t size;
    uintptr_t ptrdata;       /* length of the prefix that can hold pointers */
    uint32_t hash;           /* type hash, stable within a program */
    uint8_t tflag;           /* GO_TF_* */
    uint8_t align;
    uint8_t field_align;
    uint8_t kind;            /* GO_* */
    bool (*equal)(const void *a, const void *b);               /* NULL if not comparable */
    uintptr_t (*hashfn)(const void *p, uintptr_t seed);        /* NULL if not hashable */
    const uint8_t *gcmask;   /* one bit per pointer-sized word of ptrdata, LSB first */
    const char *string;      /* as %T prints it: "main.T", "[]int", "map[string]*main.T" */
    const char *pkgpath;     /* defining package for named types, else NULL */
    const GoType *elem;      /* pointer, slice, array, chan: element; map: value */
    const GoType *key;       /* map key */
    uintptr_t len;           /* array length; chan: direction (1 recv, 2 send, 3 both) */
    const GoField *fields;   /* struct fields */
    int32_t nfields;
    int32_t nmethods;        /* methods of this type's method set (value receivers
                                for T; value + pointer for *T), sorted by name */
    const GoMethod *methods;
    const GoIMethod *imethods; /* interface: its methods, sorted by name */
    int32_t nimethods;
    bool variadic;           /* func */
    int32_t nin, nout;       /* func: parameter and result counts */
    const GoType *const *in; /* func: parameter types, then result types at in[nin..] */
    const GoType *ptrto;     /* *T when the program uses it, else NULL */
};

/* An itab: the method table of a concrete type for an interface type. */
struct GoItab {
    const GoType *inter;
    const GoType *type;
    uint32_t hash;           /* copy of type->hash, for type switches */
    void (*fun[])(void);     /* one per interface method, in imethods order */
};

/* Predeclared types' descriptors (the runtime defines them). */
extern const GoType go_type_bool, go_type_int, go_type_int8, go_type_int16,
    go_type_int32, go_type_int64, go_type_uint, go_type_uint8, go_type_uint16,
    go_type_uint32, go_type_uint64, go_type_uintptr, go_type_float32,
    go_type_float64, go_type_string, go_type_unsafe_pointer, go_type_error,
    go_type_empty_iface;

/* Equality and hashing helpers for generated descriptors. */
bool rt_memequal(const void *a, const void *b, uintptr_t size);
bool rt_strequal(const void *a, const void *b);
bool rt_efaceeq_p(const void *a, const void *b);  /* a, b point to GoEface */
bool rt_ifaceeq_p(const void *a, const void *b);  /* a, b point to GoIface */
bool rt_f32equal(const void *a, const void *b);
bool rt_f64equal(const void *a, const void *b);
uintptr_t rt_memhash(const void *p, uintptr_t seed, uintptr_t size);
uintptr_t rt_strhash(const void *p, uintptr_t seed);
uintptr_t rt_f32hash(const void *p, uintptr_t seed);
uintptr_t rt_f64hash(const void *p, uintptr_t seed);
uintptr_t rt_efacehash(const void *p, uintptr_t seed);
uintptr_t rt_ifacehash(const void *p, uintptr_t seed);

/* ===================== 2. allocation and the GC ===================== */

/* A new zeroed object of type t (Go's newobject). Never returns NULL. */
void *rt_new(const GoType *t);
/* A new zeroed array of n elements of type elem (slice backing stores). */
void *rt_newarray(const GoType *elem, intptr_t n);
/* Raw zeroed allocation of size bytes; typ may be NULL for pointer-free memory. */
void *rt_alloc(uintptr_t size, const GoType *typ);

/* Every pointer store into the heap goes through this hook: a plain store
 * while no GC is marking, so that incremental marking can come later. */
extern volatile int rt_gc_marking;
void rt_wb_slow(void **slot, void *val);
#define GO_WB(slot, val)                                                     \
    do {                                                                     \
        if (__builtin_expect(rt_gc_marking, 0)) rt_wb_slow((void **)(slot), (void *)(val)); \
        else *(slot) = (val);                                                \
    } while (0)

/* ===================== 3. program start, globals ===================== */

/* A global variable that may hold pointers: scanned precisely by the GC. */
typedef struct GoRoot {
    void *addr;
    const GoType *type;
} GoRoot;

/* Generated main() calls this: sets up the heap and the scheduler, registers
 * the globals, runs init (package initialisation) then main_main on the main
 * goroutine; returns the exit status (0, or 2 after a panic). */
int rt_main(int argc, char **argv, const GoRoot *roots, int nroots,
            void (*init)(void), void (*main_main)(void));

/* Preemption poll at function entries and loop back-edges. */
extern volatile int rt_preempt_flag;
void rt_preempt(void);
#define GO_POLL()                                                            \
    do {                                                                     \
        if (__builtin_expect(rt_preempt_flag, 0)) rt_preempt();              \
    } while (0)

/* os.Args backing (filled by rt_main). */
extern GoSlice rt_os_args;

/* ======= 4. panics, defer, recover, run-time checks (panic.c) ======= */
/* Owned by the core-runtime area: see panic.c for the protocol between
 * generated code and the defer/panic machinery. */

/* Run-time error panics with Go's exact text ("runtime error: ..."). */
_Noreturn void rt_panic_index(intptr_t i, intptr_t len);
_Noreturn void rt_panic_nil(void);
_Noreturn void rt_panic_divide(void);
/* panic(v) */
_Noreturn void rt_gopanic(GoEface v);

/* Later sections (5-9) are added by their owners below this line. */

#endif
