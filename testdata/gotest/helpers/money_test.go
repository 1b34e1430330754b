package money

import "testing"

func mustParse(t *testing.T, s string) Cents {
	t.Helper()
	c, err := Parse(s)
	if err != nil {
		t.Fatalf("mustParse: %v", err)
	}
	return c
}

func assertEq(t *testing.T, got, want Cents) {
	t.Helper()
	if got != want {
		t.Errorf("got %v, want %v", got, want)
	}
}

// checkSum is not marked as a helper: its line is reported.
func checkSum(t *testing.T, parts []Cents, total Cents) {
	var sum Cents
	for _, p := range parts {
		sum += p
	}
	if sum != total {
		t.Errorf("parts %v sum to %v, not %v", parts, sum, total)
	}
}

func TestParse(t *testing.T) {
	assertEq(t, mustParse(t, "12.34"), 1234)
	assertEq(t, mustParse(t, "$5"), 500)
	assertEq(t, mustParse(t, "-0.5"), -50)
	assertEq(t, mustParse(t, "1.05"), 106) // wrong on purpose
}

func TestParseBad(t *testing.T) {
	mustParse(t, "1.234")
	t.Log("not reached")
}

func TestString(t *testing.T) {
	for _, c := range []Cents{0, 5, 100, -1234, 99999} {
		t.Logf("%d -> %v", int64(c), c)
	}
}

func TestSplit(t *testing.T) {
	helper := func(total Cents, n int) {
		t.Helper()
		parts := Split(total, n)
		checkSum(t, parts, total)
		if len(parts) != n+1 { // wrong on purpose for n == 3
			if n == 3 {
				t.Errorf("Split(%v, %d) = %v", total, n, parts)
			}
		}
	}
	helper(100, 3)
	helper(1001, 7)
	t.Run("zero", func(t *testing.T) {
		assertEq(t, Split(0, 4)[3], 0)
	})
}
