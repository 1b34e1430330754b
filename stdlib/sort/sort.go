// Package sort: Go 1.19's sort API.  The sorting algorithms (pdqsort for
// Sort/Slice, insertion + SymMerge for Stable/SliceStable) are in C
// (runtime/stdlib_sort.c) and make exactly Go's Less/Swap calls, so ties
// come out in Go's order.  Ints/Float64s/Strings keep Go 1.19's bodies
// (Sort of the named slice type): gc inlines them, and -m at the call site
// shows it.
package sort

// An implementation of Interface can be sorted by the routines in this package.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

// Sort sorts data in ascending order as determined by the Less method
// (Go 1.19's pdqsort, in runtime/stdlib_sort.c: the same Less/Swap calls,
// so equal elements end up where Go puts them).
//
//extern go_sort_Sort
func Sort(data Interface)

// Stable sorts data while keeping the original order of equal elements
// (insertion sort of blocks, then SymMerge, as Go 1.19).
//
//extern go_sort_Stable
func Stable(data Interface)

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type reverse struct {
	Interface
}

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface { return &reverse{data} }

// IntSlice attaches the methods of Interface to []int, sorting in increasing order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()              { Sort(x) }

// Float64Slice implements Interface for a []float64, sorting in increasing order.
type Float64Slice []float64

func (x Float64Slice) Len() int           { return len(x) }
func (x Float64Slice) Less(i, j int) bool { return x[i] < x[j] || (isNaN(x[i]) && !isNaN(x[j])) }
func (x Float64Slice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()              { Sort(x) }

func isNaN(f float64) bool { return f != f }

// StringSlice attaches the methods of Interface to []string, sorting in increasing order.
type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()              { Sort(x) }

// Ints sorts a slice of ints in increasing order.
func Ints(x []int) { Sort(IntSlice(x)) }

// Float64s sorts a slice of float64s in increasing order.
func Float64s(x []float64) { Sort(Float64Slice(x)) }

// Strings sorts a slice of strings in increasing order.
func Strings(x []string) { Sort(StringSlice(x)) }

// IntsAreSorted reports whether the slice x is sorted in increasing order.
func IntsAreSorted(x []int) bool { return IsSorted(IntSlice(x)) }

// Float64sAreSorted reports whether the slice x is sorted in increasing order.
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }

// StringsAreSorted reports whether the slice x is sorted in increasing order.
func StringsAreSorted(x []string) bool { return IsSorted(StringSlice(x)) }

// Slice sorts the slice x given the provided less function (pdqsort, as
// Sort; x not a slice panics as Go's reflectlite does).
//
//extern go_sort_Slice
func Slice(x any, less func(i, j int) bool)

// SliceStable sorts the slice x using the provided less function, keeping
// equal elements in their original order.
//
//extern go_sort_SliceStable
func SliceStable(x any, less func(i, j int) bool)

// SliceIsSorted reports whether the slice x is sorted according to the provided less function.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := sliceLen(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// sliceSwapper returns the length of the slice in x and a function that
// swaps two of its elements (reflectlite.Swapper, done by the runtime).
//
//extern go_sort_sliceSwapper
func sliceSwapper(x any) (int, func(i, j int))

// sliceLen returns the length of the slice in x (reflectlite's Len: no
// swapper is made, as in Go's SliceIsSorted).
//
//extern go_sort_sliceLen
func sliceLen(x any) int

// Search uses binary search to find the smallest index i in [0, n) at which f(i) is true.
func Search(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// SearchInts searches for x in a sorted slice of ints.
func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchFloat64s searches for x in a sorted slice of float64s.
func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchStrings searches for x in a sorted slice of strings.
func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// Find uses binary search to find the smallest index i in [0, n) at which
// cmp(i) <= 0, and reports whether cmp(i) == 0 there.
func Find(n int, cmp func(int) int) (i int, found bool) {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(h) > 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(i) == 0
}

// Search returns the result of applying SearchInts to the receiver and x.
func (p IntSlice) Search(x int) int { return SearchInts(p, x) }

// Search returns the result of applying SearchFloat64s to the receiver and x.
func (p Float64Slice) Search(x float64) int { return SearchFloat64s(p, x) }

// Search returns the result of applying SearchStrings to the receiver and x.
func (p StringSlice) Search(x string) int { return SearchStrings(p, x) }
