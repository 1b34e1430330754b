// Which string operations allocate: counted per call with
// testing.AllocsPerRun, for results kept in a package variable and for
// temporaries that stay local.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
)

var (
	sinkS  string
	sinkSS []string
	sinkB  []byte
	sinkN  int
)

func localConcat(a, b string) int {
	s := a + "-" + b
	return len(s)
}

func localBytes(s string) int {
	b := []byte(s)
	n := 0
	for _, c := range b {
		if c == 'a' {
			n++
		}
	}
	return n
}

func compareBytes(b []byte) bool {
	return string(b) == "hello"
}

func main() {
	word := "alpha"
	long := strings.Repeat("abcdefgh", 8)
	cases := []struct {
		name string
		f    func()
	}{
		{"ToUpper lower", func() { sinkS = strings.ToUpper(word) }},
		{"ToUpper upper", func() { sinkS = strings.ToUpper("ALPHA") }},
		{"ToLower same", func() { sinkS = strings.ToLower(word) }},
		{"TrimSpace", func() { sinkS = strings.TrimSpace("  x y  ") }},
		{"Split", func() { sinkSS = strings.Split("a,b,c,d", ",") }},
		{"Fields", func() { sinkSS = strings.Fields(" a b  c ") }},
		{"Join", func() { sinkS = strings.Join([]string{"a", "b", "c"}, "/") }},
		{"Repeat", func() { sinkS = strings.Repeat("ab", 10) }},
		{"ReplaceAll none", func() { sinkS = strings.ReplaceAll(word, "z", "y") }},
		{"ReplaceAll some", func() { sinkS = strings.ReplaceAll(word, "a", "A") }},
		{"Index", func() { sinkN = strings.Index(long, "gha") }},
		{"Itoa", func() { sinkS = strconv.Itoa(123456) }},
		{"Quote", func() { sinkS = strconv.Quote("a\tb") }},
		{"FormatFloat", func() { sinkS = strconv.FormatFloat(3.25, 'f', 2, 64) }},
		{"AppendInt", func() { sinkB = strconv.AppendInt(sinkB[:0], 42, 10) }},
		{"local concat", func() { sinkN = localConcat(word, "beta") }},
		{"local concat long", func() { sinkN = localConcat(long, long) }},
		{"escaping concat", func() { sinkS = word + "!" }},
		{"local []byte", func() { sinkN = localBytes(word) }},
		{"local []byte long", func() { sinkN = localBytes(long) }},
		{"string(b) ==", func() { sinkN = len(word); _ = compareBytes([]byte("hello")) }},
		{"rune string", func() { sinkS = string(rune('é')) }},
		{"Sprint int", func() { sinkS = fmt.Sprint(42) }},
		{"Sprintf two", func() { sinkS = fmt.Sprintf("%s=%d", word, 7) }},
		{"EqualFold", func() { sinkN = len(word); _ = strings.EqualFold(word, "ALPHA") }},
		{"Title map", func() { sinkS = strings.Map(func(r rune) rune { return r + 1 }, word) }},
	}
	sinkB = make([]byte, 0, 32)
	for _, c := range cases {
		fmt.Printf("%-18s %v\n", c.name, testing.AllocsPerRun(50, c.f))
	}
	fmt.Println(sinkS, sinkSS, string(sinkB), sinkN)
}
