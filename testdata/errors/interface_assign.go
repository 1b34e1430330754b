package main

import "fmt"

type S struct{}

func main() {
	var e error = S{}
	var st fmt.Stringer = 5
	var i interface{} = 1
	var n int = i
	_, _, _ = e, st, n
}
