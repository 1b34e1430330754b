/*
 * codegen.h: IR (ir/ir.h) -> C files that include runtime/gosub.h.
 *
 * cg_emit_program writes a program: the main package `main_irp` (already
 * inlined and escape-analysed by the driver), the closures and generic
 * instances it needs, its type descriptors and itabs, the GoRoot table of
 * its globals and a C main() that calls rt_main; the standard packages
 * are the prebuilt library's (cg_emit_stdlib, see codegen/cg_lib.c).
 * Both return 0, or 1 after printing "file:line:col: message" errors for
 * constructs not supported yet.
 */
#ifndef GOSUB_CODEGEN_H
#define GOSUB_CODEGEN_H

#include <stdio.h>

#include "ir/ir.h"

int cg_emit_program(IrPackage *main_irp, FILE *out);
/* The standard packages of types_packages as one C file, the source of
 * the prebuilt library (codegen/cg_lib.c); 0, or 1 after errors. */
int cg_emit_stdlib(FILE *out);
/* 1 (the default): a program, linked with the prebuilt library; 2: the
 * library itself. */
void cg_set_lib_mode(int mode);
/* Where runtime/gosub.h lives (the driver's GOSUB_ROOT). */
void cg_set_root(const char *root);

#endif
