/*
 * test_types_helpers.h: shared helpers for the type checker's criterion
 * tests: check a source string as package main, capture the errors gc
 * would print, and look objects up.  Expected values in the tests were
 * produced by Go 1.19 (go run / go build) on the same sources.
 */
#ifndef TEST_TYPES_HELPERS_H
#define TEST_TYPES_HELPERS_H

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "parser/ast.h"
#include "types/types.h"

/* Checks src as x.go; returns the package (NULL if it did not parse). */
static inline Package *check_src(const char *src) {
    types_init();
    int fi = file_add("x.go", src, strlen(src));
    Node *f = parse_file(fi);
    if (!f) return NULL;
    TypesConfig cfg = {0};
    cfg.stdlib_dir = "stdlib"; /* make runs the tests from the repository root */
    Node *files[1] = {f};
    return types_check_files("main", files, 1, &cfg);
}

/* What diag_flush would print (errors sorted, "x.go:L:C: msg" lines). */
static inline char *flush_errors(void) {
    static char out[16384];
    fflush(stderr);
    char path[] = "/tmp/test_types_XXXXXX";
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    int saved = dup(2);
    dup2(fd, 2);
    diag_flush(0);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    lseek(fd, 0, SEEK_SET);
    ssize_t n = read(fd, out, sizeof out - 1);
    out[n > 0 ? n : 0] = 0;
    close(fd);
    unlink(path);
    return out;
}

static inline Object *lookup(Package *p, const char *name) {
    Object *o = types_scope_lookup(p->scope, name);
    cr_assert(o, "no object %s", name);
    return o;
}

#endif
