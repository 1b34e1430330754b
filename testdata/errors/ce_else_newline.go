package main

import "fmt"

func main() {
	x := 1
	if x == 1 {
		fmt.Println("one")
	}
	else {
		fmt.Println("other")
	}
}
