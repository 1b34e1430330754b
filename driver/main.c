/*
 * main.c: gosub's entry point. The command line follows the go command's:
 * `gosub build`, `gosub run`, `gosub test`, `gosub tool compile|parse|check`.
 * Subcommands that are not built yet are weak symbols that resolve to NULL,
 * and say so plainly instead of crashing.
 */
#include <stdio.h>
#include <string.h>

#include "driver/driver.h"

#pragma weak cmd_tool_parse
#pragma weak cmd_tool_check
#pragma weak cmd_tool_compile
#pragma weak cmd_build
#pragma weak cmd_run
#pragma weak cmd_test

typedef int (*CmdFn)(int, char **);

static void usage(FILE *f) {
    fprintf(f,
            "gosub is a compiler for a subset of Go.\n\n"
            "Usage:\n\n"
            "\tgosub <command> [arguments]\n\n"
            "The commands are:\n\n"
            "\tbuild       compile packages and dependencies\n"
            "\trun         compile and run Go program\n"
            "\ttest        test packages\n"
            "\tversion     print gosub version\n"
            "\ttool        run specified tool (compile, parse, check, stdlib)\n");
}

static int dispatch(const char *name, CmdFn fn, int argc, char **argv) {
    if (!fn) {
        fprintf(stderr, "gosub %s: not supported yet\n", name);
        return 2;
    }
    return fn(argc, argv);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "help") || !strcmp(cmd, "-h") || !strcmp(cmd, "--help")) {
        usage(stdout);
        return 0;
    }
    if (!strcmp(cmd, "version")) {
        printf("gosub version devel (Go 1.19 subset) linux/amd64\n");
        return 0;
    }
    if (!strcmp(cmd, "build")) return dispatch("build", cmd_build, argc - 2, argv + 2);
    if (!strcmp(cmd, "run")) return dispatch("run", cmd_run, argc - 2, argv + 2);
    if (!strcmp(cmd, "test")) return dispatch("test", cmd_test, argc - 2, argv + 2);
    if (!strcmp(cmd, "tool")) {
        if (argc < 3) {
            fprintf(stderr, "usage: gosub tool <compile|parse|check> [args]\n");
            return 2;
        }
        const char *t = argv[2];
        if (!strcmp(t, "parse")) return dispatch("tool parse", cmd_tool_parse, argc - 3, argv + 3);
        if (!strcmp(t, "check")) return dispatch("tool check", cmd_tool_check, argc - 3, argv + 3);
        if (!strcmp(t, "compile")) return dispatch("tool compile", cmd_tool_compile, argc - 3, argv + 3);
        if (!strcmp(t, "stdlib")) return dispatch("tool stdlib", cmd_tool_stdlib, argc - 3, argv + 3);
        fprintf(stderr, "gosub tool: no such tool \"%s\"\n", t);
        return 2;
    }
    fprintf(stderr, "gosub %s: unknown command\nRun 'gosub help' for usage.\n", cmd);
    return 2;
}
