package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func named() (x int) {
	defer func() { x *= 2 }()
	x = 5
	return x + 1
}

type cleanup struct{ name string }

func (c cleanup) Close() { fmt.Println("close", c.name) }

func nested() {
	defer fmt.Println("outer defer")
	func() {
		defer func() {
			r := recover()
			fmt.Println("inner recovered:", r)
			panic(fmt.Sprint("re-", r))
		}()
		panic("first")
	}()
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(named())
	c := cleanup{"a"}
	defer c.Close()
	c.name = "b"
	func() {
		defer func() {
			fmt.Println("got", recover())
		}()
		nested()
	}()
	var e error = errors.New("boom")
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println(ok, err == e, err)
		}()
		panic(e)
	}()
	fmt.Println(recover())
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %v\n", r, r)
		}()
		var m map[string]int
		m["x"] = 1
	}()
	func() {
		defer func() {
			r := recover().(error)
			fmt.Println(r.Error())
		}()
		var arr []int
		_ = arr[5]
	}()
	for i := 0; i < 3; i++ {
		defer func(n int) { fmt.Println("deferred", n, i) }(i)
	}
}
