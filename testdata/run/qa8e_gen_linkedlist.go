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
	head *Node[T]
	size int
}

func FromSlice[T any](xs []T) *List[T] {
	l := &List[T]{}
	for i := len(xs) - 1; i >= 0; i-- {
		l.PushFront(xs[i])
	}
	return l
}

func (l *List[T]) PushFront(v T) {
	l.head = &Node[T]{v, l.head}
	l.size++
}

func (l *List[T]) PushBack(v T) {
	n := &Node[T]{Val: v}
	l.size++
	if l.head == nil {
		l.head = n
		return
	}
	cur := l.head
	for cur.Next != nil {
		cur = cur.Next
	}
	cur.Next = n
}

func (l *List[T]) Each(f func(int, T)) {
	i := 0
	for n := l.head; n != nil; n = n.Next {
		f(i, n.Val)
		i++
	}
}

func (l *List[T]) Reverse() {
	var prev *Node[T]
	cur := l.head
	for cur != nil {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List[T]) String() string {
	var parts []string
	l.Each(func(_ int, v T) { parts = append(parts, fmt.Sprint(v)) })
	return "[" + strings.Join(parts, " -> ") + "]"
}

func (l *List[T]) RemoveIf(pred func(T) bool) int {
	removed := 0
	for l.head != nil && pred(l.head.Val) {
		l.head = l.head.Next
		removed++
	}
	for n := l.head; n != nil && n.Next != nil; {
		if pred(n.Next.Val) {
			n.Next = n.Next.Next
			removed++
		} else {
			n = n.Next
		}
	}
	l.size -= removed
	return removed
}

func Find[T comparable](l *List[T], v T) (int, bool) {
	idx := -1
	l.Each(func(i int, x T) {
		if idx < 0 && x == v {
			idx = i
		}
	})
	return idx, idx >= 0
}

func MapList[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	l.Each(func(_ int, v T) { out.PushBack(f(v)) })
	return out
}

type Song struct {
	Title string
	Secs  int
}

func (s Song) String() string { return fmt.Sprintf("%s(%d:%02d)", s.Title, s.Secs/60, s.Secs%60) }

func main() {
	l := FromSlice([]int{1, 2, 3, 4, 5, 6})
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l)
	n := l.RemoveIf(func(x int) bool { return x%3 == 0 })
	fmt.Println(l, "removed", n, "size", l.size)
	fmt.Println(Find(l, 4))
	fmt.Println(Find(l, 9))
	sl := MapList(l, func(x int) string { return strings.Repeat("#", x) })
	fmt.Println(sl)
	pl := &List[Song]{}
	pl.PushBack(Song{"Intro", 65})
	pl.PushBack(Song{"Theme", 203})
	pl.PushFront(Song{"Overture", 301})
	fmt.Println(pl)
	total := 0
	pl.Each(func(i int, s Song) { total += s.Secs })
	fmt.Printf("total %d:%02d\n", total/60, total%60)
	var empty List[float64]
	empty.Reverse()
	fmt.Println(empty.String(), empty.RemoveIf(func(float64) bool { return true }))
	fmt.Printf("%v %+v\n", *FromSlice([]string{"x"}).head, Node[int]{Val: 1})
}
