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
/* Owned by the core-runtime area: see panic.c for the protocol between
 * generated code and the defer/panic machinery. */

/* Run-time error panics with Go's exact text ("runtime error: ..."). */
_Noreturn void rt_panic_index(intptr_t i, intptr_t len);
_Noreturn void rt_panic_nil(void);
_Noreturn void rt_panic_divide(void);
/* panic(v) */
_Noreturn void rt_gopanic(GoEface v);

/* Later sections (5-9) are added by their owners below this line. */

/* ============ 8. goroutines, channels, select, time, sync (sched_*.c, chan.c, select.c, time.c, sync.c, atomic.c) ============ */

/* go f(x): codegen packs the call into fn/arg (arg: a heap object holding
 * the function value and the evaluated arguments; kept alive by the
 * goroutine until fn returns).  The new goroutine runs next (Go's runnext). */
void rt_go(void (*fn)(void *arg), void *arg);
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

#endif
