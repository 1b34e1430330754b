package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `The quick brown fox jumps over the lazy dog.
The dog, being lazy, did not react; the fox was QUICK!
A fox is a fox, and a dog is a dog -- or so they say.`

type WordCount struct {
	Word  string
	Count int
}

func normalize(w string) string {
	w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
	return strings.ToLower(w)
}

func countWords(s string) map[string]int {
	counts := make(map[string]int)
	for _, f := range strings.Fields(s) {
		w := normalize(f)
		if w == "" {
			continue
		}
		counts[w]++
	}
	return counts
}

func topN(counts map[string]int, n int) []WordCount {
	list := make([]WordCount, 0, len(counts))
	for w, c := range counts {
		list = append(list, WordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})
	if len(list) > n {
		list = list[:n]
	}
	return list
}

func lineStats(s string) {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		words := len(strings.Fields(l))
		upper := 0
		for _, r := range l {
			if unicode.IsUpper(r) {
				upper++
			}
		}
		fmt.Printf("line %d: %2d words, %2d chars, %d upper, starts %q\n", i+1, words, len(l), upper, l[:strings.IndexByte(l, ' ')])
	}
}

func histogram(counts map[string]int) {
	byLen := map[int][]string{}
	for w := range counts {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	keys := make([]int, 0, len(byLen))
	for k := range byLen {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		ws := byLen[k]
		sort.Strings(ws)
		fmt.Printf("%2d | %-20s | %s\n", k, strings.Repeat("*", len(ws)), strings.Join(ws, ","))
	}
}

func main() {
	counts := countWords(text)
	fmt.Println("distinct words:", len(counts))
	for i, wc := range topN(counts, 6) {
		fmt.Printf("%d. %-6s %3d\n", i+1, wc.Word, wc.Count)
	}
	lineStats(text)
	histogram(counts)
	title := strings.Title("the lazy dog")
	fmt.Println(title, strings.Count(text, "fox"), strings.LastIndex(text, "dog"))
	fmt.Println(strings.EqualFold("Quick", "QUICK"), strings.HasPrefix(text, "The"), strings.HasSuffix(text, "say."))
	r := strings.NewReplacer("fox", "cat", "dog", "mouse")
	fmt.Println(r.Replace("fox chases dog"))
}
