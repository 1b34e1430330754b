package main

import "fmt"

type node struct{ v int }

func find(xs []int, t int) int {
L:
	for i, x := range xs {
		if x == t {
			return i
		}
		if x < 0 {
			break L
		}
	}
	return -1
}

func skip(xs [][]int) (n int) {
outer:
	for _, r := range xs {
		for _, x := range r {
			if x == 0 {
				continue outer
			}
			n += x
		}
	}
	return
}

func gotoer(n int) int {
	i := 0
again:
	if i < n {
		i++
		goto again
	}
	return i
}

func a() string {
	type node struct{ x int }
	type list struct {
		n    node
		next *list
	}
	l := &list{node{1}, &list{node{2}, nil}}
	return fmt.Sprintf("%v %T %+v", l.n, l.n, *l.next)
}

func b() string {
	type node struct{ s string }
	n := node{"b"}
	f := func() string {
		type node struct{ f float64 }
		return fmt.Sprintf("%v %T", node{1.5}, node{})
	}
	return fmt.Sprintf("%v %T %s", n, n, f())
}

func main() {
	xs := []int{1, 2, 3, -1, 5}
	fmt.Println(find(xs, 3), find(xs, 5), find(xs, 9))
	fmt.Println(skip([][]int{{1, 0, 5}, {2, 3}}), skip(nil))
	fmt.Println(gotoer(3), gotoer(0))
L:
	for i := 0; i < 2; i++ {
		fmt.Println(find(xs, i), gotoer(i))
		continue L
	}
	fmt.Println(a())
	fmt.Println(b())
	fmt.Printf("%v %T\n", node{3}, node{})
	var i1 interface{} = node{3}
	_, ok := i1.(node)
	fmt.Println(ok)
	mk := func() interface{} {
		type node struct{ v int }
		return node{3}
	}
	_, ok = mk().(node)
	fmt.Println(ok, mk() == mk(), mk() == i1)
}
