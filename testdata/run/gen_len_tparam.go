// len and cap of a type parameter's value are never constant, even when
// every type in its set is an array or a pointer to one (the spec): an
// instance computes them, which -m=2's inline costs show.
package main

import "fmt"

type Token *[4]byte

func Fill[T interface{ ~*[4]byte }](t T, b byte) int {
	n := len(t)
	for i := 0; i < n; i++ {
		t[i] = b + byte(i)
	}
	return n
}

func Size[A interface{ ~[3]int | ~[5]int }](a A) (int, int) {
	return len(a), cap(a)
}

func main() {
	var buf [4]byte
	n := Fill(Token(&buf), 'a')
	l3, c3 := Size([3]int{})
	l5, _ := Size([5]int{})
	fmt.Println(n, string(buf[:]), l3, c3, l5)
}
