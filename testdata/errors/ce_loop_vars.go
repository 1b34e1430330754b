package main

import "fmt"

func main() {
	nums := []int{1, 2, 3}
	for i, n := range nums {
		fmt.Println(n)
	}
	for i := 0; i < 10; i++ {
		i := i
	}
	var unused int
	sum := 0
	for _, n := range nums {
		sum = sum + n
	}
	x, y := 1, 2
	x, y := 3, 4
	fmt.Println(x, y)
}
