package main

func main() {
	_ = len()
	_ = len(1, 2)
	var s []int
	_ = make([]int, 1, 2, 3)
	_ = make([]int, 3, 1)
	copy(s, []string{})
	delete(map[string]int{}, 1)
	panic()
}
