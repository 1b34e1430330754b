package main

type S[T any] struct{ v T }

type Pair[K comparable, V any] struct {
	k K
	v V
}

func Id[T any](x T) T { return x }

func main() {
	var z S
	var p Pair
	g := Id
	_, _, _ = z, p, g
	_ = Id[int, string](1)
	_ = S[int, int]{}
}
