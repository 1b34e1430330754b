// Embedding io's concrete types: *io.SectionReader, io.LimitedReader,
// *io.PipeReader / *io.PipeWriter, and io.Reader/io.Writer interfaces.
package main

import (
	"fmt"
	"io"
	"strings"
)

type section struct {
	*io.SectionReader
}

type limited struct {
	io.LimitedReader
}

type pipeR struct {
	*io.PipeReader
}

type pipeW struct {
	*io.PipeWriter
}

type rw struct {
	io.Reader
	io.Writer
}

func feed(pw *io.PipeWriter) {
	var w io.WriteCloser = pipeW{pw}
	w.Write([]byte("piped"))
	w.Close()
}

func main() {
	src := strings.NewReader("0123456789")
	var r io.Reader = section{io.NewSectionReader(src, 2, 5)}
	b, _ := io.ReadAll(r)
	fmt.Println(string(b))
	r = &limited{io.LimitedReader{R: strings.NewReader("abcdef"), N: 3}}
	b, _ = io.ReadAll(r)
	fmt.Println(string(b))
	pr, pw := io.Pipe()
	go feed(pw)
	var rc io.ReadCloser = pipeR{pr}
	b, _ = io.ReadAll(rc)
	fmt.Println(string(b))
	var sb strings.Builder
	var x io.ReadWriter = rw{strings.NewReader("q"), &sb}
	x.Write([]byte("w"))
	fmt.Println(sb.String())
}
