package main

import (
	"fmt"
	"runtime"
)

type Server struct {
	buf   []byte
	conns []*Conn
}

type Conn struct {
	id  int
	buf [4096]byte
}

func heapKB() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc >> 10
}

func main() {
	runtime.GC()
	base := heapKB()
	s := &Server{buf: make([]byte, 8<<20)}
	for i := 0; i < 1000; i++ {
		s.conns = append(s.conns, &Conn{id: i})
	}
	fmt.Println("conns", len(s.conns), "grew:", heapKB()-base > 8000)
	s.buf = nil
	runtime.GC()
	fmt.Println("buf freed:", heapKB() < base+6000)
	s.conns = s.conns[:0]
	runtime.GC()
	fmt.Println("conns still referenced by backing array:", heapKB() > base+3000)
	s.conns = nil
	runtime.GC()
	fmt.Println("all freed:", heapKB() < base+500)
	runtime.KeepAlive(s)
}
