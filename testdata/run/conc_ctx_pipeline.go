package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// A three-stage pipeline under a context: the generator stops when the
// context is cancelled, squarers fan out, a merger fans in; the consumer
// cancels after enough results. Then a deadline-bound worker.

func gen(ctx context.Context, n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			select {
			case out <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func square(ctx context.Context, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			select {
			case out <- v * v:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func merge(ctx context.Context, cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	for _, c := range cs {
		wg.Add(1)
		go func(c <-chan int) {
			defer wg.Done()
			for v := range c {
				select {
				case out <- v:
				case <-ctx.Done():
					return
				}
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func slowJob(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	src := gen(ctx, 1000)
	out := merge(ctx, square(ctx, src), square(ctx, src), square(ctx, src))
	sum, count := 0, 0
	for v := range out {
		sum += v
		count++
		if count == 50 {
			cancel()
			break
		}
	}
	fmt.Println("took", count, "results")
	fmt.Println("context error:", ctx.Err())
	for range out {
	}
	fmt.Println("drained; sum positive:", sum > 0)

	dctx, dcancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer dcancel()
	err := slowJob(dctx, time.Second)
	fmt.Println("slow job:", err, errors.Is(err, context.DeadlineExceeded))
	err = slowJob(context.Background(), time.Millisecond)
	fmt.Println("fast job:", err)

	vctx := context.WithValue(context.Background(), "user", "gopher")
	cctx, ccancel := context.WithCancel(vctx)
	ccancel()
	<-cctx.Done()
	fmt.Println("value through cancel:", cctx.Value("user"), cctx.Err())
}
