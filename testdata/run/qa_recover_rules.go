package main

import (
	"errors"
	"fmt"
)

func helper() interface{} { return recover() }

func indirect() (r interface{}) {
	defer func() {
		r = helper()
		if r == nil {
			r = recover()
		}
	}()
	panic("indirect")
}

func nested() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("outer got: ", r)
		}
	}()
	defer func() {
		defer func() {
			msg = fmt.Sprint("inner got: ", recover())
		}()
		panic("from defer")
	}()
	panic("original")
}

func deferArgsEval() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	func() {
		defer func() { fmt.Println("closure x =", x) }()
	}()
	x = 3
}

type cleanup struct{ log *[]string }

func (c cleanup) Close(name string) { *c.log = append(*c.log, "close "+name) }

func resources() []string {
	var log []string
	c := cleanup{&log}
	for _, n := range []string{"a", "b", "c"} {
		defer c.Close(n)
	}
	return log
}

func errDefer() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return errors.New("base")
}

func main() {
	fmt.Println(indirect())
	fmt.Println(nested())
	deferArgsEval()
	fmt.Println(len(resources()))
	fmt.Println(errDefer())
	fmt.Println(recover())
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println(ok, err)
		}()
		var arr []int
		idx := 3
		arr[idx] = 1
	}()
	defer func() {
		fmt.Println("recovered nil panic:", recover())
	}()
	panic(nil)
}
