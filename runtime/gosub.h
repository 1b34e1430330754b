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
/* Fixed-size forms (equal/hashfn of integer, pointer, chan kinds). */
bool rt_memequal8(const void *a, const void *b);
bool rt_memequal16(const void *a, const void *b);
bool rt_memequal32(const void *a, const void *b);
bool rt_memequal64(const void *a, const void *b);
uintptr_t rt_memhash8(const void *p, uintptr_t seed);
uintptr_t rt_memhash16(const void *p, uintptr_t seed);
uintptr_t rt_memhash32(const void *p, uintptr_t seed);
uintptr_t rt_memhash64(const void *p, uintptr_t seed);
/* Field-by-field equality / hash of any comparable type from its
 * descriptor (structs skip "_" fields and padding; floats, strings and
 * interfaces by their rules): what a generated equal/hashfn of a composite
 * type may forward to.  Uncomparable components panic like Go. */
bool rt_typed_equal(const GoType *t, const void *a, const void *b);
uintptr_t rt_typed_hash(const GoType *t, const void *p, uintptr_t seed);

/* ===================== 2. allocation and the GC ===================== */

/* The heap is scanned precisely: an object's pointer words are found from
 * the type it was allocated with (gcmask), so a pointer must only ever be
 * stored in a word the mask marks, and a mask word must hold a pointer into
 * an object (anywhere inside it, not one past its end) or NULL.  Stacks and
 * registers are scanned conservatively: any word there that points into an
 * object keeps it alive.  Allocation may collect; nothing moves. */

/* A new zeroed object of type t (Go's newobject). Never returns NULL. */
void *rt_new(const GoType *t);
/* A new zeroed array of n elements of type elem (slice backing stores);
 * the GC scans it as elem's mask repeated n times.  n < 0 or too large is
 * a fatal error (callers check and panic with Go's message first). */
void *rt_newarray(const GoType *elem, intptr_t n);
/* Raw zeroed allocation of size bytes, scanned as size/typ->size elements
 * of typ (so rt_alloc(t->size, t) == rt_new(t)); typ NULL or pointer-free
 * makes it noscan.  Size 0 returns one shared non-NULL address. */
void *rt_alloc(uintptr_t size, const GoType *typ);

/* Every pointer store into the heap goes through this hook: a plain store
 * while no GC is marking, so that incremental marking can come later. */
/* Not volatile: only the runtime changes it, inside calls (allocation,
 * runtime.GC), so the compiler may keep it in a register between calls
 * and hoist the test out of call-free loops. */
extern int rt_gc_marking;
void rt_wb_slow(void **slot, void *val);
#define GO_WB(slot, val)                                                     \
    do {                                                                     \
        if (__builtin_expect(rt_gc_marking, 0)) rt_wb_slow((void **)(slot), (void *)(val)); \
        else *(slot) = (val);                                                \
    } while (0)
/* A store of a multi-word value with pointers (string, slice, interface,
 * struct or array with pointer fields) of C type T, descriptor desc, into
 * the heap place `place`: while marking, the value's pointer words (by
 * desc's gcmask) are greyed first.  Stores that initialise an object just
 * allocated use one GO_WB_INIT after them instead. */
void rt_wb_typed(const GoType *t, const void *val);
/* The two-word forms: a string or slice (w0 = w1 = p) or an interface
 * (tab/type and data) of C type T; only those words are greyed, passed by
 * value so the value needs no stack copy. */
void rt_wb_grey2(const void *w0, const void *w1);
#define GO_WB_WORDS(T, place, val, w0, w1)                                   \
    do {                                                                     \
        T _wbv = (val);                                                      \
        if (__builtin_expect(rt_gc_marking, 0))                              \
            rt_wb_grey2((const void *)_wbv.w0, (const void *)_wbv.w1);       \
        (place) = _wbv;                                                      \
    } while (0)
/* After generated code initialised a fresh heap object at p with plain
 * stores (objects allocated while marking are born black): grey what it
 * now points to (one object of desc, or n elements of desc). */
#define GO_WB_INIT(desc, p)                                                  \
    do {                                                                     \
        if (__builtin_expect(rt_gc_marking, 0)) rt_wb_typed((desc), (p));    \
    } while (0)
#define GO_WB_INIT_N(desc, p, n)                                             \
    do {                                                                     \
        if (__builtin_expect(rt_gc_marking, 0)) rt_wb_typed_n((desc), (p), (n)); \
    } while (0)
/* Bulk stores (append of a slice): grey the pointers of n elements of
 * elem at val before they are copied into the heap. */
void rt_wb_typed_n(const GoType *elem, const void *val, intptr_t n);
#define GO_WB_TYPED_N(elem, val, n)                                          \
    do {                                                                     \
        if (__builtin_expect(rt_gc_marking, 0)) rt_wb_typed_n((elem), (val), (n)); \
    } while (0)
#define GO_WB_TYPED(T, desc, place, val)                                     \
    do {                                                                     \
        T _wbv = (val);                                                      \
        if (__builtin_expect(rt_gc_marking, 0)) rt_wb_typed((desc), &_wbv);  \
        (place) = _wbv;                                                      \
    } while (0)

/* ===================== 3. program start, globals ===================== */

/* A global variable that may hold pointers: scanned precisely by the GC. */
typedef struct GoRoot {
    void *addr;
    const GoType *type;
} GoRoot;

/* runtime.GC() at a statement where codegen knows which variables the
 * rest of the function may read (codegen/cg_gcsite.c, gc_roots.c): the
 * collector skips the caller's frame (from its own caller's sp up to the
 * callee-saved registers pushed under fp) and scans the listed variables
 * instead; GO_GC_STACKOBJ marks a frame slot of a non-escaping allocation,
 * scanned only if a scanned word points into it.  The asm zeroes the
 * callee-saved registers (the compiler saves the live ones first), so a
 * dead pointer left in one of them is not seen either. */
typedef struct GoGcLive {
    const void *addr;
    uintptr_t size;
} GoGcLive;
#define GO_GC_STACKOBJ ((uintptr_t)1 << 63)
typedef struct GoGcFrame {
    void *fp;
    const GoGcLive *v;
    intptr_t n;
    const struct GoGcFrame *outer; /* the caller's record, when it described its frame too */
    void *sp;                      /* chain records: the sp at the call (the callee's frame starts there) */
} GoGcFrame;
/* Before a call into a self-recursive function (codegen/cg_gcsite.c):
 * zero the 256 dead bytes just below sp, where the callee's first frames
 * will be laid out, so that slots those frames never write do not show
 * the conservative stack scan stale pointers left there by earlier calls.
 * Below sp is dead at this point (no red zone in a function that calls). */
