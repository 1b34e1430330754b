// Conversions between string, []byte and []rune: which ones copy, map
// lookups with m[string(b)], comparisons, concatenation in loops.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

var keywords = map[string]int{"func": 1, "var": 2, "type": 3, "go": 4}

func lookup(tok []byte) int {
	return keywords[string(tok)]
}

func tokens(src []byte) [][]byte {
	return bytes.FieldsFunc(src, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func upperASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 32
		}
	}
	return string(b)
}

func concatLoop(parts []string) string {
	s := ""
	for _, p := range parts {
		s += p + "/"
	}
	return s
}

func isPalindrome(s string) bool {
	var clean []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) {
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

func main() {
	src := []byte("func main() { var x = go(type) }")
	for _, t := range tokens(src) {
		if k := lookup(t); k > 0 {
			fmt.Print(string(t), "=", k, " ")
		}
	}
	fmt.Println()
	fmt.Println(reverseRunes("héllo, wörld"), upperASCII("mixed Case ü"))
	fmt.Println(concatLoop([]string{"usr", "local", "bin"}))
	for _, s := range []string{"A man, a plan, a canal: Panama", "gopher", "Été"} {
		fmt.Println(isPalindrome(s))
	}
	b := []byte("abc")
	s := string(b)
	b[0] = 'X'
	fmt.Println(s, string(b), string(b) == "Xbc", bytes.Equal(b, []byte(s)))
	r := []rune("日本語")
	fmt.Println(len("日本語"), len(r), string(r[1]), string(rune(65)))
	bs := []byte("hello")
	fmt.Println(strings.Compare(string(bs[:2]), "he"), string(bs[1:4]))
}
