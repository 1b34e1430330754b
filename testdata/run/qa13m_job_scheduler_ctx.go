// A job scheduler: jobs with priorities go through a channel to workers
// that honour a context; results are collected and printed in job order.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Job struct {
	ID       int
	Priority int
	Work     func(ctx context.Context) (string, error)
}

type Result struct {
	JobID  int
	Worker int
	Out    string
	Err    error
}

type Scheduler struct {
	workers int
	jobs    []*Job
	mu      sync.Mutex
	results []Result
}

func NewScheduler(workers int) *Scheduler {
	return &Scheduler{workers: workers}
}

func (s *Scheduler) Submit(j *Job) {
	s.jobs = append(s.jobs, j)
}

var errSkipped = errors.New("skipped: context done")

func (s *Scheduler) Run(ctx context.Context) {
	sort.SliceStable(s.jobs, func(i, k int) bool { return s.jobs[i].Priority > s.jobs[k].Priority })
	ch := make(chan *Job)
	var wg sync.WaitGroup
	for w := 1; w <= s.workers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range ch {
				var r Result
				if err := ctx.Err(); err != nil {
					r = Result{JobID: j.ID, Worker: id, Err: fmt.Errorf("job %d: %w", j.ID, errSkipped)}
				} else {
					out, err := j.Work(ctx)
					r = Result{JobID: j.ID, Worker: id, Out: out, Err: err}
				}
				s.mu.Lock()
				s.results = append(s.results, r)
				s.mu.Unlock()
			}
		}(w)
	}
	for _, j := range s.jobs {
		ch <- j
	}
	close(ch)
	wg.Wait()
	sort.Slice(s.results, func(i, k int) bool { return s.results[i].JobID < s.results[k].JobID })
}

func square(n int) func(context.Context) (string, error) {
	return func(ctx context.Context) (string, error) {
		if n < 0 {
			return "", fmt.Errorf("negative input %d", n)
		}
		return fmt.Sprint(n * n), nil
	}
}

func main() {
	s := NewScheduler(3)
	for i := 1; i <= 8; i++ {
		n := i
		if i == 5 {
			n = -5
		}
		s.Submit(&Job{ID: i, Priority: i % 3, Work: square(n)})
	}
	s.Run(context.Background())
	for _, r := range s.results {
		if r.Err != nil {
			fmt.Printf("job %d error: %v\n", r.JobID, r.Err)
		} else {
			fmt.Printf("job %d -> %s\n", r.JobID, r.Out)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	s2 := NewScheduler(2)
	for i := 10; i < 13; i++ {
		s2.Submit(&Job{ID: i, Work: square(i)})
	}
	s2.Run(ctx)
	skipped := 0
	for _, r := range s2.results {
		if errors.Is(r.Err, errSkipped) {
			skipped++
		}
		if errors.Is(r.Err, context.Canceled) {
			fmt.Println("unexpected canceled")
		}
	}
	fmt.Println("skipped", skipped, "of", len(s2.results), ctx.Err())
	order := make([]int, 0, len(s.jobs))
	for _, j := range s.jobs {
		order = append(order, j.ID)
	}
	fmt.Println("dispatch order:", order)
}
