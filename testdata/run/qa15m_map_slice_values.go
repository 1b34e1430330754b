package main

import (
	"fmt"
	"sort"
	"strings"
)

type Index struct {
	postings map[string][]int
	docs     []string
}

func (ix *Index) Add(doc string) {
	id := len(ix.docs)
	ix.docs = append(ix.docs, doc)
	if ix.postings == nil {
		ix.postings = make(map[string][]int)
	}
	seen := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(doc)) {
		if seen[w] {
			continue
		}
		seen[w] = true
		ix.postings[w] = append(ix.postings[w], id)
	}
}

func (ix *Index) And(words ...string) []int {
	if len(words) == 0 {
		return nil
	}
	res := ix.postings[words[0]]
	for _, w := range words[1:] {
		other := ix.postings[w]
		var out []int
		i, j := 0, 0
		for i < len(res) && j < len(other) {
			switch {
			case res[i] == other[j]:
				out = append(out, res[i])
				i++
				j++
			case res[i] < other[j]:
				i++
			default:
				j++
			}
		}
		res = out
	}
	return res
}

func (ix *Index) Prune(minDocs int) []string {
	var removed []string
	for w, ids := range ix.postings {
		if len(ids) < minDocs {
			delete(ix.postings, w)
			removed = append(removed, w)
		}
	}
	sort.Strings(removed)
	return removed
}

func main() {
	var ix Index
	for _, d := range []string{
		"the cat sat on the mat",
		"the dog sat",
		"a cat and a dog",
		"the end",
	} {
		ix.Add(d)
	}
	fmt.Println(ix.postings["the"], ix.postings["cat"], ix.postings["sat"])
	fmt.Println(ix.And("the", "sat"), ix.And("cat", "dog"), ix.And("zebra"), ix.And())
	alias := ix.postings["the"]
	alias[0] = 99
	fmt.Println(ix.postings["the"][0])
	grown := append(ix.postings["the"], 100)
	fmt.Println(len(ix.postings["the"]), len(grown))
	fmt.Println(ix.Prune(2), len(ix.postings))
	words := make([]string, 0, len(ix.postings))
	for w := range ix.postings {
		words = append(words, w)
	}
	sort.Strings(words)
	fmt.Println(words)
	groups := map[int][]string{}
	for _, w := range words {
		n := len(ix.postings[w])
		groups[n] = append(groups[n], w)
	}
	fmt.Println(groups)
	counts := map[string]*int{}
	for _, w := range strings.Fields("x y x z x y") {
		if counts[w] == nil {
			counts[w] = new(int)
		}
		*counts[w]++
	}
	fmt.Println(*counts["x"], *counts["y"], *counts["z"])
}
