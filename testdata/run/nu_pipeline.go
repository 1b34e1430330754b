// Goroutine pipelines after the Go blog's "Pipelines and cancellation":
// a generator stage, parallel square stages fanned out and merged, a done
// channel that cancels upstream, bounded parallelism, and results sorted
// so the output is deterministic.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

func gen(done <-chan struct{}, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func sq(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func merge(done <-chan struct{}, cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int, 4)
	output := func(c <-chan int) {
		defer wg.Done()
		for n := range c {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

type result struct {
	path string
	sum  int
	err  error
}

// A digest stage with bounded parallelism: a fixed number of workers read
// paths from one channel and send results on another.
func digestAll(files map[string]string, workers int) ([]result, error) {
	done := make(chan struct{})
	defer close(done)
	paths := make(chan string)
	errc := make(chan error, 1)
	go func() {
		defer close(paths)
		keys := make([]string, 0, len(files))
		for k := range files {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			select {
			case paths <- k:
			case <-done:
				errc <- errors.New("walk canceled")
				return
			}
		}
		errc <- nil
	}()
	c := make(chan result)
	var wg sync.WaitGroup
	wg.Add(workers)
	for i := 0; i < workers; i++ {
		go func() {
			defer wg.Done()
			for p := range paths {
				content := files[p]
				var r result
				r.path = p
				if strings.Contains(content, "\x00") {
					r.err = fmt.Errorf("%s: binary content", p)
				}
				for _, b := range []byte(content) {
					r.sum = (r.sum*31 + int(b)) % 1000003
				}
				select {
				case c <- r:
				case <-done:
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(c)
	}()
	var out []result
	for r := range c {
		out = append(out, r)
	}
	if err := <-errc; err != nil {
		return nil, err
	}
	sort.Slice(out, func(i, j int) bool { return out[i].path < out[j].path })
	return out, nil
}

func stage(name string, in <-chan string, f func(string) string) <-chan string {
	out := make(chan string, 1)
	go func() {
		defer close(out)
		for s := range in {
			out <- f(s)
		}
	}()
	_ = name
	return out
}

func main() {
	done := make(chan struct{})
	in := gen(done, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
	c1 := sq(done, in)
	c2 := sq(done, in)
	c3 := sq(done, in)
	var got []int
	for n := range merge(done, c1, c2, c3) {
		got = append(got, n)
	}
	sort.Ints(got)
	fmt.Println("squares:", got)
	close(done)

	// Cancellation: take only the first value, then tell everyone to stop.
	done2 := make(chan struct{})
	out := merge(done2, sq(done2, gen(done2, 2, 3, 4, 5, 6, 7, 8)), sq(done2, gen(done2, 100)))
	first := <-out
	close(done2)
	fmt.Println("first is a square:", first == 4 || first == 9 || first == 10000 || first == 16 || first == 25)
	for range out {
	}
	fmt.Println("drained after cancel")

	files := map[string]string{
		"a.txt":   "hello world",
		"b.txt":   "the quick brown fox",
		"c.bin":   "abc\x00def",
		"d/e.txt": strings.Repeat("xyz", 100),
		"empty":   "",
	}
	for _, w := range []int{1, 3} {
		rs, err := digestAll(files, w)
		fmt.Printf("workers=%d err=%v n=%d\n", w, err, len(rs))
		for _, r := range rs {
			fmt.Printf("  %-8s %7d %v\n", r.path, r.sum, r.err)
		}
	}

	// A string pipeline of three stages, each a goroutine.
	src := make(chan string)
	upper := stage("upper", src, strings.ToUpper)
	trim := stage("trim", upper, strings.TrimSpace)
	wrap := stage("wrap", trim, func(s string) string { return "<" + s + ">" })
	go func() {
		for _, s := range []string{" a ", "bb", "  ccc"} {
			src <- s
		}
		close(src)
	}()
	var parts []string
	for s := range wrap {
		parts = append(parts, s)
	}
	fmt.Println(strings.Join(parts, ""), len(parts))
}
