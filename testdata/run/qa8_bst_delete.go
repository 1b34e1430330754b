// A binary search tree of pointers: insert, delete with successor
// replacement, in-order walk with a callback, height and a level listing.
package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Key         int
	Val         string
	Left, Right *Node
}

type Tree struct {
	Root *Node
	Size int
}

func (t *Tree) Insert(k int, v string) {
	p := &t.Root
	for *p != nil {
		switch {
		case k < (*p).Key:
			p = &(*p).Left
		case k > (*p).Key:
			p = &(*p).Right
		default:
			(*p).Val = v
			return
		}
	}
	*p = &Node{Key: k, Val: v}
	t.Size++
}

func deleteNode(n *Node, k int) (*Node, bool) {
	if n == nil {
		return nil, false
	}
	var ok bool
	switch {
	case k < n.Key:
		n.Left, ok = deleteNode(n.Left, k)
	case k > n.Key:
		n.Right, ok = deleteNode(n.Right, k)
	default:
		if n.Left == nil {
			return n.Right, true
		}
		if n.Right == nil {
			return n.Left, true
		}
		succ := n.Right
		for succ.Left != nil {
			succ = succ.Left
		}
		n.Key, n.Val = succ.Key, succ.Val
		n.Right, _ = deleteNode(n.Right, succ.Key)
		return n, true
	}
	return n, ok
}

func (t *Tree) Delete(k int) bool {
	var ok bool
	t.Root, ok = deleteNode(t.Root, k)
	if ok {
		t.Size--
	}
	return ok
}

func walk(n *Node, visit func(*Node)) {
	if n == nil {
		return
	}
	walk(n.Left, visit)
	visit(n)
	walk(n.Right, visit)
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

func levels(root *Node) [][]int {
	var out [][]int
	queue := []*Node{root}
	for len(queue) > 0 && queue[0] != nil {
		var level []int
		next := queue[:0:0]
		for _, n := range queue {
			level = append(level, n.Key)
			if n.Left != nil {
				next = append(next, n.Left)
			}
			if n.Right != nil {
				next = append(next, n.Right)
			}
		}
		out = append(out, level)
		queue = next
	}
	return out
}

func main() {
	var t Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		t.Insert(k, fmt.Sprintf("v%d", k))
	}
	t.Insert(40, "forty")
	var keys []string
	walk(t.Root, func(n *Node) { keys = append(keys, fmt.Sprintf("%d=%s", n.Key, n.Val)) })
	fmt.Println(strings.Join(keys, " "))
	fmt.Println("size", t.Size, "height", height(t.Root))
	fmt.Println(levels(t.Root))
	for _, k := range []int{30, 50, 99, 20} {
		fmt.Println("delete", k, t.Delete(k))
	}
	fmt.Println(levels(t.Root), t.Size, height(t.Root))
	sum := 0
	walk(t.Root, func(n *Node) { sum += n.Key })
	fmt.Println("sum", sum)
}
