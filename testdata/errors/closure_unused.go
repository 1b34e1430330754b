package main

func main() {
	f := func() {
		x := 1
		y := 2
		_ = y
	}
	f()
	g := func(a int) int {
		b := a
		return a
	}
	_ = g
}
