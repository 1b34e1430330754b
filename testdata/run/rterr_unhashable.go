package main

func main() {
	m := map[interface{}]int{}
	m[1] = 1
	m[[]int{1}] = 2
}
