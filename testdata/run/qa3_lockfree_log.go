// Lock-free data structures with sync/atomic: a Treiber stack on
// atomic.Pointer, a sequence generator with CompareAndSwap retry loops and
// an append-only log published through an atomic pointer to an immutable
// snapshot (copy-on-write). Final contents are sorted before printing.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type node struct {
	val  string
	next *node
}

type Stack struct {
	top  atomic.Pointer[node]
	size atomic.Int64
}

func (s *Stack) Push(v string) {
	n := &node{val: v}
	for {
		old := s.top.Load()
		n.next = old
		if s.top.CompareAndSwap(old, n) {
			s.size.Add(1)
			return
		}
	}
}

func (s *Stack) Pop() (string, bool) {
	for {
		old := s.top.Load()
		if old == nil {
			return "", false
		}
		if s.top.CompareAndSwap(old, old.next) {
			s.size.Add(-1)
			return old.val, true
		}
	}
}

// Snapshot is immutable once published.
type Snapshot struct {
	version int
	entries []string
}

type Log struct {
	mu   sync.Mutex // serialises writers only
	snap atomic.Pointer[Snapshot]
}

func NewLog() *Log {
	l := &Log{}
	l.snap.Store(&Snapshot{})
	return l
}

func (l *Log) Append(e string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	old := l.snap.Load()
	entries := make([]string, len(old.entries), len(old.entries)+1)
	copy(entries, old.entries)
	entries = append(entries, e)
	l.snap.Store(&Snapshot{version: old.version + 1, entries: entries})
}

func (l *Log) Read() *Snapshot { return l.snap.Load() }

type MaxTracker struct {
	max atomic.Int64
}

func (m *MaxTracker) Observe(v int64) {
	for {
		cur := m.max.Load()
		if v <= cur || m.max.CompareAndSwap(cur, v) {
			return
		}
	}
}

func main() {
	var st Stack
	var wg sync.WaitGroup
	for g := 0; g < 6; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				st.Push(fmt.Sprintf("g%d-%02d", g, i))
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("stack size after pushes:", st.size.Load())

	popped := make(chan string, 300)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				if v, ok := st.Pop(); ok {
					popped <- v
				}
			}
		}()
	}
	wg.Wait()
	close(popped)
	var got []string
	for v := range popped {
		got = append(got, v)
	}
	fmt.Println("popped:", len(got), "left:", st.size.Load())
	var rest []string
	for {
		v, ok := st.Pop()
		if !ok {
			break
		}
		rest = append(rest, v)
	}
	all := append(got, rest...)
	sort.Strings(all)
	dups := 0
	for i := 1; i < len(all); i++ {
		if all[i] == all[i-1] {
			dups++
		}
	}
	fmt.Println("total:", len(all), "duplicates:", dups, "first:", all[0], "last:", all[len(all)-1])

	lg := NewLog()
	var readers sync.WaitGroup
	var maxSeen MaxTracker
	var consistent atomic.Bool
	consistent.Store(true)
	for r := 0; r < 3; r++ {
		readers.Add(1)
		go func() {
			defer readers.Done()
			for i := 0; i < 200; i++ {
				s := lg.Read()
				if len(s.entries) != s.version {
					consistent.Store(false)
				}
				maxSeen.Observe(int64(s.version))
			}
		}()
	}
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				lg.Append(fmt.Sprintf("w%d:%d", w, i))
			}
		}(w)
	}
	wg.Wait()
	readers.Wait()
	final := lg.Read()
	fmt.Println("log version:", final.version, "entries:", len(final.entries), "snapshots consistent:", consistent.Load())
	fmt.Println("max seen <= final:", maxSeen.max.Load() <= int64(final.version))
	perWriter := map[string]int{}
	for _, e := range final.entries {
		w, _, _ := strings.Cut(e, ":")
		perWriter[w]++
	}
	keys := make([]string, 0, len(perWriter))
	for k := range perWriter {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d ", k, perWriter[k])
	}
	fmt.Println()

	var seq atomic.Uint64
	ids := make([]uint64, 0, 100)
	var idMu sync.Mutex
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				id := seq.Add(1)
				idMu.Lock()
				ids = append(ids, id)
				idMu.Unlock()
			}
		}()
	}
	wg.Wait()
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	unique := true
	for i, id := range ids {
		if id != uint64(i+1) {
			unique = false
		}
	}
	fmt.Println("ids:", len(ids), "unique and dense:", unique)
}
