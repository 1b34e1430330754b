// Go 1.19's bodies of the sync methods gc inlines that gosub implements in
// the runtime (//extern), as functions taking the receiver first: the
// inliner copies gcinl_T_M in place of (*T).M at a call so that escape
// analysis and -m=2 see what gc sees; codegen still compiles the call.
// These functions are never called.
package sync

import "sync/atomic"

const mutexLocked = 1

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

func gcinl_WaitGroup_Done(wg *WaitGroup) {
	wg.Add(-1)
}

// The slow paths the models call (named as Go's, whose escape tags the
// tag table records); gosub's Lock and Unlock never call them, but the
// type's method table refers to every method.
func (m *Mutex) lockSlow() { m.Lock() }

func (m *Mutex) unlockSlow(new int32) { m.Unlock() }
