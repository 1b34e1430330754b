// Errors built with fmt.Errorf and %w, custom error types by value and by
// pointer, and errors.Is/As/Unwrap walking the chain.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ParseError struct {
	Line int
	Col  int
	Msg  string
}

func (e ParseError) Error() string {
	return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Msg)
}

type LimitError struct {
	Limit, Got int
}

func (e *LimitError) Error() string {
	return "limit " + strconv.Itoa(e.Limit) + " exceeded: " + strconv.Itoa(e.Got)
}

var ErrEmpty = errors.New("empty input")

func parseLine(n int, s string) (int, error) {
	if s == "" {
		return 0, fmt.Errorf("line %d: %w", n, ErrEmpty)
	}
	v, err := strconv.Atoi(s)
	if err != nil {
		return 0, ParseError{Line: n, Col: 1, Msg: err.Error()}
	}
	if v > 100 {
		return 0, &LimitError{Limit: 100, Got: v}
	}
	return v, nil
}

func sumLines(lines []string) (int, error) {
	total := 0
	for i, l := range lines {
		v, err := parseLine(i+1, l)
		if err != nil {
			return total, fmt.Errorf("sum stopped: %w", err)
		}
		total += v
	}
	return total, nil
}

func classify(err error) string {
	var pe ParseError
	var le *LimitError
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, ErrEmpty):
		return "empty"
	case errors.As(err, &pe):
		return fmt.Sprintf("parse at line %d", pe.Line)
	case errors.As(err, &le):
		return fmt.Sprintf("limit by %d", le.Got-le.Limit)
	}
	return "unknown"
}

func main() {
	inputs := [][]string{
		{"1", "2", "3"},
		{"4", "", "6"},
		{"7", "x8"},
		{"50", "150"},
	}
	for _, in := range inputs {
		total, err := sumLines(in)
		fmt.Printf("%v total=%d class=%s\n", in, total, classify(err))
		if err != nil {
			fmt.Println("  ", err)
			fmt.Println("  ", errors.Unwrap(err))
		}
	}
	e1 := fmt.Errorf("wrap %d: %w", 1, fmt.Errorf("wrap %d: %w", 2, ErrEmpty))
	fmt.Println(e1, errors.Is(e1, ErrEmpty))
	e2 := fmt.Errorf("no wrap: %v", ErrEmpty)
	fmt.Println(errors.Is(e2, ErrEmpty), errors.Unwrap(e2) == nil)
	fmt.Printf("%v|%+v|%q\n", ParseError{1, 2, "bad"}, LimitError{3, 4}, ErrEmpty)
}
