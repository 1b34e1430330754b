package main

import (
	"errors"
	"fmt"
)

var ErrClosed = errors.New("connection closed")

type Conn struct{ open bool }

func (c *Conn) Write(p []byte) (int, error) {
	if !c.open {
		return 0, fmt.Errorf("write %d bytes: %w", len(p), ErrClosed)
	}
	return len(p), nil
}

func must(n int, err error) int {
	if err != nil {
		panic(err)
	}
	return n
}

func main() {
	c := &Conn{open: true}
	fmt.Println(must(c.Write([]byte("hi"))))
	c.open = false
	defer func() {
		r := recover()
		fmt.Println("recovered once:", r)
		panic(r)
	}()
	must(c.Write([]byte("bye")))
}
