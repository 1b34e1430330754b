// Constraint literals with methods over *T: the dictionary writes the bound as
// an interface of its methods, whose I.M wrappers gc names with qualified
// types (interface { Add(*main.Node) }.Add); method values and method
// expressions of such type parameters.
package main

import "fmt"

type Node struct {
	name string
	kids []*Node
}

func (n *Node) Name() string   { return n.name }
func (n *Node) Clone() *Node   { c := *n; c.kids = nil; return &c }
func (n *Node) Add(k *Node)    { n.kids = append(n.kids, k) }

type TreeLike[T any, P interface {
	*T
	Name() string
	Clone() P
	Add(P)
}] struct{ root P }

func (t TreeLike[T, P]) Copy() P {
	c := t.root.Clone()
	c.Add(t.root)
	return c
}

func Names[T any, P interface {
	*T
	Name() string
}](xs []T) []string {
	name := P.Name
	out := make([]string, len(xs))
	for i := range xs {
		out[i] = name(&xs[i])
	}
	return out
}

func Build[T any, P interface {
	*T
	Add(P)
}](root P, kids ...T) P {
	add := root.Add
	for i := range kids {
		func() { add(P(&kids[i])) }()
	}
	return root
}

func main() {
	t := TreeLike[Node, *Node]{root: &Node{name: "r"}}
	c := t.Copy()
	fmt.Println(c.name, len(c.kids), c.kids[0] == t.root)
	fmt.Println(Names([]Node{{name: "a"}, {name: "b"}}))
	r := Build(&Node{name: "top"}, Node{name: "k1"}, Node{name: "k2"})
	fmt.Println(len(r.kids), r.kids[1].name)
}
