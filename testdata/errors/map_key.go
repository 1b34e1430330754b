package main

type K struct{ f []int }

func main() {
	var m map[[]int]int
	var n map[K]string
	var o map[func()]bool
	_, _, _ = m, n, o
}
