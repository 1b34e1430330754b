// unicode predicates and case mapping, utf8 decoding and encoding, range over strings.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, r := range "aZ5 é!ß\tΣ世\u00a0" {
		fmt.Printf("%q L%t D%t S%t U%t l%t P%t G%t %q %q\n", r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsSpace(r),
			unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r), unicode.IsPrint(r), unicode.ToUpper(r), unicode.ToLower(r))
	}
	s := "héllo, 世界\xff!"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("ok"))
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Println(r, size, string(r))
	r, size = utf8.DecodeLastRuneInString("世界")
	fmt.Println(r, size)
	r, size = utf8.DecodeRuneInString("\xff")
	fmt.Println(r == utf8.RuneError, size)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n, utf8.RuneLen('€'), utf8.RuneLen(-1), utf8.ValidRune(0xD800))
	fmt.Println(utf8.AppendRune(nil, 'é'), utf8.RuneCount([]byte("añb")), utf8.FullRune([]byte{0xe4, 0xb8}))
	fmt.Println([]rune("añb"), string([]rune{0x4e16, 0x754c}), []byte("é"))
	fmt.Println(unicode.SimpleFold('A'), unicode.SimpleFold('k'), unicode.SimpleFold('\u212a'), unicode.IsTitle('ǅ'), unicode.ToTitle('ǆ'))
}
