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
int cmd_build(int argc, char **argv);        /* cmd_build.c: gosub build [-o out] [-gcflags=..] [-x] [-work] FILE... */
int cmd_run(int argc, char **argv);          /* cmd_build.c: gosub run FILE... [args] */

#endif
