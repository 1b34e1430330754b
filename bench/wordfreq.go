// word frequencies over a generated 20 MB text: strings, maps, sorting.
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

func main() {
	size := 20 << 20
	if len(os.Args) > 1 {
		size, _ = strconv.Atoi(os.Args[1])
	}
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
		"iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau"}
	var sb strings.Builder
	seed := uint32(1)
	for sb.Len() < size {
		seed = seed*1664525 + 1013904223
		w := words[int(seed>>8)%len(words)]
		sb.WriteString(w)
		if seed%7 == 0 {
			sb.WriteString(strconv.Itoa(int(seed % 1000)))
		}
		if seed%13 == 0 {
			sb.WriteByte('\n')
		} else {
			sb.WriteByte(' ')
		}
	}
	text := sb.String()
	counts := make(map[string]int)
	for _, f := range strings.Fields(text) {
		counts[strings.ToUpper(f)]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if counts[keys[i]] != counts[keys[j]] {
			return counts[keys[i]] > counts[keys[j]]
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys[:10] {
		fmt.Println(k, counts[k])
	}
	fmt.Println(len(keys), "distinct")
}
