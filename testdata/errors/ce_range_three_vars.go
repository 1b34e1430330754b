package main

func main() {
	s := []int{1}
	for i, j, k := range s {
		_, _ = i, j
	}
	var a, b, c int
	for a, b, c = range s {
	}
	m := map[int]int{}
	for x, y, z := range m {
	}
	_, _, _ = a, b, c
	ch := make(chan int)
	for v, w, u := range ch {
	}
}
