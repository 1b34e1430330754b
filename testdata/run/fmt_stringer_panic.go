// Methods called by fmt: String, Error, GoString, panics inside them, nil receivers.
package main

import (
	"errors"
	"fmt"
)

type Animal struct {
	Name string
}

func (a *Animal) String() string { return "Animal(" + a.Name + ")" }

type Money int

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", int(m)/100, int(m)%100) }

type G struct{ v int }

func (g G) GoString() string { return "G!" }

type Boom struct{}

func (Boom) String() string { panic("kaboom") }

type ErrBoom struct{}

func (*ErrBoom) Error() string { panic(errors.New("inner")) }

type Wrapper struct {
	M      Money
	hidden Money
	A      *Animal
}

func main() {
	a := &Animal{"cat"}
	fmt.Println(a, *a)
	fmt.Printf("%v %s %d %q\n", a, a, Money(12345), Money(5))
	fmt.Println(Money(250), []Money{1, 2}, map[string]Money{"x": 99})
	fmt.Printf("%v %+v\n", Wrapper{M: 150, hidden: 150, A: a}, Wrapper{})
	fmt.Printf("%#v %v\n", G{1}, G{2})
	var nilAnimal *Animal
	fmt.Println(nilAnimal)
	fmt.Printf("[%v] [%s]\n", nilAnimal, nilAnimal)
	fmt.Println(Boom{})
	fmt.Printf("%d %s|\n", Boom{}, Boom{})
	fmt.Println(&ErrBoom{})
	var e error = &ErrBoom{}
	fmt.Printf("%v\n", e)
	fmt.Println("done")
}
