// container/list as a work queue and a hand-written intrusive doubly linked
// list side by side: PushBack, MoveToFront, Remove while iterating.
package main

import (
	"container/list"
	"fmt"
)

type Task struct {
	ID       int
	Priority int
}

type DNode struct {
	prev, next *DNode
	val        int
}

type DList struct {
	head, tail *DNode
	n          int
}

func (l *DList) PushFront(v int) *DNode {
	nd := &DNode{val: v, next: l.head}
	if l.head != nil {
		l.head.prev = nd
	} else {
		l.tail = nd
	}
	l.head = nd
	l.n++
	return nd
}

func (l *DList) Unlink(nd *DNode) {
	if nd.prev != nil {
		nd.prev.next = nd.next
	} else {
		l.head = nd.next
	}
	if nd.next != nil {
		nd.next.prev = nd.prev
	} else {
		l.tail = nd.prev
	}
	nd.prev, nd.next = nil, nil
	l.n--
}

func (l *DList) Values() []int {
	out := make([]int, 0, l.n)
	for nd := l.head; nd != nil; nd = nd.next {
		out = append(out, nd.val)
	}
	return out
}

func main() {
	q := list.New()
	for i := 1; i <= 6; i++ {
		q.PushBack(&Task{ID: i, Priority: i % 3})
	}
	for e := q.Front(); e != nil; {
		next := e.Next()
		if t := e.Value.(*Task); t.Priority == 0 {
			q.MoveToFront(e)
		} else if t.Priority == 2 {
			q.Remove(e)
		}
		e = next
	}
	for e := q.Front(); e != nil; e = e.Next() {
		t := e.Value.(*Task)
		fmt.Print(t.ID, ":", t.Priority, " ")
	}
	fmt.Println("len", q.Len())

	other := list.New()
	other.PushBack("x")
	other.PushFront("w")
	q.PushBackList(other)
	fmt.Println(q.Len(), q.Back().Value, q.Front().Value.(*Task).ID)

	var dl DList
	nodes := map[int]*DNode{}
	for i := 0; i < 5; i++ {
		nodes[i] = dl.PushFront(i * 10)
	}
	fmt.Println(dl.Values())
	dl.Unlink(nodes[2])
	dl.Unlink(nodes[4])
	dl.Unlink(nodes[0])
	fmt.Println(dl.Values(), dl.n, dl.head.val, dl.tail.val)
}
