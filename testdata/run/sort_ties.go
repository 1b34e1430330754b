// sort: the order of equal elements after sort.Slice/sort.Sort is Go 1.19's
// pdqsort's; stable sorts keep the input order; Float64s places NaN and -0.
package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Word struct {
	Text  string
	Count int
}

type byCount []Word

func (b byCount) Len() int           { return len(b) }
func (b byCount) Less(i, j int) bool { return b[i].Count > b[j].Count }
func (b byCount) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	text := "the quick brown fox jumps over the lazy dog the fox and the dog are friends and so are we all " +
		"a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n o p q r s t u v w x y z"
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		counts[w]++
	}
	var words []Word
	for _, w := range strings.Fields(text) {
		if counts[w] > 0 {
			words = append(words, Word{w, counts[w]})
			counts[w] = 0
		}
	}
	a := append([]Word(nil), words...)
	sort.Slice(a, func(i, j int) bool { return a[i].Count > a[j].Count })
	fmt.Println(a)
	b := append([]Word(nil), words...)
	sort.Sort(byCount(b))
	fmt.Println(b)
	c := append([]Word(nil), words...)
	sort.SliceStable(c, func(i, j int) bool { return c[i].Count > c[j].Count })
	fmt.Println(c)
	d := append([]Word(nil), words...)
	sort.Stable(sort.Reverse(byCount(d)))
	fmt.Println(d)

	var big []Word
	for i := 0; i < 200; i++ {
		big = append(big, Word{fmt.Sprint(i), (i * 7919) % 13})
	}
	sort.Slice(big, func(i, j int) bool { return big[i].Count < big[j].Count })
	for _, w := range big[:40] {
		fmt.Print(w.Text, " ")
	}
	fmt.Println()

	f := []float64{3, math.NaN(), -1, math.Copysign(0, -1), 0, 2, math.NaN(), math.Copysign(0, -1), 0, -5, 0}
	sort.Float64s(f)
	fmt.Println(f)
	ints := []int{5, 2, 8, 2, 9, 1, 5, 5, 0, -3}
	sort.Ints(ints)
	fmt.Println(ints, sort.SearchInts(ints, 5), sort.IntsAreSorted(ints))
	s := []string{"pear", "apple", "fig", "apple", "banana"}
	sort.Strings(s)
	fmt.Println(s, sort.SearchStrings(s, "fig"))
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
}
