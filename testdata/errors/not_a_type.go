package main

var v int

func f() {}

func main() {
	var a v
	var b f
	var c undefinedType
	_, _, _ = a, b, c
}
