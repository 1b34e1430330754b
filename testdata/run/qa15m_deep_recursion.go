package main

import (
	"fmt"
	"sync"
)

type list struct {
	val  int
	next *list
}

func build(n int) *list {
	var head *list
	for i := n; i > 0; i-- {
		head = &list{i, head}
	}
	return head
}

func sumRec(l *list) int {
	if l == nil {
		return 0
	}
	return l.val + sumRec(l.next)
}

func depthWithLocals(n int) int {
	var pad [32]int
	pad[n%32] = n
	if n == 0 {
		return pad[0]
	}
	return depthWithLocals(n-1) + pad[n%32] - n + 1
}

type tree struct {
	left, right *tree
	v           int
}

func degenerate(n int) *tree {
	var t *tree
	for i := 0; i < n; i++ {
		t = &tree{left: t, v: i}
	}
	return t
}

func (t *tree) height() int {
	if t == nil {
		return 0
	}
	l, r := t.left.height(), t.right.height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	default:
		return ackermann(m-1, ackermann(m, n-1))
	}
}

func main() {
	l := build(200000)
	fmt.Println(sumRec(l))
	fmt.Println(depthWithLocals(50000))
	fmt.Println(degenerate(100000).height())
	fmt.Println(ackermann(2, 300), ackermann(3, 6))
	var wg sync.WaitGroup
	res := make([]int, 4)
	for i := range res {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			res[i] = sumRec(build(50000 * (i + 1)))
		}(i)
	}
	wg.Wait()
	fmt.Println(res)
	var rec func(int) int
	rec = func(n int) int {
		if n == 0 {
			return 0
		}
		buf := make([]byte, 64)
		buf[0] = byte(n)
		return rec(n-1) + int(buf[0]&1)
	}
	fmt.Println(rec(30000))
}

// gosub:gcstress=2000 (a 200000-node live list makes a collection at every allocation quadratic)
