/*
 * test_runtime_traceback.c: runtime/panic_trace.c, the Go-shaped frames of
 * a fatal panic: names through the generated table (defined here as
 * generated code defines it), GCC clone suffixes, the fallback spelling,
 * and symbolizing a real backtrace of this binary (when addr2line exists).
 */
#include <criterion/criterion.h>
#include <execinfo.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/panic_trace.h"

/* what codegen emits at the end of a program (cg_emit.c) */
const RtGoFuncName rt_gofuncs[] = {
    {"main_T_get", "main.(*T).get", 2},
    {"main_main", "main.main", 0},
    {"main_main_func1", "main.main.func1", 1},
    {NULL, NULL, 0},
};

Test(runtime_traceback, table_names) {
    char buf[64];
    int np = 9;
    rt_tb_goname("main_T_get", buf, sizeof buf, &np);
    cr_assert_str_eq(buf, "main.(*T).get");
    cr_assert_eq(np, 2);
    rt_tb_goname("main_main", buf, sizeof buf, &np);
    cr_assert_str_eq(buf, "main.main");
    cr_assert_eq(np, 0);
}

Test(runtime_traceback, clone_suffix_dropped) {
    char buf[64];
    int np = 9;
    rt_tb_goname("main_main_func1.constprop.0", buf, sizeof buf, &np);
    cr_assert_str_eq(buf, "main.main.func1");
    cr_assert_eq(np, 1);
}

Test(runtime_traceback, fallback_spelling) {
    char buf[64];
    int np = 9;
    rt_tb_goname("strings_Index.isra.0", buf, sizeof buf, &np);
    cr_assert_str_eq(buf, "strings.Index");
    cr_assert_eq(np, -1);
}

static __attribute__((noinline)) int collect(RtTbFrame *fr, int max) {
    void *pcs[32];
    int n = backtrace(pcs, 32);
    return rt_tb_symbolize(pcs, n, fr, max);
}

Test(runtime_traceback, symbolizes_own_frames) {
    if (system("addr2line --version >/dev/null 2>&1") != 0) cr_skip_test("no addr2line");
    RtTbFrame fr[32];
    int k = collect(fr, 32);
    bool found = false;
    for (int i = 0; i < k; i++) {
        cr_assert_gt(fr[i].line, 0, "frame %s has no line", fr[i].func);
        if (strstr(fr[i].file, "test_runtime_traceback.c") && strcmp(fr[i].func, "collect") == 0) found = true;
    }
    cr_assert(found, "collect() not among %d frames", k);
}
