package main

import "fmt"

type Inner struct{ Name string }

func (Inner) Hello() string { return "inner hello" }
func (Inner) Only() string  { return "inner only" }

type Mid struct {
	Inner
	Hello string
}

type Outer struct {
	Mid
	Name int
}

type A struct{ X int }
type B struct{ X int }
type AB struct {
	A
	B
	Y int
}

func (a A) Get() int { return a.X }
func (b *B) Get() int { return b.X * 10 }

type Wrapper struct {
	*AB
}

func main() {
	o := Outer{Mid{Inner{"in"}, "mid-hello"}, 7}
	fmt.Println(o.Name, o.Mid.Name, o.Inner.Name, o.Hello, o.Inner.Hello(), o.Only())
	fmt.Printf("%+v\n", o)
	ab := AB{A{1}, B{2}, 3}
	fmt.Println(ab.A.X, ab.B.X, ab.Y, ab.A.Get(), ab.B.Get())
	w := Wrapper{&ab}
	w.B.X = 5
	fmt.Println(ab.B.Get(), w.A.Get(), w.Y)
	var i interface{ Only() string } = o
	fmt.Println(i.Only())
	f := o.Only
	g := Outer.Only
	h := (*Outer).Only
	fmt.Println(f(), g(o), h(&o))
	type T struct {
		Outer
		Only int
	}
	t := T{o, 9}
	fmt.Println(t.Only, t.Outer.Only(), t.Name, t.Hello)
}
