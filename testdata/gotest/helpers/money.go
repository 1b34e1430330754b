package money

import (
	"fmt"
	"strconv"
	"strings"
)

// Cents is an amount of money in cents.
type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

// Parse reads "12.34", "$5", "-0.5".
func Parse(s string) (Cents, error) {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	s = strings.TrimPrefix(s, "$")
	whole, frac, found := strings.Cut(s, ".")
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("parse %q: %w", s, err)
	}
	var f int64
	if found {
		if len(frac) == 1 {
			frac += "0"
		}
		if len(frac) != 2 {
			return 0, fmt.Errorf("parse %q: want two decimals", s)
		}
		f, err = strconv.ParseInt(frac, 10, 64)
		if err != nil {
			return 0, fmt.Errorf("parse %q: %w", s, err)
		}
	}
	c := Cents(w*100 + f)
	if neg {
		c = -c
	}
	return c, nil
}

// Split divides c into n parts that differ by at most a cent.
func Split(c Cents, n int) []Cents {
	parts := make([]Cents, n)
	base, rem := c/Cents(n), c%Cents(n)
	for i := range parts {
		parts[i] = base
		if Cents(i) < rem {
			parts[i]++
		}
	}
	return parts
}
