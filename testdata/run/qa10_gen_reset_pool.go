// A generic pool whose element type must have a pointer method Reset:
// the constraint interface{ *T; Reset() } lets Get return *T of any such T.
package main

import (
	"fmt"
	"strings"
)

type Resetter[T any] interface {
	*T
	Reset()
}

type FreePool[T any, P Resetter[T]] struct {
	items []P
	news  int
	gets  int
}

func (p *FreePool[T, P]) Get() P {
	p.gets++
	if n := len(p.items); n > 0 {
		it := p.items[n-1]
		p.items = p.items[:n-1]
		return it
	}
	p.news++
	return P(new(T))
}

func (p *FreePool[T, P]) Put(x P) {
	x.Reset()
	p.items = append(p.items, x)
}

type Buffer struct {
	data []byte
}

func (b *Buffer) Reset()             { b.data = b.data[:0] }
func (b *Buffer) WriteString(s string) { b.data = append(b.data, s...) }
func (b *Buffer) String() string     { return string(b.data) }

type Counter struct {
	counts map[string]int
}

func (c *Counter) Reset() {
	for k := range c.counts {
		delete(c.counts, k)
	}
}

func (c *Counter) Add(w string) {
	if c.counts == nil {
		c.counts = map[string]int{}
	}
	c.counts[w]++
}

func render(p *FreePool[Buffer, *Buffer], words []string) string {
	b := p.Get()
	defer p.Put(b)
	for i, w := range words {
		if i > 0 {
			b.WriteString(" ")
		}
		b.WriteString(strings.Title(w))
	}
	return b.String()
}

func main() {
	var bufs FreePool[Buffer, *Buffer]
	for _, line := range []string{"hello world", "memory is managed", "pools reuse things"} {
		fmt.Println(render(&bufs, strings.Fields(line)))
	}
	fmt.Println(bufs.news, bufs.gets, len(bufs.items))

	var counters FreePool[Counter, *Counter]
	c := counters.Get()
	for _, w := range strings.Fields("a b a c a b") {
		c.Add(w)
	}
	fmt.Println(c.counts)
	counters.Put(c)
	c2 := counters.Get()
	fmt.Println(c2 == c, len(c2.counts), counters.news)
}
