package main

import "fmt"

func main() {
	var x interface{} = 1
	s := x.(type)
	var y interface{} = "y"
	fmt.Println(y.(type))
	fmt.Println(s)
}
