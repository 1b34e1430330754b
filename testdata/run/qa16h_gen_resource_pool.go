package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

// A resource pool over pointer types with lifecycle methods, as a Go
// programmer writes one with a constraint literal: P interface{ *T; ... }.
type Resource interface {
	Open(id int) error
	Close() error
	ID() int
}

type Pool[T any, P interface {
	*T
	Resource
}] struct {
	mu     sync.Mutex
	idle   []P
	nextID int
	opened int
	closed int
	onOpen []func() int
}

var ErrClosed = errors.New("pool closed")

func (p *Pool[T, P]) Acquire() (P, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if n := len(p.idle); n > 0 {
		r := p.idle[n-1]
		p.idle = p.idle[:n-1]
		return r, nil
	}
	p.nextID++
	r := P(new(T))
	if err := r.Open(p.nextID); err != nil {
		return nil, fmt.Errorf("acquire %d: %w", p.nextID, err)
	}
	p.opened++
	p.onOpen = append(p.onOpen, r.ID)
	return r, nil
}

func (p *Pool[T, P]) Release(r P) {
	p.mu.Lock()
	p.idle = append(p.idle, r)
	p.mu.Unlock()
}

func (p *Pool[T, P]) Drain() (ids []int) {
	p.mu.Lock()
	idle := p.idle
	p.idle = nil
	p.mu.Unlock()
	for _, r := range idle {
		defer r.Close()
		ids = append(ids, r.ID())
	}
	p.closed += len(idle)
	sort.Ints(ids)
	return ids
}

func With[T any, P interface {
	*T
	Resource
}](p *Pool[T, P], f func(P) string) (string, error) {
	r, err := p.Acquire()
	if err != nil {
		return "", err
	}
	defer p.Release(r)
	return f(r), nil
}

type Conn struct {
	id    int
	open  bool
	log   []string
}

func (c *Conn) Open(id int) error {
	if id == 4 {
		return ErrClosed
	}
	c.id, c.open = id, true
	return nil
}

func (c *Conn) Close() error { c.open = false; c.log = append(c.log, "closed"); return nil }
func (c *Conn) ID() int       { return c.id }

type Buffer struct {
	id   int
	data strings.Builder
}

func (b *Buffer) Open(id int) error { b.id = id; return nil }
func (b *Buffer) Close() error      { b.data.Reset(); return nil }
func (b *Buffer) ID() int           { return b.id }

func main() {
	var conns Pool[Conn, *Conn]
	var wg sync.WaitGroup
	results := make([]string, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s, err := With(&conns, func(c *Conn) string { return fmt.Sprint("conn-used-", i) })
			if err != nil {
				s = err.Error()
			}
			results[i] = s
		}(i)
		wg.Wait() // one at a time: the pool reuses the released connection
	}
	fmt.Println(results, conns.opened)
	a, _ := conns.Acquire()
	b, _ := conns.Acquire()
	c, _ := conns.Acquire()
	_, err := conns.Acquire()
	for conns.opened < 3 {
		_, err = conns.Acquire()
	}
	fmt.Println(a.ID() > 0, b.ID() > 0, c.ID() > 0, err == nil || errors.Is(err, ErrClosed))
	conns.Release(a)
	conns.Release(b)
	ids := conns.Drain()
	fmt.Println(len(ids), a.open, b.open, c.open, conns.closed)
	var ids2 []int
	for _, f := range conns.onOpen {
		ids2 = append(ids2, f())
	}
	sort.Ints(ids2)
	fmt.Println(len(ids2))

	var bufs Pool[Buffer, *Buffer]
	out, _ := With(&bufs, func(b *Buffer) string {
		b.data.WriteString("hello ")
		b.data.WriteString("pool")
		return b.data.String()
	})
	fmt.Println(out, bufs.opened, len(bufs.idle))
	fmt.Println(bufs.Drain(), bufs.idle == nil)
}
