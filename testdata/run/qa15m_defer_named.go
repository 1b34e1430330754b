package main

import (
	"errors"
	"fmt"
	"strings"
)

type Tx struct {
	name   string
	log    *[]string
	closed bool
}

func (t *Tx) Commit() error {
	if t.closed {
		return errors.New("already closed")
	}
	t.closed = true
	*t.log = append(*t.log, "commit "+t.name)
	return nil
}

func (t *Tx) Rollback() {
	if t.closed {
		return
	}
	t.closed = true
	*t.log = append(*t.log, "rollback "+t.name)
}

func transfer(log *[]string, amount int) (balance int, err error) {
	tx := &Tx{name: fmt.Sprint("t", amount), log: log}
	defer tx.Rollback()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			balance = -1
		}
	}()
	balance = 100
	if amount > balance {
		return balance, errors.New("insufficient funds")
	}
	if amount == 0 {
		panic("zero transfer")
	}
	balance -= amount
	return balance, tx.Commit()
}

func counter() (n int) {
	for i := 0; i < 3; i++ {
		defer func(k int) { n += k * 10 }(i)
	}
	defer func() { n *= 2 }()
	return 1
}

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("leave", name) }
}

func nested() (s string) {
	defer trace("nested")()
	var parts []string
	defer func() { s = strings.Join(parts, "+") }()
	for _, w := range []string{"a", "b", "c"} {
		defer func() { parts = append(parts, w) }()
	}
	return "ignored"
}

func argsEvaluatedEarly() {
	x := 1
	defer fmt.Println("deferred x =", x)
	p := &x
	defer func() { fmt.Println("closure x =", *p) }()
	x = 2
}

func main() {
	var log []string
	for _, amt := range []int{30, 500, 0} {
		b, err := transfer(&log, amt)
		fmt.Println(amt, b, err)
	}
	fmt.Println(strings.Join(log, "; "))
	fmt.Println(counter())
	fmt.Println(nested())
	argsEvaluatedEarly()
}
