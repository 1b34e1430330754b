/*
 * test_rt_core.h: helpers shared by the core runtime's unit tests
 * (test_rt_core_*.c): running a body as the main goroutine in a forked
 * child and capturing its stderr and exit status (for fatal panics), and
 * boxing values into interfaces the way generated code does.
 */
#ifndef TEST_RT_CORE_H
#define TEST_RT_CORE_H

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "runtime/rt_core.h"
#include "runtime/rt_gc.h"
#include "runtime/rt_sched.h"

static void run_main_trampoline(void *arg) { ((void (*)(void))arg)(); }

/* A test whose body runs as the main goroutine (rt_sched_main), so that
 * the collector scans its stack like a Go program's. */
#define GTest(suite, name)                                                   \
    static void suite##_##name##_body(void);                                 \
    static void suite##_##name##_tramp(void *a) { (void)a; suite##_##name##_body(); } \
    Test(suite, name) { rt_sched_main(suite##_##name##_tramp, NULL); }      \
    static void suite##_##name##_body(void)

/* Runs fn as goroutine 1 in a child; returns its exit status, stderr in out. */
static __attribute__((unused)) int child_run(void (*fn)(void), char *out, size_t outsz) {
    int pfd[2];
    cr_assert_eq(pipe(pfd), 0);
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(pfd[1], 2);
        dup2(pfd[1], 1);
        close(pfd[0]);
        /* inside a GTest the child already runs on goroutine 1 */
        if (rt_getg() && rt_getg() != &rt_g0) fn();
        else rt_sched_main(run_main_trampoline, (void *)fn);
        fflush(NULL);
        _exit(0);
    }
    close(pfd[1]);
    size_t n = 0;
    ssize_t r;
    while (n < outsz - 1 && (r = read(pfd[0], out + n, outsz - 1 - n)) > 0) n += (size_t)r;
    out[n] = 0;
    close(pfd[0]);
    int st;
    waitpid(pid, &st, 0);
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* The child's output up to (not including) the "goroutine N [" line,
 * which is where the golden runner stops comparing too. */
static __attribute__((unused)) void cut_at_goroutine(char *s) {
    char *g = strstr(s, "goroutine ");
    while (g && g != s && g[-1] != '\n') g = strstr(g + 1, "goroutine ");
    if (g) *g = 0;
}

/* Expect exit status 2 and exactly `want` before the goroutine header. */
/* "pc=0x<hex>" of a [signal SIGSEGV ...] line is an address: it becomes
 * "pc=PC" (a zero pc stays visible as pc=0x0, which Go never prints). */
static __attribute__((unused)) void mask_pc(char *buf) {
    char *p = strstr(buf, "pc=0x");
    if (!p || !strncmp(p, "pc=0x0]", 7)) return;
    char *q = p + 5;
    while ((*q >= '0' && *q <= '9') || (*q >= 'a' && *q <= 'f')) q++;
    memmove(p + 5, q, strlen(q) + 1);
    memcpy(p, "pc=PC", 5);
}

static __attribute__((unused)) void expect_panic_output(void (*fn)(void), const char *want) {
    char buf[8192];
    int st = child_run(fn, buf, sizeof buf);
    cut_at_goroutine(buf);
    mask_pc(buf);
    cr_assert_eq(st, 2, "exit status %d, output:\n%s", st, buf);
    cr_assert_str_eq(buf, want);
}

static __attribute__((unused)) GoEface box_string(const char *s) {
    GoString *b = rt_alloc(sizeof(GoString), &go_type_string);
    *b = rt_cstr(s);
    GoEface e = {&go_type_string, b};
    return e;
}

static __attribute__((unused)) GoEface box_int(int64_t v) {
    GoEface e = {&go_type_int, rt_convT(&go_type_int, &v)};
    return e;
}

static __attribute__((unused)) GoString eface_str(GoEface e) {
    cr_assert(e.type == &go_type_string, "not a string: %s", e.type ? e.type->string : "nil");
    return *(GoString *)e.data;
}

static __attribute__((unused)) bool gs_eq(GoString a, const char *b) {
    return go_streq(a, rt_cstr(b));
}

#endif
