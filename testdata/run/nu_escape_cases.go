// Escape analysis by example: a catalogue of small functions, each a case
// a blog post on "stack or heap?" discusses, called from main so that the
// program also prints something checkable.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Point struct{ X, Y int }

type Big struct {
	buf [1 << 16]byte
	n   int
}

type Shape interface{ Area() int }

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc() { c.mu.Lock(); c.n++; c.mu.Unlock() }

var global *Point
var registry = map[string]func() int{}

// 1. Returning a pointer to a local: moved to heap.
func newPoint(x, y int) *Point {
	p := Point{x, y}
	return &p
}

// 2. Value stays on the stack when only its copy leaves.
func pointValue(x, y int) Point {
	p := &Point{x, y}
	return *p
}

// 3. Storing into a global.
func remember(p *Point) { global = p }

// 4. Pointer parameter that only is read: does not escape.
func sum(ps []*Point) int {
	t := 0
	for _, p := range ps {
		t += p.X + p.Y
	}
	return t
}

// 5. Slices: a non-constant size escapes, a constant small one does not.
func squares(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i * i
	}
	return s
}

func localTotal() int {
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

// 6. A big value is moved to the heap even if it does not escape.
func bigLocal() int {
	var b Big
	b.buf[100] = 7
	b.n = len(b.buf)
	return int(b.buf[100]) + b.n
}

// 7. Interfaces: converting a value to an interface copies it to the heap
// when the interface escapes.
func areas(shapes ...Shape) int {
	t := 0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func keepShape(r Rect) Shape { return r }

// 8. Closures capture by reference: the captured variable moves to heap
// when the closure escapes.
func makeCounter() func() int {
	n := 0
	return func() int { n++; return n }
}

func register(name string, k int) {
	registry[name] = func() int { return k * 2 }
}

func immediate() int {
	x := 10
	f := func() { x++ }
	f()
	return x
}

// 9. Goroutines: anything they reference escapes.
func parallelSum(xs []int) int {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for _, x := range xs {
		wg.Add(1)
		go func(v int) {
			defer wg.Done()
			mu.Lock()
			total += v
			mu.Unlock()
		}(x)
	}
	wg.Wait()
	return total
}

// 10. Method values bind their receiver.
func methodValue() int {
	c := &Counter{}
	inc := c.Inc
	for i := 0; i < 3; i++ {
		inc()
	}
	return c.n
}

// 11. Strings: conversions and concatenation.
func shout(s string) string { return strings.ToUpper(s) + "!" }

func byteCount(s string) int {
	b := []byte(s)
	n := 0
	for _, c := range b {
		if c != ' ' {
			n++
		}
	}
	return n
}

func join(parts []string) string {
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(p)
	}
	return b.String()
}

// 12. Maps: a local map that does not escape, and one that does.
func wordSet(ws []string) int {
	m := map[string]bool{}
	for _, w := range ws {
		m[w] = true
	}
	return len(m)
}

func index(ws []string) map[string]int {
	m := make(map[string]int, len(ws))
	for i, w := range ws {
		m[w] = i
	}
	return m
}

// 13. Appending a pointer to a slice that escapes.
func collect(n int) []*Point {
	var out []*Point
	for i := 0; i < n; i++ {
		out = append(out, &Point{i, -i})
	}
	return out
}

// 14. new() and a struct with a pointer field to a local.
type Node struct {
	Val  int
	Next *Node
}

func chain() int {
	a := Node{Val: 1}
	b := Node{Val: 2, Next: &a}
	c := &Node{Val: 3, Next: &b}
	t := 0
	for n := c; n != nil; n = n.Next {
		t += n.Val
	}
	return t
}

// 15. defer with a closure and with arguments.
func deferred() (out []string) {
	msg := "deferred"
	defer func() { out = append(out, msg) }()
	defer fmt.Sprint("args evaluated", len(msg))
	msg = "changed"
	return []string{"body"}
}

func main() {
	p := newPoint(1, 2)
	v := pointValue(3, 4)
	remember(&Point{5, 6})
	fmt.Println(*p, v, *global, sum([]*Point{p, &v, global}))
	fmt.Println(squares(6), localTotal(), bigLocal())
	fmt.Println(areas(Rect{2, 3}, Rect{4, 5}), keepShape(Rect{1, 1}).Area())
	c := makeCounter()
	c()
	c()
	register("double", 21)
	fmt.Println(c(), registry["double"](), immediate())
	fmt.Println(parallelSum([]int{1, 2, 3, 4, 5}), methodValue())
	fmt.Println(shout("hey"), byteCount("a b c"), join([]string{"x", "y", "z"}))
	fmt.Println(wordSet(strings.Fields("a b a c b")), len(index([]string{"p", "q"})))
	pts := collect(3)
	fmt.Println(len(pts), *pts[2], chain(), deferred())
}
