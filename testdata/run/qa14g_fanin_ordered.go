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
	Words  int
	Upper  string
	Worker int
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- Result{JobID: j.ID, Words: len(strings.Fields(j.Text)), Upper: strings.ToUpper(j.Text), Worker: id}
	}
}

func merge(chans ...<-chan int) <-chan int {
	out := make(chan int)
	var wg sync.WaitGroup
	wg.Add(len(chans))
	for _, c := range chans {
		go func(c <-chan int) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func gen(start, step, n int) <-chan int {
	c := make(chan int, 2)
	go func() {
		defer close(c)
		for i := 0; i < n; i++ {
			c <- start + i*step
		}
	}()
	return c
}

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (s *SafeCounter) Inc(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[k]++
}

func main() {
	texts := []string{"the quick brown fox", "jumps", "over the lazy dog", "", "a b c d e f", "go is fun"}
	jobs := make(chan Job)
	results := make(chan Result, len(texts))
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i, t := range texts {
		jobs <- Job{i, t}
	}
	close(jobs)
	wg.Wait()
	close(results)
	var all []Result
	workers := map[int]bool{}
	for r := range results {
		all = append(all, r)
		workers[r.Worker] = true
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })
	total := 0
	for _, r := range all {
		fmt.Printf("%d %d %q\n", r.JobID, r.Words, r.Upper)
		total += r.Words
	}
	fmt.Println("total words", total, "workers used <= 3:", len(workers) <= 3)

	var got []int
	for v := range merge(gen(0, 2, 5), gen(1, 2, 5), gen(100, 1, 3)) {
		got = append(got, v)
	}
	sort.Ints(got)
	fmt.Println(got)

	sc := SafeCounter{m: map[string]int{}}
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			sc.Inc([]string{"a", "b", "c"}[i%3])
		}(i)
	}
	wg2.Wait()
	fmt.Println(sc.m)

	done := make(chan struct{})
	data := make(chan int)
	go func() {
		defer close(done)
		sum := 0
		for {
			select {
			case v, ok := <-data:
				if !ok {
					fmt.Println("sum", sum)
					return
				}
				sum += v
			}
		}
	}()
	for i := 1; i <= 100; i++ {
		data <- i
	}
	close(data)
	<-done
	v, ok := <-data
	fmt.Println(v, ok)
	select {
	case <-done:
		fmt.Println("done is closed")
	default:
		fmt.Println("not reached")
	}
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
}
