// Closures created in loops: capturing the loop variable (shared in Go
// 1.19) versus a per-iteration copy, deferred closures, and goroutines.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func shared() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	return fs
}

func copied() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i * 10 })
	}
	return fs
}

func params() []func() int {
	var fs []func() int
	for _, v := range []int{7, 8, 9} {
		fs = append(fs, func(x int) func() int {
			return func() int { return x + 1 }
		}(v))
	}
	return fs
}

func deferred() (out []int) {
	for i := 0; i < 3; i++ {
		defer func() { out = append(out, i) }()
	}
	for i := 0; i < 3; i++ {
		defer func(n int) { out = append(out, n) }(i)
	}
	return nil
}

func call(fs []func() int) []int {
	r := make([]int, 0, len(fs))
	for _, f := range fs {
		r = append(r, f())
	}
	return r
}

func gather(words []string) []string {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var res []string
	for _, w := range words {
		w := w
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			res = append(res, w+"!")
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Strings(res)
	return res
}

func main() {
	fmt.Println(call(shared()), call(copied()), call(params()))
	fmt.Println(deferred())
	fmt.Println(gather([]string{"c", "a", "b"}))
	acc := 0
	adders := map[string]func(int){}
	for _, name := range []string{"one", "two"} {
		n := len(name)
		adders[name] = func(k int) { acc += k * n }
	}
	adders["one"](2)
	adders["two"](5)
	fmt.Println(acc)
}
