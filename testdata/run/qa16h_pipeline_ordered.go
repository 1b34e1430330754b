package main

import (
	"fmt"
	"strings"
	"sync"
)

type item struct {
	seq  int
	line string
}

type stat struct {
	seq   int
	words int
	upper string
	vowel int
}

func source(lines []string) <-chan item {
	out := make(chan item)
	go func() {
		defer close(out)
		for i, l := range lines {
			out <- item{i, l}
		}
	}()
	return out
}

func analyze(in <-chan item, workers int) <-chan stat {
	out := make(chan stat)
	var wg sync.WaitGroup
	wg.Add(workers)
	for w := 0; w < workers; w++ {
		go func() {
			defer wg.Done()
			for it := range in {
				s := stat{seq: it.seq, words: len(strings.Fields(it.line)), upper: strings.ToUpper(it.line)}
				for _, r := range it.line {
					if strings.ContainsRune("aeiouAEIOU", r) {
						s.vowel++
					}
				}
				out <- s
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

// reorder emits stats in sequence order, buffering early arrivals.
func reorder(in <-chan stat) <-chan stat {
	out := make(chan stat)
	go func() {
		defer close(out)
		pending := map[int]stat{}
		next := 0
		for s := range in {
			pending[s.seq] = s
			for {
				p, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				out <- p
				next++
			}
		}
	}()
	return out
}

func sink(in <-chan stat) (total, vowels int, lines []string) {
	for s := range in {
		total += s.words
		vowels += s.vowel
		lines = append(lines, fmt.Sprintf("%02d %d %s", s.seq, s.words, s.upper))
	}
	return
}

func main() {
	text := `go is expressive, concise, clean, and efficient
its concurrency mechanisms make it easy to write programs
that get the most out of multicore and networked machines
while its novel type system enables flexible and modular program construction
go compiles quickly to machine code yet has the convenience of garbage collection
and the power of run-time reflection
it's a fast, statically typed, compiled language
that feels like a dynamically typed, interpreted language`
	lines := strings.Split(text, "\n")
	for _, workers := range []int{1, 3, 8} {
		total, vowels, out := sink(reorder(analyze(source(lines), workers)))
		fmt.Printf("workers=%d words=%d vowels=%d\n", workers, total, vowels)
		if workers == 3 {
			for _, l := range out {
				fmt.Println(l)
			}
		}
	}
	var mu sync.Mutex
	var once sync.Once
	counts := map[string]int{}
	var wg sync.WaitGroup
	for _, l := range lines {
		wg.Add(1)
		go func(l string) {
			defer wg.Done()
			once.Do(func() { fmt.Println("first goroutine ran once") })
			for _, w := range strings.Fields(l) {
				mu.Lock()
				counts[strings.Trim(w, ",.")]++
				mu.Unlock()
			}
		}(l)
	}
	wg.Wait()
	fmt.Println(counts["the"], counts["and"], counts["go"], counts["typed"], len(counts))
}
