// Embedding the standard error types (*fs.PathError, *os.SyscallError,
// *os.LinkError) and the error of fmt.Errorf in a user error type.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type pathErr struct {
	*fs.PathError
	hint string
}

type sysErr struct {
	*os.SyscallError
}

type linkErr struct {
	*os.LinkError
}

type wrapErr struct {
	error
}

type timeouter interface{ Timeout() bool }

func main() {
	_, err := os.Open("/nonexistent/h7std")
	var pe *fs.PathError
	if errors.As(err, &pe) {
		var e error = pathErr{pe, "check the path"}
		fmt.Println(e)
		var t timeouter = pathErr{PathError: pe}
		fmt.Println(t.Timeout())
	}
	var se error = &sysErr{os.NewSyscallError("open", fs.ErrNotExist).(*os.SyscallError)}
	fmt.Println(se)
	var t timeouter = sysErr{&os.SyscallError{Syscall: "read", Err: fs.ErrClosed}}
	fmt.Println(t.Timeout())
	var le error = linkErr{&os.LinkError{Op: "link", Old: "a", New: "b", Err: fs.ErrExist}}
	fmt.Println(le, errors.Is(le, fs.ErrExist))
	we := wrapErr{fmt.Errorf("wrapped: %w", fs.ErrPermission)}
	fmt.Println(we, errors.Is(we.error, fs.ErrPermission))
}
