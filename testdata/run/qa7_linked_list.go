// A doubly linked list with a sentinel node, an iterator closure, splicing
// and a free-list of recycled elements.
package main

import (
	"fmt"
	"strings"
)

type Element struct {
	prev, next *Element
	list       *List
	Value      string
}

type List struct {
	root  Element
	len   int
	spare *Element
}

func New() *List {
	l := new(List)
	l.root.next = &l.root
	l.root.prev = &l.root
	return l
}

func (l *List) newElement(v string) *Element {
	if e := l.spare; e != nil {
		l.spare = e.next
		e.next = nil
		e.Value = v
		return e
	}
	return &Element{Value: v}
}

func (l *List) insertAfter(e, at *Element) *Element {
	e.prev = at
	e.next = at.next
	at.next.prev = e
	at.next = e
	e.list = l
	l.len++
	return e
}

func (l *List) PushBack(v string) *Element  { return l.insertAfter(l.newElement(v), l.root.prev) }
func (l *List) PushFront(v string) *Element { return l.insertAfter(l.newElement(v), &l.root) }

func (l *List) Remove(e *Element) string {
	if e.list != l {
		return ""
	}
	e.prev.next = e.next
	e.next.prev = e.prev
	e.prev, e.list = nil, nil
	e.next = l.spare
	l.spare = e
	l.len--
	return e.Value
}

func (l *List) Iter() func() (*Element, bool) {
	cur := l.root.next
	return func() (*Element, bool) {
		if cur == &l.root {
			return nil, false
		}
		e := cur
		cur = cur.next
		return e, true
	}
}

func (l *List) String() string {
	parts := make([]string, 0, l.len)
	next := l.Iter()
	for e, ok := next(); ok; e, ok = next() {
		parts = append(parts, e.Value)
	}
	return "[" + strings.Join(parts, " <-> ") + "]"
}

func (l *List) Reverse() {
	e := &l.root
	for {
		e.next, e.prev = e.prev, e.next
		e = e.prev
		if e == &l.root {
			break
		}
	}
}

func main() {
	l := New()
	for _, w := range []string{"b", "c", "d"} {
		l.PushBack(w)
	}
	a := l.PushFront("a")
	e := l.PushBack("e")
	fmt.Println(l, l.len)
	fmt.Println("removed", l.Remove(a), l.Remove(e), l.Remove(e) == "")
	fmt.Println(l)
	reused := l.PushBack("f")
	fmt.Println(reused == e || reused == a, l)
	l.Reverse()
	fmt.Println(l)
	next := l.Iter()
	for el, ok := next(); ok; el, ok = next() {
		if el.Value == "c" {
			l.Remove(el)
		}
	}
	fmt.Println(l, l.len)
}
