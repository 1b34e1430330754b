package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type ValidationError struct {
	Field string
	Err   error
}

func (v *ValidationError) Error() string { return "validation failed on " + v.Field + ": " + v.Err.Error() }
func (v *ValidationError) Unwrap() error { return v.Err }

func find(id int) error {
	if id < 0 {
		return &ValidationError{"id", fmt.Errorf("negative value %d", id)}
	}
	if id > 10 {
		return fmt.Errorf("find(%d): %w", id, ErrNotFound)
	}
	return nil
}

func load(id int) error {
	if err := find(id); err != nil {
		return fmt.Errorf("load: %w", err)
	}
	return nil
}

func main() {
	for _, id := range []int{1, 11, -5} {
		err := load(id)
		fmt.Println("err:", err)
		fmt.Println("  is NotFound:", errors.Is(err, ErrNotFound))
		var ve *ValidationError
		if errors.As(err, &ve) {
			fmt.Println("  validation field:", ve.Field)
		}
		fmt.Println("  unwrap:", errors.Unwrap(err))
	}
	_, err := strconv.Atoi("12a")
	fmt.Println(err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
	_, err = os.ReadFile("/nonexistent/file")
	fmt.Println(err != nil, errors.Is(err, os.ErrNotExist))
	e1 := errors.New("x")
	e2 := errors.New("x")
	fmt.Println(e1 == e2, errors.Is(e1, e2), errors.Is(nil, nil))
	wrapped := fmt.Errorf("ctx: %v", ErrNotFound)
	fmt.Println(errors.Is(wrapped, ErrNotFound), wrapped)
	fmt.Printf("%v|%s|%q\n", err == nil, ErrNotFound, ErrNotFound)
}
