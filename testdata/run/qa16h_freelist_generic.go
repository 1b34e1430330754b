package main

import (
	"fmt"
	"strings"
	"sync"
)

// FreeList recycles *T values through an intrusive singly linked list.
type FreeList[T any] struct {
	mu      sync.Mutex
	free    []*T
	made    int
	reused  int
	maxFree int
	reset   func(*T)
}

func NewFreeList[T any](maxFree int, reset func(*T)) *FreeList[T] {
	return &FreeList[T]{maxFree: maxFree, reset: reset, free: make([]*T, 0, maxFree)}
}

func (f *FreeList[T]) Get() *T {
	f.mu.Lock()
	defer f.mu.Unlock()
	if n := len(f.free); n > 0 {
		x := f.free[n-1]
		f.free[n-1] = nil
		f.free = f.free[:n-1]
		f.reused++
		return x
	}
	f.made++
	return new(T)
}

func (f *FreeList[T]) Put(x *T) bool {
	if f.reset != nil {
		f.reset(x)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.free) >= f.maxFree {
		return false
	}
	f.free = append(f.free, x)
	return true
}

func (f *FreeList[T]) Stats() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return fmt.Sprintf("made=%d reused=%d free=%d", f.made, f.reused, len(f.free))
}

type Message struct {
	From, To string
	Body     []byte
	Hops     [4]uint16
}

type Frame struct {
	data [64]byte
	n    int
}

func (fr *Frame) Write(s string) int {
	k := copy(fr.data[fr.n:], s)
	fr.n += k
	return k
}

func (fr *Frame) String() string { return string(fr.data[:fr.n]) }

func main() {
	msgs := NewFreeList[Message](2, func(m *Message) {
		m.From, m.To = "", ""
		m.Body = m.Body[:0]
		m.Hops = [4]uint16{}
	})
	var out []string
	for round := 0; round < 3; round++ {
		var live []*Message
		for i := 0; i < 3; i++ {
			m := msgs.Get()
			m.From = fmt.Sprintf("n%d", i)
			m.To = fmt.Sprintf("n%d", (i+1)%3)
			m.Body = append(m.Body, strings.Repeat("*", round+i)...)
			m.Hops[round]++
			live = append(live, m)
		}
		for _, m := range live {
			out = append(out, fmt.Sprintf("%s>%s:%s%v", m.From, m.To, m.Body, m.Hops[:round+1]))
		}
		kept := 0
		for _, m := range live {
			if msgs.Put(m) {
				kept++
			}
		}
		fmt.Println("round", round, "kept", kept, msgs.Stats())
	}
	fmt.Println(strings.Join(out, " "))

	frames := NewFreeList[Frame](4, func(f *Frame) { f.n = 0 })
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 5; i++ {
				fr := frames.Get()
				n := fr.Write(fmt.Sprintf("g%d-%d;", g, i))
				n += fr.Write(strings.Repeat("x", 70))
				mu.Lock()
				total += n
				mu.Unlock()
				frames.Put(fr)
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("total", total, "made<=20:", frames.made <= 20, frames.made+frames.reused)
	f := frames.Get()
	f.Write("héllo")
	fmt.Println(f, f.n)
}
