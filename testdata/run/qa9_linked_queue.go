// A FIFO queue as a singly linked list with head and tail pointers, a
// free list of nodes to reuse them, and an iterator closure.
package main

import "fmt"

type node struct {
	val  string
	next *node
}

type Queue struct {
	head, tail *node
	free       *node
	size       int
	allocated  int
}

func (q *Queue) newNode(v string) *node {
	if n := q.free; n != nil {
		q.free = n.next
		n.val, n.next = v, nil
		return n
	}
	q.allocated++
	return &node{val: v}
}

func (q *Queue) Push(v string) {
	n := q.newNode(v)
	if q.tail == nil {
		q.head = n
	} else {
		q.tail.next = n
	}
	q.tail = n
	q.size++
}

func (q *Queue) Pop() (string, bool) {
	n := q.head
	if n == nil {
		return "", false
	}
	q.head = n.next
	if q.head == nil {
		q.tail = nil
	}
	q.size--
	v := n.val
	n.val, n.next = "", q.free
	q.free = n
	return v, true
}

func (q *Queue) Each() func() (string, bool) {
	cur := q.head
	return func() (string, bool) {
		if cur == nil {
			return "", false
		}
		v := cur.val
		cur = cur.next
		return v, true
	}
}

func reverseList(h *node) *node {
	var prev *node
	for h != nil {
		h, h.next, prev = h.next, prev, h
	}
	return prev
}

func main() {
	var q Queue
	for _, w := range []string{"alpha", "beta", "gamma"} {
		q.Push(w)
	}
	v, _ := q.Pop()
	fmt.Println("popped", v, "size", q.size)
	q.Push("delta")
	q.Push("epsilon")
	next := q.Each()
	for s, ok := next(); ok; s, ok = next() {
		fmt.Print(s, " ")
	}
	fmt.Println()
	for {
		s, ok := q.Pop()
		if !ok {
			break
		}
		fmt.Print(s, ";")
	}
	fmt.Println(" allocated", q.allocated)
	for i := 0; i < 4; i++ {
		q.Push(fmt.Sprint("n", i))
	}
	fmt.Println("allocated after reuse", q.allocated, "size", q.size)
	q.head = reverseList(q.head)
	for n := q.head; n != nil; n = n.next {
		fmt.Print(n.val, " ")
	}
	fmt.Println()
}
