// A columnar report rendered three ways: fmt.Sprintf with width verbs,
// strings.Builder with manual padding, and text/tabwriter-free alignment
// via bytes.Buffer, over a slice of rows with mixed value types.
package main

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
)

type Row struct {
	Name    string
	Count   int
	Ratio   float64
	Flags   []bool
	Comment *string
}

type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

func pad(s string, n int) string {
	if len(s) >= n {
		return s
	}
	return s + strings.Repeat(" ", n-len(s))
}

func renderSprintf(rows []Row) string {
	var sb strings.Builder
	for _, r := range rows {
		c := "-"
		if r.Comment != nil {
			c = *r.Comment
		}
		sb.WriteString(fmt.Sprintf("%-8s|%5d|%7.2f|%-5v|%s\n", r.Name, r.Count, r.Ratio, r.Flags, c))
	}
	return sb.String()
}

func renderBuilder(rows []Row) string {
	var sb strings.Builder
	for i, r := range rows {
		sb.WriteString(strconv.Itoa(i + 1))
		sb.WriteString(". ")
		sb.WriteString(pad(r.Name, 8))
		sb.WriteString(strconv.FormatFloat(r.Ratio*100, 'f', 1, 64))
		sb.WriteString("%\n")
	}
	return sb.String()
}

func renderBuffer(rows []Row, total Money) []byte {
	var buf bytes.Buffer
	buf.Grow(64)
	for _, r := range rows {
		buf.WriteString(r.Name)
		buf.WriteByte('=')
		buf.WriteString(strconv.Quote(strings.Repeat("*", r.Count%5)))
		buf.WriteByte('\n')
	}
	fmt.Fprintf(&buf, "total: %v (%d cents) %s\n", total, int64(total), total)
	return buf.Bytes()
}

func main() {
	note := "checked"
	rows := []Row{
		{"alpha", 12, 0.5, []bool{true}, &note},
		{"beta", 7, 1.0 / 3, nil, nil},
		{"gamma-long", 123, 12.3456, []bool{false, true}, nil},
	}
	fmt.Print(renderSprintf(rows))
	fmt.Print(renderBuilder(rows))
	fmt.Print(string(renderBuffer(rows, Money(-12345))))
	fmt.Printf("%v|%+v|%T\n", rows[1].Flags, rows[1], rows[0].Comment == nil)
	fmt.Printf("%q %x %X %o %b %e %g\n", "tab\t", 255, "hi", 8, 5, 123456.789, 1e21)
	fmt.Printf("%08.3f|%-6d|%+d|%6s|%.2s|%c|%U\n", 3.14159, 42, 7, "go", "golang", 'λ', 'λ')
	fmt.Println(fmt.Sprint("a", 1, 2, "b", 3.5, nil), fmt.Sprintln("x", Money(5)))
	err := fmt.Errorf("row %d (%s): ratio %.1f out of range [%d, %d]", 3, rows[2].Name, rows[2].Ratio, 0, 1)
	fmt.Println(err)
}
