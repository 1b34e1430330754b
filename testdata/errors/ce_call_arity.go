package main

import "fmt"

func add(a int, b int) int {
	return a + b
}

func main() {
	fmt.Println(add(1))
	fmt.Println(add(1, "2"))
	fmt.Println(add(1, 2, 3))
	var f func(int) int = add
	r := add(1, 2).x
	fmt.Println(f, r)
	go add
	defer 1
}