#if defined(__x86_64__)
#define GO_CLEAR_STACK()                                                     \
    __asm__ volatile("pxor %%xmm15, %%xmm15\n\t"                             \
                     "movups %%xmm15, -16(%%rsp)\n\tmovups %%xmm15, -32(%%rsp)\n\t"   \
                     "movups %%xmm15, -48(%%rsp)\n\tmovups %%xmm15, -64(%%rsp)\n\t"   \
                     "movups %%xmm15, -80(%%rsp)\n\tmovups %%xmm15, -96(%%rsp)\n\t"   \
                     "movups %%xmm15, -112(%%rsp)\n\tmovups %%xmm15, -128(%%rsp)\n\t" \
                     "movups %%xmm15, -144(%%rsp)\n\tmovups %%xmm15, -160(%%rsp)\n\t" \
                     "movups %%xmm15, -176(%%rsp)\n\tmovups %%xmm15, -192(%%rsp)\n\t" \
                     "movups %%xmm15, -208(%%rsp)\n\tmovups %%xmm15, -224(%%rsp)\n\t" \
                     "movups %%xmm15, -240(%%rsp)\n\tmovups %%xmm15, -256(%%rsp)"       \
                     : : : "xmm15", "memory")
#elif defined(__aarch64__)
#define GO_CLEAR_STACK()                                                     \
    __asm__ volatile("stp xzr, xzr, [sp, #-16]\n\tstp xzr, xzr, [sp, #-32]\n\t"     \
                     "stp xzr, xzr, [sp, #-48]\n\tstp xzr, xzr, [sp, #-64]\n\t"     \
                     "stp xzr, xzr, [sp, #-80]\n\tstp xzr, xzr, [sp, #-96]\n\t"     \
                     "stp xzr, xzr, [sp, #-112]\n\tstp xzr, xzr, [sp, #-128]\n\t"   \
                     "stp xzr, xzr, [sp, #-144]\n\tstp xzr, xzr, [sp, #-160]\n\t"   \
                     "stp xzr, xzr, [sp, #-176]\n\tstp xzr, xzr, [sp, #-192]\n\t"   \
                     "stp xzr, xzr, [sp, #-208]\n\tstp xzr, xzr, [sp, #-224]\n\t"   \
                     "stp xzr, xzr, [sp, #-240]\n\tstp xzr, xzr, [sp, #-256]"         \
                     : : : "memory")
#else
#define GO_CLEAR_STACK() ((void)0)
#endif
void rt_gc_precise(const GoGcFrame *fr);
void rt_gc_precise_free(const GoGcFrame *fr); /* debug.FreeOSMemory() */
/* Set by a caller right before it calls a function with GO_GC_PRECISE
 * sites, taken (and cleared) by that function's first instructions: the
 * chain of frames the collector sees precisely. */
extern const GoGcFrame *rt_gc_outer;
/* Around a blocking operation at a park site: while the goroutine waits,
 * the collector scans its frames from this record (gc_roots.c). */
void rt_gc_park_begin(const GoGcFrame *fr);
void rt_gc_park_end(void);
void go_runtime_GC(void);
void go_runtime_debug_FreeOSMemory(void);
/* The attribute of a function with GO_GC_PRECISE sites: its frame must be
 * its own (not inlined, split or cloned into another); //go:noinline. */
#if defined(__GNUC__) && !defined(__clang__)
#define GO_GCFRAME_FN __attribute__((noipa, noinline))
#else
#define GO_GCFRAME_FN __attribute__((noinline))
#endif
#define GO_NOINLINE __attribute__((noinline))
#if defined(__x86_64__)
#define GO_GC_PRECISE_CALL(fn, lv, n)                                        \
    do {                                                                     \
        GoGcFrame _gcf = {__builtin_frame_address(0), (lv), (n), _gcout, 0}; \
        __asm__ volatile("xor %%ebx, %%ebx\n\txor %%r12d, %%r12d\n\t"   \
                         "xor %%r13d, %%r13d\n\txor %%r14d, %%r14d\n\t"  \
                         "xor %%r15d, %%r15d" ::: "rbx", "r12", "r13", "r14", \
                         "r15", "memory");                                   \
        fn(&_gcf);                                                           \
    } while (0)
#define GO_GC_PRECISE(lv, n) GO_GC_PRECISE_CALL(rt_gc_precise, lv, n)
#define GO_GC_PRECISE_FREE(lv, n) GO_GC_PRECISE_CALL(rt_gc_precise_free, lv, n)
/* Before a call of a function with sites: this frame's record (the call
 * itself stores it in rt_gc_outer). */
#define GO_GC_CHAIN(f, lv, n)                                                \
    GoGcFrame f = {__builtin_frame_address(0), (lv), (n), _gcout, 0};        \
    __asm__ volatile("xor %%ebx, %%ebx\n\txor %%r12d, %%r12d\n\t"           \
                     "xor %%r13d, %%r13d\n\txor %%r14d, %%r14d\n\t"          \
                     "xor %%r15d, %%r15d\n\tmov %%rsp, %0" : "=m"(f.sp) ::    \
                     "rbx", "r12", "r13", "r14", "r15", "memory")
#else
#define GO_GC_PRECISE(lv, n) ((void)(lv), (void)(n), (void)_gcout, go_runtime_GC())
#define GO_GC_PRECISE_FREE(lv, n) ((void)(lv), (void)(n), (void)_gcout, go_runtime_debug_FreeOSMemory())
#define GO_GC_CHAIN(f, lv, n) GoGcFrame f = {NULL, (lv), (n), _gcout, NULL}
#endif

/* Generated main() calls this: sets up the heap and the scheduler, registers
 * the globals, runs init (package initialisation) then main_main on the main
 * goroutine; returns the exit status (0, or 2 after a panic). */
int rt_main(int argc, char **argv, const GoRoot *roots, int nroots,
            void (*init)(void), void (*main_main)(void));

/* Preemption and stack-overflow poll at function entries and loop
 * back-edges: one compare of the stack pointer with rt_stackguard, as Go's
 * prologue compares SP with g.stackguard0.  rt_stackguard is the current
 * goroutine's stack limit (plus a red zone); the scheduler's monitor sets it
 * to UINTPTR_MAX (and rt_preempt_flag to 1) to ask the running goroutine to
 * yield.  rt_preempt then either reports "stack overflow" (exit 2, Go's
 * text) or yields to the other goroutines. */
extern volatile uintptr_t rt_stackguard;
extern volatile int rt_preempt_flag;
void rt_preempt(void);
static inline __attribute__((always_inline)) uintptr_t rt_getsp(void) {
#if defined(__x86_64__)
    uintptr_t sp;
    __asm__("movq %%rsp, %0" : "=r"(sp));
    return sp;
#elif defined(__aarch64__)
    uintptr_t sp;
    __asm__("mov %0, sp" : "=r"(sp));
    return sp;
#else
    return (uintptr_t)__builtin_frame_address(0);
#endif
}
#define GO_POLL()                                                            \
    do {                                                                     \
        if (__builtin_expect(rt_getsp() < rt_stackguard, 0)) rt_preempt();   \
    } while (0)

/* os.Args backing (filled by rt_main). */
extern GoSlice rt_os_args;

