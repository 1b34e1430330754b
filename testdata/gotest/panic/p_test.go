package p

import "testing"

func TestOK(t *testing.T) {}

func TestPanics(t *testing.T) {
	t.Log("about to fail")
	var m map[string]int
	m["x"]++
}

func TestAfter(t *testing.T) { t.Log("never runs") }
