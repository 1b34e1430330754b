// bytes: Buffer.ReadString/ReadBytes/Unread*/ReadFrom, the strings-mirroring functions, bytes.Reader.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

func main() {
	var nb bytes.Buffer
	nb.WriteString("line1\nline2\nline3")
	for {
		line, err := nb.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	b := bytes.NewBufferString("héllo, wörld\n")
	r, n, _ := b.ReadRune()
	fmt.Println(r, n, b.UnreadRune(), b.UnreadRune(), b.Len())
	c, _ := b.ReadByte()
	fmt.Println(c, b.UnreadByte(), b.UnreadByte())
	bs, err := b.ReadBytes(',')
	fmt.Printf("%q %v %d\n", bs, err, b.Len())
	var rb bytes.Buffer
	m, err := rb.ReadFrom(strings.NewReader(strings.Repeat("abc", 300)))
	fmt.Println(m, err, rb.Len(), rb.Cap())
	s := []byte("  xxHello, Gophers! Hello!xx  ")
	fmt.Println(bytes.LastIndex(s, []byte("Hello")), bytes.IndexRune(s, 'G'), bytes.Count(s, []byte("l")), bytes.Count(s, nil))
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.ContainsAny(s, "!?"), bytes.ContainsRune(s, 'z'), bytes.IndexAny(s, "GH"), bytes.LastIndexByte(s, 'x'))
	fmt.Printf("%q %q %q\n", bytes.TrimSpace(s), bytes.Trim(s, " x"), bytes.TrimLeft(s, " "))
	fmt.Printf("%q %q\n", bytes.TrimRight(s, " x"), bytes.TrimFunc(s, func(r rune) bool { return r == ' ' || r == 'x' }))
	fmt.Printf("%q %q\n", bytes.TrimPrefix([]byte("prefix-body"), []byte("prefix-")), bytes.TrimSuffix([]byte("body.go"), []byte(".go")))
	fmt.Printf("%q %q\n", bytes.Replace(s, []byte("Hello"), []byte("Bye"), 1), bytes.ReplaceAll([]byte("aaa"), []byte("a"), []byte("bb")))
	before, after, found := bytes.Cut([]byte("key=value"), []byte("="))
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Println(bytes.Runes([]byte("héllo")), string(bytes.ToUpper([]byte("héllo"))), string(bytes.ToLower([]byte("HÉLLO"))))
	fmt.Printf("%q\n", bytes.Fields([]byte(" a  b c ")))
	fmt.Println(bytes.Index([]byte("chicken"), []byte("ken")), bytes.Trim(nil, "x") == nil, bytes.Trim([]byte("xx"), "x") == nil)
	rd := bytes.NewReader([]byte("héllo"))
	buf := make([]byte, 2)
	k, err := rd.Read(buf)
	fmt.Println(k, err, buf, rd.Len(), rd.Size())
	ch, sz, err := rd.ReadRune()
	fmt.Println(ch, sz, err, rd.UnreadRune(), rd.UnreadRune())
	rest, err := io.ReadAll(rd)
	fmt.Printf("%q %v\n", rest, err)
}
