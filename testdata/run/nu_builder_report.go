// strings.Builder and preallocation, from a performance chapter: building
// a report with Builder (Grow, Len, Cap), comparing += concatenation with
// Builder and with a preallocated []byte, slice growth with and without
// make(..., 0, n), copy semantics, and the 3-index slice that stops an
// append from clobbering a neighbour.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Row struct {
	Name  string
	Score int
	Ratio float64
}

func reportBuilder(rows []Row) string {
	var b strings.Builder
	b.Grow(64 * len(rows))
	b.WriteString("NAME       SCORE  RATIO\n")
	for _, r := range rows {
		b.WriteString(r.Name)
		for i := len(r.Name); i < 10; i++ {
			b.WriteByte(' ')
		}
		s := strconv.Itoa(r.Score)
		b.WriteString(strings.Repeat(" ", 6-len(s)))
		b.WriteString(s)
		b.WriteString("  ")
		b.WriteString(strconv.FormatFloat(r.Ratio, 'f', 2, 64))
		b.WriteRune('\n')
	}
	return b.String()
}

func reportConcat(rows []Row) string {
	s := "NAME       SCORE  RATIO\n"
	for _, r := range rows {
		s += fmt.Sprintf("%-10s%6d  %.2f\n", r.Name, r.Score, r.Ratio)
	}
	return s
}

func reportBytes(rows []Row) string {
	buf := make([]byte, 0, 24+len(rows)*24)
	buf = append(buf, "NAME       SCORE  RATIO\n"...)
	for _, r := range rows {
		start := len(buf)
		buf = append(buf, r.Name...)
		for len(buf)-start < 10 {
			buf = append(buf, ' ')
		}
		num := strconv.AppendInt(nil, int64(r.Score), 10)
		for i := len(num); i < 6; i++ {
			buf = append(buf, ' ')
		}
		buf = append(buf, num...)
		buf = append(buf, ' ', ' ')
		buf = strconv.AppendFloat(buf, r.Ratio, 'f', 2, 64)
		buf = append(buf, '\n')
	}
	return string(buf)
}

func growth(label string, s []int, n int) {
	caps := []int{cap(s)}
	for i := 0; i < n; i++ {
		s = append(s, i)
		if c := cap(s); c != caps[len(caps)-1] {
			caps = append(caps, c)
		}
	}
	fmt.Printf("%-14s len=%-5d caps=%v\n", label, len(s), caps)
}

func builderGrowth() {
	var b strings.Builder
	caps := []int{b.Cap()}
	for i := 0; i < 300; i++ {
		b.WriteByte('x')
		if c := b.Cap(); c != caps[len(caps)-1] {
			caps = append(caps, c)
		}
	}
	fmt.Println("builder caps:", caps, b.Len())
	var g strings.Builder
	g.Grow(10)
	fmt.Println("after Grow(10):", g.Len(), g.Cap())
	g.WriteString("0123456789A")
	fmt.Println("after 11 bytes:", g.Len(), g.Cap())
	g.Reset()
	fmt.Println("after Reset:", g.Len(), g.Cap(), g.String() == "")
}

func main() {
	rows := []Row{{"alice", 93, 0.931}, {"bob", 7, 0.5}, {"carolina", 12345, 1}, {"d", 0, 0.005}}
	a, b, c := reportBuilder(rows), reportConcat(rows), reportBytes(rows)
	fmt.Print(a)
	fmt.Println("same:", a == b, b == c, len(a))

	growth("nil", nil, 1100)
	growth("make(0,100)", make([]int, 0, 100), 1100)
	growth("make(0,1100)", make([]int, 0, 1100), 1100)
	var strs []string
	scaps := []int{}
	for i := 0; i < 40; i++ {
		strs = append(strs, "s")
		if len(scaps) == 0 || cap(strs) != scaps[len(scaps)-1] {
			scaps = append(scaps, cap(strs))
		}
	}
	fmt.Println("strings caps:", scaps)
	var bs []byte
	bcaps := []int{}
	for i := 0; i < 3000; i++ {
		bs = append(bs, 'b')
		if len(bcaps) == 0 || cap(bs) != bcaps[len(bcaps)-1] {
			bcaps = append(bcaps, cap(bs))
		}
	}
	fmt.Println("bytes caps:", bcaps)
	x := append([]int{1, 2, 3}, 4, 5, 6, 7)
	fmt.Println(x, len(x), cap(x))
	y := append([]byte("hello"), " world, how are you"...)
	fmt.Println(string(y), len(y), cap(y))
	builderGrowth()

	// Aliasing: two slices over one array.
	base := make([]int, 5, 10)
	for i := range base {
		base[i] = i
	}
	left := base[:2]
	right := base[2:4]
	left = append(left, 100) // overwrites base[2]!
	fmt.Println(base, left, right)
	safe := base[:2:2]
	safe = append(safe, 200) // copies: base untouched
	fmt.Println(base, safe, cap(safe))
	dst := make([]int, 3)
	n := copy(dst, base)
	fmt.Println(n, dst, copy(dst, "ab"[:0]), dst)
	bb := make([]byte, 4)
	fmt.Println(copy(bb, "héllo"), bb, string(bb))
	m := [][]int{}
	row := make([]int, 0, 3)
	for i := 0; i < 3; i++ {
		row = append(row[:0], i, i*i)
		m = append(m, row) // all rows share one array
	}
	fmt.Println(m)
	m2 := make([][]int, 3)
	for i := range m2 {
		m2[i] = []int{i, i * i}
	}
	fmt.Println(m2)
	s2 := strings.Split("a,b,c,,d", ",")
	fmt.Println(len(s2), cap(s2), strings.Join(s2, "|"))
	fields := strings.Fields(" x  y z ")
	fmt.Println(len(fields), cap(fields), fields)
}
