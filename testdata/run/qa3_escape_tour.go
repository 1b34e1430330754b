// A guided tour of where Go values live: each function below is a small
// experiment a blog post on escape analysis would show, and main prints what
// each one computes. Run with -gcflags=-m to see the compiler's decisions.
package main

import (
	"fmt"
	"strings"
)

type Point struct {
	X, Y int
}

func (p Point) String() string {
	return fmt.Sprintf("(%d,%d)", p.X, p.Y)
}

// newPointValue returns a copy: nothing escapes.
func newPointValue(x, y int) Point {
	p := Point{X: x, Y: y}
	return p
}

// newPointPtr returns a pointer to a local: the local must move to the heap.
func newPointPtr(x, y int) *Point {
	p := Point{X: x, Y: y}
	return &p
}

// sumFixed uses a fixed-size slice that stays on the stack.
func sumFixed() int {
	buf := make([]int, 16)
	for i := range buf {
		buf[i] = i * i
	}
	total := 0
	for _, v := range buf {
		total += v
	}
	return total
}

// sumDynamic sizes its slice at run time, so it is heap allocated.
func sumDynamic(n int) int {
	buf := make([]int, n)
	for i := range buf {
		buf[i] = i + 1
	}
	total := 0
	for _, v := range buf {
		total += v
	}
	return total
}

// scale takes a pointer but does not keep it.
func scale(p *Point, k int) {
	p.X *= k
	p.Y *= k
}

// keep stores its argument in a package variable: the argument leaks.
var registry []*Point

func keep(p *Point) {
	registry = append(registry, p)
}

// identity returns its parameter: leaking to the result only.
func identity(p *Point) *Point {
	return p
}

// counter returns a closure capturing n by reference.
func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

// describe boxes a value into an interface.
func describe(v interface{}) string {
	switch x := v.(type) {
	case int:
		return "int " + fmt.Sprint(x)
	case string:
		return "string " + x
	case Point:
		return "point " + x.String()
	case fmt.Stringer:
		return "stringer " + x.String()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

// joinUpper builds a string with a Builder that stays local.
func joinUpper(words []string) string {
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.ToUpper(w))
	}
	return b.String()
}

type Matrix [4][4]float64

// identityMatrix returns a big value by copy.
func identityMatrix() Matrix {
	var m Matrix
	for i := 0; i < 4; i++ {
		m[i][i] = 1
	}
	return m
}

func trace(m *Matrix) float64 {
	t := 0.0
	for i := 0; i < 4; i++ {
		t += m[i][i]
	}
	return t
}

func main() {
	a := newPointValue(1, 2)
	b := newPointPtr(3, 4)
	fmt.Println("value:", a, "pointer:", *b)

	scale(&a, 10)
	scale(b, 10)
	fmt.Println("scaled:", a, *b)

	fmt.Println("sumFixed:", sumFixed())
	fmt.Println("sumDynamic(100):", sumDynamic(100))

	for i := 0; i < 3; i++ {
		keep(&Point{X: i, Y: -i})
	}
	fmt.Println("registry size:", len(registry))
	for _, p := range registry {
		fmt.Print(p.String(), " ")
	}
	fmt.Println()

	q := identity(&Point{7, 8})
	fmt.Println("identity:", q.X+q.Y)

	next := counter()
	next()
	next()
	fmt.Println("counter:", next())

	things := []interface{}{42, "hi", Point{5, 6}, &Point{1, 1}, 3.5}
	for _, t := range things {
		fmt.Println(describe(t))
	}

	fmt.Println(joinUpper([]string{"escape", "analysis", "rocks"}))

	m := identityMatrix()
	m[2][3] = 9
	fmt.Printf("trace=%.1f m[2][3]=%.1f\n", trace(&m), m[2][3])
}
