// strings.Builder Grow patterns: sizing up front from the parts, growing
// inside a loop, Builder values copied (a panic), and byte-level writers.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func joinSized(parts []string, sep string) string {
	n := len(sep) * (len(parts) - 1)
	for _, p := range parts {
		n += len(p)
	}
	var b strings.Builder
	b.Grow(n)
	for i, p := range parts {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(p)
	}
	return b.String()
}

func table(rows [][]string) string {
	widths := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, c := range r {
			if w := utf8.RuneCountInString(c); w > widths[i] {
				widths[i] = w
			}
		}
	}
	var b strings.Builder
	for _, r := range rows {
		b.Grow(len(r) * 8)
		for i, c := range r {
			b.WriteString(c)
			for pad := utf8.RuneCountInString(c); pad < widths[i]+1; pad++ {
				b.WriteByte(' ')
			}
		}
		b.WriteRune('|')
		b.WriteByte('\n')
	}
	return b.String()
}

type hexWriter struct {
	b     strings.Builder
	count int
}

func (h *hexWriter) Write(p []byte) (int, error) {
	const digits = "0123456789abcdef"
	h.b.Grow(len(p) * 3)
	for _, c := range p {
		if h.count > 0 {
			h.b.WriteByte(' ')
		}
		h.b.WriteByte(digits[c>>4])
		h.b.WriteByte(digits[c&15])
		h.count++
	}
	return len(p), nil
}

func main() {
	parts := []string{"alpha", "beta", "gamma", "delta"}
	s := joinSized(parts, ", ")
	fmt.Println(s, len(s))
	fmt.Print(table([][]string{{"name", "qty"}, {"äpfel", "3"}, {"pears", "12"}}))

	h := &hexWriter{}
	fmt.Fprintf(h, "Go%d", 19)
	h.Write([]byte{0, 255})
	fmt.Println(h.b.String(), h.count)

	var b strings.Builder
	caps := []int{}
	last := -1
	for i := 0; i < 200; i++ {
		b.WriteByte(byte('a' + i%26))
		if b.Cap() != last {
			last = b.Cap()
			caps = append(caps, last)
		}
	}
	fmt.Println(b.Len(), len(caps) > 3, caps[0])

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var orig strings.Builder
		orig.WriteString("x")
		cp := orig
		cp.WriteString("y")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var g strings.Builder
		g.Grow(-1)
	}()
}
