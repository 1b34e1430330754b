// Deferred builtins evaluate their operands at the defer statement:
// defer copy(s, <-c) receives now and copies at return (Go's fixedbugs/issue8039);
// defer delete(m, k) and defer println(k) use k's value at the defer (B59).
package main

import "fmt"

func f(s []int) {
	c := make(chan []int, 2)
	c <- []int{1, 2}
	defer copy(s, <-c)
	defer fmt.Println("before copy", s)
	c <- []int{9, 9}
}

func g() (n int) {
	defer func() { n = len(fmt.Sprint(recover())) }()
	var p []int
	defer copy(p[:1], []int{1})
	return 0
}

func main() {
	x := make([]int, 2)
	f(x)
	fmt.Println(x)
	fmt.Println(g() > 0)
	m := map[string]int{"a": 1, "b": 2}
	func() {
		k := "a"
		defer delete(m, k)
		defer println("deferred println of", k)
		k = "b"
	}()
	fmt.Println(m)
}
