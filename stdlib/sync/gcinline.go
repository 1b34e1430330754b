// Go 1.19's bodies of the sync methods gc inlines that gosub implements in
// the runtime (//extern), as functions taking the receiver first: the
// inliner copies gcinl_T_M in place of (*T).M at a call so that escape
// analysis and -m=2 see what gc sees; codegen still compiles the call.
// These functions are never called.
package sync

import "sync/atomic"

const (
	mutexLocked   = 1
	mutexStarving = 4
)

func gcinl_Mutex_Lock(m *Mutex) {
	if atomic.CompareAndSwapInt32(&m.state, 0, mutexLocked) {
		return
	}
	m.lockSlow()
}

func gcinl_Mutex_Unlock(m *Mutex) {
	new := atomic.AddInt32(&m.state, -mutexLocked)
	if new != 0 {
		m.unlockSlow(new)
	}
}

func gcinl_Mutex_TryLock(m *Mutex) bool {
	old := m.state
	if old&(mutexLocked|mutexStarving) != 0 {
		return false
	}
	if !atomic.CompareAndSwapInt32(&m.state, old, old|mutexLocked) {
		return false
	}
	return true
}

func gcinl_RWMutex_RLock(rw *RWMutex) {
	if atomic.AddInt32(&rw.readerCount, 1) < 0 {
		runtime_SemacquireMutex(&rw.readerSem, false, 0)
	}
}

func gcinl_RWMutex_RUnlock(rw *RWMutex) {
	if r := atomic.AddInt32(&rw.readerCount, -1); r < 0 {
		rw.rUnlockSlow(r)
	}
}

func gcinl_RWMutex_TryRLock(rw *RWMutex) bool {
	for {
		c := atomic.LoadInt32(&rw.readerCount)
		if c < 0 {
			return false
		}
		if atomic.CompareAndSwapInt32(&rw.readerCount, c, c+1) {
			return true
		}
	}
}

func gcinl_Once_Do(o *Once, f func()) {
	if atomic.LoadUint32(&o.done) == 0 {
		o.doSlow(f)
	}
}

func gcinl_WaitGroup_Done(wg *WaitGroup) {
	wg.Add(-1)
}

// The slow paths the models call (named as Go's, whose escape tags the
// tag table records); gosub's Lock and Unlock never call them, but the
// type's method table refers to every method.
func (m *Mutex) lockSlow() { m.Lock() }

func (m *Mutex) unlockSlow(new int32) { m.Unlock() }

func (rw *RWMutex) rUnlockSlow(r int32) { rw.RUnlock() }

func (o *Once) doSlow(f func()) { o.Do(f) }

// runtime_SemacquireMutex is Go's semaphore acquire (linked to the
// runtime there); only the RLock model refers to it, so it is never
// compiled.
//
//extern go_sync_runtime_SemacquireMutex
func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int)

func gcinl_Map_Delete(m *Map, key any) {
	m.LoadAndDelete(key)
}
