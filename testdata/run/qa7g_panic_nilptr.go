package main

import "fmt"

type Node struct {
	Val   int
	Left  *Node
	Right *Node
}

func (n *Node) Insert(v int) *Node {
	if n == nil {
		return &Node{Val: v}
	}
	if v < n.Val {
		n.Left = n.Left.Insert(v)
	} else {
		n.Right = n.Right.Insert(v)
	}
	return n
}

func (n *Node) Sum() int {
	if n == nil {
		return 0
	}
	return n.Val + n.Left.Sum() + n.Right.Sum()
}

func (n *Node) Min() int {
	for n.Left != nil {
		n = n.Left
	}
	return n.Val
}

type Config struct {
	Name string
	Opts *Options
}

type Options struct {
	Verbose bool
	Level   int
}

func main() {
	var root *Node
	for _, v := range []int{5, 3, 8, 1, 4, 9} {
		root = root.Insert(v)
	}
	fmt.Println("sum", root.Sum(), "min", root.Min())
	var empty *Node
	fmt.Println("empty sum", empty.Sum())
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println("recovered:", r, ok, err.Error())
		}()
		fmt.Println(empty.Min())
	}()
	cfgs := []Config{{"a", &Options{true, 2}}, {"b", nil}}
	for _, c := range cfgs {
		fmt.Println(c.Name, c.Opts != nil)
	}
	fmt.Println(cfgs[1].Opts.Level)
}
