// A worker pool: jobs on one channel, results on another, a WaitGroup to
// close the results channel, and results collected into a preallocated slice.
package main

import (
	"fmt"
	"sync"
)

type Job struct {
	ID   int
	Data []byte
}

type Result struct {
	JobID  int
	Sum    uint32
	Worker int
}

func checksum(b []byte) uint32 {
	var a, c uint32 = 1, 0
	for _, x := range b {
		a = (a + uint32(x)) % 65521
		c = (c + a) % 65521
	}
	return c<<16 | a
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- Result{JobID: j.ID, Sum: checksum(j.Data), Worker: id}
	}
}

func makeJobs(n int) []Job {
	jobs := make([]Job, 0, n)
	for i := 0; i < n; i++ {
		data := make([]byte, 16+i)
		for k := range data {
			data[k] = byte(i*k + 3)
		}
		jobs = append(jobs, Job{ID: i, Data: data})
	}
	return jobs
}

func main() {
	const workers = 3
	all := makeJobs(10)
	jobs := make(chan Job)
	results := make(chan Result, len(all))
	var wg sync.WaitGroup
	for w := 1; w <= workers; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	go func() {
		for _, j := range all {
			jobs <- j
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	byID := make([]uint32, len(all))
	seen := 0
	usedWorkers := map[int]bool{}
	for r := range results {
		byID[r.JobID] = r.Sum
		usedWorkers[r.Worker] = true
		seen++
	}
	for i, s := range byID {
		fmt.Printf("job %2d: %08x\n", i, s)
	}
	fmt.Println("results:", seen, "workers at most", workers, len(usedWorkers) <= workers)
}
