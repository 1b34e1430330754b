package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }
func (p Point) String() string    { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Named int

func (n Named) Double() Named { return n * 2 }

func main() {
	p := Point{1, 2}
	f := p.Add
	p.X = 100
	fmt.Println(f(Point{10, 10}))
	g := Point.Add
	fmt.Println(g(Point{1, 1}, Point{2, 2}))
	h := (*Point).Scale
	q := &Point{3, 4}
	h(q, 3)
	fmt.Println(*q, q)
	s := q.Scale
	s(2)
	fmt.Println(q.X, q.Y)
	var n Named = 21
	dbl := n.Double
	fmt.Println(dbl(), Named.Double(4))
	var st fmt.Stringer = p
	m := st.String
	fmt.Println(m())
	ps := []Point{{1, 1}, {2, 2}}
	for i := range ps {
		ps[i].Scale(10)
	}
	fmt.Println(ps)
	fmt.Printf("%v %+v %T %T\n", p, p, p, &p)
}
