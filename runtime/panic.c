/*
 * panic.c: defer, panic and recover, the run-time error values and the
 * report of an unrecovered panic.
 *
 * ---- The protocol with generated code (gosub.h section 4) ----
 *
 * Data: every goroutine G has two chains (G.defer_chain, G.panic_chain).
 *   - defer_chain: the GoDeferFrame records of the active functions that
 *     contain a defer statement, newest first.  A frame lives in its
 *     function's C frame; rt_defer_enter links it at function entry and
 *     rt_defer_return unlinks it at function exit.  Each frame holds its
 *     pending deferred calls (GoDefer, newest first) and a jmp_buf set at
 *     entry.  Functions without defer have no record: they cost nothing.
 *   - panic_chain: the panics in flight (RtPanic, on the C stack of the
 *     rt_gopanic call that raised them), newest first.
 *
 * Normal return: `return` stores the results and jumps to the function's
 * exit label, which calls rt_defer_return: it pops and runs the deferred
 * calls one by one (each record is removed before its call, so a panic in
 * it never runs it twice), then unlinks the frame.
 *
 * panic(v): rt_gopanic pushes an RtPanic and repeatedly takes the newest
 * frame of the goroutine: if it has a pending deferred call, pop and run it;
 * if not, unlink the frame (that function is being unwound) and go on with
 * the next.  After each call, if the panic was recovered, the panic leaves
 * the chain and we longjmp to the frame whose deferred call recovered:
 * setjmp returns 1 there, the function jumps to its exit label, runs its
 * remaining deferred calls through rt_defer_return and returns its result
 * variables (hence they must be volatile) -- Go's "the function returns
 * normally to its caller".  If no frame is left, the panic is fatal: the
 * chain is printed oldest first ("panic: first [recovered]\n\tpanic:
 * second") and the process exits with status 2.
 *
 * Nested panics: a deferred call run by panic P1 may itself panic (P2).
 * P2 unwinds the frames created inside that call, then reaches the frame F
 * whose call P1 was running (P1.frame == F): that call is being abandoned,
 * so P1 is marked aborted and P2 goes on with F's next deferred call.  When
 * P2 is recovered, aborted panics under it leave the chain too, as in Go.
 *
 * recover(): Go's rule is that it stops the panic only when called directly
 * by the deferred function that the panic is running (not by a function it
 * calls, not from a deferred call run by a normal return).  Each GoDefer
 * carries `ident`, the address of the C function that is the deferred
 * function.  Before running a deferred call the panic "arms" itself with
 * that ident.  A function whose body calls recover() claims at entry
 * (rt_recover_claim(self, alt)): if the newest panic is armed with self (or
 * alt, its interface wrapper), the claim disarms it and returns the panic as
 * a token; any other function gets NULL.  Since every function that calls
 * recover claims at its entry, a recursive or helper call sees a disarmed
 * panic; rt_gorecover(tok) succeeds only if tok is still the newest panic
 * and not yet recovered.  panic(nil) is recovered like any value (Go 1.19:
 * recover then returns nil).  Wrappers are transparent: a method-value
 * closure or interface wrapper whose target calls recover forwards the
 * arming to its target (rt_recover_forward), or the target claims with the
 * wrapper as `alt`.  `defer recover()` is a closure that recovers with the
 * enclosing function's token, so it works exactly when that function is
 * itself the deferred function being run (Go's test/recover.go test2/test4).
 *
 * runtime.Goexit runs every pending deferred call with a "goexit" pseudo
 * panic on the chain (recover returns nil), then the scheduler ends the
 * goroutine.  os.Exit never comes here: defers do not run.
 *
 * ---- Run-time errors ----
 *
 * They are runtime.Error values, as in Go: runtime.boundsError (index and
 * slice bounds), runtime.errorString ("runtime error: integer divide by
 * zero", ...), runtime.plainError (no "runtime error: " prefix: nil map
 * assignment, channel misuse) and *runtime.TypeAssertionError.  Each type
 * has a descriptor with Error and RuntimeError methods, so recovered values
 * print through fmt and assert to runtime.Error.
 */
