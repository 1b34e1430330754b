package main

func main() {
	x := "abc
	_ = x
}
