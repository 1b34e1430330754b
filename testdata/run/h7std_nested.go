// Stdlib types embedded two levels deep, in an unnamed struct converted to
// an interface, and in a generic type.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

type inner struct {
	*os.File
}

type outer struct {
	inner
	tag string
}

type guarded[T any] struct {
	sync.Mutex
	v T
}

func (g *guarded[T]) Set(v T) {
	g.Lock()
	g.v = v
	g.Unlock()
}

type stamped[T any] struct {
	time.Time
	v T
}

func main() {
	var w io.Writer = outer{inner{os.Stdout}, "o"}
	fmt.Fprintln(w, "nested")
	var r io.Reader = struct {
		*strings.Reader
		n int
	}{strings.NewReader("anon"), 1}
	b, _ := io.ReadAll(r)
	fmt.Println(string(b))
	var bw io.Writer = &struct{ bytes.Buffer }{}
	fmt.Fprint(bw, "x")
	g := &guarded[int]{}
	g.Set(3)
	var l sync.Locker = g
	l.Lock()
	l.Unlock()
	s := stamped[string]{time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC), "y2k"}
	var st fmt.Stringer = s
	fmt.Println(st.String(), g.v)
}
