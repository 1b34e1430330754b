// Constructors that return pointers, functional options, and a method value
// kept in a struct: what escapes when the constructor is (or is not) inlined.
package main

import "fmt"

type Point struct {
	X, Y int
}

func NewPoint(x, y int) *Point {
	return &Point{X: x, Y: y}
}

func (p *Point) Add(q *Point) *Point {
	p.X += q.X
	p.Y += q.Y
	return p
}

func (p Point) String() string {
	return fmt.Sprintf("(%d,%d)", p.X, p.Y)
}

type Server struct {
	name    string
	port    int
	maxConn int
	tags    []string
}

type Option func(*Server)

func WithPort(p int) Option {
	return func(s *Server) { s.port = p }
}

func WithMaxConn(n int) Option {
	return func(s *Server) { s.maxConn = n }
}

func WithTag(t string) Option {
	return func(s *Server) { s.tags = append(s.tags, t) }
}

func NewServer(name string, opts ...Option) *Server {
	s := &Server{name: name, port: 80, maxConn: 10}
	for _, o := range opts {
		o(s)
	}
	return s
}

type Counter struct {
	n int
}

func (c *Counter) Inc() { c.n++ }

func sumLocal(n int) int {
	total := NewPoint(0, 0)
	for i := 0; i < n; i++ {
		total.Add(NewPoint(i, i*2))
	}
	return total.X + total.Y
}

var global *Point

func keep(p *Point) {
	global = p
}

func main() {
	p := NewPoint(1, 2)
	q := NewPoint(3, 4)
	p.Add(q)
	fmt.Println(p.X, p.Y)
	fmt.Println(sumLocal(5))

	keep(NewPoint(7, 8))
	fmt.Println(global.String())

	s := NewServer("api", WithPort(8080), WithMaxConn(100), WithTag("blue"), WithTag("v2"))
	fmt.Printf("%s:%d max=%d tags=%v\n", s.name, s.port, s.maxConn, s.tags)

	c := &Counter{}
	inc := c.Inc
	for i := 0; i < 3; i++ {
		inc()
	}
	fmt.Println("count", c.n)

	var pts []*Point
	for i := 0; i < 3; i++ {
		pts = append(pts, NewPoint(i, -i))
	}
	for _, pt := range pts {
		fmt.Print(pt, " ")
	}
	fmt.Println()
}
