// -m prints a recover() that escape analysis has already rewritten (gc's
// ORECOVERFP, unknown to its printer) as "<node RECOVERFP>".
package main

import (
	"errors"
	"fmt"
)

type E struct{ s string }

func (e *E) Error() string { return e.s }

var sink any

func f() (err error) {
	defer func() {
		var e *E
		fmt.Println(errors.As(recover().(error), &e), e.s)
		sink = recover()
		fmt.Println(recover() == nil, recover())
	}()
	panic(&E{"x"})
}

func g() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered", r)
		}
	}()
	panic("y")
}

func main() {
	f()
	g()
	fmt.Println(recover())
}
