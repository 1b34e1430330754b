// A three-stage pipeline (generate -> hash -> aggregate) with a bounded
// worker pool, cancellation through context, and results collected in
// order by sequence number. The output does not depend on scheduling.
package main

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Job struct {
	Seq  int
	Text string
}

type Result struct {
	Seq    int
	Digest string
	Words  int
	Err    error
}

var ErrPoison = errors.New("poison job")

func generate(ctx context.Context, lines []string) <-chan Job {
	out := make(chan Job)
	go func() {
		defer close(out)
		for i, l := range lines {
			select {
			case out <- Job{Seq: i, Text: l}:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func worker(ctx context.Context, id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		r := Result{Seq: j.Seq}
		if strings.Contains(j.Text, "POISON") {
			r.Err = fmt.Errorf("job %d: %w", j.Seq, ErrPoison)
		} else {
			sum := sha256.Sum256([]byte(j.Text))
			r.Digest = fmt.Sprintf("%x", sum[:4])
			r.Words = len(strings.Fields(j.Text))
		}
		select {
		case results <- r:
		case <-ctx.Done():
			return
		}
	}
}

func run(lines []string, workers int) ([]Result, error) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	jobs := generate(ctx, lines)
	results := make(chan Result, workers)
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go worker(ctx, i, jobs, results, &wg)
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	var all []Result
	var firstErr error
	for r := range results {
		if r.Err != nil && firstErr == nil {
			firstErr = r.Err
		}
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Seq < all[j].Seq })
	return all, firstErr
}

func main() {
	text := `the quick brown fox
jumps over
the lazy dog
memory is allocated on the heap
when escape analysis cannot prove
that a value dies with its frame
goroutines have growable stacks
channels synchronise memory`
	lines := strings.Split(text, "\n")

	for _, workers := range []int{1, 3, 8} {
		res, err := run(lines, workers)
		total := 0
		var b strings.Builder
		for _, r := range res {
			total += r.Words
			b.WriteString(r.Digest[:2])
		}
		fmt.Printf("workers=%d results=%d words=%d err=%v sig=%s\n", workers, len(res), total, err, b.String())
	}

	res, _ := run(lines, 2)
	for _, r := range res {
		fmt.Printf("%2d %s %d\n", r.Seq, r.Digest, r.Words)
	}

	poisoned := append([]string(nil), lines...)
	poisoned[5] = "POISON pill"
	res, err := run(poisoned, 4)
	fmt.Println("with poison:", len(res), err, errors.Is(err, ErrPoison))
	bad := 0
	for _, r := range res {
		if r.Err != nil {
			bad++
		}
	}
	fmt.Println("failed jobs:", bad)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	n := 0
	for range generate(ctx, lines) {
		n++
	}
	fmt.Println("jobs after cancel at most one:", n <= 1, ctx.Err())

	ctx2 := context.WithValue(context.Background(), "user", "gopher")
	fmt.Println(ctx2.Value("user"), ctx2.Value("missing"))
}
