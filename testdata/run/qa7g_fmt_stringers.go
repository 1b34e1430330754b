package main

import (
	"errors"
	"fmt"
)

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Temp float64

func (t *Temp) String() string { return fmt.Sprintf("%.1f°", float64(*t)) }

type Secret string

func (s Secret) GoString() string { return `Secret("***")` }
func (s Secret) String() string   { return "***" }

type Status struct {
	Code int
	Msg  string
}

func (s Status) Error() string { return fmt.Sprintf("status %d: %s", s.Code, s.Msg) }

type Both struct{ N int }

func (b Both) Error() string  { return "error-wins" }
func (b Both) String() string { return "string-loses" }

type Hex int

func (h Hex) Format(f fmt.State, verb rune) {
	w, hasW := f.Width()
	if !hasW {
		w = -1 // a stale width from an earlier call may be visible otherwise
	}
	fmt.Fprintf(f, "Hex(%c,%d,%v,%v)=%x", verb, w, hasW, f.Flag('+'), int(h))
}

type Order struct {
	ID     int
	Price  Money
	Temp   Temp
	TempP  *Temp
	Err    error
	Secret Secret
	Inner  struct{ A, B Money }
	List   []Money
	ByName map[string]Money
}

type Bad struct{}

func (b *Bad) String() string { panic("boom in String") }

type NilSafe struct{ name string }

func (n *NilSafe) String() string {
	if n == nil {
		return "NilSafe(nil)"
	}
	return n.name
}

func main() {
	t := Temp(36.6)
	o := Order{
		ID: 1, Price: 1999, Temp: t, TempP: &t,
		Err: Status{404, "nope"}, Secret: "hunter2",
		List:   []Money{5, 150},
		ByName: map[string]Money{"b": 2, "a": 100},
	}
	o.Inner.A = 1
	fmt.Println(o)
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%s|%d|%v|%x\n", o.Price, o.Price, &o.Price, o.Price)
	fmt.Println(t, &t, o.Secret, o.Err)
	fmt.Printf("%#v %#v\n", o.Secret, []Secret{"a"})
	fmt.Printf("%v %s %d\n", Both{3}, Both{3}, Both{3})
	fmt.Printf("%v|%+v|%10v|%s\n", Hex(255), Hex(16), Hex(1), Hex(2))
	fmt.Println(Hex(7))
	var b *Bad = &Bad{}
	fmt.Printf("%v|%s|\n", b, b)
	fmt.Println(b)
	var ns *NilSafe
	fmt.Println(ns, &NilSafe{"named"})
	fmt.Printf("%v %s\n", ns, ns)
	var st *Status
	fmt.Printf("%v\n", st)
	var e error = st
	fmt.Println(e == nil)
	fmt.Println(e)
	var ms fmt.Stringer
	fmt.Println(ms)
	errs := []error{errors.New("x"), Status{1, "y"}, nil}
	fmt.Println(errs)
	fmt.Printf("%v %q\n", errs, errs[:2])
	fmt.Printf("%v %v\n", []fmt.Stringer{Money(1), &t}, [2]Money{3, 4})
	fmt.Printf("%x %X %q\n", Money(255), Secret("ab"), Money(1))
	fmt.Printf("%08v|%-8v|%8s\n", Money(5), Money(5), Money(5))
	fmt.Printf("%v\n", map[Money]Temp{300: 1, 100: 2})
	fmt.Printf("%T %T %T\n", o.Inner, o.Err, ms)
	type pair struct {
		K string
		V *int
	}
	one := 1
	ps := []pair{{"a", &one}, {"b", nil}}
	fmt.Printf("%+v\n", ps[1])
	fmt.Printf("%v\n", ps[1].V)
	fmt.Printf("%#v\n", ps[1])
	fmt.Printf("%v %v\n", struct{}{}, [0]int{})
	fmt.Printf("%+v\n", struct {
		E error
		S fmt.Stringer
	}{})
}
