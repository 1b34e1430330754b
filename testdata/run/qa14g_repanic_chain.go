package main

import (
	"errors"
	"fmt"
	"os"
)

type StageError struct {
	Stage int
	Cause error
}

func (e *StageError) Error() string { return fmt.Sprintf("stage %d: %v", e.Stage, e.Cause) }
func (e *StageError) Unwrap() error { return e.Cause }

var ErrBadInput = errors.New("bad input")

func stage(n int, input int) int {
	if input < 0 {
		panic(&StageError{n, ErrBadInput})
	}
	if input == 0 {
		var m map[string]int
		m["boom"] = n // runtime panic
	}
	return input * 2
}

// guard converts panics holding *StageError to errors and lets others through.
func guard(f func()) (err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if se, ok := r.(*StageError); ok {
			err = se
			return
		}
		if re, ok := r.(error); ok {
			err = fmt.Errorf("runtime: %w", re)
			return
		}
		panic(r)
	}()
	f()
	return nil
}

func pipeline(inputs []int) (out []int, err error) {
	for i, in := range inputs {
		e := guard(func() {
			out = append(out, stage(i, in))
		})
		if e != nil {
			return out, fmt.Errorf("pipeline item %d: %w", i, e)
		}
	}
	return out, nil
}

type cleanup struct{ name string }

func (c cleanup) Close() { fmt.Println("closing", c.name) }

func nested() (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprintf("nested recovered %v", r)
		}
	}()
	defer cleanup{"outer"}.Close()
	func() {
		defer cleanup{"inner"}.Close()
		defer func() {
			r := recover()
			fmt.Println("inner saw:", r)
			panic(fmt.Sprint("re-panic of ", r))
		}()
		panic("first")
	}()
	return "unreachable"
}

func main() {
	out, err := pipeline([]int{1, 2, 3})
	fmt.Println(out, err)
	out, err = pipeline([]int{4, -1, 5})
	fmt.Println(out, err)
	var se *StageError
	fmt.Println(errors.As(err, &se), se.Stage, errors.Is(err, ErrBadInput))
	out, err = pipeline([]int{7, 0})
	fmt.Println(out, err)

	fmt.Println(nested())

	err = guard(func() { panic(fmt.Sprintf("plain %d", 42)) })
	fmt.Println("never printed", err)
	os.Exit(3)
}
