package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var fired []string
	record := func(s string) func() {
		return func() {
			mu.Lock()
			fired = append(fired, s)
			mu.Unlock()
		}
	}
	t1 := time.AfterFunc(10*time.Millisecond, record("t1"))
	t2 := time.AfterFunc(time.Hour, record("t2"))
	fmt.Println("stop t2:", t2.Stop())
	fmt.Println("stop t2 again:", t2.Stop())
	time.Sleep(50 * time.Millisecond)
	fmt.Println("stop t1 after fire:", t1.Stop())
	fmt.Println("reset t1:", t1.Reset(5*time.Millisecond))
	time.Sleep(40 * time.Millisecond)
	mu.Lock()
	fmt.Println(fired)
	mu.Unlock()

	tk := time.NewTicker(5 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks", n)

	tm := time.NewTimer(time.Hour)
	if !tm.Stop() {
		<-tm.C
	}
	tm.Reset(time.Millisecond)
	start := time.Now()
	<-tm.C
	fmt.Println("timer fired late enough:", time.Since(start) >= time.Millisecond)

	timeout := time.After(30 * time.Millisecond)
	work := make(chan int)
	go func() {
		for i := 0; ; i++ {
			select {
			case work <- i:
			case <-time.After(100 * time.Millisecond):
				return
			}
		}
	}()
	got := 0
loop:
	for {
		select {
		case <-work:
			got++
			if got == 5 {
				break loop
			}
		case <-timeout:
			break loop
		}
	}
	fmt.Println("got", got)
	d := 1500 * time.Millisecond
	fmt.Println(d, d.Seconds(), d.Truncate(time.Second), d.Round(time.Second), time.Duration(0), 90*time.Second)
}
