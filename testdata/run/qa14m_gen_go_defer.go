// go and defer statements inside generic functions: parallel map over
// chunks, a generic worker with deferred recovery, and deferred unlocks.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func ParallelMap[T, R any](xs []T, workers int, f func(T) R) []R {
	out := make([]R, len(xs))
	var wg sync.WaitGroup
	chunk := (len(xs) + workers - 1) / workers
	for w := 0; w < workers; w++ {
		lo, hi := w*chunk, (w+1)*chunk
		if hi > len(xs) {
			hi = len(xs)
		}
		if lo >= hi {
			break
		}
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			for i := lo; i < hi; i++ {
				out[i] = f(xs[i])
			}
		}(lo, hi)
	}
	wg.Wait()
	return out
}

type Safe[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

func (s *Safe[K, V]) Update(k K, f func(V) V) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		s.m = make(map[K]V)
	}
	s.m[k] = f(s.m[k])
}

func Try[T any](f func() T) (v T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("caught: %v", r)
		}
	}()
	return f(), nil
}

func main() {
	sq := ParallelMap([]int{1, 2, 3, 4, 5, 6, 7}, 3, func(x int) int { return x * x })
	fmt.Println(sq)
	ls := ParallelMap([]string{"a", "bb", "ccc"}, 8, func(s string) int { return len(s) })
	fmt.Println(ls)

	var counts Safe[string, int]
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			counts.Update([]string{"x", "y", "z"}[i%3], func(n int) int { return n + 1 })
		}(i)
	}
	wg.Wait()
	keys := make([]string, 0)
	for k := range counts.m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, counts.m[k], " ")
	}
	fmt.Println()

	v, err := Try(func() int { return 42 })
	fmt.Println(v, err)
	_, err = Try(func() []int { var s []int; return s[:5] })
	fmt.Println(err)
	p, err := Try(func() *int { var m map[string]*int; m["x"] = new(int); return nil })
	fmt.Println(p, err)
}
