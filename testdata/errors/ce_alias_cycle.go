package main

type A = A

func main() {
	type T = T
	type U = *U
	type V struct{ v V }
	_ = 1
}
