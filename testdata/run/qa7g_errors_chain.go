package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

type NotFoundError struct {
	Kind, Name string
}

func (e *NotFoundError) Error() string { return e.Kind + " " + e.Name + " not found" }

type TempError struct {
	Op    string
	Retry int
}

func (e TempError) Error() string   { return fmt.Sprintf("%s: temporary (retry %d)", e.Op, e.Retry) }
func (e TempError) Temporary() bool { return true }

type temporary interface{ Temporary() bool }

type MultiError []error

func (m MultiError) Error() string {
	s := ""
	for i, e := range m {
		if i > 0 {
			s += "; "
		}
		s += e.Error()
	}
	return s
}

func (m MultiError) Is(target error) bool {
	for _, e := range m {
		if errors.Is(e, target) {
			return true
		}
	}
	return false
}

var ErrPermission = errors.New("permission denied")

func lookup(name string) error {
	switch name {
	case "ghost":
		return &NotFoundError{"user", name}
	case "root":
		return fmt.Errorf("lookup %s: %w", name, ErrPermission)
	case "flaky":
		return fmt.Errorf("lookup %s: %w", name, TempError{"dial", 3})
	case "eof":
		return fmt.Errorf("read header: %w", io.ErrUnexpectedEOF)
	}
	return nil
}

func classify(err error) string {
	var nf *NotFoundError
	var te temporary
	switch {
	case err == nil:
		return "ok"
	case errors.As(err, &nf):
		return "not-found(" + nf.Name + ")"
	case errors.Is(err, ErrPermission):
		return "perm"
	case errors.As(err, &te) && te.Temporary():
		return "temp"
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "eof"
	}
	return "unknown"
}

func main() {
	for _, n := range []string{"alice", "ghost", "root", "flaky", "eof"} {
		err := lookup(n)
		fmt.Printf("%-6s %-16s %v\n", n, classify(err), err)
	}
	wrapped := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", &NotFoundError{"file", "x.txt"}))
	fmt.Println(wrapped)
	for e := error(wrapped); e != nil; e = errors.Unwrap(e) {
		fmt.Printf("  %T: %v\n", e, e)
	}
	m := MultiError{errors.New("a failed"), fmt.Errorf("b: %w", ErrPermission)}
	fmt.Println(m, errors.Is(m, ErrPermission), errors.Is(m, io.EOF))
	var err error = m
	fmt.Printf("%v | %s | %q\n", err, err, err)
	_, err = os.Open("/definitely/not/here.txt")
	fmt.Println(err, errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "path:", pe.Path, "err:", pe.Err)
	}
	noWrap := fmt.Errorf("plain %v", ErrPermission)
	fmt.Println(noWrap, errors.Is(noWrap, ErrPermission), errors.Unwrap(noWrap) == nil)
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, errors.Is(e1, e2), e1.Error() == e2.Error())
	var nilErr *NotFoundError
	var iface error = nilErr
	fmt.Println(nilErr == nil, iface == nil, iface != nil)
	fmt.Printf("%v %+v\n", TempError{"x", 1}, TempError{"x", 1})
	fmt.Printf("%d %s\n", TempError{"y", 2}, &NotFoundError{"k", "n"})
}
