// Rendering a text table with strings.Builder: Grow up front, WriteRune
// for box characters, padding computed from column widths.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

type Table struct {
	Head []string
	Rows [][]string
}

func (t *Table) widths() []int {
	w := make([]int, len(t.Head))
	for i, h := range t.Head {
		w[i] = utf8.RuneCountInString(h)
	}
	for _, r := range t.Rows {
		for i, c := range r {
			if n := utf8.RuneCountInString(c); n > w[i] {
				w[i] = n
			}
		}
	}
	return w
}

func line(sb *strings.Builder, w []int, left, mid, right rune) {
	sb.WriteRune(left)
	for i, n := range w {
		sb.WriteString(strings.Repeat("─", n+2))
		if i < len(w)-1 {
			sb.WriteRune(mid)
		}
	}
	sb.WriteRune(right)
	sb.WriteByte('\n')
}

func row(sb *strings.Builder, w []int, cells []string) {
	sb.WriteRune('│')
	for i, c := range cells {
		sb.WriteByte(' ')
		sb.WriteString(c)
		sb.WriteString(strings.Repeat(" ", w[i]-utf8.RuneCountInString(c)+1))
		sb.WriteRune('│')
	}
	sb.WriteByte('\n')
}

func (t *Table) Render() string {
	w := t.widths()
	var sb strings.Builder
	sb.Grow(256)
	line(&sb, w, '┌', '┬', '┐')
	row(&sb, w, t.Head)
	line(&sb, w, '├', '┼', '┤')
	for _, r := range t.Rows {
		row(&sb, w, r)
	}
	line(&sb, w, '└', '┴', '┘')
	return sb.String()
}

func main() {
	t := &Table{
		Head: []string{"name", "kind", "size"},
		Rows: [][]string{
			{"stack", "frame", "8 KiB"},
			{"heap", "arena", "64 MiB"},
			{"größe", "ü", "1"},
		},
	}
	out := t.Render()
	fmt.Print(out)
	fmt.Println(len(out), utf8.RuneCountInString(out))
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d:%s;", i, strings.Repeat("*", i))
	}
	fmt.Println(sb.String(), sb.Len())
}
