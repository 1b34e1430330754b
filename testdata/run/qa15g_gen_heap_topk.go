package main

import (
	"fmt"
	"strings"
)

type Heap[T any] struct {
	items []T
	less  func(a, b T) bool
}

func NewHeap[T any](less func(a, b T) bool, xs ...T) *Heap[T] {
	h := &Heap[T]{items: append([]T(nil), xs...), less: less}
	for i := len(h.items)/2 - 1; i >= 0; i-- {
		h.down(i)
	}
	return h
}

func (h *Heap[T]) Len() int { return len(h.items) }

func (h *Heap[T]) Push(x T) {
	h.items = append(h.items, x)
	h.up(len(h.items) - 1)
}

func (h *Heap[T]) Pop() (T, bool) {
	var zero T
	if len(h.items) == 0 {
		return zero, false
	}
	top := h.items[0]
	last := len(h.items) - 1
	h.items[0] = h.items[last]
	h.items[last] = zero
	h.items = h.items[:last]
	if last > 0 {
		h.down(0)
	}
	return top, true
}

func (h *Heap[T]) Peek() T { return h.items[0] }

func (h *Heap[T]) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(h.items[i], h.items[p]) {
			return
		}
		h.items[i], h.items[p] = h.items[p], h.items[i]
		i = p
	}
}

func (h *Heap[T]) down(i int) {
	n := len(h.items)
	for {
		l, small := 2*i+1, i
		if l < n && h.less(h.items[l], h.items[small]) {
			small = l
		}
		if r := l + 1; r < n && h.less(h.items[r], h.items[small]) {
			small = r
		}
		if small == i {
			return
		}
		h.items[i], h.items[small] = h.items[small], h.items[i]
		i = small
	}
}

// TopK keeps the k largest with a min-heap of size k.
func TopK[T any](xs []T, k int, less func(a, b T) bool) []T {
	h := NewHeap(less)
	for _, x := range xs {
		if h.Len() < k {
			h.Push(x)
		} else if less(h.Peek(), x) {
			h.Pop()
			h.Push(x)
		}
	}
	out := make([]T, h.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i], _ = h.Pop()
	}
	return out
}

type Task struct {
	Pri  int
	Name string
}

func main() {
	nums := []int{5, 1, 9, 3, 7, 9, 2, 8, 6, 4}
	fmt.Println(TopK(nums, 3, func(a, b int) bool { return a < b }))
	h := NewHeap(func(a, b int) bool { return a > b }, nums...)
	var sorted []string
	for h.Len() > 0 {
		v, _ := h.Pop()
		sorted = append(sorted, fmt.Sprint(v))
	}
	fmt.Println(strings.Join(sorted, ">"))
	_, ok := h.Pop()
	fmt.Println("empty pop ok:", ok)
	words := strings.Fields("delta alpha echo bravo charlie alpha foxtrot")
	fmt.Println(TopK(words, 4, func(a, b string) bool { return len(a) < len(b) || len(a) == len(b) && a > b }))
	tasks := NewHeap(func(a, b *Task) bool {
		if a.Pri != b.Pri {
			return a.Pri > b.Pri
		}
		return a.Name < b.Name
	})
	for i, n := range []string{"write", "test", "deploy", "review", "lunch"} {
		tasks.Push(&Task{Pri: (i * 7) % 3, Name: n})
	}
	for tasks.Len() > 0 {
		t, _ := tasks.Pop()
		fmt.Printf("%d:%s ", t.Pri, t.Name)
	}
	fmt.Println()
}
