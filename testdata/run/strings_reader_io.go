// strings.Reader: Size, Reset, UnreadByte/UnreadRune errors, Seek, ReadAt, WriteTo (io.Copy uses it).
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := strings.NewReader("héllo world")
	fmt.Println(r.Size(), r.Len())
	c, _ := r.ReadByte()
	fmt.Println(c, r.UnreadByte(), r.UnreadByte(), r.UnreadRune())
	ch, n, _ := r.ReadRune()
	fmt.Println(ch, n, r.UnreadRune(), r.Len())
	pos, err := r.Seek(-5, io.SeekEnd)
	fmt.Println(pos, err)
	buf := make([]byte, 8)
	k, err := r.ReadAt(buf, 7)
	fmt.Printf("%d %v %q\n", k, err, buf[:k])
	_, err = r.Seek(0, 7)
	fmt.Println(err)
	var out bytes.Buffer
	m, err := io.Copy(&out, r)
	fmt.Println(m, err, out.String())
	r.Reset("again\n")
	r.WriteTo(os.Stdout)
	fmt.Println(r.Len())
}
