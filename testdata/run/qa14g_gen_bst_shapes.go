package main

import (
	"fmt"
	"strings"
)

type Ordered interface {
	~int | ~int64 | ~uint8 | ~float64 | ~string
}

type Tree[K Ordered, V any] struct {
	root *tnode[K, V]
	size int
}

type tnode[K Ordered, V any] struct {
	key         K
	val         V
	left, right *tnode[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) bool {
	p := &t.root
	for *p != nil {
		switch n := *p; {
		case k < n.key:
			p = &n.left
		case k > n.key:
			p = &n.right
		default:
			n.val = v
			return false
		}
	}
	*p = &tnode[K, V]{key: k, val: v}
	t.size++
	return true
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

func (t *Tree[K, V]) Walk(f func(K, V) bool) {
	var walk func(n *tnode[K, V]) bool
	walk = func(n *tnode[K, V]) bool {
		if n == nil {
			return true
		}
		return walk(n.left) && f(n.key, n.val) && walk(n.right)
	}
	walk(t.root)
}

func (t *Tree[K, V]) Height() int {
	var h func(*tnode[K, V]) int
	h = func(n *tnode[K, V]) int {
		if n == nil {
			return 0
		}
		l, r := h(n.left), h(n.right)
		if l > r {
			return l + 1
		}
		return r + 1
	}
	return h(t.root)
}

func Keys[K Ordered, V any](t *Tree[K, V]) []K {
	out := make([]K, 0, t.size)
	t.Walk(func(k K, _ V) bool { out = append(out, k); return true })
	return out
}

func Range[K Ordered, V any](t *Tree[K, V], lo, hi K) []V {
	var out []V
	t.Walk(func(k K, v V) bool {
		if k > hi {
			return false
		}
		if k >= lo {
			out = append(out, v)
		}
		return true
	})
	return out
}

type Grade uint8

type Student struct {
	Name  string
	Score float64
}

func main() {
	var ti Tree[int, string]
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 30} {
		ti.Put(k, fmt.Sprintf("v%d", k))
	}
	fmt.Println(Keys(&ti), ti.size, ti.Height())
	fmt.Println(Range(&ti, 35, 65))
	v, ok := ti.Get(60)
	fmt.Println(v, ok)
	_, ok = ti.Get(65)
	fmt.Println(ok)

	ts := &Tree[string, *Student]{}
	for _, s := range []Student{{"mia", 91.5}, {"ann", 78}, {"zed", 88}, {"bob", 65.25}} {
		s := s
		ts.Put(s.Name, &s)
	}
	ts.Walk(func(k string, s *Student) bool {
		fmt.Printf("%s:%.2f ", k, s.Score)
		return true
	})
	fmt.Println()
	st, _ := ts.Get("zed")
	st.Score = 100
	st2, _ := ts.Get("zed")
	fmt.Println(st2.Score, len(Range(ts, "b", "n")))

	tg := &Tree[Grade, []string]{}
	for i, n := range strings.Fields("a b c d e f g h") {
		g := Grade(i % 3)
		cur, _ := tg.Get(g)
		tg.Put(g, append(cur, n))
	}
	tg.Walk(func(g Grade, ns []string) bool { fmt.Println(g, ns); return true })

	tf := &Tree[float64, struct{}]{}
	for _, f := range []float64{3.5, -1, 2.25, 3.5, 1e10} {
		tf.Put(f, struct{}{})
	}
	fmt.Println(Keys(tf), tf.Height())
	fmt.Printf("%T %T\n", ti, tg.root)
}
