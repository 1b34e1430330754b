package main

import "fmt"

type Frame struct {
	Seq  int
	Data [64]byte
	Meta map[string]string
}

type Packet struct {
	Hdr  [4]uint16
	Body []byte
}

func producer(n int, out chan<- *Frame) {
	for i := 0; i < n; i++ {
		f := &Frame{Seq: i, Meta: map[string]string{"k": fmt.Sprint(i)}}
		for j := range f.Data {
			f.Data[j] = byte(i + j)
		}
		out <- f
	}
	close(out)
}

func byValue(n int, out chan<- Packet) {
	buf := make([]byte, 0, 8)
	for i := 0; i < n; i++ {
		p := Packet{Hdr: [4]uint16{uint16(i), 1, 2, 3}}
		buf = append(buf[:0], byte(i), byte(i*2))
		p.Body = append([]byte(nil), buf...)
		out <- p
	}
	close(out)
}

func sum(b []byte) (s int) {
	for _, x := range b {
		s += int(x)
	}
	return
}

func main() {
	frames := make(chan *Frame, 2)
	go producer(4, frames)
	total := 0
	var last *Frame
	for f := range frames {
		total += sum(f.Data[:])
		last = f
	}
	fmt.Println(total, last.Seq, last.Meta["k"])

	pkts := make(chan Packet)
	go byValue(3, pkts)
	for p := range pkts {
		fmt.Println(p.Hdr, p.Body, len(p.Body), cap(p.Body))
	}

	arrs := make(chan [3]int, 1)
	a := [3]int{1, 2, 3}
	arrs <- a
	a[0] = 100
	b := <-arrs
	fmt.Println(a, b)

	done := make(chan struct{})
	res := make(chan []string, 1)
	go func() {
		defer close(done)
		local := []string{"x", "y"}
		res <- local
	}()
	<-done
	fmt.Println(<-res)
}
