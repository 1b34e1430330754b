// A singly linked list of pointer nodes with a free list: nodes removed
// from the list are recycled for later inserts; reverse, split and merge.
package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head, tail *Node
	n          int
	free       *Node
	allocated  int
}

func (l *List) node(v int) *Node {
	if f := l.free; f != nil {
		l.free = f.Next
		f.Val, f.Next = v, nil
		return f
	}
	l.allocated++
	return &Node{Val: v}
}

func (l *List) release(n *Node) {
	n.Next = l.free
	l.free = n
}

func (l *List) PushBack(v int) {
	nd := l.node(v)
	if l.tail == nil {
		l.head, l.tail = nd, nd
	} else {
		l.tail.Next = nd
		l.tail = nd
	}
	l.n++
}

func (l *List) RemoveIf(pred func(int) bool) int {
	removed := 0
	var prev *Node
	for cur := l.head; cur != nil; {
		next := cur.Next
		if pred(cur.Val) {
			if prev == nil {
				l.head = next
			} else {
				prev.Next = next
			}
			if cur == l.tail {
				l.tail = prev
			}
			l.release(cur)
			removed++
			l.n--
		} else {
			prev = cur
		}
		cur = next
	}
	return removed
}

func (l *List) Reverse() {
	var prev *Node
	l.tail = l.head
	for cur := l.head; cur != nil; {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List) String() string {
	var sb strings.Builder
	sb.WriteByte('[')
	for n := l.head; n != nil; n = n.Next {
		if n != l.head {
			sb.WriteString(" -> ")
		}
		fmt.Fprint(&sb, n.Val)
	}
	sb.WriteByte(']')
	return sb.String()
}

func merge(a, b *Node) *Node {
	var dummy Node
	t := &dummy
	for a != nil && b != nil {
		if a.Val <= b.Val {
			t.Next, a = a, a.Next
		} else {
			t.Next, b = b, b.Next
		}
		t = t.Next
	}
	if a != nil {
		t.Next = a
	} else {
		t.Next = b
	}
	return dummy.Next
}

func mergeSort(h *Node) *Node {
	if h == nil || h.Next == nil {
		return h
	}
	slow, fast := h, h.Next
	for fast != nil && fast.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
	}
	mid := slow.Next
	slow.Next = nil
	return merge(mergeSort(h), mergeSort(mid))
}

func main() {
	var l List
	for i := 1; i <= 10; i++ {
		l.PushBack(i * 37 % 11)
	}
	fmt.Println(l.String(), l.n)
	fmt.Println("removed evens:", l.RemoveIf(func(v int) bool { return v%2 == 0 }), l.String())
	for i := 0; i < 4; i++ {
		l.PushBack(100 + i)
	}
	fmt.Println(&l, "allocated", l.allocated)
	l.Reverse()
	fmt.Println("reversed", l.String(), "tail", l.tail.Val)
	l.head = mergeSort(l.head)
	t := l.head
	for t.Next != nil {
		t = t.Next
	}
	l.tail = t
	fmt.Println("sorted", l.String(), "tail", l.tail.Val)
	l.RemoveIf(func(int) bool { return true })
	fmt.Println("empty", l.String(), l.n, l.head == nil, l.tail == nil)
	cnt := 0
	for f := l.free; f != nil; f = f.Next {
		cnt++
	}
	fmt.Println("free list", cnt, "allocated", l.allocated)
}
