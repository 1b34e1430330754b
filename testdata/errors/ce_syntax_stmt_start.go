package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		if i == 1 {
			fmt.Println(i)
		}
		else {
			fmt.Println("x")
		}
	}
	fmt.Println("end")
}

func second() {
	var a int = 
	return a
}

func third() {
	x := 1 +
}
