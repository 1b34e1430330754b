// Reusing objects: a hand-written free list, a sync.Pool, and allocating
// fresh each time, compared by how many allocations a batch costs.
package main

import (
	"fmt"
	"sync"
	"testing"
)

type Packet struct {
	Seq     int
	Payload [256]byte
	next    *Packet
}

type FreeList struct {
	head *Packet
	news int
}

func (f *FreeList) Get() *Packet {
	if p := f.head; p != nil {
		f.head = p.next
		p.next = nil
		return p
	}
	f.news++
	return new(Packet)
}

func (f *FreeList) Put(p *Packet) {
	p.next = f.head
	f.head = p
}

var pool = sync.Pool{New: func() interface{} { return new(Packet) }}

var sinkP *Packet

func process(p *Packet, seq int) int {
	p.Seq = seq
	p.Payload[0] = byte(seq)
	return int(p.Payload[0]) + p.Seq
}

func batchFree(fl *FreeList, n int) int {
	held := make([]*Packet, 0, 8)
	s := 0
	for i := 0; i < n; i++ {
		p := fl.Get()
		s += process(p, i)
		held = append(held, p)
	}
	for _, p := range held {
		fl.Put(p)
	}
	return s
}

func batchPool(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		p := pool.Get().(*Packet)
		s += process(p, i)
		pool.Put(p)
	}
	return s
}

func batchNew(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		p := new(Packet)
		s += process(p, i)
		sinkP = p
	}
	return s
}

func main() {
	var fl FreeList
	fmt.Println(batchFree(&fl, 8), batchPool(8), batchNew(8))
	fmt.Println("free list:", testing.AllocsPerRun(50, func() { batchFree(&fl, 8) }), "news", fl.news)
	fmt.Println("pool:", testing.AllocsPerRun(50, func() { batchPool(8) }))
	fmt.Println("new:", testing.AllocsPerRun(50, func() { batchNew(8) }))
}
