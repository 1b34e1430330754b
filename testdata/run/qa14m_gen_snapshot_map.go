// A generic read-mostly map: readers load an immutable map through an
// atomic.Pointer, writers copy it under a mutex; entries are generic pairs.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type entry[K comparable, V any] struct {
	key K
	val V
	ver int
}

type ReadMap[K comparable, V any] struct {
	mu   sync.Mutex
	data atomic.Pointer[map[K]entry[K, V]]
	list atomic.Pointer[[]K]
	vers int
}

func New[K comparable, V any]() *ReadMap[K, V] {
	r := &ReadMap[K, V]{}
	m := make(map[K]entry[K, V])
	r.data.Store(&m)
	keys := []K{}
	r.list.Store(&keys)
	return r
}

func (r *ReadMap[K, V]) Get(k K) (V, bool) {
	e, ok := (*r.data.Load())[k]
	return e.val, ok
}

func (r *ReadMap[K, V]) Set(k K, v V) {
	r.mu.Lock()
	defer r.mu.Unlock()
	old := *r.data.Load()
	next := make(map[K]entry[K, V], len(old)+1)
	for kk, vv := range old {
		next[kk] = vv
	}
	r.vers++
	if _, had := old[k]; !had {
		keys := append(append([]K(nil), *r.list.Load()...), k)
		r.list.Store(&keys)
	}
	next[k] = entry[K, V]{key: k, val: v, ver: r.vers}
	r.data.Store(&next)
}

func (r *ReadMap[K, V]) Keys() []K { return *r.list.Load() }

func (r *ReadMap[K, V]) Version(k K) int { return (*r.data.Load())[k].ver }

func main() {
	prices := New[string, float64]()
	prices.Set("apple", 1.25)
	prices.Set("pear", 0.9)
	prices.Set("apple", 1.5)
	v, ok := prices.Get("apple")
	_, ok2 := prices.Get("plum")
	fmt.Println(v, ok, ok2, prices.Keys(), prices.Version("apple"), prices.Version("pear"))

	counts := New[int, []string]()
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			counts.Set(i, []string{fmt.Sprint("v", i)})
		}(i)
	}
	wg.Wait()
	keys := append([]int(nil), counts.Keys()...)
	sort.Ints(keys)
	for _, k := range keys {
		s, _ := counts.Get(k)
		fmt.Print(k, s, " ")
	}
	fmt.Println()
	type pt struct{ x, y int }
	pts := New[pt, *pt]()
	p := &pt{1, 2}
	pts.Set(*p, p)
	got, _ := pts.Get(pt{1, 2})
	fmt.Println(got == p, len(pts.Keys()))
}
