package main

import (
	"fmt"
	"strconv"
)

const Pi = 3.14

func pair() (int, string) { return 1, "a" }

func main() {
	Pi = 3
	a, b := pair(), 2
	x := strconv.Atoi("1")
	var m map[string]struct{ n int }
	m["k"].n = 1
	s := "abc"
	s[0] = 'x'
	var arr [3]int
	arr[5] = 1
	c, d := 1
	fmt.Println(a, b, x, c, d)
	for i := range 10 {
		fmt.Println(i)
	}
}
