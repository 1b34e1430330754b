package main

import (
	"fmt"
	"sort"
	"strings"
)

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity`

type wc struct {
	word  string
	count int
}

func main() {
	counts := map[string]int{}
	total := 0
	for _, raw := range strings.Fields(text) {
		w := strings.ToLower(strings.Trim(raw, ".,"))
		counts[w]++
		total++
	}
	var list []wc
	for w, c := range counts {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	for _, e := range list[:5] {
		fmt.Printf("%-8s %d\n", e.word, e.count)
	}
	fmt.Println("total", total, "unique", len(counts))
	for n, line := range strings.Split(text, "\n") {
		fmt.Println(n+1, len(line))
	}
}
