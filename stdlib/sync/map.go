package sync

import "sync/atomic"

// Map is like a Go map[any]any but is safe for concurrent use by multiple
// goroutines.  gosub's version guards a plain map with a mutex; the API
// and results are Go's, and so is the field layout (unsafe.Sizeof 40):
// read and misses are Go's fields, unused here, and m sits where Go's
// dirty map does.
type Map struct {
	mu     Mutex
	read   atomic.Value
	m      map[any]any
	misses int
}

// Load returns the value stored in the map for a key, or nil if no value is present.
func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	value, ok = m.m[key]
	if !ok {
		m.missLocked()
	}
	m.mu.Unlock()
	return
}

// missLocked counts a Load that missed (Go's Map promotes its dirty map
// after as many misses as it has entries; gosub's has one map, so the
// count just restarts).  Called with m.mu held.
func (m *Map) missLocked() {
	m.misses++
	if m.misses < len(m.m) {
		return
	}
	m.misses = 0
}

// dirtyLocked makes sure m's map exists.  Called with m.mu held.
func (m *Map) dirtyLocked() {
	if m.m != nil {
		return
	}
	m.m = make(map[any]any)
}

// Store sets the value for a key.
func (m *Map) Store(key, value any) {
	m.mu.Lock()
	m.dirtyLocked()
	m.m[key] = value
	m.mu.Unlock()
}

// LoadOrStore returns the existing value for the key if present.
// Otherwise, it stores and returns the given value.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok {
		return v, true
	}
	m.dirtyLocked()
	m.m[key] = value
	return value, false
}

// LoadAndDelete deletes the value for a key, returning the previous value if any.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, loaded = m.m[key]
	delete(m.m, key)
	return
}

// Delete deletes the value for a key.
func (m *Map) Delete(key any) {
	m.mu.Lock()
	delete(m.m, key)
	m.mu.Unlock()
}

// Range calls f sequentially for each key and value present in the map.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := make([]any, 0, len(m.m))
	vals := make([]any, 0, len(m.m))
	for k, v := range m.m {
		keys = append(keys, k)
		vals = append(vals, v)
	}
	m.mu.Unlock()
	for i := range keys {
		if !f(keys[i], vals[i]) {
			break
		}
	}
}
