// A binary heap Heap[T] with a less func (min-heap, max-heap, heap of
// structs), a generic heap sort and merge sort over ~[]E with Ordered
// elements, a top-K selection, and a generic adapter to container/heap's
// interface.
package main

import (
	"container/heap"
	"fmt"
)

type Ordered interface {
	~int | ~int64 | ~uint | ~float64 | ~string
}

type Heap[T any] struct {
	data []T
	less func(a, b T) bool
}

func NewHeap[T any](less func(a, b T) bool, init ...T) *Heap[T] {
	h := &Heap[T]{data: append([]T(nil), init...), less: less}
	for i := len(h.data)/2 - 1; i >= 0; i-- {
		h.down(i)
	}
	return h
}

func (h *Heap[T]) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(h.data[i], h.data[p]) {
			break
		}
		h.data[i], h.data[p] = h.data[p], h.data[i]
		i = p
	}
}

func (h *Heap[T]) down(i int) {
	n := len(h.data)
	for {
		l := 2*i + 1
		if l >= n {
			return
		}
		m := l
		if r := l + 1; r < n && h.less(h.data[r], h.data[l]) {
			m = r
		}
		if !h.less(h.data[m], h.data[i]) {
			return
		}
		h.data[i], h.data[m] = h.data[m], h.data[i]
		i = m
	}
}

func (h *Heap[T]) Push(v T) {
	h.data = append(h.data, v)
	h.up(len(h.data) - 1)
}

func (h *Heap[T]) Pop() T {
	top := h.data[0]
	last := len(h.data) - 1
	h.data[0] = h.data[last]
	var zero T
	h.data[last] = zero
	h.data = h.data[:last]
	if last > 0 {
		h.down(0)
	}
	return top
}

func (h *Heap[T]) Len() int { return len(h.data) }

func Less[T Ordered](a, b T) bool    { return a < b }
func Greater[T Ordered](a, b T) bool { return a > b }

func HeapSort[S ~[]E, E Ordered](s S) S {
	h := NewHeap(Less[E], s...)
	out := make(S, 0, len(s))
	for h.Len() > 0 {
		out = append(out, h.Pop())
	}
	return out
}

func MergeSort[S ~[]E, E any](s S, less func(a, b E) bool) S {
	if len(s) <= 1 {
		return s
	}
	mid := len(s) / 2
	a := MergeSort(append(S(nil), s[:mid]...), less)
	b := MergeSort(append(S(nil), s[mid:]...), less)
	out := make(S, 0, len(s))
	for len(a) > 0 && len(b) > 0 {
		if less(b[0], a[0]) {
			out, b = append(out, b[0]), b[1:]
		} else {
			out, a = append(out, a[0]), a[1:]
		}
	}
	out = append(out, a...)
	return append(out, b...)
}

func TopK[T Ordered](xs []T, k int) []T {
	h := NewHeap(Less[T])
	for _, x := range xs {
		h.Push(x)
		if h.Len() > k {
			h.Pop()
		}
	}
	out := make([]T, h.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = h.Pop()
	}
	return out
}

// pq adapts a slice of T to container/heap.Interface.
type pq[T Ordered] []T

func (p pq[T]) Len() int           { return len(p) }
func (p pq[T]) Less(i, j int) bool { return p[i] < p[j] }
func (p pq[T]) Swap(i, j int)      { p[i], p[j] = p[j], p[i] }
func (p *pq[T]) Push(x any)        { *p = append(*p, x.(T)) }
func (p *pq[T]) Pop() any          { old := *p; v := old[len(old)-1]; *p = old[:len(old)-1]; return v }

type task struct {
	prio int
	name string
}

type Scores []float64

func main() {
	h := NewHeap(Less[int], 5, 3, 8, 1, 9, 2)
	h.Push(0)
	h.Push(7)
	for h.Len() > 0 {
		fmt.Print(h.Pop(), " ")
	}
	fmt.Println()

	mh := NewHeap(Greater[string])
	for _, w := range []string{"pear", "fig", "apple", "kiwi"} {
		mh.Push(w)
	}
	fmt.Println(mh.Pop(), mh.Pop(), mh.Len())

	tasks := NewHeap(func(a, b task) bool {
		if a.prio != b.prio {
			return a.prio > b.prio
		}
		return a.name < b.name
	})
	tasks.Push(task{1, "sweep"})
	tasks.Push(task{3, "mark"})
	tasks.Push(task{2, "scan"})
	tasks.Push(task{3, "alloc"})
	for tasks.Len() > 0 {
		t := tasks.Pop()
		fmt.Printf("%d:%s ", t.prio, t.name)
	}
	fmt.Println()

	sc := HeapSort(Scores{2.5, -1, 9.75, 0, 3})
	fmt.Printf("%v %T\n", sc, sc)
	fmt.Println(HeapSort([]string{"delta", "alpha", "charlie", "bravo"}))

	byLen := MergeSort([]string{"ccc", "a", "bb", "dd", "e", "fff"}, func(a, b string) bool { return len(a) < len(b) })
	fmt.Println(byLen) // stable: equal lengths keep input order
	fmt.Println(MergeSort(Scores{3, 1, 2}, Greater[float64]))

	fmt.Println(TopK([]int{5, 1, 9, 3, 7, 9, 2}, 3), TopK([]uint{4}, 3), len(TopK([]string{}, 2)))

	p := &pq[int64]{}
	for _, v := range []int64{30, 10, 20, -5} {
		heap.Push(p, v)
	}
	for p.Len() > 0 {
		fmt.Print(heap.Pop(p), " ")
	}
	fmt.Println()
	var hi heap.Interface = &pq[string]{"b", "a"}
	heap.Init(hi)
	fmt.Printf("%v %T\n", heap.Pop(hi), hi)
}
