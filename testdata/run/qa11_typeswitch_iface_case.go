package main

import "fmt"

type S interface{ A() int }

type P struct{ n int }

func (p *P) V() int    { return p.n }
func (p *P) A() int    { return p.n }
func (p *P) W(x *int)  { *x = p.n }

type Q int

func (q Q) A() int { return int(q) }

// a type switch case naming an unnamed interface writes that interface's
// descriptor (and its I.M wrappers), as x.(interface{ M() }) does
func kind(s S) string {
	switch s.(type) {
	case *P:
		return "P"
	case interface{ V() int }:
		return "V"
	case interface{ W(*int) }, interface{}:
		return "W or any"
	case nil:
		return "nil"
	}
	return "?"
}

func kindE(e interface{}) string {
	switch v := e.(type) {
	case interface{ A() int }:
		return fmt.Sprint("A ", v.A())
	case error, fmt.Stringer:
		return "err/str"
	}
	return "other"
}

func main() {
	fmt.Println(kind(&P{1}), kind(Q(2)), kind(nil))
	fmt.Println(kindE(Q(3)), kindE(fmt.Errorf("x")), kindE(1))
}
