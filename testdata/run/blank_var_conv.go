// `var h, _ interface{} = g()`: gc converts each result to the declared
// type through a temporary, the blank one too, so -m reports both
// (.autotmp_3 does not escape, .autotmp_4 does not escape).
package main

import "fmt"

type T [4]int

//go:noinline
func g(x []*T) ([]*T, []*T) { return x, x }

//go:noinline
func two() (int, string) { return 7, "seven" }

func main() {
	s := [3]*T{{1}, {2}}
	var h, _ interface{} = g(s[:])
	var n, _ any = two()
	var k, _ = two()
	fmt.Println(len(h.([]*T)), n, k)
}
