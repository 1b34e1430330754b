// A mini template engine: a lexer over []byte(src), tokens pointing into
// the source, variables captured by reference in closures, addresses of
// range variables kept in a slice, and self-assignments of buffers.
package main

import (
	"fmt"
	"strings"
)

type tokKind uint8

const (
	tText tokKind = iota
	tVar
)

type token struct {
	kind tokKind
	text []byte
}

type lexer struct {
	src  []byte
	pos  int
	toks []token
	buf  []byte
}

func (l *lexer) run() []token {
	for l.pos < len(l.src) {
		start := strings.Index(string(l.src[l.pos:]), "{{")
		if start < 0 {
			l.toks = append(l.toks, token{tText, l.src[l.pos:]})
			break
		}
		if start > 0 {
			l.toks = append(l.toks, token{tText, l.src[l.pos : l.pos+start]})
		}
		end := strings.Index(string(l.src[l.pos+start:]), "}}")
		if end < 0 {
			l.toks = append(l.toks, token{tText, l.src[l.pos+start:]})
			break
		}
		name := l.src[l.pos+start+2 : l.pos+start+end]
		l.toks = append(l.toks, token{tVar, name})
		l.pos += start + end + 2
	}
	return l.toks
}

func (l *lexer) reset() {
	l.buf = l.buf[:0]
	l.toks = l.toks[:0]
	l.pos = 0
}

func render(src string, vars map[string]string) (string, int) {
	l := &lexer{src: []byte(src)}
	missing := 0
	lookup := func(name string) string {
		v, ok := vars[strings.TrimSpace(name)]
		if !ok {
			missing++
			return "<" + name + ">"
		}
		return v
	}
	var sb strings.Builder
	for _, t := range l.run() {
		if t.kind == tVar {
			sb.WriteString(lookup(string(t.text)))
		} else {
			sb.Write(t.text)
		}
	}
	l.reset()
	return sb.String(), missing
}

type field struct {
	name  string
	width int
}

func widest(fields []field) *field {
	var best *field
	for i := range fields {
		if best == nil || fields[i].width > best.width {
			best = &fields[i]
		}
	}
	return best
}

func collect(names []string) []*string {
	var ptrs []*string
	for _, n := range names {
		n := n
		ptrs = append(ptrs, &n)
	}
	return ptrs
}

func counterPair() (inc func(), read func() int) {
	n := 0
	inc = func() { n++ }
	read = func() int { return n }
	return
}

func main() {
	out, miss := render("Hello {{ name }}, you have {{count}} new {{ what }}.", map[string]string{"name": "Ann", "count": "3"})
	fmt.Println(out, miss)
	out, miss = render("no vars, {{broken", nil)
	fmt.Println(out, miss)

	fs := []field{{"id", 4}, {"description", 20}, {"qty", 5}}
	w := widest(fs)
	w.width = 30
	fmt.Println(fs[1], w.name)

	ps := collect([]string{"a", "b"})
	*ps[0] = "changed"
	fmt.Println(*ps[0], *ps[1], len(ps))

	inc, read := counterPair()
	for i := 0; i < 4; i++ {
		inc()
	}
	fmt.Println(read())

	key := []byte("count")
	m := map[string]int{"count": 9}
	fmt.Println(m[string(key)])
	for i, c := range []byte("hey") {
		fmt.Print(i, ":", string(rune(c)), " ")
	}
	fmt.Println()
}
