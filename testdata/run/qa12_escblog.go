// Escape analysis, blog style: a tour of functions whose -m output
// teaches something. Each returns or prints something so the program
// output is checkable too.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Point struct{ X, Y int }

// 1. Returning a pointer to a local moves it to the heap.
func NewPoint(x, y int) *Point {
	p := Point{x, y}
	return &p
}

// 2. Returning the value keeps it on the stack.
func MakePoint(x, y int) Point { return Point{x, y} }

// 3. A pointer parameter that is only read does not escape.
func (p *Point) Dist2() int { return p.X*p.X + p.Y*p.Y }

// 4. Storing a pointer parameter in a global leaks it.
var registry []*Point

func Register(p *Point) { registry = append(registry, p) }

// 5. Returning a parameter leaks it to the result only.
func Identity(p *Point) *Point { return p }

// 6. Closures capturing variables: by value when never reassigned.
func Adder(base int) func(int) int {
	return func(x int) int { return base + x }
}

// 7. ... by reference when reassigned.
func Counter() (inc func() int, get func() int) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	return
}

// 8. Interfaces box values.
func Describe(v interface{}) string { return fmt.Sprintf("<%v>", v) }

// 9. Slices whose size is not constant go to the heap.
func Squares(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i * i
	}
	return s
}

// 10. ... constant-size ones that don't escape stay on the stack.
func SumSmall() int {
	s := make([]int, 8)
	for i := range s {
		s[i] = i
	}
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

// 11. Labelled loops, select, defer and recover stop inlining.
func FirstDup(xs [][]int) (int, int) {
outer:
	for i, row := range xs {
		for _, v := range row {
			if v < 0 {
				continue outer
			}
			if v == 0 {
				break outer
			}
		}
		return i, len(row)
	}
	return -1, -1
}

func Poll(c chan int) (int, bool) {
	select {
	case v := <-c:
		return v, true
	default:
		return 0, false
	}
}

func Safe(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint(r)
		}
	}()
	f()
	return "ok"
}

// 12. Method values allocate a closure.
type Greeter struct{ Name string }

func (g Greeter) Greet(s string) string { return s + ", " + g.Name }
func (g *Greeter) Rename(n string)      { g.Name = n }

func Bind(g *Greeter) func(string) string { return g.Greet }

// 13. String building.
func Join3(a, b, c string) string { return a + "/" + b + "/" + c }

func Shout(words []string) string {
	var sb strings.Builder
	for _, w := range words {
		sb.WriteString(strings.ToUpper(w))
		sb.WriteByte('!')
	}
	return sb.String()
}

// 14. Byte/string conversions.
func CountA(s string) int {
	b := []byte(s)
	n := 0
	for _, c := range b {
		if c == 'a' {
			n++
		}
	}
	return n
}

func FromBytes(b []byte) string { return string(b) }

// 15. A mutex-protected struct returned by pointer.
type SafeMap struct {
	mu sync.Mutex
	m  map[string]int
}

func NewSafeMap() *SafeMap { return &SafeMap{m: map[string]int{}} }

func (s *SafeMap) Inc(k string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[k]++
	return s.m[k]
}

// 16. Variadic arguments.
func Max(first int, rest ...int) int {
	m := first
	for _, r := range rest {
		if r > m {
			m = r
		}
	}
	return m
}

// 17. go statements make their closures escape.
func Async(vals []int) int {
	ch := make(chan int)
	for _, v := range vals {
		go func(v int) { ch <- v * 2 }(v)
	}
	t := 0
	for range vals {
		t += <-ch
	}
	return t
}

func main() {
	p := NewPoint(3, 4)
	q := MakePoint(1, 2)
	fmt.Println(p.Dist2(), q.Dist2(), Identity(&q).X)
	Register(p)
	Register(&Point{9, 9})
	fmt.Println(len(registry), registry[1].Y)
	add5 := Adder(5)
	inc, get := Counter()
	inc()
	inc()
	fmt.Println(add5(10), get())
	fmt.Println(Describe(q), Describe(42), Describe("s"), Describe(nil))
	fmt.Println(Squares(5), SumSmall())
	fmt.Println(FirstDup([][]int{{1, -1}, {2, 3}}))
	fmt.Println(FirstDup([][]int{{0}}))
	c := make(chan int, 1)
	fmt.Println(Poll(c))
	c <- 7
	fmt.Println(Poll(c))
	fmt.Println(Safe(func() {}), Safe(func() { panic("oops") }))
	g := &Greeter{"Ann"}
	hi := Bind(g)
	g.Rename("Bob")
	fmt.Println(hi("hi"), g.Greet("hello"))
	rename := g.Rename
	rename("Cy")
	fmt.Println(g.Name, Join3("a", "b", "c"), Shout([]string{"go", "gc"}))
	fmt.Println(CountA("banana"), FromBytes([]byte{'o', 'k'}))
	sm := NewSafeMap()
	sm.Inc("x")
	fmt.Println(sm.Inc("x"), Max(3), Max(1, 7, 2), Max(4, []int{5, 6}...))
	fmt.Println(Async([]int{1, 2, 3}))
}
