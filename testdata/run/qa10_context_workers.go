// Workers stopped with context cancellation: a producer feeds jobs until
// the consumer has enough results, then cancels; everyone exits cleanly.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Job struct{ N int }

type Out struct {
	N, Square int
}

func produce(ctx context.Context, jobs chan<- Job) {
	defer close(jobs)
	for i := 1; ; i++ {
		select {
		case jobs <- Job{i}:
		case <-ctx.Done():
			return
		}
	}
}

func worker(ctx context.Context, jobs <-chan Job, out chan<- Out, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case j, ok := <-jobs:
			if !ok {
				return
			}
			select {
			case out <- Out{j.N, j.N * j.N}:
			case <-ctx.Done():
				return
			}
		case <-ctx.Done():
			return
		}
	}
}

type ctxKey string

func collect(parent context.Context, want int) ([]Out, error) {
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	jobs := make(chan Job)
	out := make(chan Out)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(ctx, jobs, out, &wg)
	}
	go produce(ctx, jobs)
	go func() {
		wg.Wait()
		close(out)
	}()
	var res []Out
	for o := range out {
		res = append(res, o)
		if len(res) == want {
			cancel()
			break
		}
	}
	for range out { // drain until workers exit
	}
	return res, ctx.Err()
}

func main() {
	base := context.WithValue(context.Background(), ctxKey("req"), "r-17")
	res, err := collect(base, 10)
	fmt.Println(len(res), err, errors.Is(err, context.Canceled))
	sum := 0
	for _, o := range res {
		sum += o.N
	}
	fmt.Println(sum >= 55)
	sort.Slice(res, func(i, j int) bool { return res[i].N < res[j].N })
	fmt.Println(res[0])
	fmt.Println(base.Value(ctxKey("req")), base.Value(ctxKey("other")))

	ctx, cancel := context.WithCancel(base)
	cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err(), ctx.Value(ctxKey("req")))
}
