package main

type T struct{ x int }

func get() T { return T{} }

const C = 1

func main() {
	s := "abc"
	s[0] = 'x'
	m := map[string]T{}
	m["a"].x = 1
	get().x = 2
	C = 2
	len("a") = 1
}
