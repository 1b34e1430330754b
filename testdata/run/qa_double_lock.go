package main

import (
	"fmt"
	"sync"
)

type Registry struct {
	mu    sync.Mutex
	items map[string]int
}

func (r *Registry) Count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.items)
}

func (r *Registry) Add(k string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.items[k] = r.Count() + 1
}

func main() {
	r := &Registry{items: map[string]int{}}
	fmt.Println("count", r.Count())
	r.Add("x")
	fmt.Println("unreachable")
}
