package main

import "fmt"

const Max = 10

func main() {
	Max = 20
	const c = len([]int{1, 2})
	var x = 5
	const d = x
	const e int8 = 200
	fmt.Println(c, d, e)
	"hello"[0] = 'H'
	s := "abc"
	s[0] = 'x'
}
