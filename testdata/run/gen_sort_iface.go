// Generic types implementing standard interfaces: By[T] implementing
// sort.Interface with a less func (sort.Sort and sort.Stable),
// comparator combinators (ThenBy, Reverse) returning closures, a generic
// BinarySearch and sort.Search over an instance, IsSorted checks, and
// generic min/max-by-key helpers on struct slices.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type By[T any] struct {
	xs   []T
	less func(a, b T) bool
}

func (b By[T]) Len() int           { return len(b.xs) }
func (b By[T]) Less(i, j int) bool { return b.less(b.xs[i], b.xs[j]) }
func (b By[T]) Swap(i, j int)      { b.xs[i], b.xs[j] = b.xs[j], b.xs[i] }

func SortBy[T any](xs []T, less func(a, b T) bool)   { sort.Sort(By[T]{xs, less}) }
func StableBy[T any](xs []T, less func(a, b T) bool) { sort.Stable(By[T]{xs, less}) }

type Cmp[T any] func(a, b T) int

func Key[T any, K ~int | ~string | ~float64](key func(T) K) Cmp[T] {
	return func(a, b T) int {
		ka, kb := key(a), key(b)
		switch {
		case ka < kb:
			return -1
		case ka > kb:
			return 1
		}
		return 0
	}
}

func (c Cmp[T]) ThenBy(next Cmp[T]) Cmp[T] {
	return func(a, b T) int {
		if r := c(a, b); r != 0 {
			return r
		}
		return next(a, b)
	}
}

func (c Cmp[T]) Reverse() Cmp[T] { return func(a, b T) int { return c(b, a) } }

func (c Cmp[T]) Less() func(a, b T) bool { return func(a, b T) bool { return c(a, b) < 0 } }

func BinarySearch[T any](xs []T, target T, cmp Cmp[T]) (int, bool) {
	lo, hi := 0, len(xs)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if cmp(xs[mid], target) < 0 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(xs) && cmp(xs[lo], target) == 0
}

func MaxBy[T any, K ~int | ~float64](xs []T, key func(T) K) (best T, ok bool) {
	for i, x := range xs {
		if i == 0 || key(x) > key(best) {
			best, ok = x, true
		}
	}
	return
}

type city struct {
	name    string
	country string
	pop     int
}

func main() {
	cities := []city{
		{"Lyon", "FR", 513}, {"Paris", "FR", 2161}, {"Bonn", "DE", 327},
		{"Berlin", "DE", 3645}, {"Nice", "FR", 342}, {"Essen", "DE", 583},
	}
	byCountryThenPop := Key(func(c city) string { return c.country }).ThenBy(Key(func(c city) int { return c.pop }).Reverse())
	SortBy(cities, byCountryThenPop.Less())
	for _, c := range cities {
		fmt.Print(c.country, "/", c.name, " ")
	}
	fmt.Println()
	fmt.Println(sort.IsSorted(By[city]{cities, byCountryThenPop.Less()}))

	words := strings.Fields("pear fig apple kiwi plum date lime")
	StableBy(words, func(a, b string) bool { return len(a) < len(b) })
	fmt.Println(words)
	SortBy(words, Key(func(s string) string { return s }).Less())
	fmt.Println(words)
	i, found := BinarySearch(words, "kiwi", Key(func(s string) string { return s }))
	j, found2 := BinarySearch(words, "grape", Key(func(s string) string { return s }))
	fmt.Println(i, found, j, found2)

	nums := []float64{3.5, -1, 2, 8, 0}
	SortBy(nums, func(a, b float64) bool { return a > b })
	k := sort.Search(len(nums), func(i int) bool { return nums[i] <= 2 })
	fmt.Println(nums, k)

	big, ok := MaxBy(cities, func(c city) int { return c.pop })
	fmt.Println(big.name, ok)
	_, ok = MaxBy([]city{}, func(c city) float64 { return 0 })
	fmt.Println(ok)

	var bi sort.Interface = By[int]{[]int{3, 1, 2}, func(a, b int) bool { return a < b }}
	sort.Sort(sort.Reverse(bi))
	fmt.Println(bi.(By[int]).xs, bi.Len())
	fmt.Printf("%T\n", byCountryThenPop)
}
