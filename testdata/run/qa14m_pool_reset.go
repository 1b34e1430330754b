// Object pools with Reset methods: sync.Pool of *bytes.Buffer, a typed
// free-list pool of request objects, and a generic pool wrapper.
package main

import (
	"bytes"
	"fmt"
	"strconv"
	"sync"
)

var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func render(fields map[string]int, keys []string) string {
	b := bufPool.Get().(*bytes.Buffer)
	b.Reset()
	defer bufPool.Put(b)
	b.WriteByte('{')
	for i, k := range keys {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Quote(k))
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(fields[k]))
	}
	b.WriteByte('}')
	return b.String()
}

type request struct {
	id      int
	path    string
	headers []string
	body    []byte
}

func (r *request) Reset() {
	r.id = 0
	r.path = ""
	r.headers = r.headers[:0]
	r.body = r.body[:0]
}

type reqPool struct {
	free  []*request
	news  int
	reuse int
}

func (p *reqPool) get() *request {
	if n := len(p.free); n > 0 {
		r := p.free[n-1]
		p.free[n-1] = nil
		p.free = p.free[:n-1]
		p.reuse++
		return r
	}
	p.news++
	return &request{headers: make([]string, 0, 4), body: make([]byte, 0, 64)}
}

func (p *reqPool) put(r *request) {
	r.Reset()
	p.free = append(p.free, r)
}

type Resetter interface{ Reset() }

type Pool[T Resetter] struct {
	items []T
	mk    func() T
}

func (p *Pool[T]) Get() T {
	if len(p.items) == 0 {
		return p.mk()
	}
	v := p.items[len(p.items)-1]
	p.items = p.items[:len(p.items)-1]
	return v
}

func (p *Pool[T]) Put(v T) { v.Reset(); p.items = append(p.items, v) }

func main() {
	keys := []string{"a", "b", "c"}
	fmt.Println(render(map[string]int{"a": 1, "b": 22, "c": 333}, keys))
	fmt.Println(render(map[string]int{"a": -1}, keys[:1]))

	p := &reqPool{}
	for round := 0; round < 3; round++ {
		var live []*request
		for i := 0; i < 4; i++ {
			r := p.get()
			r.id = round*10 + i
			r.path = "/item/" + strconv.Itoa(r.id)
			r.headers = append(r.headers, "X-Round: "+strconv.Itoa(round))
			r.body = append(r.body, r.path...)
			live = append(live, r)
		}
		fmt.Println(round, live[3].path, len(live[3].headers), cap(live[3].body) >= 64)
		for _, r := range live {
			p.put(r)
		}
	}
	fmt.Println("news", p.news, "reuse", p.reuse)

	bp := &Pool[*bytes.Buffer]{mk: func() *bytes.Buffer { return bytes.NewBuffer(make([]byte, 0, 16)) }}
	b1 := bp.Get()
	b1.WriteString("hello")
	bp.Put(b1)
	b2 := bp.Get()
	fmt.Println(b1 == b2, b2.Len(), b2.Cap())
}
