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

func counter() (n int) {
	defer func() { n *= 2 }()
	n = 3
	return n + 1
}

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	defer fmt.Println()
	fmt.Print("order: ")
}

type MyErr struct{ code int }

func (e MyErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func mayPanic(kind int) (res string) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
			res = "no panic"
		case error:
			var me MyErr
			if errors.As(v, &me) {
				res = "MyErr " + fmt.Sprint(me.code)
			} else {
				res = "error: " + v.Error()
			}
		default:
			res = fmt.Sprintf("value %v (%T)", v, v)
		}
	}()
	switch kind {
	case 1:
		panic(MyErr{7})
	case 2:
		var a []int
		_ = a[5]
	case 3:
		panic("boom")
	case 4:
		var m map[string]int
		m["x"] = 1
	case 5:
		var p *MyErr
		_ = p.code
	}
	return "normal"
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(counter())
	order()
	for k := 0; k <= 5; k++ {
		fmt.Println(k, mayPanic(k))
	}
	defer fmt.Println("deferred in main runs")
	func() {
		defer func() {
			fmt.Println("inner recover:", recover())
			panic("second")
		}()
		panic("first")
	}()
}
