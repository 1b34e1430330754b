package main

import (
	"fmt"
	"strings"
)

// Arena hands out pointers into big chunks so that many small objects
// share a few allocations.
type Arena[T any] struct {
	chunks    [][]T
	chunkSize int
	used      int
	allocs    int
}

func NewArena[T any](chunkSize int) *Arena[T] {
	return &Arena[T]{chunkSize: chunkSize}
}

func (a *Arena[T]) New() *T {
	if len(a.chunks) == 0 || a.used == a.chunkSize {
		a.chunks = append(a.chunks, make([]T, a.chunkSize))
		a.used = 0
		a.allocs++
	}
	p := &a.chunks[len(a.chunks)-1][a.used]
	a.used++
	return p
}

func (a *Arena[T]) Reset() {
	var zero T
	for _, c := range a.chunks {
		for i := range c {
			c[i] = zero
		}
	}
	if len(a.chunks) > 0 {
		a.chunks = a.chunks[:1]
	}
	a.used = 0
}

func (a *Arena[T]) Len() int {
	if len(a.chunks) == 0 {
		return 0
	}
	return (len(a.chunks)-1)*a.chunkSize + a.used
}

type Node struct {
	Key   string
	Left  *Node
	Right *Node
	Count int
}

type Tree struct {
	root  *Node
	arena *Arena[Node]
}

func (t *Tree) Insert(key string) {
	p := &t.root
	for *p != nil {
		switch c := strings.Compare(key, (*p).Key); {
		case c < 0:
			p = &(*p).Left
		case c > 0:
			p = &(*p).Right
		default:
			(*p).Count++
			return
		}
	}
	n := t.arena.New()
	n.Key = key
	n.Count = 1
	*p = n
}

func (t *Tree) Walk(visit func(n *Node)) {
	var rec func(n *Node)
	rec = func(n *Node) {
		if n == nil {
			return
		}
		rec(n.Left)
		visit(n)
		rec(n.Right)
	}
	rec(t.root)
}

func depth(n *Node) int {
	if n == nil {
		return 0
	}
	l, r := depth(n.Left), depth(n.Right)
	if l > r {
		return l + 1
	}
	return r + 1
}

type Point struct{ X, Y int32 }

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog the fox barks and the dog runs away quick quick")
	t := &Tree{arena: NewArena[Node](4)}
	for _, w := range words {
		t.Insert(w)
	}
	var sb strings.Builder
	t.Walk(func(n *Node) {
		fmt.Fprintf(&sb, "%s:%d ", n.Key, n.Count)
	})
	fmt.Println(strings.TrimSpace(sb.String()))
	fmt.Println("nodes", t.arena.Len(), "chunks", len(t.arena.chunks), "allocs", t.arena.allocs, "depth", depth(t.root))

	pa := NewArena[Point](8)
	pts := make([]*Point, 0, 20)
	for i := 0; i < 20; i++ {
		p := pa.New()
		p.X, p.Y = int32(i), int32(i*i)
		pts = append(pts, p)
	}
	sum := int32(0)
	for _, p := range pts {
		sum += p.X + p.Y
	}
	fmt.Println("points", pa.Len(), "sum", sum, "allocs", pa.allocs)
	pa.Reset()
	fmt.Println("after reset", pa.Len(), len(pa.chunks), *pts[0], *pts[19])
	q := pa.New()
	q.X = 99
	fmt.Println("reuse same slot:", pts[0] == q, *pts[0])
}
