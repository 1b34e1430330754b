// Text munging that converts between string, []byte and []rune: a slug
// maker, a byte-level ROT13, a word wrapper with strings.Builder and a
// bytes.Buffer based CSV line writer.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func slug(title string) string {
	var b strings.Builder
	b.Grow(len(title))
	dash := false
	for _, r := range strings.ToLower(title) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

func rot13(s string) string {
	buf := []byte(s)
	for i, c := range buf {
		switch {
		case c >= 'a' && c <= 'z':
			buf[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			buf[i] = 'A' + (c-'A'+13)%26
		}
	}
	return string(buf)
}

func reverseRunes(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func wrap(text string, width int) []string {
	var lines []string
	var line strings.Builder
	for _, w := range strings.Fields(text) {
		if line.Len() > 0 && line.Len()+1+len(w) > width {
			lines = append(lines, line.String())
			line.Reset()
		}
		if line.Len() > 0 {
			line.WriteByte(' ')
		}
		line.WriteString(w)
	}
	if line.Len() > 0 {
		lines = append(lines, line.String())
	}
	return lines
}

func csvLine(fields ...string) string {
	var buf bytes.Buffer
	for i, f := range fields {
		if i > 0 {
			buf.WriteByte(',')
		}
		if strings.ContainsAny(f, ",\"") {
			buf.WriteByte('"')
			buf.WriteString(strings.ReplaceAll(f, `"`, `""`))
			buf.WriteByte('"')
		} else {
			buf.WriteString(f)
		}
	}
	return buf.String()
}

func countKey(m map[string]int, b []byte) {
	m[string(b)]++
}

func main() {
	fmt.Println(slug("Hello, World! Go 1.19 -- Memory & Escape Analysis"))
	fmt.Println(rot13("Why did the gopher cross the road?"), rot13(rot13("round trip")))
	s := "héllo, 世界"
	fmt.Println(reverseRunes(s), len(s), utf8.RuneCountInString(s))
	for _, l := range wrap("the compiler decides whether each value lives on the stack or on the heap by escape analysis", 24) {
		fmt.Printf("|%-24s|\n", l)
	}
	fmt.Println(csvLine("id", "name, full", `say "hi"`, ""))
	m := map[string]int{}
	for _, w := range bytes.Fields([]byte("a b a c b a")) {
		countKey(m, w)
	}
	fmt.Println(m)
	b := []byte("prefix:")
	b = append(b, "tail"...)
	if string(b) == "prefix:tail" {
		fmt.Println("equal", bytes.HasPrefix(b, []byte("prefix")), bytes.Index(b, []byte(":")))
	}
	upper := bytes.ToUpper(b)
	fmt.Printf("%s %q %x\n", upper, b[:3], string(b[7:]))
}
