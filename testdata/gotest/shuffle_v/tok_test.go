package tokens

import (
	"errors"
	"testing"
)

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", nil},
		{"one word", "hello", []string{"hello"}},
		{"spaces", "  a   b  ", []string{"a", "b"}},
		{"quoted", `say "hello world"`, []string{"say", "hello world"}},
		{"empty quotes", `a "" b`, []string{"a", "", "b"}},
		{"unicode", "héllo wörld", []string{"héllo", "wörld"}},
		{"tab is not a space", "a\tb", []string{"a", "b"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Split(tc.in)
			if err != nil {
				t.Fatalf("Split(%q) error: %v", tc.in, err)
			}
			if !equal(got, tc.want) {
				t.Errorf("Split(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestSplitErrors(t *testing.T) {
	for _, in := range []string{`"abc`, `a "b c`, `"`} {
		_, err := Split(in)
		if !errors.Is(err, ErrUnterminated) {
			t.Errorf("Split(%q): err = %v, want %v", in, err, ErrUnterminated)
		}
	}
}

func TestRoundTrip(t *testing.T) {
	cases := [][]string{
		{"a", "b"},
		{"hello world", "x"},
		{"one"},
	}
	for i, words := range cases {
		line := Join(words)
		back, err := Split(line)
		if err != nil {
			t.Fatal(err)
		}
		if !equal(back, words) {
			t.Errorf("case %d: round trip of %v gave %v via %q", i, words, back, line)
		}
		t.Logf("case %d ok: %s", i, line)
	}
}
