// Generic code instantiated with many kinds of type arguments (ints,
// named strings, pointers, interfaces, structs, funcs): gc shares one
// shaped body per GC shape, which -m=2 reveals.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type Box[T any] struct {
	v     T
	valid bool
}

func Some[T any](v T) Box[T] { return Box[T]{v, true} }
func None[T any]() Box[T]    { return Box[T]{} }

func (b Box[T]) Get() (T, error) {
	if !b.valid {
		var z T
		return z, errors.New("empty box")
	}
	return b.v, nil
}

func (b Box[T]) OrElse(d T) T {
	if b.valid {
		return b.v
	}
	return d
}

func (b *Box[T]) Set(v T) { b.v, b.valid = v, true }

func MapBox[T, U any](b Box[T], f func(T) U) Box[U] {
	if !b.valid {
		return None[U]()
	}
	return Some(f(b.v))
}

type Named string

type Shape interface {
	Area() float64
}

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Circ struct{ R float64 }

func (c *Circ) Area() float64 { return 3 * c.R * c.R }

func Largest[T Shape](xs ...T) (best T, area float64) {
	for _, x := range xs {
		if a := x.Area(); a > area {
			best, area = x, a
		}
	}
	return
}

func Describe[T any](b Box[T]) string {
	v, err := b.Get()
	if err != nil {
		return "<" + err.Error() + ">"
	}
	return fmt.Sprintf("%v", v)
}

func WriteAll[W io.Writer](w W, parts ...string) (int, error) {
	total := 0
	for _, p := range parts {
		n, err := io.WriteString(w, p)
		total += n
		if err != nil {
			return total, err
		}
	}
	return total, nil
}

func main() {
	bi := Some(41)
	bi.Set(42)
	bs := Some(Named("gopher"))
	bp := Some(&Sq{2})
	bf := Some(func(x int) int { return x * 3 })
	be := None[error]()
	bst := Some(struct{ A, B int }{1, 2})
	var bsh Box[Shape] = Some[Shape](Sq{3})
	fmt.Println(Describe(bi), Describe(bs), Describe(bp), Describe(be), Describe(bst), Describe(bsh))
	fmt.Println(bf.OrElse(nil)(5), be.OrElse(io.EOF), None[int]().OrElse(-1))
	lens := MapBox(bs, func(n Named) int { return len(n) })
	up := MapBox(bs, func(n Named) string { return strings.ToUpper(string(n)) })
	area := MapBox(bsh, Shape.Area)
	fmt.Println(lens.OrElse(0), up.OrElse(""), area.OrElse(0), MapBox(None[string](), strings.TrimSpace).valid)
	best, a := Largest(Sq{1}, Sq{4}, Sq{2})
	bc, ac := Largest(&Circ{1}, &Circ{0.5})
	bs2, as2 := Largest[Shape](Sq{5}, &Circ{3})
	fmt.Println(best, a, *bc, ac, bs2, as2)
	var sb strings.Builder
	n, err := WriteAll(&sb, "a", "bc", "def")
	fmt.Println(n, err, sb.String())
	var w io.Writer = &sb
	n, err = WriteAll(w, "!")
	fmt.Println(n, err, sb.Len())
}
