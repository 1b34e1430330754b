/*
 * cmd_check.c: `gosub tool check [-e] [-v] FILE...`
 *
 * Loads the files as one package, parses and type-checks them (imports
 * come from GOSUB_ROOT/stdlib).  Silent with exit status 0 when the
 * program is valid; otherwise the errors, sorted by position, at most 10
 * then "too many errors" (all with -e), and exit status 1.  Paths print as
 * given on the command line.  -v prints a summary of what was checked
 * (package, functions, initialisation order) for debugging; -B accepts
 * function declarations without a body (as go tool compile does without
 * -complete).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "driver/driver.h"
#include "parser/ast.h"
#include "types/types.h"

int cmd_tool_check(int argc, char **argv) {
    bool all = false, verbose = false, bodyless = false;
    int i = 0;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        if (!strcmp(argv[i], "-e")) all = true;
        else if (!strcmp(argv[i], "-v")) verbose = true;
        else if (!strcmp(argv[i], "-B")) bodyless = true;
        else if (!strcmp(argv[i], "--")) {
            i++;
            break;
        } else {
            fprintf(stderr, "usage: gosub tool check [-e] [-v] FILE...\n");
            return 2;
        }
    }
    if (i == argc) {
        fprintf(stderr, "usage: gosub tool check [-e] [-v] FILE...\n");
        return 2;
    }
    int n = argc - i;
    Node **files = NEWN(Node *, n);
    bool bad = false;
    for (int k = 0; k < n; k++) {
        const char *path = argv[i + k];
        int fi = file_load(path);
        if (fi < 0) {
            fprintf(stderr, "open %s: %s\n", path, strerror(errno));
            return 1;
        }
        files[k] = parse_file(fi);
        if (!files[k]) bad = true;
    }
    /* gc type-checks unless there were syntax errors proper (errors such as
     * "expression in defer must be function call" are reported together
     * with the type errors) */
    if (bad) {
        diag_flush(all ? 0 : 10);
        return 1;
    }
    types_init();
    TypesConfig cfg = {0};
    cfg.stdlib_dir = arena_printf("%s/stdlib", gosub_root());
    cfg.allow_bodyless = bodyless;
    Package *pkg = types_check_files("main", files, n, &cfg);
    if (diag_flush(all ? 0 : 10) > 0 || pkg->failed) return 1;
    if (verbose) {
        printf("package %s: %d files, %d functions, %d init funcs\n", pkg->name, pkg->nfiles, pkg->funcs.len,
               pkg->inits.len);
        for (int k = 0; k < pkg->init_order.len; k++) {
            Initializer *in = pkg->init_order.v[k];
            printf("init:");
            for (int j = 0; j < in->nlhs; j++) printf(" %s", in->lhs[j]->name);
            printf(" = %s\n", types_expr_string(in->rhs));
        }
        for (int k = 0; k < pkg->funcs.len; k++) {
            Object *f = pkg->funcs.v[k];
            printf("func %s%s %s\n", f->recv_type ? arena_printf("(%s) ", types_string(f->recv_type)) : "", f->name,
                   types_string(f->type));
        }
    }
    return 0;
}
