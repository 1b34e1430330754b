// -m=2: an inlined call whose arguments are another call's results,
// f(x.(interface{ M() (int, int) }).M()): the type assertion sits in the
// temporaries gc assigns before the inlined body, and its unnamed
// interface's I.M wrapper is escape-analysed like any other.
package main

import "fmt"

type T struct{ n int }

func (t T) one() int        { return t.n }
func (t T) two() (int, int) { return t.n, t.n * 2 }

var y interface{} = T{3}

func add(a, b int) int { return a + b }

func pair() (string, int) { return "k", 7 }

func show(s string, n int) string { return fmt.Sprint(s, n) }

func main() {
	fmt.Println(y.(interface{ one() int }).one())
	fmt.Println(add(y.(interface{ two() (int, int) }).two()))
	fmt.Println(show(pair()))
}
