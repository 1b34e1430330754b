package main

import "fmt"

type Code int

func check(c Code) {
	if c != 0 {
		panic(c)
	}
}

func main() {
	check(0)
	fmt.Println("zero ok")
	check(Code(42))
}
