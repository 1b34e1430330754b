/*
 * driver.h: the gosub command's subcommands. main.c parses the first word(s)
 * and dispatches; each subcommand lives in its own file (cmd_*.c) and gets
 * the remaining arguments. Each returns the process exit status.
 */
#ifndef GOSUB_DRIVER_H
#define GOSUB_DRIVER_H

int cmd_tool_parse(int argc, char **argv);   /* cmd_parse.c: gosub tool parse [-q] [-ast] FILE... */
int cmd_tool_check(int argc, char **argv);   /* cmd_check.c: gosub tool check FILE... */
int cmd_tool_compile(int argc, char **argv); /* cmd_build.c: gosub tool compile [gc flags] FILE... */
int cmd_build(int argc, char **argv);        /* cmd_build.c: gosub build [-o out] [-gcflags=..] [-x] [-work] FILE... | [DIR] */
int cmd_run(int argc, char **argv);          /* cmd_build.c: gosub run FILE...|DIR [args] */
int cmd_test(int argc, char **argv);         /* cmd_test.c: gosub test [flags] [FILE...|DIR] [flags] */

/* One compilation of package main (or any package for tool compile). */
#include <stdbool.h>
typedef struct CompileOpts {
    int mlevel;          /* -m count or -m=N */
    bool noinline;       /* -l */
    bool noopt;          /* -N */
    bool smallframes;    /* -smallframes: smaller stack-allocation limits for escape analysis */
    bool all_errors;     /* -e: no limit of 10 errors */
    bool complete;       /* -complete: bodyless funcs are errors */
    bool no_columns;     /* -C: positions without columns */
    bool tool_compile;   /* go tool compile: any package name, no header */
    bool display_rel;    /* print paths as the go command does ("./x.go") */
    const char *header;  /* printed once before the first line of output */
    const char *pkgpath; /* -p: the package's link path */
    const char *entry;   /* the function the program starts in, when not main.main (gosub test's
                            generated test main, in a package of any name) */
    const char *hide_file; /* a file whose -m lines are not printed (that test main) */
    const char *lang;      /* -lang=go1.N: the go directive of the main module's go.mod (go
                              passes it for a package of the module), or the flag */
} CompileOpts;

/* compile.c: parse, check, lower, inline, escape (-m report), emit C into
 * cfile. Returns 0, or 1 after printing errors. */
int compile_package(CompileOpts *co, char **files, int nfiles, const char *cfile);
/* compile.c: the source tree holding runtime/ and stdlib/ ($GOSUB_ROOT, else
 * where make built gosub). */
const char *gosub_root(void);

/* The C compiler step's build cache (cache.c).  cache_key_path names the
 * entry for the cc command argv (which writes `out` from `cfile`), or NULL
 * when the cache is off or an input cannot be read; the result is
 * malloc'd.  cache_fetch copies a hit to `out`; cache_store records `out`. */
char *cache_key_path(char *const argv[], const char *cfile, const char *out, const char *rtdir);
bool cache_fetch(const char *entry, const char *out);
void cache_store(const char *entry, const char *out);
/* cmd_build.c: the C compiler with the flags all generated C gets (fills
 * args, returns the count); the directory of the prebuilt libraries
 * (libgosubrt.a, libgosubstd.a); running a command. */
int cc_base_args(char **args);
const char *lib_dir(void);
int run_cmd(char *const argv[], bool echo);
/* run_cmd in directory dir (NULL: here), its stdout and stderr into the
 * file capture (NULL: inherited) */
int run_cmd_in(char *const argv[], const char *dir, const char *capture, bool echo);
/* compile.c: parse and type-check (NULL after printing errors). */
struct Package;
struct Package *load_and_check(CompileOpts *co, char **files, int nfiles);
/* cmd_stdlib.c: gosub tool stdlib [-work DIR] LIB.a */
int cmd_tool_stdlib(int argc, char **argv);
/* pkgdir.c: the package `gosub build [DIR]` / `gosub run DIR ...` names
 * (a directory of the main module, found from go.mod as the go command
 * does).  Returns 0, or go's exit status (1) after printing go's message. */
typedef struct PackageDir {
    const char *importpath; /* module path + directory: the "# ..." header */
    char **files;           /* its .go files for this machine, in name order */
    int nfiles;
    const char *exename;    /* go build's default output name */
    bool is_main;           /* package main: go build writes exename */
    const char *dir;        /* its absolute path */
    char **testfiles;       /* its _test.go files for this machine, in name order */
    int ntestfiles;
    const char *golang;     /* its module's go directive as gc's -lang ("go1.16"), or NULL */
} PackageDir;
int load_package_dir(const char *arg, bool is_run, PackageDir *pd);
/* pkgdir.c: the package clause's name of a Go file ("" when none) */
const char *go_file_package(const char *path);
/* cmd_build.c */
int compile_flag(CompileOpts *co, const char *flag);
int apply_gcflags(CompileOpts *co, const char *val);
char *make_workdir(bool keep);
void remove_workdir(const char *dir);
/* compiles the files into the executable exe (C in work/main.c; nothing
 * to link for a package that is not main); 0, or 2 after printing the
 * errors */
int build_exe(CompileOpts *co, char **files, int nfiles, const char *exe, const char *work, bool echo);
const char *display_path(const char *path);

#endif
