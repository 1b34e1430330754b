package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	caps := []int{}
	last := -1
	for i := 0; i < 200; i++ {
		sb.WriteString("ab")
		if sb.Cap() != last {
			last = sb.Cap()
			caps = append(caps, last)
		}
	}
	fmt.Println(sb.Len(), caps)
	var buf bytes.Buffer
	bc := []int{}
	last = -1
	for i := 0; i < 300; i++ {
		buf.WriteByte(byte('a' + i%26))
		if buf.Cap() != last {
			last = buf.Cap()
			bc = append(bc, last)
		}
	}
	fmt.Println(buf.Len(), bc)
	var b2 bytes.Buffer
	b2.Grow(100)
	fmt.Println(b2.Len(), b2.Cap() >= 100)
	s := ""
	for i := 0; i < 10; i++ {
		s += fmt.Sprint(i)
	}
	fmt.Println(s, len(s))
	parts := make([]string, 0, 4)
	parts = append(parts, "x", "y")
	fmt.Println(strings.Join(parts, "+"), cap(parts))
	bs := make([]byte, 0, 8)
	for i := 0; i < 20; i++ {
		bs = append(bs, 'z')
		if i == 7 || i == 8 || i == 16 {
			fmt.Print(cap(bs), " ")
		}
	}
	fmt.Println()
	rs := []rune{}
	for _, r := range "héllo wörld" {
		rs = append(rs, r)
	}
	fmt.Println(len(rs), cap(rs), string(rs))
}
