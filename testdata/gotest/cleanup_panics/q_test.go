package queue

import (
	"strings"
	"testing"
)

func TestPushPop(t *testing.T) {
	var q Queue[string]
	q.Push("a")
	q.Push("b")
	if got := q.Pop(); got != "a" {
		t.Errorf("Pop = %q", got)
	}
	if q.Len() != 1 {
		t.Errorf("Len = %d", q.Len())
	}
}

func TestPopEmptyRecovered(t *testing.T) {
	defer func() {
		r := recover()
		if r == nil {
			t.Fatal("no panic")
		}
		err, ok := r.(error)
		if !ok || !strings.Contains(err.Error(), "empty") {
			t.Fatalf("unexpected panic value %v", r)
		}
		t.Logf("recovered: %v", err)
	}()
	var q Queue[int]
	q.Pop()
}

func TestNested(t *testing.T) {
	t.Cleanup(func() { t.Log("parent cleanup") })
	t.Run("ok", func(t *testing.T) {
		t.Log("fine")
	})
	t.Run("boom", func(t *testing.T) {
		defer t.Log("deferred log in boom")
		t.Cleanup(func() { t.Log("boom cleanup") })
		var q Queue[float64]
		_ = q.Pop()
	})
	t.Run("never", func(t *testing.T) {})
}

func TestNotReached(t *testing.T) {}
