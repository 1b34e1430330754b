// Held-out-style generics (session 9): pointer-method constraints (PT
// interface{ *T; Set }), a channel-backed queue, goroutines in an instance,
// a recursive generic tree, a generic struct embedding sync.Mutex.
package main

import (
	"fmt"
	"sync"
)

type Setter[T any] interface {
	*T
	Set(string)
}

type Item struct{ name string }

func (i *Item) Set(s string) { i.name = s }

func MakeAll[T any, PT Setter[T]](names []string) []T {
	out := make([]T, len(names))
	for i, n := range names {
		PT(&out[i]).Set(n)
	}
	return out
}

type Queue[T any] struct {
	ch chan T
}

func NewQueue[T any](n int) Queue[T] { return Queue[T]{ch: make(chan T, n)} }

func (q Queue[T]) Send(v T) { q.ch <- v }
func (q Queue[T]) Close()   { close(q.ch) }

func Collect[T any](q Queue[T]) []T {
	var out []T
	for v := range q.ch {
		out = append(out, v)
	}
	return out
}

func ParallelMap[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	var wg sync.WaitGroup
	for i := range xs {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			out[i] = f(xs[i])
		}(i)
	}
	wg.Wait()
	return out
}

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T, less func(a, b T) bool) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if less(v, t.Val) {
		t.Left = t.Left.Insert(v, less)
	} else {
		t.Right = t.Right.Insert(v, less)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

type Counter[K comparable] struct {
	sync.Mutex
	m map[K]int
}

func (c *Counter[K]) Inc(k K) {
	c.Lock()
	c.m[k]++
	c.Unlock()
}

func main() {
	items := MakeAll[Item]([]string{"a", "b"})
	fmt.Println(items)
	q := NewQueue[int](3)
	q.Send(1)
	q.Send(2)
	q.Close()
	fmt.Println(Collect(q))
	sq := ParallelMap([]int{1, 2, 3}, func(x int) int { return x * x })
	fmt.Println(sq)
	var root *Tree[int]
	for _, v := range []int{5, 2, 8, 1} {
		root = root.Insert(v, func(a, b int) bool { return a < b })
	}
	sum := 0
	root.Walk(func(v int) { sum += v })
	fmt.Println(sum)
	c := &Counter[string]{m: map[string]int{}}
	send := q.Send
	_ = send
	c.Inc("x")
	c.Inc("x")
	fmt.Println(c.m)
}