/* ======= 4. panics, defer, recover, run-time checks (panic.c) ======= */
/* Owned by the core-runtime area.  The defer/panic/recover protocol (the
 * long story, with examples, is at the top of panic.c):
 *
 * A function whose body contains `defer` keeps one GoDeferFrame in its C
 * frame and emits, in this order:
 *
 *     GoDeferFrame _df;
 *     GO_DEFER_SETUP(&_df, _dret);       // a recovered panic lands at _dret
 *     ...body...
 *     // `defer f(a, b)`: evaluate f, a, b now into a closure c whose C
 *     // function makes the call; push it (record storage: a GoDefer in
 *     // the frame for a defer outside loops, rt_defer_new otherwise):
 *     _d1.fn = c; _d1.ident = (const void *)<the deferred function>;
 *     rt_defer_push(&_df, &_d1);
 *     ...
 *     // every `return e` stores e into the result variables, then:
 *     goto _dret;
 *   _dret:
 *     rt_defer_return(&_df);             // runs pending defers LIFO, unlinks
 *     return <the result variables>;
 *
 * Result variables of such a function must be `volatile` (they are read
 * after longjmp) and are always real variables, named or not: `return 7`
 * followed by a deferred call that panics and a recover returns 7.
 * Deferred calls run as ((void (*)(GoFunc *))c->fn)(c).
 *
 * recover() works only in the "deferred function": the function the defer
 * statement names (the func literal of `defer func(){...}()`, f of
 * `defer f(x)`, the method of `defer v.M()`).  GoDefer.ident is the
 * address of its C function (for a func value: fv->fn; for an interface
 * method: tab->fun[i]).  A function whose body calls recover() directly
 * starts with
 *     void *_rtok = rt_recover_claim((const void *)self, (const void *)alt);
 * (self: its own C function; alt: the interface wrapper that calls it, or
 * NULL) and compiles each recover() to rt_gorecover(_rtok).  `defer
 * recover()` counts as a call of recover by the enclosing function: it
 * claims too, and the deferred closure calls rt_gorecover with the
 * captured _rtok (so it stops the panic only when the enclosing function
 * is itself the deferred function being run, as in Go).  `defer panic(v)`
 * and other builtins are ordinary deferred closures.  No other function
 * pays anything: a function without defer has no frame record.
 */
#include <setjmp.h>

typedef struct GoDefer {
    struct GoDefer *link;    /* next older deferred call of the same frame */
    GoFunc *fn;              /* the call, a closure taking no arguments */
    const void *ident;       /* the deferred function, for recover */
} GoDefer;

typedef struct GoDeferFrame {
    struct GoDeferFrame *link; /* next older frame of this goroutine */
    GoDefer *defers;           /* pending deferred calls, newest first */
    int sjkind;                /* 0: jb (setjmp), 1: bjb (__builtin_setjmp) */
    void *bjb[5];              /* GCC/clang's cheap non-local goto buffer */
    jmp_buf jb;                /* a recovered panic longjmps here (value 1) */
} GoDeferFrame;

/* Links fr (uninitialised storage) as the newest frame of the goroutine;
 * the landing point is then `if (setjmp(fr->jb)) goto exit_label;`. */
void rt_defer_enter(GoDeferFrame *fr);
/* The same with the jump-buffer kind chosen by the caller (1: bjb). */
void rt_defer_enter_k(GoDeferFrame *fr, int sjkind);
/* What codegen emits: frame entry and landing point in one statement.
 * __builtin_setjmp saves three words instead of the whole register file
 * (half the cost of a call with defer); ASan builds use setjmp, whose
 * longjmp ASan understands. */
#if defined(__SANITIZE_ADDRESS__)
#define GO_SJ_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GO_SJ_ASAN 1
#endif
#endif
#ifdef GO_SJ_ASAN
#define GO_DEFER_SETUP(fr, label)                                            \
    do {                                                                     \
        rt_defer_enter_k((fr), 0);                                           \
        if (setjmp((fr)->jb)) goto label;                                    \
    } while (0)
#else
#define GO_DEFER_SETUP(fr, label)                                            \
    do {                                                                     \
        rt_defer_enter_k((fr), 1);                                           \
        if (__builtin_setjmp((fr)->bjb)) goto label;                         \
    } while (0)
#endif
/* Pushes d (fn and ident filled in by the caller; storage lives as long as
 * the frame) as fr's newest deferred call. */
static inline void rt_defer_push(GoDeferFrame *fr, GoDefer *d) {
    d->link = fr->defers;
    fr->defers = d;
}
/* Heap-allocates a record for fn/ident and pushes it (defer in a loop). */
void rt_defer_new(GoDeferFrame *fr, GoFunc *fn, const void *ident);
/* Runs fr's pending deferred calls newest first (each removed before it is
 * called), then unlinks fr.  A panic in a deferred call propagates from here. */
void rt_defer_return(GoDeferFrame *fr);
/* Entry of a function that calls recover(): a token, non-NULL only when
 * this call is the deferred function being run by a panic. */
void *rt_recover_claim(const void *self, const void *alt);
/* A wrapper function (method value closure, pointer-to-value method
 * wrapper) whose target calls recover() starts with
 * rt_recover_forward(self, target): the target then counts as the deferred
 * function when the wrapper is (Go treats wrappers as transparent). */
void rt_recover_forward(const void *self, const void *target);
/* recover(): the panic value (and the panic stops) when tok is the current
 * panic's and the panic has not been recovered yet; else nil. */
GoEface rt_gorecover(void *tok);

/* panic(v).  Unrecovered: Go's "panic: ..." report on stderr, exit 2. */
_Noreturn void rt_gopanic(GoEface v);

/* Run-time error panics with Go's exact texts ("runtime error: ..."), as
 * runtime.Error values that programs can recover, print and assert.
 * Bounds: x is the offending index/bound, y the length/capacity/other bound. */
_Noreturn void rt_panic_index(intptr_t i, intptr_t len);     /* a[i] */
_Noreturn void rt_panic_index_u(uintptr_t i, intptr_t len);  /* unsigned i */
_Noreturn void rt_panic_slice_alen(intptr_t x, intptr_t y);  /* s[:x] string/array, len y */
_Noreturn void rt_panic_slice_acap(intptr_t x, intptr_t y);  /* s[:x] slice, cap y */
_Noreturn void rt_panic_slice_b(intptr_t x, intptr_t y);     /* s[x:y], x > y */
_Noreturn void rt_panic_slice3_alen(intptr_t x, intptr_t y); /* a[::x] array, len y */
_Noreturn void rt_panic_slice3_acap(intptr_t x, intptr_t y); /* s[::x] slice, cap y */
_Noreturn void rt_panic_slice3_b(intptr_t x, intptr_t y);    /* s[:x:y], x > y */
_Noreturn void rt_panic_slice3_c(intptr_t x, intptr_t y);    /* s[x:y:], x > y */
_Noreturn void rt_panic_slice_convert(intptr_t arraylen, intptr_t slicelen); /* (*[N]T)(s) */
/* General form: code 0..8 in the order above (index, alen, acap, b, 3alen,
 * 3acap, 3b, 3c, convert); xsigned false prints x as unsigned. */
_Noreturn void rt_panic_bounds(int code, int64_t x, int64_t y, bool xsigned);
_Noreturn void rt_panic_nil(void);        /* nil dereference, with Go's [signal SIGSEGV ...] line */
/* The same for a load or store at byte offset addr from a nil pointer:
 * the report's addr= is addr, as gc's fault on the access itself. */
_Noreturn void rt_panic_nil_addr(uintptr_t addr);
_Noreturn void rt_panic_divide(void);     /* integer divide by zero */
/* panic(errorString(msg)): a runtime.Error, printed "runtime error: msg"
 * (unsafe.Slice's checks, runtime.panicunsafeslicelen) */
