package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"sync"
)

type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  chan struct{}
}

func NewGroup() *Group { return &Group{cancel: make(chan struct{})} }

func (g *Group) Go(f func(stop <-chan struct{}) error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(g.cancel); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				close(g.cancel)
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	return g.err
}

type ParseError struct {
	Line int
	Text string
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d (%q): %v", e.Line, e.Text, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

func process(lines []string) (int, error) {
	g := NewGroup()
	in := make(chan int)
	out := make(chan int)
	var mu sync.Mutex
	var seen []int
	g.Go(func(stop <-chan struct{}) error {
		defer close(in)
		for i := range lines {
			select {
			case in <- i:
			case <-stop:
				return nil
			}
		}
		return nil
	})
	var workers sync.WaitGroup
	for w := 0; w < 3; w++ {
		workers.Add(1)
		g.Go(func(stop <-chan struct{}) error {
			defer workers.Done()
			for i := range in {
				n, err := strconv.Atoi(lines[i])
				if err != nil {
					return &ParseError{i + 1, lines[i], err}
				}
				mu.Lock()
				seen = append(seen, i)
				mu.Unlock()
				select {
				case out <- n * n:
				case <-stop:
					return nil
				}
			}
			return nil
		})
	}
	go func() { workers.Wait(); close(out) }()
	sum := 0
	for v := range out {
		sum += v
	}
	err := g.Wait()
	sort.Ints(seen)
	if err == nil {
		fmt.Println("  processed lines", seen)
	}
	return sum, err
}

func main() {
	inputs := [][]string{
		{"1", "2", "3", "4"},
		{"10", "x", "30"},
		{},
		{"7", "8", "9", "10", "11", "12", "13"},
		{"1", "2", "3.5"},
	}
	for _, in := range inputs {
		sum, err := process(in)
		var pe *ParseError
		var ne *strconv.NumError
		switch {
		case errors.As(err, &pe) && errors.As(err, &ne):
			fmt.Printf("failed at line %d: %v (func %s, syntax=%v)\n", pe.Line, err, ne.Func, errors.Is(err, strconv.ErrSyntax))
		case err != nil:
			fmt.Println("failed:", err)
		default:
			fmt.Println("sum of squares:", sum)
		}
	}
}
