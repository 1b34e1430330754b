// A worker pool: jobs and results over channels, a mutex-protected stats
// struct, sync.WaitGroup, sync.Pool buffers and atomic counters.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Job struct {
	ID    int
	Input string
}

type Result struct {
	JobID  int
	Output string
	Len    int
}

type Stats struct {
	mu     sync.Mutex
	counts map[string]int
	total  int
}

func (s *Stats) Record(kind string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.counts[kind]++
	s.total++
}

func (s *Stats) Snapshot() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]int, len(s.counts))
	for k, v := range s.counts {
		out[k] = v
	}
	return out
}

var bufPool = sync.Pool{
	New: func() interface{} { return new(strings.Builder) },
}

var processed int64

func work(j Job) Result {
	b := bufPool.Get().(*strings.Builder)
	b.Reset()
	b.WriteString(strings.ToUpper(j.Input))
	b.WriteString("!")
	out := b.String()
	bufPool.Put(b)
	atomic.AddInt64(&processed, 1)
	return Result{JobID: j.ID, Output: out, Len: len(out)}
}

func worker(jobs <-chan Job, results chan<- Result, stats *Stats, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		r := work(j)
		if r.Len > 4 {
			stats.Record("long")
		} else {
			stats.Record("short")
		}
		results <- r
	}
}

func run(inputs []string, nworkers int) []Result {
	jobs := make(chan Job, len(inputs))
	results := make(chan Result, len(inputs))
	stats := &Stats{counts: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < nworkers; i++ {
		wg.Add(1)
		go worker(jobs, results, stats, &wg)
	}
	for i, in := range inputs {
		jobs <- Job{ID: i, Input: in}
	}
	close(jobs)
	wg.Wait()
	close(results)
	var out []Result
	for r := range results {
		out = append(out, r)
	}
	snap := stats.Snapshot()
	fmt.Println("long:", snap["long"], "short:", snap["short"], "total:", stats.total)
	return out
}

type Counter struct {
	hits atomic.Int64
	name string
}

func (c *Counter) Hit() int64 { return c.hits.Add(1) }

func main() {
	res := run([]string{"go", "escape", "heap", "stack", "gc"}, 3)
	sort.Slice(res, func(i, j int) bool { return res[i].JobID < res[j].JobID })
	for _, r := range res {
		fmt.Println(r.JobID, r.Output, r.Len)
	}
	fmt.Println("processed", atomic.LoadInt64(&processed))

	c := &Counter{name: "c"}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Hit()
		}()
	}
	wg.Wait()
	fmt.Println(c.name, c.hits.Load())

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("init once") })
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		fmt.Println("background")
	}()
	<-done
}
