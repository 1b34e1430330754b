package main

import "fmt"

func main() {
	x := 1
	func() {
		x = 2
	}()
	y := 0
	defer func() {
		fmt.Println()
	}()
	_ = y
	z := 3
	go func(z int) {
	}(z)
}