#include "runtime/rt_core.h"
#include "runtime/rt_gc.h"
#include "runtime/rt_sched.h"
#include "runtime/panic_trace.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* ---------------- per-goroutine chains ---------------- */

/* Before the scheduler exists rt_getg() may be NULL: use a stand-in. */
static struct {
    void *defer_chain, *panic_chain;
} g_none;

static inline void **defer_chain_slot(void) {
    G *g = rt_getg();
    return g ? &g->defer_chain : &g_none.defer_chain;
}

static inline void **panic_chain_slot(void) {
    G *g = rt_getg();
    return g ? &g->panic_chain : &g_none.panic_chain;
}

static int64_t cur_goid(void) {
    G *g = rt_getg();
    return g ? g->goid : 1;
}

/* A nil dereference sets this; a full recovery clears it (Go's gp.sig). */
static bool sig_pending;
static uintptr_t sig_addr, sig_pc; /* the [signal SIGSEGV ...] line's addr= and pc= */

/* ---------------- defer ---------------- */

void rt_defer_enter_k(GoDeferFrame *fr, int sjkind) {
    void **slot = defer_chain_slot();
    fr->link = *slot;
    fr->defers = NULL;
    fr->sjkind = sjkind;
    *slot = fr;
}

void rt_defer_enter(GoDeferFrame *fr) { rt_defer_enter_k(fr, 0); }

/* GoDefer on the heap: link and fn are pointers the GC must see. */
static const uint8_t defer_mask[1] = {3};
static const GoType defer_rec_type = {
    .size = sizeof(GoDefer), .ptrdata = 16, .hash = 0x1b00b001u, .align = 8,
    .field_align = 8, .kind = GO_STRUCT, .gcmask = defer_mask,
    .string = "runtime._defer", .pkgpath = "runtime",
};

/* Records of deferred calls that have run, for reuse (gc keeps a pool
 * per P, bounded, and a central one that each collection empties:
 * a defer in a loop allocates its record only the first time).  Goroutines
 * run one at a time here and nothing below allocates between taking and
 * linking a record, so one pool serves them all.  The pool heads are a
 * root range: pooled records (heap objects, linked through link) survive
 * collections until the central list is dropped. */
enum { DEFER_POOL_LOCAL = 32 };
static struct {
    GoDefer *local;   /* at most DEFER_POOL_LOCAL records, kept across collections */
    GoDefer *central; /* the overflow, dropped at each collection */
    int nlocal;
} defer_pool;
static bool defer_pool_rooted;

static void defer_pool_cleanup(void) { defer_pool.central = NULL; }

void rt_defer_new(GoDeferFrame *fr, GoFunc *fn, const void *ident) {
    GoDefer *d;
    if (defer_pool.local) {
        d = defer_pool.local;
        defer_pool.local = d->link;
        defer_pool.nlocal--;
    } else if (defer_pool.central) {
        d = defer_pool.central;
        defer_pool.central = d->link;
    } else {
        if (!defer_pool_rooted) {
            defer_pool_rooted = true;
            rt_gc_add_root_range(&defer_pool, (char *)&defer_pool + sizeof defer_pool);
            rt_gc_register_pool_cleanup(defer_pool_cleanup);
        }
        d = rt_new(&defer_rec_type);
    }
    d->fn = fn;
    d->ident = ident;
    rt_defer_push(fr, d);
}

/* d (popped from its frame) has run: a heap record (rt_defer_new's) goes back to the pool,
 * without its closure (which may be collected now). */
