package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type slowReader struct {
	s string
	i int
}

// Read returns at most 3 bytes at a time.
func (r *slowReader) Read(p []byte) (int, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	n := copy(p, r.s[r.i:min3(len(r.s), r.i+3)])
	r.i += n
	return n, nil
}

func min3(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func main() {
	r := bufio.NewReader(strings.NewReader("line one\nline two\r\nlast"))
	for {
		s, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", s, err)
		if err != nil {
			break
		}
	}

	r = bufio.NewReaderSize(&slowReader{s: "0123456789abcdefghijklmnopqrstuvwxyz\r\nshort\nend"}, 16)
	fmt.Println("size", r.Size())
	for {
		line, isPrefix, err := r.ReadLine()
		if err != nil {
			fmt.Println("ReadLine err:", err)
			break
		}
		fmt.Printf("%q prefix=%v\n", line, isPrefix)
	}

	r = bufio.NewReader(strings.NewReader("héllo wörld"))
	p, err := r.Peek(3)
	fmt.Printf("peek %q %v buffered=%d\n", p, err, r.Buffered())
	b, _ := r.ReadByte()
	fmt.Printf("byte %c\n", b)
	fmt.Println("unread", r.UnreadByte(), r.UnreadByte())
	for i := 0; i < 3; i++ {
		ru, size, err := r.ReadRune()
		fmt.Printf("rune %q %d %v\n", ru, size, err)
	}
	fmt.Println("unreadrune", r.UnreadRune(), r.UnreadRune())
	buf := make([]byte, 4)
	n, err := r.Read(buf)
	fmt.Printf("read %d %q %v\n", n, buf[:n], err)
	d, err := r.Discard(2)
	fmt.Println("discard", d, err)
	rest, err := io.ReadAll(r)
	fmt.Printf("rest %q %v\n", rest, err)
	_, _, err = r.ReadRune()
	fmt.Println("at end:", err)
	_, err = r.ReadByte()
	fmt.Println("at end:", err)

	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("z", 40)), 16)
	p, err = r.Peek(20)
	fmt.Println(len(p), err)
	_, err = r.Peek(-1)
	fmt.Println(err)
	sl, err := r.ReadSlice('!')
	fmt.Println(len(sl), err)
	bs, err := r.ReadBytes('!')
	fmt.Println(len(bs), err)

	// NewReaderSize on a Reader that is big enough returns it
	r2 := bufio.NewReaderSize(r, 8)
	fmt.Println(r2 == r)

	r.Reset(bytes.NewBufferString("reset data\n"))
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)

	var sb strings.Builder
	r = bufio.NewReader(strings.NewReader("copied through WriteTo"))
	r.ReadByte()
	wn, err := r.WriteTo(&sb)
	fmt.Println(wn, err, sb.String())

	f, err := os.Open("std_bufio_reader.go")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	fr := bufio.NewReader(f)
	lines := 0
	for {
		_, err := fr.ReadString('\n')
		if err == io.EOF {
			break
		}
		lines++
	}
	fmt.Println("lines in source:", lines)
	fmt.Println(bufio.ErrBufferFull, bufio.ErrNegativeCount, bufio.ErrInvalidUnreadByte, bufio.ErrInvalidUnreadRune)
}
