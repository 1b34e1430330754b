package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
)

var ErrNotFound = errors.New("not found")
var ErrPermission = fmt.Errorf("permission denied")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + strconv.Quote(e.Query) + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type TempErr int

func (t TempErr) Error() string   { return fmt.Sprintf("temporary error %d", int(t)) }
func (t TempErr) Temporary() bool { return t%2 == 0 }

type codeErr struct{ code int }

func (c codeErr) Error() string { return "code " + strconv.Itoa(c.code) }
func (c codeErr) Is(target error) bool {
	t, ok := target.(codeErr)
	return ok && (t.code == 0 || t.code == c.code)
}

func lookup(key string) error {
	switch key {
	case "":
		return &QueryError{Query: key, Err: ErrNotFound}
	case "root":
		return fmt.Errorf("lookup %s: %w", key, ErrPermission)
	case "tmp":
		return fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", TempErr(4)))
	case "odd":
		return TempErr(3)
	case "code":
		return fmt.Errorf("wrapped: %w", codeErr{42})
	case "eof":
		return fmt.Errorf("read: %v", io.EOF)
	case "path":
		return &fs.PathError{Op: "open", Path: "/x/y", Err: fs.ErrNotExist}
	}
	return nil
}

func classify(err error) string {
	var qe *QueryError
	var te TempErr
	var pe *fs.PathError
	var tmp interface{ Temporary() bool }
	switch {
	case err == nil:
		return "ok"
	case errors.As(err, &qe):
		return "query error on " + strconv.Quote(qe.Query) + " is-notfound=" + strconv.FormatBool(errors.Is(err, ErrNotFound))
	case errors.As(err, &pe):
		return fmt.Sprintf("path error op=%s path=%s notexist=%t", pe.Op, pe.Path, errors.Is(err, fs.ErrNotExist))
	case errors.As(err, &te):
		s := fmt.Sprintf("temp %d", int(te))
		if errors.As(err, &tmp) {
			s += fmt.Sprintf(" temporary=%v", tmp.Temporary())
		}
		return s
	case errors.Is(err, ErrPermission):
		return "permission"
	case errors.Is(err, codeErr{}):
		return "some code error; is 42: " + fmt.Sprint(errors.Is(err, codeErr{42})) + ", is 7: " + fmt.Sprint(errors.Is(err, codeErr{7}))
	case errors.Is(err, io.EOF):
		return "eof"
	}
	return "unknown: " + err.Error()
}

type multi []error

func (m multi) Error() string {
	s := ""
	for i, e := range m {
		if i > 0 {
			s += "; "
		}
		s += e.Error()
	}
	return fmt.Sprintf("%d errors: %s", len(m), s)
}

func collect(keys ...string) error {
	var m multi
	for _, k := range keys {
		if err := lookup(k); err != nil {
			m = append(m, err)
		}
	}
	if len(m) == 0 {
		return nil
	}
	return m
}

func unwrapAll(err error) {
	depth := 0
	for err != nil {
		fmt.Printf("  %d: %T %v\n", depth, err, err)
		err = errors.Unwrap(err)
		depth++
	}
}

func mayFail(n int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	if n < 0 {
		panic(fmt.Sprintf("negative %d", n))
	}
	return 100 / n, nil
}

func main() {
	for _, k := range []string{"", "root", "tmp", "odd", "code", "eof", "path", "fine"} {
		err := lookup(k)
		fmt.Printf("%-6q -> %s\n", k, classify(err))
	}
	fmt.Println("chain of tmp:")
	unwrapAll(lookup("tmp"))
	fmt.Println("chain of path:")
	unwrapAll(lookup("path"))
	err := collect("", "fine", "odd", "root")
	fmt.Println(err)
	var m multi
	fmt.Println(errors.As(err, &m), len(m))
	fmt.Println(collect("fine") == nil)
	for _, n := range []int{5, 0, -1} {
		r, err := mayFail(n)
		fmt.Println(r, err)
	}
	e1 := errors.New("x")
	e2 := errors.New("x")
	fmt.Println(e1 == e2, e1.Error() == e2.Error(), errors.Is(e1, e1))
	fmt.Printf("%v|%s|%q\n", ErrNotFound, ErrNotFound, ErrNotFound)
	fmt.Printf("%+v\n", &QueryError{"q", io.ErrUnexpectedEOF})
	var nilq *QueryError
	var asErr error = nilq
	fmt.Println(asErr == nil, nilq == nil)
	if err := lookup("root"); err != nil {
		fmt.Fprintln(os.Stderr, "fatal:", err)
		os.Exit(3)
	}
}
