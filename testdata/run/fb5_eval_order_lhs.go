// Order of evaluation in assignments: the calls in the operands of the
// left side's index expressions and pointer indirections run before the
// right side's calls (Go's fixedbugs bug242, bug262), in every assignment
// form: =, op=, tuple, a multi-value call, a map index, a receive, a type
// assertion.
package main

import (
	"fmt"
	"strconv"
)

var trace string

func f(s string) int { trace += s; return len(trace) }
func p(s string) *int {
	trace += s
	v := 0
	return &v
}
func two(s string) (int, int) { trace += s; return 1, 2 }

type T struct{ a [4]int }

func q(s string) *T { trace += s; return &T{} }

func sl(s string) []int { trace += s; return make([]int, 8) }

//go:noinline
func pn(s string) *int {
	trace += s
	v := 0
	return &v
}

func pe(s string) *error {
	trace += s
	var e error
	return &e
}

func show(what string) {
	fmt.Printf("%-12s %s\n", what, trace)
	trace = ""
}

func main() {
	m := map[int]int{}
	var a [10]int
	var ok bool

	*p("a") = f("b")
	show("deref =")
	m[f("a")] = f("b")
	show("map =")
	a[f("a")] = f("b")
	show("array =")
	q("a").a[f("b")&3] = f("c")
	show("field =")
	sl("a")[f("b")] = f("c")
	show("slice =")
	*pn("a") = f("b")
	show("noinline =")

	*p("a") += f("b")
	show("deref +=")
	m[f("a")] += f("b")
	show("map +=")
	a[f("a")] += f("b")
	show("array +=")

	*p("a"), *p("b") = f("c"), f("d")
	show("tuple")
	m[f("a")], m[f("b")] = f("c"), f("d")
	show("map tuple")
	*p("a"), *p("b") = two("c")
	show("func")
	m[f("a")], *p("b") = two("c")
	show("map func")
	*p("a"), ok = m[f("b")]
	show("mapr " + strconv.FormatBool(ok))
	c := make(chan int, 1)
	c <- 1
	*p("a"), ok = <-c
	show("recv " + strconv.FormatBool(ok))
	var e interface{} = 1
	*p("a"), ok = e.(int)
	show("dottype " + strconv.FormatBool(ok))

	// a variable on the left is still read after the right side's calls
	i := 0
	g := func() int { i = 5; return 7 }
	a[i], ok = g(), true
	fmt.Println(a[0], a[5], ok)
	ip := &a[1]
	h := func() (int, bool) { ip = &a[2]; return 9, true }
	*ip, ok = h()
	fmt.Println(a[1], a[2], ok)

	// Go's bug262
	mm := make(map[string]int)
	mm[strconv.Itoa(f("f"))], *pe("g") = strconv.Atoi(strconv.Itoa(f("h")))
	show("bug262")
	fmt.Println(mm)
}
