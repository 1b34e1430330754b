// Embedding *os.File (by pointer) and os.File (by value) in a struct and
// calling through io.Writer / io.StringWriter / io.ReaderFrom; the
// methods Go 1.19's *File has beyond Read and Write (Chmod, SetDeadline,
// SyscallConn, ReadFrom) run too.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type byPtr struct {
	*os.File
	n int
}

type byVal struct {
	os.File
	tag string
}

func (b *byPtr) Write(p []byte) (int, error) {
	b.n += len(p)
	return b.File.Write(p)
}

func main() {
	bp := &byPtr{File: os.Stdout}
	var w io.Writer = bp
	fmt.Fprintf(w, "hello %d\n", 1)
	var sw io.StringWriter = byPtr{File: os.Stdout}
	sw.WriteString("string\n")
	var c io.Closer = &byVal{tag: "v"}
	fmt.Println(c != nil, bp.n, bp.Name())

	f, err := os.CreateTemp("", "h7std")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.Remove(f.Name())
	tf := &byPtr{File: f}
	var rf io.ReaderFrom = tf
	n, err := rf.ReadFrom(strings.NewReader("copied through ReadFrom\n"))
	fmt.Println(n, err)
	fmt.Println(tf.Chmod(0600))
	st, _ := tf.Stat()
	fmt.Println(st.Mode())
	fmt.Println(errors.Is(tf.SetDeadline(st.ModTime()), os.ErrNoDeadline))
	rc, err := tf.SyscallConn()
	fmt.Println(err)
	calls := 0
	rc.Control(func(fd uintptr) { calls++ })
	fmt.Println(calls)
	data, _ := os.ReadFile(f.Name())
	fmt.Print(string(data))
	tf.Close()
	fmt.Println(tf.Chmod(0644) != nil, tf.SetReadDeadline(st.ModTime()))
	var nilf *os.File
	fmt.Println(nilf.Chmod(0644), nilf.SetWriteDeadline(st.ModTime()))
	_, err = nilf.SyscallConn()
	fmt.Println(err)
}
