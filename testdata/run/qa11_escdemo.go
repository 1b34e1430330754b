package main

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
)

type Point struct{ X, Y int }

type Particle struct {
	Pos, Vel Point
	Mass     float64
	Tag      string
}

type Buffer struct {
	buf [64]byte
	n   int
}

func (b *Buffer) Write(p []byte) (int, error) {
	n := copy(b.buf[b.n:], p)
	b.n += n
	return n, nil
}

func (b *Buffer) String() string { return string(b.buf[:b.n]) }

// 1. value stays on the stack
func sumPoints(ps []Point) Point {
	var s Point
	for _, p := range ps {
		s.X += p.X
		s.Y += p.Y
	}
	return s
}

// 2. pointer returned: escapes
func NewPoint(x, y int) *Point { return &Point{x, y} }

// 3. pointer param that does not escape
func scale(p *Point, k int) { p.X *= k; p.Y *= k }

// 4. pointer stored in a global
var registry []*Particle

func register(p *Particle) { registry = append(registry, p) }

// 5. closure capturing a local by reference
func counter() func() int {
	c := 0
	return func() int { c++; return c }
}

// 6. closure that does not escape
func apply(xs []int, f func(int) int) {
	for i := range xs {
		xs[i] = f(xs[i])
	}
}

// 7. interface conversion of a small value
func describe(v interface{}) string { return fmt.Sprintf("%v", v) }

// 8. slice with constant size: stack; variable size: heap
func makeFixed() int {
	s := make([]int, 16)
	for i := range s {
		s[i] = i
	}
	return s[15]
}

func makeVar(n int) int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s[n-1]
}

// 9. large array local
func bigLocal() int {
	var a [1 << 12]int
	for i := range a {
		a[i] = i
	}
	return a[len(a)-1]
}

// 10. returning a slice of a local array: escapes
func sliceOfLocal() []byte {
	var a [8]byte
	a[0] = 'x'
	return a[:1]
}

// 11. method value escapes through a goroutine
func spawn(wg *sync.WaitGroup, p *Particle, out chan<- string) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		out <- p.Tag
	}()
}

// 12. strings.Builder grows on the heap
func join(parts []string) string {
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(p)
	}
	return b.String()
}

// 13. bytes.Buffer local
func render(ps []Point) string {
	var buf bytes.Buffer
	for _, p := range ps {
		fmt.Fprintf(&buf, "(%d,%d)", p.X, p.Y)
	}
	return buf.String()
}

// 14. value receiver copies
func (p Particle) Moved() Particle {
	p.Pos.X += p.Vel.X
	p.Pos.Y += p.Vel.Y
	return p
}

// 15. pointer receiver mutates
func (p *Particle) Step() {
	p.Pos.X += p.Vel.X
	p.Pos.Y += p.Vel.Y
}

// 16. map of pointers
func index(ps []Particle) map[string]*Particle {
	m := make(map[string]*Particle, len(ps))
	for i := range ps {
		m[ps[i].Tag] = &ps[i]
	}
	return m
}

// 17. defer with closure
func withDefer(log *[]string) (n int) {
	defer func() { *log = append(*log, fmt.Sprint("n=", n)) }()
	n = 42
	return n * 2
}

// 18. append to param slice
func appendAll(dst []int, src ...int) []int { return append(dst, src...) }

// 19. new in a loop, kept
func chainPoints(n int) []*Point {
	out := make([]*Point, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, new(Point))
		out[i].X = i
	}
	return out
}

// 20. string conversions
func bytesToString(b []byte) string { return string(b) }
func stringToBytes(s string) []byte { return []byte(s) }
func runeCount(s string) int       { return len([]rune(s)) }

// 21. interface holding a pointer: no extra allocation
type Mover interface{ Step() }

func stepAll(ms []Mover) {
	for _, m := range ms {
		m.Step()
	}
}

// 22. struct with embedded buffer used via io.Writer
func fill(b *Buffer) {
	fmt.Fprintf(b, "%d-%s", 7, "ok")
}

// 23. channel of pointers
func produce(n int) <-chan *Point {
	ch := make(chan *Point, n)
	for i := 0; i < n; i++ {
		ch <- &Point{i, -i}
	}
	close(ch)
	return ch
}

// 24. recursive with pointer
type Tree struct {
	L, R *Tree
	V    int
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{V: v}
	}
	if v < t.V {
		t.L = insert(t.L, v)
	} else {
		t.R = insert(t.R, v)
	}
	return t
}

func (t *Tree) inorder(visit func(int)) {
	if t == nil {
		return
	}
	t.L.inorder(visit)
	visit(t.V)
	t.R.inorder(visit)
}

func main() {
	ps := []Point{{1, 2}, {3, 4}, {5, 6}}
	fmt.Println(sumPoints(ps))
	p := NewPoint(2, 3)
	scale(p, 10)
	fmt.Println(*p)
	register(&Particle{Tag: "reg"})
	c := counter()
	c()
	fmt.Println(c(), len(registry))
	xs := []int{1, 2, 3}
	k := 3
	apply(xs, func(x int) int { return x * k })
	fmt.Println(xs, describe(xs), describe(Point{1, 1}))
	fmt.Println(makeFixed(), makeVar(10), bigLocal(), string(sliceOfLocal()))
	var wg sync.WaitGroup
	out := make(chan string, 2)
	parts := []Particle{{Tag: "a", Vel: Point{1, 1}}, {Tag: "b", Vel: Point{2, 0}, Mass: 2}}
	for i := range parts {
		spawn(&wg, &parts[i], out)
	}
	wg.Wait()
	close(out)
	var tags []string
	for t := range out {
		tags = append(tags, t)
	}
	if len(tags) == 2 && tags[0] > tags[1] {
		tags[0], tags[1] = tags[1], tags[0]
	}
	fmt.Println(join(tags), render(ps))
	moved := parts[1].Moved()
	parts[0].Step()
	fmt.Println(moved.Pos, parts[0].Pos, parts[1].Pos)
	idx := index(parts)
	idx["b"].Step()
	fmt.Println(parts[1].Pos)
	var log []string
	fmt.Println(withDefer(&log), log)
	fmt.Println(appendAll([]int{1}, 2, 3), len(chainPoints(5)))
	fmt.Println(bytesToString([]byte("hi")), stringToBytes("yo"), runeCount("héllo"))
	stepAll([]Mover{&parts[0], &parts[1]})
	fmt.Println(parts[0].Pos, parts[1].Pos)
	var b Buffer
	fill(&b)
	fmt.Println(b.String(), b.n)
	sum := 0
	for q := range produce(4) {
		sum += q.X - q.Y
	}
	fmt.Println(sum)
	var root *Tree
	for _, v := range []int{5, 2, 8, 1, 9, 3} {
		root = insert(root, v)
	}
	var vals []int
	root.inorder(func(v int) { vals = append(vals, v) })
	fmt.Println(vals)
}
