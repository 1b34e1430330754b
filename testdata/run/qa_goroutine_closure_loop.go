package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var seen []int
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			seen = append(seen, n)
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	sort.Ints(seen)
	fmt.Println(seen)
	results := make([]string, 4)
	for i, name := range []string{"a", "b", "c", "d"} {
		i, name := i, name
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = name + name
		}()
	}
	wg.Wait()
	fmt.Println(results)
	total := 0
	ch := make(chan int)
	for _, v := range []int{1, 2, 3, 4} {
		go func(v int) { ch <- v * v }(v)
	}
	for i := 0; i < 4; i++ {
		total += <-ch
	}
	fmt.Println(total)
	counter := struct {
		sync.Mutex
		m map[string]int
	}{m: map[string]int{}}
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func(k string) {
			defer wg.Done()
			counter.Lock()
			counter.m[k]++
			counter.Unlock()
		}(fmt.Sprint("k", i%3))
	}
	wg.Wait()
	fmt.Println(counter.m)
}
