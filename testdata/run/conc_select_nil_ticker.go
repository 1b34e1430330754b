package main

import (
	"fmt"
	"runtime"
	"time"
)

// Select loops that switch cases off with nil channels, a Ticker that is
// stopped, a Timer that is reset and stopped, and NumGoroutine going back
// down once the helpers return.

func merge(a, b <-chan int) []int {
	var out []int
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			out = append(out, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			out = append(out, v*10)
		}
	}
	return out
}

func produce(n, step int) <-chan int {
	c := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			c <- i * step
		}
		close(c)
	}()
	return c
}

func main() {
	base := runtime.NumGoroutine()
	got := merge(produce(4, 1), produce(3, 2))
	sum := 0
	for _, v := range got {
		sum += v
	}
	fmt.Println("merged", len(got), "values, sum", sum)

	tk := time.NewTicker(2 * time.Millisecond)
	ticks := 0
	deadline := time.After(5 * time.Second)
loop:
	for {
		select {
		case <-tk.C:
			ticks++
			if ticks == 5 {
				tk.Stop()
				break loop
			}
		case <-deadline:
			break loop
		}
	}
	fmt.Println("ticks before stop:", ticks)

	t := time.NewTimer(time.Hour)
	fmt.Println("reset active timer:", t.Reset(time.Millisecond))
	<-t.C
	fmt.Println("fired; stop after fire:", t.Stop())
	t.Reset(time.Hour)
	fmt.Println("stop pending:", t.Stop())

	var never chan int
	select {
	case v := <-never:
		fmt.Println("impossible", v)
	case <-time.After(time.Millisecond):
		fmt.Println("nil channel never ready")
	default:
		fmt.Println("default taken first")
	}

	done := make(chan bool)
	for i := 0; i < 5; i++ {
		go func() { done <- true }()
	}
	fmt.Println("while running:", runtime.NumGoroutine()-base)
	for i := 0; i < 5; i++ {
		<-done
	}
	for runtime.NumGoroutine() > base {
		runtime.Gosched()
	}
	fmt.Println("after:", runtime.NumGoroutine()-base)
}
