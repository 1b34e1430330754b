package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "a\xffé\xe2\x82世\U0001F600z"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
	for i, r := range s {
		fmt.Printf("%d:%U(%d) ", i, r, utf8.RuneLen(r))
	}
	fmt.Println()
	b := []byte(s)
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		fmt.Printf("%q/%d ", r, size)
		b = b[size:]
	}
	fmt.Println()
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Println(string(r), size, utf8.FullRune([]byte{0xe4, 0xb8}), utf8.RuneStart(0x96))
	fmt.Printf("%q %q\n", []rune(s), string([]rune{0x41, -1, 0x10FFFF + 1, 0xD800}))
	buf := utf8.AppendRune(nil, '€')
	fmt.Printf("% x %v\n", buf, utf8.ValidRune(0xDFFF))
	fmt.Println(strings.ToValidUTF8(s, "?"), strings.Map(func(r rune) rune {
		switch {
		case unicode.IsUpper(r):
			return unicode.ToLower(r)
		case unicode.IsDigit(r):
			return -1
		}
		return unicode.ToUpper(r)
	}, "Hello World 2024 ǅ ß"))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Σίσυφος", "ΣΊΣΥΦΟΣ"), strings.ToTitle("ǆemal"), strings.Title("hello wide world"))
	for _, r := range []rune{'A', 'ß', 'ǅ', '٣', '\u00a0', '_', '😀', 'Ⅻ'} {
		fmt.Printf("%c L%v U%v l%v T%v D%v N%v S%v P%v G%v | %c %c %c\n", r, unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r),
			unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsGraphic(r), unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}
	fmt.Println(unicode.In('λ', unicode.Greek, unicode.Latin), unicode.Is(unicode.Han, '世'), unicode.SimpleFold('k'), unicode.SimpleFold('K'))
	words := strings.FieldsFunc("naïve—café, résumé;coöperate", func(r rune) bool { return !unicode.IsLetter(r) })
	fmt.Printf("%q\n", words)
	fmt.Println(strings.IndexRune("chicken", 'k'), strings.IndexByte("abc\xff", 0xff), strings.IndexFunc("héllo", func(r rune) bool { return r > 127 }), strings.LastIndexAny("go gopher", "ordo"))
}
