/*
 * ir.c: IR basics shared by lowering, the inliner and escape analysis:
 * node and list construction, op names (gc's spelling, used in messages
 * such as "unhandled op SELECT"), and the -m report.
 *
 * The report keeps lines in production order: gc flushes every -m
 * warning as soon as it is produced (base.WarnfAt with -m set), and prints
 * inliner and -m=2 explanation lines with fmt.Printf, so what the user sees
 * is the order the compiler produced them in.  Consecutive identical lines
 * are not merged: gc flushes one message at a time, so its de-duplication
 * of identical neighbours never applies with -m.
 */
#include "ir/ir.h"

#include <stdarg.h>
#include <string.h>

void ir_list_push(IrList *l, IrNode *n) {
    if (l->len == l->cap) {
        int nc = l->cap ? l->cap * 2 : 4;
        IrNode **nv = NEWN(IrNode *, nc);
        if (l->len) memcpy(nv, l->v, sizeof(IrNode *) * (size_t)l->len);
        l->v = nv;
        l->cap = nc;
    }
    l->v[l->len++] = n;
}

IrNode *ir_node(IrOp op, Pos pos, Type *t) {
    IrNode *n = NEW(IrNode);
    n->op = op;
    n->pos = pos;
    n->type = t;
    return n;
}

/* gc's Op.String() spelling (cmd/compile/internal/ir/op_string.go). */
const char *ir_op_name(IrOp op) {
    switch (op) {
    case OXXX: return "XXX";
    case ONAME: return "NAME";
    case OLITERAL: return "LITERAL";
    case ONIL: return "NIL";
    case OTYPE: return "TYPE";
    case OMETHEXPR: return "METHEXPR";
    case OBINARY: return "BINARY";
    case OANDAND: return "ANDAND";
    case OOROR: return "OROR";
    case OUNARY: return "UNARY";
    case OADDSTR: return "ADDSTR";
    case OADDR: return "ADDR";
    case ODEREF: return "DEREF";
    case ODOT: return "DOT";
    case ODOTPTR: return "DOTPTR";
    case ODOTINTER: return "DOTINTER";
    case OINDEX: return "INDEX";
    case OINDEXMAP: return "INDEXMAP";
    case OSLICE: return "SLICE";
    case OSLICEARR: return "SLICEARR";
    case OSLICESTR: return "SLICESTR";
    case OSLICE3: return "SLICE3";
    case OSLICE3ARR: return "SLICE3ARR";
    case ODOTTYPE: return "DOTTYPE";
    case ODOTTYPE2: return "DOTTYPE2";
    case OCONV: return "CONV";
    case OCONVNOP: return "CONVNOP";
    case OCONVIFACE: return "CONVIFACE";
    case OSTR2BYTES: return "STR2BYTES";
    case OBYTES2STR: return "BYTES2STR";
    case OSTR2RUNES: return "STR2RUNES";
    case ORUNES2STR: return "RUNES2STR";
    case ORUNESTR: return "RUNESTR";
    case OSLICE2ARRPTR: return "SLICE2ARRPTR";
    case OCALLFUNC: return "CALLFUNC";
    case OCALLINTER: return "CALLINTER";
    case OINLCALL: return "INLCALL";
    case OAPPEND: return "APPEND";
    case OCOPY: return "COPY";
    case OLEN: return "LEN";
    case OCAP: return "CAP";
    case OCLOSE: return "CLOSE";
    case ODELETE: return "DELETE";
    case OPANIC: return "PANIC";
    case ORECOVER: return "RECOVER";
    case OPRINT: return "PRINT";
    case OPRINTN: return "PRINTN";
    case OREAL: return "REAL";
    case OIMAG: return "IMAG";
    case OCOMPLEX: return "COMPLEX";
    case OUNSAFEADD: return "UNSAFEADD";
    case OUNSAFESLICE: return "UNSAFESLICE";
    case OSIZEOF: return "SIZEOF";
    case OALIGNOF: return "ALIGNOF";
    case OOFFSETOF: return "OFFSETOF";
    case ONEW: return "NEW";
    case OMAKESLICE: return "MAKESLICE";
    case OMAKEMAP: return "MAKEMAP";
    case OMAKECHAN: return "MAKECHAN";
    case OCOMPLIT: return "COMPLIT";
    case OSTRUCTLIT: return "STRUCTLIT";
    case OARRAYLIT: return "ARRAYLIT";
    case OSLICELIT: return "SLICELIT";
    case OMAPLIT: return "MAPLIT";
    case OPTRLIT: return "PTRLIT";
    case OKEY: return "KEY";
    case OSTRUCTKEY: return "STRUCTKEY";
    case OCLOSURE: return "CLOSURE";
    case OMETHVALUE: return "METHVALUE";
    case ORECV: return "RECV";
    case OBLOCK: return "BLOCK";
    case ODCL: return "DCL";
    case OAS: return "AS";
    case OAS2: return "AS2";
    case OAS2FUNC: return "AS2FUNC";
    case OAS2DOTTYPE: return "AS2DOTTYPE";
    case OAS2MAPR: return "AS2MAPR";
    case OAS2RECV: return "AS2RECV";
    case OASOP: return "ASOP";
    case OIF: return "IF";
    case OFOR: return "FOR";
    case ORANGE: return "RANGE";
    case OSWITCH: return "SWITCH";
    case OTYPESW: return "TYPESW";
    case OCASE: return "CASE";
    case OSELECT: return "SELECT";
    case OSEND: return "SEND";
    case ORETURN: return "RETURN";
    case OGO: return "GO";
    case ODEFER: return "DEFER";
    case OLABEL: return "LABEL";
    case OGOTO: return "GOTO";
    case OBREAK: return "BREAK";
    case OCONTINUE: return "CONTINUE";
    case OFALL: return "FALL";
    case OINLMARK: return "INLMARK";
    case ODCLTYPE: return "DCLTYPE";
    case ODCLCONST: return "DCLCONST";
    case OEND: return "END";
    }
    return "?";
}

