// A type-safe wrapper around sync.Pool with generics, reused for
// *bytes.Buffer and for []int scratch slices held by pointer.
package main

import (
	"bytes"
	"fmt"
	"sort"
	"sync"
)

type TypedPool[T any] struct {
	p     sync.Pool
	reset func(T) T
}

func NewTypedPool[T any](newFn func() T, reset func(T) T) *TypedPool[T] {
	tp := &TypedPool[T]{reset: reset}
	tp.p.New = func() any { return newFn() }
	return tp
}

func (tp *TypedPool[T]) Get() T { return tp.p.Get().(T) }

func (tp *TypedPool[T]) Put(v T) {
	if tp.reset != nil {
		v = tp.reset(v)
	}
	tp.p.Put(v)
}

var buffers = NewTypedPool(func() *bytes.Buffer { return new(bytes.Buffer) },
	func(b *bytes.Buffer) *bytes.Buffer { b.Reset(); return b })

var scratch = NewTypedPool(func() *[]int { s := make([]int, 0, 16); return &s },
	func(s *[]int) *[]int { *s = (*s)[:0]; return s })

func median(vals []int) int {
	sp := scratch.Get()
	defer scratch.Put(sp)
	*sp = append(*sp, vals...)
	sort.Ints(*sp)
	return (*sp)[len(*sp)/2]
}

func render(name string, vals []int) string {
	b := buffers.Get()
	defer buffers.Put(b)
	fmt.Fprintf(b, "%s: n=%d median=%d", name, len(vals), median(vals))
	return b.String()
}

func main() {
	fmt.Println(render("a", []int{5, 1, 4}))
	fmt.Println(render("b", []int{9, 8, 7, 6, 5, 4, 3}))
	var wg sync.WaitGroup
	out := make([]string, 6)
	for i := range out {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			vals := make([]int, i+1)
			for j := range vals {
				vals[j] = (j * 7) % (i + 2)
			}
			out[i] = render(fmt.Sprint("g", i), vals)
		}(i)
	}
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}
	ip := NewTypedPool(func() int { return 7 }, nil)
	fmt.Println(ip.Get())
}
