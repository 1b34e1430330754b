// Errorf with %w, errors.Is/As/Unwrap, error values from strconv and os.
package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

var ErrBase = errors.New("base failure")

type MyErr struct {
	Code int
}

func (e *MyErr) Error() string { return "myerr " + strconv.Itoa(e.Code) }

func find(n int) error {
	if n < 0 {
		return &MyErr{n}
	}
	if n == 0 {
		return fmt.Errorf("find %d: %w", n, ErrBase)
	}
	return nil
}

func main() {
	err := find(0)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrBase), errors.Unwrap(err) == ErrBase)
	wrapped := fmt.Errorf("outer: %w", find(-3))
	fmt.Println(wrapped)
	var me *MyErr
	if errors.As(wrapped, &me) {
		fmt.Println("as:", me.Code, me)
	}
	fmt.Println(errors.Is(wrapped, ErrBase))
	plain := fmt.Errorf("no wrap %d", 7)
	fmt.Println(plain, errors.Unwrap(plain) == nil)
	bad := fmt.Errorf("bad %w", "notanerror")
	fmt.Println(bad)
	two := fmt.Errorf("%w and %w", ErrBase, ErrBase)
	fmt.Println(two, errors.Unwrap(two) == nil)
	fmt.Printf("%v|%s|%q\n", err, err, err)

	_, e1 := strconv.Atoi("12a")
	fmt.Println(e1)
	_, e2 := strconv.Atoi("99999999999999999999")
	fmt.Println(e2)
	_, e3 := strconv.ParseFloat("1e999", 64)
	fmt.Println(e3)
	_, e4 := strconv.ParseInt("ff", 10, 8)
	fmt.Println(e4, errors.Is(e4, strconv.ErrSyntax))
	_, e5 := strconv.ParseInt("300", 10, 8)
	fmt.Println(e5, errors.Is(e5, strconv.ErrRange))
	_, e6 := strconv.ParseBool("maybe")
	fmt.Println(e6)
	var ne *strconv.NumError
	if errors.As(e5, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}

	_, err = os.ReadFile("/nonexistent/file.txt")
	fmt.Println(err)
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "path:", pe.Path)
	}
	fmt.Println(errors.Is(err, os.ErrNotExist))
}
