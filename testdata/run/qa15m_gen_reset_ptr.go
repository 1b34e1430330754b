package main

import (
	"fmt"
	"strings"
)

type Resetter[T any] interface {
	*T
	Reset()
	Size() int
}

type Pool[T any, P Resetter[T]] struct {
	free  []P
	made  int
	reuse int
}

func (p *Pool[T, P]) Get() P {
	if n := len(p.free); n > 0 {
		x := p.free[n-1]
		p.free[n-1] = nil
		p.free = p.free[:n-1]
		p.reuse++
		return x
	}
	p.made++
	return P(new(T))
}

func (p *Pool[T, P]) Put(x P) {
	x.Reset()
	p.free = append(p.free, x)
}

type Msg struct {
	To   string
	Body []byte
}

func (m *Msg) Reset()    { m.To = ""; m.Body = m.Body[:0] }
func (m *Msg) Size() int { return len(m.To) + len(m.Body) }

type Batch struct {
	items []int
	sum   int
}

func (b *Batch) Reset()    { b.items = b.items[:0]; b.sum = 0 }
func (b *Batch) Size() int { return len(b.items) }

func TotalSize[T any, P Resetter[T]](xs []T) int {
	n := 0
	for i := range xs {
		n += P(&xs[i]).Size()
	}
	return n
}

func ResetAll[T any, P Resetter[T]](xs ...P) {
	for _, x := range xs {
		x.Reset()
	}
}

func main() {
	var mp Pool[Msg, *Msg]
	for round := 0; round < 3; round++ {
		var live []*Msg
		for i := 0; i <= round; i++ {
			m := mp.Get()
			m.To = fmt.Sprint("user", i)
			m.Body = append(m.Body, strings.Repeat("x", i+round)...)
			live = append(live, m)
		}
		sz := 0
		for _, m := range live {
			sz += m.Size()
			mp.Put(m)
		}
		fmt.Printf("round %d size=%d made=%d reuse=%d free=%d\n", round, sz, mp.made, mp.reuse, len(mp.free))
	}
	var bp Pool[Batch, *Batch]
	b := bp.Get()
	for i := 1; i <= 4; i++ {
		b.items = append(b.items, i)
		b.sum += i
	}
	c := cap(b.items)
	bp.Put(b)
	b2 := bp.Get()
	fmt.Println(b2 == b, len(b2.items), cap(b2.items) == c, b2.sum)
	msgs := []Msg{{"a", []byte("12")}, {"bb", nil}}
	fmt.Println(TotalSize[Msg](msgs), TotalSize[Batch]([]Batch{{items: []int{1, 2, 3}}}))
	ResetAll[Msg](&msgs[0], &msgs[1])
	fmt.Println(TotalSize[Msg](msgs), msgs[0].Body != nil)
}
