package set

import (
	"fmt"
	"testing"
)

func TestHas(t *testing.T) {
	s := Of("a", "b")
	if !s.Has("a") || s.Has("c") {
		t.Fatal("Has is wrong")
	}
}

func ExampleOf() {
	s := Of("pear", "apple", "pear")
	fmt.Println(len(s))
	fmt.Println(s)
	// Output:
	// 2
	// {apple, pear}
}

func ExampleSet_Union() {
	u := Of("x").Union(Of("y", "z"))
	for k := range u {
		fmt.Println(k)
	}
	// Unordered output:
	// z
	// x
	// y
}

func ExampleSet_Sorted() {
	fmt.Println(Of("b", "a").Sorted())
	// Output: [a b]
}

// An example without an output comment is compiled, not run.
func ExampleDescribe() {
	Describe(Of("q"))
}

func ExampleDescribe_empty() {
	Describe(Of())
	// Output:
	// 0 items: {}
	// (wrong on purpose)
}

func Example_trailingSpace() {
	fmt.Println("tabs\tand spaces   ")
	fmt.Println()
	// Output:
	// tabs	and spaces
}

func ExampleSet_Has() {
	var s Set
	fmt.Println(s.Has("x"))
	s["x"] = struct{}{}
	fmt.Println("unreachable")
	// Output: false
}
