// Package fmt: Go 1.19's fmt API in the gosub subset.  Formatting is done
// by the runtime (runtime/fmt.c, Go's printer rules); the Fprint* and
// Errorf wrappers are Go code here.
package fmt

import (
	"errors"
	"io"
	"sync"
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

//extern go_fmt_appendf
func appendf(dst []byte, format string, a []any) []byte

//extern go_fmt_append
func appendp(dst []byte, a []any) []byte

//extern go_fmt_appendln
func appendln(dst []byte, a []any) []byte

// Scratch buffers of the Fprint functions, reused as Go reuses its pooled
// printers: once the pool holds one, a call allocates nothing itself.
var printBufs = sync.Pool{New: func() any { return new([]byte) }}

// freeBuf returns bp to the pool unless it grew big (Go drops printers
// whose buffer exceeds 64 KiB).
func freeBuf(bp *[]byte) {
	if cap(*bp) > 64<<10 {
		return
	}
	*bp = (*bp)[:0]
	printBufs.Put(bp)
}

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	bp := printBufs.Get().(*[]byte)
	*bp = appendf((*bp)[:0], format, a)
	n, err = w.Write(*bp)
	freeBuf(bp)
	return
}

// Fprint formats using the default formats and writes to w.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	bp := printBufs.Get().(*[]byte)
	*bp = appendp((*bp)[:0], a)
	n, err = w.Write(*bp)
	freeBuf(bp)
	return
}

// Fprintln formats using the default formats and writes to w, with
// spaces between operands and a newline at the end.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	bp := printBufs.Get().(*[]byte)
	*bp = appendln((*bp)[:0], a)
	n, err = w.Write(*bp)
	freeBuf(bp)
	return
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
	return appendf(b, format, a)
}

// Append formats using the default formats, appends the result to the
// byte slice, and returns the updated slice.
func Append(b []byte, a ...any) []byte {
	return appendp(b, a)
}

// Appendln formats using the default formats, appends the result to the
// byte slice (operands separated by spaces, a newline at the end), and
// returns the updated slice.
func Appendln(b []byte, a ...any) []byte {
	return appendln(b, a)
}
