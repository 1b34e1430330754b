// A deferred call run by a return sees the return statement's line as its
// caller's line, and the closing brace's line when the function falls off
// its end (Go's fixedbugs issue14646).
package main

import (
	"fmt"
	"runtime"
)

func show() {
	_, _, line, _ := runtime.Caller(2)
	fmt.Println("defer ran from line", line)
}

func a(x int) int {
	defer func() { show() }()
	if x > 0 {
		return 1
	}
	return 2
}

func b() {
	defer func() { show() }()
	fmt.Println("b")
}

func c() {
	for i := 0; i < 1; i++ {
		defer func() { show() }()
	}
	if true {
		return
	}
}

func main() {
	a(1)
	a(0)
	b()
	c()
}
