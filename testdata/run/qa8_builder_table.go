// Rendering a text table with strings.Builder: Grow up front, WriteRune for
// box characters, Fprintf into the builder, Len and Cap along the way.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

type Row struct {
	Name  string
	Qty   int
	Price float64
}

func widths(header []string, rows []Row) []int {
	w := make([]int, len(header))
	for i, h := range header {
		w[i] = utf8.RuneCountInString(h)
	}
	for _, r := range rows {
		cells := []string{r.Name, fmt.Sprint(r.Qty), fmt.Sprintf("%.2f", r.Price)}
		for i, c := range cells {
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

func render(header []string, rows []Row) string {
	w := widths(header, rows)
	var sb strings.Builder
	sb.Grow(256)
	line(&sb, w, '┌', '┬', '┐')
	sb.WriteString("│")
	for i, h := range header {
		fmt.Fprintf(&sb, " %-*s │", w[i], h)
	}
	sb.WriteByte('\n')
	line(&sb, w, '├', '┼', '┤')
	for _, r := range rows {
		fmt.Fprintf(&sb, "│ %-*s │ %*d │ %*.2f │\n", w[0], r.Name, w[1], r.Qty, w[2], r.Price)
	}
	line(&sb, w, '└', '┴', '┘')
	return sb.String()
}

func joinUpper(words []string) string {
	var b strings.Builder
	for i, s := range words {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strings.ToUpper(s[:1]))
		b.WriteString(s[1:])
	}
	return b.String()
}

func main() {
	rows := []Row{
		{"café crème", 2, 3.5},
		{"tea", 10, 1.25},
		{"espresso", 1, 2},
	}
	out := render([]string{"item", "qty", "price"}, rows)
	fmt.Print(out)
	fmt.Println(utf8.RuneCountInString(out), len(out))

	var sb strings.Builder
	fmt.Println(sb.Len(), sb.Cap())
	sb.Grow(10)
	fmt.Println(sb.Len(), sb.Cap() >= 10)
	for i := 0; i < 5; i++ {
		sb.WriteString("ab")
	}
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	fmt.Println(sb.Len(), joinUpper([]string{"alpha", "beta", "gamma"}))
}
