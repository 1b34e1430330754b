// Wrapping standard I/O types by embedding: a counting reader around
// *strings.Reader, a buffer with a name around *bytes.Buffer, a line
// writer around *bufio.Writer; each used through io interfaces.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

type CountingReader struct {
	*strings.Reader
	reads int
}

func (c *CountingReader) Read(p []byte) (int, error) {
	c.reads++
	return c.Reader.Read(p)
}

type NamedBuffer struct {
	*bytes.Buffer
	Name string
}

type LineWriter struct {
	*bufio.Writer
	lines int
}

func (lw *LineWriter) Line(s string) {
	lw.lines++
	lw.WriteString(s)
	lw.WriteByte('\n')
}

func drain(r io.Reader, chunk int) (int, error) {
	buf := make([]byte, chunk)
	total := 0
	for {
		n, err := r.Read(buf)
		total += n
		if err == io.EOF {
			return total, nil
		}
		if err != nil {
			return total, err
		}
	}
}

func describe(v any) string {
	var parts []string
	if _, ok := v.(io.Reader); ok {
		parts = append(parts, "Reader")
	}
	if _, ok := v.(io.Writer); ok {
		parts = append(parts, "Writer")
	}
	if _, ok := v.(io.ByteScanner); ok {
		parts = append(parts, "ByteScanner")
	}
	if _, ok := v.(fmt.Stringer); ok {
		parts = append(parts, "Stringer")
	}
	return strings.Join(parts, "+")
}

func main() {
	cr := &CountingReader{Reader: strings.NewReader("the quick brown fox jumps")}
	n, err := drain(cr, 4)
	fmt.Println("read", n, err, "in", cr.reads, "calls")

	nb := NamedBuffer{Buffer: new(bytes.Buffer), Name: "scratch"}
	var w io.Writer = nb
	fmt.Fprintf(w, "%s has %d bytes", nb.Name, 0)
	var sw io.StringWriter = nb
	sw.WriteString("!")
	fmt.Println(nb.String(), nb.Len())
	line, err := nb.ReadString(' ')
	fmt.Printf("%q %v rest=%q\n", line, err, nb.String())

	var out bytes.Buffer
	lw := &LineWriter{Writer: bufio.NewWriterSize(&out, 16)}
	for i := 0; i < 3; i++ {
		lw.Line(fmt.Sprintf("line %d of the log", i))
	}
	lw.Flush()
	fmt.Print(out.String())
	fmt.Println(lw.lines, "lines,", out.Len(), "bytes")

	fmt.Println(describe(cr), "|", describe(nb), "|", describe(lw), "|", describe(&out))
	var rs io.ReadSeeker = cr
	rs.Seek(4, io.SeekStart)
	rest, _ := io.ReadAll(rs)
	fmt.Println(string(rest))
}
