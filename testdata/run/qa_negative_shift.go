package main

import "fmt"

func mask(bits int) uint64 {
	return (1 << bits) - 1
}

func main() {
	fmt.Println(mask(4), mask(0), mask(64))
	n := -1
	fmt.Println(mask(n))
}
