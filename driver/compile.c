/*
 * compile.c: one compilation, the pipeline of DESIGN.md in order:
 *   files -> lexer/parser -> types -> ir (+ inliner) -> escape (-m) -> codegen.
 * Each stage is called through its one header. A stage that fails stops
 * the pipeline after its errors are printed (as gc does: syntax errors stop
 * before type checking, type errors before escape analysis).
 *
 * Output discipline: everything the compiler prints goes to stderr; for the
 * go command's shape, `co->header` ("# command-line-arguments") is printed
 * once before the first line.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "driver/driver.h"
#include "parser/ast.h"
#include "types/types.h"
#include "ir/ir.h"
#include "escape/escape.h"
#include "codegen/codegen.h"
#include "util/util.h"

static void print_header(CompileOpts *co) {
    if (co->header) {
        fprintf(stderr, "%s\n", co->header);
        co->header = NULL;
    }
}

/* Prints the collected errors (with the header first); returns how many. */
static int flush_errors(CompileOpts *co) {
    if (diag_count() == 0) return 0;
    print_header(co);
    return diag_flush(co->all_errors ? 0 : 10);
}

/* GOSUB_TIMINGS=1: each phase's wall time on stderr (bench/escape.sh). */
static double phase_t0;
static double now_sec(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}
static void phase(const char *name) {
    static int on = -1;
    if (on < 0) on = getenv("GOSUB_TIMINGS") && *getenv("GOSUB_TIMINGS") == '1';
    double t = now_sec();
    if (on && name) fprintf(stderr, "gosub: phase %-8s %8.3f s\n", name, t - phase_t0);
    phase_t0 = t;
}

const char *gosub_root(void) {
    const char *r = getenv("GOSUB_ROOT");
    return r && *r ? r : GOSUB_ROOT;
}

/* Parses and type-checks the files; NULL after printing errors. */
Package *load_and_check(CompileOpts *co, char **files, int nfiles) {
    phase(NULL);
    Node **asts = NEWN(Node *, nfiles);
    for (int i = 0; i < nfiles; i++) {
        int idx = file_load(files[i]);
        if (idx < 0) {
            print_header(co);
            fprintf(stderr, "open %s: %s\n", files[i], strerror(errno));
            return NULL;
        }
        if (co->display_rel) file_set_display(idx, display_path(files[i]));
        asts[i] = parse_file(idx);
    }
    /* a file with a "syntax error" has no tree: stop there (gc); other
     * parse errors are printed with the type errors, sorted together */
    for (int i = 0; i < nfiles; i++)
        if (!asts[i]) {
            flush_errors(co);
            return NULL;
        }
    phase("parse");

    types_init();
    TypesConfig cfg = {0};
    cfg.stdlib_dir = arena_printf("%s/stdlib", gosub_root());
    cfg.allow_bodyless = co->tool_compile && !co->complete;
    cfg.lang = co->lang;
    const char *path = "main";
    /* the path gc links the package under (shapes and type arguments
     * spell it): -p's value; else the go command passes "main" for a
     * command and "command-line-arguments" for another package; go tool
     * compile without -p has none */
    bool is_main = nfiles > 0 && asts[0] && asts[0]->name.len == 4 && !memcmp(asts[0]->name.p, "main", 4);
    cfg.link_path = co->pkgpath ? co->pkgpath : co->tool_compile ? "<unlinkable>" : is_main ? "main" : "command-line-arguments";
    Package *pkg = types_check_files(path, asts, nfiles, &cfg);
    if (flush_errors(co) || pkg->failed) return NULL;
    phase("check");
    return pkg;
}

/* Lowering, inlining, escape analysis: the -m report comes from here, so it
 * works for every program the checker accepts. */
static IrPackage *middle_end(CompileOpts *co, Package *pkg) {
    IrPackage *irp = ir_lower(pkg);
    phase("lower");
    ir_report_columns(!co->no_columns);
    IrFlags fl = {.mlevel = co->mlevel, .noinline = co->noinline};
    ir_inline_package(irp, &fl);
    if (co->mlevel) ir_dict_wrappers(irp);
    ir_inline_package_init(irp);
    ir_static_blank_fields(irp);
    ir_devirtualize_package(irp);
    phase("inline");
    EscFlags ef = {.mlevel = co->mlevel, .smallframes = co->smallframes};
    esc_analyze(irp, &ef);
    phase("escape");
    if (co->hide_file) ir_report_drop(arena_printf("%s:", display_path(co->hide_file)));
    if (co->mlevel && ir_report_count()) { /* devirt reports even without -m; gc prints only with -m */
        print_header(co);
        fflush(stderr);
        ir_report_flush(stderr);
    }
    return irp;
}

int compile_package(CompileOpts *co, char **files, int nfiles, const char *cfile) {
    const char *header = co->header;
    Package *pkg = load_and_check(co, files, nfiles);
    if (!pkg) return 1;
    IrPackage *irp = middle_end(co, pkg);
    /* the -m report is the product of a non-main package (go build compiles
     * it and links nothing); C only for package main */
    if (!cfile || (strcmp(pkg->name ? pkg->name : "", "main") != 0 && !co->entry)) return 0;
    ir_set_entry(co->entry);
    /* go tool compile compiles a main package without func main (the
     * link step is where go reports it) */
    if (!ir_main_func(irp)) {
        if (co->tool_compile) return 0;
        co->header = header; /* go's link step is an action of its own: its header again */
    }
    FILE *out = fopen(cfile, "w");
    if (!out) {
        print_header(co);
        fprintf(stderr, "open %s: %s\n", cfile, strerror(errno));
        return 1;
    }
    cg_set_root(gosub_root());
    cg_set_lib_mode(1);
    int rc = cg_emit_program(irp, out);
    fclose(out);
    phase("codegen");
    if (rc) flush_errors(co);
    return rc;
}
