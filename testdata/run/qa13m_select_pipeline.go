// A pipeline with buffered channels of *Batch pointers, a done channel,
// select with default for non-blocking sends, and a semaphore channel
// limiting concurrent stages; final results sorted for determinism.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Batch struct {
	ID    int
	Words []string
	Out   map[string]int
}

func source(words []string, size int, done <-chan struct{}) <-chan *Batch {
	out := make(chan *Batch, 2)
	go func() {
		defer close(out)
		id := 0
		for start := 0; start < len(words); start += size {
			end := start + size
			if end > len(words) {
				end = len(words)
			}
			b := &Batch{ID: id, Words: words[start:end]}
			id++
			select {
			case out <- b:
			case <-done:
				return
			}
		}
	}()
	return out
}

func count(in <-chan *Batch, sem chan struct{}, wg *sync.WaitGroup, out chan<- *Batch) {
	defer wg.Done()
	for b := range in {
		sem <- struct{}{}
		b.Out = make(map[string]int, len(b.Words))
		for _, w := range b.Words {
			b.Out[strings.ToLower(strings.Trim(w, ".,;!"))]++
		}
		<-sem
		out <- b
	}
}

type dropCounter struct {
	mu      sync.Mutex
	dropped int
}

func (d *dropCounter) offer(ch chan string, s string) {
	select {
	case ch <- s:
	default:
		d.mu.Lock()
		d.dropped++
		d.mu.Unlock()
	}
}

func main() {
	text := `The quick brown fox jumps over the lazy dog. The dog sleeps; the fox
	runs. A quick fox, a lazy dog, and the brown hen! The end.`
	done := make(chan struct{})
	defer close(done)
	batches := source(strings.Fields(text), 5, done)
	results := make(chan *Batch, 4)
	sem := make(chan struct{}, 2)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go count(batches, sem, &wg, results)
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	total := map[string]int{}
	var ids []int
	for b := range results {
		ids = append(ids, b.ID)
		for w, n := range b.Out {
			total[w] += n
		}
	}
	sort.Ints(ids)
	fmt.Println("batches:", ids)
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range total {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	for _, p := range kvs[:6] {
		fmt.Printf("%-6s %d\n", p.k, p.v)
	}
	alerts := make(chan string, 2)
	var dc dropCounter
	for i := 0; i < 5; i++ {
		dc.offer(alerts, fmt.Sprint("alert", i))
	}
	close(alerts)
	var got []string
	for a := range alerts {
		got = append(got, a)
	}
	fmt.Println(got, "dropped", dc.dropped)
}
