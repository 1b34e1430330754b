package main

import "fmt"

//line gen.y:10
func f() int {
	return "s"
}

//line :20:3
var x int = "bad"

//line other.go:0
var y = 1

//line other.go:5:0
var z = 2

//line other.go:x
var w = 3

/*line block.go:40:7*/ var v string = 1

//line :50
func main() {
	fmt.Println(f(), x, undefined)
}
