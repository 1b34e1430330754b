package main

import (
	"container/heap"
	"container/list"
	"fmt"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

type item struct {
	value    string
	priority int
	index    int
}

type PQ []*item

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	return pq[i].priority > pq[j].priority
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	it := x.(*item)
	it.index = len(*pq)
	*pq = append(*pq, it)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	it.index = -1
	*pq = old[0 : n-1]
	return it
}

func printList(l *list.List) {
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println("| len", l.Len())
}

func main() {
	h := &IntHeap{5, 2, 8, 1, 9, 3, 3}
	heap.Init(h)
	fmt.Println(*h)
	heap.Push(h, 0)
	fmt.Println(*h, (*h)[0])
	(*h)[3] = -1
	heap.Fix(h, 3)
	fmt.Println(*h)
	fmt.Println(heap.Remove(h, 2), *h)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()

	pq := PQ{}
	for i, w := range []string{"banana", "apple", "pear", "kiwi"} {
		heap.Push(&pq, &item{value: w, priority: len(w) * (i + 1)})
	}
	pq[2].priority = 100
	heap.Fix(&pq, 2)
	for pq.Len() > 0 {
		it := heap.Pop(&pq).(*item)
		fmt.Printf("%s:%d ", it.value, it.priority)
	}
	fmt.Println()

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	printList(l)
	l.MoveToBack(e1)
	l.MoveToFront(e4)
	printList(l)
	l.MoveAfter(e4, e1)
	l.MoveBefore(e1, l.Front())
	printList(l)
	fmt.Println(l.Remove(e4), l.Front().Value, l.Back().Value, l.Back().Prev().Value, l.Front().Prev() == nil)
	printList(l)
	var z list.List
	z.PushBack("a")
	z.PushBackList(l)
	z.PushFrontList(&z)
	printList(&z)
	other := list.New()
	fmt.Println(other.Remove(e1), other.InsertAfter(9, e1) == nil, other.Len())
	for e := z.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, ",")
	}
	fmt.Println()
	l.Init()
	printList(l)
}
