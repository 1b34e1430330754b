// A priority queue of *Task with container/heap, updating priorities in
// place through a stored index, plus container/list as an undo log and
// container/ring as a round-robin of workers.
package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
	"strings"
)

type Task struct {
	name  string
	prio  int
	index int
}

type PQ []*Task

func (q PQ) Len() int { return len(q) }
func (q PQ) Less(i, j int) bool {
	if q[i].prio != q[j].prio {
		return q[i].prio > q[j].prio
	}
	return q[i].name < q[j].name
}
func (q PQ) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *PQ) Push(x any) {
	t := x.(*Task)
	t.index = len(*q)
	*q = append(*q, t)
}
func (q *PQ) Pop() any {
	old := *q
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*q = old[:n-1]
	return t
}

type change struct {
	t       *Task
	oldPrio int
}

type Board struct {
	pq   PQ
	byNm map[string]*Task
	undo *list.List
}

func NewBoard() *Board {
	return &Board{byNm: map[string]*Task{}, undo: list.New()}
}

func (b *Board) Add(name string, prio int) {
	t := &Task{name: name, prio: prio}
	b.byNm[name] = t
	heap.Push(&b.pq, t)
}

func (b *Board) Bump(name string, delta int) bool {
	t, ok := b.byNm[name]
	if !ok || t.index < 0 {
		return false
	}
	b.undo.PushBack(change{t, t.prio})
	t.prio += delta
	heap.Fix(&b.pq, t.index)
	return true
}

func (b *Board) Undo() {
	e := b.undo.Back()
	if e == nil {
		return
	}
	c := b.undo.Remove(e).(change)
	c.t.prio = c.oldPrio
	if c.t.index >= 0 {
		heap.Fix(&b.pq, c.t.index)
	}
}

func main() {
	b := NewBoard()
	for i, n := range strings.Fields("write test deploy review plan fix") {
		b.Add(n, (i*5)%7)
	}
	b.Bump("plan", 10)
	b.Bump("fix", 3)
	b.Bump("nope", 1)
	b.Undo()
	workers := ring.New(3)
	for i := 0; i < workers.Len(); i++ {
		workers.Value = []string{}
		workers = workers.Next()
	}
	names := []string{"w0", "w1", "w2"}
	idx := 0
	for b.pq.Len() > 0 {
		t := heap.Pop(&b.pq).(*Task)
		workers.Value = append(workers.Value.([]string), fmt.Sprintf("%s(%d)", t.name, t.prio))
		workers = workers.Next()
		idx++
	}
	i := 0
	workers.Do(func(v any) {
		fmt.Println(names[i], v)
		i++
	})
	fmt.Println("undo entries left:", b.undo.Len(), "popped:", idx)
	l := list.New()
	for _, v := range []int{3, 1, 4, 1, 5} {
		if v%2 == 1 {
			l.PushFront(v)
		} else {
			l.PushBack(v)
		}
	}
	var parts []string
	for e := l.Front(); e != nil; e = e.Next() {
		parts = append(parts, fmt.Sprint(e.Value))
	}
	fmt.Println(strings.Join(parts, ","))
}
