// A binary search tree with pointer-to-pointer insertion, an explicit
// stack iterator (slice of *Node), height, and level-order traversal.
package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Key         int
	Left, Right *Node
}

type Tree struct {
	root  *Node
	count int
}

func (t *Tree) Insert(k int) bool {
	link := &t.root
	for *link != nil {
		switch n := *link; {
		case k < n.Key:
			link = &n.Left
		case k > n.Key:
			link = &n.Right
		default:
			return false
		}
	}
	*link = &Node{Key: k}
	t.count++
	return true
}

type Iter struct{ stack []*Node }

func (t *Tree) Iter() *Iter {
	it := &Iter{stack: make([]*Node, 0, 8)}
	it.pushLeft(t.root)
	return it
}

func (it *Iter) pushLeft(n *Node) {
	for ; n != nil; n = n.Left {
		it.stack = append(it.stack, n)
	}
}

func (it *Iter) Next() (int, bool) {
	if len(it.stack) == 0 {
		return 0, false
	}
	n := it.stack[len(it.stack)-1]
	it.stack = it.stack[:len(it.stack)-1]
	it.pushLeft(n.Right)
	return n.Key, true
}

func height(n *Node) int {
	if n == nil {
		return 0
	}
	l, r := height(n.Left), height(n.Right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func levels(root *Node) []string {
	var out []string
	q := []*Node{root}
	for len(q) > 0 {
		var sb strings.Builder
		next := q[:0:0]
		for _, n := range q {
			fmt.Fprintf(&sb, "%d ", n.Key)
			if n.Left != nil {
				next = append(next, n.Left)
			}
			if n.Right != nil {
				next = append(next, n.Right)
			}
		}
		out = append(out, strings.TrimSpace(sb.String()))
		q = next
	}
	return out
}

func main() {
	var t Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 30, 65, 10} {
		if !t.Insert(k) {
			fmt.Println("duplicate", k)
		}
	}
	it := t.Iter()
	for k, ok := it.Next(); ok; k, ok = it.Next() {
		fmt.Print(k, " ")
	}
	fmt.Println()
	fmt.Println("count", t.count, "height", height(t.root))
	for i, l := range levels(t.root) {
		fmt.Printf("level %d: %s\n", i, l)
	}
}
