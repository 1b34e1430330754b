package main

import (
	"errors"
	"fmt"
	"strings"
)

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(int, T)) {
	i := 0
	for n := l.head; n != nil; n = n.next {
		f(i, n.val)
		i++
	}
}

func (l *List[T]) Reverse() {
	var prev *node[T]
	for cur := l.head; cur != nil; {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l List[T]) Slice() []T {
	out := make([]T, 0, l.size)
	l.Each(func(_ int, v T) { out = append(out, v) })
	return out
}

type Stack[T any] struct{ items []T }

var ErrEmpty = errors.New("empty stack")

func (s *Stack[T]) Push(xs ...T) { s.items = append(s.items, xs...) }
func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, ErrEmpty
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}
func (s Stack[T]) Peek() (v T, ok bool) {
	if len(s.items) == 0 {
		return
	}
	return s.items[len(s.items)-1], true
}

type Tree[K any, V any] struct {
	root *tnode[K, V]
	cmp  func(a, b K) int
	n    int
}

type tnode[K, V any] struct {
	k           K
	v           V
	left, right *tnode[K, V]
}

func NewTree[K, V any](cmp func(a, b K) int) *Tree[K, V] { return &Tree[K, V]{cmp: cmp} }

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		c := t.cmp(k, (*p).k)
		switch {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).v = v
			return
		}
	}
	*p = &tnode[K, V]{k: k, v: v}
	t.n++
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		c := t.cmp(k, n.k)
		if c == 0 {
			return n.v, true
		}
		if c < 0 {
			n = n.left
		} else {
			n = n.right
		}
	}
	var zero V
	return zero, false
}

func (t *Tree[K, V]) Walk(f func(K, V) bool) {
	var walk func(*tnode[K, V]) bool
	walk = func(n *tnode[K, V]) bool {
		if n == nil {
			return true
		}
		return walk(n.left) && f(n.k, n.v) && walk(n.right)
	}
	walk(t.root)
}

func (t *Tree[K, V]) Height() int {
	var h func(*tnode[K, V]) int
	h = func(n *tnode[K, V]) int {
		if n == nil {
			return 0
		}
		l, r := h(n.left), h(n.right)
		if l > r {
			return l + 1
		}
		return r + 1
	}
	return h(t.root)
}

type Numeric interface{ ~int | ~float64 }

type Vec[T Numeric] []T

func (v Vec[T]) Dot(w Vec[T]) T {
	var s T
	for i := range v {
		s += v[i] * w[i]
	}
	return s
}

func (v Vec[T]) Scale(k T) Vec[T] {
	out := make(Vec[T], len(v))
	for i, x := range v {
		out[i] = x * k
	}
	return out
}

type Cache[K comparable, V any] struct {
	data  map[K]V
	order []K
	cap   int
}

func NewCache[K comparable, V any](n int) *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V), cap: n}
}

func (c *Cache[K, V]) Set(k K, v V) (evicted K, did bool) {
	if _, ok := c.data[k]; !ok {
		if len(c.order) == c.cap {
			evicted, c.order = c.order[0], c.order[1:]
			delete(c.data, evicted)
			did = true
		}
		c.order = append(c.order, k)
	}
	c.data[k] = v
	return
}

func intCmp(a, b int) int { return a - b }

func main() {
	var l List[string]
	for _, w := range strings.Fields("one two three four") {
		l.Push(w)
	}
	fmt.Println(l.Slice(), l.size)
	l.Reverse()
	l.Each(func(i int, s string) { fmt.Printf("%d:%s ", i, s) })
	fmt.Println()
	var st Stack[float64]
	st.Push(1.5, 2.5, 3.5)
	for {
		v, err := st.Pop()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Print(v, " ")
	}
	_, ok := st.Peek()
	fmt.Println(ok)
	ps := &Stack[[]int]{}
	ps.Push([]int{1}, nil)
	top, _ := ps.Peek()
	fmt.Println(top == nil, len(ps.items))
	t := NewTree[int, string](intCmp)
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 30} {
		t.Put(k, fmt.Sprint("v", k))
	}
	fmt.Println(t.n, t.Height())
	t.Walk(func(k int, v string) bool {
		fmt.Print(k, "=", v, " ")
		return k < 60
	})
	fmt.Println()
	v, ok := t.Get(40)
	fmt.Println(v, ok)
	v, ok = t.Get(45)
	fmt.Printf("%q %v\n", v, ok)
	st2 := NewTree[string, []int](strings.Compare)
	st2.Put("b", []int{2})
	st2.Put("a", []int{1, 1})
	st2.Walk(func(k string, v []int) bool { fmt.Print(k, v, ";"); return true })
	fmt.Println()
	a := Vec[int]{1, 2, 3}
	fmt.Println(a.Dot(a.Scale(2)), Vec[float64]{0.5, 1}.Dot(Vec[float64]{2, 3}))
	c := NewCache[string, int](2)
	for i, k := range []string{"a", "b", "a", "c", "d"} {
		if ev, did := c.Set(k, i); did {
			fmt.Println("evicted", ev)
		}
	}
	fmt.Println(c.order, len(c.data), c.data["d"])
	fmt.Printf("%T %T %T\n", l, st, c)
}
