package main

type Hash uint

const (
	A Hash = 1 + iota
	B
	maxHash
)

var hashes = make([]func() int, maxHash)

func f() int {
	s := make([]int, maxHash)
	return len(s)
}

func main() {
	println(len(hashes), f(), g(2, 3))
}

func g(h Hash, n int8) int {
	s := make([]byte, h, maxHash+5)
	t := make([]byte, n)
	return len(s) + len(t)
}
