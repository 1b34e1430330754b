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
	Vowels int
	Upper  string
}

func countVowels(s string) int {
	n := 0
	for _, r := range strings.ToLower(s) {
		if strings.ContainsRune("aeiou", r) {
			n++
		}
	}
	return n
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- Result{JobID: j.ID, Worker: id, Vowels: countVowels(j.Text), Upper: strings.ToUpper(j.Text)}
	}
}

type Stats struct {
	mu    sync.Mutex
	total int
	byLen map[int]int
}

func (s *Stats) Add(r Result) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.total += r.Vowels
	s.byLen[len(r.Upper)]++
}

func main() {
	words := []string{"gopher", "channel", "goroutine", "select", "mutex", "waitgroup", "interface", "defer", "panic", "recover"}
	jobs := make(chan Job, len(words))
	results := make(chan Result, len(words))
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i, w := range words {
		jobs <- Job{i, w}
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []Result
	stats := &Stats{byLen: map[int]int{}}
	for r := range results {
		all = append(all, r)
		stats.Add(r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })
	for _, r := range all {
		fmt.Printf("job %2d: %-10s vowels=%d\n", r.JobID, r.Upper, r.Vowels)
	}
	fmt.Println("total vowels:", stats.total)
	lens := make([]int, 0, len(stats.byLen))
	for l := range stats.byLen {
		lens = append(lens, l)
	}
	sort.Ints(lens)
	for _, l := range lens {
		fmt.Printf("len %d: %d\n", l, stats.byLen[l])
	}

	var once sync.Once
	var mu sync.Mutex
	counter := 0
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Add(1)
		go func(n int) {
			defer wg2.Done()
			once.Do(func() { fmt.Println("init once") })
			mu.Lock()
			counter += n
			mu.Unlock()
		}(i)
	}
	wg2.Wait()
	fmt.Println("counter:", counter)
}
