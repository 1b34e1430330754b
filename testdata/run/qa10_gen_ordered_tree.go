// A generic binary search tree over an Ordered constraint, with generic
// Min/Max helpers, an in-order walk into a preallocated slice, and Floor.
package main

import "fmt"

type Ordered interface {
	~int | ~int32 | ~uint | ~float64 | ~string
}

type BST[K Ordered, V any] struct {
	root *bnode[K, V]
	size int
}

type bnode[K Ordered, V any] struct {
	k           K
	v           V
	left, right *bnode[K, V]
}

func (t *BST[K, V]) Put(k K, v V) {
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
	*p = &bnode[K, V]{k: k, v: v}
	t.size++
}

func (t *BST[K, V]) Floor(k K) (K, V, bool) {
	var best *bnode[K, V]
	for n := t.root; n != nil; {
		if n.k == k {
			return n.k, n.v, true
		}
		if n.k < k {
			best = n
			n = n.right
		} else {
			n = n.left
		}
	}
	if best == nil {
		var zk K
		var zv V
		return zk, zv, false
	}
	return best.k, best.v, true
}

func (t *BST[K, V]) Keys() []K {
	out := make([]K, 0, t.size)
	var walk func(*bnode[K, V])
	walk = func(n *bnode[K, V]) {
		if n == nil {
			return
		}
		walk(n.left)
		out = append(out, n.k)
		walk(n.right)
	}
	walk(t.root)
	return out
}

func Min[T Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x < m {
			m = x
		}
	}
	return m
}

func Max[T Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

type Version uint

func main() {
	var t BST[int, string]
	for _, k := range []int{50, 20, 80, 10, 30, 70, 90, 30} {
		t.Put(k, fmt.Sprint("v", k))
	}
	fmt.Println(t.Keys(), t.size)
	for _, q := range []int{5, 10, 55, 100} {
		k, v, ok := t.Floor(q)
		fmt.Println(q, k, v, ok)
	}
	var words BST[string, int]
	for i, w := range []string{"m", "c", "x", "a"} {
		words.Put(w, i)
	}
	fmt.Println(words.Keys())
	fmt.Println(Min(3, 1, 2), Max("b", "z", "a"), Min(2.5, -1.5), Max[Version](3, 9, 4))
	var vt BST[Version, []int]
	vt.Put(2, []int{1})
	vt.Put(1, nil)
	k, v, _ := vt.Floor(5)
	fmt.Println(k, v, len(vt.Keys()))
}
