// Stack[T] and Queue[T] with pointer and value receivers, receiver type
// parameters renamed (Stack[E]), a stack of a generic struct
// (Stack[Pair[int, bool]]) and a queue that shrinks its backing array.
package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) {
	s.items = append(s.items, v)
}

func (s *Stack[E]) Pop() (E, bool) {
	var zero E
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items[len(s.items)-1] = zero // drop the reference for the GC
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[X]) Peek() (X, bool) {
	if len(s.items) == 0 {
		var zero X
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

func (s Stack[_]) Len() int { return len(s.items) }

type Queue[T any] struct {
	buf  []T
	head int
}

func NewQueue[T any](capacity int) *Queue[T] {
	return &Queue[T]{buf: make([]T, 0, capacity)}
}

func (q *Queue[T]) Enqueue(vs ...T) {
	q.buf = append(q.buf, vs...)
}

func (q *Queue[T]) Dequeue() (T, error) {
	var zero T
	if q.head == len(q.buf) {
		return zero, fmt.Errorf("queue empty (head=%d)", q.head)
	}
	v := q.buf[q.head]
	q.buf[q.head] = zero
	q.head++
	if q.head > 4 && q.head*2 >= len(q.buf) {
		n := copy(q.buf, q.buf[q.head:])
		q.buf = q.buf[:n]
		q.head = 0
	}
	return v, nil
}

func (q *Queue[T]) Len() int { return len(q.buf) - q.head }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	var s Stack[int]
	for i := 1; i <= 5; i++ {
		s.Push(i * i)
	}
	top, _ := s.Peek()
	fmt.Println("len", s.Len(), "top", top)
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	_, ok := s.Pop()
	fmt.Println("empty pop ok:", ok)

	words := &Stack[string]{}
	for _, w := range []string{"to", "be", "or", "not"} {
		words.Push(w)
	}
	w, _ := words.Pop()
	fmt.Println(w, words.Len(), words.items)

	var ps Stack[Pair[int, bool]]
	ps.Push(Pair[int, bool]{1, true})
	ps.Push(Pair[int, bool]{Key: 2})
	p, _ := ps.Peek()
	fmt.Printf("%v %+v\n", p, p)
	fmt.Printf("%T\n", ps)
	fmt.Printf("%T\n", &ps)

	q := NewQueue[rune](2)
	q.Enqueue('a', 'b', 'c')
	for i := 0; i < 20; i++ {
		r, err := q.Dequeue()
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Print(string(r))
		if i < 10 {
			q.Enqueue(r + 3)
		}
	}
	fmt.Println()
	fmt.Println("queue len", q.Len(), "buf len", len(q.buf), "head", q.head)

	// a stack of stacks
	var ss Stack[*Stack[float64]]
	for i := 0; i < 3; i++ {
		inner := &Stack[float64]{}
		for j := 0; j <= i; j++ {
			inner.Push(float64(i) + float64(j)/10)
		}
		ss.Push(inner)
	}
	for ss.Len() > 0 {
		in, _ := ss.Pop()
		fmt.Println(in.items)
	}
	fmt.Printf("%T\n", ss)
}
