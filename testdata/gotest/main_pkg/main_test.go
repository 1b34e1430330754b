package main

import "testing"

func TestShout(t *testing.T) {
	if got := shout("hi"); got != "HI!" {
		t.Errorf("shout = %q", got)
	}
}

func TestWrong(t *testing.T) {
	if got := shout("a"); got != "a" {
		t.Errorf("shout(%q) = %q, want %q", "a", got, "a")
	}
}
