// Embedding bufio.Reader, Writer, Scanner and ReadWriter.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

type reader struct {
	*bufio.Reader
}

type readerV struct {
	bufio.Reader
}

type writer struct {
	*bufio.Writer
}

type writerV struct {
	bufio.Writer
}

type scanner struct {
	*bufio.Scanner
	lines int
}

type scannerV struct {
	bufio.Scanner
}

type rw struct {
	*bufio.ReadWriter
}

type rwV struct {
	bufio.ReadWriter
}

type flusher interface{ Flush() error }

func main() {
	var r io.Reader = reader{bufio.NewReader(strings.NewReader("l1\nl2\n"))}
	p := make([]byte, 3)
	n, _ := r.Read(p)
	r = &readerV{}
	w := writer{bufio.NewWriter(os.Stdout)}
	var f flusher = w
	fmt.Fprintln(w, "hi")
	f.Flush()
	f = &writerV{}
	s := &scanner{Scanner: bufio.NewScanner(strings.NewReader("a\nb\n"))}
	for s.Scan() {
		s.lines++
	}
	var _ interface{ Scan() bool } = &scannerV{}
	x := rw{bufio.NewReadWriter(bufio.NewReader(strings.NewReader("q")), bufio.NewWriter(os.Stdout))}
	var _ io.ReadWriter = x
	var _ io.Writer = &rwV{}
	fmt.Println(n, s.lines)
}
