package main

import (
	"fmt"
	"sort"
	"strings"
)

const text = `the cat sat on the mat
the dog sat on the log
a cat and a dog met on a mat
the end`

type pair struct{ a, b string }

func main() {
	co := map[pair]int{}
	freq := map[string]int{}
	byLen := map[int]map[string]bool{}
	for _, line := range strings.Split(text, "\n") {
		words := strings.Fields(line)
		for i, w := range words {
			freq[w]++
			if byLen[len(w)] == nil {
				byLen[len(w)] = map[string]bool{}
			}
			byLen[len(w)][w] = true
			if i+1 < len(words) {
				a, b := w, words[i+1]
				if a > b {
					a, b = b, a
				}
				co[pair{a, b}]++
			}
		}
	}
	// drop stop words while ranging (allowed)
	for w := range freq {
		if w == "the" || w == "a" || w == "on" {
			delete(freq, w)
		}
	}
	type kv struct {
		k string
		v int
	}
	var list []kv
	for k, v := range freq {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].v != list[j].v {
			return list[i].v > list[j].v
		}
		return list[i].k < list[j].k
	})
	fmt.Println(list)
	var pairs []pair
	for p, n := range co {
		if n > 1 {
			pairs = append(pairs, p)
		}
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].a != pairs[j].a {
			return pairs[i].a < pairs[j].a
		}
		return pairs[i].b < pairs[j].b
	})
	for _, p := range pairs {
		fmt.Printf("%s+%s=%d ", p.a, p.b, co[p])
	}
	fmt.Println()
	lens := make([]int, 0, len(byLen))
	for l := range byLen {
		lens = append(lens, l)
	}
	sort.Ints(lens)
	for _, l := range lens {
		fmt.Println(l, len(byLen[l]), byLen[l]) // fmt sorts map keys
	}
	fmt.Println(freq, len(co), co[pair{"cat", "the"}], co[pair{"zzz", "q"}])
	m := map[[2]int]string{{1, 2}: "a", {0, 5}: "b", {1, 0}: "c"}
	fmt.Println(m)
	fb := map[float64]bool{2.5: true, -1: false, 0: true}
	fmt.Println(fb)
	im := map[any]int{"s": 1, 2: 2, 1.5: 3, false: 4, "a": 5, 1: 6}
	fmt.Println(im)
}
