// Copy-on-write: writers copy the slice, modify the copy and publish it
// with atomic.Pointer; readers keep using the snapshot they loaded.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Member struct {
	Name string
	Addr string
}

type Membership struct {
	mu   sync.Mutex // serializes writers
	list atomic.Pointer[[]Member]
	gen  atomic.Uint64
}

func NewMembership(ms ...Member) *Membership {
	m := &Membership{}
	cp := append([]Member(nil), ms...)
	m.list.Store(&cp)
	return m
}

func (m *Membership) Snapshot() []Member {
	return *m.list.Load()
}

func (m *Membership) update(f func([]Member) []Member) {
	m.mu.Lock()
	defer m.mu.Unlock()
	old := *m.list.Load()
	cp := make([]Member, len(old), len(old)+1)
	copy(cp, old)
	cp = f(cp)
	m.list.Store(&cp)
	m.gen.Add(1)
}

func (m *Membership) Join(mem Member) {
	m.update(func(ms []Member) []Member { return append(ms, mem) })
}

func (m *Membership) Leave(name string) {
	m.update(func(ms []Member) []Member {
		out := ms[:0]
		for _, x := range ms {
			if x.Name != name {
				out = append(out, x)
			}
		}
		return out
	})
}

func (m *Membership) Rename(old, new string) {
	m.update(func(ms []Member) []Member {
		for i := range ms {
			if ms[i].Name == old {
				ms[i].Name = new
			}
		}
		return ms
	})
}

func main() {
	m := NewMembership(Member{"a", "10.0.0.1"}, Member{"b", "10.0.0.2"})
	snap := m.Snapshot()
	m.Join(Member{"c", "10.0.0.3"})
	m.Rename("a", "alpha")
	fmt.Println(snap)
	fmt.Println(m.Snapshot(), m.gen.Load())

	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m.Join(Member{fmt.Sprintf("n%d", i), "10.1.0.0"})
		}(i)
	}
	wg.Wait()
	fmt.Println(len(m.Snapshot()), m.gen.Load())
	for i := 0; i < 5; i++ {
		m.Leave(fmt.Sprintf("n%d", i))
	}
	fmt.Println(m.Snapshot(), m.gen.Load())
}
