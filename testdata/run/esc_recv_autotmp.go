package main

// B15: a method called on a call's result: gc orders the result into a
// temporary first, and -m prints the receiver as .autotmp_N.

import (
	"fmt"
	"time"
)

type T struct {
	a, b int
	p    *int
}

func mk(x int) T   { return T{a: x} }
func (t T) M() int { return t.a + t.b }

type P struct{ x, y int }

func mkp(x int) *P     { return &P{x: x} }
func (p *P) Sum() int  { return p.x + p.y }
func (p P) Twice() int { return 2 * (p.x + p.y) }

func main() {
	fmt.Println(mk(-1).M())
	fmt.Println(time.UnixMicro(-1).UnixNano())
	fmt.Println(mkp(3).Sum(), mkp(4).Twice())
	s := fmt.Sprint(mk(5).M(), mk(6).M())
	fmt.Println(s)
}
