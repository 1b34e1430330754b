// A binary search tree whose nodes come from a free list: deleted nodes are
// recycled, and an in-order iterator uses an explicit stack slice.
package main

import "fmt"

type node struct {
	key         int
	val         string
	left, right *node
}

type Tree struct {
	root  *node
	free  *node // linked through .right
	size  int
	fresh int
}

func (t *Tree) newNode(k int, v string) *node {
	if n := t.free; n != nil {
		t.free = n.right
		*n = node{key: k, val: v}
		return n
	}
	t.fresh++
	return &node{key: k, val: v}
}

func (t *Tree) release(n *node) {
	*n = node{right: t.free}
	t.free = n
}

func (t *Tree) Put(k int, v string) {
	p := &t.root
	for *p != nil {
		switch {
		case k < (*p).key:
			p = &(*p).left
		case k > (*p).key:
			p = &(*p).right
		default:
			(*p).val = v
			return
		}
	}
	*p = t.newNode(k, v)
	t.size++
}

func (t *Tree) Delete(k int) bool {
	p := &t.root
	for *p != nil && (*p).key != k {
		if k < (*p).key {
			p = &(*p).left
		} else {
			p = &(*p).right
		}
	}
	n := *p
	if n == nil {
		return false
	}
	switch {
	case n.left == nil:
		*p = n.right
	case n.right == nil:
		*p = n.left
	default:
		s := &n.right
		for (*s).left != nil {
			s = &(*s).left
		}
		m := *s
		*s = m.right
		m.left, m.right = n.left, n.right
		*p = m
	}
	t.release(n)
	t.size--
	return true
}

type Iter struct {
	stack []*node
}

func (t *Tree) Iter() *Iter {
	it := &Iter{stack: make([]*node, 0, 8)}
	it.pushLeft(t.root)
	return it
}

func (it *Iter) pushLeft(n *node) {
	for ; n != nil; n = n.left {
		it.stack = append(it.stack, n)
	}
}

func (it *Iter) Next() (int, string, bool) {
	if len(it.stack) == 0 {
		return 0, "", false
	}
	n := it.stack[len(it.stack)-1]
	it.stack = it.stack[:len(it.stack)-1]
	it.pushLeft(n.right)
	return n.key, n.val, true
}

func (t *Tree) String() string {
	s := "["
	for it := t.Iter(); ; {
		k, v, ok := it.Next()
		if !ok {
			break
		}
		s += fmt.Sprintf(" %d:%s", k, v)
	}
	return s + " ]"
}

func main() {
	var t Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45} {
		t.Put(k, fmt.Sprint("v", k))
	}
	fmt.Println(t.size, t.fresh, t.String())
	fmt.Println(t.Delete(30), t.Delete(99), t.Delete(50), t.Delete(20))
	fmt.Println(t.size, t.String())
	for _, k := range []int{10, 55, 65, 75} {
		t.Put(k, "new")
	}
	t.Put(40, "updated")
	fmt.Println(t.size, t.fresh, t.String())
	freeLen := 0
	for n := t.free; n != nil; n = n.right {
		freeLen++
	}
	fmt.Println("free", freeLen, "root", t.root.key)
}
