package main

import "fmt"

type Node struct {
	Val  int
	Next Node
}

type A struct{ b B }
type B struct{ a A }

type List []List

type Bad [len(Bad{})]int

func main() {
	var n Node
	var l List
	fmt.Println(n, l)
}
