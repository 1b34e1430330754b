package main

func Max[T int | float64](a T, rest ...T) T { return a }

func main() {
	_ = Max(1, 2.5)
	_ = Max(1.5, 2)
}
