package main

import (
	"fmt"
	"sync"
	"time"
)

type Chunk struct {
	seq  int
	data []byte
}

type Recycler struct {
	free    chan *Chunk
	created int
	mu      sync.Mutex
}

func (r *Recycler) Get() *Chunk {
	select {
	case c := <-r.free:
		return c
	default:
	}
	r.mu.Lock()
	r.created++
	r.mu.Unlock()
	return &Chunk{data: make([]byte, 0, 32)}
}

func (r *Recycler) Put(c *Chunk) {
	c.data = c.data[:0]
	select {
	case r.free <- c:
	default:
	}
}

func producer(r *Recycler, n int, out chan<- *Chunk, quit <-chan struct{}) {
	defer close(out)
	for i := 0; i < n; i++ {
		c := r.Get()
		c.seq = i
		for j := 0; j <= i%5; j++ {
			c.data = append(c.data, byte('a'+j))
		}
		select {
		case out <- c:
		case <-quit:
			r.Put(c)
			return
		}
	}
}

func main() {
	r := &Recycler{free: make(chan *Chunk, 3)}
	out := make(chan *Chunk)
	quit := make(chan struct{})
	go producer(r, 20, out, quit)
	total, got := 0, 0
	timeout := time.After(5 * time.Second)
loop:
	for {
		select {
		case c, ok := <-out:
			if !ok {
				break loop
			}
			total += len(c.data)
			got++
			if got == 12 {
				close(quit)
			}
			r.Put(c)
		case <-timeout:
			fmt.Println("timeout")
			break loop
		}
	}
	fmt.Println("got", got >= 12 && got <= 13, "bytes>=", total >= 33, "created small:", r.created <= 4)
	ticker := time.NewTicker(time.Millisecond)
	defer ticker.Stop()
	ticks := 0
	for range ticker.C {
		ticks++
		if ticks == 3 {
			break
		}
	}
	fmt.Println("ticks", ticks)
	var nilCh chan *Chunk
	select {
	case c := <-nilCh:
		fmt.Println("impossible", c)
	case <-time.After(2 * time.Millisecond):
		fmt.Println("nil channel never ready")
	}
}
