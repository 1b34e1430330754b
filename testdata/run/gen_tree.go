// A binary search tree Tree[T] ordered by a cmp func field, with insert,
// delete, in-order walk through a callback that can stop early, height,
// floor lookup, and a tree of a struct type ordered by two keys.
package main

import (
	"fmt"
	"strings"
)

type Tree[T any] struct {
	root *tnode[T]
	cmp  func(a, b T) int
	size int
}

type tnode[T any] struct {
	val         T
	left, right *tnode[T]
}

func NewTree[T any](cmp func(a, b T) int) *Tree[T] {
	return &Tree[T]{cmp: cmp}
}

func (t *Tree[T]) Insert(v T) bool {
	p := &t.root
	for *p != nil {
		c := t.cmp(v, (*p).val)
		switch {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			return false
		}
	}
	*p = &tnode[T]{val: v}
	t.size++
	return true
}

func (t *Tree[T]) Delete(v T) bool {
	p := &t.root
	for *p != nil {
		c := t.cmp(v, (*p).val)
		if c == 0 {
			break
		}
		if c < 0 {
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
		// replace by the smallest of the right subtree
		q := &n.right
		for (*q).left != nil {
			q = &(*q).left
		}
		m := *q
		*q = m.right
		m.left, m.right = n.left, n.right
		*p = m
	}
	t.size--
	return true
}

func (t *Tree[T]) Walk(f func(T) bool) {
	var walk func(n *tnode[T]) bool
	walk = func(n *tnode[T]) bool {
		if n == nil {
			return true
		}
		return walk(n.left) && f(n.val) && walk(n.right)
	}
	walk(t.root)
}

func height[T any](n *tnode[T]) int {
	if n == nil {
		return 0
	}
	l, r := height(n.left), height(n.right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func (t *Tree[T]) Height() int { return height(t.root) }

// Floor returns the largest element <= v.
func (t *Tree[T]) Floor(v T) (T, bool) {
	var best T
	found := false
	for n := t.root; n != nil; {
		c := t.cmp(v, n.val)
		if c == 0 {
			return n.val, true
		}
		if c < 0 {
			n = n.left
		} else {
			best, found = n.val, true
			n = n.right
		}
	}
	return best, found
}

func (t *Tree[T]) String() string {
	var parts []string
	t.Walk(func(v T) bool {
		parts = append(parts, fmt.Sprint(v))
		return true
	})
	return fmt.Sprintf("size=%d h=%d [%s]", t.size, t.Height(), strings.Join(parts, " "))
}

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func Compare[T Ordered](a, b T) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

type employee struct {
	dept string
	age  int
}

func main() {
	t := NewTree(Compare[int])
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		t.Insert(v)
	}
	fmt.Println(t, t.Insert(40))
	for _, v := range []int{30, 50, 99, 20} {
		fmt.Println("delete", v, t.Delete(v), t)
	}
	for _, v := range []int{10, 36, 64, 100} {
		f, ok := t.Floor(v)
		fmt.Println("floor", v, f, ok)
	}
	var firstThree []int
	t.Walk(func(v int) bool {
		firstThree = append(firstThree, v)
		return len(firstThree) < 3
	})
	fmt.Println("first three", firstThree)

	rev := NewTree(func(a, b string) int { return -Compare(a, b) })
	for _, w := range strings.Fields("the quick brown fox jumps over the lazy dog") {
		rev.Insert(w)
	}
	fmt.Println(rev)

	emps := NewTree(func(a, b employee) int {
		if c := Compare(a.dept, b.dept); c != 0 {
			return c
		}
		return Compare(a.age, b.age)
	})
	emps.Insert(employee{"ops", 41})
	emps.Insert(employee{"dev", 29})
	emps.Insert(employee{"ops", 23})
	emps.Insert(employee{"dev", 35})
	emps.Insert(employee{"dev", 29})
	fmt.Println(emps)
	e, ok := emps.Floor(employee{"ops", 30})
	fmt.Printf("%+v %v\n", e, ok)

	deg := NewTree(Compare[float64])
	fmt.Println(deg, deg.Delete(1))
	_, ok = deg.Floor(3)
	fmt.Println(ok)
	// a degenerate (sorted insertion) tree
	for i := 0; i < 12; i++ {
		deg.Insert(float64(i) / 4)
	}
	fmt.Println(deg.Height(), deg.size)
}
