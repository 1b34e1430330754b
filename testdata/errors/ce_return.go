package main

import "errors"

func div(a, b int) (int, error) {
	if b == 0 {
		return errors.New("div by zero")
	}
	return a / b
}

func sign(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return -1
	}
}

func nothing() {
	return 1
}

func main() {
	div(1, 2)
	x := nothing()
	_ = x
}
