// A string table: every distinct string stored once in one []byte, referred
// to by (offset, length) handles; lookups through a map keyed by string(b).
package main

import (
	"fmt"
	"strings"
)

type StrRef struct {
	off, n uint32
}

type Table struct {
	data  []byte
	index map[string]StrRef
	hits  int
}

func NewTable(capacity int) *Table {
	return &Table{data: make([]byte, 0, capacity), index: make(map[string]StrRef)}
}

func (t *Table) InternBytes(b []byte) StrRef {
	if r, ok := t.index[string(b)]; ok { // no allocation for the lookup
		t.hits++
		return r
	}
	r := StrRef{uint32(len(t.data)), uint32(len(b))}
	t.data = append(t.data, b...)
	t.index[string(b)] = r
	return r
}

func (t *Table) Intern(s string) StrRef {
	if r, ok := t.index[s]; ok {
		t.hits++
		return r
	}
	r := StrRef{uint32(len(t.data)), uint32(len(s))}
	t.data = append(t.data, s...)
	t.index[s] = r
	return r
}

func (t *Table) Bytes(r StrRef) []byte { return t.data[r.off : r.off+r.n : r.off+r.n] }
func (t *Table) String(r StrRef) string { return string(t.Bytes(r)) }

func (t *Table) Equal(a StrRef, s string) bool { return string(t.Bytes(a)) == s }

func tokenize(t *Table, text string) []StrRef {
	var refs []StrRef
	start := -1
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == ' ' || text[i] == ',' {
			if start >= 0 {
				refs = append(refs, t.InternBytes([]byte(text[start:i])))
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return refs
}

func main() {
	t := NewTable(64)
	refs := tokenize(t, "to be, or not to be, that is the question")
	fmt.Println(len(refs), "tokens,", len(t.index), "distinct,", t.hits, "hits,", len(t.data), "bytes")
	var parts []string
	for _, r := range refs {
		parts = append(parts, fmt.Sprintf("%d+%d", r.off, r.n))
	}
	fmt.Println(strings.Join(parts, " "))
	fmt.Println(t.String(refs[5]), t.Equal(refs[0], "to"), t.Equal(refs[1], "to"))
	b := t.Bytes(refs[2])
	b = append(b, "!!"...) // full slice expression: the append copies
	fmt.Println(string(b), t.String(refs[2]), string(t.data[:12]))
	r1 := t.Intern("question")
	r2 := t.Intern("answer")
	fmt.Println(r1 == refs[len(refs)-1], r2, cap(t.data) >= len(t.data))
}
