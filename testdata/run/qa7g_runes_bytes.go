package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverseRunes(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func isPalindrome(s string) bool {
	var clean []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			clean = append(clean, r)
		}
	}
	for i := 0; i < len(clean)/2; i++ {
		if clean[i] != clean[len(clean)-1-i] {
			return false
		}
	}
	return true
}

func caesar(s string, k int) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			b.WriteRune('a' + (r-'a'+rune(k)+26)%26)
		case r >= 'A' && r <= 'Z':
			b.WriteRune('A' + (r-'A'+rune(k)+26)%26)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func main() {
	s := "Hello, 世界! 👋🏽 naïve"
	fmt.Println(len(s), utf8.RuneCountInString(s), reverseRunes(s))
	for i, r := range "aé世👋" {
		fmt.Printf("%d:%c(%U,%d bytes) ", i, r, r, utf8.RuneLen(r))
	}
	fmt.Println()
	bad := "ok\xffz\xc3"
	for i, r := range bad {
		fmt.Printf("[%d %q %v]", i, r, r == utf8.RuneError)
	}
	fmt.Println(utf8.ValidString(bad), utf8.ValidString(s), []rune(bad), []byte(bad))
	r, size := utf8.DecodeRuneInString("世界")
	lr, lsize := utf8.DecodeLastRuneInString("世界")
	fmt.Println(string(r), size, string(lr), lsize)
	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, '€')
	n := utf8.EncodeRune(buf[len(buf):cap(buf)], 'ß')
	fmt.Println(buf, n, utf8.FullRune([]byte{0xe2, 0x82}))
	fmt.Println(string(rune(65)), string(rune(-1)), string(rune(0x10FFFF+1)) == "\uFFFD")
	for _, p := range []string{"A man, a plan, a canal: Panama", "Was it a car or a cat I saw?", "gopher"} {
		fmt.Printf("%-32q palindrome=%v\n", p, isPalindrome(p))
	}
	enc := caesar("Attack at Dawn! Zz", 3)
	fmt.Println(enc, caesar(enc, -3))

	var bb bytes.Buffer
	bb.WriteString("line one\n")
	bb.WriteByte('x')
	bb.Write([]byte(" and more\n"))
	fmt.Fprintf(&bb, "%d-%s\n", 3, "three")
	fmt.Printf("%q %d\n", bb.String(), bb.Len())
	line, err := bb.ReadString('\n')
	fmt.Printf("%q %v rest=%d\n", line, err, bb.Len())
	b3 := make([]byte, 4)
	k, _ := bb.Read(b3)
	fmt.Println(k, string(b3), bb.Len())
	data := []byte("  Alpha,beta;;GAMMA , delta  ")
	fields := bytes.FieldsFunc(data, func(r rune) bool { return r == ',' || r == ';' })
	for _, f := range fields {
		fmt.Printf("%q ", bytes.TrimSpace(f))
	}
	fmt.Println()
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")),
		bytes.Contains(data, []byte("GAMMA")), bytes.Index(data, []byte("beta")),
		string(bytes.ToUpper([]byte("mixed Case"))), string(bytes.Title([]byte("hi there"))))
	fmt.Println(string(bytes.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, []byte("HeLLo World"))))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'ä'
		}
		return r
	}, "banana"), strings.ToTitle("ǆ"), unicode.IsSpace('\u00a0'), unicode.IsPunct('!'), unicode.In('ж', unicode.Cyrillic))
	fmt.Println(strings.IndexRune("chicken", 'k'), strings.IndexByte("golang", 'l'), strings.IndexAny("golang", "xyzn"),
		strings.ContainsAny("hi", ""))
	fmt.Println(strings.Cut("key=value=x", "="))
	before, after, found := strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Println(strings.SplitN("a,b,c,d", ",", 2), strings.SplitAfter("a,b,c", ","), len(strings.Split("", ",")), strings.Fields("  \t\n "))
	fmt.Printf("%q\n", strings.Split("a,,b,", ","))
}
