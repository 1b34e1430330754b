package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"time"
)

// Lines read from stdin by main while other goroutines run: three workers
// count words and letters, a collector orders the results, and a ticker
// goroutine keeps sleeping meanwhile.

type job struct {
	n    int
	line string
}

type result struct {
	n            int
	words, chars int
	longest      string
}

func worker(jobs <-chan job, out chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		r := result{n: j.n}
		for _, w := range strings.Fields(j.line) {
			r.words++
			r.chars += len(w)
			if len(w) > len(r.longest) {
				r.longest = w
			}
		}
		out <- r
	}
}

func main() {
	stop := make(chan struct{})
	ticks := make(chan int)
	go func() {
		n := 0
		for {
			select {
			case <-stop:
				ticks <- n
				return
			case <-time.After(time.Millisecond):
				n++
			}
		}
	}()

	jobs := make(chan job)
	out := make(chan result)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(jobs, out, &wg)
	}
	go func() {
		wg.Wait()
		close(out)
	}()

	var all []result
	done := make(chan struct{})
	go func() {
		for r := range out {
			all = append(all, r)
		}
		close(done)
	}()

	sc := bufio.NewScanner(os.Stdin)
	n := 0
	for sc.Scan() {
		n++
		jobs <- job{n, sc.Text()}
	}
	close(jobs)
	<-done
	close(stop)
	<-ticks
	fmt.Println("ticker stopped")

	sort.Slice(all, func(i, j int) bool { return all[i].n < all[j].n })
	total := 0
	for _, r := range all {
		fmt.Printf("line %d: %d words, %d letters, longest %q\n", r.n, r.words, r.chars, r.longest)
		total += r.words
	}
	fmt.Println("lines:", n, "words:", total)
}
