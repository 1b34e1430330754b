package main

import (
	"errors"
	"fmt"
	"os"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func parseLine(i int, s string) int {
	if s == "" {
		panic(&ParseError{i, "empty"})
	}
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			panic(&ParseError{i, fmt.Sprintf("bad char %q", c)})
		}
		n = n*10 + int(c-'0')
	}
	return n
}

func parseAll(lines []string) (total int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if pe, ok := r.(*ParseError); ok {
				err = pe
				return
			}
			panic(r)
		}
	}()
	for i, l := range lines {
		total += parseLine(i+1, l)
	}
	return total, nil
}

func nested() (s string) {
	defer func() {
		r := recover()
		s = fmt.Sprintf("outer recovered %v", r)
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Println("inner recovered:", r)
			panic(fmt.Sprintf("wrapped(%v)", r))
		}()
		panic("deep")
	}()
	return "unreachable"
}

func deferOrder() {
	for i := 0; i < 3; i++ {
		defer func(n int) {
			fmt.Println("defer", n, recover())
		}(i)
	}
	panic("order")
}

func recoverNotInDefer() interface{} {
	return recover()
}

func helperRecover() {
	r := recover()
	fmt.Println("helper recover sees:", r)
}

func indirect() {
	defer func() {
		helperRecover()
	}()
	defer helperRecover()
	panic("indirect")
}

type cleanup struct{ name string }

func (c *cleanup) Close() {
	fmt.Println("closing", c.name)
}

func work() {
	a := &cleanup{"a"}
	defer a.Close()
	b := &cleanup{"b"}
	defer b.Close()
	var arr []int
	_ = arr[len(b.name)]
}

func main() {
	fmt.Println(parseAll([]string{"12", "30"}))
	fmt.Println(parseAll([]string{"12", "3x", "4"}))
	fmt.Println(parseAll([]string{"1", ""}))
	fmt.Println(nested())
	deferOrder()
	fmt.Println("recover outside:", recoverNotInDefer())
	indirect()
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println("work:", ok, err)
			var re interface{ RuntimeError() }
			fmt.Println("is runtime error:", errors.As(err, &re))
		}()
		work()
	}()
	func() {
		defer func() {
			fmt.Println("recovered nil-panic:", recover())
		}()
		var e error
		panic(e)
	}()
	defer fmt.Println("main deferred runs before crash")
	defer func() {
		r := recover()
		fmt.Fprintln(os.Stderr, "main caught:", r)
		panic(fmt.Errorf("fatal: %v", r))
	}()
	parseAll([]string{"1"})
	var mm map[string]bool
	if len(os.Args) > 5 {
		mm = map[string]bool{}
	}
	mm["x"] = true
}
