// errorcheck -0 -m -l

// Constructors returning pointers, leaking parameters, results.
package p

type Point struct{ X, Y int }

type Node struct {
	Val  int
	Next *Node
}

func NewPoint(x, y int) *Point { return &Point{x, y} } // ERROR "^&Point\{\.\.\.\} escapes to heap$"

func NewPointNew(x, y int) *Point {
	p := new(Point) // ERROR "^new\(Point\) escapes to heap$"
	p.X, p.Y = x, y
	return p
}

func ValuePoint(x, y int) Point { return Point{x, y} }

func Identity(p *Point) *Point { return p } // ERROR "^leaking param: p to result ~r0 level=0$"

func FieldOf(p *Point) int { return p.X } // ERROR "^p does not escape$"

func Deref(p *Point) Point { return *p } // ERROR "^p does not escape$"

func Link(n *Node, next *Node) { n.Next = next } // ERROR "^n does not escape$" "^leaking param: next$"

func Push(head *Node, v int) *Node { return &Node{Val: v, Next: head} } // ERROR "^leaking param: head$" "^&Node\{\.\.\.\} escapes to heap$"

var global *Point

func Store(p *Point) { global = p } // ERROR "^leaking param: p$"

func StoreCopy(p *Point) { q := *p; global = &q } // ERROR "^p does not escape$" "^moved to heap: q$"

func Local() int {
	p := &Point{1, 2} // ERROR "^&Point\{\.\.\.\} does not escape$"
	return p.X + p.Y
}

func LocalNew() int {
	p := new(Point) // ERROR "^new\(Point\) does not escape$"
	return p.X
}

func Chain() *Node {
	var head *Node
	for i := 0; i < 3; i++ {
		head = Push(head, i)
	}
	return head
}

func Two(a, b *Point) (*Point, *Point) { return b, a } // ERROR "^leaking param: a to result ~r1 level=0$" "^leaking param: b to result ~r0 level=0$"

func Named(a *Point) (r *Point) { // ERROR "^leaking param: a to result r level=0$"
	r = a
	return
}

func Nested(p **Point) *Point { return *p } // ERROR "^leaking param: p to result ~r0 level=1$"

func Addr() **Point {
	p := &Point{} // ERROR "^moved to heap: p$" "^&Point\{\} escapes to heap$"
	return &p
}
