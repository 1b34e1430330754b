package main

import (
	"fmt"
	"strconv"
)

func pair() (int, string) { return 1, "a" }

func main() {
	n := strconv.Atoi("12")
	a, b, c := pair()
	var s string = pair()
	x, y := 1
	fmt.Println(n, a, b, c, s, x, y)
	fmt.Println(pair() + 1)
}
