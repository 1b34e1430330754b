package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[1], s[0:1], s[7:])
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	bad := "a\xffb\xe2\x82c"
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	fmt.Println([]byte("abc"), []rune("héllo"), string([]rune{104, 105}), string([]byte{72, 73}))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)) == "\uFFFD")
	a, b := "abc", "abd"
	fmt.Println(a < b, a > b, a == b, a+b, a <= "abc", "" < "a")
	c := a
	c += "!"
	fmt.Println(a, c)
	bs := []byte(a)
	bs[0] = 'X'
	fmt.Println(a, string(bs))
	var sum int
	for i := 0; i < len(s); i++ {
		sum += int(s[i])
	}
	fmt.Println(sum)
	parts := ""
	for i := 0; i < 5; i++ {
		parts += fmt.Sprint(i)
	}
	fmt.Println(parts, len(parts))
	rs := []rune(s)
	rs[0] = 'H'
	fmt.Println(string(rs), len(rs))
	fmt.Println(copy(bs, "zz"), string(bs))
	fmt.Println(append([]byte("x"), "yz"...))
	fmt.Printf("%q %q\n", string(rune(0x10FFFF+1)), string([]byte{0xff}))
}
