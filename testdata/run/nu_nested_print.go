// What fmt prints for nested values: %v, %+v and %#v of structs holding
// pointers, maps, slices, arrays, interfaces, nil values, embedded
// structs, Stringer/error implementations on values and pointers, and
// byte slices; the kind of output a "debugging with Printf" post shows.
package main

import (
	"errors"
	"fmt"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Point struct{ X, Y int }

type PtrStringer struct{ N int }

func (p *PtrStringer) String() string { return fmt.Sprintf("PS<%d>", p.N) }

type Inner struct {
	Tags  []string
	Attrs map[string]int
	Pos   *Point
}

type Meta struct {
	Version int
	Author  string
}

type Doc struct {
	Meta
	Title   string
	Color   Color
	Inner   Inner
	PInner  *Inner
	Any     interface{}
	Err     error
	Fn      func()
	Ch      chan int
	Arr     [2]Point
	Bytes   []byte
	PS      PtrStringer
	PPS     *PtrStringer
	private bool
}

type Tree struct {
	Val         int
	Left, Right *Tree
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

type Grid [3][3]int

type Named map[string][]int

type wrapErr struct {
	op  string
	err error
}

func (w wrapErr) Error() string { return w.op + ": " + w.err.Error() }

func main() {
	d := Doc{
		Meta:  Meta{2, "ann"},
		Title: "report",
		Color: Blue,
		Inner: Inner{Tags: []string{"a", "b"}, Attrs: map[string]int{"z": 26, "a": 1}},
		Any:   Point{1, 2},
		Err:   errors.New("boom"),
		Arr:   [2]Point{{1, 2}, {3, 4}},
		Bytes: []byte("hi"),
		PS:    PtrStringer{5},
	}
	fmt.Printf("%v\n", d.Inner)
	fmt.Printf("%+v\n", d.Inner)
	fmt.Printf("%v\n", d.Meta)
	fmt.Printf("%+v %#v\n", d.Arr, d.Arr)
	fmt.Printf("%v|%+v|%s|%d\n", d.Color, d.Color, d.Color, d.Color)
	fmt.Printf("%v %+v\n", d.PS, &d.PS)
	fmt.Printf("%v %v %v\n", d.Err, d.Any, d.Bytes)
	fmt.Printf("%v %v %v %v\n", d.PInner, d.PPS, d.Fn == nil, d.Ch)
	fmt.Printf("%#v\n", d.Meta)
	fmt.Printf("%#v\n", d.Inner.Tags)
	fmt.Printf("%#v\n", d.Inner.Attrs)
	fmt.Printf("%#v %#v\n", d.Color, d.Bytes)
	fmt.Printf("%#v\n", Inner{})
	fmt.Printf("%v\n", Inner{})
	fmt.Printf("%+v\n", Inner{Pos: nil, Attrs: map[string]int{}})

	var root *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 9} {
		root = root.Insert(v)
	}
	fmt.Println(root)
	fmt.Printf("%v %s\n", root.Left, root.Right)
	fmt.Println(*root.Left.Left)
	fmt.Printf("%+v\n", *root.Right.Right)

	var g Grid
	for i := range g {
		for j := range g[i] {
			g[i][j] = i*3 + j
		}
	}
	fmt.Println(g)
	fmt.Printf("%v %d\n", g[1], g[2][1:])
	n := Named{"odd": {1, 3}, "even": {2, 4}, "none": nil}
	fmt.Println(n, len(n))
	fmt.Printf("%#v\n", Named{"k": {1}})

	mixed := []interface{}{1, "two", 3.5, nil, Point{1, 2}, &Point{3, 4}, []int{5}, map[int]string{2: "b", 1: "a"}, Green, errors.New("e"), true, 'x', byte(7), [0]int{}, struct{}{}}
	fmt.Println(mixed...)
	fmt.Printf("%v\n", append(mixed[:5:5], mixed[6:]...))
	for _, m := range mixed[:6] {
		fmt.Printf("[%T %v] ", m, m)
	}
	fmt.Println()

	var nilErr error
	var nilIface interface{}
	var nilPtr *Point
	var nilSlice []int
	var nilMap map[string]int
	fmt.Println(nilErr, nilIface, nilPtr, nilSlice, nilMap)
	fmt.Printf("%v %+v %#v %#v %#v %#v\n", nilErr, nilIface, nilPtr, nilSlice, nilMap, nilIface)
	fmt.Printf("%d %s %x\n", nilSlice, nilSlice, nilSlice)
	we := wrapErr{"read", errors.New("eof")}
	fmt.Println(we, &we)
	fmt.Printf("%v %+v %s %q\n", we, we, we, we)
	mp := map[Point]string{{2, 1}: "b", {1, 2}: "a", {1, 1}: "c"}
	fmt.Println(mp)
	mc := map[Color][]Point{Blue: {{1, 1}}, Red: nil}
	fmt.Println(mc)
	pp := &d.Arr[1]
	ppp := &pp
	fmt.Println(*pp, **ppp, pp == &d.Arr[1])
	fmt.Printf("%v %+v\n", struct {
		A *int
		B []*Point
	}{nil, []*Point{nil}}, struct{ M map[string]*Tree }{map[string]*Tree{"t": nil}})
	fmt.Printf("%s|%10v|%-10v|%5v\n", []string{"x", "y"}, Point{1, 2}, Red, []int{1, 2})
	fmt.Printf("%x %X %o\n", Point{255, 16}, []int{10, 11}, map[string]int{"a": 8})
}
