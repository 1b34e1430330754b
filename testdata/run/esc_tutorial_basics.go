// Escape analysis patterns a tutorial walks through: returning pointers,
// closures, method values, interfaces, slices of structs, append in loops,
// maps of pointers, strings.Builder, fmt with many arguments, variadic
// functions, defer in loops, goroutines capturing variables.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Point struct{ X, Y int }

type Shape interface {
	Area() int
	Name() string
}

type Rect struct {
	Min, Max Point
	label    string
}

func (r Rect) Area() int     { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }
func (r Rect) Name() string  { return r.label }
func (r *Rect) Grow(d int)   { r.Max.X += d; r.Max.Y += d }
func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

// returning a pointer to a local: the local moves to the heap
func NewPoint(x, y int) *Point {
	p := Point{x, y}
	return &p
}

// returning a value: no allocation
func MakePoint(x, y int) Point { return Point{x, y} }

// a pointer parameter that only reads: does not escape
func Dist2(a, b *Point) int {
	dx, dy := a.X-b.X, a.Y-b.Y
	return dx*dx + dy*dy
}

// a pointer parameter stored in a global: leaks
var registry []*Point

func Register(p *Point) { registry = append(registry, p) }

// closures: a counter whose state outlives the call
func Counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

// a closure called in place: nothing escapes
func SumSquares(xs []int) int {
	total := 0
	add := func(v int) { total += v * v }
	for _, x := range xs {
		add(x)
	}
	return total
}

// method values bind their receiver
func Apply(f func(Point) Point, p Point) Point { return f(p) }

// interfaces: storing a value in one may allocate
func Describe(s Shape) string { return fmt.Sprintf("%s:%d", s.Name(), s.Area()) }

func Largest(shapes []Shape) Shape {
	var best Shape
	for _, s := range shapes {
		if best == nil || s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

// slices of structs vs slices of pointers
func MakeRects(n int) []Rect {
	rs := make([]Rect, 0, n)
	for i := 0; i < n; i++ {
		rs = append(rs, Rect{Point{0, 0}, Point{i, i + 1}, fmt.Sprint("r", i)})
	}
	return rs
}

func MakeRectPtrs(n int) []*Rect {
	var rs []*Rect
	for i := 0; i < n; i++ {
		rs = append(rs, &Rect{Max: Point{i, i}, label: "p"})
	}
	return rs
}

// maps of pointers: what is stored in a map escapes
func Index(rs []*Rect) map[string]*Rect {
	m := make(map[string]*Rect, len(rs))
	for _, r := range rs {
		m[r.label+fmt.Sprint(r.Area())] = r
	}
	return m
}

// strings.Builder
func Join(words []string, sep string) string {
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(w)
	}
	return b.String()
}

// variadic functions: the ... slice
func Sum(nums ...int) int {
	s := 0
	for _, n := range nums {
		s += n
	}
	return s
}

func Keep(ps ...*Point) { registry = append(registry, ps...) }

// defer in a loop
func Process(items []string) (out []string) {
	var mu sync.Mutex
	for _, it := range items {
		func() {
			mu.Lock()
			defer mu.Unlock()
			out = append(out, strings.ToUpper(it))
		}()
	}
	return out
}

func DeferLoop(n int) (s string) {
	for i := 0; i < n; i++ {
		defer func(i int) { s += fmt.Sprint(i) }(i)
	}
	return ""
}

// goroutines capturing variables
func Parallel(xs []int) []int {
	out := make([]int, len(xs))
	var wg sync.WaitGroup
	for i, x := range xs {
		wg.Add(1)
		go func(i, x int) {
			defer wg.Done()
			out[i] = x * x
		}(i, x)
	}
	wg.Wait()
	return out
}

func main() {
	p := NewPoint(1, 2)
	q := MakePoint(4, 6)
	fmt.Println(*p, q, Dist2(p, &q))
	Register(NewPoint(7, 7))
	c := Counter()
	c()
	fmt.Println("counter:", c(), "squares:", SumSquares([]int{1, 2, 3}))
	add := p.Add
	fmt.Println(Apply(add, q), Apply(Point{1, 1}.Add, q))
	rs := MakeRects(3)
	shapes := make([]Shape, 0, len(rs))
	for _, r := range rs {
		shapes = append(shapes, r)
	}
	fmt.Println(Describe(Largest(shapes)), len(shapes))
	ptrs := MakeRectPtrs(3)
	ptrs[0].Grow(2)
	idx := Index(ptrs)
	keys := make([]string, 0, len(idx))
	for k := range idx {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	fmt.Println(Join([]string{"a", "b", "c"}, "-"))
	fmt.Println(Sum(), Sum(1, 2, 3), Sum([]int{4, 5}...))
	Keep(p, &q)
	fmt.Println(len(registry))
	fmt.Println(Process([]string{"x", "y"}), DeferLoop(4))
	fmt.Println(Parallel([]int{1, 2, 3, 4}))
	fmt.Printf("%d %s %v %q %x %t %.2f\n", 42, "str", p, "quoted", 255, true, 3.14159)
}
