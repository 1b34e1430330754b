// Named results modified by deferred closures: timing-free "tracing",
// error annotation on the way out, and large struct results.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Stats struct {
	Count    int
	Sum      int
	Min, Max int
	Hist     [8]int
	Label    string
}

var trace []string

func enter(name string) func() {
	trace = append(trace, "> "+name)
	return func() { trace = append(trace, "< "+name) }
}

func compute(vals []int) (s Stats, err error) {
	defer enter("compute")()
	defer func() {
		if err != nil {
			err = fmt.Errorf("compute(%d values): %w", len(vals), err)
			s = Stats{Label: "invalid"}
		}
	}()
	if len(vals) == 0 {
		return s, errors.New("empty input")
	}
	s.Min, s.Max = vals[0], vals[0]
	for _, v := range vals {
		if v < 0 {
			return s, fmt.Errorf("negative value %d", v)
		}
		s.Count++
		s.Sum += v
		if v < s.Min {
			s.Min = v
		}
		if v > s.Max {
			s.Max = v
		}
		s.Hist[v%8]++
	}
	s.Label = "ok"
	return
}

func describe(s Stats) string {
	defer enter("describe")()
	var b strings.Builder
	fmt.Fprintf(&b, "%s n=%d sum=%d range=[%d,%d] hist=%v", s.Label, s.Count, s.Sum, s.Min, s.Max, s.Hist)
	return b.String()
}

func counted() (n int) {
	defer func() { n *= 2 }()
	for i := 0; i < 5; i++ {
		defer func() { n++ }()
	}
	return 10
}

func main() {
	for _, in := range [][]int{{3, 9, 4, 17, 8}, nil, {1, -2}} {
		s, err := compute(in)
		fmt.Println(describe(s), err)
	}
	fmt.Println(counted())
	fmt.Println(strings.Join(trace, " "))
}
