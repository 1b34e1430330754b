// sort.Slice and sort.SliceStable allocate what Go 1.19's
// reflectlite.Swapper allocates, plus the boxed slice header: nothing for
// the swapper below length 2, a closure for its fast element kinds, a
// closure and a scratch element otherwise (B119).
package main

import (
	"fmt"
	"sort"
	"testing"
)

type P struct {
	Name string
	Age  int
}

type E struct{}

func main() {
	ints := []int{5, 2, 8, 1}
	strs := []string{"b", "a", "c"}
	ps := []P{{"a", 3}, {"b", 1}, {"c", 2}}
	one := []P{{"x", 1}}
	bs := []byte("hello")
	ptrs := []*P{&ps[0], &ps[1]}
	arr3 := [][3]int{{3}, {1}, {2}}
	es := []E{{}, {}}
	fmt.Println("ints", testing.AllocsPerRun(100, func() { sort.Slice(ints, func(i, j int) bool { return ints[i] < ints[j] }) }))
	fmt.Println("strs", testing.AllocsPerRun(100, func() { sort.Slice(strs, func(i, j int) bool { return strs[i] < strs[j] }) }))
	fmt.Println("structs", testing.AllocsPerRun(100, func() { sort.Slice(ps, func(i, j int) bool { return ps[i].Age < ps[j].Age }) }))
	fmt.Println("stable", testing.AllocsPerRun(100, func() { sort.SliceStable(ps, func(i, j int) bool { return ps[i].Age < ps[j].Age }) }))
	fmt.Println("one", testing.AllocsPerRun(100, func() { sort.Slice(one, func(i, j int) bool { return false }) }))
	fmt.Println("bytes", testing.AllocsPerRun(100, func() { sort.Slice(bs, func(i, j int) bool { return bs[i] < bs[j] }) }))
	fmt.Println("ptrs", testing.AllocsPerRun(100, func() { sort.Slice(ptrs, func(i, j int) bool { return ptrs[i].Age < ptrs[j].Age }) }))
	fmt.Println("arrays", testing.AllocsPerRun(100, func() { sort.Slice(arr3, func(i, j int) bool { return arr3[i][0] < arr3[j][0] }) }))
	fmt.Println("empty structs", testing.AllocsPerRun(100, func() { sort.Slice(es, func(i, j int) bool { return false }) }))
	fmt.Println("is sorted", testing.AllocsPerRun(100, func() { sort.SliceIsSorted(ps, func(i, j int) bool { return ps[i].Age < ps[j].Age }) }))
	sort.SliceStable(strs, func(i, j int) bool { return strs[i] > strs[j] })
	fmt.Println(ints, strs, ps, string(bs), arr3, sort.SliceIsSorted(ints, func(i, j int) bool { return ints[i] < ints[j] }))
}
