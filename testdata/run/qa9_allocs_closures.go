// How many allocations does each closure pattern cost? testing.AllocsPerRun
// over: a closure called in place, one stored in a global, one capturing
// by reference, a method value, and one passed to a non-escaping helper.
package main

import (
	"fmt"
	"sort"
	"testing"
)

type Acc struct{ total int }

func (a *Acc) Add(n int) { a.total += n }

var global func() int
var globalAdd func(int)

func each(xs []int, f func(int)) {
	for _, x := range xs {
		f(x)
	}
}

func inPlace(n int) int {
	return func() int { return n * 2 }()
}

func stored(n int) {
	global = func() int { return n + 1 }
}

func byRef() int {
	count := 0
	inc := func() { count++ }
	for i := 0; i < 5; i++ {
		inc()
	}
	return count
}

func methodValue(a *Acc) {
	globalAdd = a.Add
}

func helper(xs []int) int {
	sum := 0
	each(xs, func(x int) { sum += x })
	return sum
}

func sorter(xs []int) {
	sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
}

func main() {
	xs := []int{5, 3, 8, 1}
	a := &Acc{}
	fmt.Println(inPlace(4), byRef(), helper(xs))
	stored(9)
	methodValue(a)
	globalAdd(3)
	fmt.Println(global(), a.total)

	fmt.Println("in place:", testing.AllocsPerRun(100, func() { inPlace(3) }))
	fmt.Println("stored:", testing.AllocsPerRun(100, func() { stored(3) }))
	fmt.Println("by ref:", testing.AllocsPerRun(100, func() { byRef() }))
	fmt.Println("method value:", testing.AllocsPerRun(100, func() { methodValue(a) }))
	fmt.Println("helper:", testing.AllocsPerRun(100, func() { helper(xs) }))
	fmt.Println("sort.Slice:", testing.AllocsPerRun(100, func() { sorter(xs) }))
	fmt.Println(xs)
}