static void defer_free(GoDefer *d) {
    uintptr_t size;
    if (rt_gc_find_object(d, &size) != (void *)d) return; /* a record in a C frame */
    d->fn = NULL;
    d->ident = NULL;
    if (defer_pool.nlocal < DEFER_POOL_LOCAL) {
        d->link = defer_pool.local;
        defer_pool.local = d;
        defer_pool.nlocal++;
    } else {
        d->link = defer_pool.central;
        defer_pool.central = d;
    }
}

static inline void call_deferred(GoDefer *d) {
    GoFunc *fn = d->fn;
    if (!fn) rt_panic_nil(); /* defer of a nil func value panics when run */
    ((void (*)(GoFunc *))fn->fn)(fn);
}

void rt_defer_return(GoDeferFrame *fr) {
    GoDefer *d;
    while ((d = fr->defers) != NULL) {
        fr->defers = d->link;
        call_deferred(d);
        defer_free(d);
    }
    void **slot = defer_chain_slot();
    /* fr is the newest frame: deeper ones were unlinked by their returns
     * or by the panic that unwound them. */
    *slot = fr->link;
}

/* ---------------- recover ---------------- */

void *rt_recover_claim(const void *self, const void *alt) {
    RtPanic *p = *panic_chain_slot();
    if (!p || !p->armed) return NULL;
    if (p->armed != self && (!alt || p->armed != alt)) return NULL;
    p->armed = NULL;
    return p;
}

void rt_recover_forward(const void *self, const void *target) {
    RtPanic *p = *panic_chain_slot();
    if (p && p->armed == self) p->armed = target;
}

GoEface rt_gorecover(void *tok) {
    GoEface nil = {NULL, NULL};
    RtPanic *p = *panic_chain_slot();
    if (!tok || p != tok || p->recovered || p->goexit) return nil;
    p->recovered = true;
    return p->arg;
}

/* ---------------- panic ---------------- */

static _Noreturn void fatal_panic(RtPanic *p);

_Noreturn void rt_gopanic(GoEface v) {
    void **pslot = panic_chain_slot();
    void **dslot = defer_chain_slot();
    RtPanic p;
    memset(&p, 0, sizeof p);
    p.arg = v;
    p.link = *pslot;
    *pslot = &p;

    for (;;) {
        GoDeferFrame *fr = *dslot;
        if (!fr) break;
        /* Older panics running one of fr's deferred calls lose that call. */
        for (RtPanic *q = p.link; q; q = q->link)
            if (q->frame == fr) q->aborted = true;
        GoDefer *d = fr->defers;
        if (!d) {
            *dslot = fr->link; /* this function is unwound */
            continue;
        }
        fr->defers = d->link;
        p.frame = fr;
        p.armed = d->ident;
        call_deferred(d);
        defer_free(d);
        p.armed = NULL;
        p.frame = NULL;
        if (p.recovered) {
            RtPanic *q = p.link;
            while (q && q->aborted) q = q->link;
            *pslot = q;
            if (!q) sig_pending = false;
            if (fr->sjkind) __builtin_longjmp(fr->bjb, 1);
            longjmp(fr->jb, 1);
        }
    }
    fatal_panic(&p);
}

void rt_goexit_run_defers(void) {
    void **pslot = panic_chain_slot();
    void **dslot = defer_chain_slot();
    RtPanic p;
    memset(&p, 0, sizeof p);
    p.goexit = true;
    p.link = *pslot;
    *pslot = &p;
    GoDeferFrame *fr;
    while ((fr = *dslot) != NULL) {
        GoDefer *d = fr->defers;
        if (!d) {
            *dslot = fr->link;
            continue;
        }
        fr->defers = d->link;
        p.frame = fr;
        call_deferred(d);
        defer_free(d);
        p.frame = NULL;
    }
    *pslot = p.link;
}

/* ---------------- the fatal report ---------------- */

/* Set while Error/String methods of dying panics run: a panic escaping
 * one of them is Go's "panic while printing panic value" throw. */
static bool in_preprint;

