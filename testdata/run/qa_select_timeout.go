package main

import (
	"fmt"
	"time"
)

func slow(d time.Duration, v string) <-chan string {
	c := make(chan string, 1)
	go func() {
		time.Sleep(d)
		c <- v
	}()
	return c
}

func main() {
	select {
	case v := <-slow(10*time.Millisecond, "fast"):
		fmt.Println("got", v)
	case <-time.After(500 * time.Millisecond):
		fmt.Println("timeout")
	}
	select {
	case v := <-slow(500*time.Millisecond, "slow"):
		fmt.Println("got", v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout")
	}
	c := make(chan int)
	select {
	case v := <-c:
		fmt.Println(v)
	default:
		fmt.Println("no value ready")
	}
	t := time.NewTimer(time.Hour)
	fmt.Println("stopped:", t.Stop())
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
	done := make(chan struct{})
	time.AfterFunc(5*time.Millisecond, func() { close(done) })
	<-done
	fmt.Println("afterfunc done")
	d := 1500 * time.Millisecond
	fmt.Println(d, d.Seconds(), time.Duration(0), 90*time.Second)
}
