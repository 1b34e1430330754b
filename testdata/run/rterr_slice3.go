package main

func main() {
	a := make([]int, 3, 5)
	k := 7
	println(len(a[1:2:k]))
}
