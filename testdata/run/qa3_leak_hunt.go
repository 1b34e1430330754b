// Hunting three classic Go memory leaks and fixing each: goroutines
// blocked forever on a channel nobody reads (fixed with a buffered channel
// or a done channel), a small sub-slice pinning a large buffer (fixed by
// copying), and a map used as a cache without eviction (fixed by bounding
// it). Evidence comes from runtime.NumGoroutine and MemStats relations.
package main

import (
	"bytes"
	"context"
	"fmt"
	"runtime"
	"strings"
	"time"
)

func heapMiB() float64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return float64(m.HeapAlloc) / (1 << 20)
}

// leakyFirst returns the first result and abandons the other senders,
// which block forever on the unbuffered channel.
func leakyFirst(n int) int {
	ch := make(chan int)
	for i := 0; i < n; i++ {
		go func(i int) { ch <- i * 10 }(i)
	}
	return <-ch / 10 * 0
}

// fixedFirst gives every sender a slot, so all of them finish.
func fixedFirst(n int) int {
	ch := make(chan int, n)
	for i := 0; i < n; i++ {
		go func(i int) { ch <- i * 10 }(i)
	}
	return <-ch / 10 * 0
}

// withContext stops producers when the consumer leaves.
func withContext(n int) int {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ch := make(chan int)
	for i := 0; i < n; i++ {
		go func(i int) {
			select {
			case ch <- i:
			case <-ctx.Done():
			}
		}(i)
	}
	<-ch
	return 0
}

func settle(want int) int {
	for i := 0; i < 100 && runtime.NumGoroutine() > want; i++ {
		time.Sleep(time.Millisecond)
	}
	return runtime.NumGoroutine()
}

var headers [][]byte

func keepHeaderLeaky(buf []byte) {
	i := bytes.IndexByte(buf, '\n')
	headers = append(headers, buf[:i]) // pins the whole buffer
}

func keepHeaderFixed(buf []byte) {
	i := bytes.IndexByte(buf, '\n')
	headers = append(headers, append([]byte(nil), buf[:i]...))
}

type Cache struct {
	max   int
	order []string
	data  map[string][]byte
}

func (c *Cache) Put(k string, v []byte) {
	if _, ok := c.data[k]; !ok {
		c.order = append(c.order, k)
	}
	c.data[k] = v
	if c.max > 0 && len(c.order) > c.max {
		old := c.order[0]
		c.order = c.order[1:]
		delete(c.data, old)
	}
}

func main() {
	base := runtime.NumGoroutine()
	fmt.Println("goroutines at start:", base)

	leakyFirst(50)
	fmt.Println("after leakyFirst(50): leaked", settle(base)-base)
	fixedFirst(50)
	fmt.Println("after fixedFirst(50): extra", settle(base+49)-base-49)
	withContext(50)
	fmt.Println("after withContext(50): extra", settle(base+49)-base-49)

	start := heapMiB()
	for i := 0; i < 32; i++ {
		buf := make([]byte, 256<<10)
		copy(buf, fmt.Sprintf("header-%02d\nbody...", i))
		keepHeaderLeaky(buf)
	}
	leaky := heapMiB() - start
	fmt.Printf("leaky headers pin ~%.0f MiB for %d short headers\n", leaky, len(headers))
	headers = nil
	start = heapMiB()
	for i := 0; i < 32; i++ {
		buf := make([]byte, 256<<10)
		copy(buf, fmt.Sprintf("header-%02d\nbody...", i))
		keepHeaderFixed(buf)
	}
	fixed := heapMiB() - start
	fmt.Printf("copied headers pin < 1 MiB: %v (%s ... %s)\n", fixed < 1, headers[0], headers[31])

	start = heapMiB()
	unbounded := &Cache{data: map[string][]byte{}}
	bounded := &Cache{max: 8, data: map[string][]byte{}}
	for i := 0; i < 64; i++ {
		k := "key-" + strings.Repeat("x", i%3) + fmt.Sprint(i)
		unbounded.Put(k, make([]byte, 64<<10))
		bounded.Put(k, make([]byte, 64<<10))
	}
	fmt.Println("unbounded entries:", len(unbounded.data), "bounded entries:", len(bounded.data))
	grown := heapMiB() - start
	runtime.KeepAlive(unbounded) // alive until here: measured above
	unbounded = nil
	after := heapMiB() - start
	fmt.Printf("dropping the unbounded cache frees most of %.0f MiB: %v\n", grown, after < grown/4)
	fmt.Println("bounded keeps the newest:", bounded.order[0], bounded.order[len(bounded.order)-1])
	runtime.KeepAlive(bounded)
}
