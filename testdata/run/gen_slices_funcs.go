// Generic slice helpers the way tutorials write them: Map, Filter, Reduce,
// Keys/Values of a map (sorted before printing), Contains/Index over
// comparable, an instance stored in a variable and an instance passed as
// a plain func value.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func Map[T, U any](s []T, f func(T) U) []U {
	r := make([]U, len(s))
	for i, v := range s {
		r[i] = f(v)
	}
	return r
}

func Filter[T any](s []T, pred func(T) bool) []T {
	var r []T
	for _, v := range s {
		if pred(v) {
			r = append(r, v)
		}
	}
	return r
}

func Reduce[T, A any](s []T, init A, f func(A, T) A) A {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

func Keys[K comparable, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func Values[K comparable, V any](m map[K]V) []V {
	vals := make([]V, 0, len(m))
	for _, v := range m {
		vals = append(vals, v)
	}
	return vals
}

func Index[T comparable](s []T, x T) int {
	for i, v := range s {
		if v == x {
			return i
		}
	}
	return -1
}

func Contains[T comparable](s []T, x T) bool {
	return Index(s, x) >= 0
}

// apply takes an ordinary func value: a generic instance fits.
func apply(xs []int, f func([]int, func(int) bool) []int) []int {
	return f(xs, func(v int) bool { return v%3 == 0 })
}

type point struct{ x, y int }

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	squares := Map(nums, func(n int) int { return n * n })
	fmt.Println("squares:", squares)

	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println("evens:", evens, len(evens), cap(evens) >= len(evens))

	sum := Reduce(nums, 0, func(a, n int) int { return a + n })
	fmt.Println("sum:", sum)

	joined := Reduce(nums, "", func(a string, n int) string {
		if a == "" {
			return strconv.Itoa(n)
		}
		return a + "," + strconv.Itoa(n)
	})
	fmt.Println("joined:", joined)

	// instantiation assigned to a variable
	toStr := Map[int, string]
	strs := toStr(nums[:4], func(n int) string { return strings.Repeat("*", n) })
	fmt.Printf("%q\n", strs)
	fmt.Printf("%T\n", toStr)

	// generic instance passed as a func value
	fmt.Println("div3:", apply(nums, Filter[int]))

	ages := map[string]int{"ann": 31, "bob": 27, "cid": 45, "dee": 19}
	ks := Keys(ages)
	sort.Strings(ks)
	fmt.Println("keys:", ks)
	vs := Values(ages)
	sort.Ints(vs)
	fmt.Println("values:", vs)

	words := []string{"alpha", "beta", "gamma", "delta"}
	fmt.Println(Index(words, "gamma"), Index(words, "omega"))
	fmt.Println(Contains(words, "beta"), Contains(words, "zeta"))

	pts := []point{{1, 2}, {3, 4}, {5, 6}}
	fmt.Println(Index(pts, point{3, 4}), Contains(pts, point{4, 3}))

	lens := Map(words, func(s string) int { return len(s) })
	total := Reduce(lens, 0.5, func(a float64, n int) float64 { return a + float64(n) })
	fmt.Println(lens, total)

	upper := Map(Filter(words, func(s string) bool { return strings.Contains(s, "l") }), strings.ToUpper)
	fmt.Println(upper)

	var empty []float64
	fmt.Println(len(Map(empty, func(f float64) bool { return f > 0 })), Filter(empty, func(float64) bool { return true }) == nil)

	nested := Map([][]int{{1, 2}, {3}, {}, {4, 5, 6}}, func(s []int) int {
		return Reduce(s, 0, func(a, b int) int { return a + b })
	})
	fmt.Println("nested sums:", nested)
}
