package main

func main() {
	a := make([]int, 2, 3)
	j := 5
	println(len(a[:j]))
}
