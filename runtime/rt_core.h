/*
 * rt_core.h: the core runtime's interface to the rest of the runtime
 * (scheduler, GC, fmt, stdlib externs).  Generated C never includes this;
 * it sees gosub.h sections 1 and 4-7.
 *
 * The core runtime is: panics, defer and recover (panic.c), builtin print
 * (print.c), strings (string.c), slices (slice.c), interfaces (iface.c),
 * maps (map.c), the predeclared type descriptors (types_builtin.c) and the
 * hash functions (hash.c).
 */
#ifndef RT_CORE_H
#define RT_CORE_H

#include "runtime/gosub.h"

/* ---- hashing (hash.c) ---- */

/* The per-process random hash seed (set on first use from getrandom). */
extern uintptr_t rt_hashkey[4];
void rt_hash_init(void);
/* A cheap per-process random number (not the scheduler's fastrand: the
 * core runtime must work before the scheduler exists). */
uint64_t rt_core_rand(void);

/* ---- type descriptors (types_builtin.c, iface.c) ---- */

/* The func() string type (the Error and String methods' signature). */
extern const GoType go_type_func_string;
/* The func() type (RuntimeError's signature). */
extern const GoType go_type_func_void;
/* runtime.Error (interface { Error() string; RuntimeError() }) and the
 * runtime's error types, as %T prints them. */
extern const GoType rt_type_runtime_Error;
extern const GoType rt_type_boundsError;        /* runtime.boundsError */
extern const GoType rt_type_errorString;        /* runtime.errorString */
extern const GoType rt_type_plainError;         /* runtime.plainError */
extern const GoType rt_type_TypeAssertionError; /* runtime.TypeAssertionError */
extern const GoType rt_type_ptr_TypeAssertionError; /* *runtime.TypeAssertionError */

/* Structural identity for types that may have several descriptors (the
 * runtime's own method signatures against codegen's): pointer equality,
 * else same kind and same type string and package. */
bool rt_types_identical(const GoType *a, const GoType *b);
/* The method `name` in t's method set, or NULL. */
const GoMethod *rt_find_method(const GoType *t, const char *name);
/* If v's dynamic type has method `name` with signature func() string
 * (Error, String), calls it and returns true. */
bool rt_call_string_method(GoEface v, const char *name, GoString *out);
/* The data word of an interface as a pointer to the value (direct-iface
 * types keep the value in the word itself). */
static inline const void *rt_eface_valptr(const GoEface *e) {
    return (e->type && (e->type->tflag & GO_TF_DIRECTIFACE)) ? (const void *)&e->data : e->data;
}

/* ---- panics (panic.c) ---- */

/* A panic in flight; G.panic_chain points to the newest. */
typedef struct RtPanic {
    struct RtPanic *link;     /* the panic that was running when this began */
    GoEface arg;              /* panic's argument */
    GoDeferFrame *frame;      /* frame whose deferred call this panic runs */
    const void *armed;        /* ident of that deferred call until it claims */
    bool recovered;
    bool aborted;             /* a later panic unwound past its deferred call */
    bool goexit;              /* runtime.Goexit, not a panic */
} RtPanic;

/* Panics with a runtime.errorString ("runtime error: " + msg). */
_Noreturn void rt_panic_errorstring(const char *msg);
/* panic(msg): panics with a Go string value (msg is copied). */
_Noreturn void rt_panic_string(const char *msg);
/* Panics with a runtime.plainError (msg as is: "assignment to entry in nil
 * map", "close of nil channel", "send on closed channel", ...). */
_Noreturn void rt_panic_plain(const char *msg);
/* runtime.Goexit's part: runs every pending deferred call of the current
 * goroutine (recover returns nil meanwhile); the scheduler then calls
 * rt_goexit. */
void rt_goexit_run_defers(void);
/* Prints "fatal error: msg" and exits 2 (for areas without their own). */
_Noreturn void rt_fatal(const char *msg);
/* Flushes buffered program output before the process dies (fmt's buffers:
 * fmt defines rt_flush_output if it buffers os.Stdout; weak here). */
void rt_flush_output(void) __attribute__((weak));
/* Go-syntax printing of a panic value into the print buffer (print.c). */
void rt_printpanicval(GoEface v);

/* ---- print buffer (print.c) ---- */
void rt_print_cstr(const char *s);
void rt_print_bytes(const void *p, intptr_t n);
void rt_print_flush(void);

/* ---- strings (string.c) ---- */
/* A new heap string holding a copy of p[0..n). */
GoString rt_gostringn(const void *p, intptr_t n);
/* A static string from a C literal (not copied). */
static inline GoString rt_cstr(const char *s) {
    GoString g = {(const uint8_t *)s, (intptr_t)strlen(s)};
    return g;
}

/* ---- maps (map.c): what fmt needs to print maps ---- */
/* Number of entries; every entry's key/value address in some order is
 * visited by the iterator in gosub.h section 7. */
intptr_t rt_map_count(const GoMap *m);

#endif
