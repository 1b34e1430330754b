/*
 * atomic.c: package sync/atomic (gosub.h section 8) with C11 atomics.
 *
 * Every operation is sequentially consistent, as Go's are, and a real
 * atomic instruction even though one thread runs Go code today, so that
 * programs stay right when the scheduler gets more threads.  Pointer
 * stores go through the write barrier hook (Go's atomic.StorePointer does
 * the same) before the atomic store.  atomic.Value keeps Go's rules: the
 * first Store fixes the concrete type, nil and other types panic with Go's
 * texts.  The typed wrappers (atomic.Int64, atomic.Pointer[T], ...) are Go
 * code in stdlib/sync/atomic over these functions.
 */
#include "runtime/rt_core.h"

#include <stdatomic.h>

int32_t go_sync_atomic_AddInt32(int32_t *addr, int32_t delta) {
    return atomic_fetch_add((_Atomic int32_t *)addr, delta) + delta;
}
int32_t go_sync_atomic_LoadInt32(int32_t *addr) { return atomic_load((_Atomic int32_t *)addr); }
void go_sync_atomic_StoreInt32(int32_t *addr, int32_t val) { atomic_store((_Atomic int32_t *)addr, val); }
int32_t go_sync_atomic_SwapInt32(int32_t *addr, int32_t val) { return atomic_exchange((_Atomic int32_t *)addr, val); }
bool go_sync_atomic_CompareAndSwapInt32(int32_t *addr, int32_t old, int32_t val) {
    return atomic_compare_exchange_strong((_Atomic int32_t *)addr, &old, val);
}

int64_t go_sync_atomic_AddInt64(int64_t *addr, int64_t delta) {
    return atomic_fetch_add((_Atomic int64_t *)addr, delta) + delta;
}
int64_t go_sync_atomic_LoadInt64(int64_t *addr) { return atomic_load((_Atomic int64_t *)addr); }
void go_sync_atomic_StoreInt64(int64_t *addr, int64_t val) { atomic_store((_Atomic int64_t *)addr, val); }
int64_t go_sync_atomic_SwapInt64(int64_t *addr, int64_t val) { return atomic_exchange((_Atomic int64_t *)addr, val); }
bool go_sync_atomic_CompareAndSwapInt64(int64_t *addr, int64_t old, int64_t val) {
    return atomic_compare_exchange_strong((_Atomic int64_t *)addr, &old, val);
}

uint32_t go_sync_atomic_AddUint32(uint32_t *addr, uint32_t delta) {
    return atomic_fetch_add((_Atomic uint32_t *)addr, delta) + delta;
}
uint32_t go_sync_atomic_LoadUint32(uint32_t *addr) { return atomic_load((_Atomic uint32_t *)addr); }
void go_sync_atomic_StoreUint32(uint32_t *addr, uint32_t val) { atomic_store((_Atomic uint32_t *)addr, val); }
uint32_t go_sync_atomic_SwapUint32(uint32_t *addr, uint32_t val) { return atomic_exchange((_Atomic uint32_t *)addr, val); }
bool go_sync_atomic_CompareAndSwapUint32(uint32_t *addr, uint32_t old, uint32_t val) {
    return atomic_compare_exchange_strong((_Atomic uint32_t *)addr, &old, val);
}

uint64_t go_sync_atomic_AddUint64(uint64_t *addr, uint64_t delta) {
    return atomic_fetch_add((_Atomic uint64_t *)addr, delta) + delta;
}
uint64_t go_sync_atomic_LoadUint64(uint64_t *addr) { return atomic_load((_Atomic uint64_t *)addr); }
void go_sync_atomic_StoreUint64(uint64_t *addr, uint64_t val) { atomic_store((_Atomic uint64_t *)addr, val); }
uint64_t go_sync_atomic_SwapUint64(uint64_t *addr, uint64_t val) { return atomic_exchange((_Atomic uint64_t *)addr, val); }
bool go_sync_atomic_CompareAndSwapUint64(uint64_t *addr, uint64_t old, uint64_t val) {
    return atomic_compare_exchange_strong((_Atomic uint64_t *)addr, &old, val);
}

