// A catalogue of Go's run-time errors: each experiment triggers one inside
// a protected call, prints the recovered value, its type and whether it is a
// runtime.Error. The last one is not recovered, so the program exits with
// status 2 and Go's panic text.
package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
)

type Account struct {
	Owner   string
	Balance int
}

type Shape interface {
	Area() float64
}

type Square struct{ Side float64 }

func (s Square) Area() float64 { return s.Side * s.Side }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

type experiment struct {
	name string
	run  func()
}

func protect(e experiment) (msg string) {
	defer func() {
		r := recover()
		if r == nil {
			msg = "no panic"
			return
		}
		kind := "value"
		if re, ok := r.(runtime.Error); ok {
			kind = "runtime.Error"
			msg = re.Error()
		} else if err, ok := r.(error); ok {
			kind = "error"
			msg = err.Error()
		} else {
			msg = fmt.Sprint(r)
		}
		msg = fmt.Sprintf("%-14s %-16T %s", kind, r, msg)
	}()
	e.run()
	return
}

var sink int

func indexes() []int { return []int{1, 2, 3} }

func main() {
	idx := 5
	zero := 0
	var nilMap map[string]int
	var acct *Account
	var shape Shape = Square{2}
	var any interface{} = "text"
	lo, hi := 3, 1
	arr := [4]int{1, 2, 3, 4}

	exps := []experiment{
		{"index", func() { sink = indexes()[idx] }},
		{"index negative", func() { i := -1 + zero; sink = indexes()[i] }},
		{"array index", func() { sink = arr[idx%8] }},
		{"slice hi", func() { sink = len(indexes()[:idx]) }},
		{"slice lo>hi", func() { sink = len(indexes()[lo:hi]) }},
		{"slice3", func() { s := indexes(); sink = len(s[0:2:idx]) }},
		{"string index", func() { s := "abc"; sink = int(s[idx]) }},
		{"string slice", func() { s := "abc"; sink = len(s[idx:]) }},
		{"divide", func() { sink = 10 / zero }},
		{"modulo", func() { sink = 10 % zero }},
		{"nil map write", func() { nilMap["x"] = 1 }},
		{"nil map read", func() { sink = nilMap["x"] }},
		{"nil deref", func() { sink = acct.Balance }},
		{"type assert", func() { sink = any.(int) }},
		{"iface assert", func() { _ = shape.(*Square) }},
		{"iface to iface", func() { _ = any.(Shape) }},
		{"nil iface call", func() { var s Shape; sink = int(s.Area()) }},
		{"nil ptr method", func() { var c *Circle; sink = int(c.Area()) }},
		{"custom error", func() { panic(errors.New("disk full")) }},
		{"wrapped error", func() { panic(fmt.Errorf("save: %w", os.ErrNotExist)) }},
		{"string value", func() { panic("plain string") }},
		{"int value", func() { panic(42) }},
		{"struct value", func() { panic(Account{"ann", 10}) }},
		{"strconv", func() {
			_, err := strconv.Atoi("12a")
			panic(err)
		}},
		{"make negative", func() { n := -1 + zero; _ = make([]int, n) }},
		{"conversion", func() { s := indexes(); _ = (*[4]int)(s) }},
		{"no panic", func() { sink = 1 }},
	}
	for i, e := range exps {
		fmt.Printf("%2d %-15s %s\n", i+1, e.name, protect(e))
	}

	var ne *os.PathError
	err := fmt.Errorf("wrap: %w", &os.PathError{Op: "open", Path: "/x", Err: os.ErrPermission})
	fmt.Println(errors.As(err, &ne), ne.Op, errors.Is(err, os.ErrPermission))

	words := strings.Fields("the last experiment is not recovered")
	fmt.Println(len(words), "words; now failing for real")
	total := 0
	for i := 0; i <= len(words); i++ {
		total += len(words[i])
	}
	fmt.Println("unreachable", total)
}