_Noreturn void rt_panic_errorstring(const char *msg);
_Noreturn void rt_panic_shift(void);      /* negative shift amount */
_Noreturn void rt_panic_makeslicelen(void);
_Noreturn void rt_panic_makeslicecap(void);
/* A value method called through a nil pointer by a generated wrapper:
 * "value method main.T.M called using nil *T pointer". */
_Noreturn void rt_panicwrap(const char *pkg, const char *typ, const char *meth);

/* The checks gc emits, in gc's order (so the reported variant and operands
 * are Go's).  Unsigned compares catch negative values too.
 *   a[i]            go_check_index(i, len)      (unsigned i: go_check_index_u)
 *   s[lo:hi]        go_check_slice2(lo, hi, cap, true)  for slices,
 *                   go_check_slice2(lo, hi, len, false) for strings and arrays;
 *                   an omitted hi is len(s), an omitted lo is 0
 *   s[lo:hi:max]    go_check_slice3(lo, hi, max, cap, true) (arrays: len, false)
 *   (*[N]T)(s)      go_check_convert(N, len(s))
 *   x / y, x % y    go_check_div(y)        x << s, x >> s: go_check_shift(s) (signed s)
 *   *p, p.f         go_nilcheck(p)
 */
static inline void go_check_index(intptr_t i, intptr_t len) {
    if (__builtin_expect((uintptr_t)i >= (uintptr_t)len, 0)) rt_panic_index(i, len);
}
static inline void go_check_index_u(uintptr_t i, intptr_t len) {
    if (__builtin_expect(i >= (uintptr_t)len, 0)) rt_panic_index_u(i, len);
}
/* The same when an index has an unsigned type (us: bit 0 lo, bit 1 hi,
 * bit 2 max): the panic prints that operand unsigned, as gc's *U variants. */
static inline void go_check_slice2x(intptr_t lo, intptr_t hi, intptr_t bound, bool is_cap, unsigned us) {
    if (__builtin_expect((uintptr_t)hi > (uintptr_t)bound, 0)) rt_panic_bounds(is_cap ? 2 : 1, hi, bound, !(us & 2));
    if (__builtin_expect((uintptr_t)lo > (uintptr_t)hi, 0)) rt_panic_bounds(3, lo, hi, !(us & 1));
}
static inline void go_check_slice3x(intptr_t lo, intptr_t hi, intptr_t max, intptr_t bound, bool is_cap,
                                    unsigned us) {
    if (__builtin_expect((uintptr_t)max > (uintptr_t)bound, 0)) rt_panic_bounds(is_cap ? 5 : 4, max, bound, !(us & 4));
    if (__builtin_expect((uintptr_t)hi > (uintptr_t)max, 0)) rt_panic_bounds(6, hi, max, !(us & 2));
    if (__builtin_expect((uintptr_t)lo > (uintptr_t)hi, 0)) rt_panic_bounds(7, lo, hi, !(us & 1));
}
static inline void go_check_slice2(intptr_t lo, intptr_t hi, intptr_t bound, bool is_cap) {
    go_check_slice2x(lo, hi, bound, is_cap, 0);
}
static inline void go_check_slice3(intptr_t lo, intptr_t hi, intptr_t max, intptr_t bound, bool is_cap) {
    go_check_slice3x(lo, hi, max, bound, is_cap, 0);
}
static inline void go_check_convert(intptr_t arraylen, intptr_t slicelen) {
    if (__builtin_expect(slicelen < arraylen, 0)) rt_panic_slice_convert(arraylen, slicelen);
}
static inline void go_check_div(int64_t y) {
    if (__builtin_expect(y == 0, 0)) rt_panic_divide();
}
static inline void go_check_shift(int64_t s) {
    if (__builtin_expect(s < 0, 0)) rt_panic_shift();
}
/* Float to integer conversions as gc compiles them on amd64 (ssagen's
 * fpConvOpToSSA and floatToUint): CVTTSD2SQ/CVTTSD2SL give the smallest
 * integer for NaN and out-of-range values; int8/int16/uint8/uint16 go
 * through int32, uint32 through int64, uint64 through the branch on 2^63
 * with an OR.  Written without C's undefined out-of-range casts, which gcc
 * may fold to anything for a constant argument. */
static inline int64_t go_f2i64(double f) {
    return (f >= -9223372036854775808.0 && f < 9223372036854775808.0) ? (int64_t)f : INT64_MIN;
}
static inline int32_t go_f2i32(double f) {
    return (f > -2147483649.0 && f < 2147483648.0) ? (int32_t)f : INT32_MIN;
}
static inline uint64_t go_f2u64(double f) {
    if (f < 9223372036854775808.0) return (uint64_t)go_f2i64(f);
    return (uint64_t)go_f2i64(f - 9223372036854775808.0) | 0x8000000000000000ull;
}
static inline void go_nilcheck(const void *p) {
    if (__builtin_expect(p == NULL, 0)) rt_panic_nil();
}
/* p->f with f at offset off (< 4096: gc lets the access itself fault). */
static inline void go_nilcheck_off(const void *p, uintptr_t off) {
    if (__builtin_expect(p == NULL, 0)) rt_panic_nil_addr(off);
}

/* builtin print/println (to stderr, Go's formats: floats as +1.500000e+000,
 * pointers and maps as 0x..., interfaces as (0xtype,0xdata), slices as
 * [len/cap]0xptr).  println: codegen emits spaces and the newline itself. */
void rt_printlock(void);      /* starts a statement: output is buffered ... */
void rt_printunlock(void);    /* ... and written with one write(2) here */
void rt_printbool(bool v);
void rt_printint(int64_t v);
void rt_printuint(uint64_t v);
void rt_printhex(uint64_t v);
void rt_printfloat(double v);
void rt_printcomplex(double re, double im);
void rt_printstring(GoString s);
void rt_printpointer(const void *p);
void rt_printeface(GoEface e);
void rt_printiface(GoIface i);
void rt_printslice(GoSlice s);
void rt_printsp(void);
void rt_printnl(void);

/* ================ 5. strings, slices, conversions (string.c, slice.c) ================ */

/* Strings are immutable; the bytes of a string may be shared.  Functions
 * taking `buf` accept a 32-byte (32-rune for runes) scratch buffer that
 * codegen passes when escape analysis proved the result does not escape,
 * or NULL -- exactly where gc passes its tmpBuf, so that cap() of a
 * []byte(s) conversion is what Go prints (32 with a buffer, else the
 * size-class rounding of the length). */
enum { GO_TMPBUF = 32 };

static inline bool go_streq(GoString a, GoString b) {
    return a.n == b.n && (a.n == 0 || a.p == b.p || memcmp(a.p, b.p, (size_t)a.n) == 0);
}
/* -1, 0, +1 as bytes compare (Go's < <= > >= on strings). */
int rt_cmpstring(GoString a, GoString b);
/* a[0] + a[1] + ... + a[n-1]; returns the only non-empty operand itself
 * (no copy) when there is one, as Go does. */
