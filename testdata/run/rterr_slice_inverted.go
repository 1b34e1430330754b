package main

func main() {
	a := []int{1, 2, 3}
	i, j := 3, 1
	println(len(a[i:j]))
}
