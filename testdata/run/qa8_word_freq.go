// Word frequencies from a text read with bufio.Scanner: a map[string]*int
// avoids re-storing counts, then a slice of pairs sorted by count.
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity.`

type pair struct {
	word  string
	count int
}

func normalize(w string) string {
	return strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }))
}

func count(src string) map[string]*int {
	counts := map[string]*int{}
	sc := bufio.NewScanner(strings.NewReader(src))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		w := normalize(sc.Text())
		if w == "" {
			continue
		}
		if p, ok := counts[w]; ok {
			*p++
		} else {
			n := 1
			counts[w] = &n
		}
	}
	return counts
}

func top(counts map[string]*int, k int) []pair {
	ps := make([]pair, 0, len(counts))
	for w, c := range counts {
		ps = append(ps, pair{w, *c})
	}
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].count != ps[j].count {
			return ps[i].count > ps[j].count
		}
		return ps[i].word < ps[j].word
	})
	if len(ps) > k {
		ps = ps[:k]
	}
	return ps
}

func lines(src string) []string {
	var out []string
	sc := bufio.NewScanner(strings.NewReader(src))
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out
}

func main() {
	counts := count(text)
	fmt.Println("distinct", len(counts))
	for _, p := range top(counts, 6) {
		fmt.Printf("%-8s %d\n", p.word, p.count)
	}
	ls := lines(text)
	fmt.Println(len(ls), len(ls[0]), strings.Count(text, "was"))
	var w strings.Builder
	bw := bufio.NewWriter(&w)
	for i, l := range ls {
		fmt.Fprintf(bw, "%d: %s\n", i+1, strings.Fields(l)[0])
	}
	fmt.Println("buffered before flush:", w.Len(), bw.Buffered() > 0)
	bw.Flush()
	fmt.Print(w.String())
}
