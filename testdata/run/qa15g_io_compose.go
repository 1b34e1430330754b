package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type rot13 struct{ r io.Reader }

func (x rot13) Read(p []byte) (int, error) {
	n, err := x.r.Read(p)
	for i := 0; i < n; i++ {
		c := p[i]
		switch {
		case c >= 'a' && c <= 'z':
			p[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			p[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

type countWriter struct {
	n     int
	lines int
}

func (c *countWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	c.lines += bytes.Count(p, []byte("\n"))
	return len(p), nil
}

type failAfter struct{ left int }

func (f *failAfter) Write(p []byte) (int, error) {
	if len(p) > f.left {
		n := f.left
		f.left = 0
		return n, errors.New("disk full")
	}
	f.left -= len(p)
	return len(p), nil
}

func main() {
	src := "Hello, Gophers!\nThe quick brown fox.\nThird line here\n"
	var out bytes.Buffer
	cw := &countWriter{}
	n, err := io.Copy(io.MultiWriter(&out, cw), rot13{strings.NewReader(src)})
	fmt.Println(n, err, cw.n, cw.lines)
	fmt.Print(out.String())
	back, _ := io.ReadAll(rot13{&out})
	fmt.Printf("%q\n", back[:15])

	var tee bytes.Buffer
	lr := io.LimitReader(io.TeeReader(strings.NewReader(src), &tee), 20)
	part, err := io.ReadAll(lr)
	fmt.Printf("%q %v tee=%d\n", part, err, tee.Len())

	sr := io.NewSectionReader(strings.NewReader(src), 7, 8)
	b := make([]byte, 5)
	k, err := sr.ReadAt(b, 4)
	fmt.Printf("%q %d %v size=%d\n", b[:k], k, err, sr.Size())

	_, err = io.Copy(&failAfter{10}, strings.NewReader(src))
	fmt.Println("copy:", err)
	_, err = io.ReadFull(strings.NewReader("abc"), make([]byte, 5))
	fmt.Println(err, errors.Is(err, io.ErrUnexpectedEOF))
	_, err = io.ReadAtLeast(strings.NewReader(""), make([]byte, 4), 2)
	fmt.Println(err == io.EOF)

	sc := bufio.NewScanner(strings.NewReader(src))
	sc.Split(bufio.ScanWords)
	words := 0
	var longest string
	for sc.Scan() {
		words++
		if w := sc.Text(); len(w) > len(longest) {
			longest = w
		}
	}
	fmt.Println(words, longest, sc.Err())
	br := bufio.NewReaderSize(strings.NewReader(src), 16)
	line, isPrefix, err := br.ReadLine()
	fmt.Printf("%q %v %v\n", line, isPrefix, err)
	s, err := br.ReadString('.')
	fmt.Printf("%q %v\n", s, err)
	r, sz, _ := br.ReadRune()
	br.UnreadRune()
	peek, _ := br.Peek(4)
	fmt.Printf("%q %d %q %d\n", r, sz, peek, br.Buffered())
	w := bufio.NewWriterSize(&out, 8)
	fmt.Fprintf(w, "%s-%d", "buffered", 42)
	fmt.Println(w.Buffered(), w.Available())
	w.Flush()
	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "through a pipe")
		pw.CloseWithError(errors.New("producer done"))
	}()
	got, err := io.ReadAll(pr)
	fmt.Printf("%q %v\n", got, err)
}
