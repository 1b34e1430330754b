/*
 * codegen.h: IR (ir/ir.h) -> one C file that includes runtime/gosub.h.
 *
 * cg_emit_program writes the whole program: every package of
 * types_packages with Go bodies (the stdlib packages, lowered here) and the
 * main package `main_irp` (already inlined and escape-analysed by the
 * driver), their type descriptors, itabs, the GoRoot table of globals and
 * a C main() that calls rt_main.  Returns 0, or 1 after printing
 * "file:line:col: message" errors for constructs not supported yet.
 */
#ifndef GOSUB_CODEGEN_H
#define GOSUB_CODEGEN_H

#include <stdio.h>

#include "ir/ir.h"

int cg_emit_program(IrPackage *main_irp, FILE *out);
/* Where runtime/gosub.h lives (the driver's GOSUB_ROOT). */
void cg_set_root(const char *root);

#endif
