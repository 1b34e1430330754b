// A generic ordered map as a treap of pointer nodes, with an in-order
// iterator closure, range queries and a generic pool of reusable nodes.
package main

import (
	"fmt"
	"strings"
)

type Ordered interface {
	~int | ~int64 | ~string | ~float64
}

type tnode[K Ordered, V any] struct {
	key         K
	val         V
	prio        uint32
	left, right *tnode[K, V]
}

type TreeMap[K Ordered, V any] struct {
	root *tnode[K, V]
	size int
	seed uint32
	free []*tnode[K, V]
}

func NewTreeMap[K Ordered, V any]() *TreeMap[K, V] {
	return &TreeMap[K, V]{seed: 2463534242}
}

func (t *TreeMap[K, V]) rand() uint32 {
	t.seed ^= t.seed << 13
	t.seed ^= t.seed >> 17
	t.seed ^= t.seed << 5
	return t.seed
}

func (t *TreeMap[K, V]) alloc(k K, v V) *tnode[K, V] {
	if n := len(t.free); n > 0 {
		nd := t.free[n-1]
		t.free = t.free[:n-1]
		*nd = tnode[K, V]{key: k, val: v, prio: t.rand()}
		return nd
	}
	return &tnode[K, V]{key: k, val: v, prio: t.rand()}
}

func rotateRight[K Ordered, V any](n *tnode[K, V]) *tnode[K, V] {
	l := n.left
	n.left, l.right = l.right, n
	return l
}

func rotateLeft[K Ordered, V any](n *tnode[K, V]) *tnode[K, V] {
	r := n.right
	n.right, r.left = r.left, n
	return r
}

func (t *TreeMap[K, V]) insert(n *tnode[K, V], k K, v V) *tnode[K, V] {
	if n == nil {
		t.size++
		return t.alloc(k, v)
	}
	switch {
	case k < n.key:
		n.left = t.insert(n.left, k, v)
		if n.left.prio > n.prio {
			n = rotateRight(n)
		}
	case k > n.key:
		n.right = t.insert(n.right, k, v)
		if n.right.prio > n.prio {
			n = rotateLeft(n)
		}
	default:
		n.val = v
	}
	return n
}

func (t *TreeMap[K, V]) Put(k K, v V) { t.root = t.insert(t.root, k, v) }

func (t *TreeMap[K, V]) Get(k K) (V, bool) {
	for n := t.root; n != nil; {
		switch {
		case k < n.key:
			n = n.left
		case k > n.key:
			n = n.right
		default:
			return n.val, true
		}
	}
	var zero V
	return zero, false
}

func (t *TreeMap[K, V]) Clear() {
	var walk func(n *tnode[K, V])
	walk = func(n *tnode[K, V]) {
		if n == nil {
			return
		}
		walk(n.left)
		walk(n.right)
		t.free = append(t.free, n)
	}
	walk(t.root)
	t.root, t.size = nil, 0
}

func (t *TreeMap[K, V]) Range(lo, hi K, f func(K, V) bool) {
	var walk func(n *tnode[K, V]) bool
	walk = func(n *tnode[K, V]) bool {
		if n == nil {
			return true
		}
		if lo < n.key && !walk(n.left) {
			return false
		}
		if lo <= n.key && n.key <= hi && !f(n.key, n.val) {
			return false
		}
		if n.key < hi {
			return walk(n.right)
		}
		return true
	}
	walk(t.root)
}

func height[K Ordered, V any](n *tnode[K, V]) int {
	if n == nil {
		return 0
	}
	l, r := height(n.left), height(n.right)
	if l > r {
		return l + 1
	}
	return r + 1
}

type Celsius float64

func main() {
	tm := NewTreeMap[string, *[]int]()
	for i, w := range strings.Fields("m c x a e q z b d y f") {
		s := []int{i}
		tm.Put(w, &s)
	}
	if p, ok := tm.Get("q"); ok {
		*p = append(*p, 100)
	}
	var keys []string
	tm.Range("b", "q", func(k string, v *[]int) bool {
		keys = append(keys, fmt.Sprint(k, *v))
		return len(keys) < 6
	})
	fmt.Println(keys, tm.size)
	fmt.Println("height ok:", height(tm.root) <= 8)
	tm.Clear()
	fmt.Println("free nodes:", len(tm.free))
	tm.Put("again", nil)
	fmt.Println("reused:", len(tm.free), tm.size)

	temps := NewTreeMap[Celsius, string]()
	for _, c := range []Celsius{21.5, -3, 37, 0, 100, 15.25} {
		temps.Put(c, fmt.Sprintf("%.1fC", float64(c)))
	}
	var out []string
	temps.Range(-10, 40, func(k Celsius, v string) bool { out = append(out, v); return true })
	fmt.Println(out)
	ints := NewTreeMap[int, int]()
	for i := 0; i < 1000; i++ {
		ints.Put((i*7919)%1000, i)
	}
	sum := 0
	ints.Range(0, 999, func(k, v int) bool { sum += k; return true })
	fmt.Println("ints", ints.size, sum, height(ints.root) < 40)
}
