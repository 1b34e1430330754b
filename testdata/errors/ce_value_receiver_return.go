package main

import "fmt"

type Stack struct {
	items []int
}

func (s Stack) Push(v int) {
	s.items = append(s.items, v)
}

func (s *Stack) Pop() int {
	if len(s.items) == 0 {
		return nil
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func main() {
	s := Stack{}
	s.Push(1)
	v, ok := s.Pop()
	fmt.Println(v, ok)
	Stack{}.Pop()
}
