package main

import "fmt"

var g int = "s"

func main() {
	a := 1
	b := 2
	c := 3
	d := 4
	e := 5
	f := 6
	var x int = "a"
	var y int = "b"
	var z int = "c"
	var w int = "d"
}

var h string = 1
