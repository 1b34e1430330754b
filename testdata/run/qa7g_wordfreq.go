package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `The quick brown fox jumps over the lazy dog. The dog, being lazy,
did not react; the fox — quick as ever — jumped again! Über-foxes
and naïve dogs: "quick" QUICK quick. It's the fox's day.`

type wordCount struct {
	word  string
	count int
}

func normalize(s string) []string {
	f := func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\'' && r != '-'
	}
	raw := strings.FieldsFunc(s, f)
	out := make([]string, 0, len(raw))
	for _, w := range raw {
		w = strings.Trim(w, "'-")
		if w == "" {
			continue
		}
		out = append(out, strings.ToLower(w))
	}
	return out
}

func topN(counts map[string]int, n int) []wordCount {
	list := make([]wordCount, 0, len(counts))
	for w, c := range counts {
		list = append(list, wordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	if len(list) > n {
		list = list[:n]
	}
	return list
}

func lineStats(s string) {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		fields := strings.Fields(l)
		longest := ""
		for _, f := range fields {
			if len([]rune(f)) > len([]rune(longest)) {
				longest = f
			}
		}
		fmt.Printf("line %d: %2d fields, %3d bytes, %3d runes, longest %q\n",
			i+1, len(fields), len(l), len([]rune(l)), longest)
	}
}

func main() {
	words := normalize(text)
	fmt.Println("total words:", len(words))
	counts := make(map[string]int)
	for _, w := range words {
		counts[w]++
	}
	fmt.Println("distinct:", len(counts))
	for i, wc := range topN(counts, 8) {
		bar := strings.Repeat("#", wc.count)
		fmt.Printf("%d. %-10s %3d %s\n", i+1, wc.word, wc.count, bar)
	}
	lineStats(text)

	// letter histogram, only letters a-z after folding
	var hist [26]int
	for _, r := range strings.ToLower(text) {
		if r >= 'a' && r <= 'z' {
			hist[r-'a']++
		}
	}
	var sb strings.Builder
	for i, c := range hist {
		if c == 0 {
			continue
		}
		fmt.Fprintf(&sb, "%c=%d ", 'a'+i, c)
	}
	fmt.Println(strings.TrimSpace(sb.String()))
	fmt.Println(counts)
	title := strings.Title("the lazy dog")
	fmt.Println(title, strings.ToUpper("naïve"), strings.EqualFold("ÜBER", "über"))
	fmt.Println(strings.Count(text, "the"), strings.Index(text, "fox"), strings.LastIndex(text, "fox"))
	r := strings.NewReplacer("fox", "cat", "dog", "mouse")
	fmt.Println(r.Replace("fox chases dog; dog flees fox"))
}
