// A generic priority queue over container/heap: the heap.Interface methods
// take and return any, so elements are boxed; an index map allows updates.
package main

import (
	"container/heap"
	"fmt"
)

type item[T any] struct {
	val   T
	prio  int
	index int
}

type pq[T any] struct {
	items []*item[T]
	less  func(a, b int) bool
}

func (q *pq[T]) Len() int           { return len(q.items) }
func (q *pq[T]) Less(i, j int) bool { return q.less(q.items[i].prio, q.items[j].prio) }
func (q *pq[T]) Swap(i, j int) {
	q.items[i], q.items[j] = q.items[j], q.items[i]
	q.items[i].index = i
	q.items[j].index = j
}
func (q *pq[T]) Push(x any) {
	it := x.(*item[T])
	it.index = len(q.items)
	q.items = append(q.items, it)
}
func (q *pq[T]) Pop() any {
	old := q.items
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	it.index = -1
	q.items = old[:n-1]
	return it
}

type Queue[K comparable] struct {
	q   pq[K]
	idx map[K]*item[K]
}

func NewQueue[K comparable](minFirst bool) *Queue[K] {
	less := func(a, b int) bool { return a > b }
	if minFirst {
		less = func(a, b int) bool { return a < b }
	}
	return &Queue[K]{q: pq[K]{less: less}, idx: map[K]*item[K]{}}
}

func (Q *Queue[K]) Set(k K, prio int) {
	if it, ok := Q.idx[k]; ok {
		it.prio = prio
		heap.Fix(&Q.q, it.index)
		return
	}
	it := &item[K]{val: k, prio: prio}
	Q.idx[k] = it
	heap.Push(&Q.q, it)
}

func (Q *Queue[K]) PopMin() (K, int, bool) {
	if Q.q.Len() == 0 {
		var zero K
		return zero, 0, false
	}
	it := heap.Pop(&Q.q).(*item[K])
	delete(Q.idx, it.val)
	return it.val, it.prio, true
}

func main() {
	q := NewQueue[string](true)
	for i, w := range []string{"delta", "alpha", "echo", "bravo", "charlie"} {
		q.Set(w, (i*7)%5)
	}
	q.Set("echo", -1)
	q.Set("alpha", 10)
	for {
		k, p, ok := q.PopMin()
		if !ok {
			break
		}
		fmt.Print(k, ":", p, " ")
	}
	fmt.Println()
	mq := NewQueue[int](false)
	for _, v := range []int{5, 1, 9, 3} {
		mq.Set(v, v*v)
	}
	k, p, _ := mq.PopMin()
	fmt.Println(k, p, mq.q.Len(), len(mq.idx))
}
