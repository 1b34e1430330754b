package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

type Job struct {
	ID      int
	Payload string
}

type Result struct {
	JobID  int
	Output string
	Err    error
}

type Stage func(ctx context.Context, in <-chan Job) <-chan Job

var ErrPoison = errors.New("poison payload")

func generator(ctx context.Context, payloads []string) <-chan Job {
	out := make(chan Job)
	go func() {
		defer close(out)
		for i, p := range payloads {
			select {
			case out <- Job{ID: i, Payload: p}:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func mapStage(f func(string) string) Stage {
	return func(ctx context.Context, in <-chan Job) <-chan Job {
		out := make(chan Job, 2)
		go func() {
			defer close(out)
			for j := range in {
				j.Payload = f(j.Payload)
				select {
				case out <- j:
				case <-ctx.Done():
					return
				}
			}
		}()
		return out
	}
}

func workerPool(ctx context.Context, n int, in <-chan Job, work func(Job) (string, error)) <-chan Result {
	out := make(chan Result)
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			defer wg.Done()
			for j := range in {
				s, err := work(j)
				select {
				case out <- Result{j.ID, s, err}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func process(j Job) (res string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("job %d: recovered %v", j.ID, r)
		}
	}()
	if strings.Contains(j.Payload, "POISON") {
		return "", fmt.Errorf("job %d: %w", j.ID, ErrPoison)
	}
	if j.Payload == "" {
		var m map[string]int
		m["boom"]++
	}
	words := strings.Fields(j.Payload)
	sort.Strings(words)
	return strings.Join(words, "+"), nil
}

type collector struct {
	mu      sync.Mutex
	results map[int]Result
}

func (c *collector) add(r Result) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.results[r.JobID] = r
}

func run(ctx context.Context, payloads []string, stages ...Stage) *collector {
	var ch <-chan Job = generator(ctx, payloads)
	for _, s := range stages {
		ch = s(ctx, ch)
	}
	c := &collector{results: map[int]Result{}}
	for r := range workerPool(ctx, 3, ch, process) {
		c.add(r)
	}
	return c
}

func main() {
	payloads := []string{"b a c", "hello world", "x POISON y", "", "zeta alpha mid", "one"}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c := run(ctx, payloads, mapStage(strings.ToUpper), mapStage(func(s string) string {
		return strings.ReplaceAll(s, "O", "0")
	}))
	ids := make([]int, 0, len(c.results))
	for id := range c.results {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		r := c.results[id]
		if r.Err != nil {
			fmt.Printf("%d ERR %v poison=%v\n", id, r.Err, errors.Is(r.Err, ErrPoison))
		} else {
			fmt.Printf("%d %s\n", id, r.Output)
		}
	}

	ctx2, cancel2 := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel2()
	blocked := make(chan int)
	select {
	case <-blocked:
		fmt.Println("impossible")
	case <-ctx2.Done():
		fmt.Println("timeout:", ctx2.Err(), errors.Is(ctx2.Err(), context.DeadlineExceeded))
	}

	ctx3, cancel3 := context.WithCancel(context.Background())
	g := generator(ctx3, []string{"a", "b", "c", "d"})
	first := <-g
	cancel3()
	time.Sleep(5 * time.Millisecond)
	n := 0
	for range g {
		n++
	}
	fmt.Println("first", first.Payload, "drained<=3:", n <= 3, ctx3.Err())

	type key string
	vctx := context.WithValue(context.Background(), key("user"), "ann")
	fmt.Println(vctx.Value(key("user")), vctx.Value(key("other")))

	ticker := time.NewTicker(2 * time.Millisecond)
	ticks := 0
	timeout := time.After(5 * time.Second)
loop:
	for {
		select {
		case <-ticker.C:
			ticks++
			if ticks == 3 {
				ticker.Stop()
				break loop
			}
		case <-timeout:
			break loop
		}
	}
	fmt.Println("ticks", ticks)
}
