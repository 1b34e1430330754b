// errorcheck -0 -m

// Inlining changes escape decisions: an inlined constructor's &T{} can
// stay on the caller's stack.
package p

type Point struct{ X, Y int }

func NewPoint(x, y int) *Point { return &Point{x, y} } // ERROR "^can inline NewPoint$" "^&Point\{\.\.\.\} escapes to heap$"

func (p *Point) Move(dx int) { p.X += dx } // ERROR "^can inline \(\*Point\)\.Move$" "^p does not escape$"

func (p Point) Sum() int { return p.X + p.Y } // ERROR "^can inline Point\.Sum$"

func UseLocal() int { // ERROR "^can inline UseLocal$"
	p := NewPoint(1, 2) // ERROR "^inlining call to NewPoint$" "^&Point\{\.\.\.\} does not escape$"
	p.Move(3) // ERROR "^inlining call to \(\*Point\)\.Move$"
	return p.Sum() // ERROR "^inlining call to Point\.Sum$"
}

var keep *Point

func UseEscape() { // ERROR "^can inline UseEscape$"
	keep = NewPoint(3, 4) // ERROR "^inlining call to NewPoint$" "^&Point\{\.\.\.\} escapes to heap$"
}

func add(a, b int) int { return a + b } // ERROR "^can inline add$"

func twice(a int) int { return add(a, a) } // ERROR "^can inline twice$" "^inlining call to add$"

func Mid(x int) int { return twice(x) + add(x, 1) } // ERROR "^can inline Mid$" "^inlining call to twice$" "^inlining call to add$"

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func UseFact() int { return fact(5) } // ERROR "^can inline UseFact$"

//go:noinline
func noinl(p *Point) int { return p.X } // ERROR "^p does not escape$"

func CallNoinl() int { // ERROR "^can inline CallNoinl$"
	p := &Point{1, 1} // ERROR "^&Point\{\.\.\.\} does not escape$"
	return noinl(p)
}

func big(x int) int { // ERROR "^can inline big$"
	s := 0
	for i := 0; i < x; i++ {
		s += i * x
		if s > 100 {
			s -= 100
		}
		if s < 0 {
			s = -s
		}
		s = s*3 + 1
		s = s/2 + x
		s = s%7 + i
	}
	return s
}

func UseBig() int { return big(10) } // ERROR "^can inline UseBig$" "^inlining call to big$"

func withDefer() {
	defer func() {}() // ERROR "^can inline withDefer\.func1$" "^func literal does not escape$"
}

func Closure() int { // ERROR "^can inline Closure$"
	f := func(a int) int { return a + 1 } // ERROR "^can inline Closure\.func1$" "^func literal does not escape$"
	return f(2) // ERROR "^inlining call to Closure\.func1$"
}

func withRecover() {
	_ = recover()
}
