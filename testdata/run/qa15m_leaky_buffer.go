package main

import (
	"fmt"
	"strings"
	"sync"
)

type Buffer struct {
	data []byte
	id   int
}

type freeList struct {
	ch      chan *Buffer
	mu      sync.Mutex
	created int
	dropped int
}

func newFreeList(n int) *freeList { return &freeList{ch: make(chan *Buffer, n)} }

func (f *freeList) get() *Buffer {
	select {
	case b := <-f.ch:
		b.data = b.data[:0]
		return b
	default:
		f.mu.Lock()
		f.created++
		id := f.created
		f.mu.Unlock()
		return &Buffer{data: make([]byte, 0, 64), id: id}
	}
}

func (f *freeList) put(b *Buffer) {
	select {
	case f.ch <- b:
	default:
		f.mu.Lock()
		f.dropped++
		f.mu.Unlock()
	}
}

func produce(f *freeList, msgs []string, out chan<- *Buffer) {
	for _, m := range msgs {
		b := f.get()
		b.data = append(b.data, strings.ToUpper(m)...)
		out <- b
	}
	close(out)
}

func main() {
	f := newFreeList(2)
	msgs := strings.Fields("one two three four five six seven eight")
	out := make(chan *Buffer)
	go produce(f, msgs, out)
	var got []string
	for b := range out {
		got = append(got, string(b.data))
		f.put(b)
	}
	fmt.Println(got)
	fmt.Println("created <= 3:", f.created <= 3, "free:", len(f.ch))
	// burst: hold many at once, then return them all
	held := make([]*Buffer, 0, 6)
	for i := 0; i < 6; i++ {
		held = append(held, f.get())
	}
	before := f.created
	for _, b := range held {
		f.put(b)
	}
	fmt.Println("new in burst:", f.created-before >= 4, "dropped:", f.dropped, "free:", len(f.ch), cap(f.ch))
	b := f.get()
	fmt.Println(len(b.data), cap(b.data) >= 64)
}
