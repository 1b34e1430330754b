// Errors as values: sentinel errors, typed errors with pointer and value
// receivers, wrapping chains, errors.Is/As, and a multi-error collector.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

var ErrNotFound = errors.New("not found")

type ValidationError struct {
	Field string
	Value any
}

func (e ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %v", e.Field, e.Value)
}

type RetryError struct {
	Attempts int
	Err      error
}

func (e *RetryError) Error() string {
	return "after " + strconv.Itoa(e.Attempts) + " attempts: " + e.Err.Error()
}
func (e *RetryError) Unwrap() error { return e.Err }

type MultiError []error

func (m MultiError) Error() string {
	parts := make([]string, len(m))
	for i, e := range m {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "; ")
}

func (m MultiError) Is(target error) bool {
	for _, e := range m {
		if errors.Is(e, target) {
			return true
		}
	}
	return false
}

func lookup(db map[string]int, k string) (int, error) {
	v, ok := db[k]
	if !ok {
		return 0, fmt.Errorf("lookup %q: %w", k, ErrNotFound)
	}
	if v < 0 {
		return 0, ValidationError{Field: k, Value: v}
	}
	return v, nil
}

func withRetry(n int, f func(int) error) error {
	var last error
	for i := 1; i <= n; i++ {
		if last = f(i); last == nil {
			return nil
		}
	}
	return &RetryError{Attempts: n, Err: last}
}

func validateAll(db map[string]int, keys []string) error {
	var errs MultiError
	for _, k := range keys {
		if _, err := lookup(db, k); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func main() {
	db := map[string]int{"a": 1, "b": -2, "c": 3}
	for _, k := range []string{"a", "b", "z"} {
		v, err := lookup(db, k)
		var ve ValidationError
		switch {
		case err == nil:
			fmt.Println(k, "=", v)
		case errors.Is(err, ErrNotFound):
			fmt.Println("missing:", err)
		case errors.As(err, &ve):
			fmt.Println("validation:", ve.Field, ve.Value, err)
		}
	}
	err := withRetry(3, func(i int) error {
		if i < 5 {
			return fmt.Errorf("try %d: %w", i, io.ErrUnexpectedEOF)
		}
		return nil
	})
	var re *RetryError
	fmt.Println(err)
	fmt.Println("is EOF-ish:", errors.Is(err, io.ErrUnexpectedEOF), "as retry:", errors.As(err, &re), re.Attempts)
	fmt.Println("ok retry:", withRetry(2, func(i int) error { return nil }))
	m := validateAll(db, []string{"a", "b", "q", "r"})
	fmt.Println(m)
	fmt.Println("multi is notfound:", errors.Is(m, ErrNotFound), "nil when ok:", validateAll(db, []string{"a"}) == nil)
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", os.ErrNotExist))
	fmt.Println(wrapped, errors.Unwrap(errors.Unwrap(wrapped)) == os.ErrNotExist)
	var nilRetry *RetryError
	var e error = nilRetry
	fmt.Println("typed nil is non-nil:", e != nil)
}
