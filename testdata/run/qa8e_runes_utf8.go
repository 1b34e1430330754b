package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func isPalindrome(s string) bool {
	var clean []rune
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			clean = append(clean, unicode.ToLower(r))
		}
	}
	for i := 0; i < len(clean)/2; i++ {
		if clean[i] != clean[len(clean)-1-i] {
			return false
		}
	}
	return true
}

func caesar(s string, shift int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(shift)+26)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(shift)+26)%26
		case r == '!':
			return -1
		}
		return r
	}, s)
}

func classes(s string) map[string]int {
	m := map[string]int{}
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			m["space"]++
		case unicode.IsPunct(r):
			m["punct"]++
		case unicode.IsDigit(r):
			m["digit"]++
		case unicode.IsUpper(r):
			m["upper"]++
		case unicode.IsLower(r):
			m["lower"]++
		default:
			m["other"]++
		}
	}
	return m
}

func main() {
	words := []string{"hello", "héllo", "日本語", "Go😀", ""}
	for _, w := range words {
		fmt.Printf("%-8q bytes=%2d runes=%d valid=%t reversed=%q\n", w, len(w), utf8.RuneCountInString(w), utf8.ValidString(w), reverse(w))
	}
	s := "aé日😀"
	for i, r := range s {
		fmt.Printf("%d:%c(%U,len %d) ", i, r, r, utf8.RuneLen(r))
	}
	fmt.Println()
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		fmt.Print(string(r), size, " ")
		s = s[size:]
	}
	fmt.Println()
	r, size := utf8.DecodeLastRuneInString("abc€")
	fmt.Println(string(r), size)
	bad := string([]byte{0x61, 0xff, 0x62})
	for _, r := range bad {
		fmt.Print(r == utf8.RuneError, " ")
	}
	fmt.Println(utf8.ValidString(bad), []byte(bad))
	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, 'ß')
	buf = append(buf, string('€')...)
	fmt.Println(buf, utf8.FullRune(buf[:1]), utf8.RuneCount(buf))
	for _, p := range []string{"A man, a plan, a canal: Panama", "No lemon, no melon", "gopher"} {
		fmt.Printf("%q palindrome=%t\n", p, isPalindrome(p))
	}
	enc := caesar("Hello, World!", 3)
	fmt.Println(enc, caesar(enc, -3))
	m := classes("Hi there, 42 Gophers! ∑")
	for _, k := range []string{"upper", "lower", "digit", "space", "punct", "other"} {
		fmt.Printf("%s=%d ", k, m[k])
	}
	fmt.Println()
	fmt.Println(strings.ToUpper("straße"), strings.ToTitle("ǆ"), unicode.ToUpper('ñ'), string(unicode.ToLower('Ä')))
	fmt.Println(strings.IndexRune("chicken", 'k'), strings.IndexFunc("abc123", unicode.IsDigit), strings.ContainsAny("hello", "xyz"))
	rs := []rune("héllo")
	rs[1] = 'e'
	fmt.Println(string(rs), len(rs), string(rs[4]), rune(-1) == utf8.RuneError)
}
