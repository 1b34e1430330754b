package main

import (
	"fmt"
	"strings"
	"sync"
)

type Stage[In, Out any] func(In) Out

func Source[T any](xs ...T) <-chan T {
	ch := make(chan T)
	go func() {
		defer close(ch)
		for _, x := range xs {
			ch <- x
		}
	}()
	return ch
}

func Map[In, Out any](in <-chan In, f Stage[In, Out]) <-chan Out {
	out := make(chan Out, 4)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func Filter[T any](in <-chan T, keep func(T) bool) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for v := range in {
			if keep(v) {
				out <- v
			}
		}
	}()
	return out
}

func FanOut[T, R any](in <-chan T, n int, f func(T) R) []R {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var res []R
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range in {
				r := f(v)
				mu.Lock()
				res = append(res, r)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return res
}

type word struct {
	text string
	n    int
}

func main() {
	words := Source("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta")
	upper := Map(words, func(s string) word { return word{strings.ToUpper(s), len(s)} })
	long := Filter(upper, func(w word) bool { return w.n > 3 })
	lens := FanOut(long, 3, func(w word) int { return w.n * 10 })
	sum := 0
	for _, l := range lens {
		sum += l
	}
	fmt.Println("count", len(lens), "sum", sum)

	sq := Map(Source(1, 2, 3, 4, 5), func(i int) float64 { return float64(i) * 1.5 })
	var parts []string
	for f := range sq {
		parts = append(parts, fmt.Sprintf("%.1f", f))
	}
	fmt.Println(strings.Join(parts, ","))
}
