package main

type List[T any] struct{ v T }

func (l List[T]) Deep(n int) int {
	if n == 0 {
		return 0
	}
	var x List[*T]
	return x.Deep(n - 1)
}

func F[A any](a A, n int) int {
	if n == 0 {
		return 0
	}
	return G[A, []A](a, nil, n)
}

func G[B, C any](b B, c C, n int) int { return F(c, n-1) }

func H[T any](x T) T { return H[T](x) }

func main() {
	println(List[int]{}.Deep(2), F(1, 3), H(1))
}
