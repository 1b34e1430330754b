package main

import (
	"fmt"
	"strings"
)

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head, tail *node[T]
	n          int
}

func (l *List[T]) Push(v T) *List[T] {
	nd := &node[T]{val: v}
	if l.tail == nil {
		l.head = nd
	} else {
		l.tail.next = nd
	}
	l.tail = nd
	l.n++
	return l
}

func (l *List[T]) Each(f func(int, T)) {
	i := 0
	for n := l.head; n != nil; n = n.next {
		f(i, n.val)
		i++
	}
}

func (l *List[T]) Iter() func() (T, bool) {
	cur := l.head
	return func() (T, bool) {
		if cur == nil {
			var zero T
			return zero, false
		}
		v := cur.val
		cur = cur.next
		return v, true
	}
}

func (l *List[T]) Reverse() {
	var prev *node[T]
	l.tail = l.head
	for cur := l.head; cur != nil; {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l List[T]) Len() int { return l.n }

func (l *List[T]) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	l.Each(func(i int, v T) {
		if i > 0 {
			sb.WriteString(" -> ")
		}
		fmt.Fprint(&sb, v)
	})
	sb.WriteString("]")
	return sb.String()
}

func FromSlice[T any](xs []T) *List[T] {
	l := &List[T]{}
	for _, x := range xs {
		l.Push(x)
	}
	return l
}

func Map[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	l.Each(func(_ int, v T) { out.Push(f(v)) })
	return out
}

func Filter[T any](l *List[T], keep func(T) bool) *List[T] {
	out := &List[T]{}
	for it := l.Iter(); ; {
		v, ok := it()
		if !ok {
			break
		}
		if keep(v) {
			out.Push(v)
		}
	}
	return out
}

func Reduce[T, A any](l *List[T], acc A, f func(A, T) A) A {
	l.Each(func(_ int, v T) { acc = f(acc, v) })
	return acc
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func Zip[K comparable, V any](ks *List[K], vs *List[V]) *List[Pair[K, V]] {
	out := &List[Pair[K, V]]{}
	a, b := ks.Iter(), vs.Iter()
	for {
		k, ok1 := a()
		v, ok2 := b()
		if !ok1 || !ok2 {
			return out
		}
		out.Push(Pair[K, V]{k, v})
	}
}

func main() {
	nums := FromSlice([]int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
	fmt.Println(nums, nums.Len())
	sq := Map(nums, func(x int) int { return x * x })
	even := Filter(sq, func(x int) bool { return x%2 == 0 })
	fmt.Println(sq)
	fmt.Println(even, even.Len())
	fmt.Println(Reduce(even, 0, func(a, x int) int { return a + x }))
	words := Map(nums, func(x int) string { return strings.Repeat("*", x%4) })
	fmt.Println(words)
	joined := Reduce(words, "", func(a string, w string) string { return a + "|" + w })
	fmt.Printf("%q\n", joined)
	words.Reverse()
	fmt.Println(words, words.tail.val == "*")
	z := Zip(FromSlice([]string{"a", "b", "c"}), nums)
	fmt.Println(z)
	empty := &List[float64]{}
	empty.Reverse()
	fmt.Println(empty, empty.Len(), Reduce(empty, 1.5, func(a, x float64) float64 { return a * x }))
	it := z.Iter()
	p, _ := it()
	fmt.Printf("%v %+v %T\n", p, p, p)
}
