// Package atomic: Go 1.19's sync/atomic.  The functions are the runtime's
// (runtime/atomic.c, sequentially consistent); the types are Go's, with
// Go's method bodies so inlining and escape analysis match gc.
package atomic

import "unsafe"

//extern go_sync_atomic_SwapInt32
func SwapInt32(addr *int32, new int32) (old int32)

//extern go_sync_atomic_CompareAndSwapInt32
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)

//extern go_sync_atomic_AddInt32
func AddInt32(addr *int32, delta int32) (new int32)

//extern go_sync_atomic_LoadInt32
func LoadInt32(addr *int32) (val int32)

//extern go_sync_atomic_StoreInt32
func StoreInt32(addr *int32, val int32)

//extern go_sync_atomic_SwapInt64
func SwapInt64(addr *int64, new int64) (old int64)

//extern go_sync_atomic_CompareAndSwapInt64
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)

//extern go_sync_atomic_AddInt64
func AddInt64(addr *int64, delta int64) (new int64)

//extern go_sync_atomic_LoadInt64
func LoadInt64(addr *int64) (val int64)

//extern go_sync_atomic_StoreInt64
func StoreInt64(addr *int64, val int64)

//extern go_sync_atomic_SwapUint32
func SwapUint32(addr *uint32, new uint32) (old uint32)

//extern go_sync_atomic_CompareAndSwapUint32
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)

//extern go_sync_atomic_AddUint32
func AddUint32(addr *uint32, delta uint32) (new uint32)

//extern go_sync_atomic_LoadUint32
func LoadUint32(addr *uint32) (val uint32)

//extern go_sync_atomic_StoreUint32
func StoreUint32(addr *uint32, val uint32)

//extern go_sync_atomic_SwapUint64
func SwapUint64(addr *uint64, new uint64) (old uint64)

//extern go_sync_atomic_CompareAndSwapUint64
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)

//extern go_sync_atomic_AddUint64
func AddUint64(addr *uint64, delta uint64) (new uint64)

//extern go_sync_atomic_LoadUint64
func LoadUint64(addr *uint64) (val uint64)

//extern go_sync_atomic_StoreUint64
func StoreUint64(addr *uint64, val uint64)

//extern go_sync_atomic_SwapUintptr
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr)

//extern go_sync_atomic_CompareAndSwapUintptr
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool)

//extern go_sync_atomic_AddUintptr
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr)

//extern go_sync_atomic_LoadUintptr
func LoadUintptr(addr *uintptr) (val uintptr)

//extern go_sync_atomic_StoreUintptr
func StoreUintptr(addr *uintptr, val uintptr)

//extern go_sync_atomic_SwapPointer
func SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer)

//extern go_sync_atomic_CompareAndSwapPointer
func CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) (swapped bool)

//extern go_sync_atomic_LoadPointer
func LoadPointer(addr *unsafe.Pointer) (val unsafe.Pointer)

//extern go_sync_atomic_StorePointer
func StorePointer(addr *unsafe.Pointer, val unsafe.Pointer)

// A Bool is an atomic boolean value.
type Bool struct {
	_ noCopy
	v uint32
}

// Load atomically loads and returns the value stored in x.
func (x *Bool) Load() bool { return LoadUint32(&x.v) != 0 }

// Store atomically stores val into x.
func (x *Bool) Store(val bool) { StoreUint32(&x.v, b32(val)) }

// Swap atomically stores new into x and returns the previous value.
func (x *Bool) Swap(new bool) (old bool) { return SwapUint32(&x.v, b32(new)) != 0 }

// CompareAndSwap executes the compare-and-swap operation for the boolean value x.
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	return CompareAndSwapUint32(&x.v, b32(old), b32(new))
}

// b32 returns a uint32 0 or 1 representing b.
func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// A Pointer is an atomic pointer of type *T.
type Pointer[T any] struct {
	_ [0]*T

	_ noCopy
	v unsafe.Pointer
}

// Load atomically loads and returns the value stored in x.
func (x *Pointer[T]) Load() *T { return (*T)(LoadPointer(&x.v)) }

// Store atomically stores val into x.
func (x *Pointer[T]) Store(val *T) { StorePointer(&x.v, unsafe.Pointer(val)) }

// Swap atomically stores new into x and returns the previous value.
func (x *Pointer[T]) Swap(new *T) (old *T) { return (*T)(SwapPointer(&x.v, unsafe.Pointer(new))) }

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool) {
	return CompareAndSwapPointer(&x.v, unsafe.Pointer(old), unsafe.Pointer(new))
}

// An Int32 is an atomic int32.
type Int32 struct {
	_ noCopy
	v int32
}

