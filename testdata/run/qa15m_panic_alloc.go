package main

import (
	"errors"
	"fmt"
	"strings"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

type Node struct {
	Kind     string
	Children []*Node
	Text     string
}

func parse(lines []string) (root *Node, err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if pe, ok := r.(*ParseError); ok {
			err = pe
			root = nil
			return
		}
		if re, ok := r.(error); ok {
			err = fmt.Errorf("runtime: %w", re)
			return
		}
		panic(r)
	}()
	root = &Node{Kind: "doc"}
	stack := []*Node{root}
	for i, ln := range lines {
		depth := len(ln) - len(strings.TrimLeft(ln, " "))
		ln = strings.TrimSpace(ln)
		if depth%2 != 0 {
			panic(&ParseError{i + 1, "odd indent"})
		}
		level := depth / 2
		if level >= len(stack) {
			panic(&ParseError{i + 1, "too deep"})
		}
		stack = stack[:level+1]
		parent := stack[level]
		n := &Node{Kind: "item", Text: ln}
		if strings.HasPrefix(ln, "#") {
			n.Kind = "heading"
			n.Text = ln[strings.IndexByte(ln, ' ')+1:]
		}
		if ln == "!index" {
			_ = parent.Children[len(parent.Children)+3]
		}
		if ln == "!boom" {
			panic(fmt.Sprintf("boom at %d", i+1))
		}
		parent.Children = append(parent.Children, n)
		stack = append(stack, n)
	}
	return root, nil
}

func count(n *Node) int {
	c := 1
	for _, ch := range n.Children {
		c += count(ch)
	}
	return c
}

func try(name string, lines []string) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: re-panicked: %v\n", name, r)
		}
	}()
	root, err := parse(lines)
	var pe *ParseError
	switch {
	case errors.As(err, &pe):
		fmt.Printf("%s: parse error at %d (%s)\n", name, pe.Line, pe.Msg)
	case err != nil:
		fmt.Printf("%s: %v\n", name, err)
	default:
		fmt.Printf("%s: %d nodes, first %q\n", name, count(root), root.Children[0].Text)
	}
}

func main() {
	try("ok", []string{"# Title", "  intro", "  # Sub", "    point", "done"})
	try("odd", []string{"a", " b"})
	try("deep", []string{"a", "    b"})
	try("index", []string{"a", "  !index"})
	try("boom", []string{"a", "!boom"})
	big := make([]string, 0, 2000)
	for i := 0; i < 2000; i++ {
		big = append(big, strings.Repeat("  ", i%5)+fmt.Sprint("n", i))
	}
	try("big", big)
	big[1999] = "   x"
	try("big-bad", big)
}
