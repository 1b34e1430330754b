/*
 * test_rt_gc.h: helpers shared by the GC unit tests (test_rt_gc_*.c).
 *
 * The collector scans the C stack conservatively, so a test that wants an
 * object to die must not leave its address in a live stack slot or
 * register: objects are built in noinline helpers, addresses the test keeps
 * are stored "hidden" (xor'ed with a constant, so they do not look like
 * heap pointers), and the stack below the caller is wiped before
 * collecting.  Even so a stale word can survive somewhere, so tests about
 * freeing check that (nearly) all dropped objects went, while tests about
 * keeping check that every reachable object stayed, byte for byte.
 *
 * Hand-made type descriptors stand in for the ones codegen will emit.
 */
#ifndef TEST_RT_GC_H
#define TEST_RT_GC_H

#include <criterion/criterion.h>
#include <stdint.h>
#include <string.h>

#include "runtime/gc_heap.h"

#define HIDE_KEY ((uintptr_t)0xa5a5a5a5a5a5a5a5ull)
static inline uintptr_t hide(const void *p) { return (uintptr_t)p ^ HIDE_KEY; }
static inline void *unhide(uintptr_t h) { return (void *)(h ^ HIDE_KEY); }

/* A binary tree / list node: two pointers then a value. */
typedef struct Node {
    struct Node *left, *right;
    int64_t val;
} Node;

static const uint8_t node_mask[] = {0x3};
static const GoType node_type = {
    .size = sizeof(Node), .ptrdata = 16, .align = 8, .field_align = 8,
    .kind = GO_STRUCT, .gcmask = node_mask, .string = "main.Node",
};
static const GoType node_ptr_type = {
    .size = 8, .ptrdata = 8, .align = 8, .field_align = 8, .kind = GO_POINTER,
    .gcmask = (const uint8_t[]){0x1}, .string = "*main.Node", .elem = &node_type,
};

/* A struct whose pointer sits in its second word: {x int64; p *Node}. */
typedef struct Pair {
    int64_t x;
    Node *p;
} Pair;
static const GoType pair_type = {
    .size = sizeof(Pair), .ptrdata = 16, .align = 8, .field_align = 8,
    .kind = GO_STRUCT, .gcmask = (const uint8_t[]){0x2}, .string = "main.Pair",
};

static const GoType int64_type = {
    .size = 8, .ptrdata = 0, .align = 8, .field_align = 8, .kind = GO_INT64,
    .tflag = GO_TF_NOPOINTERS, .string = "int64",
};

/* Zero the dead stack below the caller, where the frames of earlier calls
 * left object addresses.  On x86-64 a string store below the stack
 * pointer does it without a frame of its own (no unzeroed frame header);
 * elsewhere a big local array does most of it. */
static __attribute__((noinline, unused)) void wipe_stack(void)
{
#if defined(__x86_64__)
    char *sp;
    __asm__ volatile("mov %%rsp, %0" : "=r"(sp));
    char *lo = sp - 256 * 1024;
    size_t n = 256 * 1024 / 8;   /* everything below our return address */
    __asm__ volatile("rep stosq" : "+D"(lo), "+c"(n) : "a"(0) : "memory");
#else
    volatile char buf[256 * 1024];
    memset((char *)buf, 0, sizeof buf);
    __asm__ volatile("" : : "r"(buf) : "memory");
#endif
}

/* A forced collection from a clean stack. */
static __attribute__((noinline, unused)) void collect_clean(void)
{
    wipe_stack();
    rt_gc_collect(true);
}

static inline bool is_live(uintptr_t hidden)
{
    return rt_gc_find_object(unhide(hidden), NULL) != NULL;
}

static inline GoMemStats *memstats(void)
{
    static GoMemStats m;
    rt_gc_read_memstats(&m);
    return &m;
}

#endif
