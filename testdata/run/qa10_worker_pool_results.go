// A worker pool: N goroutines read jobs from a channel, send results on
// another; a WaitGroup closes the results channel when all are done.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Job struct {
	ID   int
	Text string
}

type Result struct {
	JobID  int
	Worker int
	Words  int
	Upper  string
}

func countWords(s string) int {
	return len(strings.Fields(s))
}

func process(worker int, j Job) Result {
	return Result{
		JobID:  j.ID,
		Worker: worker,
		Words:  countWords(j.Text),
		Upper:  strings.ToUpper(j.Text),
	}
}

func startWorkers(n int, jobs <-chan Job) <-chan Result {
	results := make(chan Result, n)
	var wg sync.WaitGroup
	wg.Add(n)
	for w := 1; w <= n; w++ {
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				results <- process(id, j)
			}
		}(w)
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	return results
}

func feed(texts []string) <-chan Job {
	jobs := make(chan Job)
	go func() {
		defer close(jobs)
		for i, t := range texts {
			jobs <- Job{ID: i, Text: t}
		}
	}()
	return jobs
}

func main() {
	texts := []string{
		"the quick brown fox",
		"jumps over",
		"the lazy dog",
		"",
		"go is a language for systems",
		"memory is managed by a garbage collector",
		"stacks grow",
	}
	results := startWorkers(3, feed(texts))
	all := make([]Result, 0, len(texts))
	workersUsed := map[int]bool{}
	for r := range results {
		all = append(all, r)
		workersUsed[r.Worker] = true
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })
	total := 0
	for _, r := range all {
		total += r.Words
		fmt.Printf("%d %d %q\n", r.JobID, r.Words, r.Upper)
	}
	fmt.Println("jobs", len(all), "words", total, "workers>0", len(workersUsed) > 0)
}
