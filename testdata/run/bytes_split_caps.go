// bytes: Split/SplitN/SplitAfter/SplitAfterN (genSplit: exact result sizes and piece capacities), explode.
package main

import (
	"bytes"
	"fmt"
)

func show(a [][]byte) {
	fmt.Printf("%q %d %d |", a, len(a), cap(a))
	for _, p := range a {
		fmt.Print(" ", cap(p))
	}
	fmt.Println()
}

func main() {
	s := append([]byte(nil), "a,b,,c,"...)
	show(bytes.Split(s, []byte(",")))
	show(bytes.SplitN(s, []byte(","), 2))
	show(bytes.SplitN(s, []byte(","), 0))
	show(bytes.SplitAfter(s, []byte(",")))
	show(bytes.SplitAfterN(s, []byte(","), 3))
	show(bytes.Split(append([]byte(nil), "héllo"...), nil))
	show(bytes.SplitN(append([]byte(nil), "héllo"...), nil, 3))
	show(bytes.Split(nil, []byte("x")))
	show(bytes.Split(append([]byte(nil), "abc"...), []byte("abc")))
}
