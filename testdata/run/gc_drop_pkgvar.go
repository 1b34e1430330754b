package main

import (
	"fmt"
	"runtime"
	"time"
)

type Cache struct {
	items map[string][]byte
}

var cache *Cache

func main() {
	cache = &Cache{items: map[string][]byte{}}
	for i := 0; i < 100; i++ {
		cache.items[fmt.Sprint("k", i)] = make([]byte, 10000)
	}
	runtime.SetFinalizer(cache, func(c *Cache) { fmt.Println("cache finalized with", len(c.items), "items") })
	var m1, m2 runtime.MemStats
	runtime.ReadMemStats(&m1)
	cache = nil
	runtime.GC()
	time.Sleep(50 * time.Millisecond)
	runtime.GC()
	runtime.ReadMemStats(&m2)
	fmt.Println("heap fell by >= 900KB:", m1.HeapAlloc > m2.HeapAlloc && m1.HeapAlloc-m2.HeapAlloc >= 900000)
}
