// Method values and nil receivers: a pointer method value on a nil
// pointer is fine until called; a value method value dereferences at once.
package main

import (
	"errors"
	"fmt"
)

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.Val + t.Left.Sum() + t.Right.Sum()
}

func (t Tree) Describe() string { return fmt.Sprintf("node %d", t.Val) }

type Logger interface{ Log(string) }

type nopLogger struct{}

func (nopLogger) Log(string) {}

type countLogger struct{ n int }

func (c *countLogger) Log(s string) { c.n += len(s) }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			err, _ := r.(error)
			var re interface{ RuntimeError() }
			fmt.Printf("%s: panic: %v (runtime error: %v)\n", name, r, errors.As(err, &re))
		}
	}()
	f()
	fmt.Println(name + ": ok")
}

func main() {
	var t *Tree
	sum := t.Sum // a nil *Tree is a valid receiver
	fmt.Println(sum())

	try("value method value of nil", func() {
		d := t.Describe // dereferences t now
		fmt.Println(d())
	})
	try("call through nil", func() {
		fmt.Println(t.Describe())
	})

	root := &Tree{Val: 1, Left: &Tree{Val: 2}, Right: &Tree{Val: 3, Left: &Tree{Val: 4}}}
	d := root.Describe
	root.Val = 100
	fmt.Println(d(), root.Sum())

	var lg Logger
	try("nil interface method value", func() {
		f := lg.Log
		f("x")
	})
	cl := &countLogger{}
	lg = cl
	logf := lg.Log
	logf("hello")
	logf("world!")
	fmt.Println(cl.n)
	lg = nopLogger{}
	lg.Log("ignored")

	var fns []func() int
	for _, n := range []*Tree{root, root.Left, nil} {
		fns = append(fns, n.Sum)
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var m map[string]int
	try("nil map write", func() { m["a"] = 1 })
	try("nil map read", func() { fmt.Println(m["a"], len(m)) })
}
