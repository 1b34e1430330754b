package main

import (
	"errors"
	"fmt"
)

// A nil *QueryError stored in an error interface is not a nil error: the
// panic value's Error method dereferences nil while the runtime prints it.
type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }

func run(q string) error {
	var qe *QueryError
	if q == "" {
		qe = &QueryError{q, errors.New("empty query")}
	}
	return qe
}

func main() {
	for _, q := range []string{"", "select 1"} {
		err := run(q)
		fmt.Printf("%q: err == nil? %v\n", q, err == nil)
	}
	err := run("select 2")
	fmt.Printf("%T\n", err)
	fmt.Println(fmt.Sprint(err))
	if err != nil {
		panic(err)
	}
}
