package main

// B14: the value-receiver Search methods of sort's slice types are inlined
// by gc (IntSlice.Search, Float64Slice.Search, StringSlice.Search).

import (
	"fmt"
	"sort"
)

func main() {
	fmt.Println(sort.IntSlice([]int{1, 3, 5}).Search(3))
	fmt.Println(sort.Float64Slice([]float64{1.5, 2.5}).Search(2))
	fmt.Println(sort.StringSlice([]string{"a", "c"}).Search("b"))
	xs := sort.IntSlice{9, 2, 7}
	xs.Sort()
	fmt.Println(xs, xs.Search(7))
}