GoString rt_concatstrings(uint8_t *buf, const GoString *a, intptr_t n);
GoString rt_concatstring2(uint8_t *buf, GoString a, GoString b);
/* string(b []byte) */
GoString rt_slicebytetostring(uint8_t *buf, const uint8_t *p, intptr_t n);
/* []byte(s) */
GoSlice rt_stringtoslicebyte(uint8_t *buf, GoString s);
/* []rune(s) (buf: 32 runes) */
GoSlice rt_stringtoslicerune(go_rune *buf, GoString s);
/* string(r []rune) */
GoString rt_slicerunetostring(uint8_t *buf, const go_rune *p, intptr_t n);
/* string(rune(v)) for any integer v (buf: 4 bytes or NULL): invalid -> "\uFFFD" */
GoString rt_intstring(uint8_t *buf, int64_t v);
/* for i, r := range s: the rune starting at s.p[k] (k < s.n, s.p[k] >= 0x80:
 * codegen handles ASCII inline) and the index after it; invalid UTF-8
 * decodes as (0xFFFD, k+1). */
typedef struct GoDecodeRune {
    go_rune r0;
    intptr_t r1;
} GoDecodeRune;
GoDecodeRune rt_decoderune(GoString s, intptr_t k);
/* len([]rune(s)) without the allocation (for range counts / utf8.RuneCountInString). */
intptr_t rt_countrunes(GoString s);

/* make([]T, len, cap) with Go's checks ("makeslice: len out of range" /
 * "makeslice: cap out of range"); len and cap as int64 after conversion
 * (codegen passes any integer type: an unsigned value > MaxInt64 is
 * passed as -1). Elements zeroed. */
GoSlice rt_makeslice(const GoType *et, int64_t len, int64_t cap);
/* append's slow path: a new backing array for at least newlen elements of
 * et, with Go 1.19's growth rule and size-class rounding; the old elements
 * are copied and the result has len == newlen (elements beyond old.len
 * zeroed, for the caller to fill) and the capacity Go would choose. */
GoSlice rt_growslice(const GoType *et, GoSlice old, intptr_t newlen);
/* copy(dst, src) for element type et (overlap allowed); returns the count. */
intptr_t rt_slicecopy(const GoType *et, void *dst, intptr_t dstlen,
                      const void *src, intptr_t srclen);
/* unsafe.Slice(ptr, len)'s checks ("unsafe.Slice: len out of range",
 * "unsafe.Slice: ptr is nil and len is not zero"); an unsigned len above
 * MaxInt64 is passed as -1.  The result is then {ptr, len, len}. */
void rt_unsafeslice_check(const GoType *et, const void *ptr, int64_t len);
/* *dst = *src for a value of type t (pointer stores go through the write
 * barrier hook when the GC is marking). */
void rt_typedmemmove(const GoType *t, void *dst, const void *src);

/* ================= 6. interfaces (iface.c) ================= */

/* Type identity at run time is pointer identity of descriptors: codegen
 * emits one descriptor per type for the whole program (unnamed types as
 * weak symbols with a canonical name, so the stdlib libraries and the
 * program share them).  Itabs may be emitted statically by codegen for
 * known conversions; the runtime builds and caches the others. */

/* The itab of concrete type t for interface type inter, or NULL (canfail)
 * / a panic "interface conversion: T is not I: missing method M". */
const GoItab *rt_getitab(const GoType *inter, const GoType *t, bool canfail);
/* Does t implement inter? (cached; for type switches with interface cases) */
bool rt_implements(const GoType *inter, const GoType *t);
/* x.(I) where x is interface{} / a non-empty interface: panicking forms
 * and comma-ok forms (out gets the zero GoIface on failure). */
GoIface rt_assertE2I(const GoType *inter, GoEface e);
bool rt_assertE2I2(const GoType *inter, GoEface e, GoIface *out);
GoIface rt_assertI2I(const GoType *inter, GoIface i);
bool rt_assertI2I2(const GoType *inter, GoIface i, GoIface *out);
/* x.(T) failed (codegen compares the type pointer inline): have is the
 * dynamic type (NULL for nil), want the asserted type, iface the static
 * interface type of x. "interface conversion: interface {} is string, not int" */
_Noreturn void rt_panic_dottype(const GoType *have, const GoType *want, const GoType *iface);
/* Conversion of a value to interface{}: the data word for t (a heap copy,
 * or a shared read-only copy for small integers/zero values, as Go). */
void *rt_convT(const GoType *t, const void *v);
static inline const GoType *go_iface_type(GoIface i) { return i.tab ? i.tab->type : NULL; }
static inline GoEface go_iface_to_eface(GoIface i) {
    GoEface e = {i.tab ? i.tab->type : NULL, i.data};
    return e;
}
/* == on interfaces: panics "runtime error: comparing uncomparable type T". */
bool rt_efaceeq(GoEface a, GoEface b);
bool rt_ifaceeq(GoIface a, GoIface b);
/* == between an interface and a concrete value v of type t (x == v). */
bool rt_efaceeq_val(GoEface a, const GoType *t, const void *v);

/* ================= 7. maps (map.c) ================= */

/* A map value is a GoMap * (NULL: the nil map).  mt is the map type's
 * descriptor (key = key type, elem = value type).  Keys are compared and
 * hashed with key->equal / key->hashfn; NaN keys are never found again;
 * interface keys with an unhashable dynamic type panic. */
typedef struct GoMap GoMap;
struct GoMap {
    intptr_t count;  /* len(m); the rest is private to map.c */
};
static inline intptr_t go_maplen(const GoMap *m) { return m ? m->count : 0; }
/* make(map[K]V, hint) */
GoMap *rt_makemap(const GoType *mt, int64_t hint);
/* A map escape analysis keeps in the frame: its 48-byte header in hstore
 * and, when bstore is not NULL and hint <= 8, its first bucket in bstore
 * (GO_MAP_BUCKET_SIZE(key size, value size) bytes); both are initialised
 * here.  Growing past them allocates on the heap as usual. */
GoMap *rt_makemap_stack(const GoType *mt, int64_t hint, void *hstore, void *bstore);
#define GO_MAP_HMAP_SIZE 48
/* Go's bucket: 8 tophash bytes, 8 keys, 8 values, an overflow pointer;
 * keys and values over 128 bytes are stored as pointers. */
#define GO_MAP_MAX_INLINE 128
#define GO_MAP_SLOT(sz) ((uintptr_t)(sz) > GO_MAP_MAX_INLINE ? (uintptr_t)8 : (uintptr_t)(sz))
#define GO_MAP_BUCKET_SIZE(ks, vs) (16 + 8 * (GO_MAP_SLOT(ks) + GO_MAP_SLOT(vs)))
/* v := m[k]: pointer to the value, or to a zero value (never NULL; valid
 * until the next map operation; the caller copies it). */
void *rt_mapaccess1(const GoType *mt, GoMap *m, const void *key);
/* v, ok := m[k] */
void *rt_mapaccess2(const GoType *mt, GoMap *m, const void *key, bool *ok);
/* m[k] = v, m[k] op= v: pointer to the (new, zeroed) value slot to store
 * into; panics "assignment to entry in nil map" for a nil map. */
