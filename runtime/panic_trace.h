/*
 * panic_trace.h: Go-shaped tracebacks of the running goroutine
 * (panic_trace.c), shared by the fatal-panic report (panic.c) and anyone
 * else who prints frames (the scheduler's traceback of other goroutines).
 *
 * A frame prints as Go prints it:
 *
 *     main.(*T).get(...)            an inlined call: "(...)", no offset
 *         /path/x.go:7
 *     main.f(...)                   "(...)": gosub does not print argument words
 *         /path/x.go:12 +0x3f       +0x: pc - function entry
 *     main.main()                   "()": a function without parameters
 *         /path/x.go:17 +0x65
 *
 * Function names come from the table the code generator emits
 * (rt_gofuncs: C symbol -> Go name, parameter count); file:line from the
 * DWARF line table that the #line directives of generated C produce, read
 * with addr2line (binutils); function entries from the executable's ELF
 * symbol table.  Runtime C frames are left out.  Without addr2line the
 * frames are simply not printed (the "goroutine N [...]:" header still is).
 */
#ifndef GOSUB_PANIC_TRACE_H
#define GOSUB_PANIC_TRACE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct RtTbFrame {
    char func[192];   /* Go spelling: "main.(*T).get" */
    char file[512];   /* "/path/x.go" */
    int line;
    uintptr_t pc;     /* the return address the frame came from */
    uintptr_t off;    /* pc - entry of the C function (0 if unknown) */
    bool inlined;     /* an inlined call (Go prints "(...)" and no offset) */
    bool noargs;      /* known to have no parameters: "()" */
    bool is_main;     /* main.main: the walk of goroutine 1 stops here */
} RtTbFrame;

/* The entry of generated code's table (generated C defines the array,
 * ended by a {NULL, NULL, 0} entry; weak: absent in runtime-only links). */
typedef struct RtGoFuncName {
    const char *c;    /* C symbol: "main_T_get" */
    const char *go;   /* Go name: "main.(*T).get" */
    int nparams;      /* parameters, receiver included */
} RtGoFuncName;

/* Symbolizes return addresses pcs[0..n) into Go frames (inlined calls
 * expanded, innermost first), skipping runtime C frames and stopping
 * after main.main.  Returns the number of frames stored in out. */
int rt_tb_symbolize(void *const *pcs, int n, RtTbFrame *out, int max);

/* The same for many addresses at once (one addr2line run, addresses
 * passed through a file), without the stop at main.main: the frames of
 * pcs[i] are out[first[i] .. first[i] + count[i]).  For the reports that
 * list every goroutine. */
int rt_tb_symbolize_many(void *const *pcs, int n, RtTbFrame *out, int max, int *first, int *count);

/* Go spelling of a C function symbol (table lookup, else the first '_'
 * becomes '.'); GCC clone suffixes (".constprop.0") are dropped. */
void rt_tb_goname(const char *csym, char *out, size_t n, int *nparams);

/* Prints frames in Go's two-line shape with rt_print_cstr (inside the
 * caller's rt_printlock section). */
void rt_tb_print(const RtTbFrame *fr, int n);

/* Backtrace of the calling goroutine, printed as above (GOTRACEBACK=none:
 * nothing).  skip: innermost return addresses to drop before symbolizing. */
void rt_tb_print_current(int skip);

#endif
