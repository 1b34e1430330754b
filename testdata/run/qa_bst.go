package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Key         int
	Val         string
}

func Insert(t *Tree, k int, v string) *Tree {
	if t == nil {
		return &Tree{Key: k, Val: v}
	}
	switch {
	case k < t.Key:
		t.Left = Insert(t.Left, k, v)
	case k > t.Key:
		t.Right = Insert(t.Right, k, v)
	default:
		t.Val = v
	}
	return t
}

func (t *Tree) Walk(f func(int, string)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Key, t.Val)
	t.Right.Walk(f)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Height(), t.Right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func main() {
	var root *Tree
	keys := []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65}
	for _, k := range keys {
		root = Insert(root, k, fmt.Sprintf("v%d", k))
	}
	root = Insert(root, 40, "forty")
	var out []string
	root.Walk(func(k int, v string) { out = append(out, fmt.Sprintf("%d=%s", k, v)) })
	fmt.Println(out)
	fmt.Println("height", root.Height(), "len", len(out))
	count := 0
	root.Walk(func(int, string) { count++ })
	fmt.Println(count)
	fmt.Printf("%+v\n", *root.Left.Left)
}
