// errors wrapping with fmt.Errorf %w: chains through layers, errors.Is on
// sentinels, errors.As on typed errors, custom Unwrap and Is methods.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
)

var ErrNotFound = errors.New("not found")
var ErrTimeout = errors.New("timeout")

type QueryError struct {
	Query string
	Line  int
	Err   error
}

func (e *QueryError) Error() string { return "query " + strconv.Quote(e.Query) + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type tempErr struct{ code int }

func (t tempErr) Error() string        { return "temporary failure " + strconv.Itoa(t.code) }
func (t tempErr) Is(target error) bool { return target == ErrTimeout && t.code >= 500 }

func lookup(key string) (int, error) {
	switch key {
	case "":
		return 0, &QueryError{Query: key, Line: 1, Err: ErrNotFound}
	case "slow":
		return 0, tempErr{503}
	case "bad":
		return 0, tempErr{400}
	case "eof":
		return 0, io.ErrUnexpectedEOF
	}
	return len(key), nil
}

func service(key string) (int, error) {
	n, err := lookup(key)
	if err != nil {
		return 0, fmt.Errorf("service(%s): %w", key, err)
	}
	return n, nil
}

func handler(keys []string) error {
	var errs []error
	for _, k := range keys {
		if _, err := service(k); err != nil {
			errs = append(errs, fmt.Errorf("handler: %w", err))
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return errs[len(errs)-1]
}

func depth(err error) int {
	d := 0
	for err != nil {
		d++
		err = errors.Unwrap(err)
	}
	return d
}

func main() {
	for _, k := range []string{"ok", "", "slow", "bad", "eof"} {
		_, err := service(k)
		if err == nil {
			fmt.Println(k, "ok")
			continue
		}
		var qe *QueryError
		var te tempErr
		fmt.Printf("%q: %v | notfound=%v timeout=%v eof=%v depth=%d\n", k, err,
			errors.Is(err, ErrNotFound), errors.Is(err, ErrTimeout), errors.Is(err, io.ErrUnexpectedEOF), depth(err))
		if errors.As(err, &qe) {
			fmt.Println("  query error at line", qe.Line)
		}
		if errors.As(err, &te) {
			fmt.Println("  temp code", te.code)
		}
	}
	err := handler([]string{"a", "slow"})
	fmt.Println(err, depth(err))
	double := fmt.Errorf("two: %w and %v", ErrNotFound, ErrTimeout)
	fmt.Println(errors.Is(double, ErrNotFound), errors.Is(double, ErrTimeout))
	_, perr := os.Open("/definitely/not/here")
	var pe *os.PathError
	fmt.Println(errors.As(perr, &pe), pe.Op, errors.Is(perr, os.ErrNotExist))
	var nilq *QueryError
	var e error = nilq
	fmt.Println(e == nil, nilq == nil)
}
