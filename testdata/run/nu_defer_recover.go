// defer/recover patterns from a textbook chapter: deferred calls run LIFO,
// arguments are evaluated at defer time, deferred closures can change
// named results, recover only works in a deferred function, runtime errors
// become runtime.Error values, and a re-panic ends the program.
package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
)

var trace []string

func enter(name string) string {
	trace = append(trace, "enter "+name)
	return name
}

func leave(name string) { trace = append(trace, "leave "+name) }

func nested() {
	defer leave(enter("nested"))
	for i := 0; i < 3; i++ {
		defer func(n int) { trace = append(trace, fmt.Sprint("loop defer ", n)) }(i)
	}
	x := 10
	defer fmt.Println("deferred x =", x)
	x = 20
	defer func() { fmt.Println("closure x =", x) }()
	x = 30
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(runtime.Error); ok {
				err = fmt.Errorf("safeDiv(%d, %d): %w", a, b, re)
				q = -1
				return
			}
			panic(r)
		}
	}()
	return a / b, nil
}

func tripled() (n int) {
	defer func() { n *= 3 }()
	n = 2
	return n + 1
}

type cleanup struct {
	steps []string
}

func (c *cleanup) add(s string) { c.steps = append(c.steps, s) }

func transaction(fail int) (err error) {
	c := &cleanup{}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("rolled back after %v (steps %s)", r, strings.Join(c.steps, ","))
		}
	}()
	for i := 1; i <= 3; i++ {
		c.add(fmt.Sprint("s", i))
		defer c.add(fmt.Sprint("undo", i))
		if i == fail {
			panic(fmt.Sprintf("step %d failed", i))
		}
	}
	return nil
}

func catch(f func()) (msg string) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
			msg = "no panic"
		case runtime.Error:
			msg = "runtime error: " + strings.TrimPrefix(v.Error(), "runtime error: ")
		case error:
			msg = "error: " + v.Error()
		case fmt.Stringer:
			msg = "stringer: " + v.String()
		default:
			msg = fmt.Sprintf("%T: %v", v, v)
		}
	}()
	f()
	return "returned"
}

type code int

func (c code) String() string { return fmt.Sprintf("code-%d", int(c)) }

func helperRecover() interface{} { return recover() }

func main() {
	nested()
	for _, t := range trace {
		fmt.Println(" ", t)
	}
	for _, p := range [][2]int{{7, 2}, {1, 0}, {-9, 3}} {
		q, err := safeDiv(p[0], p[1])
		fmt.Println(q, err)
		var re runtime.Error
		fmt.Println("  is runtime.Error:", errors.As(err, &re))
	}
	fmt.Println("tripled:", tripled())
	fmt.Println(transaction(0))
	fmt.Println(transaction(2))

	var m map[string]int
	var p *cleanup
	var arr []int
	var iface interface{} = "str"
	idx := 5
	cases := []func(){
		func() {},
		func() { m["x"] = 1 },
		func() { _ = p.steps },
		func() { _ = arr[idx] },
		func() { _ = arr[1:idx] },
		func() { _ = iface.(int) },
		func() { panic(errors.New("custom")) },
		func() { panic(code(7)) },
		func() { panic(42) },
		func() { panic(fmt.Sprintf("%d%%", 50)) },
		func() { var e error; panic(e) },
		func() { ch := make(chan int); close(ch); close(ch) },
		func() { x := []int{1, 2, 3}; i := -1 + idx - 4 - 1; _ = x[i] },
		func() { s := "héllo"; _ = s[idx*2] },
		func() { a, b := 1, idx-5; _ = a % b },
		func() { fmt.Println("recover outside defer:", recover(), helperRecover()) },
	}
	for i, f := range cases {
		fmt.Printf("%2d %s\n", i, catch(f))
	}

	// Panic during a deferred call replaces the first panic.
	fmt.Println(catch(func() {
		defer func() { panic("second") }()
		panic("first")
	}))
	// Recover, then panic again with wrapped info: the program ends here.
	defer fmt.Println("main's deferred print runs before the crash")
	defer func() {
		r := recover()
		fmt.Fprintln(os.Stderr, "recovered in main:", r)
		panic(fmt.Sprintf("re-panic: %v", r))
	}()
	var nilMap map[int]bool
	nilMap[1] = true
}
