package stack

import "testing"

func TestPushPop(t *testing.T) {
	var s Stack
	for i := 0; i < 5; i++ {
		s.Push(i)
	}
	for want := 4; want >= 0; want-- {
		got, ok := s.Pop()
		if !ok || got != want {
			t.Fatalf("Pop() = %d, %v; want %d, true", got, ok, want)
		}
	}
	if _, ok := s.Pop(); ok {
		t.Error("Pop on an empty stack succeeded")
	}
}

func TestLen(t *testing.T) {
	s := &Stack{}
	if s.Len() != 0 {
		t.Errorf("Len = %d", s.Len())
	}
	s.Push(1)
	t.Logf("len now %d", s.Len())
}
