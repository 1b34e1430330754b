package main

import (
	"fmt"
	"sync"
)

type SafeMap struct {
	mu sync.Mutex
	m  map[string]int
}

func (s *SafeMap) Set(k string, v int) {
	s.mu.Lock()
	s.m[k] = v
	s.mu.Unlock()
}

func main() {
	s := &SafeMap{m: map[string]int{}}
	s.Set("a", 1)
	fmt.Println(s.m["a"])
	defer func() {
		fmt.Println("recover cannot catch this:", recover())
	}()
	s.mu.Unlock()
}
