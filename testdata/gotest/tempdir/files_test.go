package files

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWriteRead(t *testing.T) {
	dir := t.TempDir()
	other := t.TempDir()
	if dir == other {
		t.Fatal("TempDir returned the same directory twice")
	}
	p := filepath.Join(dir, "note.txt")
	if err := os.WriteFile(p, []byte("hello\n"), 0644); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(p)
	if err != nil || string(b) != "hello\n" {
		t.Fatalf("read %q, %v", b, err)
	}
	if !strings.Contains(filepath.Base(filepath.Dir(dir)), "TestWriteRead") {
		t.Errorf("TempDir %s is not named after the test", dir)
	}
	t.Cleanup(func() {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("removed too early: %v", err)
		}
	})
}

var kept string

func TestRemoved(t *testing.T) {
	t.Run("make", func(t *testing.T) { kept = t.TempDir() })
	if _, err := os.Stat(kept); !os.IsNotExist(err) {
		t.Errorf("subtest's TempDir still exists: %v", err)
	}
}
