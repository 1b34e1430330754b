// A cache that forgets entries when the GC finalizes them (the weak-cache
// pattern with uintptr keys and finalizers), with the waiting done by a
// helper goroutine and a ticker.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
	"time"
)

type Blob struct {
	key  string
	data []byte
}

type Cache struct {
	mu      sync.Mutex
	entries map[string]uintptr
	evicted []string
}

func NewCache() *Cache { return &Cache{entries: map[string]uintptr{}} }

func (c *Cache) Put(key string, size int) *Blob {
	b := &Blob{key: key, data: make([]byte, size)}
	c.mu.Lock()
	c.entries[key] = uintptr(len(b.data))
	c.mu.Unlock()
	runtime.SetFinalizer(b, func(b *Blob) {
		c.mu.Lock()
		delete(c.entries, b.key)
		c.evicted = append(c.evicted, b.key)
		c.mu.Unlock()
	})
	return b
}

func (c *Cache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.entries)
}

func (c *Cache) Evicted() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := append([]string(nil), c.evicted...)
	sort.Strings(out)
	return out
}

func waitFor(c *Cache, want int) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for i := 0; i < 100; i++ {
			<-tick.C
			runtime.GC()
			if c.Len() <= want {
				return
			}
		}
	}()
	<-done
}

func main() {
	c := NewCache()
	keep := map[string]*Blob{}
	for _, k := range []string{"alpha", "beta", "gamma", "delta", "epsilon"} {
		b := c.Put(k, 2048)
		if k[0] < 'e' {
			keep[k] = b
		}
	}
	fmt.Println("cached:", c.Len())
	waitFor(c, 4)
	fmt.Println("after first wait:", c.Len(), c.Evicted())
	delete(keep, "beta")
	delete(keep, "delta")
	waitFor(c, 2)
	fmt.Println("after second wait:", c.Len(), c.Evicted())
	names := []string{}
	for k := range keep {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Println("still held:", names)
	runtime.KeepAlive(keep)
}
