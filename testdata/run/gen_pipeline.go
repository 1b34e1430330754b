// Goroutines and channels in generic code: a Generate/Stage/Collect
// pipeline over chan T, a fan-out worker pool WorkerPool[In, Out] that
// keeps results in input order, a generic Merge of several channels
// (results sorted before printing), a select with a done channel, and a
// generic future.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func Generate[T any](xs ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, x := range xs {
			out <- x
		}
	}()
	return out
}

func Stage[In, Out any](in <-chan In, f func(In) Out) <-chan Out {
	out := make(chan Out, 2)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func Collect[T any](in <-chan T) []T {
	var r []T
	for v := range in {
		r = append(r, v)
	}
	return r
}

type result[T any] struct {
	idx int
	val T
}

func WorkerPool[In, Out any](workers int, inputs []In, f func(In) Out) []Out {
	jobs := make(chan int)
	results := make(chan result[Out], len(inputs))
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results <- result[Out]{i, f(inputs[i])}
			}
		}()
	}
	for i := range inputs {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	close(results)
	out := make([]Out, len(inputs))
	for r := range results {
		out[r.idx] = r.val
	}
	return out
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

func TakeUntil[T comparable](in <-chan T, stop T, done chan<- struct{}) []T {
	var r []T
	for {
		select {
		case v, ok := <-in:
			if !ok || v == stop {
				close(done)
				return r
			}
			r = append(r, v)
		}
	}
}

type Future[T any] struct {
	ch  chan struct{}
	val T
}

func Async[T any](f func() T) *Future[T] {
	fu := &Future[T]{ch: make(chan struct{})}
	go func() {
		fu.val = f()
		close(fu.ch)
	}()
	return fu
}

func (f *Future[T]) Await() T {
	<-f.ch
	return f.val
}

func main() {
	sq := Stage(Generate(1, 2, 3, 4, 5), func(x int) int { return x * x })
	strs := Stage(sq, func(x int) string { return fmt.Sprintf("<%d>", x) })
	fmt.Println(strings.Join(Collect(strs), ""))

	lens := WorkerPool(3, []string{"a", "bb", "ccc", "dddd", "", "ffffff"}, func(s string) int {
		return len(s) * 10
	})
	fmt.Println(lens)
	primes := WorkerPool(4, []int{2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13}, func(n int) bool {
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				return false
			}
		}
		return true
	})
	fmt.Println(primes)

	merged := Collect(Merge(Generate("x", "y"), Generate("a"), Generate[string](), Generate("m", "n", "o")))
	sort.Strings(merged)
	fmt.Println(merged, len(merged))

	floats := Collect(Merge(Stage(Generate(1.5, 2.5), func(f float64) float64 { return f * 2 })))
	sort.Float64s(floats)
	fmt.Println(floats)

	done := make(chan struct{})
	got := TakeUntil(Generate("go", "on", "stop", "never"), "stop", done)
	<-done
	fmt.Println(got)
	done2 := make(chan struct{})
	fmt.Println(TakeUntil(Generate(1, 2), 99, done2))

	f1 := Async(func() []int { return WorkerPool(2, []int{1, 2, 3}, func(i int) int { return -i }) })
	f2 := Async(func() string { return strings.Repeat("ab", 3) })
	fmt.Println(f2.Await(), f1.Await(), f1.Await())
	fmt.Printf("%T %T\n", f1, Generate[byte]())

	var mu sync.Mutex
	total := 0
	WorkerPool(5, make([]struct{}, 100), func(struct{}) bool {
		mu.Lock()
		total++
		mu.Unlock()
		return true
	})
	fmt.Println("total", total)
}
