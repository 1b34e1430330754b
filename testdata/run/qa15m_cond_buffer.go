package main

import (
	"fmt"
	"strings"
	"sync"
)

// BoundedBuffer hands out byte slices to consumers; producers block when full.
type BoundedBuffer struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    [][]byte
	head, n  int
	closed   bool
}

func NewBoundedBuffer(size int) *BoundedBuffer {
	b := &BoundedBuffer{items: make([][]byte, size)}
	b.notEmpty = sync.NewCond(&b.mu)
	b.notFull = sync.NewCond(&b.mu)
	return b
}

func (b *BoundedBuffer) Put(p []byte) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for b.n == len(b.items) {
		b.notFull.Wait()
	}
	b.items[(b.head+b.n)%len(b.items)] = p
	b.n++
	b.notEmpty.Signal()
}

func (b *BoundedBuffer) Get() ([]byte, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for b.n == 0 && !b.closed {
		b.notEmpty.Wait()
	}
	if b.n == 0 {
		return nil, false
	}
	p := b.items[b.head]
	b.items[b.head] = nil
	b.head = (b.head + 1) % len(b.items)
	b.n--
	b.notFull.Signal()
	return p, true
}

func (b *BoundedBuffer) Close() {
	b.mu.Lock()
	b.closed = true
	b.mu.Unlock()
	b.notEmpty.Broadcast()
}

func main() {
	buf := NewBoundedBuffer(3)
	var wg sync.WaitGroup
	results := make([]map[string]int, 3)
	for c := 0; c < 3; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			counts := map[string]int{}
			for {
				p, ok := buf.Get()
				if !ok {
					break
				}
				counts[strings.ToLower(string(p))]++
			}
			results[c] = counts
		}(c)
	}
	var pw sync.WaitGroup
	for p := 0; p < 2; p++ {
		pw.Add(1)
		go func(p int) {
			defer pw.Done()
			for i := 0; i < 30; i++ {
				word := []string{"Alpha", "BETA", "gamma"}[(i+p)%3]
				buf.Put([]byte(word))
			}
		}(p)
	}
	pw.Wait()
	buf.Close()
	wg.Wait()
	total := map[string]int{}
	for _, r := range results {
		for k, v := range r {
			total[k] += v
		}
	}
	fmt.Println(total, buf.n, buf.items)
	_, ok := buf.Get()
	fmt.Println("after close:", ok)
}