void *rt_mapassign(const GoType *mt, GoMap *m, const void *key);
/* delete(m, k) (nil map: nothing, but still hashes k). */
void rt_mapdelete(const GoType *mt, GoMap *m, const void *key);
/* Fast paths for string and 8-byte keys (K string / int64 / uint64 / int
 * / uint / pointer), same contracts. */
void *rt_mapaccess1_str(const GoType *mt, GoMap *m, GoString key);
void *rt_mapaccess2_str(const GoType *mt, GoMap *m, GoString key, bool *ok);
void *rt_mapassign_str(const GoType *mt, GoMap *m, GoString key);
void *rt_mapaccess1_64(const GoType *mt, GoMap *m, uint64_t key);
void *rt_mapaccess2_64(const GoType *mt, GoMap *m, uint64_t key, bool *ok);
void *rt_mapassign_64(const GoType *mt, GoMap *m, uint64_t key);

/* for k, v := range m.  The iterator lives in the caller's frame.  Order
 * starts at a random bucket and slot for every loop, as Go's does.  Go's rules under
 * mutation hold: an entry deleted before it is reached is not produced, an
 * entry is never produced twice unless deleted and re-added, entries
 * added during the loop may or may not be produced, and values are the
 * current ones.  key/val point to the current entry after a true next. */
typedef struct GoMapIter {
    void *key;
    void *val;
    /* private to map.c */
    const GoType *mt;
    GoMap *m;
    uint8_t *buckets;        /* the bucket array the loop started on */
    uint8_t *bptr;           /* current bucket */
    void *overflow, *oldoverflow; /* keep that array's overflow buckets alive */
    uintptr_t start_bucket, bucket, check_bucket, i;
    uint8_t offset, B;
    bool wrapped, done;
} GoMapIter;
void rt_mapiterinit(const GoType *mt, GoMap *m, GoMapIter *it);
bool rt_mapiternext(GoMapIter *it);

/* Later sections (5-9) are added by their owners below this line. */

/* ============ 8. goroutines, channels, select, time, sync (sched_*.c, chan.c, select.c, time.c, sync.c, atomic.c) ============ */

/* go f(x): codegen packs the call into fn/arg (arg: a heap object holding
 * the function value and the evaluated arguments; kept alive by the
 * goroutine until fn returns).  The new goroutine runs next (Go's runnext). */
void rt_go(void (*fn)(void *arg), void *arg);
/* go f(...) where f is a func value: codegen checks it first; nil is Go's
 * fatal error "go of nil func value" (not a panic). */
_Noreturn void rt_go_nil_func(void);
static inline void rt_go_check(const void *fv) {
    if (__builtin_expect(fv == NULL, 0)) rt_go_nil_func();
}
/* The current goroutine terminates (runtime.Goexit after its defers ran).
 * On the main goroutine: the program continues until the others are done,
 * then "fatal error: no goroutines (main called runtime.Goexit) - deadlock!". */
_Noreturn void rt_goexit(void);

/* Channels.  chantype is the chan type's descriptor (elem = element type);
 * elements are copied by elem->size.  A nil GoChan * is the nil channel:
 * send and receive block forever, close panics. */
typedef struct GoChan GoChan;
/* make(chan T, size); panics "makechan: size out of range". */
GoChan *rt_makechan(const GoType *chantype, intptr_t size);
/* c <- *elem; panics "send on closed channel". */
void rt_chansend(GoChan *c, const void *elem);
/* *elem = <-c (elem NULL: value discarded); zero value once closed and drained. */
void rt_chanrecv1(GoChan *c, void *elem);
/* v, ok := <-c; returns ok (false: closed and drained, *elem zeroed). */
bool rt_chanrecv2(GoChan *c, void *elem);
/* close(c); panics "close of nil channel" / "close of closed channel". */
void rt_closechan(GoChan *c);
intptr_t rt_chanlen(GoChan *c);
intptr_t rt_chancap(GoChan *c);

/* select.  One case per communication, in source order; for a send, elem
 * points to the value to send; for a receive, to the destination (or NULL).
 * A nil channel's case is never ready.  Returns the chosen case index (-1:
 * the default case) and, for a receive, ok (false: closed channel).  Among
 * ready cases one is chosen uniformly at random, as Go does.  n == 0 without
 * default blocks forever. */
typedef struct GoSelectCase {
    GoChan *c;
    void *elem;
    bool send;
} GoSelectCase;
typedef struct GoSelectResult {
    intptr_t r0; /* chosen index, -1 for default */
    bool r1;     /* receive: ok */
} GoSelectResult;
GoSelectResult rt_select(GoSelectCase *cases, intptr_t n, bool has_default);
/* One case + default, as gc compiles them: select { case c <- v: ... default: } */
bool rt_selectnbsend(GoChan *c, const void *elem);
/* select { case v, ok = <-c: ... default: }: r0 = selected, r1 = ok */
typedef struct GoSelectNbRecv {
    bool r0, r1;
} GoSelectNbRecv;
GoSelectNbRecv rt_selectnbrecv(GoChan *c, void *elem);

/* package runtime (stdlib/runtime declares them //extern go_runtime_X) */
void go_runtime_Gosched(void);
go_int go_runtime_NumGoroutine(void);
go_int go_runtime_GOMAXPROCS(go_int n);   /* returns the previous setting; n < 1 only queries */
go_int go_runtime_NumCPU(void);
void go_runtime_Goexit(void);            /* see rt_goexit; defers are the core runtime's */

/* package time.  The time package keeps Go's own shape (sleep.go): a
 * runtimeTimer embedded in Timer/Ticker, started and stopped through the
 * functions below; f(arg, seq) runs on the scheduler when the timer fires
 * and must not block (time's sendTime does a non-blocking send, goFunc a
 * go statement).  Layout identical to Go 1.19's time.runtimeTimer:
 *   type runtimeTimer struct { pp uintptr; when, period int64;
 *       f func(any, uintptr); arg any; seq uintptr; nextwhen int64; status uint32 }
 * Declarations for stdlib/time:
 *   func Sleep(d Duration)                      //extern go_time_Sleep
 *   func startTimer(*runtimeTimer)              //extern go_time_startTimer
 *   func stopTimer(*runtimeTimer) bool          //extern go_time_stopTimer
 *   func resetTimer(*runtimeTimer, int64) bool  //extern go_time_resetTimer
 *   func modTimer(t *runtimeTimer, when, period int64, f func(any, uintptr), arg any, seq uintptr)
 *                                               //extern go_time_modTimer
 *   func runtimeNano() int64                    //extern go_time_runtimeNano
 *   func now() (sec int64, nsec int32, mono int64)  //extern go_time_now
 */
typedef struct GoRuntimeTimer {
    uintptr_t pp;        /* runtime: heap position + 1 while queued, else 0 */
    int64_t when;        /* runtimeNano() deadline */
    int64_t period;      /* > 0: a ticker */
    GoFunc *f;           /* func(arg any, seq uintptr) */
    GoEface arg;
    uintptr_t seq;
    int64_t nextwhen;
    uint32_t status;     /* runtime: 0 idle, 1 queued, 2 running */
} GoRuntimeTimer;
void go_time_Sleep(int64_t ns);
void go_time_startTimer(GoRuntimeTimer *t);
bool go_time_stopTimer(GoRuntimeTimer *t);     /* true if it was queued */
bool go_time_resetTimer(GoRuntimeTimer *t, int64_t when); /* true if it was queued */
void go_time_modTimer(GoRuntimeTimer *t, int64_t when, int64_t period, GoFunc *f,
                      GoEface arg, uintptr_t seq);
