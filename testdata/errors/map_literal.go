package main

func main() {
	_ = map[string]int{"a": 1, "a": 2}
	_ = map[int]string{1: "x", 2: "y", 1: "z"}
	_ = map[string]int{"x"}
	_ = []int{0: 1, 0: 2}
	_ = [2]int{1, 2, 3}
	_ = int{1}
}
