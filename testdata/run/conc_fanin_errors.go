// Fan-out/fan-in with a merge of several channels, a first-error
// collector and a WaitGroup-driven close; panics in workers recovered and
// reported as errors.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func merge(cs ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan string) {
			defer wg.Done()
			for s := range c {
				out <- s
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func worker(id int, words []string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		defer func() {
			if r := recover(); r != nil {
				out <- fmt.Sprintf("worker %d recovered: %v", id, r)
			}
		}()
		for _, w := range words {
			if w == "" {
				var arr []int
				_ = arr[len(w)+id]
			}
			out <- strings.ToUpper(w)
		}
	}()
	return out
}

func main() {
	a := worker(1, []string{"x", "y"})
	b := worker(2, []string{"p", "", "q"})
	c := worker(3, nil)
	all := []string{}
	for s := range merge(a, b, c) {
		all = append(all, s)
	}
	sort.Strings(all)
	for _, s := range all {
		fmt.Println(s)
	}
	errc := make(chan error, 3)
	for i := 0; i < 3; i++ {
		go func(i int) {
			if i == 1 {
				errc <- fmt.Errorf("task %d failed", i)
				return
			}
			errc <- nil
		}(i)
	}
	var first error
	for i := 0; i < 3; i++ {
		if err := <-errc; err != nil && first == nil {
			first = err
		}
	}
	fmt.Println("first error:", first)
}
