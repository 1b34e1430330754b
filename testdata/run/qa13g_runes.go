package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func classify(r rune) string {
	var c []byte
	if unicode.IsLetter(r) {
		c = append(c, 'L')
	}
	if unicode.IsUpper(r) {
		c = append(c, 'U')
	}
	if unicode.IsLower(r) {
		c = append(c, 'l')
	}
	if unicode.IsDigit(r) {
		c = append(c, 'D')
	}
	if unicode.IsNumber(r) {
		c = append(c, 'N')
	}
	if unicode.IsSpace(r) {
		c = append(c, 'S')
	}
	if unicode.IsPunct(r) {
		c = append(c, 'P')
	}
	if unicode.IsSymbol(r) {
		c = append(c, 'Y')
	}
	if unicode.IsControl(r) {
		c = append(c, 'C')
	}
	if unicode.Is(unicode.Han, r) {
		c = append(c, 'H')
	}
	if unicode.In(r, unicode.Greek, unicode.Cyrillic) {
		c = append(c, 'G')
	}
	if len(c) == 0 {
		return "-"
	}
	return string(c)
}

func main() {
	s := "héllo, 世界! Ωμέγα ½ 😀\t"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
	for i, r := range s {
		fmt.Printf("%2d %q %U size=%d class=%s\n", i, r, r, utf8.RuneLen(r), classify(r))
	}
	bad := "a\xffb\xe2\x82c\xc0\x80"
	fmt.Println(len(bad), utf8.RuneCountInString(bad), utf8.ValidString(bad))
	for i, r := range bad {
		fmt.Printf("%d:%q(%d) ", i, r, r)
	}
	fmt.Println()
	for i := 0; i < len(bad); {
		r, size := utf8.DecodeRuneInString(bad[i:])
		fmt.Printf("[%d %q %d]", i, r, size)
		i += size
	}
	fmt.Println()
	r, size := utf8.DecodeLastRuneInString("abc€")
	fmt.Println(r, string(r), size)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r == utf8.RuneError, size)
	fmt.Println(reverse("Hello, 世界"), reverse(""), reverse("a"))
	rs := []rune(bad)
	fmt.Println(len(rs), rs)
	fmt.Printf("%q\n", string(rs))
	bs := []byte("€uro")
	fmt.Println(bs, utf8.FullRune(bs[:2]), utf8.RuneStart(bs[1]))
	buf := make([]byte, 0, 16)
	for _, r := range []rune{'A', 'é', '中', '🎉', -1, 0xD800, 0x110000} {
		buf = utf8.AppendRune(buf[:0], r)
		fmt.Printf("%U -> % x (%d) valid=%v\n", r, buf, len(buf), utf8.ValidRune(r))
	}
	fmt.Println(string(rune(65)), string(rune(-1)), string(rune(0x10FFFF+1)) == "\uFFFD")
	fmt.Println(unicode.ToUpper('ß'), string(unicode.ToUpper('ÿ')), string(unicode.ToTitle('ǆ')), string(unicode.ToLower('Σ')))
	fmt.Println(unicode.SimpleFold('A'), unicode.SimpleFold('k'), unicode.SimpleFold('K'), unicode.SimpleFold('1'))
	counts := map[string]int{}
	for _, r := range "The Year 2024: 12 months, 365 days — ok?" {
		switch {
		case unicode.IsUpper(r):
			counts["upper"]++
		case unicode.IsLower(r):
			counts["lower"]++
		case unicode.IsDigit(r):
			counts["digit"]++
		case unicode.IsSpace(r):
			counts["space"]++
		default:
			counts["other"]++
		}
	}
	fmt.Println(counts)
	var b []byte
	for i := 0; i < 3; i++ {
		b = append(b, "ab€"[i])
	}
	fmt.Printf("%q %v\n", b, utf8.Valid(b))
	str := "naïve"
	fmt.Println(str[2], str[2:4], string(str[2]), []byte(str[2:4]))
	x := 'a' + 1
	var y byte = 'z'
	fmt.Printf("%T %v %c %T %v\n", x, x, x, y, y)
	fmt.Println(utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune, unicode.MaxASCII)
}
