package main

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
)

type Sym int32

type Interner struct {
	ids   map[string]Sym
	names []string
	bytes int
}

func NewInterner() *Interner {
	return &Interner{ids: make(map[string]Sym, 64)}
}

// Intern takes a byte slice; the map lookup with string(b) does not copy.
func (in *Interner) Intern(b []byte) Sym {
	if id, ok := in.ids[string(b)]; ok {
		return id
	}
	s := string(b)
	id := Sym(len(in.names))
	in.ids[s] = id
	in.names = append(in.names, s)
	in.bytes += len(s)
	return id
}

func (in *Interner) Name(s Sym) string { return in.names[s] }

type Posting struct {
	Doc  int
	Freq int
}

type Index struct {
	in    *Interner
	lists map[Sym][]Posting
}

func (ix *Index) Add(doc int, text []byte) {
	counts := map[Sym]int{}
	for _, w := range bytes.FieldsFunc(text, func(r rune) bool { return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') }) {
		w = bytes.ToLower(w)
		counts[ix.in.Intern(w)]++
	}
	syms := make([]Sym, 0, len(counts))
	for s := range counts {
		syms = append(syms, s)
	}
	sort.Slice(syms, func(i, j int) bool { return syms[i] < syms[j] })
	for _, s := range syms {
		ix.lists[s] = append(ix.lists[s], Posting{doc, counts[s]})
	}
}

func (ix *Index) Query(word string) []Posting {
	id, ok := ix.in.ids[strings.ToLower(word)]
	if !ok {
		return nil
	}
	return ix.lists[id]
}

func main() {
	docs := [][]byte{
		[]byte("The cat sat. The cat ran!"),
		[]byte("A dog and a cat; the DOG barked."),
		[]byte("Birds fly; cats and dogs do not."),
	}
	ix := &Index{in: NewInterner(), lists: map[Sym][]Posting{}}
	for i, d := range docs {
		ix.Add(i, d)
	}
	fmt.Println("symbols", len(ix.in.names), "bytes", ix.in.bytes)
	for _, q := range []string{"the", "cat", "Dog", "cats", "fish"} {
		fmt.Printf("%-5s %v\n", q, ix.Query(q))
	}
	// mutate the source buffer: interned strings are copies
	copy(docs[0], "XXX")
	fmt.Println(ix.in.Name(0), string(docs[0][:7]))
	var names []string
	for s := Sym(0); int(s) < len(ix.in.names); s++ {
		names = append(names, fmt.Sprintf("%d:%s", s, ix.in.Name(s)))
	}
	fmt.Println(strings.Join(names, " "))

	// the same word interned from different buffers gets one id
	a := ix.in.Intern([]byte("bird"))
	b := ix.in.Intern(append([]byte("bi"), "rd"...))
	fmt.Println(a == b, ix.in.Name(a))
	key := []byte("cat")
	fmt.Println(ix.in.ids[string(key)], len(ix.lists[ix.in.ids["cat"]]))
}
