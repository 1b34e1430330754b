package main

import (
	"fmt"
	"runtime"
	"sort"
)

type Handler func(string) string

type Router struct {
	routes map[string]Handler
}

func (r *Router) Handle(path string, h Handler) { r.routes[path] = h }

func prefixer(p string) Handler {
	count := 0
	return func(s string) string {
		count++
		return fmt.Sprintf("%s%s#%d", p, s, count)
	}
}

func main() {
	r := &Router{routes: map[string]Handler{}}
	r.Handle("/a", prefixer("A:"))
	r.Handle("/b", prefixer("B:"))
	r.Handle("/c", func(s string) string { return s + s })
	runtime.GC()
	var keys []string
	for k := range r.routes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for i := 0; i < 2; i++ {
		for _, k := range keys {
			fmt.Println(k, r.routes[k]("x"))
		}
		runtime.GC()
	}
	var callbacks []func() int
	for i := 0; i < 5; i++ {
		data := make([]int, 100)
		data[99] = i
		callbacks = append(callbacks, func() int { return data[99] * 2 })
	}
	runtime.GC()
	s := 0
	for _, cb := range callbacks {
		s += cb()
	}
	fmt.Println("callbacks sum", s)
	gen := func() func() (int, bool) {
		xs := []int{3, 1, 4, 1, 5}
		i := 0
		return func() (int, bool) {
			if i >= len(xs) {
				return 0, false
			}
			i++
			return xs[i-1], true
		}
	}()
	for v, ok := gen(); ok; v, ok = gen() {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
