// The classic worker pool: a jobs channel, N workers, a results channel,
// per-job errors and panics turned into results, a rate limiter from
// time.Tick, graceful shutdown, and per-worker statistics. Results are
// reported in job order and worker statistics only as totals, so the
// output is the same for any scheduling.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type Job struct {
	ID    int
	Input string
}

type Result struct {
	JobID  int
	Output string
	Err    error
	Worker int
}

var ErrEmpty = errors.New("empty input")

type PanicError struct {
	JobID int
	Value interface{}
}

func (e *PanicError) Error() string { return fmt.Sprintf("job %d panicked: %v", e.JobID, e.Value) }

func process(j Job) (string, error) {
	switch {
	case j.Input == "":
		return "", fmt.Errorf("job %d: %w", j.ID, ErrEmpty)
	case strings.HasPrefix(j.Input, "!"):
		var m map[string]int
		m[j.Input]++ // a bug in the job: nil map
	case strings.HasPrefix(j.Input, "#"):
		parts := strings.Split(j.Input, ",")
		return parts[5], nil // index out of range for short inputs
	}
	words := strings.Fields(j.Input)
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " "), nil
}

func safeProcess(j Job) (out string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &PanicError{j.ID, r}
		}
	}()
	return process(j)
}

func worker(id int, jobs <-chan Job, results chan<- Result, processed *int64, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		out, err := safeProcess(j)
		atomic.AddInt64(processed, 1)
		results <- Result{j.ID, out, err, id}
	}
}

func runPool(inputs []string, workers int, limiter <-chan time.Time) ([]Result, []int64) {
	jobs := make(chan Job)
	results := make(chan Result, len(inputs))
	counts := make([]int64, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &counts[w], &wg)
	}
	go func() {
		for i, in := range inputs {
			if limiter != nil {
				<-limiter
			}
			jobs <- Job{i + 1, in}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []Result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })
	return all, counts
}

func main() {
	inputs := []string{
		"hello world", "go is fun", "", "!boom", "worker pools scale", "#a,b", "#a,b,c,d,e,f",
		"channels and goroutines", "", "last one",
	}
	for _, workers := range []int{1, 3, 8} {
		results, counts := runPool(inputs, workers, nil)
		var total int64
		for _, c := range counts {
			total += c
		}
		fmt.Printf("workers=%d processed=%d\n", workers, total)
		if workers != 3 {
			continue
		}
		for _, r := range results {
			var pe *PanicError
			switch {
			case r.Err == nil:
				fmt.Printf("  %2d ok    %q\n", r.JobID, r.Output)
			case errors.Is(r.Err, ErrEmpty):
				fmt.Printf("  %2d empty %v\n", r.JobID, r.Err)
			case errors.As(r.Err, &pe):
				fmt.Printf("  %2d panic %v\n", r.JobID, pe)
			default:
				fmt.Printf("  %2d error %v\n", r.JobID, r.Err)
			}
		}
	}

	start := time.Now()
	tick := time.NewTicker(2 * time.Millisecond)
	results, _ := runPool(inputs[:5], 2, tick.C)
	tick.Stop()
	elapsed := time.Since(start)
	fmt.Println("rate limited:", len(results), "results, took >= 10ms:", elapsed >= 10*time.Millisecond)

	// Bounded parallelism with a semaphore channel instead of a pool.
	sem := make(chan struct{}, 3)
	var active, peak int32
	var wg sync.WaitGroup
	squares := make([]int, 20)
	for i := range squares {
		wg.Add(1)
		sem <- struct{}{}
		go func(i int) {
			defer wg.Done()
			defer func() { <-sem }()
			n := atomic.AddInt32(&active, 1)
			for {
				p := atomic.LoadInt32(&peak)
				if n <= p || atomic.CompareAndSwapInt32(&peak, p, n) {
					break
				}
			}
			squares[i] = i * i
			time.Sleep(time.Millisecond)
			atomic.AddInt32(&active, -1)
		}(i)
	}
	wg.Wait()
	sum := 0
	for _, s := range squares {
		sum += s
	}
	fmt.Println("semaphore: sum", sum, "peak <= 3:", atomic.LoadInt32(&peak) <= 3)
}
