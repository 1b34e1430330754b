// fmt: map[any] keys of many dynamic types print in gc's order (descriptor size, then type name).
package main

import "fmt"

type K struct {
	A int
	B string
}

type MyInt int

func (m MyInt) String() string { return "my" }

type Z int

func main() {
	x := 5
	_ = x
	m := map[any]int{1: 1, "a": 2, K{1, "b"}: 3, [2]int{1, 2}: 4, int8(1): 6, MyInt(2): 7, true: 8, 2.5: 9, Z(3): 10, uint(4): 11, [1]string{"q"}: 12, struct{}{}: 13}
	fmt.Println(m)
}
