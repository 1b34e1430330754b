package main

import (
	"fmt"
	"sort"
	"sync"
)

func producer(name string, n int) <-chan string {
	c := make(chan string)
	go func() {
		defer close(c)
		for i := 0; i < n; i++ {
			c <- fmt.Sprintf("%s-%d", name, i)
		}
	}()
	return c
}

func merge(cs ...<-chan string) <-chan string {
	var wg sync.WaitGroup
	out := make(chan string)
	output := func(c <-chan string) {
		for s := range c {
			out <- s
		}
		wg.Done()
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func fanOut(in <-chan string, n int) []<-chan int {
	outs := make([]<-chan int, n)
	for i := 0; i < n; i++ {
		c := make(chan int)
		outs[i] = c
		go func() {
			defer close(c)
			for s := range in {
				c <- len(s)
			}
		}()
	}
	return outs
}

func main() {
	var got []string
	for s := range merge(producer("a", 3), producer("bb", 4), producer("ccc", 2)) {
		got = append(got, s)
	}
	sort.Strings(got)
	fmt.Println(len(got), got)
	outs := fanOut(merge(producer("x", 5), producer("yy", 5)), 3)
	total := 0
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, c := range outs {
		wg.Add(1)
		go func(c <-chan int) {
			defer wg.Done()
			for n := range c {
				mu.Lock()
				total += n
				mu.Unlock()
			}
		}(c)
	}
	wg.Wait()
	fmt.Println("total", total)
}
