// Closures capturing loop variables (Go 1.19 semantics: one variable per
// loop), defers inside loops, and goroutines started in loops.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type task struct {
	name string
	cost int
}

func collectFuncs() []func() string {
	var fs []func() string
	for i := 0; i < 3; i++ {
		fs = append(fs, func() string { return fmt.Sprint("shared:", i) })
	}
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() string { return fmt.Sprint("copied:", i) })
	}
	return fs
}

func deferOrder(names []string) (log []string) {
	for i, n := range names {
		defer func() {
			log = append(log, fmt.Sprintf("late %s@%d", n, i))
		}()
		defer func(n string, i int) {
			log = append(log, fmt.Sprintf("arg %s@%d", n, i))
		}(n, i)
	}
	return nil
}

func closeAll(resources []*resource) (closed int) {
	for _, r := range resources {
		r.open = true
		defer r.Close(&closed)
	}
	return 0
}

type resource struct {
	id   int
	open bool
}

func (r *resource) Close(n *int) {
	r.open = false
	*n++
}

func parallel(tasks []task) []string {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var out []string
	for _, t := range tasks {
		wg.Add(1)
		go func(t task) {
			defer wg.Done()
			s := strings.Repeat("*", t.cost)
			mu.Lock()
			out = append(out, t.name+":"+s)
			mu.Unlock()
		}(t)
	}
	wg.Wait()
	sort.Strings(out)
	return out
}

func pointersToLoopVar(xs []int) []*int {
	var ps []*int
	for _, x := range xs {
		ps = append(ps, &x)
	}
	return ps
}

func pointersToElems(xs []int) []*int {
	var ps []*int
	for i := range xs {
		ps = append(ps, &xs[i])
	}
	return ps
}

func main() {
	for _, f := range collectFuncs() {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fmt.Println(strings.Join(deferOrder([]string{"a", "b", "c"}), "; "))
	rs := []*resource{{id: 1}, {id: 2}, {id: 3}}
	n := closeAll(rs)
	fmt.Println("closed", n, rs[0].open, rs[2].open)
	fmt.Println(parallel([]task{{"x", 3}, {"y", 1}, {"z", 2}}))
	var vals []int
	for _, p := range pointersToLoopVar([]int{4, 5, 6}) {
		vals = append(vals, *p)
	}
	fmt.Println("loop var pointers:", vals)
	vals = vals[:0]
	src := []int{4, 5, 6}
	for _, p := range pointersToElems(src) {
		*p *= 10
	}
	fmt.Println("elem pointers:", src)
	counters := map[string]func() int{}
	for _, name := range []string{"one", "two"} {
		c := 0
		counters[name] = func() int { c++; return c }
	}
	counters["one"]()
	counters["one"]()
	fmt.Println(counters["one"](), counters["two"]())
}
