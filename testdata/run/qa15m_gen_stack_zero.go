package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	n := len(s.items) - 1
	v := s.items[n]
	s.items[n] = zero // let the GC reclaim what v referenced
	s.items = s.items[:n]
	return v, true
}

func (s *Stack[T]) Len() int { return len(s.items) }

type Deque[T any] struct {
	buf        []T
	head, size int
}

func (d *Deque[T]) grow() {
	nb := make([]T, max(4, 2*len(d.buf)))
	for i := 0; i < d.size; i++ {
		nb[i] = d.buf[(d.head+i)%len(d.buf)]
	}
	d.buf, d.head = nb, 0
}

func max(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func (d *Deque[T]) PushBack(v T) {
	if d.size == len(d.buf) {
		d.grow()
	}
	d.buf[(d.head+d.size)%len(d.buf)] = v
	d.size++
}

func (d *Deque[T]) PushFront(v T) {
	if d.size == len(d.buf) {
		d.grow()
	}
	d.head = (d.head - 1 + len(d.buf)) % len(d.buf)
	d.buf[d.head] = v
	d.size++
}

func (d *Deque[T]) PopFront() (v T, ok bool) {
	if d.size == 0 {
		return v, false
	}
	var zero T
	v = d.buf[d.head]
	d.buf[d.head] = zero
	d.head = (d.head + 1) % len(d.buf)
	d.size--
	return v, true
}

type frame struct {
	fn   string
	vars map[string]int
}

func main() {
	var st Stack[*frame]
	for i, fn := range []string{"main", "run", "step"} {
		st.Push(&frame{fn: fn, vars: map[string]int{"depth": i}})
	}
	for st.Len() > 0 {
		f, _ := st.Pop()
		fmt.Println(f.fn, f.vars["depth"], cap(st.items))
	}
	_, ok := st.Pop()
	fmt.Println("empty pop ok:", ok, st.items[:cap(st.items)][0] == nil)
	var d Deque[string]
	for i := 0; i < 6; i++ {
		if i%2 == 0 {
			d.PushBack(fmt.Sprint("b", i))
		} else {
			d.PushFront(fmt.Sprint("f", i))
		}
	}
	fmt.Println(d.size, len(d.buf), d.head)
	var out []string
	for {
		v, ok := d.PopFront()
		if !ok {
			break
		}
		out = append(out, v)
	}
	fmt.Println(out, d.buf)
	var ints Stack[[2]int]
	ints.Push([2]int{1, 2})
	v, _ := ints.Pop()
	fmt.Println(v, ints.Len())
}