int64_t go_time_runtimeNano(void);
typedef struct GoTimeNow {
    int64_t r0;  /* wall seconds since 1970 */
    int32_t r1;  /* nanoseconds */
    int64_t r2;  /* monotonic: runtimeNano() */
} GoTimeNow;
GoTimeNow go_time_now(void);

/* package sync, implemented in C with Go 1.19's layouts and algorithms
 * (normal/starvation Mutex, writer-preferring RWMutex, WaitGroup's packed
 * counter), blocking through semaphores like Go's sema.go.  Methods are
 * declared bodyless in stdlib/sync with //extern go_sync_Type_Method; the
 * receiver comes first.  Fatal errors and panics have Go's texts
 * ("fatal error: sync: unlock of unlocked mutex", "sync: negative
 * WaitGroup counter", ...). */
typedef struct GoSyncMutex { int32_t state; uint32_t sema; } GoSyncMutex;
void go_sync_Mutex_Lock(GoSyncMutex *m);
bool go_sync_Mutex_TryLock(GoSyncMutex *m);
void go_sync_Mutex_Unlock(GoSyncMutex *m);
typedef struct GoSyncRWMutex {
    GoSyncMutex w;
    uint32_t writerSem, readerSem;
    int32_t readerCount, readerWait;
} GoSyncRWMutex;
void go_sync_RWMutex_Lock(GoSyncRWMutex *rw);
bool go_sync_RWMutex_TryLock(GoSyncRWMutex *rw);
void go_sync_RWMutex_Unlock(GoSyncRWMutex *rw);
void go_sync_RWMutex_RLock(GoSyncRWMutex *rw);
bool go_sync_RWMutex_TryRLock(GoSyncRWMutex *rw);
void go_sync_RWMutex_RUnlock(GoSyncRWMutex *rw);
typedef struct GoSyncWaitGroup { uint64_t state1; uint32_t state2; } GoSyncWaitGroup;
void go_sync_WaitGroup_Add(GoSyncWaitGroup *wg, go_int delta);
void go_sync_WaitGroup_Done(GoSyncWaitGroup *wg);
void go_sync_WaitGroup_Wait(GoSyncWaitGroup *wg);
/* Once: f is a func() value.  If f panics, Do's mutex is released and done
 * is set only when the core runtime's defer machinery unwinds through a Go
 * frame: stdlib may instead write Once.Do in Go over the atomics below. */
typedef struct GoSyncOnce { uint32_t done; GoSyncMutex m; } GoSyncOnce;
void go_sync_Once_Do(GoSyncOnce *o, GoFunc *f);
/* Cond: L is a Locker (methods Lock = fun[0], Unlock = fun[1]). */
typedef struct GoSyncNotifyList {
    uint32_t wait, notify;
    uintptr_t lock;
    void *head, *tail;
} GoSyncNotifyList;
typedef struct GoSyncCond {
    GoIface L;
    GoSyncNotifyList notify;
    uintptr_t checker;
} GoSyncCond;
void go_sync_Cond_Wait(GoSyncCond *c);
void go_sync_Cond_Signal(GoSyncCond *c);
void go_sync_Cond_Broadcast(GoSyncCond *c);
/* Pool (Go 1.19's layout; New is called by the Go side): the runtime keeps
 * the cache and the victim cache, aged by every collection. */
typedef struct GoSyncPool {
    void *local;
    uintptr_t localSize;
    void *victim;
    uintptr_t victimSize;
    GoFunc *New;
} GoSyncPool;
void go_sync_poolPut(GoSyncPool *p, GoEface x);   /* x != nil */
GoEface go_sync_poolGet(GoSyncPool *p);           /* nil when empty */
GoEface go_sync_poolGetSlow(GoSyncPool *p);       /* Get's victim-cache half */
void *go_sync_poolPinSlow(GoSyncPool *p);         /* p->local, made on first use */
/* The runtime side of Go's sync package, for stdlib Go code that keeps
 * Go's own sync sources' shape (//extern go_sync_runtime_X). */
void go_sync_runtime_Semacquire(uint32_t *addr);
void go_sync_runtime_SemacquireMutex(uint32_t *addr, bool lifo, go_int skipframes);
void go_sync_runtime_Semrelease(uint32_t *addr, bool handoff, go_int skipframes);
uint32_t go_sync_runtime_notifyListAdd(GoSyncNotifyList *l);
void go_sync_runtime_notifyListWait(GoSyncNotifyList *l, uint32_t t);
void go_sync_runtime_notifyListNotifyOne(GoSyncNotifyList *l);
void go_sync_runtime_notifyListNotifyAll(GoSyncNotifyList *l);
bool go_sync_runtime_canSpin(go_int i);
void go_sync_runtime_doSpin(void);
int64_t go_sync_runtime_nanotime(void);
_Noreturn void go_sync_throw(GoString s);  /* fatal error: s (recoverable: no) */
_Noreturn void go_sync_fatal(GoString s);

/* package sync/atomic: C11 atomics, sequentially consistent. */
int32_t go_sync_atomic_AddInt32(int32_t *addr, int32_t delta);
int64_t go_sync_atomic_AddInt64(int64_t *addr, int64_t delta);
uint32_t go_sync_atomic_AddUint32(uint32_t *addr, uint32_t delta);
uint64_t go_sync_atomic_AddUint64(uint64_t *addr, uint64_t delta);
uintptr_t go_sync_atomic_AddUintptr(uintptr_t *addr, uintptr_t delta);
int32_t go_sync_atomic_LoadInt32(int32_t *addr);
int64_t go_sync_atomic_LoadInt64(int64_t *addr);
uint32_t go_sync_atomic_LoadUint32(uint32_t *addr);
uint64_t go_sync_atomic_LoadUint64(uint64_t *addr);
uintptr_t go_sync_atomic_LoadUintptr(uintptr_t *addr);
void *go_sync_atomic_LoadPointer(void **addr);
void go_sync_atomic_StoreInt32(int32_t *addr, int32_t val);
void go_sync_atomic_StoreInt64(int64_t *addr, int64_t val);
void go_sync_atomic_StoreUint32(uint32_t *addr, uint32_t val);
void go_sync_atomic_StoreUint64(uint64_t *addr, uint64_t val);
void go_sync_atomic_StoreUintptr(uintptr_t *addr, uintptr_t val);
void go_sync_atomic_StorePointer(void **addr, void *val);   /* with the write barrier */
int32_t go_sync_atomic_SwapInt32(int32_t *addr, int32_t val);
int64_t go_sync_atomic_SwapInt64(int64_t *addr, int64_t val);
uint32_t go_sync_atomic_SwapUint32(uint32_t *addr, uint32_t val);
uint64_t go_sync_atomic_SwapUint64(uint64_t *addr, uint64_t val);
uintptr_t go_sync_atomic_SwapUintptr(uintptr_t *addr, uintptr_t val);
void *go_sync_atomic_SwapPointer(void **addr, void *val);
bool go_sync_atomic_CompareAndSwapInt32(int32_t *addr, int32_t old, int32_t val);
bool go_sync_atomic_CompareAndSwapInt64(int64_t *addr, int64_t old, int64_t val);
bool go_sync_atomic_CompareAndSwapUint32(uint32_t *addr, uint32_t old, uint32_t val);
bool go_sync_atomic_CompareAndSwapUint64(uint64_t *addr, uint64_t old, uint64_t val);
bool go_sync_atomic_CompareAndSwapUintptr(uintptr_t *addr, uintptr_t old, uintptr_t val);
bool go_sync_atomic_CompareAndSwapPointer(void **addr, void *old, void *val);
/* atomic.Value: {v any}.  Panics with Go's texts on nil and on a
 * different concrete type. */
