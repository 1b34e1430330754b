/*
 * cmd_parse.c: `gosub tool parse [-q] [-ast] FILE...`
 *
 * Parses each file on its own (no type checking).  Errors go to stderr as
 * `file:line:col: message` (the path as given), at most 10 per file then
 * "too many errors", as gc prints them; -ast prints the tree (ast_dump) to
 * stdout; without -q and -ast each good file prints "FILE: ok".  Exit
 * status 1 when any file failed (unreadable, lexical or syntax errors),
 * 2 on bad usage.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "driver/driver.h"
#include "parser/ast.h"

int cmd_tool_parse(int argc, char **argv) {
    bool quiet = false, dump = false;
    int i = 0;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        if (!strcmp(argv[i], "-q")) quiet = true;
        else if (!strcmp(argv[i], "-ast")) dump = true;
        else if (!strcmp(argv[i], "--")) {
            i++;
            break;
        } else {
            fprintf(stderr, "usage: gosub tool parse [-q] [-ast] FILE...\n");
            return 2;
        }
    }
    if (i == argc) {
        fprintf(stderr, "usage: gosub tool parse [-q] [-ast] FILE...\n");
        return 2;
    }
    int status = 0;
    for (; i < argc; i++) {
        const char *path = argv[i];
        int fi = file_load(path);
        if (fi < 0) {
            fprintf(stderr, "%s: %s\n", path, strerror(errno));
            status = 1;
            continue;
        }
        Node *f = parse_file(fi);
        if (diag_flush(10) > 0 || !f) {
            status = 1;
            ast_release_all();
            continue;
        }
        if (dump) ast_dump(f, stdout);
        else if (!quiet) printf("%s: ok\n", path);
        ast_release_all(); /* trees are not kept across files */
    }
    fflush(stdout);
    return status;
}
