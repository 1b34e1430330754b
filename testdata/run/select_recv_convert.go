// select receive cases assigning into interface-typed variables (Go's fixedbugs/bug312).
package main

import "fmt"

type S string

func (s S) String() string { return "S:" + string(s) }

func main() {
	var i interface{}
	var st fmt.Stringer
	var ok interface{}
	c := make(chan int, 1)
	d := make(chan S, 1)
	c <- 1
	select {
	case i = <-c:
	}
	d <- "x"
	select {
	case st, ok = <-d:
	}
	fmt.Println(i, st, ok)
	close(c)
	select {
	case i, ok = <-c:
	}
	fmt.Println(i, ok)
}
