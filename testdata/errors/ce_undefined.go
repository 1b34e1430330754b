package main

import "fmt"

func main() {
	fmt.Printn("hi")
	fmt.println("hi")
	x = 5
	y := z + 1
	Println(y)
	strings.ToUpper("a")
	var t Tim
	_ = t
}
