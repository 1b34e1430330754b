package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m.Store(i%5, i)
		}(i)
	}
	wg.Wait()
	var keys []int
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(int))
		return true
	})
	sort.Ints(keys)
	fmt.Println(keys)
	v, loaded := m.LoadOrStore("new", 1)
	fmt.Println(v, loaded)
	v, loaded = m.LoadOrStore("new", 2)
	fmt.Println(v, loaded)
	v, ok := m.Load("missing")
	fmt.Println(v, ok)
	m.Delete("new")
	_, ok = m.Load("new")
	fmt.Println(ok)
	v, loaded = m.LoadAndDelete(3)
	fmt.Println(v != nil, loaded)
	n := 0
	m.Range(func(k, v any) bool { n++; return n < 2 })
	fmt.Println("stopped after", n)
}
