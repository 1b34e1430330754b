// A background worker hits a nil map while the main goroutine waits: the
// whole program dies with the worker's panic and exit status 2; deferred
// calls of the main goroutine do not run.
package main

import (
	"fmt"
	"os"
	"sync"
)

type job struct {
	id   int
	tags map[string]int
}

type stats struct {
	mu     sync.Mutex
	counts map[string]int
}

func (s *stats) record(j job) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for k, v := range j.tags {
		s.counts[k] += v
	}
}

func process(j job) {
	if j.id == 3 {
		// a bug: a job created without its map
		j.tags["retries"]++
	}
}

func main() {
	defer fmt.Println("main's defer (never printed)")
	s := &stats{counts: map[string]int{}}
	jobs := []job{
		{1, map[string]int{"a": 1}},
		{2, map[string]int{"b": 2}},
		{3, nil},
	}
	for _, j := range jobs[:2] {
		s.record(j)
		process(j)
	}
	fmt.Println("recorded", len(s.counts), "tags")
	fmt.Fprintln(os.Stderr, "starting worker")
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer fmt.Println("worker's defer runs during the panic")
		process(jobs[2])
		wg.Done() // never reached: main stays blocked until the crash
	}()
	wg.Wait()
	fmt.Println("unreachable")
}
