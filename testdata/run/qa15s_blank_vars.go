package main

import "fmt"

type Big struct {
	data [1 << 17]byte
	p    *int
}

func blanks(x string) bool {
	{
		var _, y int
		_ = y
	}
	var _ = 3
	var _ int
	var _ Big
	var _, _ *Big
	var _ [200000]int
	var _ map[string]int
	var _ func() = nil
	return x == ""
}

func gen[T any](v T) T {
	var _ T
	var _, w T
	_ = w
	return v
}

func closure() func() int {
	return func() int {
		var _ []int
		var _, n int
		return n + 1
	}
}

//line blanks_gen.go:40:1
func fromDirective(n int) (r int) {
	var _ [4]int
	r = n * 2
	return
}

func main() {
	fmt.Println(blanks(""), blanks("x"), gen(5), gen("s"), closure()())
	fmt.Println(fromDirective(21))
}