/* Go replaces error and Stringer values by their text before printing. */
static void preprint(RtPanic *p) {
    in_preprint = true;
    for (; p; p = p->link) {
        if (p->goexit || !p->arg.type) continue;
        GoString s;
        if (rt_call_string_method(p->arg, "Error", &s) ||
            rt_call_string_method(p->arg, "String", &s)) {
            GoString *box = rt_alloc(sizeof(GoString), &go_type_string);
            *box = s;
            p->arg.type = &go_type_string;
            p->arg.data = box;
        }
    }
    in_preprint = false;
}

static void print_chain(RtPanic *p) {
    if (p->link) {
        print_chain(p->link);
        if (!p->link->goexit) rt_print_cstr("\t");
    }
    if (p->goexit) return;
    rt_print_cstr("panic: ");
    rt_printpanicval(p->arg);
    if (p->recovered) rt_print_cstr(" [recovered]");
    rt_print_cstr("\n");
}

/* Frames in Go's two-line shape: panic_trace.c (runtime C frames are
 * skipped and the walk stops at main.main).  The golden runner ignores
 * everything from the goroutine header on, so this is for people reading
 * a crash. */
static void print_frames(void) { rt_tb_print_current(0); }

static _Noreturn void fatal_panic(RtPanic *p) {
    if (in_preprint) {
        char msg[512];
        const GoType *t = p->arg.type;
        if (t == &go_type_string) {
            const GoString *s = p->arg.data;
            snprintf(msg, sizeof msg, "panic while printing panic value: %.*s", (int)s->n,
                     (const char *)s->p);
        } else if (t) {
            snprintf(msg, sizeof msg, "panic while printing panic value: type %s", t->string);
        } else {
            snprintf(msg, sizeof msg, "panic while printing panic value");
        }
        if (!sig_pending) rt_throw(msg);
        /* Go's throw names the signal a nil dereference inside the
         * method raised (dopanic_m prints gp.sig) */
        if (rt_flush_output) rt_flush_output();
        fflush(stdout);
        char sig[700];
        snprintf(sig, sizeof sig,
                 "fatal error: %s\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x%" PRIxPTR " pc=0x%" PRIxPTR "]\n",
                 msg, sig_addr, sig_pc);
        rt_print_cstr(sig);
        rt_sched_print_goroutines();
        fflush(stderr);
        _exit(2);
    }
    preprint(p);
    rt_printlock();
    print_chain(p);
    if (sig_pending) {
        char sig[128];
        snprintf(sig, sizeof sig, "[signal SIGSEGV: segmentation violation code=0x1 addr=0x%" PRIxPTR " pc=0x%" PRIxPTR "]\n",
                 sig_addr, sig_pc);
        rt_print_cstr(sig);
    }
    char hdr[64];
    snprintf(hdr, sizeof hdr, "\ngoroutine %" PRId64 " [running]:\n", cur_goid());
    rt_print_cstr(hdr);
    print_frames();
    rt_printunlock();
    fflush(stdout);
    fflush(stderr);
    _exit(2);
}

_Noreturn void rt_fatal(const char *msg) {
    rt_printlock();
    rt_print_cstr("fatal error: ");
    rt_print_cstr(msg);
    rt_print_cstr("\n");
    rt_printunlock();
    fflush(stdout);
    fflush(stderr);
    _exit(2);
}

/* ---------------- runtime error types ---------------- */

static GoString errstr_runtime(const char *body, size_t n) {
    static const char pre[] = "runtime error: ";
    uint8_t *q = rt_alloc(sizeof pre - 1 + n, NULL);
    memcpy(q, pre, sizeof pre - 1);
    memcpy(q + sizeof pre - 1, body, n);
    GoString s = {q, (intptr_t)(sizeof pre - 1 + n)};
    return s;
}

static void noop_method(void *data) { (void)data; }

/* runtime.boundsError: the x/y/signed/code of Go's, formatted on demand. */
typedef struct BoundsError {
    int64_t x;
    int64_t y;
    bool xsigned;
    uint8_t code;
} BoundsError;

