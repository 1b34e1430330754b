// A discrete-event scheduler on container/heap: tasks with priorities and
// deadlines, Fix after a priority change, Remove by index, plus
// container/list as an LRU and container/ring as a round-robin rota.
package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
	"strings"
)

type task struct {
	name     string
	priority int
	deadline int
	index    int
}

type taskQueue []*task

func (q taskQueue) Len() int { return len(q) }
func (q taskQueue) Less(i, j int) bool {
	if q[i].priority != q[j].priority {
		return q[i].priority > q[j].priority
	}
	return q[i].deadline < q[j].deadline
}
func (q taskQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *taskQueue) Push(x interface{}) {
	t := x.(*task)
	t.index = len(*q)
	*q = append(*q, t)
}
func (q *taskQueue) Pop() interface{} {
	old := *q
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*q = old[:n-1]
	return t
}

type intHeap []int

func (h intHeap) Len() int            { return len(h) }
func (h intHeap) Less(i, j int) bool  { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x interface{}) { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

type lru struct {
	cap   int
	order *list.List
	items map[string]*list.Element
}

type entry struct {
	key string
	val int
}

func newLRU(n int) *lru { return &lru{n, list.New(), map[string]*list.Element{}} }

func (c *lru) get(k string) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.order.MoveToFront(e)
		return e.Value.(*entry).val, true
	}
	return 0, false
}

func (c *lru) put(k string, v int) (evicted string) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).val = v
		c.order.MoveToFront(e)
		return ""
	}
	c.items[k] = c.order.PushFront(&entry{k, v})
	if c.order.Len() > c.cap {
		last := c.order.Back()
		c.order.Remove(last)
		k := last.Value.(*entry).key
		delete(c.items, k)
		return k
	}
	return ""
}

func (c *lru) keys() string {
	var ks []string
	for e := c.order.Front(); e != nil; e = e.Next() {
		ks = append(ks, e.Value.(*entry).key)
	}
	return strings.Join(ks, ",")
}

func main() {
	q := &taskQueue{}
	heap.Init(q)
	tasks := map[string]*task{}
	for i, spec := range []struct {
		name string
		prio int
	}{{"backup", 1}, {"deploy", 5}, {"email", 3}, {"index", 3}, {"report", 2}, {"alert", 9}} {
		t := &task{name: spec.name, priority: spec.prio, deadline: 100 - i*10}
		tasks[t.name] = t
		heap.Push(q, t)
	}
	tasks["backup"].priority = 10
	heap.Fix(q, tasks["backup"].index)
	removed := heap.Remove(q, tasks["email"].index).(*task)
	fmt.Println("removed", removed.name, "index now", removed.index)
	for q.Len() > 0 {
		t := heap.Pop(q).(*task)
		fmt.Printf("run %-7s prio=%2d deadline=%d\n", t.name, t.priority, t.deadline)
	}

	h := &intHeap{9, 4, 7, 1, 8}
	heap.Init(h)
	heap.Push(h, 3)
	var sorted []int
	for h.Len() > 0 {
		sorted = append(sorted, heap.Pop(h).(int))
	}
	fmt.Println(sorted)

	// k smallest of a stream with a bounded max-heap (negated values).
	stream := []int{15, 3, 99, 42, 7, 8, 23, 1, 56, 4}
	k := 4
	top := &intHeap{}
	for _, v := range stream {
		heap.Push(top, -v)
		if top.Len() > k {
			heap.Pop(top)
		}
	}
	var smallest []int
	for top.Len() > 0 {
		smallest = append([]int{-heap.Pop(top).(int)}, smallest...)
	}
	fmt.Println("4 smallest:", smallest)

	c := newLRU(3)
	for _, op := range []string{"put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b", "put c 30", "put e 5", "get c"} {
		f := strings.Fields(op)
		switch f[0] {
		case "put":
			var v int
			fmt.Sscan(f[2], &v)
			ev := c.put(f[1], v)
			fmt.Printf("%-9s evicted=%-2q order=%s\n", op, ev, c.keys())
		case "get":
			v, ok := c.get(f[1])
			fmt.Printf("%-9s -> %d %v order=%s\n", op, v, ok, c.keys())
		}
	}
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	l.MoveToBack(e1)
	other := list.New()
	other.PushBack(9)
	l.PushBackList(other)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println("len", l.Len())

	rota := ring.New(4)
	for _, name := range []string{"ana", "ben", "cho", "dev"} {
		rota.Value = name
		rota = rota.Next()
	}
	for day := 1; day <= 6; day++ {
		fmt.Printf("day %d: %v\n", day, rota.Value)
		rota = rota.Next()
	}
	rota.Unlink(1)
	var left []string
	rota.Do(func(v interface{}) { left = append(left, v.(string)) })
	fmt.Println(rota.Len(), left)
}
