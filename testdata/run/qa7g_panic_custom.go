package main

import (
	"errors"
	"fmt"
	"os"
)

type ValidationError struct {
	Field string
	Value interface{}
}

func (v *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %v", v.Field, v.Value)
}

type Code int

func (c Code) String() string { return fmt.Sprintf("code-%d", int(c)) }

func mustPositive(name string, v int) int {
	if v <= 0 {
		panic(&ValidationError{name, v})
	}
	return v
}

func tryIt(f func()) {
	defer func() {
		r := recover()
		switch x := r.(type) {
		case nil:
			fmt.Println("no panic")
		case error:
			var ve *ValidationError
			fmt.Println("error panic:", x, errors.As(x, &ve))
		case fmt.Stringer:
			fmt.Println("stringer panic:", x.String())
		case string:
			fmt.Println("string panic:", x)
		default:
			fmt.Printf("other panic: %T %v\n", x, x)
		}
	}()
	f()
}

func cleanup(name string) {
	fmt.Fprintln(os.Stderr, "cleanup", name)
}

func main() {
	tryIt(func() { mustPositive("age", 3) })
	tryIt(func() { mustPositive("age", -1) })
	tryIt(func() { panic(Code(7)) })
	tryIt(func() { panic("plain") })
	tryIt(func() { panic(3.5) })
	tryIt(func() { panic(fmt.Errorf("wrapped: %w", os.ErrClosed)) })
	defer cleanup("main")
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("re-panicking after", r)
			panic(r)
		}
	}()
	mustPositive("count", 0)
}
