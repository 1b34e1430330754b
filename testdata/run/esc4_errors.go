// Error values: errors.New, fmt.Errorf with %w, custom error types with
// pointer and value receivers, errors.Is/As/Unwrap, and what escapes.
package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

type NotFoundError struct {
	Key string
}

func (e *NotFoundError) Error() string { return "not found: " + e.Key }

type CodeError struct {
	Code int
	Msg  string
}

func (e CodeError) Error() string { return strconv.Itoa(e.Code) + " " + e.Msg }

var ErrClosed = errors.New("closed")

type Store struct {
	data   map[string]string
	closed bool
}

func (s *Store) Get(key string) (string, error) {
	if s.closed {
		return "", ErrClosed
	}
	v, ok := s.data[key]
	if !ok {
		return "", &NotFoundError{Key: key}
	}
	return v, nil
}

func (s *Store) MustGetInt(key string) (int, error) {
	v, err := s.Get(key)
	if err != nil {
		return 0, fmt.Errorf("get %q: %w", key, err)
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, fmt.Errorf("parse %s: %w", key, err)
	}
	return n, nil
}

func validate(age int) error {
	if age < 0 {
		return CodeError{Code: 400, Msg: "negative age"}
	}
	if age > 150 {
		return &CodeError{Code: 422, Msg: "too old"}
	}
	return nil
}

func classify(err error) string {
	var nf *NotFoundError
	if errors.As(err, &nf) {
		return "missing " + nf.Key
	}
	var ce CodeError
	if errors.As(err, &ce) {
		return "code " + strconv.Itoa(ce.Code)
	}
	if errors.Is(err, ErrClosed) {
		return "closed"
	}
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		return "bad number " + ne.Num
	}
	return "other"
}

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

func main() {
	s := &Store{data: map[string]string{"a": "1", "b": "x"}}
	for _, k := range []string{"a", "b", "c"} {
		n, err := s.MustGetInt(k)
		if err != nil {
			fmt.Println(err, "->", classify(err))
			continue
		}
		fmt.Println(k, n)
	}
	s.closed = true
	_, err := s.Get("a")
	fmt.Println(classify(err), errors.Unwrap(fmt.Errorf("wrap: %w", err)) == ErrClosed)

	for _, age := range []int{-1, 30, 200} {
		if err := validate(age); err != nil {
			fmt.Println(age, err, classify(err))
		}
	}
	e := firstErr(nil, validate(-5), ErrClosed)
	fmt.Fprintln(os.Stdout, "first:", e)
	if err := firstErr(); err == nil {
		fmt.Println("no errors")
	}
}
