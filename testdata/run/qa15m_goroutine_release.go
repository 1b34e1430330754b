package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

type Subscriber struct {
	id   int
	ch   chan []byte
	done chan struct{}
	got  int
}

type Hub struct {
	mu   sync.Mutex
	subs map[int]*Subscriber
	wg   sync.WaitGroup
}

func (h *Hub) Subscribe(id int) *Subscriber {
	s := &Subscriber{id: id, ch: make(chan []byte, 4), done: make(chan struct{})}
	h.mu.Lock()
	if h.subs == nil {
		h.subs = map[int]*Subscriber{}
	}
	h.subs[id] = s
	h.mu.Unlock()
	h.wg.Add(1)
	go func() {
		defer h.wg.Done()
		for {
			select {
			case msg, ok := <-s.ch:
				if !ok {
					return
				}
				s.got += len(msg)
			case <-s.done:
				return
			}
		}
	}()
	return s
}

func (h *Hub) Publish(msg []byte) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, s := range h.subs {
		s.ch <- msg
	}
}

func (h *Hub) Close() {
	h.mu.Lock()
	for id, s := range h.subs {
		close(s.ch)
		delete(h.subs, id)
	}
	h.mu.Unlock()
	h.wg.Wait()
}

func waitGoroutines(want int) int {
	for i := 0; i < 1000; i++ {
		if n := runtime.NumGoroutine(); n <= want {
			return n
		}
		runtime.Gosched()
		time.Sleep(time.Millisecond)
	}
	return runtime.NumGoroutine()
}

func main() {
	start := runtime.NumGoroutine()
	var h Hub
	subs := make([]*Subscriber, 0, 5)
	for i := 0; i < 5; i++ {
		subs = append(subs, h.Subscribe(i))
	}
	fmt.Println("running:", runtime.NumGoroutine()-start)
	for i := 0; i < 3; i++ {
		h.Publish(make([]byte, 10*(i+1)))
	}
	h.Close()
	total := 0
	for _, s := range subs {
		total += s.got
	}
	fmt.Println("bytes delivered:", total)
	fmt.Println("after close:", waitGoroutines(start)-start)

	blocked := make(chan int)
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-blocked
		}()
	}
	fmt.Println("blocked:", runtime.NumGoroutine()-start)
	close(blocked)
	wg.Wait()
	fmt.Println("released:", waitGoroutines(start)-start)
}
