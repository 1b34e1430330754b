package main

import "fmt"

type Point struct{ X, Y int }

// NewPoint returns a pointer: after inlining, the &Point{} of a caller that
// keeps it local can stay on the stack.
func NewPoint(x, y int) *Point { return &Point{X: x, Y: y} }

type Node struct {
	Val  int
	Next *Node
}

func NewList(n int) *Node {
	var head *Node
	for i := n; i > 0; i-- {
		head = &Node{Val: i, Next: head}
	}
	return head
}

func sum(l *Node) int {
	s := 0
	for ; l != nil; l = l.Next {
		s += l.Val
	}
	return s
}

type Config struct {
	Name    string
	Retries int
	Tags    []string
}

func DefaultConfig() Config {
	return Config{Name: "default", Retries: 3, Tags: []string{"a", "b"}}
}

func NewConfig(name string) *Config {
	c := DefaultConfig()
	c.Name = name
	return &c
}

var global *Point

func keep(p *Point) { global = p }

func main() {
	p := NewPoint(1, 2)
	q := NewPoint(3, 4)
	keep(q)
	fmt.Println(p.X+p.Y, global.X)
	l := NewList(10)
	fmt.Println(sum(l))
	c := NewConfig("svc")
	fmt.Println(c.Name, c.Retries, len(c.Tags))
	var pts []*Point
	for i := 0; i < 3; i++ {
		pts = append(pts, NewPoint(i, i*i))
	}
	for _, pt := range pts {
		fmt.Print(pt.Y, " ")
	}
	fmt.Println()
}
