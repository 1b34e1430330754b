// A three-stage pipeline: a generator, a pool of workers that hash lines
// and a collector, wired with channels, a WaitGroup and a done channel.
package main

import (
	"fmt"
	"hash/fnv"
	"sort"
	"strings"
	"sync"
)

type job struct {
	id   int
	text string
}

type result struct {
	id    int
	hash  uint32
	words int
}

func generate(done <-chan struct{}, lines []string) <-chan job {
	out := make(chan job)
	go func() {
		defer close(out)
		for i, l := range lines {
			select {
			case out <- job{id: i, text: l}:
			case <-done:
				return
			}
		}
	}()
	return out
}

func worker(jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	h := fnv.New32a()
	for j := range jobs {
		h.Reset()
		h.Write([]byte(j.text))
		results <- result{id: j.id, hash: h.Sum32(), words: len(strings.Fields(j.text))}
	}
}

func run(lines []string, workers int) []result {
	done := make(chan struct{})
	defer close(done)
	jobs := generate(done, lines)
	results := make(chan result, workers)
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })
	return all
}

func main() {
	lines := []string{
		"the quick brown fox",
		"jumps over",
		"the lazy dog",
		"",
		"pack my box with five dozen liquor jugs",
	}
	res := run(lines, 3)
	total := 0
	for _, r := range res {
		fmt.Printf("%d %08x %d\n", r.id, r.hash, r.words)
		total += r.words
	}
	fmt.Println("words:", total)

	done := make(chan struct{})
	g := generate(done, []string{"a", "b", "c", "d"})
	first := <-g
	close(done)
	fmt.Println("first:", first.text)
}
