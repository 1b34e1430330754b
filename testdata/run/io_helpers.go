// io: Discard, Copy via WriterTo/ReaderFrom, MultiWriter, CopyN, TeeReader, LimitReader, ReadAll, NopCloser.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type counter struct{ n int }

func (c *counter) Write(p []byte) (int, error) {
	c.n += len(p)
	return len(p), nil
}

func main() {
	n, err := io.Copy(io.Discard, strings.NewReader(strings.Repeat("x", 100000)))
	fmt.Println(n, err)
	fmt.Fprintf(io.Discard, "%d %s\n", 42, "ignored")
	var a, b bytes.Buffer
	c := &counter{}
	w := io.MultiWriter(&a, &b, c)
	fmt.Fprintf(w, "hello %d\n", 7)
	fmt.Println(a.String() == b.String(), c.n)
	var sink bytes.Buffer
	m, err := io.CopyN(&sink, strings.NewReader("abcdefgh"), 5)
	fmt.Println(m, err, sink.String())
	m, err = io.CopyN(&sink, strings.NewReader("ab"), 5)
	fmt.Println(m, err, sink.String())
	var tee bytes.Buffer
	data, err := io.ReadAll(io.TeeReader(io.LimitReader(strings.NewReader("0123456789"), 4), &tee))
	fmt.Printf("%q %v %q %d\n", data, err, tee.String(), cap(data))
	rc := io.NopCloser(strings.NewReader("z"))
	fmt.Println(rc.Close())
	var wc io.Writer = os.Stdout
	if _, ok := wc.(io.Closer); ok {
		fmt.Println("stdout is a Closer")
	}
	io.WriteString(os.Stdout, "done\n")
}
