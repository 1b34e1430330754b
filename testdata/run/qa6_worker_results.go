// A worker pool: jobs and results channels, a WaitGroup closer goroutine,
// errors wrapped with the job id, and results collected into a
// preallocated slice indexed by job id.
package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

type Job struct {
	ID   int
	Text string
}

type Result struct {
	JobID int
	Words int
	Upper string
	Err   error
}

type JobError struct {
	ID  int
	Err error
}

func (e *JobError) Error() string { return fmt.Sprintf("job %d: %v", e.ID, e.Err) }
func (e *JobError) Unwrap() error { return e.Err }

var errEmpty = errors.New("empty text")

func process(j Job) Result {
	if strings.TrimSpace(j.Text) == "" {
		return Result{JobID: j.ID, Err: &JobError{ID: j.ID, Err: errEmpty}}
	}
	return Result{JobID: j.ID, Words: len(strings.Fields(j.Text)), Upper: strings.ToUpper(j.Text)}
}

func worker(jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- process(j)
	}
}

func run(texts []string, nworkers int) []Result {
	jobs := make(chan Job)
	results := make(chan Result, len(texts))
	var wg sync.WaitGroup
	for i := 0; i < nworkers; i++ {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}
	go func() {
		for i, t := range texts {
			jobs <- Job{ID: i, Text: t}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	out := make([]Result, len(texts))
	for r := range results {
		out[r.JobID] = r
	}
	return out
}

func main() {
	texts := []string{"the quick brown fox", "", "jumps over", "   ", "the lazy dog again"}
	res := run(texts, 3)
	failed := 0
	for _, r := range res {
		if r.Err != nil {
			var je *JobError
			if errors.As(r.Err, &je) {
				fmt.Println("failed:", je.ID, errors.Is(r.Err, errEmpty), r.Err)
			}
			failed++
			continue
		}
		fmt.Printf("%d: %d words %q\n", r.JobID, r.Words, r.Upper)
	}
	fmt.Println("failed", failed, "of", len(res))
}
