package main

import (
	"fmt"
	"runtime/debug"
)

func depth(n int) int {
	var pad [128]byte
	pad[n%128] = 1
	if n == 0 {
		return 0
	}
	return depth(n-1) + int(pad[n%128])
}

func main() {
	old := debug.SetMaxStack(64 << 20)
	fmt.Println("default max stack:", old)
	fmt.Println(depth(5000))
	done := make(chan int)
	go func() { done <- depth(2000) }()
	fmt.Println(<-done)
	fmt.Println("previous:", debug.SetMaxStack(old))
	fmt.Println("restored:", debug.SetMaxStack(old) == old)
}
