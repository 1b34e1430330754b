package main

import (
	"errors"
	"fmt"
	"strings"
)

type Node struct {
	Val   int
	Left  *Node
	Right *Node
}

func (n *Node) Sum() int {
	if n == nil {
		return 0
	}
	return n.Val + n.Left.Sum() + n.Right.Sum()
}

func (n *Node) Insert(v int) *Node {
	if n == nil {
		return &Node{Val: v}
	}
	if v < n.Val {
		n.Left = n.Left.Insert(v)
	} else {
		n.Right = n.Right.Insert(v)
	}
	return n
}

func (n *Node) String() string {
	if n == nil {
		return "()"
	}
	return fmt.Sprintf("(%v %d %v)", n.Left, n.Val, n.Right)
}

type MyErr struct{ Code int }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return fmt.Sprintf("code %d", e.Code)
}

func find(code int) *MyErr {
	if code == 0 {
		return nil
	}
	return &MyErr{code}
}

func badCheck(code int) error {
	return find(code) // a typed nil inside a non-nil interface
}

func goodCheck(code int) error {
	if e := find(code); e != nil {
		return e
	}
	return nil
}

type Logger struct {
	lines []string
}

func (l *Logger) Log(s string) {
	if l == nil {
		return
	}
	l.lines = append(l.lines, s)
}

type Service struct {
	log *Logger
}

func main() {
	var root *Node
	fmt.Println(root.Sum(), root)
	for _, v := range []int{5, 2, 8, 1, 9, 3} {
		root = root.Insert(v)
	}
	fmt.Println(root.Sum(), root)
	e1, e2 := badCheck(0), goodCheck(0)
	fmt.Println(e1 == nil, e2 == nil, e1)
	var target *MyErr
	fmt.Println(errors.As(e1, &target), target == nil)
	fmt.Println(errors.As(goodCheck(7), &target), target.Code)
	s := Service{}
	s.log.Log("dropped")
	s.log = &Logger{}
	s.log.Log("kept")
	fmt.Println(len(s.log.lines))
	var st fmt.Stringer = (*Node)(nil)
	fmt.Println(st != nil, st.String(), strings.Repeat("-", 3))
	var iface interface{ Sum() int } = root.Left.Left.Left
	fmt.Println(iface.Sum(), iface != nil)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		var re interface{ RuntimeError() }
		_, isRT := r.(interface{ RuntimeError() })
		fmt.Println(isRT, re == nil)
	}()
	var missing *Node
	fmt.Println(missing.Val)
}
