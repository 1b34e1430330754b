// Package fmt: Go 1.19's fmt API in the gosub subset.  Formatting is done
// by the runtime (runtime/fmt.c, Go's printer rules); the Fprint* and
// Errorf wrappers are Go code here.
package fmt

import (
	"errors"
	"io"
)

// Stringer is implemented by any value that has a String method.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method.
type GoStringer interface {
	GoString() string
}

// State represents the printer state passed to custom formatters.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method.
type Formatter interface {
	Format(f State, verb rune)
}

//extern go_fmt_Sprintf
func Sprintf(format string, a ...any) string

//extern go_fmt_Sprint
func Sprint(a ...any) string

//extern go_fmt_Sprintln
func Sprintln(a ...any) string

//extern go_fmt_Printf
func Printf(format string, a ...any) (n int, err error)

//extern go_fmt_Print
func Print(a ...any) (n int, err error)

//extern go_fmt_Println
func Println(a ...any) (n int, err error)

//extern go_fmt_errorf
func errorf(format string, a []any) (string, int)

//extern go_fmt_sprintfBytes
func sprintfBytes(format string, a []any) []byte

//extern go_fmt_sprintBytes
func sprintBytes(a []any) []byte

//extern go_fmt_sprintlnBytes
func sprintlnBytes(a []any) []byte

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write(sprintfBytes(format, a))
}

// Fprint formats using the default formats and writes to w.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write(sprintBytes(a))
}

// Fprintln formats using the default formats and writes to w, with
// spaces between operands and a newline at the end.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write(sprintlnBytes(a))
}

// Errorf formats according to a format specifier and returns the string as
// a value that satisfies error; a %w verb makes the error wrap its operand.
func Errorf(format string, a ...any) error {
	s, w := errorf(format, a)
	if w < 0 {
		return errors.New(s)
	}
	wrapped, _ := a[w].(error)
	return &wrapError{s, wrapped}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

// Appendf formats according to a format specifier, appends the result to
// the byte slice, and returns the updated slice.
func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, sprintfBytes(format, a)...)
}

// Append formats using the default formats, appends the result to the
// byte slice, and returns the updated slice.
func Append(b []byte, a ...any) []byte {
	return append(b, sprintBytes(a)...)
}

// Appendln formats using the default formats, appends the result to the
// byte slice (operands separated by spaces, a newline at the end), and
// returns the updated slice.
func Appendln(b []byte, a ...any) []byte {
	return append(b, sprintlnBytes(a)...)
}
