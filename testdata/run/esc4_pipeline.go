// A goroutine pipeline: generator, stages connected by channels,
// closures launched in loops, results collected in a mutex-guarded map,
// a context-like done channel and errors sent over channels.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"sync"
)

type item struct {
	n   int
	sq  int
	err error
}

func gen(done <-chan struct{}, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func square(done <-chan struct{}, in <-chan int) <-chan item {
	out := make(chan item)
	go func() {
		defer close(out)
		for n := range in {
			it := item{n: n, sq: n * n}
			if n < 0 {
				it.err = errors.New("negative: " + strconv.Itoa(n))
			}
			select {
			case out <- it:
			case <-done:
				return
			}
		}
	}()
	return out
}

func merge(done <-chan struct{}, cs ...<-chan item) <-chan item {
	var wg sync.WaitGroup
	out := make(chan item)
	output := func(c <-chan item) {
		defer wg.Done()
		for it := range c {
			select {
			case out <- it:
			case <-done:
				return
			}
		}
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

type results struct {
	mu   sync.Mutex
	byN  map[int]int
	errs []error
}

func (r *results) add(it item) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if it.err != nil {
		r.errs = append(r.errs, it.err)
		return
	}
	r.byN[it.n] = it.sq
}

func main() {
	done := make(chan struct{})
	defer close(done)
	in := gen(done, 1, 2, 3, -4, 5, 6)
	c1 := square(done, in)
	c2 := square(done, gen(done, 7, 8))
	res := &results{byN: make(map[int]int)}
	for it := range merge(done, c1, c2) {
		res.add(it)
	}
	var keys []int
	for k := range res.byN {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Print(k, "=", res.byN[k], " ")
	}
	fmt.Println()
	for _, e := range res.errs {
		fmt.Println("error:", e)
	}

	var wg sync.WaitGroup
	sums := make([]int, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(idx int) {
			defer wg.Done()
			for j := 0; j <= idx*10; j++ {
				sums[idx] += j
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(sums)
}
