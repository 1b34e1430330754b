// os: Setenv/Unsetenv/LookupEnv, *SyscallError from Setenv, Getwd, NewSyscallError(nil).
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println(os.Setenv("GOSUB_X_VAR", "1"), os.Getenv("GOSUB_X_VAR"))
	fmt.Println(os.Unsetenv("GOSUB_X_VAR"))
	_, ok := os.LookupEnv("GOSUB_X_VAR")
	fmt.Println(ok)
	err := os.Setenv("", "x")
	var se *os.SyscallError
	fmt.Println(err, errors.As(err, &se))
	err = os.Setenv("A=B", "x")
	fmt.Println(err)
	wd, err := os.Getwd()
	fmt.Println(strings.HasPrefix(wd, "/"), err)
	fmt.Println(os.NewSyscallError("x", nil) == nil)
}
