// Embedding strings.Builder, strings.Reader and strings.Replacer.
package main

import (
	"fmt"
	"io"
	"strings"
)

type sb struct {
	strings.Builder
}

type sbP struct {
	*strings.Builder
}

type rd struct {
	*strings.Reader
}

type rdV struct {
	strings.Reader
}

type rep struct {
	*strings.Replacer
}

type repV struct {
	strings.Replacer
}

type replacer interface {
	Replace(string) string
}

func main() {
	b := &sb{}
	var w io.Writer = b
	w.Write([]byte("ab"))
	bp := sbP{new(strings.Builder)}
	w = bp
	io.WriteString(w, "cd")
	var r io.Reader = rd{strings.NewReader("hello")}
	p := make([]byte, 3)
	n, _ := r.Read(p)
	r = &rdV{}
	var rp replacer = rep{strings.NewReplacer("a", "b")}
	var rv replacer = &repV{}
	_ = rv
	fmt.Println(b.String(), bp.String(), n, string(p), rp.Replace("aaa"))
}
