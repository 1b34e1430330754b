package main

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

func main() {
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	_, _, found = strings.Cut("novalue", "=")
	fmt.Println(found)
	b1, a1, f1 := bytes.Cut([]byte("a:b"), []byte(":"))
	fmt.Println(string(b1), string(a1), f1)
	buf := fmt.Append(nil, "x", 1, 2.5)
	buf = fmt.Appendf(buf, "|%03d|", 7)
	buf = fmt.Appendln(buf, "end")
	fmt.Printf("%q\n", buf)
	xs := []int{1, 3, 5, 7, 9}
	i, ok := sort.Find(len(xs), func(i int) int { return 5 - xs[i] })
	fmt.Println(i, ok)
	i, ok = sort.Find(len(xs), func(i int) int { return 4 - xs[i] })
	fmt.Println(i, ok)
	rb := utf8.AppendRune([]byte("go"), '世')
	fmt.Println(string(rb), len(rb))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"))
	fmt.Println(bytes.Fields([]byte(" a b  c ")), len(bytes.Split([]byte("a,b,c"), []byte(","))))
	fmt.Println(strings.IndexFunc("abc1", func(r rune) bool { return r >= '0' && r <= '9' }))
}
