package main

var x = 1
var x = 2

func f() {}
func f() {}

type T int
type T string

func main() {
	a := 1
	var a int
	_ = a
}