uintptr_t go_sync_atomic_AddUintptr(uintptr_t *addr, uintptr_t delta) {
    return atomic_fetch_add((_Atomic uintptr_t *)addr, delta) + delta;
}
uintptr_t go_sync_atomic_LoadUintptr(uintptr_t *addr) { return atomic_load((_Atomic uintptr_t *)addr); }
void go_sync_atomic_StoreUintptr(uintptr_t *addr, uintptr_t val) { atomic_store((_Atomic uintptr_t *)addr, val); }
uintptr_t go_sync_atomic_SwapUintptr(uintptr_t *addr, uintptr_t val) { return atomic_exchange((_Atomic uintptr_t *)addr, val); }
bool go_sync_atomic_CompareAndSwapUintptr(uintptr_t *addr, uintptr_t old, uintptr_t val) {
    return atomic_compare_exchange_strong((_Atomic uintptr_t *)addr, &old, val);
}

#define APTR(p) ((void *_Atomic *)(p))

/* The write barrier's part of a pointer store: shade what is stored while
 * the GC marks (rt_wb_slow stores too; the atomic store below repeats it). */
static inline void ptr_barrier(void **addr, void *val) {
    if (__builtin_expect(rt_gc_marking, 0)) rt_wb_slow(addr, val);
}

void *go_sync_atomic_LoadPointer(void **addr) { return atomic_load(APTR(addr)); }

void go_sync_atomic_StorePointer(void **addr, void *val) {
    ptr_barrier(addr, val);
    atomic_store(APTR(addr), val);
}

void *go_sync_atomic_SwapPointer(void **addr, void *val) {
    void *old = atomic_load(APTR(addr));
    ptr_barrier(addr, val);
    atomic_store(APTR(addr), old); /* undo the barrier's plain store, then swap */
    return atomic_exchange(APTR(addr), val);
}

bool go_sync_atomic_CompareAndSwapPointer(void **addr, void *old, void *val) {
    if (__builtin_expect(rt_gc_marking, 0)) {
        void *cur = atomic_load(APTR(addr));
        if (cur != old) return false;
        ptr_barrier(addr, val); /* stores val: the compare succeeded (one thread) */
        return true;
    }
    return atomic_compare_exchange_strong(APTR(addr), &old, val);
}

/* ---- atomic.Value ---- */

static _Noreturn void panic_string(const char *msg) {
    GoString *s = rt_new(&go_type_string);
    *s = rt_cstr(msg);
    GoEface e = {&go_type_string, s};
    rt_gopanic(e);
}

static bool same_type(const GoType *a, const GoType *b) {
    return a == b || rt_types_identical(a, b);
}

static void value_set(GoSyncAtomicValue *v, GoEface val) {
    v->v.type = val.type;
    ptr_barrier(&v->v.data, val.data);
    atomic_store(APTR(&v->v.data), val.data);
}

GoEface go_sync_atomic_Value_Load(GoSyncAtomicValue *v) {
    GoEface e = {v->v.type, atomic_load(APTR(&v->v.data))};
    return e;
}

void go_sync_atomic_Value_Store(GoSyncAtomicValue *v, GoEface val) {
    if (!val.type) panic_string("sync/atomic: store of nil value into Value");
    if (v->v.type && !same_type(v->v.type, val.type))
        panic_string("sync/atomic: store of inconsistently typed value into Value");
    value_set(v, val);
}

GoEface go_sync_atomic_Value_Swap(GoSyncAtomicValue *v, GoEface val) {
    if (!val.type) panic_string("sync/atomic: swap of nil value into Value");
    if (v->v.type && !same_type(v->v.type, val.type))
        panic_string("sync/atomic: swap of inconsistently typed value into Value");
    GoEface old = go_sync_atomic_Value_Load(v);
    value_set(v, val);
    return old;
}

bool go_sync_atomic_Value_CompareAndSwap(GoSyncAtomicValue *v, GoEface old, GoEface val) {
    if (!val.type) panic_string("sync/atomic: compare and swap of nil value into Value");
    if (old.type && !same_type(old.type, val.type))
        panic_string("sync/atomic: compare and swap of inconsistently typed values");
    if (!v->v.type) {
        if (old.type) return false;
        value_set(v, val);
        return true;
    }
    if (!same_type(v->v.type, val.type))
        panic_string("sync/atomic: compare and swap of inconsistently typed value into Value");
    /* Go compares with ==, which panics on uncomparable dynamic types */
    GoEface cur = go_sync_atomic_Value_Load(v);
    if (!rt_efaceeq_p(&cur, &old)) return false;
    value_set(v, val);
    return true;
}
