// Lazily built lookup tables with sync.Once, and a sync.Map used as a
// concurrent cache of computed results.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

var (
	tableOnce sync.Once
	table     map[string]int
	builds    int
)

func lookup(name string) int {
	tableOnce.Do(func() {
		builds++
		table = make(map[string]int, 16)
		for i, n := range strings.Fields("zero one two three four five six seven eight nine") {
			table[n] = i
		}
	})
	return table[name]
}

type Fib struct {
	cache sync.Map // int -> uint64
	calls int64
	mu    sync.Mutex
}

func (f *Fib) Get(n int) uint64 {
	if v, ok := f.cache.Load(n); ok {
		return v.(uint64)
	}
	f.mu.Lock()
	f.calls++
	f.mu.Unlock()
	var r uint64
	if n < 2 {
		r = uint64(n)
	} else {
		r = f.Get(n-1) + f.Get(n-2)
	}
	actual, _ := f.cache.LoadOrStore(n, r)
	return actual.(uint64)
}

func main() {
	var wg sync.WaitGroup
	sums := make([]int, 4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for _, w := range []string{"one", "three", "nine", "ten"} {
				sums[g] += lookup(w)
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(sums, builds)

	f := &Fib{}
	fmt.Println(f.Get(50), f.Get(10))
	var keys []int
	f.cache.Range(func(k, v any) bool {
		keys = append(keys, k.(int))
		return true
	})
	sort.Ints(keys)
	fmt.Println(len(keys), keys[:5], f.calls)
	f.cache.Delete(50)
	_, ok := f.cache.Load(50)
	v, loaded := f.cache.LoadAndDelete(49)
	fmt.Println(ok, v, loaded)

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
}