enum {
    B_INDEX, B_ALEN, B_ACAP, B_B, B_3ALEN, B_3ACAP, B_3B, B_3C, B_CONVERT, B_NCODES
};

static const char *const bounds_fmt[B_NCODES] = {
    "index out of range [%x] with length %y",
    "slice bounds out of range [:%x] with length %y",
    "slice bounds out of range [:%x] with capacity %y",
    "slice bounds out of range [%x:%y]",
    "slice bounds out of range [::%x] with length %y",
    "slice bounds out of range [::%x] with capacity %y",
    "slice bounds out of range [:%x:%y]",
    "slice bounds out of range [%x:%y:]",
    "cannot convert slice with length %y to pointer to array with length %x",
};

/* With a negative x the other bound is irrelevant: shorter texts. */
static const char *const bounds_negfmt[B_NCODES] = {
    "index out of range [%x]",
    "slice bounds out of range [:%x]",
    "slice bounds out of range [:%x]",
    "slice bounds out of range [%x:]",
    "slice bounds out of range [::%x]",
    "slice bounds out of range [::%x]",
    "slice bounds out of range [:%x:]",
    "slice bounds out of range [%x::]",
    "cannot convert slice with length %y to pointer to array with length %x",
};

static GoString bounds_error_text(const BoundsError *e) {
    const char *f = (e->xsigned && e->x < 0) ? bounds_negfmt[e->code] : bounds_fmt[e->code];
    char out[256];
    size_t n = 0;
    for (; *f && n < sizeof out - 32; f++) {
        if (f[0] == '%' && (f[1] == 'x' || f[1] == 'y')) {
            if (f[1] == 'x')
                n += (size_t)(e->xsigned ? snprintf(out + n, 32, "%" PRId64, e->x)
                                         : snprintf(out + n, 32, "%" PRIu64, (uint64_t)e->x));
            else
                n += (size_t)snprintf(out + n, 32, "%" PRId64, e->y);
            f++;
        } else {
            out[n++] = (char)*f;
        }
    }
    return errstr_runtime(out, n);
}

static GoString boundsError_Error_ifn(void *data) { return bounds_error_text(data); }
static GoString boundsError_Error_tfn(BoundsError e) { return bounds_error_text(&e); }
static void boundsError_RuntimeError_tfn(BoundsError e) { (void)e; }

static const GoMethod boundsError_methods[2] = {
    {"Error", &go_type_func_string, (void (*)(void))boundsError_Error_ifn,
     (void (*)(void))boundsError_Error_tfn},
    {"RuntimeError", &go_type_func_void, (void (*)(void))noop_method,
     (void (*)(void))boundsError_RuntimeError_tfn},
};

static bool boundsError_equal(const void *a, const void *b) {
    const BoundsError *x = a, *y = b;
    return x->x == y->x && x->y == y->y && x->xsigned == y->xsigned && x->code == y->code;
}

static uintptr_t boundsError_hash(const void *p, uintptr_t seed) {
    const BoundsError *e = p;
    uintptr_t h = rt_memhash(&e->x, seed, 16);
    uint8_t tail[2] = {e->xsigned, e->code};
    return rt_memhash(tail, h, 2);
}

const GoType rt_type_boundsError = {
    .size = sizeof(BoundsError), .ptrdata = 0, .hash = 0x1b00b002u,
    .tflag = GO_TF_COMPARABLE | GO_TF_NAMED | GO_TF_NOPOINTERS, .align = 8,
    .field_align = 8, .kind = GO_STRUCT, .equal = boundsError_equal,
    .hashfn = boundsError_hash, .string = "runtime.boundsError",
    .pkgpath = "runtime", .nmethods = 2, .methods = boundsError_methods,
};

