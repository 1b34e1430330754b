// Memory recycling with generics: a typed free-list Pool[T] with a reset
// hook and statistics, an Arena[T] handing out pointers into fixed-size
// chunks (pointers stay valid when the arena grows; a tree is built in
// it) and a typed wrapper around sync.Pool.
package main

import (
	"fmt"
	"sync"
)

type Pool[T any] struct {
	free      []*T
	newFn     func() *T
	reset     func(*T)
	gets, new int
}

func NewPool[T any](newFn func() *T, reset func(*T)) *Pool[T] {
	return &Pool[T]{newFn: newFn, reset: reset}
}

func (p *Pool[T]) Get() *T {
	p.gets++
	if n := len(p.free); n > 0 {
		x := p.free[n-1]
		p.free[n-1] = nil
		p.free = p.free[:n-1]
		return x
	}
	p.new++
	if p.newFn != nil {
		return p.newFn()
	}
	return new(T)
}

func (p *Pool[T]) Put(x *T) {
	if p.reset != nil {
		p.reset(x)
	} else {
		var zero T
		*x = zero
	}
	p.free = append(p.free, x)
}

func (p *Pool[T]) String() string {
	return fmt.Sprintf("gets=%d new=%d free=%d", p.gets, p.new, len(p.free))
}

const chunkSize = 4

type Arena[T any] struct {
	chunks [][]T
	used   int // in the last chunk
}

func (a *Arena[T]) Alloc(v T) *T {
	if len(a.chunks) == 0 || a.used == chunkSize {
		a.chunks = append(a.chunks, make([]T, chunkSize))
		a.used = 0
	}
	c := a.chunks[len(a.chunks)-1]
	p := &c[a.used]
	*p = v
	a.used++
	return p
}

func (a *Arena[T]) Len() int {
	if len(a.chunks) == 0 {
		return 0
	}
	return (len(a.chunks)-1)*chunkSize + a.used
}

func (a *Arena[T]) Reset() {
	for _, c := range a.chunks {
		var zero T
		for i := range c {
			c[i] = zero
		}
	}
	a.chunks = a.chunks[:0]
	a.used = 0
}

type TypedPool[T any] struct{ p sync.Pool }

func NewTypedPool[T any](mk func() T) *TypedPool[T] {
	tp := &TypedPool[T]{}
	tp.p.New = func() any { return mk() }
	return tp
}

func (tp *TypedPool[T]) Get() T  { return tp.p.Get().(T) }
func (tp *TypedPool[T]) Put(x T) { tp.p.Put(x) }

type vec3 struct{ x, y, z float64 }

type tnode struct {
	key         int
	left, right *tnode
}

func main() {
	bufs := NewPool(func() *[]byte { b := make([]byte, 0, 16); return &b },
		func(b *[]byte) { *b = (*b)[:0] })
	b1 := bufs.Get()
	*b1 = append(*b1, "hello"...)
	b2 := bufs.Get()
	*b2 = append(*b2, "world!"...)
	fmt.Println(string(*b1), string(*b2), bufs)
	bufs.Put(b1)
	bufs.Put(b2)
	b3 := bufs.Get()
	fmt.Println(b3 == b2, len(*b3), cap(*b3), bufs)

	vp := NewPool[vec3](nil, nil)
	var live []*vec3
	for round := 0; round < 3; round++ {
		for i := 0; i < 4; i++ {
			v := vp.Get()
			v.x += float64(i)
			v.y = float64(round)
			live = append(live, v)
		}
		for _, v := range live {
			vp.Put(v)
		}
		live = live[:0]
	}
	fmt.Println(vp)
	v := vp.Get()
	fmt.Printf("%+v\n", *v)

	var ar Arena[tnode]
	var root *tnode
	insert := func(k int) {
		pp := &root
		for *pp != nil {
			if k < (*pp).key {
				pp = &(*pp).left
			} else {
				pp = &(*pp).right
			}
		}
		*pp = ar.Alloc(tnode{key: k})
	}
	for _, k := range []int{8, 3, 10, 1, 6, 14, 4, 7, 13} {
		insert(k)
	}
	var walk func(n *tnode, depth int) string
	walk = func(n *tnode, depth int) string {
		if n == nil {
			return "."
		}
		return fmt.Sprintf("(%s %d %s)", walk(n.left, depth+1), n.key, walk(n.right, depth+1))
	}
	fmt.Println(walk(root, 0))
	fmt.Println("arena", ar.Len(), len(ar.chunks))
	ar.Reset()
	fmt.Println("after reset", ar.Len(), cap(ar.chunks) >= 3)
	p := ar.Alloc(tnode{key: 99})
	fmt.Println(p.key, p.left == nil, ar.Len())

	sp := NewTypedPool(func() *vec3 { return &vec3{1, 1, 1} })
	w := sp.Get()
	fmt.Printf("%+v\n", *w)
	sp.Put(w)
	fmt.Printf("%T\n", sp)

	ints := NewPool[[8]int](nil, nil)
	a := ints.Get()
	a[7] = 7
	ints.Put(a)
	fmt.Println(*ints.Get(), ints)
}
