// Methods called through a constraint ("bound" calls): gc calls the method
// expression closure the dictionary holds, an unknown function for the
// inliner (a function making two such calls is too costly to inline) and
// for escape analysis (arguments and pointer receivers leak).
package main

import (
	"fmt"
	"strconv"
)

type Shape interface {
	Area() float64
	Scale(f float64) Shape
}

type Sq struct{ S float64 }

func (s Sq) Area() float64          { return s.S * s.S }
func (s Sq) Scale(f float64) Shape { return Sq{s.S * f} }

type Resetter interface {
	Reset()
	Count() int
}

type Tally struct{ n, resets int }

func (t *Tally) Reset()     { t.n = 0; t.resets++ }
func (t *Tally) Count() int { return t.resets }

type PtrTo[T any] interface {
	*T
	Resetter
}

func Total[S Shape](xs []S) float64 {
	t := 0.0
	for _, x := range xs {
		t += x.Area()
	}
	return t
}

func Biggest[S Shape](a, b S) S {
	if a.Area() >= b.Area() {
		return a
	}
	return b
}

func Grow[S Shape](x S, f float64) Shape {
	return x.Scale(f)
}

func ResetAll[T any, P PtrTo[T]](xs []T) int {
	n := 0
	for i := range xs {
		p := P(&xs[i])
		p.Reset()
		n += p.Count()
	}
	return n
}

func ResetLocal[T any, P PtrTo[T]]() int {
	var v T
	P(&v).Reset()
	return P(&v).Count()
}

type Label int

func (l Label) String() string { return "L" + strconv.Itoa(int(l)) }

func Join[T fmt.Stringer](xs []T) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += "+"
		}
		s += x.String()
	}
	return s
}

func main() {
	sqs := []Sq{{1}, {2}, {3}}
	fmt.Println(Total(sqs), Biggest(Sq{2}, Sq{5}))
	fmt.Println(Grow(Sq{2}, 1.5).Area())
	ts := make([]Tally, 3)
	fmt.Println(ResetAll[Tally](ts), ResetAll[Tally](ts), ts)
	fmt.Println(ResetLocal[Tally]())
	fmt.Println(Join([]Label{1, 2, 3}))
	fmt.Println(Join([]fmt.Stringer{Label(7), Label(8)}))
	fmt.Println(Total([]Shape{Sq{1}, Sq{4}}))
}
