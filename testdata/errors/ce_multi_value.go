package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := strconv.Atoi("12")
	fmt.Println(n)
	f := os.Open("x")
	fmt.Println(f)
	a, b, c := strconv.Atoi("3")
	fmt.Println(a, b, c)
	x := fmt.Sprintf("%d", 1), 2
	_ = x
}
