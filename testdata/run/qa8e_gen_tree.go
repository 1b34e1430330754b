package main

import (
	"fmt"
	"strings"
)

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint32 | ~uint64 | ~float32 | ~float64 | ~string
}

type Tree[K Ordered, V any] struct {
	root *node[K, V]
	n    int
}

type node[K Ordered, V any] struct {
	k           K
	v           V
	left, right *node[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch {
		case k < (*p).k:
			p = &(*p).left
		case k > (*p).k:
			p = &(*p).right
		default:
			(*p).v = v
			return
		}
	}
	*p = &node[K, V]{k: k, v: v}
	t.n++
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		if k < n.k {
			n = n.left
		} else if k > n.k {
			n = n.right
		} else {
			return n.v, true
		}
	}
	var zero V
	return zero, false
}

func (t *Tree[K, V]) Walk(f func(K, V) bool) {
	var walk func(*node[K, V]) bool
	walk = func(n *node[K, V]) bool {
		if n == nil {
			return true
		}
		return walk(n.left) && f(n.k, n.v) && walk(n.right)
	}
	walk(t.root)
}

func (t *Tree[K, V]) Height() int {
	return height(t.root)
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

func (t *Tree[K, V]) Min() (K, bool) {
	if t.root == nil {
		var z K
		return z, false
	}
	n := t.root
	for n.left != nil {
		n = n.left
	}
	return n.k, true
}

func Keys[K Ordered, V any](t *Tree[K, V]) []K {
	ks := make([]K, 0, t.n)
	t.Walk(func(k K, _ V) bool { ks = append(ks, k); return true })
	return ks
}

func main() {
	var t Tree[string, int]
	text := "the cat sat on the mat the end"
	for _, w := range strings.Fields(text) {
		c, _ := t.Get(w)
		t.Put(w, c+1)
	}
	t.Walk(func(k string, v int) bool {
		fmt.Printf("%s:%d ", k, v)
		return true
	})
	fmt.Println()
	fmt.Println(Keys(&t), t.n, t.Height())
	m, ok := t.Min()
	fmt.Println(m, ok)

	nums := &Tree[float64, []string]{}
	for i, x := range []float64{5, 3, 8, 1, 4, 7, 9, 2, 6} {
		nums.Put(x, []string{fmt.Sprint("#", i)})
	}
	count := 0
	nums.Walk(func(k float64, v []string) bool {
		count++
		fmt.Print(k, v, " ")
		return k < 6
	})
	fmt.Println("visited", count, "height", nums.Height())
	type id uint8
	ids := &Tree[id, struct{}]{}
	for _, x := range []id{200, 10, 255, 0} {
		ids.Put(x, struct{}{})
	}
	fmt.Println(Keys(ids))
	var e Tree[int8, bool]
	_, ok = e.Min()
	v, found := e.Get(3)
	fmt.Println(ok, v, found, e.Height())
}
