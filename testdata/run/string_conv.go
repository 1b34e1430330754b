package main

import (
	"fmt"
	"strings"
)

var sink []byte
var rsink []rune

func main() {
	tests := []string{
		"hello", "héllo", "\xff", "a\xffb", "\xe2\x82", "\xe2\x82\xac", "\xed\xa0\x80",
		"\xf4\x90\x80\x80", "\xf0\x9f\x98\x80x", "\xc0\xaf", "\xe0\x80\xaf", "\xf0\x8f\xbf\xbf",
		"\xc2", "\xc2\x80", "\xdf\xbf", "\xe0\xa0\x80", "\xef\xbf\xbf", "\xf0\x90\x80\x80",
		"\xf4\x8f\xbf\xbf", "\xf5\x80\x80\x80", "\x80\x80", "\xe1\x80\x41", "\xf1\x80\x80",
	}
	for _, s := range tests {
		fmt.Printf("%x:", s)
		for i, r := range s {
			fmt.Printf(" %d=%x", i, r)
		}
		fmt.Printf(" | %d\n", len([]rune(s)))
	}
	for _, v := range []int64{0, 65, 127, 128, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xffff, 0x10000, 0x10ffff, 0x110000, -1, 1 << 40} {
		fmt.Printf("rune %d: %x\n", v, string(rune(v)))
	}
	fmt.Printf("runes: %x\n", string([]rune{-1, 0xD800, 0x110000, 'a', 0x10FFFF, 0xe9}))
	fmt.Print("bytecaps:")
	for n := 0; n <= 80; n++ {
		b := []byte(strings.Repeat("x", n))
		sink = b
		fmt.Print(" ", cap(b))
	}
	fmt.Println()
	fmt.Print("runecaps:")
	for n := 0; n <= 80; n++ {
		b := []rune(strings.Repeat("é", n))
		rsink = b
		fmt.Print(" ", cap(b))
	}
	fmt.Println()
}
