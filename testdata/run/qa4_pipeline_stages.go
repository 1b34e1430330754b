// A three-stage pipeline (generate -> parse -> aggregate) with fan-out
// workers, fan-in, a done channel for early cancellation and context
// cancellation; results are collected and sorted so the output is
// deterministic.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type item struct {
	seq  int
	text string
}

type parsed struct {
	seq   int
	value int
	err   error
}

func generate(done <-chan struct{}, lines []string) <-chan item {
	out := make(chan item)
	go func() {
		defer close(out)
		for i, l := range lines {
			select {
			case out <- item{i, l}:
			case <-done:
				return
			}
		}
	}()
	return out
}

func parseWorker(done <-chan struct{}, in <-chan item) <-chan parsed {
	out := make(chan parsed)
	go func() {
		defer close(out)
		for it := range in {
			v, err := strconv.Atoi(strings.TrimSpace(it.text))
			p := parsed{it.seq, v * v, err}
			select {
			case out <- p:
			case <-done:
				return
			}
		}
	}()
	return out
}

func merge(done <-chan struct{}, cs ...<-chan parsed) <-chan parsed {
	var wg sync.WaitGroup
	out := make(chan parsed)
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan parsed) {
			defer wg.Done()
			for p := range c {
				select {
				case out <- p:
				case <-done:
					return
				}
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func runPipeline(lines []string, workers int) (sum int, bad []int) {
	done := make(chan struct{})
	defer close(done)
	src := generate(done, lines)
	outs := make([]<-chan parsed, workers)
	for i := range outs {
		outs[i] = parseWorker(done, src)
	}
	for p := range merge(done, outs...) {
		if p.err != nil {
			bad = append(bad, p.seq)
			continue
		}
		sum += p.value
	}
	sort.Ints(bad)
	return sum, bad
}

// firstN stops the pipeline early: the done channel unblocks every stage.
func firstN(n int) []int {
	done := make(chan struct{})
	naturals := make(chan int)
	go func() {
		defer close(naturals)
		for i := 1; ; i++ {
			select {
			case naturals <- i:
			case <-done:
				return
			}
		}
	}()
	var got []int
	for v := range naturals {
		if v%3 == 0 {
			got = append(got, v)
		}
		if len(got) == n {
			close(done)
			break
		}
	}
	return got
}

var errTooBig = errors.New("value too big")

func squareAll(ctx context.Context, in []int) ([]int, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	results := make([]int, len(in))
	errc := make(chan error, len(in))
	var wg sync.WaitGroup
	for i, v := range in {
		wg.Add(1)
		go func(i, v int) {
			defer wg.Done()
			if v > 100 {
				errc <- fmt.Errorf("item %d: %w", i, errTooBig)
				cancel()
				return
			}
			select {
			case <-ctx.Done():
				return
			default:
				results[i] = v * v
			}
		}(i, v)
	}
	wg.Wait()
	close(errc)
	var errs []string
	for err := range errc {
		errs = append(errs, err.Error())
	}
	if len(errs) > 0 {
		sort.Strings(errs)
		return nil, fmt.Errorf("%d failures, first %s: %w", len(errs), errs[0], errTooBig)
	}
	return results, ctx.Err()
}

func main() {
	var lines []string
	for i := 1; i <= 200; i++ {
		s := strconv.Itoa(i)
		if i%37 == 0 {
			s = "n/a"
		}
		lines = append(lines, " "+s+" ")
	}
	for _, w := range []int{1, 3, 8} {
		sum, bad := runPipeline(lines, w)
		fmt.Printf("workers=%d sum=%d bad=%v\n", w, sum, bad)
	}
	fmt.Println("first multiples of 3:", firstN(7))

	res, err := squareAll(context.Background(), []int{1, 2, 3, 4})
	fmt.Println(res, err)
	res, err = squareAll(context.Background(), []int{5, 500, 7, 700})
	fmt.Println(res, err, errors.Is(err, errTooBig))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err(), errors.Is(ctx.Err(), context.Canceled))
	vctx := context.WithValue(ctx, "request-id", "r-42")
	fmt.Println(vctx.Value("request-id"), vctx.Value("missing"), vctx.Err())
}
