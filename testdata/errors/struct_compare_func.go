package main

type T struct {
	f func()
	n int
}

type U struct {
	m map[string]int
}

func main() {
	var a, b T
	_ = a == b
	var u, v U
	_ = u != v
	var arr1, arr2 [2][]int
	_ = arr1 == arr2
}
