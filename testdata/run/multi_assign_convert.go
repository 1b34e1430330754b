// Multi-value assignments into variables of interface type: v, ok = m[k], x.(T), <-c, f() and print(f()).
package main

import "fmt"

func f() (int, string) { return 1, "a" }

var ga, gb interface{}

func main() {
	var x interface{}
	var y fmt.Stringer
	var s string
	x, s = f()
	fmt.Println(x, s)
	var p, q interface{} = f()
	fmt.Println(p, q)
	m := map[string]int{"k": 3}
	var v interface{}
	var ok interface{}
	v, ok = m["k"]
	fmt.Println(v, ok)
	var e interface{} = 5
	var n, okk interface{} = e.(int)
	fmt.Println(n, okk)
	c := make(chan int, 1)
	c <- 4
	var r, rok interface{}
	r, rok = <-c
	fmt.Println(r, rok, y == nil, ga, gb)
	print(f())
	println(f())
}
