package main

import (
	"fmt"
	"strings"
)

// The order gc writes method wrappers in follows its order pass: an
// operand converted to an interface by address, and a call inside an
// expression, are evaluated into temporaries before the statement.

type Namer interface {
	Name() string
	Kind() string
}

type Tag struct{ label string }

func (t Tag) Name() string { return strings.ToUpper(t.label) }

type Point struct{ X, Y int }

func (p Point) Name() string  { return fmt.Sprint(p.X, ",", p.Y) }
func (p *Point) Kind() string { return "point" }

type Labeled struct {
	Tag
	n int
}

func (l *Labeled) Kind() string { return "labeled" }

type Pair struct {
	Namer
	extra int
}

func (p Pair) Kind() string { return "pair" }

type Box struct {
	Point
	Tag *Tag
}

func (b Box) Kind() string { return "box" }

type Quoted struct{ Tag }

func (q Quoted) Kind() string { return "quoted" }

type Ring struct{ Point }

type Kinder interface{ Kind() string }

//go:noinline
func wrap(n Namer) Namer { return Pair{n, 1} }

func kinds(ks ...Kinder) string {
	var b strings.Builder
	for _, k := range ks {
		b.WriteString(k.Kind())
		b.WriteByte(' ')
	}
	return b.String()
}

func main() {
	b := Box{Point{1, 2}, &Tag{"t"}}
	l := &Labeled{Tag{"x"}, 3}
	// Pair{l, 2} is copied into a temporary before b is converted
	ns := []Namer{b, Pair{l, 2}}
	for _, n := range ns {
		fmt.Println(n.Name(), n.Kind())
	}
	// the call wrap(&b.Point) is evaluated before l is converted
	ks := []Kinder{l, wrap(&b.Point)}
	fmt.Println(len(ks), ks[1].Kind())
	fmt.Println(kinds(b, l, wrap(l)))
	// wrap(q) converts q inside the call, before &Ring{} is converted
	q := Quoted{Tag{"q"}}
	rs := []Namer{&Ring{Point{3, 4}}, wrap(q)}
	fmt.Println(rs[0].Name(), rs[0].Kind(), rs[1].Name(), rs[1].Kind())
}
