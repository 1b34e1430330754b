package main

type P struct {
	X, Y int
	name string
}

func main() {
	_ = P{X: 1, Z: 2}
	_ = P{1, 2}
	_ = P{1, 2, "a", 4}
	_ = P{X: 1, X: 2}
	_ = P{X: 1, 2}
	_ = P{1, Y: 2}
}
