package main

import "fmt"

func main() {
	var x interface{} = 3
	s := x.(fmt.Stringer)
	println(s)
}
