package sync

import "unsafe"

// A Pool is a set of temporary objects that may be individually saved and
// retrieved.  The runtime keeps the per-P caches and the victim cache
// (cleared by the garbage collector as in Go >= 1.13); the Go-visible
// layout is Go 1.19's.
type Pool struct {
	noCopy noCopy

	local     unsafe.Pointer // local fixed-size per-P pool, actual type is [P]poolLocal
	localSize uintptr        // size of the local array

	victim     unsafe.Pointer // local from previous cycle
	victimSize uintptr        // size of victims array

	// New optionally specifies a function to generate
	// a value when Get would otherwise return nil.
	New func() any
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	poolPut(p, x)
}

// Get selects an arbitrary item from the Pool, removes it from the Pool,
// and returns it to the caller.
func (p *Pool) Get() any {
	x := poolGet(p)
	if x == nil && p.New != nil {
		x = p.New()
	}
	return x
}

//extern go_sync_poolPut
func poolPut(p *Pool, x any)

//extern go_sync_poolGet
func poolGet(p *Pool) any

// poolLocal is the start of a Pool's cache as the runtime lays it out
// (runtime/sync.c): the private item, then localSize shared ones.
type poolLocal struct {
	private any
}

// getSlow, pin and pinSlow are Go 1.19's unexported methods: a type
// embedding Pool gets gc's wrappers for them (its method set is Go's).
// gosub's pools keep one cache, P 0's, which the runtime makes on first
// use; getSlow is Get's path through the victim cache.
func (p *Pool) getSlow(pid int) any {
	return poolGetSlow(p)
}

func (p *Pool) pin() (*poolLocal, int) {
	l := p.local
	if l != nil {
		return (*poolLocal)(l), 0
	}
	return p.pinSlow()
}

func (p *Pool) pinSlow() (*poolLocal, int) {
	return (*poolLocal)(poolPinSlow(p)), 0
}

//extern go_sync_poolGetSlow
func poolGetSlow(p *Pool) any

//extern go_sync_poolPinSlow
func poolPinSlow(p *Pool) unsafe.Pointer
