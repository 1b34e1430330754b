// Embedding sort.IntSlice / sort.StringSlice and a container/heap user.
package main

import (
	"container/heap"
	"fmt"
	"sort"
)

type ints struct {
	sort.IntSlice
}

type strs struct {
	sort.StringSlice
}

type rev struct {
	sort.Interface
}

type minHeap struct {
	sort.IntSlice
}

func (h *minHeap) Push(x any) { h.IntSlice = append(h.IntSlice, x.(int)) }
func (h *minHeap) Pop() any {
	old := h.IntSlice
	n := len(old)
	x := old[n-1]
	h.IntSlice = old[:n-1]
	return x
}

func main() {
	a := ints{sort.IntSlice{3, 1, 2}}
	sort.Sort(a)
	b := &strs{sort.StringSlice{"b", "a"}}
	sort.Sort(b)
	sort.Sort(rev{a})
	h := &minHeap{sort.IntSlice{5, 2, 8}}
	heap.Init(h)
	heap.Push(h, 1)
	fmt.Println(a.IntSlice, b.StringSlice, heap.Pop(h))
}
