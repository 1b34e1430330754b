// A binary search tree whose nodes live in a slice and link by int32
// index instead of pointers: fewer pointers for the GC to scan.
package main

import "fmt"

const nilIdx = -1

type tnode struct {
	key         int
	val         string
	left, right int32
}

type Tree struct {
	nodes []tnode
	root  int32
}

func NewTree(capacity int) *Tree {
	return &Tree{nodes: make([]tnode, 0, capacity), root: nilIdx}
}

func (t *Tree) newNode(k int, v string) int32 {
	t.nodes = append(t.nodes, tnode{key: k, val: v, left: nilIdx, right: nilIdx})
	return int32(len(t.nodes) - 1)
}

func (t *Tree) Insert(k int, v string) {
	if t.root == nilIdx {
		t.root = t.newNode(k, v)
		return
	}
	i := t.root
	for {
		n := &t.nodes[i]
		switch {
		case k == n.key:
			n.val = v
			return
		case k < n.key:
			if n.left == nilIdx {
				idx := t.newNode(k, v)
				t.nodes[i].left = idx // n may be stale after append
				return
			}
			i = n.left
		default:
			if n.right == nilIdx {
				idx := t.newNode(k, v)
				t.nodes[i].right = idx
				return
			}
			i = n.right
		}
	}
}

func (t *Tree) Find(k int) (string, bool) {
	for i := t.root; i != nilIdx; {
		n := t.nodes[i]
		if k == n.key {
			return n.val, true
		}
		if k < n.key {
			i = n.left
		} else {
			i = n.right
		}
	}
	return "", false
}

func (t *Tree) walk(i int32, visit func(k int, v string)) {
	if i == nilIdx {
		return
	}
	t.walk(t.nodes[i].left, visit)
	visit(t.nodes[i].key, t.nodes[i].val)
	t.walk(t.nodes[i].right, visit)
}

func (t *Tree) height(i int32) int {
	if i == nilIdx {
		return 0
	}
	l, r := t.height(t.nodes[i].left), t.height(t.nodes[i].right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func main() {
	t := NewTree(2)
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		t.Insert(k, fmt.Sprintf("v%d", k))
	}
	t.Insert(40, "forty")
	var keys []int
	var vals []string
	t.walk(t.root, func(k int, v string) {
		keys = append(keys, k)
		vals = append(vals, v)
	})
	fmt.Println(keys)
	fmt.Println(vals)
	fmt.Println(len(t.nodes), cap(t.nodes) >= 10, t.height(t.root))
	for _, k := range []int{45, 46, 80} {
		v, ok := t.Find(k)
		fmt.Println(k, v, ok)
	}
}
