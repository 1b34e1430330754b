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
	parent      *node[K, V]
}

type Tree[K Ordered, V any] struct {
	root *node[K, V]
	n    int
}

func (t *Tree[K, V]) Put(k K, v V) {
	var parent *node[K, V]
	link := &t.root
	for *link != nil {
		parent = *link
		switch {
		case k < parent.key:
			link = &parent.left
		case k > parent.key:
			link = &parent.right
		default:
			parent.val = v
			return
		}
	}
	*link = &node[K, V]{key: k, val: v, parent: parent}
	t.n++
}

func (t *Tree[K, V]) min() *node[K, V] {
	n := t.root
	for n != nil && n.left != nil {
		n = n.left
	}
	return n
}

func successor[K Ordered, V any](n *node[K, V]) *node[K, V] {
	if n.right != nil {
		n = n.right
		for n.left != nil {
			n = n.left
		}
		return n
	}
	p := n.parent
	for p != nil && n == p.right {
		n, p = p, p.parent
	}
	return p
}

func (t *Tree[K, V]) Ascend(f func(K, V) bool) {
	for n := t.min(); n != nil; n = successor(n) {
		if !f(n.key, n.val) {
			return
		}
	}
}

func (t *Tree[K, V]) depthOf(k K) int {
	d := -1
	for n := t.root; n != nil; {
		if k == n.key {
			for p := n; p != nil; p = p.parent {
				d++
			}
			return d
		}
		if k < n.key {
			n = n.left
		} else {
			n = n.right
		}
	}
	return d
}

type Celsius float64

func main() {
	var words Tree[string, int]
	for i, w := range strings.Fields("m f t b h p x a c g") {
		words.Put(w, i)
	}
	words.Put("h", 100)
	var keys []string
	words.Ascend(func(k string, v int) bool {
		keys = append(keys, fmt.Sprintf("%s%d", k, v))
		return true
	})
	fmt.Println(words.n, keys)
	fmt.Println(words.depthOf("m"), words.depthOf("g"), words.depthOf("zz"))
	var temps Tree[Celsius, *string]
	labels := []string{"cold", "mild", "hot"}
	for i, c := range []Celsius{18.5, -3, 31} {
		temps.Put(c, &labels[i])
	}
	labels[1] = "MILD"
	temps.Ascend(func(k Celsius, v *string) bool {
		fmt.Printf("%.1f=%s ", float64(k), *v)
		return k < 20
	})
	fmt.Println()
	var nums Tree[int64, struct{}]
	for i := int64(0); i < 1000; i++ {
		nums.Put((i*7919)%1000, struct{}{})
	}
	cnt := 0
	var last int64 = -1
	sorted := true
	nums.Ascend(func(k int64, _ struct{}) bool {
		if k <= last {
			sorted = false
		}
		last = k
		cnt++
		return true
	})
	fmt.Println(cnt, sorted, last)
}
