package misc

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

func init() { fmt.Println("init of the test file") }

func TestLate(t *testing.T) {
	done := make(chan bool)
	go func() {
		<-done
		defer func() { fmt.Println("late log panicked:", recover() != nil) ; done <- true }()
		t.Log("too late")
	}()
	_ = done
	t.Log("returning")
	t.Cleanup(func() { done <- true; <-done })
}

func TestAllocs(t *testing.T) {
	n := testing.AllocsPerRun(10, func() { _ = strings.Repeat("x", 100) })
	t.Logf("allocs: %v", n)
	r := testing.Benchmark(func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			_ = Greet("x")
		}
	})
	t.Log(r.N > 0, r.T > 0)
}

func TestSetenvParallel(t *testing.T) {
	t.Run("p", func(t *testing.T) {
		t.Parallel()
		defer func() { t.Log("recovered:", recover()) }()
		t.Setenv("X", "1")
	})
}

func TestTempDirs(t *testing.T) {
	d1, d2 := t.TempDir(), t.TempDir()
	if d1 == d2 {
		t.Error("same dirs")
	}
	if err := os.WriteFile(d1+"/f.txt", []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Log(strings.Contains(d1, "TestTempDirs"), strings.HasSuffix(d2, "/002"))
}

func TestDeadline(t *testing.T) {
	dl, ok := t.Deadline()
	t.Log(ok, dl.After(time.Now()))
}

func ExampleGreet() {
	fmt.Println(Greet("a"))
	fmt.Println(Greet("b"))
	// Unordered output:
	// hi b
	// hi c
}

func ExampleGreet_print() {
	fmt.Print("no newline")
	// Output: no newline
}
