// Package sync: Go 1.19's sync types with their exact layouts; the
// blocking algorithms are the runtime's (runtime/sync.c).
package sync

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock.  The zero value is unlocked.
type Mutex struct {
	state int32
	sema  uint32
}

//extern go_sync_Mutex_Lock
func (m *Mutex) Lock()

//extern go_sync_Mutex_TryLock
func (m *Mutex) TryLock() bool

//extern go_sync_Mutex_Unlock
func (m *Mutex) Unlock()

// A RWMutex is a reader/writer mutual exclusion lock.
type RWMutex struct {
	w           Mutex  // held if there are pending writers
	writerSem   uint32 // semaphore for writers to wait for completing readers
	readerSem   uint32 // semaphore for readers to wait for completing writers
	readerCount int32  // number of pending readers
	readerWait  int32  // number of departing readers
}

//extern go_sync_RWMutex_Lock
func (rw *RWMutex) Lock()

//extern go_sync_RWMutex_TryLock
func (rw *RWMutex) TryLock() bool

//extern go_sync_RWMutex_Unlock
func (rw *RWMutex) Unlock()

//extern go_sync_RWMutex_RLock
func (rw *RWMutex) RLock()

//extern go_sync_RWMutex_TryRLock
func (rw *RWMutex) TryRLock() bool

//extern go_sync_RWMutex_RUnlock
func (rw *RWMutex) RUnlock()

// RLocker returns a Locker interface that implements Lock and Unlock by
// calling rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// noCopy may be embedded into structs which must not be copied after first use.
type noCopy struct{}

// Lock is a no-op used by -copylocks checker from `go vet`.
func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	noCopy noCopy

	state1 uint64
	state2 uint32
}

//extern go_sync_WaitGroup_Add
func (wg *WaitGroup) Add(delta int)

//extern go_sync_WaitGroup_Done
func (wg *WaitGroup) Done()

//extern go_sync_WaitGroup_Wait
func (wg *WaitGroup) Wait()

// Once is an object that will perform exactly one action.
type Once struct {
	done uint32
	m    Mutex
}

//extern go_sync_Once_Do
func (o *Once) Do(f func())

// notifyList is the runtime's ticket-based notification list.
type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr
	head   uintptr
	tail   uintptr
}

// copyChecker holds back pointer to itself to detect object copying.
type copyChecker uintptr

// Cond implements a condition variable.
type Cond struct {
	noCopy noCopy

	// L is held while observing or changing the condition
	L Locker

	notify  notifyList
	checker copyChecker
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

//extern go_sync_Cond_Wait
func (c *Cond) Wait()

//extern go_sync_Cond_Signal
func (c *Cond) Signal()

//extern go_sync_Cond_Broadcast
func (c *Cond) Broadcast()
