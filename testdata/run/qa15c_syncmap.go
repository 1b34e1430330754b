package main

import (
	"fmt"
	"sort"
	"sync"
)

type entry struct {
	name  string
	score int
}

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			key := fmt.Sprintf("k%02d", i%7)
			actual, loaded := m.LoadOrStore(key, &entry{name: key, score: i})
			if loaded {
				_ = actual.(*entry)
			}
		}(i)
	}
	wg.Wait()
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(string))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	v, ok := m.Load("k03")
	fmt.Println(v.(*entry).name, ok)
	m.Delete("k03")
	_, ok = m.Load("k03")
	fmt.Println(ok)
	m.Store(42, "int key")
	m.Store(struct{ a, b int }{1, 2}, 3.5)
	v2, _ := m.Load(struct{ a, b int }{1, 2})
	fmt.Println(v2)
	old, loaded := m.LoadAndDelete(42)
	fmt.Println(old, loaded)
	count := 0
	m.Range(func(k, v any) bool {
		count++
		return count < 3
	})
	fmt.Println("stopped at", count)
}
