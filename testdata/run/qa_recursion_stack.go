package main

import "fmt"

type Node struct {
	children []*Node
	val      int
}

func build(depth, width int) *Node {
	n := &Node{val: depth}
	if depth == 0 {
		return n
	}
	for i := 0; i < width; i++ {
		n.children = append(n.children, build(depth-1, width))
	}
	return n
}

func (n *Node) Count() int {
	c := 1
	for _, ch := range n.children {
		c += ch.Count()
	}
	return c
}

func deep(n int) int {
	var pad [64]byte
	pad[n%64] = byte(n)
	if n == 0 {
		return int(pad[0])
	}
	return deep(n-1) + int(pad[n%64]&1)
}

func ackermann(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func main() {
	t := build(6, 4)
	fmt.Println("nodes:", t.Count())
	fmt.Println("deep:", deep(100000))
	fmt.Println("ack:", ackermann(2, 3), ackermann(3, 5))
	done := make(chan int)
	go func() { done <- deep(10000) }()
	fmt.Println("deep in goroutine:", <-done)
}
