package main

import "fmt"

type Registry struct {
	byName map[string][]int
	counts map[[2]string]int
}

func (r *Registry) Add(name string, v int) {
	r.byName[name] = append(r.byName[name], v)
}

func main() {
	var r Registry
	fmt.Println(len(r.byName), r.byName["x"], r.byName == nil)
	v, ok := r.counts[[2]string{"a", "b"}]
	fmt.Println(v, ok)
	delete(r.byName, "nothing")
	for k := range r.byName {
		fmt.Println("never", k)
	}
	func() {
		defer func() {
			e := recover()
			fmt.Printf("%T %v\n", e, e)
			if re, ok := e.(interface{ RuntimeError() }); ok {
				_ = re
				fmt.Println("is runtime.Error")
			}
		}()
		r.counts[[2]string{"a", "b"}]++
	}()
	r.byName = map[string][]int{}
	r.Add("ok", 1)
	fmt.Println(r.byName)
	var r2 Registry
	r2.Add("boom", 2)
	fmt.Println("unreachable")
}
