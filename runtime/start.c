/*
 * start.c: program start (rt_main, gosub.h section 3) and the parts of
 * package runtime that need the core runtime (Goexit).
 *
 * rt_main runs on the OS thread: it sets up the heap and the globals'
 * roots, builds os.Args, then runs package initialisation and main.main
 * on the main goroutine (goid 1) through rt_sched_main.  When main.main
 * returns the program ends with status 0 even if other goroutines are
 * still running or blocked, as in Go.  Fatal errors and unrecovered panics
 * exit(2) from wherever they happen and never come back here.
 */
#include "runtime/rt_sched.h"
#include "runtime/rt_gc.h"
#include "runtime/rt_core.h"

#include <stdio.h>

/* The main goroutine's body: package init, then main.main. */
static void main_goroutine(void *arg) {
    void (**fns)(void) = arg;
    if (fns[0]) fns[0]();
    fns[1]();
}

int rt_main(int argc, char **argv, const GoRoot *roots, int nroots, void (*init)(void),
            void (*main_main)(void)) {
    rt_gc_init();
    if (nroots > 0) rt_gc_register_roots(roots, nroots);
    /* os.Args: a []string in the heap, reachable through a conservative
     * root on rt_os_args itself */
    rt_gc_add_root_range(&rt_os_args, (char *)&rt_os_args + sizeof rt_os_args);
    GoString *args = rt_alloc(sizeof(GoString) * (uintptr_t)(argc > 0 ? argc : 1), &go_type_string);
    rt_os_args.p = args;
    rt_os_args.len = rt_os_args.cap = argc;
    for (int i = 0; i < argc; i++) {
        GoString s = rt_gostringn(argv[i], (intptr_t)strlen(argv[i]));
        GO_WB(&args[i].p, s.p);
        args[i].n = s.n;
    }
    void (*fns[2])(void) = {init, main_main};
    rt_sched_main(main_goroutine, fns);
    if (rt_flush_output) rt_flush_output();
    fflush(stdout);
    return 0;
}

void go_runtime_Goexit(void) {
    rt_goexit_run_defers();
    rt_goexit();
}
