// Maps and memory: map[string]Struct vs map[string]*Struct (you cannot
// assign to a field of a map value), deleting while ranging, struct and
// array keys, NaN keys, maps of slices, sets, and why a map never shrinks
// -- measured with HeapAlloc relations, printing only what is certain.
package main

import (
	"fmt"
	"math"
	"runtime"
	"sort"
	"strings"
)

type Stock struct {
	Symbol string
	Price  float64
	Volume int
}

type GridKey struct {
	X, Y int16
}

type Set map[string]struct{}

func (s Set) Add(v string)           { s[v] = struct{}{} }
func (s Set) Has(v string) bool      { _, ok := s[v]; return ok }
func (s Set) Sorted() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func union(a, b Set) Set {
	out := Set{}
	for k := range a {
		out.Add(k)
	}
	for k := range b {
		out.Add(k)
	}
	return out
}

func heapAlloc() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

func sortedKeys(m map[string]Stock) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

var keepMap map[int][128]byte

func main() {
	byValue := map[string]Stock{
		"GOOG": {"GOOG", 100.5, 10},
		"AAPL": {"AAPL", 170.25, 20},
	}
	// byValue["GOOG"].Price = 1 would not compile: copy, modify, store back.
	s := byValue["GOOG"]
	s.Price *= 2
	byValue["GOOG"] = s

	byPtr := map[string]*Stock{}
	for _, k := range sortedKeys(byValue) {
		v := byValue[k]
		byPtr[k] = &v
	}
	byPtr["AAPL"].Volume += 5
	for _, k := range sortedKeys(byValue) {
		fmt.Printf("%s value=%+v ptr=%+v\n", k, byValue[k], *byPtr[k])
	}

	missing := byValue["MSFT"]
	fmt.Printf("missing: %+v %q\n", missing, missing.Symbol)
	if _, ok := byPtr["MSFT"]; !ok {
		fmt.Println("MSFT not in byPtr, nil pointer:", byPtr["MSFT"] == nil)
	}

	grid := map[GridKey]rune{}
	for y := int16(0); y < 3; y++ {
		for x := int16(0); x < 5; x++ {
			if (x+y)%2 == 0 {
				grid[GridKey{x, y}] = '#'
			}
		}
	}
	for y := int16(0); y < 3; y++ {
		var b strings.Builder
		for x := int16(0); x < 5; x++ {
			if r, ok := grid[GridKey{x, y}]; ok {
				b.WriteRune(r)
			} else {
				b.WriteByte('.')
			}
		}
		fmt.Println(b.String())
	}

	counts := map[[2]string]int{}
	words := strings.Fields("a rose is a rose is a rose")
	for i := 0; i+1 < len(words); i++ {
		counts[[2]string{words[i], words[i+1]}]++
	}
	var bigrams []string
	for k, v := range counts {
		bigrams = append(bigrams, fmt.Sprintf("%s_%s=%d", k[0], k[1], v))
	}
	sort.Strings(bigrams)
	fmt.Println(bigrams)

	nan := map[float64]int{}
	nan[math.NaN()] = 1
	nan[math.NaN()] = 2
	nan[0.0] = 3
	nan[math.Copysign(0, -1)] = 4
	_, found := nan[math.NaN()]
	fmt.Println("NaN keys:", len(nan), "lookup finds NaN:", found, "zero key:", nan[0])

	nums := map[int]bool{}
	for i := 0; i < 20; i++ {
		nums[i] = true
	}
	for k := range nums {
		if k%3 != 0 {
			delete(nums, k)
		}
	}
	left := make([]int, 0)
	for k := range nums {
		left = append(left, k)
	}
	sort.Ints(left)
	fmt.Println("after delete in range:", left)

	groups := map[int][]string{}
	for _, w := range strings.Fields("go is fun and go is fast but memory matters") {
		groups[len(w)] = append(groups[len(w)], w)
	}
	lens := make([]int, 0, len(groups))
	for l := range groups {
		lens = append(lens, l)
	}
	sort.Ints(lens)
	for _, l := range lens {
		fmt.Printf("%d:%v ", l, groups[l])
	}
	fmt.Println()

	a, b := Set{}, Set{}
	for _, v := range []string{"x", "y", "z"} {
		a.Add(v)
	}
	for _, v := range []string{"y", "w"} {
		b.Add(v)
	}
	u := union(a, b)
	fmt.Println(u.Sorted(), u.Has("w"), u.Has("q"), len(u))

	base := heapAlloc()
	keepMap = make(map[int][128]byte)
	for i := 0; i < 20000; i++ {
		keepMap[i] = [128]byte{}
	}
	full := heapAlloc()
	for i := 0; i < 20000; i++ {
		delete(keepMap, i)
	}
	emptied := heapAlloc()
	fmt.Println("map grew the heap by > 2 MB:", full-base > 2<<20)
	fmt.Println("len after deleting all:", len(keepMap), "heap still held:", emptied > base+(2<<20))
	keepMap = nil
	dropped := heapAlloc()
	fmt.Println("released after dropping the map:", dropped < base+(1<<20))

	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	for range nilMap {
		fmt.Println("never")
	}
	delete(nilMap, "x")
	fmt.Printf("%v %d\n", map[string]int{"b": 2, "a": 1, "c": 3}, len(map[int]int{1: 1}))
}