/* runtime.errorString: "runtime error: " + the string. */
static GoString errorString_Error_ifn(void *data) {
    const GoString *s = data;
    return errstr_runtime((const char *)s->p, (size_t)s->n);
}
static GoString errorString_Error_tfn(GoString s) { return errorString_Error_ifn(&s); }
static void errorString_RuntimeError_tfn(GoString s) { (void)s; }

static const GoMethod errorString_methods[2] = {
    {"Error", &go_type_func_string, (void (*)(void))errorString_Error_ifn,
     (void (*)(void))errorString_Error_tfn},
    {"RuntimeError", &go_type_func_void, (void (*)(void))noop_method,
     (void (*)(void))errorString_RuntimeError_tfn},
};

static const uint8_t mask_1[1] = {1};

const GoType rt_type_errorString = {
    .size = 16, .ptrdata = 8, .hash = 0x1b00b003u,
    .tflag = GO_TF_COMPARABLE | GO_TF_NAMED, .align = 8, .field_align = 8,
    .kind = GO_STRING, .equal = rt_strequal, .hashfn = rt_strhash,
    .gcmask = mask_1, .string = "runtime.errorString", .pkgpath = "runtime",
    .nmethods = 2, .methods = errorString_methods,
};

/* runtime.plainError: the string as is. */
static GoString plainError_Error_ifn(void *data) { return *(const GoString *)data; }
static GoString plainError_Error_tfn(GoString s) { return s; }

static const GoMethod plainError_methods[2] = {
    {"Error", &go_type_func_string, (void (*)(void))plainError_Error_ifn,
     (void (*)(void))plainError_Error_tfn},
    {"RuntimeError", &go_type_func_void, (void (*)(void))noop_method,
     (void (*)(void))errorString_RuntimeError_tfn},
};

const GoType rt_type_plainError = {
    .size = 16, .ptrdata = 8, .hash = 0x1b00b004u,
    .tflag = GO_TF_COMPARABLE | GO_TF_NAMED, .align = 8, .field_align = 8,
    .kind = GO_STRING, .equal = rt_strequal, .hashfn = rt_strhash,
    .gcmask = mask_1, .string = "runtime.plainError", .pkgpath = "runtime",
    .nmethods = 2, .methods = plainError_methods,
};

/* runtime.Error, for the runtime's own use (codegen has its descriptor of
 * the stdlib's declaration; itabs match methods by name and signature). */
static const GoIMethod runtime_Error_imethods[2] = {
    {"Error", &go_type_func_string},
    {"RuntimeError", &go_type_func_void},
};
static const uint8_t mask_3[1] = {3};
const GoType rt_type_runtime_Error = {
    .size = 16, .ptrdata = 16, .hash = 0x1b00b005u,
    .tflag = GO_TF_COMPARABLE | GO_TF_NAMED, .align = 8, .field_align = 8,
    .kind = GO_INTERFACE, .equal = rt_ifaceeq_p, .hashfn = rt_ifacehash,
    .gcmask = mask_3, .string = "runtime.Error", .pkgpath = "runtime",
    .imethods = runtime_Error_imethods, .nimethods = 2,
};

/* ---------------- raising run-time errors ---------------- */

_Noreturn void rt_panic_bounds(int code, int64_t x, int64_t y, bool xsigned) {
    BoundsError *e = rt_alloc(sizeof *e, &rt_type_boundsError);
    e->x = x;
    e->y = y;
    e->xsigned = xsigned;
    e->code = (uint8_t)(code >= 0 && code < B_NCODES ? code : 0);
    GoEface v = {&rt_type_boundsError, e};
    rt_gopanic(v);
}

