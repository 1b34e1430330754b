package main

import (
	"fmt"
	"strings"
)

func main() {
	r := 'ab'
	re := "\d+"
	n := 09
	x := 1_000_
	var unused int
	fmt.Println(r, re, n, x)
}
