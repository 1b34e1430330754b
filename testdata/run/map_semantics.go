package main

import (
	"fmt"
	"math"
	"sort"
)

type Point struct{ X, Y int }
type Key struct {
	Name string
	ID   int
	F    float64
}

func main() {
	m := map[string]int{}
	for i := 0; i < 1000; i++ {
		m[fmt.Sprint("k", i%100)] += i
	}
	fmt.Println(len(m), m["k7"], m["k99"], m["missing"])
	v, ok := m["k1"]
	fmt.Println(v, ok)
	v, ok = m["nope"]
	fmt.Println(v, ok)
	delete(m, "k1")
	delete(m, "never")
	fmt.Println(len(m))

	// NaN keys
	f := map[float64]int{}
	nan := math.NaN()
	f[nan] = 1
	f[nan] = 2
	f[0.0] = 3
	f[math.Copysign(0, -1)] = 4
	fmt.Println(len(f), f[0])
	_, ok = f[nan]
	fmt.Println("nan found:", ok)
	delete(f, nan)
	cnt, sum := 0, 0
	for k, v := range f {
		if k != k {
			cnt++
			sum += v
		}
	}
	fmt.Println("nan entries:", cnt, sum)
	// fmt.Println(f) would show the two NaN entries in an order that
	// depends on the random iteration order (fmtsort's NaN compare is not
	// a strict order), so it is not printed.

	// struct and array keys
	pts := map[Point]string{{1, 2}: "a", {3, 4}: "b"}
	pts[Point{1, 2}] = "c"
	fmt.Println(len(pts), pts[Point{1, 2}], pts)
	arrs := map[[2]string]int{{"a", "b"}: 1}
	arrs[[2]string{"a", "b"}]++
	fmt.Println(arrs)
	keys := map[Key]int{{"x", 1, 0.5}: 1}
	keys[Key{"x", 1, 0.5}] += 10
	fmt.Println(keys)

	// interface keys
	im := map[interface{}]string{}
	im[1] = "int 1"
	im[int64(1)] = "int64 1"
	im["1"] = "string 1"
	im[Point{1, 1}] = "point"
	im[nil] = "nil"
	fmt.Println(len(im), im[1], im[int64(1)], im["1"], im[Point{1, 1}], im[nil])

	// nil map
	var nm map[string][]int
	fmt.Println(nm == nil, len(nm), nm["x"] == nil)
	delete(nm, "x")
	for range nm {
		fmt.Println("never")
	}

	// delete during iteration: every entry seen at most once
	big := map[int]int{}
	for i := 0; i < 10000; i++ {
		big[i] = i
	}
	seen := 0
	for k := range big {
		seen++
		delete(big, k)
		delete(big, k^1)
	}
	fmt.Println("seen <= 10000:", seen <= 10000, "left:", len(big))

	// insert during iteration: never more than the final size
	grow := map[int]bool{0: true}
	iters := 0
	for k := range grow {
		iters++
		if k < 1000 {
			grow[k+1] = true
		}
	}
	// how many added entries the loop sees is random: print bounds only
	fmt.Println("grow:", iters <= len(grow), len(grow) >= 2, len(grow) <= 1001)

	// sorted keys print
	words := map[string]int{"pear": 3, "apple": 1, "fig": 2}
	ks := make([]string, 0, len(words))
	for k := range words {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	fmt.Println(ks, words)

	// map of maps, map values are references
	mm := map[string]map[string]int{}
	mm["a"] = map[string]int{}
	mm["a"]["b"]++
	inner := mm["a"]
	inner["c"] = 5
	fmt.Println(mm)

	// large value type and zero value
	type BigV struct{ A [200]int }
	bv := map[int]BigV{}
	x := bv[5]
	x.A[199] = 9
	bv[5] = x
	fmt.Println(bv[5].A[199], bv[6].A[199], len(bv))

	// bool and rune keys
	bm := map[bool]int{true: 1, false: 0}
	rm := map[rune]int{'é': 1, 'a': 2}
	fmt.Println(bm, rm)

	// make with hint
	h := make(map[int]int, 100)
	fmt.Println(len(h))
}
