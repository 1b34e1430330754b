package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(50 * time.Millisecond)
	fmt.Println("reset active:", t.Reset(10*time.Millisecond))
	<-t.C
	fmt.Println("fired")
	fmt.Println("stop fired:", t.Stop())
	fmt.Println("reset fired:", t.Reset(5*time.Millisecond))
	<-t.C
	fmt.Println("fired again")
	events := make(chan string, 3)
	time.AfterFunc(30*time.Millisecond, func() { events <- "third" })
	time.AfterFunc(10*time.Millisecond, func() { events <- "first" })
	time.AfterFunc(20*time.Millisecond, func() { events <- "second" })
	for i := 0; i < 3; i++ {
		fmt.Println(<-events)
	}
	stopped := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("stopped:", stopped.Stop())
	timeout := time.After(5 * time.Second)
	tick := time.Tick(10 * time.Millisecond)
	ticks := 0
	for ticks < 3 {
		select {
		case <-tick:
			ticks++
			continue
		case <-timeout:
		}
		break
	}
	fmt.Println("ticks:", ticks)
	d := time.Hour + 15*time.Minute + 30500*time.Millisecond
	fmt.Println(d, d.Minutes(), time.Duration(1234567), time.Millisecond*3/2)
	fmt.Println(d.Truncate(time.Hour), d.Round(time.Minute), time.Duration(-5*time.Second))
}
