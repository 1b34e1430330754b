package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan string)
	go func() {
		time.Sleep(50 * time.Millisecond)
		c <- "late"
	}()
	select {
	case v := <-c:
		fmt.Println("got", v)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	}
	fmt.Println(<-c)

	var nilc chan int
	select {
	case v := <-nilc:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel never ready")
	}

	tick := time.NewTicker(5 * time.Millisecond)
	n := 0
	for range tick.C {
		n++
		if n == 3 {
			tick.Stop()
			break
		}
	}
	fmt.Println("ticks", n)

	t := time.NewTimer(time.Hour)
	fmt.Println("stop pending:", t.Stop())
	t.Reset(time.Millisecond)
	<-t.C
	fmt.Println("reset fired, stop now:", t.Stop())

	done := make(chan bool)
	time.AfterFunc(time.Millisecond, func() { done <- true })
	fmt.Println("afterfunc", <-done)

	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	fmt.Println("slept enough:", el >= 20*time.Millisecond, el < 2*time.Second)
}
