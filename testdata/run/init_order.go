package main

import "fmt"

var (
	a = b + 1
	b = f()
	c, d = two()
	total int
)

func f() int {
	fmt.Println("f called")
	return 10
}

func two() (int, string) { return 3, "three" }

func init() {
	fmt.Println("init 1", a, b, c, d)
	total = a + b
}

func init() {
	fmt.Println("init 2", total)
}

var table = map[string]int{"x": 1, "y": 2}
var greeting = "hi " + name
var name = "gopher"

func main() {
	fmt.Println("main", total, table["y"], greeting)
}
