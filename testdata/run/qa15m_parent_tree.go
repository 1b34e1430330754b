package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Name     string
	Parent   *Node
	Children []*Node
	Size     int64
}

func (n *Node) Add(name string, size int64) *Node {
	c := &Node{Name: name, Parent: n, Size: size}
	n.Children = append(n.Children, c)
	return c
}

func (n *Node) Path() string {
	var parts []string
	for p := n; p != nil; p = p.Parent {
		parts = append(parts, p.Name)
	}
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
	return strings.Join(parts, "/")
}

func (n *Node) Total() int64 {
	t := n.Size
	for _, c := range n.Children {
		t += c.Total()
	}
	return t
}

func (n *Node) Detach() {
	p := n.Parent
	if p == nil {
		return
	}
	for i, c := range p.Children {
		if c == n {
			copy(p.Children[i:], p.Children[i+1:])
			p.Children[len(p.Children)-1] = nil
			p.Children = p.Children[:len(p.Children)-1]
			break
		}
	}
	n.Parent = nil
}

func (n *Node) MoveTo(dst *Node) {
	n.Detach()
	n.Parent = dst
	dst.Children = append(dst.Children, n)
}

func (n *Node) Depth() int {
	d := 0
	for p := n.Parent; p != nil; p = p.Parent {
		d++
	}
	return d
}

func walk(n *Node, visit func(*Node)) {
	visit(n)
	for _, c := range n.Children {
		walk(c, visit)
	}
}

func main() {
	root := &Node{Name: ""}
	home := root.Add("home", 0)
	ann := home.Add("ann", 0)
	ann.Add("notes.txt", 1200)
	docs := ann.Add("docs", 0)
	docs.Add("cv.pdf", 88000)
	docs.Add("letter.odt", 14000)
	bob := home.Add("bob", 0)
	bob.Add(".profile", 300)
	tmp := root.Add("tmp", 0)
	tmp.Add("core", 500000)

	print := func() {
		walk(root, func(n *Node) {
			fmt.Printf("%s%-12s %8d %s\n", strings.Repeat("  ", n.Depth()), n.Name+"/", n.Total(), n.Path())
		})
	}
	print()
	docs.MoveTo(bob)
	tmp.Children[0].Detach()
	fmt.Println("--- after move")
	print()
	fmt.Println(docs.Path(), docs.Parent == bob, len(ann.Children), cap(tmp.Children))
}
