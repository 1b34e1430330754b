package main

// An inlined standard-library body whose local is named like a type of
// its package: os.newRawConn(file *File) inlined (through SyscallConn)
// into a function that also uses os.file (os.Stdout.Name()).  The C name
// of the copied local must not be the type's.

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(os.Stdout.Name())
	c, err := os.Stdout.SyscallConn()
	fmt.Println(c != nil, err)
	var f *os.File
	_, err = f.SyscallConn()
	fmt.Println(err)
	err = c.Control(func(fd uintptr) { fmt.Println("fd", fd) })
	fmt.Println(err)
}
