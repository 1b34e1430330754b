// A generic growable ring-buffer queue Queue[T]: push at the tail, pop at
// the head, double the storage when full and keep the order.
package main

import "fmt"

type Queue[T any] struct {
	buf        []T
	head, size int
}

func NewQueue[T any](n int) *Queue[T] {
	if n < 1 {
		n = 1
	}
	return &Queue[T]{buf: make([]T, n)}
}

func (q *Queue[T]) grow() {
	nb := make([]T, 2*len(q.buf))
	for i := 0; i < q.size; i++ {
		nb[i] = q.buf[(q.head+i)%len(q.buf)]
	}
	q.buf = nb
	q.head = 0
}

func (q *Queue[T]) Push(v T) {
	if q.size == len(q.buf) {
		q.grow()
	}
	q.buf[(q.head+q.size)%len(q.buf)] = v
	q.size++
}

func (q *Queue[T]) Pop() (T, bool) {
	var zero T
	if q.size == 0 {
		return zero, false
	}
	v := q.buf[q.head]
	q.buf[q.head] = zero
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return v, true
}

func (q *Queue[T]) Len() int { return q.size }
func (q *Queue[T]) Cap() int { return len(q.buf) }

func Drain[T any](q *Queue[T]) []T {
	out := make([]T, 0, q.Len())
	for q.Len() > 0 {
		v, _ := q.Pop()
		out = append(out, v)
	}
	return out
}

type Task struct {
	ID   int
	Deps []int
}

func bfs(adj map[int][]int, start int) []int {
	seen := map[int]bool{start: true}
	q := NewQueue[int](2)
	q.Push(start)
	var order []int
	for q.Len() > 0 {
		n, _ := q.Pop()
		order = append(order, n)
		for _, m := range adj[n] {
			if !seen[m] {
				seen[m] = true
				q.Push(m)
			}
		}
	}
	return order
}

func main() {
	q := NewQueue[string](2)
	for _, s := range []string{"a", "b", "c"} {
		q.Push(s)
	}
	x, _ := q.Pop()
	q.Push("d")
	q.Push("e")
	fmt.Println(x, q.Len(), q.Cap(), Drain(q))

	tq := NewQueue[*Task](0)
	for i := 0; i < 5; i++ {
		tq.Push(&Task{ID: i, Deps: make([]int, i)})
	}
	for tq.Len() > 2 {
		t, _ := tq.Pop()
		fmt.Print(t.ID, len(t.Deps), " ")
	}
	fmt.Println(tq.Cap())
	adj := map[int][]int{1: {2, 3}, 2: {4}, 3: {4, 5}, 4: {6}, 5: {6}}
	fmt.Println(bfs(adj, 1))
	var empty Queue[float64]
	_, ok := empty.Pop()
	fmt.Println(ok, empty.Len())
}
