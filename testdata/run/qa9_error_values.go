// Error values and memory: a custom error type returned by pointer,
// the typed-nil-in-interface trap, errors.As into a local, sentinel errors
// compared with ==, and wrapping with %w.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Msg }

var ErrEmpty = errors.New("empty input")

func parseLine(n int, s string) (int, error) {
	if s == "" {
		return 0, ErrEmpty
	}
	v, err := strconv.Atoi(s)
	if err != nil {
		return 0, &ParseError{Line: n, Msg: "not a number: " + strconv.Quote(s)}
	}
	return v, nil
}

// check returns a typed nil pointer in an error interface: never nil.
func check(ok bool) error {
	var pe *ParseError
	if !ok {
		pe = &ParseError{Msg: "failed"}
	}
	return pe
}

func checkFixed(ok bool) error {
	if !ok {
		return &ParseError{Msg: "failed"}
	}
	return nil
}

func sumLines(lines []string) (int, error) {
	total := 0
	for i, l := range lines {
		v, err := parseLine(i+1, l)
		if errors.Is(err, ErrEmpty) {
			continue
		}
		if err != nil {
			return total, fmt.Errorf("sum: %w", err)
		}
		total += v
	}
	return total, nil
}

func main() {
	fmt.Println(sumLines([]string{"1", "", "41"}))
	total, err := sumLines([]string{"3", "x4", "5"})
	fmt.Println(total, err)
	var pe *ParseError
	if errors.As(err, &pe) {
		fmt.Println("parse error at line", pe.Line)
	}
	fmt.Println(errors.Unwrap(err) == error(pe))
	fmt.Println(check(true) == nil, check(false) == nil)
	fmt.Println(checkFixed(true) == nil, checkFixed(false))
	_, e1 := parseLine(1, "")
	fmt.Println(e1 == ErrEmpty, e1)
}
