package main

import (
	"fmt"
	"sort"
	"strings"
)

type Ordered interface {
	~int | ~int64 | ~float64 | ~string | ~uint
}

func InsertionSort[T Ordered](xs []T) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j] < xs[j-1]; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

func MergeSort[T any](xs []T, less func(a, b T) bool) []T {
	if len(xs) <= 1 {
		return xs
	}
	mid := len(xs) / 2
	l := MergeSort(xs[:mid], less)
	r := MergeSort(xs[mid:], less)
	out := make([]T, 0, len(xs))
	i, j := 0, 0
	for i < len(l) && j < len(r) {
		if less(r[j], l[i]) {
			out = append(out, r[j])
			j++
		} else {
			out = append(out, l[i])
			i++
		}
	}
	out = append(out, l[i:]...)
	return append(out, r[j:]...)
}

func BinarySearch[T Ordered](xs []T, x T) (int, bool) {
	lo, hi := 0, len(xs)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if xs[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(xs) && xs[lo] == x
}

type sorter[T any] struct {
	xs   []T
	less func(a, b T) bool
}

func (s sorter[T]) Len() int           { return len(s.xs) }
func (s sorter[T]) Less(i, j int) bool { return s.less(s.xs[i], s.xs[j]) }
func (s sorter[T]) Swap(i, j int)      { s.xs[i], s.xs[j] = s.xs[j], s.xs[i] }

func SortFunc[T any](xs []T, less func(a, b T) bool) {
	sort.Sort(sorter[T]{xs, less})
}

func IsSorted[T Ordered](xs []T) bool {
	for i := 1; i < len(xs); i++ {
		if xs[i] < xs[i-1] {
			return false
		}
	}
	return true
}

func MinMax[T Ordered](xs []T) (min, max T) {
	if len(xs) == 0 {
		return
	}
	min, max = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
	}
	return
}

type Version struct{ Major, Minor, Patch int }

func (v Version) Less(o Version) bool {
	if v.Major != o.Major {
		return v.Major < o.Major
	}
	if v.Minor != o.Minor {
		return v.Minor < o.Minor
	}
	return v.Patch < o.Patch
}

func (v Version) String() string { return fmt.Sprintf("v%d.%d.%d", v.Major, v.Minor, v.Patch) }

type Score uint

func main() {
	ints := []int{5, 2, 9, 1, 5, 6}
	InsertionSort(ints)
	fmt.Println(ints, IsSorted(ints))
	words := strings.Fields("pear apple fig banana cherry")
	InsertionSort(words)
	fmt.Println(words)
	fmt.Println(BinarySearch(words, "fig"))
	fmt.Println(BinarySearch(words, "grape"))
	fl := MergeSort([]float64{3.5, -1, 2.25, 0, 9}, func(a, b float64) bool { return a > b })
	fmt.Println(fl, IsSorted(fl))
	vs := []Version{{1, 2, 3}, {1, 10, 0}, {0, 9, 9}, {1, 2, 0}}
	sorted := MergeSort(vs, Version.Less)
	fmt.Println(sorted, vs)
	SortFunc(vs, func(a, b Version) bool { return b.Less(a) })
	fmt.Println(vs)
	byLen := append([]string(nil), words...)
	SortFunc(byLen, func(a, b string) bool {
		if len(a) != len(b) {
			return len(a) < len(b)
		}
		return a > b
	})
	fmt.Println(byLen)
	scores := []Score{70, 95, 88, 61}
	lo, hi := MinMax(scores)
	fmt.Println(lo, hi)
	smin, smax := MinMax(words)
	fmt.Println(smin, smax)
	var empty []float64
	a, b := MinMax(empty)
	fmt.Println(a, b, IsSorted(empty))
	people := []struct {
		Name string
		Age  int
	}{{"x", 30}, {"y", 25}, {"z", 30}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
}
