package main

import (
	"fmt"
	"runtime"
)

type Conn struct{ id int }

func main() {
	c := &Conn{1}
	runtime.SetFinalizer(c, func(c *Conn) { fmt.Println("bye", c.id) })
	runtime.SetFinalizer(c, nil)
	fmt.Println("cleared finalizer")
	v := Conn{2}
	runtime.SetFinalizer(v, func(c Conn) {})
	fmt.Println("unreachable")
}
