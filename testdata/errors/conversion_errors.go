package main

type T struct{ a int }
type U struct{ b int }

func main() {
	_ = []int("x")
	_ = T(U{})
	var f func()
	_ = int(f)
	_ = bool(1)
	_ = float64("1.5")
}
