package main

func main() {
	a := make([]int, 3, 5)
	j, k := 4, 3
	println(len(a[:j:k]))
}