bool ir_is_blank(IrNode *n) {
    return n && n->op == ONAME && n->nm && n->nm->name && strcmp(n->nm->name, "_") == 0;
}

int ir_mlevel;

/* ---- the -m report ---- */

static Vec report_lines; /* char* with trailing newline */
static bool report_cols = true;

void ir_report_columns(bool on) { report_cols = on; }

const char *ir_fmt_pos(Pos p) {
    Pos r = pos_rel(p); /* as a //line directive says */
    SrcFile *f = r.file > 0 ? file_get(r.file) : NULL;
    const char *name = f ? (f->display ? f->display : f->path) : "<autogenerated>";
    /* gc: no column 0 ("<autogenerated>:1", or unknown after a //line
     * without one); a position keeps 8 bits of column, and 255 or more is
     * printed as unknown too */
    if (!report_cols || r.col == 0 || r.col >= 255 || p.col >= 255) return arena_printf("%s:%d", name, r.line);
    return arena_printf("%s:%d:%d", name, r.line, r.col);
}

bool ir_report_off;

/* The formatted message, however long (type strings can be). */
static char *vformat(const char *fmt, va_list ap) {
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    char *buf = arena_alloc((size_t)(n > 0 ? n : 0) + 1);
    vsnprintf(buf, (size_t)(n > 0 ? n : 0) + 1, fmt, ap);
    return buf;
}

void ir_report(Pos pos, const char *fmt, ...) {
    if (ir_report_off) return;
    va_list ap;
    va_start(ap, fmt);
    char *buf = vformat(fmt, ap);
    va_end(ap);
    vec_push(&report_lines, arena_printf("%s: %s\n", ir_fmt_pos(pos), buf));
}

void ir_report_raw(const char *fmt, ...) {
    if (ir_report_off) return;
    va_list ap;
    va_start(ap, fmt);
    char *buf = vformat(fmt, ap);
    va_end(ap);
    vec_push(&report_lines, arena_printf("%s\n", buf));
}

void ir_report_flush(FILE *f) {
    for (int i = 0; i < report_lines.len; i++) fputs((const char *)report_lines.v[i], f);
    report_lines.len = 0;
}

int ir_report_count(void) { return report_lines.len; }

void ir_report_drop(const char *prefix) {
    size_t pl = strlen(prefix);
    int k = 0;
    for (int i = 0; i < report_lines.len; i++) {
        const char *l = report_lines.v[i];
        if (strncmp(l, prefix, pl) != 0) report_lines.v[k++] = report_lines.v[i];
    }
    report_lines.len = k;
}
