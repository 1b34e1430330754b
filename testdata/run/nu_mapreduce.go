// Map-reduce word count with goroutines and channels, then a parallel
// merge sort with a depth limit and a parallel sum with per-worker
// partial results in a padded array (to avoid false sharing), the
// exercises of a concurrency course week.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"unicode"
)

type pair struct {
	word  string
	count int
}

func mapper(id int, docs <-chan string, out chan<- map[string]int, wg *sync.WaitGroup) {
	defer wg.Done()
	for doc := range docs {
		counts := make(map[string]int)
		words := strings.FieldsFunc(strings.ToLower(doc), func(r rune) bool {
			return !unicode.IsLetter(r) && r != '\''
		})
		for _, w := range words {
			counts[w]++
		}
		out <- counts
	}
	_ = id
}

func reducer(in <-chan map[string]int, result chan<- map[string]int) {
	total := make(map[string]int)
	for m := range in {
		for k, v := range m {
			total[k] += v
		}
	}
	result <- total
}

func wordCount(docs []string, workers int) []pair {
	docCh := make(chan string)
	partial := make(chan map[string]int, len(docs))
	result := make(chan map[string]int)
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go mapper(i, docCh, partial, &wg)
	}
	go reducer(partial, result)
	for _, d := range docs {
		docCh <- d
	}
	close(docCh)
	wg.Wait()
	close(partial)
	total := <-result
	pairs := make([]pair, 0, len(total))
	for w, c := range total {
		pairs = append(pairs, pair{w, c})
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].count != pairs[j].count {
			return pairs[i].count > pairs[j].count
		}
		return pairs[i].word < pairs[j].word
	})
	return pairs
}

func merge(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

func parallelSort(xs []int, depth int) []int {
	if len(xs) <= 1 {
		return xs
	}
	mid := len(xs) / 2
	var left, right []int
	if depth > 0 {
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			left = parallelSort(xs[:mid], depth-1)
		}()
		right = parallelSort(xs[mid:], depth-1)
		wg.Wait()
	} else {
		left = parallelSort(xs[:mid], 0)
		right = parallelSort(xs[mid:], 0)
	}
	return merge(left, right)
}

type paddedSum struct {
	sum int64
	_   [56]byte
}

func parallelSum(xs []int, workers int) (int64, []int64) {
	parts := make([]paddedSum, workers)
	var wg sync.WaitGroup
	chunk := (len(xs) + workers - 1) / workers
	for w := 0; w < workers; w++ {
		lo, hi := w*chunk, (w+1)*chunk
		if hi > len(xs) {
			hi = len(xs)
		}
		if lo >= hi {
			continue
		}
		wg.Add(1)
		go func(w int, part []int) {
			defer wg.Done()
			for _, v := range part {
				parts[w].sum += int64(v)
			}
		}(w, xs[lo:hi])
	}
	wg.Wait()
	var total int64
	each := make([]int64, workers)
	for i, p := range parts {
		total += p.sum
		each[i] = p.sum
	}
	return total, each
}

func main() {
	docs := []string{
		"It was the best of times, it was the worst of times,",
		"it was the age of wisdom, it was the age of foolishness,",
		"it was the epoch of belief, it was the epoch of incredulity,",
		"it was the season of Light, it was the season of Darkness,",
		"it was the spring of hope, it was the winter of despair.",
		"Don't panic: the answer's forty-two.",
	}
	for _, workers := range []int{1, 3} {
		pairs := wordCount(docs, workers)
		fmt.Printf("workers=%d distinct=%d top:", workers, len(pairs))
		for _, p := range pairs[:6] {
			fmt.Printf(" %s=%d", p.word, p.count)
		}
		fmt.Println()
	}
	pairs := wordCount(docs, 2)
	var singles []string
	for _, p := range pairs {
		if p.count == 1 {
			singles = append(singles, p.word)
		}
	}
	fmt.Println("once:", singles)

	xs := make([]int, 1000)
	seed := uint32(12345)
	for i := range xs {
		seed = seed*1664525 + 1013904223
		xs[i] = int(seed>>16) % 1000
	}
	sorted := parallelSort(append([]int(nil), xs...), 3)
	fmt.Println("sorted:", sort.IntsAreSorted(sorted), len(sorted), sorted[:8], sorted[len(sorted)-3:])
	total, each := parallelSum(xs, 4)
	var check int64
	for _, v := range xs {
		check += int64(v)
	}
	fmt.Println("sum:", total, total == check, each)
	fmt.Println("padded size:", len(make([]paddedSum, 1)), runtime.NumGoroutine())
}
