// A generic singly linked list with an iterator struct and callbacks;
// Map between element types and a pointer-receiver sort by insertion.
package main

import (
	"fmt"
	"strings"
)

type Node[T any] struct {
	Val  T
	Next *Node[T]
}

type List[T any] struct {
	head, tail *Node[T]
	n          int
}

func (l *List[T]) Append(vs ...T) *List[T] {
	for _, v := range vs {
		nd := &Node[T]{Val: v}
		if l.tail == nil {
			l.head = nd
		} else {
			l.tail.Next = nd
		}
		l.tail = nd
		l.n++
	}
	return l
}

func (l *List[T]) Each(f func(int, T)) {
	i := 0
	for n := l.head; n != nil; n = n.Next {
		f(i, n.Val)
		i++
	}
}

type Iter[T any] struct{ cur *Node[T] }

func (l *List[T]) Iter() *Iter[T] { return &Iter[T]{l.head} }

func (it *Iter[T]) Next() (T, bool) {
	if it.cur == nil {
		var zero T
		return zero, false
	}
	v := it.cur.Val
	it.cur = it.cur.Next
	return v, true
}

func MapList[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	for it := l.Iter(); ; {
		v, ok := it.Next()
		if !ok {
			break
		}
		out.Append(f(v))
	}
	return out
}

func InsertSorted[T any](l *List[T], v T, less func(a, b T) bool) {
	nd := &Node[T]{Val: v}
	l.n++
	if l.head == nil || less(v, l.head.Val) {
		nd.Next = l.head
		l.head = nd
		if l.tail == nil {
			l.tail = nd
		}
		return
	}
	p := l.head
	for p.Next != nil && !less(v, p.Next.Val) {
		p = p.Next
	}
	nd.Next = p.Next
	p.Next = nd
	if nd.Next == nil {
		l.tail = nd
	}
}

func (l *List[T]) String() string {
	var b strings.Builder
	b.WriteByte('[')
	l.Each(func(i int, v T) {
		if i > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprint(&b, v)
	})
	b.WriteByte(']')
	return b.String()
}

func main() {
	l := (&List[int]{}).Append(3, 1, 4, 1, 5)
	fmt.Println(l, l.n)
	sq := MapList(l, func(x int) string { return strings.Repeat("*", x) })
	fmt.Println(sq)
	var sorted List[string]
	for _, w := range strings.Fields("pear apple fig banana cherry") {
		InsertSorted(&sorted, w, func(a, b string) bool { return a < b })
	}
	fmt.Println(&sorted, sorted.n, sorted.tail.Val)
	type pt struct{ X, Y int }
	pts := (&List[pt]{}).Append(pt{1, 2}, pt{3, 4})
	total := 0
	pts.Each(func(_ int, p pt) { total += p.X * p.Y })
	fmt.Println(pts, total)
}
