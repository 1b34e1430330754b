package main

import (
	"fmt"
	"sort"
	"sync"
)

func Generate[T any](items ...T) <-chan T {
	ch := make(chan T, len(items))
	for _, it := range items {
		ch <- it
	}
	close(ch)
	return ch
}

func Merge[T any](chans ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	wg.Add(len(chans))
	for _, c := range chans {
		go func(c <-chan T) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func ParallelMap[T, U any](in []T, workers int, f func(T) U) []U {
	out := make([]U, len(in))
	idx := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range idx {
				out[i] = f(in[i])
			}
		}()
	}
	for i := range in {
		idx <- i
	}
	close(idx)
	wg.Wait()
	return out
}

func Drain[T any](c <-chan T) []T {
	var xs []T
	for v := range c {
		xs = append(xs, v)
	}
	return xs
}

type SafeMap[K comparable, V any] struct {
	mu sync.RWMutex
	m  map[K]V
}

func (s *SafeMap[K, V]) Update(k K, f func(V) V) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		s.m = make(map[K]V)
	}
	s.m[k] = f(s.m[k])
}

func (s *SafeMap[K, V]) Load(k K) (V, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.m[k]
	return v, ok
}

func main() {
	all := Drain(Merge(Generate(1, 2, 3), Generate(10, 20), Generate[int]()))
	sort.Ints(all)
	fmt.Println(all)
	words := Drain(Merge(Generate("b", "a"), Generate("c")))
	sort.Strings(words)
	fmt.Println(words)
	lens := ParallelMap([]string{"alpha", "be", "gamma", "delta", "e"}, 3, func(s string) int { return len(s) })
	fmt.Println(lens)
	sq := ParallelMap([]float64{1, 2, 3}, 2, func(x float64) float64 { return x * x })
	fmt.Println(sq)
	var sm SafeMap[string, int]
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			key := "even"
			if i%2 == 1 {
				key = "odd"
			}
			sm.Update(key, func(v int) int { return v + i })
		}(i)
	}
	wg.Wait()
	e, _ := sm.Load("even")
	o, _ := sm.Load("odd")
	_, ok := sm.Load("none")
	fmt.Println(e, o, ok)
	type ev struct {
		name string
		at   int
	}
	evs := Drain(Generate(ev{"start", 0}, ev{"stop", 5}))
	fmt.Printf("%+v\n", evs)
}
