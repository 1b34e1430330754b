package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Task[In, Out any] struct {
	ID    int
	Input In
}

type Outcome[Out any] struct {
	ID  int
	Val Out
	Err error
}

func RunPool[In, Out any](inputs []In, workers int, f func(In) (Out, error)) []Outcome[Out] {
	tasks := make(chan Task[In, Out])
	results := make(chan Outcome[Out])
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range tasks {
				v, err := safeCall(f, t.Input)
				results <- Outcome[Out]{t.ID, v, err}
			}
		}()
	}
	go func() {
		for i, in := range inputs {
			tasks <- Task[In, Out]{i, in}
		}
		close(tasks)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var out []Outcome[Out]
	for r := range results {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func safeCall[In, Out any](f func(In) (Out, error), in In) (out Out, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return f(in)
}

var ErrOdd = errors.New("odd input")

type Stats[K comparable] struct {
	mu     sync.Mutex
	counts map[K]int
}

func (s *Stats[K]) Inc(k K) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.counts == nil {
		s.counts = make(map[K]int)
	}
	s.counts[k]++
}

func main() {
	res := RunPool([]int{1, 2, 3, 4, 0, 6}, 3, func(n int) (string, error) {
		if n%2 == 1 {
			return "", fmt.Errorf("n=%d: %w", n, ErrOdd)
		}
		return strings.Repeat("*", 12/n), nil
	})
	for _, r := range res {
		fmt.Printf("%d %-8q err=%v odd=%t\n", r.ID, r.Val, r.Err, errors.Is(r.Err, ErrOdd))
	}
	lens := RunPool(strings.Fields("go is fun to write"), 2, func(s string) (int, error) { return len(s), nil })
	total := 0
	for _, r := range lens {
		total += r.Val
	}
	fmt.Println(len(lens), total)
	var st Stats[string]
	var wg sync.WaitGroup
	for _, w := range strings.Fields("a b a c a b") {
		wg.Add(1)
		go func(w string) {
			defer wg.Done()
			st.Inc(w)
		}(w)
	}
	wg.Wait()
	fmt.Println(st.counts)
	type point struct{ X, Y int }
	pts := RunPool([]point{{1, 2}, {3, 4}}, 1, func(p point) (point, error) { return point{p.Y, p.X}, nil })
	fmt.Printf("%+v\n", pts)
}
