package main

import "fmt"

type Node struct {
	kids []*Node
	name string
}

var sink interface{}

// -m=2 explains the type switch's case variable flowing out "from case
// *Node: ... (switch case)", printing the clause's statements: a `var`
// declaration is printed as gc's stmtFmt does ("var names []string").
func walk(x interface{}) interface{} {
	switch v := x.(type) {
	case *Node:
		var names []string
		var count int
		for _, k := range v.kids {
			names = append(names, k.name)
			count++
		}
		fmt.Println(names, count)
		return v
	case string:
		var buf [4]byte
		copy(buf[:], v)
		sink = v
		return string(buf[:])
	}
	return nil
}

func main() {
	n := &Node{kids: []*Node{{name: "a"}, {name: "b"}}, name: "root"}
	fmt.Println(walk(n) == n, walk("xyzzy"), walk(1))
}
