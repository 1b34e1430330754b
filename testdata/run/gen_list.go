// A doubly linked List[T] with *node[T] links and a sentinel, an iterator
// returned as a closure, in-place reversal, removal while walking, a
// generic Map from one list to another and a free list of nodes reused
// across lists (memory recycling without the GC).
package main

import (
	"fmt"
	"strings"
)

type node[T any] struct {
	val        T
	prev, next *node[T]
}

type List[T any] struct {
	root node[T] // sentinel: root.next is the head, root.prev the tail
	n    int
	free *node[T]
}

func New[T any]() *List[T] {
	l := &List[T]{}
	l.root.next = &l.root
	l.root.prev = &l.root
	return l
}

func (l *List[T]) alloc(v T) *node[T] {
	if l.free != nil {
		nd := l.free
		l.free = nd.next
		nd.val, nd.next, nd.prev = v, nil, nil
		return nd
	}
	return &node[T]{val: v}
}

func (l *List[T]) insertAfter(at *node[T], v T) *node[T] {
	nd := l.alloc(v)
	nd.prev = at
	nd.next = at.next
	at.next.prev = nd
	at.next = nd
	l.n++
	return nd
}

func (l *List[T]) PushBack(v T) *node[T]  { return l.insertAfter(l.root.prev, v) }
func (l *List[T]) PushFront(v T) *node[T] { return l.insertAfter(&l.root, v) }

func (l *List[T]) Remove(nd *node[T]) T {
	nd.prev.next = nd.next
	nd.next.prev = nd.prev
	v := nd.val
	var zero T
	nd.val = zero
	nd.prev = nil
	nd.next = l.free
	l.free = nd
	l.n--
	return v
}

func (l *List[T]) Len() int { return l.n }

// Iter returns a closure yielding values front to back.
func (l *List[T]) Iter() func() (T, bool) {
	cur := l.root.next
	return func() (T, bool) {
		if cur == &l.root {
			var zero T
			return zero, false
		}
		v := cur.val
		cur = cur.next
		return v, true
	}
}

func (l *List[T]) Reverse() {
	nd := &l.root
	for {
		nd.next, nd.prev = nd.prev, nd.next
		nd = nd.prev // the old next
		if nd == &l.root {
			return
		}
	}
}

func (l *List[T]) RemoveIf(pred func(T) bool) int {
	removed := 0
	for nd := l.root.next; nd != &l.root; {
		next := nd.next
		if pred(nd.val) {
			l.Remove(nd)
			removed++
		}
		nd = next
	}
	return removed
}

func (l *List[T]) String() string {
	var sb strings.Builder
	sb.WriteByte('[')
	it := l.Iter()
	for first := true; ; first = false {
		v, ok := it()
		if !ok {
			break
		}
		if !first {
			sb.WriteString(" <-> ")
		}
		fmt.Fprint(&sb, v)
	}
	sb.WriteByte(']')
	return sb.String()
}

func MapList[T, U any](l *List[T], f func(T) U) *List[U] {
	out := New[U]()
	for it := l.Iter(); ; {
		v, ok := it()
		if !ok {
			return out
		}
		out.PushBack(f(v))
	}
}

func (l *List[T]) freeCount() int {
	c := 0
	for nd := l.free; nd != nil; nd = nd.next {
		c++
	}
	return c
}

func main() {
	l := New[int]()
	for i := 1; i <= 6; i++ {
		l.PushBack(i * 10)
	}
	mid := l.PushFront(5)
	fmt.Println(l, l.Len())
	l.Reverse()
	fmt.Println(l)
	fmt.Println("removed", l.Remove(mid), l)
	n := l.RemoveIf(func(v int) bool { return v%20 == 0 })
	fmt.Println("removed", n, l, "free", l.freeCount())
	for i := 0; i < 3; i++ {
		l.PushFront(-i)
	}
	fmt.Println(l, "free", l.freeCount())

	strs := MapList(l, func(v int) string { return fmt.Sprintf("#%d", v) })
	fmt.Println(strs, strs.Len())
	fmt.Printf("%T %T\n", strs, strs.root.next)

	type job struct {
		id   int
		name string
	}
	jobs := New[*job]()
	for i, nm := range []string{"parse", "check", "emit"} {
		jobs.PushBack(&job{i, nm})
	}
	it := jobs.Iter()
	for j, ok := it(); ok; j, ok = it() {
		fmt.Print(j.id, ":", j.name, " ")
	}
	fmt.Println()
	jobs.RemoveIf(func(j *job) bool { return j.name == "check" })
	for it := jobs.Iter(); ; {
		j, ok := it()
		if !ok {
			break
		}
		fmt.Printf("%+v ", *j)
	}
	fmt.Println()

	e := New[string]()
	e.Reverse()
	fmt.Println(e, e.Len())
}
