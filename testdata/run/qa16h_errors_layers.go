package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Op string

type PathError struct {
	Op   Op
	Path string
	Err  error
}

func (e *PathError) Error() string { return string(e.Op) + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

type Temporary interface{ Temporary() bool }

type timeoutErr struct{ after int }

func (t timeoutErr) Error() string   { return "timeout after " + strconv.Itoa(t.after) + "ms" }
func (t timeoutErr) Temporary() bool { return true }
func (t timeoutErr) Is(target error) bool {
	_, ok := target.(timeoutErr)
	return ok
}

var (
	ErrPermission = errors.New("permission denied")
	ErrNotExist   = errors.New("file does not exist")
)

type multiErr []error

func (m multiErr) Error() string {
	s := ""
	for i, e := range m {
		if i > 0 {
			s += "; "
		}
		s += e.Error()
	}
	return s
}

func (m multiErr) Is(target error) bool {
	for _, e := range m {
		if errors.Is(e, target) {
			return true
		}
	}
	return false
}

func open(path string) error {
	switch path {
	case "/etc/shadow":
		return &PathError{"open", path, ErrPermission}
	case "/missing":
		return &PathError{"open", path, ErrNotExist}
	case "/slow":
		return &PathError{"read", path, timeoutErr{250}}
	}
	return nil
}

func load(paths ...string) error {
	var errs multiErr
	for _, p := range paths {
		if err := open(p); err != nil {
			errs = append(errs, fmt.Errorf("load: %w", err))
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func classify(err error) string {
	var pe *PathError
	var tmp Temporary
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, ErrPermission):
		return "perm"
	case errors.As(err, &tmp) && tmp.Temporary():
		return "retry"
	case errors.As(err, &pe):
		return "path(" + pe.Path + ")"
	}
	return "other"
}

func main() {
	for _, p := range []string{"/ok", "/etc/shadow", "/missing", "/slow"} {
		err := open(p)
		wrapped := fmt.Errorf("step %d: %w", len(p), err)
		fmt.Printf("%-12s %-8s %v\n", p, classify(err), errors.Unwrap(wrapped) == err)
		if err != nil {
			fmt.Println("   ", wrapped)
		}
	}
	err := load("/ok", "/missing", "/slow")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotExist), errors.Is(err, ErrPermission), errors.Is(err, timeoutErr{}))
	fmt.Println(classify(err))
	var pe *PathError
	fmt.Println(errors.As(err, &pe))
	double := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", &PathError{"stat", "/x", ErrNotExist}))
	fmt.Println(double, errors.As(double, &pe), pe.Op, classify(double))
	noWrap := fmt.Errorf("flat: %v", ErrNotExist)
	fmt.Println(errors.Is(noWrap, ErrNotExist), errors.Unwrap(noWrap) == nil)
	fmt.Printf("%T %T %T\n", double, errors.Unwrap(double), err)
	var target *timeoutErr
	fmt.Println(errors.As(timeoutErr{1}, &target) == false)
}
