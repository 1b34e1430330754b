package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

func main() {
	src := "alpha\nbeta\ngamma\ndelta\n"
	// ReadSlice returns a view into the reader's buffer: the next read overwrites it
	r := bufio.NewReaderSize(strings.NewReader(src), 16)
	first, _ := r.ReadSlice('\n')
	saved := append([]byte(nil), first...)
	second, _ := r.ReadSlice('\n')
	fmt.Printf("%q %q %q\n", first, saved, second)
	peek, err := r.Peek(3)
	fmt.Printf("peek %q %v buffered=%d\n", peek, err, r.Buffered())
	n, _ := r.Discard(2)
	rest, _ := io.ReadAll(r)
	fmt.Printf("discarded %d rest %q\n", n, rest)

	// Scanner.Bytes is reused; Text copies
	sc := bufio.NewScanner(strings.NewReader(src))
	var views [][]byte
	var texts []string
	for sc.Scan() {
		views = append(views, sc.Bytes())
		texts = append(texts, sc.Text())
	}
	fmt.Printf("texts %q\n", texts)
	fmt.Printf("last view %q\n", views[len(views)-1])

	// ReadLine with a tiny buffer reports isPrefix
	lr := bufio.NewReaderSize(strings.NewReader("0123456789abcdefghijXYZ\nshort\n"), 16)
	for {
		line, isPrefix, err := lr.ReadLine()
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Printf("line %q prefix=%v\n", line, isPrefix)
	}

	// bytes.Buffer: Bytes aliases, String copies, reads advance
	var b bytes.Buffer
	b.WriteString("hello world")
	view := b.Bytes()
	str := b.String()
	view[0] = 'H'
	fmt.Println(b.String(), str)
	word, _ := b.ReadBytes(' ')
	fmt.Printf("%q %q %d\n", word, b.Bytes(), b.Len())
	c, _ := b.ReadByte()
	b.UnreadByte()
	ru, size, _ := b.ReadRune()
	fmt.Println(string(c), string(ru), size, b.Len())

	var sink bytes.Buffer
	tee := io.TeeReader(strings.NewReader("tee data"), &sink)
	var out strings.Builder
	copied, _ := io.CopyBuffer(&out, tee, make([]byte, 3))
	fmt.Println(copied, out.String(), sink.String())
	mw := io.MultiWriter(&b, &sink)
	fmt.Fprintf(mw, "[%d]", 42)
	fmt.Println(b.String(), sink.String())
	sec := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	part, _ := io.ReadAll(sec)
	fmt.Println(string(part), sec.Size())
	pr, pw := io.Pipe()
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Fprintf(pw, "chunk%d;", i)
		}
		pw.Close()
	}()
	all, err := io.ReadAll(pr)
	fmt.Println(string(all), err)
	lim := io.LimitReader(strings.NewReader("limited reader"), 7)
	lb, _ := io.ReadAll(lim)
	fmt.Printf("%q\n", lb)
}
