package tm

import (
	"fmt"
	"os"
	"testing"
)

func TestMain(m *testing.M) {
	fmt.Println("setup")
	setup = "done"
	code := m.Run()
	fmt.Println("teardown", code)
	os.Exit(code)
}

func TestReady(t *testing.T) {
	if !Ready() {
		t.Fatal("not ready")
	}
	if testing.Short() {
		t.Skip("short")
	}
}
