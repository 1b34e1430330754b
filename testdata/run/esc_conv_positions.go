// Columns of the implicit interface conversions gc inserts: each one is
// reported where gc's running position stood when it converted (panic's
// argument, multi-value returns, sends, map-index assignments, slice and
// map literal elements, package-qualified variables as arguments, a field
// of a call's result on the left of an assignment).
package main

import (
	"container/ring"
	"errors"
	"fmt"
	"os"
)

type Event struct{ Topic string }

type Errs []error

func (e Errs) Error() string { return fmt.Sprint(len(e), " errors") }

type Pair struct{ k, v int }

type Box struct{ v interface{} }

var sink interface{}

func name(s string) string { return "<" + s + ">" }

func boom(e Event, p *Event, s string, n int) (r interface{}) {
	defer func() { r = recover() }()
	switch s {
	case "topic":
		panic(e.Topic)
	case "sum":
		panic(n + 1)
	case "slice":
		panic([]int{n, 2})
	case "lit":
		panic(Event{Topic: s})
	case "concat":
		panic("nil payload on " + e.Topic)
	case "sprintf":
		panic(fmt.Sprintf("%d", n))
	case "call":
		panic(name(s))
	case "new":
		panic(errors.New("x" + s))
	case "ptr":
		panic(p.Topic + s)
	case "mixed":
		panic(s + name(e.Topic))
	case "addr":
		panic(&Event{s})
	}
	return nil
}

func first(errs Errs) (*Pair, error)                 { return nil, errs }
func second(errs Errs) (error, *Pair)                { return errs, nil }
func withInt(errs Errs) (int, error)                 { return 0, errs }
func both(errs Errs, s []int) (interface{}, error)   { return s, errs }
func three(s string, n int) (interface{}, interface{}, interface{}) { return n, s, n + 1 }
func lits(s string, n int) (interface{}, interface{}) { return Pair{n, 1}, s + "!" }

func main() {
	e := Event{"orders"}
	for _, k := range []string{"topic", "sum", "slice", "lit", "concat", "sprintf", "call", "new", "ptr", "mixed", "addr"} {
		fmt.Printf("%s: %v\n", k, boom(e, &e, k, 41))
	}
	errs := Errs{errors.New("a")}
	p, err := first(errs)
	fmt.Println(p, err)
	err2, p2 := second(errs)
	fmt.Println(err2, p2)
	z, err3 := withInt(errs)
	fmt.Println(z, err3)
	v, err4 := both(errs, []int{1})
	fmt.Println(v, err4)
	fmt.Println(three("c", 1))
	fmt.Println(lits("d", 2))

	a, b, s := 1, 2, "x"
	ch := make(chan interface{}, 10)
	ch <- Pair{a, b}
	ch <- a + b
	ch <- s
	m := map[string]interface{}{}
	m[s] = Pair{a, b}
	m[s+"y"] = a + b
	l := []interface{}{Pair{a, b}, a + b, s, 3}
	sink = l
	select {
	case ch <- Pair{b, a}:
	default:
	}
	var x interface{} = Pair{a, b}
	x = Pair{b, a}
	box := &Box{}
	box.v = Pair{a, b}
	box.v, x = s, a+b
	mk := map[interface{}]int{}
	mk[s] = 1
	mk[a+b]++
	arr := [3]interface{}{a, 2: s}
	keyed := Box{v: a + b}
	fmt.Println(len(ch), len(m), x, box.v, mk[s], mk[3], arr, keyed)

	r := ring.New(2)
	r.Next().Value = "b"
	r.Value, r.Next().Value = "a", "c"
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	fmt.Fprintln(os.Stdout, "stdout", os.Args[0] != "")
}
