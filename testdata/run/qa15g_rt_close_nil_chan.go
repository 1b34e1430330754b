package main

import (
	"fmt"
	"sync"
)

type Broadcaster struct {
	mu   sync.Mutex
	subs []chan string
	quit chan struct{}
}

func (b *Broadcaster) Subscribe() <-chan string {
	b.mu.Lock()
	defer b.mu.Unlock()
	c := make(chan string, 4)
	b.subs = append(b.subs, c)
	return c
}

func (b *Broadcaster) Send(msg string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, c := range b.subs {
		c <- msg
	}
}

func (b *Broadcaster) Close() {
	for _, c := range b.subs {
		close(c)
	}
	close(b.quit) // quit was never made
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: recovered %v (%T)\n", name, r, r)
		}
	}()
	f()
}

func main() {
	b := &Broadcaster{}
	s1, s2 := b.Subscribe(), b.Subscribe()
	b.Send("hello")
	b.Send("world")
	fmt.Println(<-s1, <-s1, <-s2)
	try("double close", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("send on closed", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	v, ok := <-s2
	fmt.Println(v, ok)
	b.Close()
	fmt.Println("unreachable")
}
