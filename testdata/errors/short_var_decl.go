package main

func main() {
	a := 1
	a := 2
	b, b := 1, 2
	var s struct{ x int }
	s.x := 3
	_, _ = a, b
}
