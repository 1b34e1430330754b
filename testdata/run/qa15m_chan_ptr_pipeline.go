package main

import (
	"fmt"
	"strings"
	"sync"
)

type Doc struct {
	ID    int
	Text  string
	Words []string
	Freq  map[string]int
}

func source(texts []string) <-chan *Doc {
	out := make(chan *Doc)
	go func() {
		defer close(out)
		for i, t := range texts {
			out <- &Doc{ID: i, Text: t}
		}
	}()
	return out
}

func tokenize(in <-chan *Doc) <-chan *Doc {
	out := make(chan *Doc, 2)
	go func() {
		defer close(out)
		for d := range in {
			d.Words = strings.Fields(strings.ToLower(d.Text))
			out <- d
		}
	}()
	return out
}

func count(in <-chan *Doc, workers int) <-chan *Doc {
	out := make(chan *Doc)
	var wg sync.WaitGroup
	wg.Add(workers)
	for w := 0; w < workers; w++ {
		go func() {
			defer wg.Done()
			for d := range in {
				d.Freq = make(map[string]int, len(d.Words))
				for _, w := range d.Words {
					d.Freq[strings.Trim(w, ".,!?")]++
				}
				out <- d
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func main() {
	texts := []string{
		"The quick brown fox jumps over the lazy dog.",
		"A dog is a dog, and a fox is a fox!",
		"Memory is managed by the garbage collector.",
		"Pointers sent on channels escape to the heap.",
		"the the the",
	}
	docs := make([]*Doc, len(texts))
	for d := range count(tokenize(source(texts)), 3) {
		docs[d.ID] = d
	}
	total := map[string]int{}
	for _, d := range docs {
		best, bestN := "", 0
		for w, n := range d.Freq {
			total[w] += n
			if n > bestN || n == bestN && w < best {
				best, bestN = w, n
			}
		}
		fmt.Printf("doc %d: %d words, top %q x%d\n", d.ID, len(d.Words), best, bestN)
	}
	fmt.Println("the:", total["the"], "dog:", total["dog"], "fox:", total["fox"], "distinct:", len(total))
}
