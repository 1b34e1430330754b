package queue

import (
	"runtime"
	"sync"
	"testing"
)

func TestParentFailNow(t *testing.T) {
	t.Run("child", func(st *testing.T) {
		st.Log("calling the parent's FailNow")
		t.FailNow()
	})
	t.Log("not reached")
}

func TestFatalInGoroutine(t *testing.T) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t.Fatal("fatal from a goroutine")
	}()
	wg.Wait()
	t.Log("the test goes on")
}

func TestGoexit(t *testing.T) {
	t.Log("about to Goexit")
	runtime.Goexit()
}
