// Lookup tables: byte-indexed arrays (bounds checks the compiler elides),
// small inlined helpers reading them, a hex encoder writing into a
// caller's buffer, a ring buffer with masked indexes and a CRC table.
package main

import (
	"fmt"
	"strings"
)

const hexDigits = "0123456789abcdef"

var crcTable [256]uint32

func init() {
	for i := range crcTable {
		c := uint32(i)
		for k := 0; k < 8; k++ {
			if c&1 == 1 {
				c = 0xedb88320 ^ (c >> 1)
			} else {
				c >>= 1
			}
		}
		crcTable[i] = c
	}
}

func crc32(data []byte) uint32 {
	crc := ^uint32(0)
	for _, b := range data {
		crc = crcTable[byte(crc)^b] ^ (crc >> 8)
	}
	return ^crc
}

var classes [256]uint8

func init() {
	for c := 'a'; c <= 'z'; c++ {
		classes[c] = 1
		classes[c-'a'+'A'] = 2
	}
	for c := '0'; c <= '9'; c++ {
		classes[c] = 3
	}
}

func class(b byte) uint8 { return classes[b] }

func countClasses(s string) [4]int {
	var n [4]int
	for i := 0; i < len(s); i++ {
		n[class(s[i])&3]++
	}
	return n
}

func hexEncode(dst, src []byte) int {
	for i, v := range src {
		dst[i*2] = hexDigits[v>>4]
		dst[i*2+1] = hexDigits[v&0x0f]
	}
	return len(src) * 2
}

type ring struct {
	buf  [16]int
	head uint
	n    int
}

func (r *ring) push(v int) {
	r.buf[r.head&15] = v
	r.head++
	if r.n < 16 {
		r.n++
	}
}

func (r *ring) sum() int {
	s := 0
	for i := 0; i < r.n; i++ {
		s += r.buf[uint(i)&15]
	}
	return s
}

func histogram(words []string) string {
	var counts [8]int
	for _, w := range words {
		counts[len(w)&7]++
	}
	var sb strings.Builder
	for l, c := range counts {
		if c > 0 {
			fmt.Fprintf(&sb, "%d:%s ", l, strings.Repeat("*", c))
		}
	}
	return sb.String()
}

func main() {
	fmt.Printf("%08x\n", crc32([]byte("hello, world")))
	fmt.Println(countClasses("Hello World 2024"), class('Q'))
	src := []byte{0xde, 0xad, 0xbe, 0xef}
	var out [8]byte
	n := hexEncode(out[:], src)
	fmt.Println(string(out[:n]))

	r := &ring{}
	for i := 1; i <= 20; i++ {
		r.push(i)
	}
	fmt.Println(r.sum(), r.n, r.buf[r.head&15])
	fmt.Println(histogram(strings.Fields("a bb ccc dd e ffff ggggg hh")))
	fmt.Println(crcTable[1]^crcTable[class('a')], hexDigits[class('z')+9])
}
