package queue

import "testing"

func TestCleanupFatal(t *testing.T) {
	t.Cleanup(func() { t.Log("after fatal cleanup") })
	t.Cleanup(func() { t.Fatal("fatal in cleanup") })
	t.Log("body done")
}

func TestCleanupPanics(t *testing.T) {
	t.Cleanup(func() { t.Log("first registered, runs last") })
	t.Cleanup(func() { panic("cleanup exploded") })
	t.Cleanup(func() { t.Log("last registered, runs first") })
	t.Log("body done")
}