_Noreturn void rt_panic_index(intptr_t i, intptr_t len) { rt_panic_bounds(B_INDEX, i, len, true); }
_Noreturn void rt_panic_index_u(uintptr_t i, intptr_t len) {
    rt_panic_bounds(B_INDEX, (int64_t)i, len, false);
}
_Noreturn void rt_panic_slice_alen(intptr_t x, intptr_t y) { rt_panic_bounds(B_ALEN, x, y, true); }
_Noreturn void rt_panic_slice_acap(intptr_t x, intptr_t y) { rt_panic_bounds(B_ACAP, x, y, true); }
_Noreturn void rt_panic_slice_b(intptr_t x, intptr_t y) { rt_panic_bounds(B_B, x, y, true); }
_Noreturn void rt_panic_slice3_alen(intptr_t x, intptr_t y) { rt_panic_bounds(B_3ALEN, x, y, true); }
_Noreturn void rt_panic_slice3_acap(intptr_t x, intptr_t y) { rt_panic_bounds(B_3ACAP, x, y, true); }
_Noreturn void rt_panic_slice3_b(intptr_t x, intptr_t y) { rt_panic_bounds(B_3B, x, y, true); }
_Noreturn void rt_panic_slice3_c(intptr_t x, intptr_t y) { rt_panic_bounds(B_3C, x, y, true); }
_Noreturn void rt_panic_slice_convert(intptr_t arraylen, intptr_t slicelen) {
    rt_panic_bounds(B_CONVERT, arraylen, slicelen, true);
}

static _Noreturn void panic_string_value(const GoType *t, const char *msg) {
    GoString *s = rt_alloc(sizeof(GoString), t);
    *s = rt_cstr(msg);
    GoEface v = {t, s};
    rt_gopanic(v);
}

_Noreturn void rt_panic_errorstring(const char *msg) {
    /* msg may live in a caller's buffer: keep a heap copy */
    GoString *s = rt_alloc(sizeof(GoString), &rt_type_errorString);
    *s = rt_gostringn(msg, (intptr_t)strlen(msg));
    GoEface v = {&rt_type_errorString, s};
    rt_gopanic(v);
}

_Noreturn void rt_panic_string(const char *msg) {
    GoString *s = rt_alloc(sizeof(GoString), &go_type_string);
    *s = rt_gostringn(msg, (intptr_t)strlen(msg)); /* msg may live in a caller's buffer */
    rt_gopanic((GoEface){&go_type_string, s});
}

_Noreturn void rt_panic_plain(const char *msg) {
    GoString *s = rt_alloc(sizeof(GoString), &rt_type_plainError);
    *s = rt_gostringn(msg, (intptr_t)strlen(msg));
    GoEface v = {&rt_type_plainError, s};
    rt_gopanic(v);
}

static _Noreturn void panic_nil(uintptr_t addr, uintptr_t pc) {
    sig_pending = true;
    sig_addr = addr;
    sig_pc = pc;
    panic_string_value(&rt_type_errorString, "invalid memory address or nil pointer dereference");
}

/* pc: the check's return address stands for gc's faulting instruction. */
__attribute__((noinline)) _Noreturn void rt_panic_nil(void) {
    panic_nil(0, (uintptr_t)__builtin_return_address(0));
}
__attribute__((noinline)) _Noreturn void rt_panic_nil_addr(uintptr_t addr) {
    panic_nil(addr, (uintptr_t)__builtin_return_address(0));
}

_Noreturn void rt_panic_divide(void) { panic_string_value(&rt_type_errorString, "integer divide by zero"); }
_Noreturn void rt_panic_shift(void) { panic_string_value(&rt_type_errorString, "negative shift amount"); }
_Noreturn void rt_panic_makeslicelen(void) {
    panic_string_value(&rt_type_errorString, "makeslice: len out of range");
}
_Noreturn void rt_panic_makeslicecap(void) {
    panic_string_value(&rt_type_errorString, "makeslice: cap out of range");
}

_Noreturn void rt_panicwrap(const char *pkg, const char *typ, const char *meth) {
    char msg[512];
    snprintf(msg, sizeof msg, "value method %s.%s.%s called using nil *%s pointer", pkg, typ,
             meth, typ);
    rt_panic_plain(msg);
}
