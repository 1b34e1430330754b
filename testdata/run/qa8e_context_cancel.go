package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type ctxKey string

func worker(ctx context.Context, id int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			out <- fmt.Sprintf("worker %d stopped: %v", id, ctx.Err())
			return
		default:
		}
		if i == 3 {
			out <- fmt.Sprintf("worker %d reached 3 (req=%v)", id, ctx.Value(ctxKey("req")))
		}
		time.Sleep(time.Millisecond)
		if i > 10000 {
			return
		}
	}
}

func slowOp(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return fmt.Errorf("slowOp: %w", ctx.Err())
	}
}

func main() {
	base := context.WithValue(context.Background(), ctxKey("req"), "r-17")
	ctx, cancel := context.WithCancel(base)
	out := make(chan string, 10)
	var wg sync.WaitGroup
	wg.Add(1)
	go worker(ctx, 1, out, &wg)
	fmt.Println(<-out)
	cancel()
	wg.Wait()
	fmt.Println(<-out)
	cancel()
	fmt.Println(ctx.Err(), errors.Is(ctx.Err(), context.Canceled))

	tctx, tcancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer tcancel()
	err := slowOp(tctx, time.Second)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))
	err = slowOp(context.Background(), time.Millisecond)
	fmt.Println(err)
	_, hasDL := tctx.Deadline()
	_, bgDL := context.Background().Deadline()
	fmt.Println(hasDL, bgDL, context.TODO() != nil)
	fmt.Println(base.Value(ctxKey("req")), base.Value(ctxKey("missing")), base.Value("req"))

	var ops atomic.Int64
	var hits int32
	var wg2 sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg2.Add(1)
		go func(n int) {
			defer wg2.Done()
			for j := 0; j < 100; j++ {
				ops.Add(1)
				if j%10 == n {
					atomic.AddInt32(&hits, 1)
				}
			}
		}(i)
	}
	wg2.Wait()
	fmt.Println(ops.Load(), atomic.LoadInt32(&hits))
	var flag atomic.Bool
	fmt.Println(flag.Load(), flag.CompareAndSwap(false, true), flag.Load(), flag.Swap(false))
	var v atomic.Value
	v.Store([]string{"cfg", "v1"})
	fmt.Println(v.Load().([]string))
	var u uint64 = 5
	fmt.Println(atomic.CompareAndSwapUint64(&u, 5, 9), u, atomic.SwapUint64(&u, 1), u)
}
