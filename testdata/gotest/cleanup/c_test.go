package c

import (
	"fmt"
	"testing"
)

func TestCleanup(t *testing.T) {
	t.Cleanup(func() { fmt.Println("cleanup 1") })
	t.Cleanup(func() { fmt.Println("cleanup 2") })
	t.Run("sub", func(t *testing.T) {
		t.Cleanup(func() { fmt.Println("sub cleanup") })
		fmt.Println("in sub", t.Name(), t.Failed())
		t.Fail()
		fmt.Println("failed now", t.Failed())
	})
	fmt.Println("parent failed:", t.Failed())
}

func TestSetenv(t *testing.T) {
	t.Setenv("GOSUB_TEST_X", "1")
	t.Run("nested", func(t *testing.T) {
		if testing.Verbose() {
			t.Log("verbose")
		}
	})
}
