// Syntax a newcomer stumbles over: shadowed predeclared names, blank
// fields, elided composite-literal types, big untyped constants, init
// statements everywhere, evaluation order of multiple assignments and
// method values bound to nil interfaces.
package main

import (
	"fmt"
	"strings"
)

type Pt struct{ X, Y int }

type Rec struct {
	Name string
	_    int
	At   *Pt
	Subs []Pt
}

type Temp float64

const (
	Huge    = 1 << 100
	Reduced = Huge >> 98
	Third   = 1.0 / 3
	Mixed   = 'a' + 1
	Big     = Huge * Huge / (Huge * Huge >> 1)
)

const (
	Freezing Temp = 32 + iota*0.5
	Chilly
	Cold
)

type Op func(int, int) int
type BinOp func(int, int) int

func order(tag string, log *[]string, v int) int {
	*log = append(*log, tag)
	return v
}

type Speaker interface{ Speak() string }

type Dog struct{ name string }

func (d *Dog) Speak() string {
	if d == nil {
		return "<nil dog>"
	}
	return d.name + " woofs"
}

func main() {
	len := func(s string) int { return strings.Count(s, "") - 1 }
	fmt.Println(len("héllo"))
	{
		true := false
		fmt.Println(true, !true)
	}
	new := 3
	copy := new * 2
	fmt.Println(new, copy)

	recs := []*Rec{
		{Name: "a", At: &Pt{1, 2}, Subs: []Pt{{3, 4}, {5, 6}}},
		{Name: "b"},
	}
	m := map[Pt][]*Pt{{0, 0}: {{1, 1}, nil}, {1, 0}: nil}
	grid := [2][2]Pt{{{1, 1}, {1, 2}}, {{2, 1}}}
	fmt.Println(recs[0].At, recs[0].Subs, recs[1].At == nil, len(fmt.Sprint(m[Pt{}][0])), grid)
	r0 := *recs[0]
	r0.At = nil
	fmt.Printf("%+v\n", r0)

	fmt.Println(Reduced, Third, Mixed, string(rune(Mixed)), Big, Freezing, Chilly, Cold)
	var f32 float32 = Third
	fmt.Println(f32, Third*3 == 1, float32(Third)*3 == 1)

	if n := len("abc"); n > 2 {
		fmt.Println("long", n)
	} else if n > 1 {
		fmt.Println("medium")
	}
	switch x := recs[0].At.X; {
	case x > 0:
		fmt.Println("positive x")
		fallthrough
	case x > 100:
		fmt.Println("(fell through)")
	default:
		fmt.Println("default")
	}
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()

	var log []string
	xs := []int{0, 0, 0}
	i := 0
	i, xs[i] = order("i", &log, 2), order("xs", &log, 9)
	fmt.Println(i, xs, log)
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	mm := map[string]int{"k": 1}
	mm["k"], mm["j"] = mm["k"]+10, mm["k"]
	fmt.Println(a, b, c, mm)

	var add Op = func(x, y int) int { return x + y }
	bin := BinOp(add)
	fmt.Println(bin(2, 3), Op(bin)(4, 5))

	var dp *Dog
	var s Speaker = dp
	speak := s.Speak
	fmt.Println(speak(), s != nil)
	var nilS Speaker
	defer func() {
		fmt.Println("recovered:", recover())
		named := func() (r string) {
			defer func() { r = strings.ToUpper(r) }()
			r = "named result"
			return r + "!"
		}
		fmt.Println(named())
	}()
	speak = nilS.Speak // panics here, when the method value is evaluated
	fmt.Println("unreachable", speak())
}
