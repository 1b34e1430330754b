// Embedding an error from fmt.Errorf, io.Writer-style interfaces and
// errors.New values in structs.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

type wrapped struct {
	error
	code int
}

type logw struct {
	io.Writer
	prefix string
}

func (l logw) Write(p []byte) (int, error) {
	l.Writer.Write([]byte(l.prefix))
	return l.Writer.Write(p)
}

type rwc struct {
	io.ReadWriteCloser
}

func main() {
	base := errors.New("base")
	var err error = wrapped{error: fmt.Errorf("ctx: %w", base), code: 2}
	fmt.Println(err.Error(), errors.Is(err, base))
	err = &wrapped{error: base}
	fmt.Println(err)
	var w io.Writer = logw{os.Stdout, "> "}
	fmt.Fprintln(w, "x")
	var cl io.Closer = rwc{}
	fmt.Println(cl != nil)
}
