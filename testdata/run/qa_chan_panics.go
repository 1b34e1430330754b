package main

import (
	"errors"
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		var re runtime.Error
		if err, ok := r.(error); ok && errors.As(err, &re) {
			fmt.Println(name, "runtime.Error:", re.Error())
			return
		}
		fmt.Println(name, "->", r)
	}()
	f()
}

func main() {
	try("close closed", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("close nil", func() {
		var c chan int
		close(c)
	})
	try("send closed", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("negative make", func() {
		n := -1
		_ = make(chan int, n)
	})
	try("recv closed ok", func() {
		c := make(chan string, 2)
		c <- "x"
		close(c)
		a, ok1 := <-c
		b, ok2 := <-c
		fmt.Printf("%q %v %q %v\n", a, ok1, b, ok2)
	})
	var c chan int
	select {
	case c <- 1:
		fmt.Println("sent to nil?")
	default:
		fmt.Println("nil chan never ready")
	}
	fmt.Println("goroutines:", runtime.NumGoroutine())
	ch := make(chan int)
	close(ch)
	close(ch)
}
