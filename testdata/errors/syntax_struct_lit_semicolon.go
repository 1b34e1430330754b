package main

type T struct{ a, b int }

func main() {
	t := T{a: 1; b: 2}
	_ = t
}
