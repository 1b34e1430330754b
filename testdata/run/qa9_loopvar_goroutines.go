// Go 1.19 loop variables are shared by all iterations: closures see the
// last value unless the loop body copies it. Goroutines and deferred
// closures show the difference.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func sharedFuncs() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	return fs
}

func copiedFuncs() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i * 10 })
	}
	return fs
}

func rangeGoroutines(words []string) []string {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var got []string
	for _, w := range words {
		wg.Add(1)
		go func(w string) {
			defer wg.Done()
			mu.Lock()
			got = append(got, w)
			mu.Unlock()
		}(w)
	}
	wg.Wait()
	sort.Strings(got)
	return got
}

func deferredPrints() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print("closure:", i, " ") }()
		defer fmt.Print("arg:", i, " ")
	}
}

func pointersToLoopVar() []*int {
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	return ps
}

func main() {
	for _, f := range sharedFuncs() {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for _, f := range copiedFuncs() {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fmt.Println(rangeGoroutines([]string{"pear", "fig", "apple"}))
	deferredPrints()
	fmt.Println()
	ps := pointersToLoopVar()
	fmt.Println(*ps[0], *ps[1], *ps[2], ps[0] == ps[2])
	sum := 0
	add := func(n int) { sum += n }
	for _, v := range []int{4, 5, 6} {
		add(v)
	}
	fmt.Println(sum)
}
