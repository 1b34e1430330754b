package main

import (
	"fmt"
	"runtime"
)

type Buffer struct {
	data []byte
}

type Request struct {
	ID   int
	Body *Buffer
	Next *Request
}

type Queue struct {
	items []Request
}

func (q *Queue) Push(r Request) { q.items = append(q.items, r) }

// PopLeaky reslices without clearing: the popped slot keeps its pointers alive.
func (q *Queue) PopLeaky() Request {
	r := q.items[0]
	q.items = q.items[1:]
	return r
}

// Pop clears the slot first so the backing array no longer references the body.
func (q *Queue) Pop() Request {
	r := q.items[0]
	q.items[0] = Request{}
	q.items = q.items[1:]
	return r
}

func liveMB() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc >> 20
}

func fill(q *Queue, n int) {
	for i := 0; i < n; i++ {
		q.Push(Request{ID: i, Body: &Buffer{data: make([]byte, 256<<10)}})
	}
}

func main() {
	base := liveMB()
	var a, b Queue
	fill(&a, 16)
	fill(&b, 16)
	full := liveMB()
	fmt.Println("8MB held:", full >= base+7)
	for i := 0; i < 15; i++ {
		a.PopLeaky()
		b.Pop()
	}
	fmt.Println(len(a.items), cap(a.items), len(b.items), cap(b.items))
	// only a's hidden prefix still holds 15 bodies
	hidden := a.items[:cap(a.items)][:0]
	_ = hidden
	before := a.items[0].ID
	a.items = append([]Request(nil), a.items...)
	fmt.Println("copied tail keeps id", before, a.items[0].ID, cap(a.items))
	after := liveMB()
	fmt.Println("released after copy:", after <= base+2)
	// reslicing a subslice shares storage
	s := make([]Request, 5)
	for i := range s {
		s[i].ID = i
	}
	mid := s[1:3]
	mid = append(mid, Request{ID: 42})
	fmt.Println(s[3].ID, len(mid), cap(mid))
	capped := s[1:3:3]
	capped = append(capped, Request{ID: 77})
	fmt.Println(s[3].ID, capped[2].ID, cap(capped) >= 3)
	// pointer chain across reslicing
	for i := 0; i < len(s)-1; i++ {
		s[i].Next = &s[i+1]
	}
	tail := s[2:]
	tail[0].Next.ID = 300
	fmt.Println(s[3].ID, s[0].Next.Next.Next.ID)
}