typedef struct GoSyncAtomicValue { GoEface v; } GoSyncAtomicValue;
GoEface go_sync_atomic_Value_Load(GoSyncAtomicValue *v);
void go_sync_atomic_Value_Store(GoSyncAtomicValue *v, GoEface val);
GoEface go_sync_atomic_Value_Swap(GoSyncAtomicValue *v, GoEface val);
bool go_sync_atomic_Value_CompareAndSwap(GoSyncAtomicValue *v, GoEface old, GoEface val);

/* ============ 9. printing and fmt support (fmt*.c, ftoa.c, strconv.c, stdlib_*.c) ============ */
/* Owned by the fmt/stdlib area.  Generated code never calls fmt's C
 * directly: the stdlib packages declare bodyless functions
 * `//extern go_<pkg>_<Name>` and codegen emits the calls (and their
 * prototypes, with its own result structs) from those Go declarations.
 * So no prototypes here; the C definitions live in:
 *   fmt.c          go_fmt_{Sprintf,Sprint,Sprintln,Printf,Print,Println,errorf,
 *                  appendf,append,appendln}: Go's printer over
 *                  GoType descriptors (Error/String/GoString methods are found
 *                  by name in GoType.methods, signature func() string, and
 *                  called through ifn; a panic in them is recovered as fmt
 *                  does).  Print* write to fd 1 unbuffered, as os.Stdout.
 *   strconv.c      go_strconv_*: parse* return (value, status) with status
 *                  0 ok, 1 ErrSyntax, 2 ErrRange, 3 invalid base, 4 invalid
 *                  bit size; the Go side builds *NumError.
 *   ftoa.c         strconv.AppendFloat's algorithm (shortest and fixed),
 *                  exact for every float64/float32.
 *   stdlib_*.c     math (Go's algorithms: bit-identical results), os,
 *                  strings/bytes, unicode, unicode/utf8, errors, sort (Go
 *                  1.19's pdqsort: same order of equal elements).
 * Each file's top comment lists the exact Go declarations it implements. */

/* Intrinsics (only in generated code: the driver compiles it with
 * -DGOSUB_INTRINSICS).  gc turns these math calls into single
 * instructions; a call into libgosubrt.a would instead make C spill every
 * live float register around it.  Each macro renames the call (and the
 * prototype codegen emits, which then redeclares the static inline: legal
 * C, the earlier internal linkage wins) to an inline of the same exact
 * operation; the extern function stays for func values (&go_math_Sqrt). */
#if defined(GOSUB_INTRINSICS)
double go_math_Sqrt(double);
double go_math_Abs(double);
double go_math_Floor(double);
double go_math_Ceil(double);
double go_math_Trunc(double);
double go_math_Copysign(double, double);
uint64_t go_math_Float64bits(double);
double go_math_Float64frombits(uint64_t);
static inline double go_math_Sqrt_i(double x) { return __builtin_sqrt(x); }
static inline double go_math_Abs_i(double x) { return __builtin_fabs(x); }
static inline double go_math_Floor_i(double x) { return __builtin_floor(x); }
static inline double go_math_Ceil_i(double x) { return __builtin_ceil(x); }
static inline double go_math_Trunc_i(double x) { return __builtin_trunc(x); }
static inline double go_math_Copysign_i(double x, double y) { return __builtin_copysign(x, y); }
static inline uint64_t go_math_Float64bits_i(double f) {
    uint64_t b;
    memcpy(&b, &f, sizeof b);
    return b;
}
static inline double go_math_Float64frombits_i(uint64_t b) {
    double f;
    memcpy(&f, &b, sizeof f);
    return f;
}
#define go_math_Sqrt(x) go_math_Sqrt_i(x)
#define go_math_Abs(x) go_math_Abs_i(x)
#define go_math_Floor(x) go_math_Floor_i(x)
#define go_math_Ceil(x) go_math_Ceil_i(x)
#define go_math_Trunc(x) go_math_Trunc_i(x)
#define go_math_Copysign(x, y) go_math_Copysign_i(x, y)
#define go_math_Float64bits(x) go_math_Float64bits_i(x)
#define go_math_Float64frombits(x) go_math_Float64frombits_i(x)
/* copy() of pointer-free elements is a memmove, inline as in gc (no write
 * barrier can be needed); other element types take the runtime's path. */
static inline intptr_t rt_slicecopy_i(const GoType *et, void *dst, intptr_t dstlen,
                                      const void *src, intptr_t srclen) {
    intptr_t n = dstlen < srclen ? dstlen : srclen;
    if (et->ptrdata == 0) {
        if (n <= 0) return n < 0 ? 0 : n;
        memmove(dst, src, (size_t)n * et->size);
        return n;
    }
    return rt_slicecopy(et, dst, dstlen, src, srclen);
}
#define rt_slicecopy(et, d, dl, s, sl) rt_slicecopy_i(et, d, dl, s, sl)
#endif

/* ============ 10. complex numbers (complex.c; codegen/cg_complex.c) ============ */
/* complex64 is C's _Complex float, complex128 _Complex double (gc's
 * layout: real part first).  Go's arithmetic is not C's: multiplication
 * is the plain formula (complex64 computed in float64, then rounded, as
 * gc does) and division the runtime's algorithm, never C's Annex G code. */
extern const GoType go_type_complex64, go_type_complex128;
bool rt_c64equal(const void *a, const void *b);   /* per part, float rules */
bool rt_c128equal(const void *a, const void *b);
uintptr_t rt_c64hash(const void *p, uintptr_t seed);  /* each part as a float */
uintptr_t rt_c128hash(const void *p, uintptr_t seed);
/* n / m with Go's results for zeros, infinities and NaNs (no panic). */
_Complex double rt_complex128div(_Complex double n, _Complex double m);
static inline _Complex double go_cmul128(_Complex double x, _Complex double y) {
    double a = __real__ x, b = __imag__ x, c = __real__ y, d = __imag__ y;
    return __builtin_complex(a * c - b * d, a * d + b * c);
}
static inline _Complex float go_cmul64(_Complex float x, _Complex float y) {
    double a = __real__ x, b = __imag__ x, c = __real__ y, d = __imag__ y;
    return __builtin_complex((float)(a * c - b * d), (float)(a * d + b * c));
}
static inline _Complex float go_cdiv64(_Complex float x, _Complex float y) {
    _Complex double q = rt_complex128div((_Complex double)x, (_Complex double)y);
    return __builtin_complex((float)__real__ q, (float)__imag__ q);
}


#endif
