package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type result struct {
	id  int
	val int
	err error
}

func slowSquare(ctx context.Context, id int, d time.Duration) result {
	select {
	case <-time.After(d):
		return result{id, id * id, nil}
	case <-ctx.Done():
		return result{id, 0, fmt.Errorf("job %d: %w", id, ctx.Err())}
	}
}

func runAll(parent context.Context, timeout time.Duration, delays []time.Duration) []result {
	ctx, cancel := context.WithTimeout(parent, timeout)
	defer cancel()
	out := make([]result, len(delays))
	var wg sync.WaitGroup
	for i, d := range delays {
		wg.Add(1)
		go func(i int, d time.Duration) {
			defer wg.Done()
			out[i] = slowSquare(ctx, i+1, d)
		}(i, d)
	}
	wg.Wait()
	return out
}

type key string

func main() {
	ms := time.Millisecond
	res := runAll(context.Background(), 80*ms, []time.Duration{5 * ms, 10 * ms, 400 * ms, 1 * ms})
	for _, r := range res {
		switch {
		case errors.Is(r.err, context.DeadlineExceeded):
			fmt.Printf("job %d timed out: %v\n", r.id, r.err)
		case r.err != nil:
			fmt.Printf("job %d failed: %v\n", r.id, r.err)
		default:
			fmt.Printf("job %d = %d\n", r.id, r.val)
		}
	}

	ctx, cancel := context.WithCancel(context.WithValue(context.Background(), key("user"), "ana"))
	done := make(chan struct{})
	go func() {
		defer close(done)
		<-ctx.Done()
		fmt.Println("worker saw:", ctx.Err(), "user =", ctx.Value(key("user")))
	}()
	cancel()
	<-done
	cancel() // idempotent
	fmt.Println(ctx.Err() == context.Canceled, ctx.Value(key("other")))

	dl, _ := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	<-dl.Done()
	_, has := dl.Deadline()
	fmt.Println("past deadline:", dl.Err(), has)

	tick := time.NewTicker(3 * ms)
	defer tick.Stop()
	timeout := time.After(50 * ms)
	n := 0
loop:
	for {
		select {
		case <-tick.C:
			n++
			if n == 5 {
				break loop
			}
		case <-timeout:
			fmt.Println("timeout first?!")
			break loop
		}
	}
	fmt.Println("ticks:", n)
}
