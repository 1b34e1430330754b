// Timeouts and tickers: select with time.After, a default case for
// non-blocking operations, nil channels to switch cases off, a ticker that
// stops after N ticks, timer Stop/Reset, time.AfterFunc and
// context.WithTimeout. Durations are chosen so the order of events is
// certain (fast work 1ms vs timeouts of 200ms, slow work 500ms vs 20ms).
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

func work(d time.Duration, v int) <-chan int {
	c := make(chan int, 1)
	go func() {
		time.Sleep(d)
		c <- v
	}()
	return c
}

func withTimeout(name string, d, limit time.Duration) {
	select {
	case v := <-work(d, 42):
		fmt.Printf("%s: result %d\n", name, v)
	case <-time.After(limit):
		fmt.Printf("%s: timed out after %v\n", name, limit)
	}
}

func tryRecv(c chan string) {
	select {
	case m := <-c:
		fmt.Println("got", m)
	default:
		fmt.Println("nothing ready")
	}
}

func trySend(c chan string, m string) bool {
	select {
	case c <- m:
		return true
	default:
		return false
	}
}

func mergeUntilClosed(a, b chan int) []int {
	var out []int
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				out = append(out, -1)
				continue
			}
			out = append(out, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				out = append(out, -2)
				continue
			}
			out = append(out, v)
		}
	}
	return out
}

func slowQuery(ctx context.Context, d time.Duration) (string, error) {
	select {
	case <-time.After(d):
		return "rows", nil
	case <-ctx.Done():
		return "", fmt.Errorf("query: %w", ctx.Err())
	}
}

func main() {
	withTimeout("fast", time.Millisecond, 300*time.Millisecond)
	withTimeout("slow", 500*time.Millisecond, 20*time.Millisecond)

	c := make(chan string, 1)
	tryRecv(c)
	fmt.Println(trySend(c, "first"), trySend(c, "second"))
	tryRecv(c)
	tryRecv(c)

	a, b := make(chan int), make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 10; i <= 30; i += 10 {
			b <- i
		}
		close(b)
	}()
	merged := mergeUntilClosed(a, b)
	sum := 0
	for _, v := range merged {
		sum += v
	}
	fmt.Println("merged", len(merged), "values, sum", sum)

	ticker := time.NewTicker(5 * time.Millisecond)
	ticks := 0
	start := time.Now()
	for range ticker.C {
		ticks++
		if ticks == 5 {
			ticker.Stop()
			break
		}
	}
	el := time.Since(start)
	fmt.Println("ticks:", ticks, "took at least 25ms:", el >= 25*time.Millisecond)

	t := time.NewTimer(time.Hour)
	fmt.Println("stopped pending timer:", t.Stop())
	fmt.Println("stop again:", t.Stop())
	t.Reset(2 * time.Millisecond)
	<-t.C
	fmt.Println("reset timer fired")

	var wg sync.WaitGroup
	wg.Add(1)
	var fired time.Duration
	start = time.Now()
	time.AfterFunc(10*time.Millisecond, func() {
		fired = time.Since(start)
		wg.Done()
	})
	wg.Wait()
	fmt.Println("AfterFunc ran after >= 10ms:", fired >= 10*time.Millisecond)
	cancelled := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("cancel AfterFunc:", cancelled.Stop())

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	res, err := slowQuery(ctx, time.Millisecond)
	fmt.Println(res, err)
	res, err = slowQuery(ctx, 2*time.Second)
	fmt.Println(res, err, errors.Is(err, context.DeadlineExceeded))
	_, hasDeadline := ctx.Deadline()
	fmt.Println("deadline set:", hasDeadline, ctx.Err())

	// A heartbeat loop: work items arrive every 2ms; the loop gives up
	// after 30ms of silence.
	events := make(chan int)
	go func() {
		for i := 0; i < 4; i++ {
			time.Sleep(2 * time.Millisecond)
			events <- i
		}
	}()
	timeout := time.NewTimer(200 * time.Millisecond)
	got := 0
loop:
	for {
		select {
		case e := <-events:
			got += e
			if !timeout.Stop() {
				<-timeout.C
			}
			timeout.Reset(30 * time.Millisecond)
		case <-timeout.C:
			break loop
		}
	}
	fmt.Println("events summed:", got)
}
