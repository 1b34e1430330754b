// A hexdump written into a bytes.Buffer, then read back with ReadBytes;
// Truncate, Next and UnreadByte on the same buffer.
package main

import (
	"bytes"
	"fmt"
)

const hexdigits = "0123456789abcdef"

func hexdump(data []byte) *bytes.Buffer {
	var out bytes.Buffer
	for off := 0; off < len(data); off += 8 {
		end := off + 8
		if end > len(data) {
			end = len(data)
		}
		fmt.Fprintf(&out, "%04x ", off)
		for i := off; i < off+8; i++ {
			if i < end {
				out.WriteByte(hexdigits[data[i]>>4])
				out.WriteByte(hexdigits[data[i]&15])
				out.WriteByte(' ')
			} else {
				out.WriteString("   ")
			}
		}
		out.WriteByte('|')
		for _, c := range data[off:end] {
			if c < 32 || c > 126 {
				c = '.'
			}
			out.WriteByte(c)
		}
		out.WriteString("|\n")
	}
	return &out
}

func main() {
	data := []byte("Hello, heap!\x00\x01\x02 stack frames\n")
	buf := hexdump(data)
	fmt.Print(buf.String())
	lines := 0
	for {
		l, err := buf.ReadBytes('\n')
		if len(l) > 0 {
			lines++
		}
		if err != nil {
			break
		}
	}
	fmt.Println("lines:", lines, "left:", buf.Len())

	var b bytes.Buffer
	b.WriteString("abcdefghij")
	fmt.Printf("%s\n", b.Next(3))
	c, _ := b.ReadByte()
	fmt.Println(string(c), b.UnreadByte(), b.String())
	b.Truncate(2)
	fmt.Println(b.String(), b.Len())
	b.Reset()
	b.Write([]byte{'x', 'y'})
	fmt.Println(b.String(), bytes.Equal(b.Bytes(), []byte("xy")))
}
