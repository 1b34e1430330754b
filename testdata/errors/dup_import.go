package main

import (
	"errors"
	"errors"
	"fmt"
)

func main() {
	t = append(t, make([]int, n+3)...)
	fmt.Println()
}
