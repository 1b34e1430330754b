/*
 * cg_wb.c: write barriers on generated heap pointer stores.
 *
 * The collector can mark incrementally (GOSUBDEBUG=incgc=1, runtime
 * gc_cycle.c): it greys the roots, lets the program run, and scans the
 * heap a little at every allocation.  While it does, a pointer stored into
 * an object it has already scanned (black) would never be seen, so every
 * store that may write a pointer into the heap goes through a barrier
 * macro from gosub.h: GO_WB (one pointer word), GO_WB_WORDS (a string,
 * slice or interface: its pointer words passed by value) or GO_WB_TYPED
 * (a struct or array with pointers: greyed by its type's gcmask).  Off the
 * marking window they are a plain store after one load of rt_gc_marking
 * (not volatile: it may stay in a register between calls) and a
 * predictable branch; while marking they grey the stored pointers
 * (Dijkstra's insertion barrier), so a black object never points to a
 * white one.
 *
 * Which stores need one:
 *   - the place may be in the heap: through a pointer (*p, p.f), a slice
 *     element, a map slot, a variable moved to the heap or captured by
 *     reference (its C variable is a pointer), and any field or array
 *     element of those.  Frame variables need none (stacks are rescanned
 *     when marking ends), nor package variables (so are globals).
 *   - the stored type has pointers, and the value is not the zero value
 *     (storing nil cannot hide an object).
 * Objects allocated while marking are born black (marked, not queued:
 * queueing them, born grey, made the incremental mark of a 1 GiB heap
 * cost 2.5x the stop-the-world one), so the stores that initialise a
 * fresh object (composite literals built by gen_new, slice literals,
 * closure contexts, method values, go/defer argument packs) are plain,
 * followed by one GO_WB_INIT of the whole object: while marking it greys
 * what the object now points to.  Stores made by the runtime's C code
 * (copy, append's growth, maps, channels) take care of themselves.
 *
 * GOSUBNOWB=1 in the compiler's environment emits plain stores instead:
 * only for measuring what the barriers cost and for checking that the
 * incremental stress test (gc_incgc_barrier) fails without them (with
 * GOSUBCACHE=off, since the build cache does not key on it).
 */
#include "codegen/cg_internal.h"

#include <stdlib.h>
#include <string.h>

/* A value that is certainly the zero value of its type (codegen's spelling
 * of nil and of composite zeros). */
static bool is_zero_text(const char *v) {
    if (!strcmp(v, "NULL") || !strcmp(v, "0")) return true;
    size_t n = strlen(v);
    if (n >= 6 && !strcmp(v + n - 6, ")NULL)")) return true;   /* ((T *)NULL) */
    if (n >= 5 && !strcmp(v + n - 5, "){0})")) return true;    /* ((T){0}) */
    return false;
}

bool cg_wb_place_in_heap(IrNode *x, bool (*indirect)(IrName *)) {
    if (!x) return false;
    switch (x->op) {
    case ONAME:
        if (!x->nm || x->nm->cls == PEXTERN) return false;
        return indirect(x->nm);
    case ODOT: return cg_wb_place_in_heap(x->x, indirect);
    case OINDEX: {
        Type *u = cg_under(x->x->type);
        if (u && u->kind == TY_ARRAY) return cg_wb_place_in_heap(x->x, indirect);
        return true; /* a slice element */
    }
    default: return true; /* *p, p.f, map slots: anywhere, the heap included */
    }
}

static bool one_word(Type *t) {
    Type *u = cg_under(t);
    if (!u) return false;
    switch (u->kind) {
    case TY_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR: return true;
    default: return false;
    }
}

static bool barriers_off(void) {
    static int off = -1;
    if (off < 0) off = getenv("GOSUBNOWB") && !strcmp(getenv("GOSUBNOWB"), "1");
    return off;
}

const char *cg_wb_init(Type *t, const char *p, const char *n) {
    if (barriers_off() || !t || !cg_has_pointers(t)) return "";
    if (n) return arena_printf("GO_WB_INIT_N(%s, %s, %s);", cg_desc(t), p, n);
    return arena_printf("GO_WB_INIT(%s, %s);", cg_desc(t), p);
}

const char *cg_wb_store(const char *lv, const char *val, Type *t, bool heap) {
    if (barriers_off() || !heap || !t || !cg_has_pointers(t) || is_zero_text(val)) return arena_printf("%s = %s;", lv, val);
    if (one_word(t)) return arena_printf("GO_WB(&(%s), %s);", lv, val);
    Type *u = cg_under(t);
    if (u->kind == TY_STRING) return arena_printf("GO_WB_WORDS(GoString, %s, %s, p, p);", lv, val);
    if (u->kind == TY_SLICE) return arena_printf("GO_WB_WORDS(GoSlice, %s, %s, p, p);", lv, val);
    if (u->kind == TY_INTERFACE)
        return cg_is_empty_iface(t) ? arena_printf("GO_WB_WORDS(GoEface, %s, %s, type, data);", lv, val)
                                    : arena_printf("GO_WB_WORDS(GoIface, %s, %s, tab, data);", lv, val);
    return arena_printf("GO_WB_TYPED(%s, %s, %s, %s);", cg_ctype(t), cg_desc(t), lv, val);
}
