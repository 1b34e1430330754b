package main

func main() {
	a := [3]int{1, 2, 3}
	i := -1
	println(a[i])
}
