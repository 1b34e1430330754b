package stack

import "testing"

func TestBroken(t *testing.T) {
	var s Stack
	s.Push("one")
	if s.Peek() != 1 {
		t.Fail()
	}
}
