package main

import (
	"errors"
	"fmt"
)

type Ring struct {
	buf        []int
	head, size int
}

var ErrFull = errors.New("ring full")
var ErrEmpty = errors.New("ring empty")

func NewRing(n int) *Ring { return &Ring{buf: make([]int, n)} }

func (r *Ring) Push(v int) error {
	if r.size == len(r.buf) {
		return ErrFull
	}
	r.buf[(r.head+r.size)%len(r.buf)] = v
	r.size++
	return nil
}

func (r *Ring) Pop() (int, error) {
	if r.size == 0 {
		return 0, ErrEmpty
	}
	v := r.buf[r.head]
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	return v, nil
}


type Stack struct{ items []string }

func (s *Stack) Push(x string) { s.items = append(s.items, x) }
func (s *Stack) Pop() string {
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x
}

func main() {
	r := NewRing(3)
	for i := 1; i <= 4; i++ {
		if err := r.Push(i); err != nil {
			fmt.Println("push", i, err)
		}
	}
	v, _ := r.Pop()
	r.Push(10)
	fmt.Println(v, r.buf, r.head, r.size)
	for {
		v, err := r.Pop()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Print(v, " ")
	}
	s := &Stack{}
	for _, w := range []string{"a", "b", "c"} {
		s.Push(w)
	}
	fmt.Println(s.Pop(), s.Pop(), len(s.items), cap(s.items))
	q := []int{}
	for i := 0; i < 5; i++ {
		q = append(q, i)
	}
	for len(q) > 0 {
		var x int
		x, q = q[0], q[1:]
		fmt.Print(x)
	}
	fmt.Println(len(q), cap(q))
}
