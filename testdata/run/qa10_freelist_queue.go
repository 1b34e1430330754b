// A FIFO queue of linked nodes that recycles dequeued nodes through a
// free list instead of allocating a new node for every push.
package main

import "fmt"

type Msg struct {
	ID      int
	Payload [4]int
}

type qnode struct {
	msg  Msg
	next *qnode
}

type Queue struct {
	head, tail *qnode
	free       *qnode
	size       int
	allocated  int
	reused     int
}

func (q *Queue) getNode() *qnode {
	if n := q.free; n != nil {
		q.free = n.next
		n.next = nil
		q.reused++
		return n
	}
	q.allocated++
	return new(qnode)
}

func (q *Queue) putNode(n *qnode) {
	n.msg = Msg{}
	n.next = q.free
	q.free = n
}

func (q *Queue) Push(m Msg) {
	n := q.getNode()
	n.msg = m
	if q.tail == nil {
		q.head = n
	} else {
		q.tail.next = n
	}
	q.tail = n
	q.size++
}

func (q *Queue) Pop() (Msg, bool) {
	n := q.head
	if n == nil {
		return Msg{}, false
	}
	q.head = n.next
	if q.head == nil {
		q.tail = nil
	}
	m := n.msg
	q.putNode(n)
	q.size--
	return m, true
}

func (q *Queue) freeLen() int {
	c := 0
	for n := q.free; n != nil; n = n.next {
		c++
	}
	return c
}

func sum(m Msg) int {
	s := m.ID
	for _, v := range m.Payload {
		s += v
	}
	return s
}

func main() {
	var q Queue
	total := 0
	for round := 0; round < 5; round++ {
		for i := 0; i < 4; i++ {
			id := round*10 + i
			q.Push(Msg{ID: id, Payload: [4]int{id, id * 2, 1, 0}})
		}
		for i := 0; i < 3; i++ {
			m, _ := q.Pop()
			total += sum(m)
		}
	}
	fmt.Println("size", q.size, "allocated", q.allocated, "reused", q.reused, "free", q.freeLen())
	for {
		m, ok := q.Pop()
		if !ok {
			break
		}
		fmt.Println("drain", m.ID, m.Payload)
		total += sum(m)
	}
	fmt.Println("total", total, "free", q.freeLen())
	_, ok := q.Pop()
	fmt.Println(ok, q.head == nil, q.tail == nil)
}
