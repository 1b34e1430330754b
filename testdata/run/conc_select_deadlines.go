// select with timeouts, default cases, a ticker and time.After; only
// outcomes that do not depend on the machine's speed are printed.
package main

import (
	"fmt"
	"sort"
	"time"
)

func slow(d time.Duration, c chan<- string) {
	time.Sleep(d)
	c <- fmt.Sprint("done after ", d)
}

func main() {
	c := make(chan string, 1)
	go slow(300*time.Millisecond, c)
	select {
	case s := <-c:
		fmt.Println("unexpected:", s)
	case <-time.After(5 * time.Millisecond):
		fmt.Println("timeout first")
	}
	fmt.Println(<-c)

	select {
	case s := <-c:
		fmt.Println("unexpected:", s)
	default:
		fmt.Println("nothing ready")
	}

	t := time.NewTicker(2 * time.Millisecond)
	ticks := 0
	stop := time.NewTimer(5 * time.Second)
loop:
	for {
		select {
		case <-t.C:
			ticks++
			if ticks == 3 {
				t.Stop()
				break loop
			}
		case <-stop.C:
			break loop
		}
	}
	fmt.Println("ticks:", ticks, "timer stopped:", stop.Stop())

	results := make(chan int)
	for i := 0; i < 3; i++ {
		go func(i int) {
			time.Sleep(time.Duration(i*20) * time.Millisecond)
			results <- i
		}(i)
	}
	got := []int{}
	deadline := time.After(10 * time.Second)
	for len(got) < 3 {
		select {
		case r := <-results:
			got = append(got, r)
		case <-deadline:
			fmt.Println("deadline")
			return
		}
	}
	sort.Ints(got)
	fmt.Println("all arrived:", got)
}
