package main

func F[T interface{ ~*[16]byte | ~[16]byte }](t T) int {
	const c = len(t)
	return c
}

func main() { println(F(&[16]byte{})) }
