// Building a text report with strings.Builder (Grow up front) and a
// bytes.Buffer, and comparing what each returns.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

type Line struct {
	Item  string
	Qty   int
	Cents int
}

func money(c int) string {
	return fmt.Sprintf("%d.%02d", c/100, c%100)
}

func pad(s string, w int) string {
	if len(s) >= w {
		return s
	}
	return s + strings.Repeat(" ", w-len(s))
}

func renderBuilder(title string, lines []Line) string {
	var b strings.Builder
	b.Grow(64 + 32*len(lines))
	b.WriteString("== ")
	b.WriteString(title)
	b.WriteString(" ==\n")
	total := 0
	for _, l := range lines {
		sub := l.Qty * l.Cents
		total += sub
		b.WriteString(pad(l.Item, 10))
		fmt.Fprintf(&b, "%3d x %7s = %8s\n", l.Qty, money(l.Cents), money(sub))
	}
	b.WriteString(strings.Repeat("-", 34))
	b.WriteByte('\n')
	fmt.Fprintf(&b, "%-10s %23s\n", "total", money(total))
	return b.String()
}

func renderBuffer(lines []Line) []byte {
	var buf bytes.Buffer
	for i, l := range lines {
		if i > 0 {
			buf.WriteString(", ")
		}
		buf.WriteString(l.Item)
		buf.WriteRune('×')
		fmt.Fprint(&buf, l.Qty)
	}
	return buf.Bytes()
}

func csv(lines []Line) string {
	rows := make([]string, 0, len(lines)+1)
	rows = append(rows, "item,qty,cents")
	for _, l := range lines {
		rows = append(rows, fmt.Sprintf("%s,%d,%d", l.Item, l.Qty, l.Cents))
	}
	return strings.Join(rows, "\n")
}

func main() {
	lines := []Line{
		{"apple", 3, 45},
		{"bread", 1, 325},
		{"coffee", 2, 1099},
		{"a-very-long-item", 10, 5},
	}
	r := renderBuilder("receipt", lines)
	fmt.Print(r)
	fmt.Println(len(r))
	b := renderBuffer(lines)
	fmt.Println(string(b), len(b))
	fmt.Println(csv(lines))

	var sb strings.Builder
	for i := 0; i < 5; i++ {
		sb.WriteString(strings.Repeat("ab", i))
		sb.WriteByte('|')
	}
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	fmt.Println(sb.Len(), sb.String() == "")
}
