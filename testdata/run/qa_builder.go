package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	fmt.Println(sb.Len(), sb.Cap())
	sb.Grow(64)
	fmt.Println(sb.Len(), sb.Cap() >= 64)
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d,", i)
	}
	sb.WriteByte('!')
	sb.WriteRune('é')
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	fmt.Println(sb.Len(), sb.String() == "")

	var buf bytes.Buffer
	buf.WriteString("hello")
	buf.Write([]byte(" world"))
	fmt.Println(buf.Len(), buf.String())
	p := make([]byte, 5)
	n, err := buf.Read(p)
	fmt.Println(n, err, string(p), buf.String())
	b, _ := buf.ReadByte()
	fmt.Printf("%c %q\n", b, buf.String())
	buf.Truncate(2)
	fmt.Printf("%q\n", buf.Bytes())
	nb := bytes.NewBufferString("line1\nline2\nline3")
	for {
		line, err := nb.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	words := strings.Fields("  the quick  brown fox ")
	fmt.Println(strings.Join(words, "_"), len(words))
	fmt.Println(strings.Repeat("ab", 3), strings.ToUpper("go"), strings.Title("x"))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Contains([]byte("seafood"), []byte("foo")))
	r := strings.NewReplacer("a", "1", "b", "2")
	fmt.Println(r.Replace("abcab"))
}
