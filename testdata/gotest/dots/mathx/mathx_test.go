package mathx

import "testing"

func TestMax(t *testing.T) {
	for _, c := range [][3]int{{1, 2, 2}, {3, 1, 3}} {
		if got := Max(c[0], c[1]); got != c[2] {
			t.Errorf("Max(%d, %d) = %d, want %d", c[0], c[1], got, c[2])
		}
	}
}
