package kv

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

var keep = flag.Bool("keep", false, "keep the test files")

var root string

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "kvtest")
	if err != nil {
		fmt.Println(err)
		os.Exit(3)
	}
	root = dir
	fmt.Println("using a temporary directory")
	code := m.Run()
	if !*keep {
		os.RemoveAll(dir)
	}
	fmt.Printf("m.Run returned %d\n", code)
	os.Exit(code)
}

func newStore(t *testing.T, name string) *Store {
	t.Helper()
	s, err := Open(filepath.Join(root, name))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
		t.Logf("closed %s", name)
	})
	return s
}

func TestPutGet(t *testing.T) {
	s := newStore(t, "a.db")
	s.Put("x", "1")
	s.Put("y", "2")
	if v, err := s.Get("x"); err != nil || v != "1" {
		t.Errorf("Get(x) = %q, %v", v, err)
	}
	_, err := s.Get("z")
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("Get(z) err = %v", err)
	}
	t.Log("error text:", err)
}

func TestPersist(t *testing.T) {
	// a.db was written by TestPutGet's cleanup
	s := newStore(t, "a.db")
	if v, _ := s.Get("y"); v != "2" {
		t.Errorf("y = %q after reopen", v)
	}
	t.Cleanup(func() { t.Log("second cleanup runs first") })
}

func TestEnv(t *testing.T) {
	t.Setenv("KV_MODE", "test")
	if os.Getenv("KV_MODE") != "test" {
		t.Error("Setenv did not set")
	}
}

func TestEnvGone(t *testing.T) {
	if v, ok := os.LookupEnv("KV_MODE"); ok {
		t.Errorf("KV_MODE still set: %q", v)
	}
}

func TestBadFile(t *testing.T) {
	p := filepath.Join(root, "bad.db")
	if err := os.WriteFile(p, []byte("novalue\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Open(p)
	if err == nil {
		t.Fatal("no error for a bad file")
	}
	t.Errorf("deliberate failure: %v", err)
}
