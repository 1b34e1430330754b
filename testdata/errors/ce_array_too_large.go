package main

var X [1 << 50]byte

func main() {
	var y [1 << 51]int
	_ = y
	X[0] = 1
}
