package main

import (
	"fmt"
	"runtime/debug"
)

func main() {
	fmt.Println(debug.SetMaxThreads(20000), debug.SetMaxThreads(5))
	fmt.Println(debug.SetPanicOnFault(true), debug.SetPanicOnFault(false))
	debug.SetTraceback("all")
	fmt.Println(debug.SetGCPercent(50), debug.SetGCPercent(100))
}
