package main

import (
	"fmt"
	"strings"
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

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, r)
		}
	}
	for i := 0; i < len(rs)/2; i++ {
		if rs[i] != rs[len(rs)-1-i] {
			return false
		}
	}
	return true
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos] + "…"
		}
		i++
	}
	return s
}

func caesar(s string, k int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(k)+26)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(k)+26)%26
		}
		return r
	}, s)
}

func main() {
	s := "héllo, 世界! 👋"
	fmt.Println(len(s), utf8.RuneCountInString(s), len([]rune(s)), len([]byte(s)))
	for i, r := range s {
		if r > 127 {
			fmt.Printf("%d:%c(%U,%d bytes) ", i, r, r, utf8.RuneLen(r))
		}
	}
	fmt.Println()
	bad := "a\xffb\xe4\xb8c"
	for i, r := range bad {
		fmt.Printf("[%d %q %v] ", i, r, r == utf8.RuneError)
	}
	fmt.Println(utf8.ValidString(bad), utf8.ValidString(s))
	fmt.Println([]rune(bad), []byte("é"), string([]byte{0xe4, 0xb8, 0x96}))
	fmt.Println(reverse(s), reverse(""), reverse("ab"))
	for _, p := range []string{"A man, a plan, a canal: Panama", "Ésope reste ici et se repose", "no lemon, no melon", "gopher"} {
		fmt.Println(isPalindrome(p), p)
	}
	fmt.Println(truncate(s, 4), truncate("short", 10), truncate("日本語のテキスト", 3))
	fmt.Println(caesar("Hello, World!", 3), caesar(caesar("Zebra", 5), -5))
	fmt.Println(strings.ToUpper("straße"), strings.ToLower("ΑΒΓ"), strings.Title("go gopher"))
	fmt.Println(strings.EqualFold("Gö", "GÖ"), strings.IndexRune(s, '界'), strings.IndexByte(s, '!'))
	r, size := utf8.DecodeRuneInString("€uro")
	lr, lsize := utf8.DecodeLastRuneInString("€uro€")
	fmt.Println(r, size, lr, lsize)
	buf := make([]byte, 0, 16)
	buf = utf8.AppendRune(buf, '世')
	buf = utf8.AppendRune(buf, -1)
	fmt.Println(buf, utf8.FullRune(buf[:2]))
	fmt.Println(string(rune(65)), string(rune(-1)), string(rune(0x10FFFF+1)) == "\uFFFD")
	fields := strings.FieldsFunc("a1b22c333", unicode.IsDigit)
	fmt.Println(fields, len(fields))
	var sb strings.Builder
	for _, w := range strings.Fields("the quick brown fox") {
		rs := []rune(w)
		rs[0] = unicode.ToUpper(rs[0])
		sb.WriteString(string(rs))
	}
	fmt.Println(sb.String(), sb.Len())
	fmt.Printf("%q %+q %x % x\n", "日本", "日本", "日本", "日本")
}
