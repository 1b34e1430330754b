package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func SortedKeys[K Ordered, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	g := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		g[k] = append(g[k], x)
	}
	return g
}

func Any[T any](xs []T, pred func(T) bool) bool {
	for _, x := range xs {
		if pred(x) {
			return true
		}
	}
	return false
}

func Zip[A, B any](as []A, bs []B) []struct {
	First  A
	Second B
} {
	n := len(as)
	if len(bs) < n {
		n = len(bs)
	}
	out := make([]struct {
		First  A
		Second B
	}, n)
	for i := 0; i < n; i++ {
		out[i].First, out[i].Second = as[i], bs[i]
	}
	return out
}

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	squares := Map(evens, func(n int) int { return n * n })
	sum := Reduce(squares, 0, func(a, n int) int { return a + n })
	fmt.Println(evens, squares, sum)
	strs := Map(nums[:4], strconv.Itoa)
	fmt.Printf("%q %s\n", strs, Reduce(strs, "", func(a string, s string) string { return a + s }))
	words := strings.Fields("apple banana avocado cherry blueberry cranberry date")
	byFirst := GroupBy(words, func(w string) byte { return w[0] })
	for _, k := range SortedKeys(map[string]int{"b": 1, "a": 2, "c": 3}) {
		fmt.Print(k, " ")
	}
	fmt.Println()
	letters := make([]int, 0)
	for k := range byFirst {
		letters = append(letters, int(k))
	}
	sort.Ints(letters)
	for _, l := range letters {
		fmt.Printf("%c: %v\n", l, byFirst[byte(l)])
	}
	staff := []Employee{{"ann", "eng", 120}, {"bob", "ops", 90}, {"cid", "eng", 110}, {"dee", "ops", 95}, {"eve", "sales", 70}}
	byDept := GroupBy(staff, func(e Employee) string { return e.Dept })
	for _, d := range SortedKeys(byDept) {
		total := Reduce(byDept[d], 0, func(a int, e Employee) int { return a + e.Salary })
		names := Map(byDept[d], func(e Employee) string { return e.Name })
		fmt.Printf("%-6s %4d %v\n", d, total, names)
	}
	fmt.Println(Any(staff, func(e Employee) bool { return e.Salary > 115 }), Any(nums, func(n int) bool { return n > 10 }))
	for _, p := range Zip(words, nums) {
		fmt.Printf("%+v ", p)
	}
	fmt.Println()
	avg := Reduce(Map(staff, func(e Employee) float64 { return float64(e.Salary) }), 0.0, func(a, x float64) float64 { return a + x/float64(len(staff)) })
	fmt.Printf("avg %.2f\n", avg)
}
