package par

import (
	"fmt"
	"testing"
)

func TestA(t *testing.T) {
	t.Parallel()
	t.Log("A runs")
}

func TestB(t *testing.T) {
	t.Log("B is sequential")
}

func TestGroup(t *testing.T) {
	for _, n := range []int{2} {
		n := n
		t.Run(fmt.Sprint("case", n), func(t *testing.T) {
			t.Parallel()
			if n == 2 {
				t.Errorf("case %d failed", n)
			}
		})
	}
	t.Log("group body done")
}

func TestC(t *testing.T) {
	t.Run("seq", func(t *testing.T) {})
}
