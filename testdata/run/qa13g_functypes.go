package main

import (
	"fmt"
	"sort"
	"strings"
)

type HandlerFunc func(string) string

func (f HandlerFunc) Serve(s string) string { return "[" + f(s) + "]" }

type Server interface{ Serve(string) string }

type Chain []Server

func (c Chain) Serve(s string) string {
	for _, h := range c {
		s = h.Serve(s)
	}
	return s
}

type Op func(float64, float64) (float64, error)

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	return fmt.Sprintf("(%v %d %v)", t.Left, t.Val, t.Right)
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.Val + t.Left.Sum() + t.Right.Sum()
}

type Visitor func(int) Visitor

type Temp float64
type Conv struct {
	Name string `json:"name"`
	Val  int    `json:"val"`
}
type Plain struct {
	Name string
	Val  int
}

func main() {
	up := HandlerFunc(strings.ToUpper)
	rev := HandlerFunc(func(s string) string {
		b := []byte(s)
		sort.Slice(b, func(i, j int) bool { return b[i] > b[j] })
		return string(b)
	})
	c := Chain{up, rev, Chain{up}}
	fmt.Println(c.Serve("hello"), up.Serve("x"), len(c))
	var s Server = up
	f := s.Serve
	s = rev
	fmt.Println(f("abc"), s.Serve("abc"))
	serve := Server.Serve
	fmt.Println(serve(up, "q"), HandlerFunc.Serve(rev, "ba"))
	var root *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 9} {
		root = root.Insert(v)
	}
	fmt.Println(root, root.Sum())
	var nilT *Tree
	fmt.Println(nilT.Sum(), nilT)
	var count int
	var v Visitor
	v = func(x int) Visitor {
		count += x
		if count > 10 {
			return nil
		}
		return v
	}
	for cur, i := v, 1; cur != nil; i++ {
		cur = cur(i)
	}
	fmt.Println(count)
	cv := Conv{"a", 1}
	pl := Plain(cv)
	fmt.Println(pl, Conv(pl) == cv)
	ops := map[string]Op{
		"div": func(a, b float64) (float64, error) {
			if b == 0 {
				return 0, fmt.Errorf("div by zero")
			}
			return a / b, nil
		},
	}
	if r, err := ops["div"](1, 0); err != nil {
		fmt.Println("err:", err, r)
	}
	if op, ok := ops["mul"]; !ok {
		fmt.Println("no mul", op == nil)
	}
	var fn func()
	var ch chan int
	var mp map[string]int
	fmt.Println(fn == nil, ch, mp, Temp(3))
	fmt.Printf("%v %v %d\n", ch, mp, []Temp{1.5})
	x := 1
	{
		x := 2
		x++
		_ = x
	}
	if x := 5; x > 3 {
		fmt.Println("inner x", x)
	} else if y := x * 2; y > 0 {
		fmt.Println(y)
	} else {
		fmt.Println(x, y)
	}
	fmt.Println("outer x", x)
	type Celsius = Temp
	var cc Celsius = 4
	fmt.Printf("%T %v\n", cc, cc)
	type local struct{ a, b int }
	ls := []local{{2, 1}, {1, 2}, {1, 1}}
	sort.Slice(ls, func(i, j int) bool {
		if ls[i].a != ls[j].a {
			return ls[i].a < ls[j].a
		}
		return ls[i].b < ls[j].b
	})
	fmt.Printf("%v %+v %T\n", ls, ls[0], ls[0])
	var iface interface{} = ls[0]
	if l, ok := iface.(local); ok {
		fmt.Println("local ok", l.a)
	}
	fmt.Printf("%#v\n", iface)
}
