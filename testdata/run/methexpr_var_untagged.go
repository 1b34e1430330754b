package main

// A method expression called through a variable (f := (*Vec).Sum; f(&b))
// is resolved by gc's escape analysis as the direct call is: (*T).M of a
// value method whose receiver has no pointers has no tag, and &b goes to
// the heap; other methods' tags apply to the receiver argument.

import "fmt"

type Vec struct{ X, Y float64 }

func (v Vec) Sum() float64        { return v.X + v.Y }
func (v *Vec) Ptr() *float64      { return &v.X }
func (v *Vec) Keep(o *Vec) *Vec   { return o }
func (v Vec) String() string      { return fmt.Sprintf("(%g,%g)", v.X, v.Y) }

type Node struct {
	next *Node
	val  int
}

func (n Node) Next() *Node       { return n.next }
func (n *Node) Val(k *int) int   { return n.val + *k }

var sink *float64

func call(f func(*Vec) float64, v *Vec) float64 { return f(v) }

func main() {
	a, b, c, d := Vec{1, 2}, Vec{3, 5}, Vec{7, 8}, Vec{9, 9}
	sum := (*Vec).Sum
	fmt.Println(sum(&b))
	p := (*Vec).Ptr
	sink = p(&a)
	k := (*Vec).Keep
	r := k(&b, &c)
	fmt.Println(r.X, *sink)
	nx := (*Node).Next
	n1 := Node{val: 1}
	n2 := Node{next: &n1}
	fmt.Println(nx(&n2) != nil)
	vv := (*Node).Val
	kk := 3
	fmt.Println(vv(&n1, &kk))
	fmt.Println(call((*Vec).Sum, &d))
	e := Vec{4, 4}
	fs := []func(*Vec) float64{(*Vec).Sum}
	fmt.Println(fs[0](&e))
	str := (*Vec).String
	g := Vec{5, 6}
	fmt.Println(str(&g))
}
