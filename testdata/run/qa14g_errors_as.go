package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
)

type NotFoundError struct {
	Key string
}

func (e *NotFoundError) Error() string { return "not found: " + e.Key }

type TimeoutError struct {
	Op      string
	Seconds int
}

func (e TimeoutError) Error() string { return fmt.Sprintf("%s timed out after %ds", e.Op, e.Seconds) }
func (e TimeoutError) Timeout() bool { return true }

type ValidationErrors []error

func (v ValidationErrors) Error() string {
	s := strconv.Itoa(len(v)) + " validation errors"
	for _, e := range v {
		s += "; " + e.Error()
	}
	return s
}

// Is lets errors.Is(ValidationErrors{...}, target) look inside.
func (v ValidationErrors) Is(target error) bool {
	for _, e := range v {
		if errors.Is(e, target) {
			return true
		}
	}
	return false
}

var ErrPermission = errors.New("permission denied")

type codeErr struct {
	code int
	err  error
}

func (c *codeErr) Error() string { return fmt.Sprintf("code %d: %v", c.code, c.err) }
func (c *codeErr) Unwrap() error { return c.err }

func lookup(key string) error {
	switch key {
	case "missing":
		return fmt.Errorf("lookup: %w", &NotFoundError{Key: key})
	case "slow":
		return &codeErr{504, fmt.Errorf("fetch %q: %w", key, TimeoutError{"fetch", 30})}
	case "secret":
		return &codeErr{403, ErrPermission}
	case "bad":
		return ValidationErrors{errors.New("empty name"), fmt.Errorf("field x: %w", ErrPermission)}
	case "eof":
		return fmt.Errorf("read: %w", io.ErrUnexpectedEOF)
	case "file":
		_, err := os.Open("/nonexistent/qa14g")
		return err
	}
	return nil
}

func classify(err error) string {
	var nf *NotFoundError
	var te TimeoutError
	var ce *codeErr
	var ve ValidationErrors
	var pe *os.PathError
	var tmo interface{ Timeout() bool }
	switch {
	case err == nil:
		return "ok"
	case errors.As(err, &nf):
		return "not-found key=" + nf.Key
	case errors.As(err, &tmo) && tmo.Timeout():
		errors.As(err, &te)
		errors.As(err, &ce)
		return fmt.Sprintf("timeout op=%s secs=%d code=%d", te.Op, te.Seconds, ce.code)
	case errors.Is(err, ErrPermission):
		if errors.As(err, &ve) {
			return fmt.Sprintf("validation(%d) with permission", len(ve))
		}
		return "permission"
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "eof"
	case errors.As(err, &pe):
		return "path op=" + pe.Op + " path=" + pe.Path + " notexist=" + strconv.FormatBool(errors.Is(err, os.ErrNotExist))
	}
	return "unknown"
}

func typeSwitch(err error) string {
	switch e := err.(type) {
	case nil:
		return "nil"
	case *NotFoundError:
		return "direct not-found"
	case interface{ Unwrap() error }:
		return fmt.Sprintf("wrapper of %T", e.Unwrap())
	case ValidationErrors:
		return fmt.Sprintf("validation %d", len(e))
	case *os.PathError:
		return "path"
	default:
		return fmt.Sprintf("other %T", e)
	}
}

func main() {
	for _, k := range []string{"ok", "missing", "slow", "secret", "bad", "eof", "file"} {
		err := lookup(k)
		fmt.Printf("%-8s %-45s | %s\n", k, classify(err), typeSwitch(err))
		if err != nil {
			fmt.Println("         msg:", err)
		}
	}
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", &NotFoundError{"deep"}))
	fmt.Println(errors.Unwrap(wrapped))
	fmt.Println(errors.Unwrap(errors.Unwrap(errors.Unwrap(wrapped))))
	var target *NotFoundError
	fmt.Println(errors.As(wrapped, &target), target.Key, target == errors.Unwrap(errors.Unwrap(wrapped)))
	fmt.Println(errors.Is(nil, ErrPermission), errors.Is(ErrPermission, ErrPermission))
	e1 := TimeoutError{"a", 1}
	fmt.Println(errors.Is(fmt.Errorf("x: %w", e1), TimeoutError{"a", 1}), errors.Is(e1, TimeoutError{"a", 2}))
	noWrap := fmt.Errorf("no wrap: %v", ErrPermission)
	fmt.Println(errors.Is(noWrap, ErrPermission), errors.Unwrap(noWrap) == nil)
}