// Load atomically loads and returns the value stored in x.
func (x *Int32) Load() int32 { return LoadInt32(&x.v) }

// Store atomically stores val into x.
func (x *Int32) Store(val int32) { StoreInt32(&x.v, val) }

// Swap atomically stores new into x and returns the previous value.
func (x *Int32) Swap(new int32) (old int32) { return SwapInt32(&x.v, new) }

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Int32) CompareAndSwap(old, new int32) (swapped bool) {
	return CompareAndSwapInt32(&x.v, old, new)
}

// Add atomically adds delta to x and returns the new value.
func (x *Int32) Add(delta int32) (new int32) { return AddInt32(&x.v, delta) }

// An Int64 is an atomic int64.
type Int64 struct {
	_ noCopy
	_ align64
	v int64
}

// Load atomically loads and returns the value stored in x.
func (x *Int64) Load() int64 { return LoadInt64(&x.v) }

// Store atomically stores val into x.
func (x *Int64) Store(val int64) { StoreInt64(&x.v, val) }

// Swap atomically stores new into x and returns the previous value.
func (x *Int64) Swap(new int64) (old int64) { return SwapInt64(&x.v, new) }

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Int64) CompareAndSwap(old, new int64) (swapped bool) {
	return CompareAndSwapInt64(&x.v, old, new)
}

// Add atomically adds delta to x and returns the new value.
func (x *Int64) Add(delta int64) (new int64) { return AddInt64(&x.v, delta) }

// An Uint32 is an atomic uint32.
type Uint32 struct {
	_ noCopy
	v uint32
}

// Load atomically loads and returns the value stored in x.
func (x *Uint32) Load() uint32 { return LoadUint32(&x.v) }

// Store atomically stores val into x.
func (x *Uint32) Store(val uint32) { StoreUint32(&x.v, val) }

// Swap atomically stores new into x and returns the previous value.
func (x *Uint32) Swap(new uint32) (old uint32) { return SwapUint32(&x.v, new) }

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Uint32) CompareAndSwap(old, new uint32) (swapped bool) {
	return CompareAndSwapUint32(&x.v, old, new)
}

// Add atomically adds delta to x and returns the new value.
func (x *Uint32) Add(delta uint32) (new uint32) { return AddUint32(&x.v, delta) }

// An Uint64 is an atomic uint64.
type Uint64 struct {
	_ noCopy
	_ align64
	v uint64
}

// Load atomically loads and returns the value stored in x.
func (x *Uint64) Load() uint64 { return LoadUint64(&x.v) }

// Store atomically stores val into x.
func (x *Uint64) Store(val uint64) { StoreUint64(&x.v, val) }

// Swap atomically stores new into x and returns the previous value.
func (x *Uint64) Swap(new uint64) (old uint64) { return SwapUint64(&x.v, new) }

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Uint64) CompareAndSwap(old, new uint64) (swapped bool) {
	return CompareAndSwapUint64(&x.v, old, new)
}

// Add atomically adds delta to x and returns the new value.
func (x *Uint64) Add(delta uint64) (new uint64) { return AddUint64(&x.v, delta) }

// An Uintptr is an atomic uintptr.
type Uintptr struct {
	_ noCopy
	v uintptr
}

// Load atomically loads and returns the value stored in x.
func (x *Uintptr) Load() uintptr { return LoadUintptr(&x.v) }

// Store atomically stores val into x.
func (x *Uintptr) Store(val uintptr) { StoreUintptr(&x.v, val) }

// Swap atomically stores new into x and returns the previous value.
func (x *Uintptr) Swap(new uintptr) (old uintptr) { return SwapUintptr(&x.v, new) }

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Uintptr) CompareAndSwap(old, new uintptr) (swapped bool) {
	return CompareAndSwapUintptr(&x.v, old, new)
}

// Add atomically adds delta to x and returns the new value.
func (x *Uintptr) Add(delta uintptr) (new uintptr) { return AddUintptr(&x.v, delta) }

// noCopy may be added to structs which must not be copied after first use.
type noCopy struct{}

// Lock is a no-op used by -copylocks checker from `go vet`.
func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// align64 may be added to structs that must be 64-bit aligned.
// The compiler (gosub's layout too) recognises this type.
type align64 struct{}

// A Value provides an atomic load and store of a consistently typed value.
type Value struct {
	v any
}

//extern go_sync_atomic_Value_Load
func (v *Value) Load() (val any)

//extern go_sync_atomic_Value_Store
func (v *Value) Store(val any)

//extern go_sync_atomic_Value_Swap
func (v *Value) Swap(new any) (old any)

//extern go_sync_atomic_Value_CompareAndSwap
func (v *Value) CompareAndSwap(old, new any) (swapped bool)
