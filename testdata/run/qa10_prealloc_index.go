// Building an index from words to positions with preallocated maps and
// slices: make(map, hint), make([]T, 0, n) and counting passes first.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Posting struct {
	Doc, Pos int
}

type Index struct {
	terms    map[string][]Posting
	docLens  []int
	numTerms int
}

func tokenize(s string) []string {
	f := strings.Fields(strings.ToLower(s))
	out := f[:0]
	for _, w := range f {
		w = strings.Trim(w, ".,;!?")
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

func Build(docs []string) *Index {
	toks := make([][]string, len(docs))
	counts := make(map[string]int, 64)
	total := 0
	for i, d := range docs {
		toks[i] = tokenize(d)
		for _, t := range toks[i] {
			counts[t]++
		}
		total += len(toks[i])
	}
	idx := &Index{
		terms:    make(map[string][]Posting, len(counts)),
		docLens:  make([]int, len(docs)),
		numTerms: total,
	}
	for t, n := range counts {
		idx.terms[t] = make([]Posting, 0, n)
	}
	for i, ts := range toks {
		idx.docLens[i] = len(ts)
		for p, t := range ts {
			idx.terms[t] = append(idx.terms[t], Posting{i, p})
		}
	}
	return idx
}

func (ix *Index) Lookup(term string) []Posting {
	return ix.terms[strings.ToLower(term)]
}

func (ix *Index) Top(n int) []string {
	keys := make([]string, 0, len(ix.terms))
	for k := range ix.terms {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := len(ix.terms[keys[i]]), len(ix.terms[keys[j]])
		if a != b {
			return a > b
		}
		return keys[i] < keys[j]
	})
	if len(keys) > n {
		keys = keys[:n]
	}
	return keys
}

func main() {
	docs := []string{
		"The heap grows. The stack grows too!",
		"Escape analysis decides: heap or stack?",
		"A pointer that escapes lives on the heap.",
		"Small values stay on the stack.",
	}
	ix := Build(docs)
	fmt.Println("terms:", len(ix.terms), "tokens:", ix.numTerms)
	fmt.Println("lens:", ix.docLens)
	for _, w := range []string{"heap", "STACK", "pointer", "gc"} {
		ps := ix.Lookup(w)
		fmt.Printf("%s: %v (len %d cap %d)\n", w, ps, len(ps), cap(ps))
	}
	fmt.Println(ix.Top(5))
}
