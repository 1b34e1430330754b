package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	var n Node
	var p *Node = n
	var q Node = &n
	p.Next = n
	fmt.Println(*n, p, q)
	var i int = nil
	var k *int = 5
	fmt.Println(i, k)
}
