// defer/recover corners: named results changed by defers, recover only
// in the deferred function itself, nested panics, a panic while
// panicking, and finally an unrecovered panic replaced in a defer.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type step struct {
	name string
	log  *[]string
}

func (s step) done() { *s.log = append(*s.log, "done "+s.name) }

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("divide(%d, %d): %v", a, b, r)
			q = -1
		}
	}()
	q = a / b
	return
}

func counted() (n int) {
	for i := 0; i < 4; i++ {
		defer func(i int) { n += i }(i)
	}
	return 100
}

func helperRecover() interface{} { return recover() }

func notDirect() (got string) {
	defer func() {
		r := recover()
		got = fmt.Sprint("outer recovered: ", r)
	}()
	defer func() {
		// recover called from a helper, not directly by the deferred
		// function: returns nil, the panic continues
		if helperRecover() == nil {
			got = "helper saw nil"
		}
	}()
	panic("boom")
}

func nested() (trace []string) {
	defer func() {
		r := recover()
		trace = append(trace, fmt.Sprint("last: ", r))
	}()
	defer func() {
		defer func() {
			r := recover()
			trace = append(trace, fmt.Sprint("inner: ", r))
		}()
		panic("second")
	}()
	panic("first")
}

var errLate = errors.New("late error")

func closeAll(names ...string) (err error) {
	var log []string
	for _, n := range names {
		s := step{n, &log}
		defer s.done()
	}
	defer func() {
		if err == nil && len(names) > 2 {
			err = errLate
		}
	}()
	defer func() {
		fmt.Println("  closing order will be:", len(log), "so far")
	}()
	return nil
}

type cleanup struct{ msgs []string }

func (c *cleanup) add(format string, args ...any) {
	c.msgs = append(c.msgs, fmt.Sprintf(format, args...))
}

func loopDefers() string {
	c := &cleanup{}
	func() {
		for i, name := range []string{"db", "cache", "queue"} {
			defer c.add("%d:%s", i, name)
		}
	}()
	return strings.Join(c.msgs, " ")
}

func main() {
	fmt.Println(divide(7, 2))
	fmt.Println(divide(7, 0))
	fmt.Println("counted", counted())
	fmt.Println(notDirect())
	fmt.Println(nested())
	fmt.Println(closeAll("a", "b"), closeAll("a", "b", "c"))
	fmt.Println(loopDefers())
	defer fmt.Println("main's defer runs")
	defer func() {
		r := recover()
		fmt.Println("recovered in main:", r)
		panic(fmt.Sprintf("re-panic: %v", r))
	}()
	var m map[string]int
	m["x"] = 1
}
