package main

import "fmt"

func main() {
	x := 1
	if x > 0 {
		break
	}
outer:
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			continue
		case 2:
			continue inner
		}
	}
	goto skip
	y := 2
skip:
	fmt.Println(x, y)
	func() {
		break outer
	}()
unused:
	fmt.Println("end")
}
