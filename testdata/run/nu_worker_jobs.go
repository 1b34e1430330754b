// A worker pool as in Go by Example, grown into a job system: typed jobs
// with ids, a results channel, per-worker statistics guarded by a mutex,
// errors collected in order, retries for failing jobs and a graceful
// shutdown with a quit channel.
package main

import (
	"errors"
	"fmt"
	"sort"
	"runtime"
	"strings"
	"sync"
)

type Job struct {
	ID      int
	Payload string
	Attempt int
}

type Result struct {
	JobID  int
	Worker int
	Output string
	Err    error
}

var ErrTransient = errors.New("transient failure")
var ErrPermanent = errors.New("permanent failure")

func process(j Job) (string, error) {
	switch {
	case strings.HasPrefix(j.Payload, "flaky") && j.Attempt < 2:
		return "", fmt.Errorf("job %d attempt %d: %w", j.ID, j.Attempt, ErrTransient)
	case strings.HasPrefix(j.Payload, "bad"):
		return "", fmt.Errorf("job %d: %w", j.ID, ErrPermanent)
	}
	words := strings.Fields(j.Payload)
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return fmt.Sprintf("%s (%d words)", strings.Join(words, " "), len(words)), nil
}

type Stats struct {
	mu        sync.Mutex
	processed map[int]int
	retries   int
}

func (s *Stats) record(worker int, retried bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.processed[worker]++
	if retried {
		s.retries++
	}
}

type Pool struct {
	jobs    chan Job
	results chan Result
	quit    chan struct{}
	wg      sync.WaitGroup
	stats   *Stats
	pending sync.WaitGroup
}

func NewPool(workers, queue int) *Pool {
	p := &Pool{
		jobs:    make(chan Job, queue),
		results: make(chan Result, queue),
		quit:    make(chan struct{}),
		stats:   &Stats{processed: map[int]int{}},
	}
	for w := 1; w <= workers; w++ {
		p.wg.Add(1)
		go p.worker(w)
	}
	return p
}

func (p *Pool) worker(id int) {
	defer p.wg.Done()
	for {
		select {
		case j := <-p.jobs:
			out, err := process(j)
			if errors.Is(err, ErrTransient) {
				p.stats.record(id, true)
				j.Attempt++
				p.jobs <- j // retry: the pending count stays
				continue
			}
			p.stats.record(id, false)
			p.results <- Result{JobID: j.ID, Worker: id, Output: out, Err: err}
			p.pending.Done()
		case <-p.quit:
			return
		}
	}
}

func (p *Pool) Submit(j Job) {
	p.pending.Add(1)
	p.jobs <- j
}

func (p *Pool) Shutdown() {
	p.pending.Wait()
	close(p.quit)
	p.wg.Wait()
	close(p.results)
}

func main() {
	payloads := []string{
		"hello world",
		"flaky network call",
		"bad input",
		"go is fun",
		"flaky again",
		"one",
		"bad data here",
		"the last job of the batch",
	}
	p := NewPool(3, 16)
	go func() {
		for i, pl := range payloads {
			p.Submit(Job{ID: i + 1, Payload: pl})
		}
	}()
	var results []Result
	done := make(chan struct{})
	go func() {
		for r := range p.results {
			results = append(results, r)
		}
		close(done)
	}()
	// Wait until every job was submitted before shutting down.
	for {
		p.stats.mu.Lock()
		n := 0
		for _, c := range p.stats.processed {
			n += c
		}
		p.stats.mu.Unlock()
		if n >= len(payloads)+2 {
			break
		}
		runtime.Gosched()
	}
	p.Shutdown()
	<-done

	sort.Slice(results, func(i, j int) bool { return results[i].JobID < results[j].JobID })
	var errs []error
	for _, r := range results {
		if r.Err != nil {
			errs = append(errs, r.Err)
			fmt.Printf("job %d: error: %v\n", r.JobID, r.Err)
			continue
		}
		fmt.Printf("job %d: %s\n", r.JobID, r.Output)
	}
	total := 0
	for w, n := range p.stats.processed {
		if w < 1 || w > 3 {
			fmt.Println("unexpected worker", w)
		}
		total += n
	}
	fmt.Println("results:", len(results), "processed:", total, "retries:", p.stats.retries)
	joined := joinErrors(errs)
	fmt.Println(joined)
	fmt.Printf("%q\n", joined.Error())
	perm := 0
	for _, e := range errs {
		if errors.Is(e, ErrPermanent) {
			perm++
		}
	}
	fmt.Println("permanent:", perm)
}

type multiError []error

func (m multiError) Error() string {
	parts := make([]string, len(m))
	for i, e := range m {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "; ")
}

func joinErrors(errs []error) error {
	if len(errs) == 0 {
		return nil
	}
	return multiError(errs)
}
