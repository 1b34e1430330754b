package main

type Named struct{ a int }

func F[T any](x T, n int) int {
	if n > 0 {
		return F([]T{x}, n-1)
	}
	return n
}

func main() { println(F(Named{1}, 3)) }
