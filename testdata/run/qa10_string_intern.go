// Interning strings read from byte slices: the map lookup m[string(b)]
// does not allocate, only new strings are copied into the table.
package main

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
)

type Interner struct {
	table map[string]string
	bytes int
}

func NewInterner() *Interner {
	return &Interner{table: make(map[string]string, 32)}
}

func (in *Interner) Bytes(b []byte) string {
	if s, ok := in.table[string(b)]; ok {
		return s
	}
	s := string(b)
	in.table[s] = s
	in.bytes += len(s)
	return s
}

func (in *Interner) String(s string) string {
	if t, ok := in.table[s]; ok {
		return t
	}
	in.table[s] = s
	in.bytes += len(s)
	return s
}

type Token struct {
	Kind string
	Text string
}

func lex(src []byte, in *Interner) []Token {
	var toks []Token
	for _, f := range bytes.FieldsFunc(src, func(r rune) bool { return r == ' ' || r == '\n' || r == ',' }) {
		kind := "ident"
		switch {
		case f[0] >= '0' && f[0] <= '9':
			kind = "number"
		case bytes.Equal(f, []byte("if")), bytes.Equal(f, []byte("for")), bytes.Equal(f, []byte("return")):
			kind = "keyword"
		}
		toks = append(toks, Token{in.String(kind), in.Bytes(f)})
	}
	return toks
}

func main() {
	in := NewInterner()
	src := []byte("if x for y, return x\nx y 10 20 10 if z")
	toks := lex(src, in)
	fmt.Println(len(toks), len(in.table), in.bytes)
	for _, t := range toks[:5] {
		fmt.Printf("%s:%s ", t.Kind, t.Text)
	}
	fmt.Println()
	counts := map[string]int{}
	for _, t := range toks {
		counts[t.Text]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&sb, "%s=%d ", k, counts[k])
	}
	fmt.Println(sb.String())
	a := in.Bytes([]byte("x"))
	b := in.String(strings.ToLower("X"))
	fmt.Println(a == b, len(in.table))
	src[0] = 'I' // interned strings are copies, unaffected
	fmt.Println(toks[0].Text)
}
