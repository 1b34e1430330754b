// Deep recursion with sizable frames: the goroutine stack grows as needed,
// in main and in a new goroutine; an iterative version for comparison.
package main

import "fmt"

type frame struct {
	buf   [64]byte
	depth int
}

func deep(n int) int {
	var f frame
	f.depth = n
	f.buf[n%64] = byte(n)
	if n == 0 {
		return int(f.buf[0])
	}
	return deep(n-1) + int(f.buf[n%64]&1)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func sumTo(n int) int {
	if n == 0 {
		return 0
	}
	return n + sumTo(n-1)
}

func sumIter(n int) int {
	s := 0
	for i := 1; i <= n; i++ {
		s += i
	}
	return s
}

type tree struct {
	l, r *tree
}

func build(d int) *tree {
	if d == 0 {
		return &tree{}
	}
	return &tree{build(d - 1), build(d - 1)}
}

func (t *tree) count() int {
	if t == nil {
		return 0
	}
	return 1 + t.l.count() + t.r.count()
}

func main() {
	fmt.Println(deep(100000))
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	fmt.Println(sumTo(200000) == sumIter(200000))
	res := make(chan int)
	go func() { res <- deep(50000) + sumTo(1000) }()
	fmt.Println(<-res)
	fmt.Println(build(12).count())
}
