package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrRange = errors.New("out of range")

type SyntaxError struct {
	Input string
	Pos   int
	Msg   string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("roman %q at %d: %s", e.Input, e.Pos, e.Msg)
}

var table = []struct {
	v int
	s string
}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}

func ToRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", fmt.Errorf("ToRoman(%d): %w", n, ErrRange)
	}
	var b strings.Builder
	for _, t := range table {
		for n >= t.v {
			b.WriteString(t.s)
			n -= t.v
		}
	}
	return b.String(), nil
}

func FromRoman(s string) (int, error) {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := vals[s[i]]
		if !ok {
			return 0, &SyntaxError{s, i, fmt.Sprintf("bad digit %q", s[i])}
		}
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	// canonical form only
	back, err := ToRoman(total)
	if err != nil {
		return 0, err
	}
	if back != s {
		return 0, &SyntaxError{s, 0, "not canonical, want " + back}
	}
	return total, nil
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000, -5} {
		r, err := ToRoman(n)
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrRange))
			continue
		}
		fmt.Printf("%4d = %s\n", n, r)
	}
	for _, s := range []string{"MCMXCIV", "IIII", "IC", "XLII", "MMXZ", "", "MMMCMXCIX"} {
		n, err := FromRoman(s)
		var se *SyntaxError
		switch {
		case errors.As(err, &se):
			fmt.Printf("%-10s syntax error pos=%d: %v\n", s, se.Pos, err)
		case err != nil:
			fmt.Printf("%-10s other error: %v\n", s, err)
		default:
			fmt.Printf("%-10s = %d\n", s, n)
		}
	}
}
