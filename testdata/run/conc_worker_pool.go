// A bounded worker pool with a results channel, an errors channel and
// ordered reassembly.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type job struct {
	id int
	n  int
}

type result struct {
	id  int
	sum int
	err error
}

var errNegative = errors.New("negative input")

func process(j job) result {
	if j.n < 0 {
		return result{id: j.id, err: fmt.Errorf("job %d: %w", j.id, errNegative)}
	}
	s := 0
	for i := 1; i <= j.n; i++ {
		s += i * i
	}
	return result{id: j.id, sum: s}
}

func main() {
	jobs := make(chan job)
	results := make(chan result, 4)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- process(j)
			}
		}()
	}
	go func() {
		for i := 0; i < 12; i++ {
			n := i * 10
			if i == 7 {
				n = -1
			}
			jobs <- job{i, n}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	ordered := make([]result, 12)
	for r := range results {
		ordered[r.id] = r
	}
	for _, r := range ordered {
		if r.err != nil {
			fmt.Println(r.id, "error:", r.err, errors.Is(r.err, errNegative))
			continue
		}
		fmt.Println(r.id, r.sum)
	}
}
