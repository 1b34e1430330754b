package calc

import (
	"errors"
	"fmt"
	"testing"
)

func check(t *testing.T, name string, got, want int) {
	t.Helper()
	if got != want {
		t.Errorf("%s = %d, want %d", name, got, want)
	}
}

func TestDiv(t *testing.T) {
	cases := []struct {
		a, b, want int
		err        error
	}{
		{6, 3, 2, nil},
		{1, 0, 0, ErrDiv},
		{7, 2, 4, nil}, // wrong on purpose
	}
	for _, c := range cases {
		c := c
		t.Run(fmt.Sprintf("%d/%d", c.a, c.b), func(t *testing.T) {
			got, err := Div(c.a, c.b)
			if !errors.Is(err, c.err) {
				t.Fatalf("err = %v", err)
			}
			check(t, "Div", got, c.want)
		})
	}
}

func TestNames(t *testing.T) {
	for _, n := range []string{"a b", "a b", "", "x\ty", "a b#01"} {
		t.Run(n, func(t *testing.T) { t.Log(t.Name()) })
	}
}

func TestAbs(t *testing.T) {
	ok := t.Run("neg", func(t *testing.T) { check(t, "Abs", Abs(-3), 3) })
	t.Logf("neg passed: %v", ok)
	t.Run("skip", func(t *testing.T) {
		t.Skipf("not on %s", "this machine")
		t.Error("not reached")
	})
	t.Log("multi\nline\nlog")
}

func TestFatal(t *testing.T) {
	t.Fatal("stop", 1, 2)
	t.Log("not reached")
}
