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
	JobID int
	Words int
	Top   string
	Err   error
}

type Stats struct {
	mu        sync.Mutex
	perWorker map[int]int
	totalWord int
}

func (s *Stats) add(worker, words int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.perWorker[worker]++
	s.totalWord += words
}

func process(j Job) Result {
	if strings.TrimSpace(j.Text) == "" {
		return Result{JobID: j.ID, Err: fmt.Errorf("job %d: empty text", j.ID)}
	}
	counts := make(map[string]int)
	words := strings.Fields(strings.ToLower(j.Text))
	for _, w := range words {
		counts[strings.Trim(w, ".,!?")]++
	}
	best, bestN := "", 0
	for w, n := range counts {
		if n > bestN || (n == bestN && w < best) {
			best, bestN = w, n
		}
	}
	return Result{JobID: j.ID, Words: len(words), Top: fmt.Sprintf("%s×%d", best, bestN)}
}

func runPool(jobs []Job, workers, batch int) ([]Result, *Stats) {
	results := make([]Result, len(jobs))
	stats := &Stats{perWorker: make(map[int]int)}
	batches := make(chan []Job)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for b := range batches {
				for _, j := range b {
					r := process(j)
					results[j.ID] = r
					stats.add(0, r.Words)
				}
			}
		}(w)
	}
	for i := 0; i < len(jobs); i += batch {
		end := i + batch
		if end > len(jobs) {
			end = len(jobs)
		}
		batches <- jobs[i:end]
	}
	close(batches)
	wg.Wait()
	return results, stats
}

func main() {
	texts := []string{
		"The cat sat on the mat.",
		"",
		"Go go go! Gophers go.",
		"a b c a b a",
		"   ",
		"Memory is allocated on the heap when it escapes, the stack otherwise.",
		"one",
		"to be or not to be",
	}
	jobs := make([]Job, len(texts))
	for i, t := range texts {
		jobs[i] = Job{ID: i, Text: t}
	}
	for _, cfg := range [][2]int{{1, 1}, {3, 2}, {4, 3}} {
		res, st := runPool(jobs, cfg[0], cfg[1])
		var errs []string
		for _, r := range res {
			if r.Err != nil {
				errs = append(errs, r.Err.Error())
				continue
			}
			fmt.Printf("[%d] %d words, top %s\n", r.JobID, r.Words, r.Top)
		}
		sort.Strings(errs)
		fmt.Println("errors:", strings.Join(errs, "; "))
		fmt.Println("total words", st.totalWord, "batches", st.perWorker[0])
	}
}
