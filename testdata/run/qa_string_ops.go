package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func wordFreq(text string) map[string]int {
	freq := make(map[string]int)
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	}) {
		freq[w]++
	}
	return freq
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	t := b.String()
	return t == reverse(t)
}

func main() {
	f := wordFreq("The cat and the hat. The END, and that's it!")
	fmt.Println(f)
	fmt.Println(reverse("Hello, 世界"), isPalindrome("A man, a plan, a canal: Panama"), isPalindrome("Go"))
	s := "Hello, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("\xff"))
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Println(string(r), size, utf8.RuneLen('€'))
	fmt.Println(strings.Split("a,b,,c", ","), len(strings.Split("", ",")), strings.SplitN("a:b:c", ":", 2))
	fmt.Println(strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"), strings.IndexByte("abc", 'c'), strings.IndexRune("chicken", 'k'))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("file.go", ".go"), strings.Trim("  pad  ", " "), strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.ReplaceAll("oink oink", "k", "ky"), strings.Replace("aaaa", "a", "b", 2), strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.HasPrefix("golang", "go"), strings.ContainsAny("hello", "xyz"), strings.ContainsRune("abc", 'b'))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana"))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Println(strings.Compare("a", "b"), strings.ToTitle("loud"), strings.LastIndexByte("abca", 'a'))
	b := []byte("hello")
	fmt.Println(string(append(b[:2], "LLO"...)), string(b))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteString(strings.Repeat("=", i+1))
		sb.WriteByte('\n')
	}
	fmt.Print(sb.String())
	fmt.Println(strings.Title("hello world"), strings.Fields(" \t\n "), len(strings.Fields(" \t\n ")))
}
