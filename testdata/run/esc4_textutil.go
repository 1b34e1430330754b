// Text utilities with function arguments: strings.Map, FieldsFunc,
// IndexFunc, utf8 decoding, bytes helpers, sort.Search and reverse sorts.
package main

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

func rot13(r rune) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+13)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+13)%26
	}
	return r
}

func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

func runeStats(s string) (n, multi int) {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError {
			break
		}
		if size > 1 {
			multi++
		}
		n++
		i += size
	}
	return
}

func encodeRunes(rs []rune) []byte {
	out := make([]byte, 0, len(rs)*utf8.UTFMax)
	var tmp [utf8.UTFMax]byte
	for _, r := range rs {
		k := utf8.EncodeRune(tmp[:], r)
		out = append(out, tmp[:k]...)
	}
	return out
}

type wordCount struct {
	word  string
	count int
}

func topWords(text string, n int) []wordCount {
	counts := map[string]int{}
	for _, w := range words(strings.ToLower(text)) {
		counts[w]++
	}
	list := make([]wordCount, 0, len(counts))
	for w, c := range counts {
		list = append(list, wordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	if len(list) > n {
		list = list[:n]
	}
	return list
}

func main() {
	fmt.Println(strings.Map(rot13, "Hello, Gopher!"))
	fmt.Println(words("a1, b2; c3...done"))
	fmt.Println(runeStats("héllo wörld"))
	fmt.Println(string(encodeRunes([]rune("añb"))))
	idx := strings.IndexFunc("abc123", unicode.IsDigit)
	fmt.Println(idx, strings.LastIndex("go gopher", "go"))

	text := "the cat and the hat and the bat"
	for _, wc := range topWords(text, 3) {
		fmt.Printf("%s=%d ", wc.word, wc.count)
	}
	fmt.Println()

	nums := []int{9, 2, 7, 4}
	sort.Sort(sort.Reverse(sort.IntSlice(nums)))
	fmt.Println(nums)
	sorted := []int{1, 3, 5, 7, 9}
	i := sort.Search(len(sorted), func(i int) bool { return sorted[i] >= 6 })
	fmt.Println(i, sort.SearchInts(sorted, 3))

	b := []byte("Hello World")
	fmt.Println(string(bytes.ToUpper(b)), bytes.Contains(b, []byte("World")), bytes.IndexByte(b, 'W'))
	parts := bytes.Split([]byte("a,b,c"), []byte(","))
	fmt.Println(len(parts), string(bytes.Join(parts, []byte("-"))))
	fmt.Println(strings.Title("x"), strings.EqualFold("Go", "GO"), utf8.RuneCountInString("日本"))
}
