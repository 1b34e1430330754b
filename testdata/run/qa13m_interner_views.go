// A string interner fed from byte slices: lookups use m[string(b)] (no
// allocation in gc), new strings are copied once; tokens are counted by
// interned pointer identity and symbols get dense ids.
package main

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
)

type Interner struct {
	ids   map[string]int
	names []string
	hits  int
}

func NewInterner() *Interner {
	return &Interner{ids: make(map[string]int, 16)}
}

func (in *Interner) ID(b []byte) int {
	if id, ok := in.ids[string(b)]; ok {
		in.hits++
		return id
	}
	s := string(b)
	id := len(in.names)
	in.ids[s] = id
	in.names = append(in.names, s)
	return id
}

func (in *Interner) Name(id int) string { return in.names[id] }

func tokenize(src []byte, f func(tok []byte)) {
	for len(src) > 0 {
		i := bytes.IndexAny(src, " \t\n,.;()")
		if i < 0 {
			f(src)
			return
		}
		if i > 0 {
			f(src[:i])
		}
		if c := src[i]; c == ',' || c == ';' || c == '(' || c == ')' {
			f(src[i : i+1])
		}
		src = src[i+1:]
	}
}

type count struct {
	id, n int
}

func main() {
	src := []byte(`func main() { x := make([]byte, n); y := append(x, x...); fmt.Println(len(x), len(y)) }
func helper(a, b int) (int, error) { return a + b, nil }`)
	in := NewInterner()
	freq := map[int]int{}
	var seq []int
	tokenize(src, func(tok []byte) {
		id := in.ID(bytes.ToLower(tok))
		freq[id]++
		seq = append(seq, id)
	})
	fmt.Println("tokens:", len(seq), "unique:", len(in.names), "hits:", in.hits)
	var cs []count
	for id, n := range freq {
		cs = append(cs, count{id, n})
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].n != cs[j].n {
			return cs[i].n > cs[j].n
		}
		return cs[i].id < cs[j].id
	})
	for _, c := range cs[:6] {
		fmt.Printf("%-8q %d\n", in.Name(c.id), c.n)
	}
	var sb strings.Builder
	for _, id := range seq[:12] {
		sb.WriteString(in.Name(id))
		sb.WriteByte(' ')
	}
	fmt.Println(strings.TrimSpace(sb.String()))
	a := in.Name(in.ID([]byte("func")))
	b := in.Name(in.ID([]byte("func")))
	fmt.Println(a == b, in.ID([]byte("brand-new")), len(in.names))
}
