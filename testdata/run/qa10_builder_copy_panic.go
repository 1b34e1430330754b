// strings.Builder must not be copied after use; bytes.Buffer can be
// copied (sharing storage). A copied Builder panics on write.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

type Report struct {
	title string
	body  strings.Builder
}

func NewReport(title string) *Report {
	r := &Report{title: title}
	r.body.WriteString("# " + title + "\n")
	return r
}

func (r *Report) Line(format string, args ...interface{}) *Report {
	fmt.Fprintf(&r.body, format, args...)
	r.body.WriteByte('\n')
	return r
}

func (r *Report) String() string { return r.body.String() }

func copyBuilder() (err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("recovered: %v", e)
		}
	}()
	var a strings.Builder
	a.WriteString("abc")
	b := a // copy of a non-zero Builder
	b.WriteString("def")
	return nil
}

func main() {
	r := NewReport("memory")
	r.Line("heap objects: %d", 12).Line("stack frames: %d", 3)
	fmt.Print(r)
	fmt.Println(r.body.Len())

	fmt.Println(copyBuilder())

	var z strings.Builder
	z2 := z // copying a zero Builder is allowed
	z2.WriteString("fine")
	fmt.Println(z2.String(), z.Len())

	var buf bytes.Buffer
	buf.WriteString("shared")
	cp := buf
	cp.WriteString("!")
	fmt.Println(buf.String(), cp.String())
	buf.Truncate(3)
	fmt.Println(buf.String(), buf.Len(), buf.Cap() >= 6)
	b := buf.Bytes()
	b[0] = 'S'
	fmt.Println(buf.String())
	next := buf.Next(2)
	fmt.Println(string(next), buf.String())
	buf.Reset()
	fmt.Printf("%q %d\n", buf.String(), buf.Len())
	defer func() { fmt.Println("truncate:", recover()) }()
	buf.Truncate(10)
}
