// Allocation counts of everyday standard-library calls, per call with
// testing.AllocsPerRun: most return without allocating, the ones that
// build a new string or error allocate once.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"
)

var (
	sinkS string
	sinkN int
	sinkB bool
	sinkE error
	sinkD time.Duration
	buf   []byte
)

func main() {
	t0 := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	t1 := t0.Add(time.Hour)
	ints := []int{1, 3, 5, 7, 9}
	var m sync.Map
	m.Store("k", 1)
	base := errors.New("base")
	buf = make([]byte, 0, 64)
	cases := []struct {
		name string
		f    func()
	}{
		{"DecodeRuneInString", func() { r, _ := utf8.DecodeRuneInString("héllo"); sinkN = int(r) }},
		{"DecodeRune multi", func() { r, _ := utf8.DecodeRuneInString("éllo"); sinkN = int(r) }},
		{"Trim", func() { sinkS = strings.Trim("xxhixx", "x") }},
		{"TrimLeft", func() { sinkS = strings.TrimLeft("xxhixx", "x") }},
		{"TrimRight", func() { sinkS = strings.TrimRight("xxhixx", "xy") }},
		{"SearchInts", func() { sinkN = sort.SearchInts(ints, 5) }},
		{"Time.Sub", func() { sinkD = t1.Sub(t0) }},
		{"Time.Before", func() { sinkB = t0.Before(t1) }},
		{"Time.Equal", func() { sinkB = t0.Equal(t1) }},
		{"Time.Add", func() { sinkN = t0.Add(time.Second).Second() }},
		{"Time.Format", func() { sinkS = t0.Format(time.RFC3339) }},
		{"Format long", func() { sinkS = t0.Format("Monday, 02 January 2006 at 15:04:05.000000000 MST (day 002)") }},
		{"AppendFormat", func() { buf = t0.AppendFormat(buf[:0], time.Kitchen) }},
		{"Duration.String", func() { sinkS = (90 * time.Second).String() }},
		{"Errorf", func() { sinkE = fmt.Errorf("x %d", 5) }},
		{"Errorf %w", func() { sinkE = fmt.Errorf("x %w", base) }},
		{"sync.Map Load", func() { v, _ := m.Load("k"); sinkN = v.(int) }},
		{"ReadString", func() {
			r := bufio.NewReader(strings.NewReader("ab\ncd"))
			sinkS, _ = r.ReadString('\n')
		}},
		{"Title", func() { sinkS = strings.Title("ab cd") }},
		{"Map same", func() { sinkS = strings.Map(func(r rune) rune { return r }, "same") }},
		{"ToValidUTF8", func() { sinkS = strings.ToValidUTF8("ab\xffc", "?") }},
		{"Builder runes", func() {
			var b strings.Builder
			b.WriteRune('é')
			b.WriteRune('x')
			sinkS = b.String()
		}},
		{"FormatFloat", func() { sinkS = strconv.FormatFloat(2.5, 'f', 1, 64) }},
		{"FormatFloat 1 char", func() { sinkS = strconv.FormatFloat(7, 'g', -1, 64) }},
		{"FormatFloat wide", func() { sinkS = strconv.FormatFloat(1e40, 'f', 2, 64) }},
		{"AppendFloat room", func() { buf = strconv.AppendFloat(buf[:0], 3.25, 'e', 3, 64) }},
		{"AppendFloat nil", func() { sinkN = len(strconv.AppendFloat(nil, 1.0/3, 'e', -1, 64)) }},
		{"Sprintf float", func() { sinkS = fmt.Sprintf("%.2f", 3.14159) }},
		{"Fprintf Discard", func() { fmt.Fprintf(io.Discard, "%d-%s", 7, "x") }},
		{"Fprintln big int", func() { fmt.Fprintln(io.Discard, "n", 1000) }},
		{"Appendf room", func() { buf = fmt.Appendf(buf[:0], "%02d:%02d", 7, 5) }},
		{"Append nil", func() { sinkN = len(fmt.Append(nil, "abc", 42)) }},
	}
	for _, c := range cases {
		fmt.Printf("%-20s %v\n", c.name, testing.AllocsPerRun(20, c.f))
	}
	fmt.Println(sinkS, sinkN, string(buf))
}
