package main

import (
	"fmt"
	"os"
	"strings"
)

func compute(xs []int) int {
	total := 0
	count := 0
	for i, x := range xs {
		total += x
	}
	var unused float64
	return total
}

func main() {
	result := compute([]int{1, 2})
	fmt.Println("hi")
	if v := 3; true {
	}
}
