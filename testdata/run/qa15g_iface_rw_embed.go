package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type Reader interface{ Read(p []byte) (int, error) }
type Writer interface{ Write(p []byte) (int, error) }
type Closer interface{ Close() error }
type ReadWriter interface {
	Reader
	Writer
}
type ReadWriteCloser interface {
	ReadWriter
	Closer
}

// pipe is an in-memory ReadWriteCloser.
type pipe struct {
	buf    []byte
	closed bool
	name   string
}

func (p *pipe) Write(b []byte) (int, error) {
	if p.closed {
		return 0, errors.New(p.name + ": write after close")
	}
	p.buf = append(p.buf, b...)
	return len(b), nil
}

func (p *pipe) Read(b []byte) (int, error) {
	if len(p.buf) == 0 {
		if p.closed {
			return 0, io.EOF
		}
		return 0, nil
	}
	n := copy(b, p.buf)
	p.buf = p.buf[n:]
	return n, nil
}

func (p *pipe) Close() error { p.closed = true; return nil }

// upper wraps a Writer and embeds it, overriding Write.
type upper struct{ Writer }

func (u upper) Write(b []byte) (int, error) {
	return u.Writer.Write([]byte(strings.ToUpper(string(b))))
}

type counting struct {
	ReadWriter
	reads, writes int
}

func (c *counting) Read(b []byte) (int, error) { c.reads++; return c.ReadWriter.Read(b) }

func describe(v any) string {
	switch x := v.(type) {
	case ReadWriteCloser:
		return fmt.Sprintf("%T: read-write-closer", x)
	case ReadWriter:
		return fmt.Sprintf("%T: read-writer", x)
	case Reader, Writer:
		return fmt.Sprintf("%T: one-way", x)
	case nil:
		return "nil"
	default:
		return fmt.Sprintf("%T: not io", x)
	}
}

func drain(r Reader) string {
	var sb strings.Builder
	b := make([]byte, 4)
	for i := 0; i < 20; i++ {
		n, err := r.Read(b)
		sb.Write(b[:n])
		if err != nil {
			sb.WriteString("|" + err.Error())
			break
		}
		if n == 0 {
			break
		}
	}
	return sb.String()
}

func main() {
	p := &pipe{name: "p1"}
	var w Writer = upper{p}
	fmt.Fprintf(w, "hello %s, %d\n", "gopher", 42)
	c := &counting{ReadWriter: p}
	fmt.Printf("%q reads=%d\n", drain(c), c.reads)
	p.Close()
	_, err := w.Write([]byte("late"))
	fmt.Println("err:", err)
	fmt.Printf("%q\n", drain(p))
	for _, v := range []any{p, c, upper{p}, strings.NewReader("x"), *p, nil, w} {
		fmt.Println(describe(v))
	}
	var rw ReadWriter = c
	if _, ok := rw.(Closer); !ok {
		fmt.Println("counting is not a Closer (its embedded field is a ReadWriter)")
	}
	rwc, ok := rw.(ReadWriteCloser)
	fmt.Println(rwc == nil, ok)
}
