package main

import (
	"container/heap"
	"container/list"
	"fmt"
	"strings"
)

type Task struct {
	Name     string
	Priority int
	Seq      int
	index    int
}

type PQ []*Task

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].Priority != pq[j].Priority {
		return pq[i].Priority > pq[j].Priority
	}
	return pq[i].Seq < pq[j].Seq
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x interface{}) {
	t := x.(*Task)
	t.index = len(*pq)
	*pq = append(*pq, t)
}
func (pq *PQ) Pop() interface{} {
	old := *pq
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*pq = old[:n-1]
	return t
}

func (pq *PQ) update(t *Task, prio int) {
	t.Priority = prio
	heap.Fix(pq, t.index)
}

type IntHeap []int

func (h IntHeap) Len() int            { return len(h) }
func (h IntHeap) Less(i, j int) bool  { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x interface{}) { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func kSmallest(xs []int, k int) []int {
	h := IntHeap(append([]int(nil), xs...))
	heap.Init(&h)
	var out []int
	for i := 0; i < k && h.Len() > 0; i++ {
		out = append(out, heap.Pop(&h).(int))
	}
	return out
}

func main() {
	pq := &PQ{}
	heap.Init(pq)
	tasks := map[string]*Task{}
	for i, spec := range strings.Fields("email:2 backup:5 deploy:9 lint:2 test:7 docs:1") {
		parts := strings.Split(spec, ":")
		var p int
		fmt.Sscan(parts[1], &p)
		t := &Task{Name: parts[0], Priority: p, Seq: i}
		tasks[t.Name] = t
		heap.Push(pq, t)
	}
	pq.update(tasks["docs"], 8)
	heap.Remove(pq, tasks["backup"].index)
	for pq.Len() > 0 {
		t := heap.Pop(pq).(*Task)
		fmt.Printf("%-7s prio=%d seq=%d idx=%d\n", t.Name, t.Priority, t.Seq, t.index)
	}
	fmt.Println(kSmallest([]int{9, 4, 7, 1, 8, 2, 6}, 4))

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	l.PushBack(5)
	l.MoveToFront(e4)
	var parts []string
	for e := l.Front(); e != nil; e = e.Next() {
		parts = append(parts, fmt.Sprint(e.Value))
	}
	fmt.Println(strings.Join(parts, ","), l.Len())
	l.Remove(e1)
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println()
}
