package main

type T int

func main() {
	_ = T
	x := int
	_ = x
}
