package main

import "fmt"

// An alias declared before the defined type it mentions: the checker
// resolves defined types first, then aliases (types2's order), so the
// method sets agree.

type Handler = func(Event) string

type Event interface {
	Name() string
	Dispatch(Handler) string
}

type Visit = func(Node) int

type Node interface {
	Walk(Visit) int
}

type click struct{ x, y int }

func (c click) Name() string               { return "click" }
func (c click) Dispatch(h Handler) string { return h(c) }

type leaf int

func (l leaf) Walk(v Visit) int { return v(l) }

type pair struct{ a, b Node }

func (p pair) Walk(v Visit) int { return v(p) + p.a.Walk(v) + p.b.Walk(v) }

var _ Event = &click{}

func main() {
	var e Event = click{1, 2}
	fmt.Println(e.Dispatch(func(ev Event) string { return "got " + ev.Name() }))
	var n Node = pair{leaf(1), pair{leaf(2), leaf(3)}}
	count := 0
	fmt.Println(n.Walk(func(Node) int { count++; return 1 }), count)
}
