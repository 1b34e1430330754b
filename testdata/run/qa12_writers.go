// io.Writer implementations chained together: a counting writer, an
// upper-casing writer, a line prefixer, io.MultiWriter, bufio.Writer,
// io.Copy from a TeeReader and a LimitReader.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
)

type CountingWriter struct {
	W     io.Writer
	N     int64
	Calls int
}

func (c *CountingWriter) Write(p []byte) (int, error) {
	n, err := c.W.Write(p)
	c.N += int64(n)
	c.Calls++
	return n, err
}

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	q := bytes.Map(unicode.ToUpper, p)
	if _, err := u.w.Write(q); err != nil {
		return 0, err
	}
	return len(p), nil
}

type Prefixer struct {
	w       io.Writer
	prefix  string
	atStart bool
}

func NewPrefixer(w io.Writer, prefix string) *Prefixer {
	return &Prefixer{w: w, prefix: prefix, atStart: true}
}

func (p *Prefixer) Write(b []byte) (n int, err error) {
	for len(b) > 0 {
		if p.atStart {
			if _, err = io.WriteString(p.w, p.prefix); err != nil {
				return
			}
			p.atStart = false
		}
		i := bytes.IndexByte(b, '\n')
		chunk := b
		if i >= 0 {
			chunk = b[:i+1]
			p.atStart = true
		}
		var m int
		m, err = p.w.Write(chunk)
		n += m
		if err != nil {
			return
		}
		b = b[len(chunk):]
	}
	return
}

type errWriter struct{ after int }

func (e *errWriter) Write(p []byte) (int, error) {
	if e.after <= 0 {
		return 0, io.ErrShortWrite
	}
	e.after--
	return len(p), nil
}

type rot13 struct{ r io.Reader }

func (r rot13) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
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

func main() {
	var out, copyBuf bytes.Buffer
	cw := &CountingWriter{W: &out}
	pre := NewPrefixer(cw, "> ")
	mw := io.MultiWriter(pre, upper{&copyBuf})
	bw := bufio.NewWriterSize(mw, 16)
	fmt.Fprintf(bw, "hello %s\nsecond line %d\n", "world", 2)
	bw.WriteString("partial ")
	bw.WriteRune('é')
	bw.WriteByte('\n')
	fmt.Println("buffered before flush:", bw.Buffered())
	if err := bw.Flush(); err != nil {
		fmt.Println("flush:", err)
	}
	fmt.Print(out.String())
	fmt.Print(copyBuf.String())
	fmt.Println("count", cw.N, "calls>0", cw.Calls > 0)

	var teeBuf strings.Builder
	src := io.TeeReader(rot13{strings.NewReader("Uryyb, Tbcuref! This is rot13.")}, &teeBuf)
	var dst bytes.Buffer
	n, err := io.Copy(&dst, io.LimitReader(src, 15))
	fmt.Printf("copied %d %v %q tee=%q\n", n, err, dst.String(), teeBuf.String())

	ew := &errWriter{after: 1}
	bw2 := bufio.NewWriterSize(ew, 4)
	_, err1 := bw2.WriteString("abcd")
	_, err2 := bw2.WriteString("efgh")
	_, err3 := bw2.WriteString("ijkl")
	fmt.Println(err1, err2, err3, bw2.Flush())

	var w io.Writer = cw
	if sw, ok := w.(io.StringWriter); ok {
		sw.WriteString("never")
	} else {
		fmt.Println("CountingWriter is not a StringWriter")
	}
	var sb strings.Builder
	w = &sb
	if sw, ok := w.(io.StringWriter); ok {
		sw.WriteString("builder writes strings")
	}
	fmt.Println(sb.String(), sb.Len())
	r := bufio.NewReader(strings.NewReader("k1=v1\nk2=v2\nlast"))
	for {
		line, err := r.ReadString('\n')
		k, v, _ := strings.Cut(strings.TrimSuffix(line, "\n"), "=")
		fmt.Printf("[%s:%s]", k, v)
		if err == io.EOF {
			break
		}
	}
	fmt.Println()
}
