package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

type wrapped struct {
	syscall.Errno
	op string
}

func classify(err error) string {
	var en syscall.Errno
	if !errors.As(err, &en) {
		return "not errno"
	}
	return fmt.Sprintf("%d %v temp=%v timeout=%v notexist=%v perm=%v", uintptr(en), en, en.Temporary(), en.Timeout(), en.Is(fs.ErrNotExist), errors.Is(en, os.ErrPermission))
}

func main() {
	_, err := os.Open("/nonexistent/x")
	fmt.Println(classify(err))
	fmt.Printf("%T %#v\n", errors.Unwrap(err), errors.Unwrap(err))
	for _, e := range []syscall.Errno{syscall.EACCES, syscall.EAGAIN, syscall.EINTR, syscall.EEXIST, syscall.ENOTEMPTY, syscall.ETIMEDOUT, 0, 200} {
		fmt.Println(classify(e), os.IsExist(e), os.IsPermission(&fs.PathError{Op: "x", Path: "y", Err: e}))
	}
	w := wrapped{syscall.EPIPE, "write"}
	fmt.Println(w.Error(), w.Timeout(), w.op)
	var e2 error = w
	fmt.Println(e2, errors.Is(e2, syscall.EPIPE))
	err = os.Mkdir("/nonexistent_qa14g/x", 0o755)
	fmt.Println(err, errors.Unwrap(err) == syscall.ENOENT)
}
