// Package-level function literals are named glob..func1, glob..func2 in
// source order, even when initialization runs them in another order (d
// depends on z, whose literal comes later in the file).
package main

import "fmt"

var sp = ""

func f(name string, _ ...interface{}) int {
	fmt.Print(sp, name)
	sp = " "
	return 0
}

var a = f("a", x)
var d = func() int {
	if z > 40 {
		return f("d")
	}
	return f("d?")
}()
var e = f("e")
var fs = []func() int{func() int { return 1 }, func() int { return y }}

var x int
var y int = 42
var z int = func() int { return 42 }()

func main() {
	fmt.Println()
	fmt.Println(a, d, e, fs[0]()+fs[1]())
}
