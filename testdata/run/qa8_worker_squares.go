// A fixed pool of workers reading jobs from one channel and sending results
// on another; a WaitGroup closes the results channel when all are done.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Job struct {
	ID    int
	Input []int
}

type Result struct {
	JobID  int
	Worker int
	Sum    int
	Max    int
}

func process(worker int, j Job) Result {
	r := Result{JobID: j.ID, Worker: worker}
	for i, v := range j.Input {
		r.Sum += v * v
		if i == 0 || v > r.Max {
			r.Max = v
		}
	}
	return r
}

func startWorkers(n int, jobs <-chan Job, results chan<- Result) *sync.WaitGroup {
	wg := new(sync.WaitGroup)
	for w := 1; w <= n; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				results <- process(id, j)
			}
		}(w)
	}
	return wg
}

func makeJobs(count int) []Job {
	jobs := make([]Job, count)
	for i := range jobs {
		in := make([]int, i%5+1)
		for k := range in {
			in[k] = (i*7 + k*3) % 11
		}
		jobs[i] = Job{ID: i, Input: in}
	}
	return jobs
}

func main() {
	jobs := make(chan Job)
	results := make(chan Result, 4)
	wg := startWorkers(3, jobs, results)

	go func() {
		for _, j := range makeJobs(12) {
			jobs <- j
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	var all []Result
	workers := map[int]bool{}
	for r := range results {
		all = append(all, r)
		workers[r.Worker] = true
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })
	total := 0
	for _, r := range all {
		fmt.Printf("job %2d sum=%3d max=%2d\n", r.JobID, r.Sum, r.Max)
		total += r.Sum
	}
	fmt.Println("results", len(all), "total", total, "some workers ran:", len(workers) > 0)
}
