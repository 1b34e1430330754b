package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
)

type failWriter struct{ after int }

func (w *failWriter) Write(p []byte) (int, error) {
	if len(p) > w.after {
		n := w.after
		w.after = 0
		return n, errors.New("disk full")
	}
	w.after -= len(p)
	return len(p), nil
}

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintf(w, "hello %d\n", 42)
	w.WriteString("buffered: ")
	fmt.Fprintln(w, w.Buffered(), w.Available(), w.Size())
	w.WriteByte('x')
	w.WriteRune('é')
	n, err := w.WriteRune('世')
	fmt.Fprintln(w, n, err)
	w.Write([]byte("bytes\n"))

	var buf bytes.Buffer
	bw := bufio.NewWriterSize(&buf, 16)
	bw.WriteString("0123456789")
	fmt.Fprintln(w, "before flush:", buf.Len(), bw.Buffered())
	bw.WriteString("abcdefghij")
	fmt.Fprintln(w, "after overflow:", buf.Len(), bw.Buffered())
	bw.Write([]byte(strings.Repeat("L", 40)))
	fmt.Fprintln(w, "after big write:", buf.Len(), bw.Buffered())
	bw.Flush()
	fmt.Fprintln(w, buf.String())

	fw := bufio.NewWriterSize(&failWriter{after: 5}, 16)
	fw.WriteString("0123456789")
	fmt.Fprintln(w, "flush:", fw.Flush(), fw.Buffered())
	_, err = fw.WriteString("more")
	fmt.Fprintln(w, "sticky:", err, fw.WriteByte('a'))

	var sb strings.Builder
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("in1\nin2\n")), bufio.NewWriter(&sb))
	line, _ := rw.ReadString('\n')
	rw.WriteString("got " + line)
	rw.Flush()
	fmt.Fprint(w, sb.String())

	var out bytes.Buffer
	cw := bufio.NewWriterSize(&out, 16)
	rn, err := cw.ReadFrom(strings.NewReader(strings.Repeat("r", 50)))
	fmt.Fprintln(w, "readfrom", rn, err, out.Len(), cw.Buffered())
	cw.Flush()
	fmt.Fprintln(w, out.Len())
	fmt.Fprintln(w, bufio.NewWriterSize(cw, 8) == cw, bufio.NewWriterSize(&out, 0).Size())
	cw.Reset(&sb)
	fmt.Fprintln(w, cw.Buffered(), cw.Available())
}
