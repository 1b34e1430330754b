package main

import (
	"errors"
	"fmt"
	"strings"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Peek() (T, bool) {
	if len(s.items) == 0 {
		var zero T
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

func (s Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct {
	head, tail []T
}

func (q *Queue[T]) Enqueue(v T) { q.tail = append(q.tail, v) }

func (q *Queue[T]) Dequeue() (T, error) {
	if len(q.head) == 0 {
		for len(q.tail) > 0 {
			n := len(q.tail) - 1
			q.head = append(q.head, q.tail[n])
			q.tail = q.tail[:n]
		}
	}
	if len(q.head) == 0 {
		var zero T
		return zero, ErrEmpty
	}
	n := len(q.head) - 1
	v := q.head[n]
	q.head = q.head[:n]
	return v, nil
}

func (q *Queue[T]) Len() int { return len(q.head) + len(q.tail) }

var ErrEmpty = errors.New("queue empty")

var ErrMismatch = errors.New("mismatched bracket")

func balanced(s string) error {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack[rune]
	for i, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, ok := st.Pop()
			if !ok || top != pairs[r] {
				return fmt.Errorf("at %d %q: %w", i, r, ErrMismatch)
			}
		}
	}
	if st.Len() > 0 {
		return fmt.Errorf("%d unclosed", st.Len())
	}
	return nil
}

func evalRPN(expr string) (float64, error) {
	var st Stack[float64]
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/":
			b, ok1 := st.Pop()
			a, ok2 := st.Pop()
			if !ok1 || !ok2 {
				return 0, fmt.Errorf("stack underflow at %q", tok)
			}
			switch tok {
			case "+":
				st.Push(a + b)
			case "-":
				st.Push(a - b)
			case "*":
				st.Push(a * b)
			case "/":
				st.Push(a / b)
			}
		default:
			var v float64
			if _, err := fmt.Sscanf(tok, "%g", &v); err != nil {
				return 0, fmt.Errorf("bad token %q", tok)
			}
			st.Push(v)
		}
	}
	v, _ := st.Pop()
	return v, nil
}

type Task struct {
	ID   int
	Name string
}

func main() {
	for _, s := range []string{"([]{})", "(]", "((", "{[()()]}"} {
		err := balanced(s)
		fmt.Printf("%-10q %v mismatch=%t\n", s, err, errors.Is(err, ErrMismatch))
	}
	for _, e := range []string{"3 4 + 2 *", "1 2 3 + + 4 /", "5 +"} {
		v, err := evalRPN(e)
		fmt.Println(e, "=>", v, err)
	}
	var q Queue[Task]
	for i, n := range []string{"build", "test", "deploy"} {
		q.Enqueue(Task{i + 1, n})
	}
	t, _ := q.Dequeue()
	q.Enqueue(Task{4, "notify"})
	fmt.Println("first:", t, "len", q.Len())
	for q.Len() > 0 {
		t, err := q.Dequeue()
		fmt.Printf("%+v %v\n", t, err)
	}
	_, err := q.Dequeue()
	fmt.Println(err)
	ss := &Stack[string]{}
	ss.Push("a")
	ss.Push("b")
	top, _ := ss.Peek()
	fmt.Println(top, ss.Len(), *ss)
	fmt.Printf("%T %T\n", ss, q)
}
