package main

import (
	"fmt"
	"strings"
)

func joinGrow(parts []string, sep string) (string, int) {
	n := len(sep) * (len(parts) - 1)
	for _, p := range parts {
		n += len(p)
	}
	var b strings.Builder
	b.Grow(n)
	c := b.Cap()
	for i, p := range parts {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(p)
	}
	if b.Cap() != c {
		return b.String(), -1
	}
	return b.String(), c
}

func caps(n int) []int {
	var b strings.Builder
	var seen []int
	last := -1
	for i := 0; i < n; i++ {
		b.WriteByte('a' + byte(i%26))
		if b.Cap() != last {
			last = b.Cap()
			seen = append(seen, last)
		}
	}
	return seen
}

func table(rows [][]string) string {
	widths := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, c := range r {
			if len(c) > widths[i] {
				widths[i] = len(c)
			}
		}
	}
	var b strings.Builder
	for _, r := range rows {
		for i, c := range r {
			b.WriteString(c)
			b.WriteString(strings.Repeat(" ", widths[i]-len(c)+1))
		}
		b.WriteRune('|')
		b.WriteRune('\n')
	}
	return b.String()
}

func main() {
	s, c := joinGrow([]string{"alpha", "beta", "gamma"}, ", ")
	fmt.Println(s, c)
	fmt.Println(caps(200))
	var b strings.Builder
	b.Grow(10)
	fmt.Println(b.Len(), b.Cap())
	b.WriteString("hello")
	b.Grow(3)
	fmt.Println(b.Len(), b.Cap())
	b.Grow(20)
	fmt.Println(b.Len(), b.Cap())
	fmt.Print(table([][]string{{"name", "qty"}, {"widget", "3"}, {"x", "1200"}}))
	var r strings.Builder
	for _, ru := range "héllo, 世界" {
		r.WriteRune(ru)
	}
	fmt.Println(r.Len(), r.String())
	defer func() { fmt.Println("recovered:", recover()) }()
	var neg strings.Builder
	neg.Grow(-1)
}
