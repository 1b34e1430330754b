// Goroutine fan-in with a WaitGroup closing the merged channel; results
// carry their origin and are sorted before printing.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	src  string
	n    int
	hash uint32
}

func fnv(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func source(name string, items []string) <-chan result {
	out := make(chan result)
	go func() {
		defer close(out)
		for i, it := range items {
			out <- result{src: name, n: i, hash: fnv(it)}
		}
	}()
	return out
}

func merge[T any](ins ...<-chan T) <-chan T {
	out := make(chan T, len(ins))
	var wg sync.WaitGroup
	wg.Add(len(ins))
	for _, in := range ins {
		go func(c <-chan T) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(in)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

type stats struct {
	mu     sync.Mutex
	counts map[string]int
}

func (s *stats) add(src string) {
	s.mu.Lock()
	s.counts[src]++
	s.mu.Unlock()
}

func main() {
	a := source("a", []string{"x", "y", "z"})
	b := source("b", []string{"hello", "world"})
	c := source("c", nil)
	d := source("d", []string{"1", "2", "3", "4"})
	var all []result
	st := &stats{counts: map[string]int{}}
	for r := range merge(a, b, c, d) {
		all = append(all, r)
		st.add(r.src)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].src != all[j].src {
			return all[i].src < all[j].src
		}
		return all[i].n < all[j].n
	})
	for _, r := range all {
		fmt.Printf("%s%d %08x\n", r.src, r.n, r.hash)
	}
	keys := make([]string, 0, len(st.counts))
	for k := range st.counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", st.counts[k], " ")
	}
	fmt.Println()

	nums := make([]<-chan int, 3)
	for i := range nums {
		ch := make(chan int, 2)
		ch <- i
		ch <- i * 10
		close(ch)
		nums[i] = ch
	}
	total := 0
	for v := range merge(nums...) {
		total += v
	}
	fmt.Println("total", total)
}
