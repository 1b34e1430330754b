// A generic copy-on-write list published with atomic.Pointer.
package main

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

type snapshot[T any] struct {
	items []T
	gen   uint64
}

type COWList[T any] struct {
	mu  sync.Mutex
	ptr atomic.Pointer[snapshot[T]]
}

func NewCOW[T any]() *COWList[T] {
	l := &COWList[T]{}
	l.ptr.Store(&snapshot[T]{})
	return l
}

func (l *COWList[T]) Items() []T { return l.ptr.Load().items }

func (l *COWList[T]) Append(vs ...T) uint64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	old := l.ptr.Load()
	items := make([]T, len(old.items), len(old.items)+len(vs))
	copy(items, old.items)
	items = append(items, vs...)
	next := &snapshot[T]{items: items, gen: old.gen + 1}
	l.ptr.Store(next)
	return next.gen
}

func (l *COWList[T]) Filter(keep func(T) bool) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	old := l.ptr.Load()
	var items []T
	for _, v := range old.items {
		if keep(v) {
			items = append(items, v)
		}
	}
	l.ptr.Store(&snapshot[T]{items: items, gen: old.gen + 1})
	return len(old.items) - len(items)
}

type route struct {
	prefix string
	port   int
}

func main() {
	names := NewCOW[string]()
	before := names.Items()
	names.Append("alpha", "beta")
	mid := names.Items()
	names.Append("gamma")
	fmt.Println(len(before), mid, names.Items())
	removed := names.Filter(func(s string) bool { return !strings.HasPrefix(s, "b") })
	fmt.Println("removed", removed, names.Items(), mid)

	routes := NewCOW[*route]()
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			routes.Append(&route{prefix: fmt.Sprintf("/r%d", i), port: 8000 + i})
		}(i)
	}
	wg.Wait()
	sum := 0
	for _, r := range routes.Items() {
		sum += r.port
	}
	fmt.Println("routes", len(routes.Items()), "ports", sum, "gen", routes.ptr.Load().gen)
	nums := NewCOW[int]()
	for i := 0; i < 10; i++ {
		nums.Append(i)
	}
	nums.Filter(func(v int) bool { return v%2 == 1 })
	fmt.Println(nums.Items(), nums.ptr.Load().gen)
}
