package main

import "fmt"

// Blank fields in composite literals: the value given for a `_` field is
// evaluated (in a function) but never stored; in a package variable's
// static initializer gc drops it altogether.

type Header struct {
	Magic uint16
	_     uint16
	Size  uint32
	_     [2]string
}

type Pad struct {
	_ float64
	X int8
	_ *int
}

type Wrapper struct {
	H   Header
	P   *Pad
	Any interface{}
}

var calls []string

func note(s string, v int) int {
	calls = append(calls, s)
	return v
}

func ptr(s string) *int {
	calls = append(calls, s)
	x := len(s)
	return &x
}

var gh = Header{0xCAFE, uint16(note("g-blank", 7)), 64, [2]string{"x", "y"}}
var gp = &Pad{1.5, 3, ptr("gp-blank")}
var gw = Wrapper{H: Header{1, 2, 3, [2]string{"a"}}, P: &Pad{2.5, 4, nil}, Any: Pad{9, 9, nil}}
var gs = []Header{{1, uint16(note("gs-blank", 1)), 2, [2]string{}}}
func newInt(v int) *int { return &v }

var gq = Pad{0.25, 6, newInt(5)}
var gdyn = fmt.Sprint(Header{5, uint16(note("arg-blank", 6)), 7, [2]string{"q"}})

func local(n int) Header {
	return Header{uint16(note("magic", n)), uint16(note("blank", n+1)), uint32(note("size", n+2)), [2]string{"l", "r"}}
}

func main() {
	fmt.Println(calls)
	fmt.Printf("%v %+v\n", gh, gh)
	fmt.Printf("%v %+v %+v %v\n", *gp, gw.H, *gw.P, gw.Any)
	fmt.Println(gs, gdyn, gq)
	calls = nil
	h := local(10)
	fmt.Println(calls, h)
	fmt.Printf("%+v %#v\n", h, h)
	p := Pad{3.25, -1, ptr("local-ptr")}
	fmt.Printf("%v %+v\n", p, p)
	q := &Pad{4.5, 2, nil}
	fmt.Println(*q == Pad{X: 2}, p == Pad{X: -1})
	m := map[Header]int{}
	m[Header{1, 2, 3, [2]string{"a"}}]++
	m[Header{1, 9, 3, [2]string{"b"}}]++
	fmt.Println(len(m), m)
	var i1, i2 interface{} = Header{1, 5, 2, [2]string{}}, Header{1, 6, 2, [2]string{"z"}}
	fmt.Println(i1 == i2, i1)
	hs := []Header{{1, 1, 1, [2]string{"s"}}, {Magic: 2, Size: 2}}
	fmt.Println(hs)
	arr := [2]Pad{{1, 1, nil}, {2, 2, ptr("arr")}}
	fmt.Println(arr, calls)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s := []int{1}
		i := 3
		_ = Header{1, uint16(s[i]), 2, [2]string{}}
		fmt.Println("not reached")
	}()
	w := Wrapper{H: local(20), P: &Pad{0.5, 5, ptr("w")}, Any: Header{7, 8, 9, [2]string{"i"}}}
	fmt.Printf("%+v %+v %v\n", w.H, *w.P, w.Any)
	fmt.Println(calls)
}
