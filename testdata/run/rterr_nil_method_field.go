package main

import "fmt"

type Node struct {
	val  int
	next *Node
}

func (n *Node) Sum() int {
	s := 0
	for ; n != nil; n = n.next {
		s += n.val
	}
	return s
}

func (n *Node) Val() int { return n.val }
func (n *Node) Next() *Node { return n.next }

func main() {
	var head *Node
	fmt.Println(head.Sum())
	var arr *[4]int
	defer func() { fmt.Println(recover()); fmt.Println(head.Next()) }()
	fmt.Println(arr[2])
}
