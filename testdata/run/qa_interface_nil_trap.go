package main

import (
	"errors"
	"fmt"
)

type MyError struct{ msg string }

func (e *MyError) Error() string {
	if e == nil {
		return "nil *MyError"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var e *MyError
	if fail {
		e = &MyError{"failed"}
	}
	return e
}

func correct(fail bool) error {
	if fail {
		return &MyError{"failed"}
	}
	return nil
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err)
	fmt.Printf("%T %v\n", err, err)
	err = correct(false)
	fmt.Println(err == nil, err)
	err = correct(true)
	var me *MyError
	fmt.Println(errors.As(err, &me), me.msg)
	var i interface{}
	var p *int
	fmt.Println(i == nil, p == nil)
	i = p
	fmt.Println(i == nil, i.(*int) == nil)
	var s fmt.Stringer
	fmt.Printf("%v %T\n", s, s)
	values := []interface{}{nil, (*int)(nil), (*MyError)(nil), error(nil)}
	for _, v := range values {
		fmt.Print(v == nil, " ")
	}
	fmt.Println()
}
